"""Two workstations' archives in tmp_path, a USB stick between them, and the window.

``here`` is the archive the window shows; ``other`` started as a copy of it (merged from
a bundle, as a second workstation would be set up) and then went its own way. Its bundle
on the stick holds one new article, one edited only over there, one edited at both
workstations (a conflict: the other's edit is the later one) and one moved to the Trash.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.exchange import export_bundle, merge_archive
from db.models import ArticleFields, ArticleFilter
from desktop import i18n
from desktop.app import setup_application
from desktop.main_window.main_window import MainWindow
from tests.desktop.main_window.conftest import make_articles, open_window


@dataclass(frozen=True)
class Exchange:
    """What the fixture made, for the tests to check against."""

    here: Path
    other: Path
    bundle: Path
    new_title: str
    edited_title: str
    conflict_id: int
    conflict_title: str
    conflict_here: str
    conflict_other: str
    trashed_title: str


def all_ids(archive: Archive) -> list[int]:
    """Every article of an archive, the Trash included."""
    return archive.ids(ArticleFilter()) + archive.ids(ArticleFilter(trashed=True))


def write_bundle(archive_path: Path, target: Path) -> Path:
    """Everything in ``archive_path``, Trash included, as the bundle ``target``."""
    with Archive.open(archive_path) as archive:
        result = export_bundle(archive, target, all_ids(archive), overwrite=True)
    assert result is not None
    return result.path


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """The USB stick's folder."""
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def exchange(tmp_path: Path, stick: Path) -> Exchange:
    """The two workstations and the other's bundle (see the module docstring)."""
    here, other = tmp_path / "here.sqlite3", tmp_path / "other.sqlite3"
    with Archive.open(here, create=True) as archive:
        archive.insert_many(make_articles(8))
    with Archive.open(other, create=True) as archive:
        merge_archive(archive, write_bundle(here, stick / "setup.avbundle"))
    with Archive.open(here) as archive:
        rows = archive.rows(limit=None)
        conflict, edited, trashed = rows[0], rows[1], rows[2]
        archive.update(conflict.id, body="Sửa ở trạm này: Đồn Biên phòng Hà Nội báo cáo.")
    with Archive.open(other) as archive:
        there = {uid: archive.get(uid).id for uid in (conflict.uid, edited.uid, trashed.uid)}
        archive.update(there[conflict.uid], body="Sửa ở trạm kia: Bộ Chỉ huy tổng hợp lại.")
        archive.update(there[edited.uid], title="Tin đã sửa ở trạm kia")
        archive.trash([there[trashed.uid]])
        archive.insert(ArticleFields(title="Bài mới của trạm kia", body="Đồn mới lập ở Thanh Hóa."))
    return Exchange(
        here=here,
        other=other,
        bundle=write_bundle(other, stick / "tram-kia.avbundle"),
        new_title="Bài mới của trạm kia",
        edited_title="Tin đã sửa ở trạm kia",
        conflict_id=conflict.id,
        conflict_title=conflict.title,
        conflict_here="Sửa ở trạm này: Đồn Biên phòng Hà Nội báo cáo.",
        conflict_other="Sửa ở trạm kia: Bộ Chỉ huy tổng hợp lại.",
        trashed_title=trashed.title,
    )


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a file of the test, English UI, no automatic backup on close."""
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("view/language", "en")
    store.setValue("backup/auto", False)
    return store


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """The UI in English during each test, whatever the test switched to."""
    setup_application()
    i18n.install_language("en")
    yield
    i18n.install_language("en")


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, exchange: Exchange) -> MainWindow:
    """The main window on ``here``."""
    return open_window(qtbot, settings, exchange.here)
