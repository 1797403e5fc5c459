"""Deeply nested Markdown renders (and exports) without recursion, keeping its text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from db.archive import Archive
from db.models import ArticleFields
from desktop.rendering.article_html import render_markdown
from desktop.rendering.nesting import MAX_INDENT, MAX_LEVELS, flatten_markdown

DEEP_LIST = "".join("  " * level + f"- mục {level}\n" for level in range(2000))
DEEP_QUOTE = "\n".join("> " * level + f"trích {level}" for level in range(1, 2000))
DEEP_HTML = "<div>" * 50_000 + "chữ giữa" + "</div>" * 50_000
BRACKETS = "[" * 5000 + "ngoặc" + "]" * 5000


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (DEEP_LIST, ["mục 0", "mục 1999"]),
        (DEEP_QUOTE, ["trích 1", "trích 1999"]),
        (DEEP_HTML, ["chữ giữa"]),
        (BRACKETS, ["ngoặc"]),
    ],
    ids=["list", "quote", "html", "brackets"],
)
def test_deep_bodies_render_with_every_word(body: str, words: list[str]) -> None:
    html = render_markdown(body)
    for word in words:
        assert word in _text(html)


def test_shallow_markdown_is_left_as_written() -> None:
    body = "# Tiêu đề\n\n- một\n  - hai\n    - ba\n\n> trích\n\n[liên kết](https://a.vn)\n"
    assert flatten_markdown(body) == body


def test_fenced_code_keeps_its_indentation() -> None:
    code = "```\n" + " " * (MAX_INDENT + 20) + "sâu\n```\n"
    assert flatten_markdown(code + "\n" + DEEP_LIST).startswith(code)


def test_nesting_is_capped() -> None:
    flat = flatten_markdown(DEEP_LIST + "\n" + DEEP_QUOTE)
    assert max(len(line) - len(line.lstrip(" ")) for line in flat.split("\n")) <= MAX_INDENT
    assert max(line.count(">") for line in flat.split("\n")) <= MAX_LEVELS


@pytest.mark.slow
def test_a_list_nested_2000_deep_exports_to_pdf(archive: Archive, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from desktop.cli.main import main

    article_id = archive.insert(ArticleFields(title="Danh sách sâu", body=DEEP_LIST)).id
    target = tmp_path / "deep.pdf"
    command = ["--db", str(archive.path), "export-pdf", "--ids", str(article_id), "-o"]
    assert main([*command, str(target)]) == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "mục 1999" in text
