"""Open original: the kept file written under its own name and handed to the desktop."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import NewArticle
from desktop.main_window.open_original import safe_file_name
from desktop.main_window.reading_pane import ReadingPane

PDF_BYTES = b"%PDF-1.4\n% the kept bytes of a report\n"


class _Opened:
    """Stands in for the desktop's file viewer: records what it was asked to open."""

    def __init__(self) -> None:
        self.urls: list[QUrl] = []

    def handle(self, url: QUrl) -> bool:
        self.urls.append(url)
        return True


@pytest.fixture
def opened() -> _Opened:
    return _Opened()


def test_the_kept_file_opens_under_its_original_name(
    qtbot: QtBot, tmp_path: Path, opened: _Opened
) -> None:
    with Archive.open(tmp_path / "a.sqlite3", create=True) as archive:
        [(with_file, _)] = archive.import_batch(
            [
                NewArticle(
                    title="Báo cáo",
                    body="Nội dung.",
                    original_name="Báo cáo quý IV.pdf",
                    original_bytes=PDF_BYTES,
                    fingerprint="a",
                )
            ],
            import_id=archive.start_import(),
            allow_duplicates=False,
        )
        without = archive.insert(NewArticle(title="Typed here", body="No file."))
        pane = ReadingPane()
        qtbot.addWidget(pane)
        pane.set_archive(archive)
        action = pane.open_original_action
        action.opener = opened.handle
        pane.show_article(without)
        assert not action.isEnabled()
        pane.show_article(archive.get(with_file))
        assert action.isEnabled()
        assert action.text() == "Open original"
        action.trigger()
        [url] = opened.urls
        path = Path(url.toLocalFile())
        assert path.name == "Báo cáo quý IV.pdf"
        assert path.read_bytes() == PDF_BYTES
        assert not os.access(path, os.W_OK) or os.geteuid() == 0  # read-only (root may write)
        action.trigger()  # again: the read-only copy is replaced, not an error
        assert len(opened.urls) == 2
        action.remove_files()
        assert not path.exists()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("report.pdf", "report.pdf"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\báo cáo.pdf", "báo cáo.pdf"),
        ("", "article-7"),
        (None, "article-7"),
        ("..", "article-7"),
    ],
)
def test_file_names_never_leave_the_folder(name: str | None, expected: str) -> None:
    assert safe_file_name(name, 7) == expected
