"""``archive-viewer list`` starts without loading what it does not use.

Which modules a command imports is checked here, with ``python -X importtime``; how long
start-up takes is measured by the benchmark (``cli`` in its JSON), never in a test.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from db.archive import Archive
from db.models import ArticleFields

# Loaded only by the commands that need them: readers and their parsers, PDF, Qt.
HEAVY = (
    "PySide6",
    "shiboken6",
    "db.importer",
    "db.readers",
    "docx",
    "lxml",
    "bs4",
    "pypdf",
    "markdown",
    "markdownify",
    "nh3",
    "yaml",
    "db.text_decoding",
    "db.backups",
    "db.salvage",
    "desktop.export.exporter",
)


def imported_modules(*arguments: str) -> set[str]:
    """The modules ``archive-viewer ARGUMENTS`` imports, read from ``-X importtime``."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "desktop.cli.main", *arguments],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return {
        match.group(1)
        for match in re.finditer(r"^import time:\s+\d+ \|\s+\d+ \| +(\S+)$", done.stderr, re.M)
    }


def _heavy(modules: set[str]) -> list[str]:
    return sorted(
        name for name in modules if any(name == h or name.startswith(h + ".") for h in HEAVY)
    )


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "archive.sqlite3"
    with Archive.open(path, create=True) as archive:
        archive.insert(ArticleFields(title="Biên phòng Thanh Hóa", body="Nội dung", date="2023"))
    return path


@pytest.mark.parametrize(
    "arguments",
    [
        ("list",),
        ("list", "--query", "thanh hoa", "--sort", "relevance", "--json"),
        ("show", "1", "--json"),
        ("history", "1"),
    ],
)
def test_reading_commands_load_no_reader_pdf_or_qt(
    filled: Path, arguments: tuple[str, ...]
) -> None:
    modules = imported_modules("--db", str(filled), *arguments)
    assert "db.archive" in modules
    assert _heavy(modules) == []


def test_help_loads_not_even_the_repository() -> None:
    modules = imported_modules("--version")
    assert "db.archive" not in modules and "sqlite_utils" not in modules
    assert _heavy(modules) == []


def test_import_loads_the_readers_it_needs(filled: Path, tmp_path: Path) -> None:
    sample = tmp_path / "tin.txt"
    sample.write_text(" date 2023-01 Tin mới\n\nNội dung.\n", encoding="utf-8")
    modules = imported_modules("--db", str(filled), "import", str(sample))
    assert "db.importer" in modules and "PySide6" not in modules
