"""Bounds of the .docx reader: bombs and floods end in one reason, in bounded memory."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from db.readers import FailureKind, ReadError, read_article_file
from db.readers.docx_body import BodyReader
from db.readers.docx_budget import Budget
from db.readers.docx_styles import Numbering, StyleSheet
from db.readers.docx_xml import feed
from tests.db.readers.docx_fixtures import NAMESPACES, build_docx, paragraph, run, style, styles_xml

ROOT = Path(__file__).resolve().parents[3]
# What an import may take at most (issue 14); the child process is held to it.
MEMORY_LIMIT = 600 * 1024**2

_CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
resource.setrlimit(resource.RLIMIT_CPU, (120, 120))
from pathlib import Path
from db.readers import ReadError, read_article_file
from db.readers.docx_budget import Budget
results = {{}}
for name in sys.argv[1:]:
    try:
        article = read_article_file(Path(name))
        results[Path(name).name] = ["imported", len(article.body)]
    except ReadError as error:
        results[Path(name).name] = [error.kind.value, error.detail]
print(json.dumps(results))
"""


def _streamed_docx(path: Path, chunks: Iterable[bytes]) -> Path:
    """A package whose document part is written chunk by chunk (never held in memory)."""
    base = build_docx(paragraph(run("x")))
    with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(
        path, "w", zipfile.ZIP_DEFLATED, compresslevel=1
    ) as out:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info.filename, source.read(info))
        with out.open("word/document.xml", "w", force_zip64=True) as document:
            document.write(f"<w:document {NAMESPACES}><w:body>".encode())
            for chunk in chunks:
                document.write(chunk)
            document.write(b"</w:body></w:document>")
    return path


def _random_text_chunks(total: int) -> Iterator[bytes]:
    letters = bytes.maketrans(bytes(range(256)), (b"abcdeghiklmnopqrstuvxy  " * 11)[:256])
    written = 0
    while written < total:
        text = os.urandom(1 << 20).translate(letters)
        yield b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>"
        written += len(text)


@pytest.mark.slow
def test_bombs_and_floods_end_in_one_reason_within_the_memory_limit(tmp_path: Path) -> None:
    paragraphs = "<w:p><w:r><w:t>Đoạn văn lặp lại.</w:t></w:r></w:p>".encode() * 20_000
    bomb = _streamed_docx(tmp_path / "bomb.docx", (paragraphs for _ in range(60)))
    flood = _streamed_docx(tmp_path / "flood.docx", _random_text_chunks(24 * 1024**2))
    assert bomb.stat().st_size < 1024**2 and flood.stat().st_size > 10 * 1024**2
    child = subprocess.run(
        [sys.executable, "-c", _CHILD.format(limit=MEMORY_LIMIT), str(bomb), str(flood)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    results = json.loads(child.stdout)
    assert results["bomb.docx"][0] == FailureKind.TOO_LARGE.value
    assert "zip bombs" in results["bomb.docx"][1]
    assert results["flood.docx"] == [
        FailureKind.TOO_LARGE.value,
        "the document's text is longer than 20 MB",
    ]


def _reader(budget: Budget) -> BodyReader:
    styles = StyleSheet(None)
    return BodyReader(
        styles, Numbering(None, styles), image=lambda _: None, note_mark=lambda *_: "1",
        budget=budget,
    )


def test_table_cells_are_counted_across_the_document() -> None:
    cells = "<w:tbl><w:tr>" + "<w:tc><w:p/></w:tc>" * 30 + "</w:tr></w:tbl>"
    xml = f"<w:document {NAMESPACES}><w:body>{cells}</w:body></w:document>".encode()
    budget = Budget(chars=1000, cells=50, paragraphs=1000)
    feed(iter([xml]), _reader(budget), part="word/document.xml")
    with pytest.raises(ReadError) as caught:
        feed(iter([xml]), _reader(budget), part="word/footnotes.xml")
    assert caught.value.kind is FailureKind.TOO_LARGE


def test_paragraphs_are_counted_across_the_document() -> None:
    paragraphs = "<w:p><w:r><w:t>x</w:t></w:r></w:p><w:p/>" * 30
    xml = f"<w:document {NAMESPACES}><w:body>{paragraphs}</w:body></w:document>".encode()
    budget = Budget(chars=1000, cells=1000, paragraphs=50)
    feed(iter([xml]), _reader(budget), part="word/document.xml")
    assert budget.paragraphs == 20  # empty paragraphs cost nothing
    with pytest.raises(ReadError) as caught:
        feed(iter([xml]), _reader(budget), part="word/endnotes.xml")
    assert caught.value.kind is FailureKind.TOO_LARGE
    assert "paragraphs" in caught.value.detail


def test_a_document_of_thousands_of_styles_is_read(tmp_path: Path) -> None:
    # Like a real 475 KB file of 2,672 styles, each based on the one before in chains of
    # ten, every paragraph and run in a style of its own.
    styles = [style("Normal", default=True, font="Times New Roman")]
    for index in range(2_672):
        kind = "character" if index % 3 == 0 else "paragraph"
        parent = f"S{index - 3}" if index % 30 >= 3 else ("Normal" if kind == "paragraph" else None)
        styles.append(
            style(f"S{index}", kind=kind, based_on=parent, font=".VnTime" if index % 7 else None)
        )
    body = "".join(
        paragraph(
            run("Ph\xa8ng ", extra=f'<w:rStyle w:val="S{(index * 3) % 2_672}"/>'),
            run("tr\xacng\xa0", extra=f'<w:rStyle w:val="S{(index * 6) % 2_672}"/>'),
            style=f"S{(index * 3 + 1) % 2_672}",
        )
        for index in range(4_000)
    )
    data = build_docx(paragraph(run("Tiêu đề")) + body, styles=styles_xml(*styles))
    path = tmp_path / "styles.docx"
    path.write_bytes(data)
    article = read_article_file(path)
    assert article.body.count("\n\n") == 3_999
    assert "tcvn3" in (article.encoding or "")
