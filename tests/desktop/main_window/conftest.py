"""Fixtures of the main-window tests: real archives in tmp_path, settings in an ini file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleFields
from desktop import i18n
from desktop.app import setup_application
from desktop.jobs import Job
from desktop.main_window.main_window import MainWindow

AUTHORS = ["Thu Hà", "Ngọc Lan", "Đức Minh", "Bảo Châu"]


def make_articles(count: int) -> list[ArticleFields]:
    """``count`` articles; every fifth one is about Thanh Hóa, written both ways."""
    articles = []
    for number in range(count):
        place = ("Thanh Hóa" if number % 2 else "Thanh Hoá") if number % 5 == 0 else "Hà Nội"
        articles.append(
            ArticleFields(
                title=f"Tin số {number:03d} về {place}",
                body=f"Bài viết số {number} kể chuyện ở {place}.\n\nĐảng ủy xã họp bàn.",
                date=f"{2000 + number % 20}-{number % 12 + 1:02d}",
                author=AUTHORS[number % len(AUTHORS)],
                source="Báo Mẫu" if number % 3 else "Tạp chí Thử",
                tags=["thời sự"] if number % 2 else [],
            )
        )
    return articles


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    """An archive of 40 articles."""
    path = tmp_path / "archive.sqlite3"
    with Archive.open(path, create=True) as archive:
        archive.insert_many(make_articles(40))
    return path


@pytest.fixture
def big_archive_path(tmp_path: Path) -> Path:
    """An archive of 350 articles (more than three pages of the list)."""
    path = tmp_path / "big.sqlite3"
    with Archive.open(path, create=True) as archive:
        archive.insert_many(make_articles(350))
    return path


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a file of the test, English UI."""
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("view/language", "en")
    return store


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """The UI in English during each test, whatever the test switched to."""
    setup_application()
    i18n.install_language("en")
    yield
    i18n.install_language("en")


def open_window(qtbot: QtBot, settings: QSettings, path: Path | None) -> MainWindow:
    """A shown main window on the archive at ``path``, its first list loaded.

    At the end of the test it is closed the way a user closes it, and waited for (its
    jobs finish, the automatic backup is written).
    """
    archive = Archive.open(path) if path is not None else None
    window = MainWindow(settings, archive)
    add_window(qtbot, window)
    if archive is not None:
        with qtbot.waitSignal(window.list_updated, timeout=5000):
            window.show()
    else:
        window.show()
    return window


def add_window(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """Register ``window`` with qtbot, to be closed and waited for after the test."""
    qtbot.addWidget(window, before_close_func=lambda w: close_window(qtbot, w))
    return window


def close_window(qtbot: QtBot, window: MainWindow) -> None:
    """Close the window as a user does, and wait until it really is (jobs done)."""
    window.close()
    qtbot.waitUntil(window.closing.may_close, timeout=30_000)


def wait_for_job(qtbot: QtBot, job: Job | None, timeout: int = 30_000) -> Job:
    """Wait until ``job`` (from a command of the window) has finished; returns it."""
    assert job is not None
    qtbot.waitUntil(job.is_done, timeout=timeout)
    return job


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, archive_path: Path) -> MainWindow:
    """The main window on the 40-article archive."""
    return open_window(qtbot, settings, archive_path)


def drop(target: QWidget, paths: list[Path]) -> tuple[bool, bool]:
    """A drag entering ``target`` and a drop on it, as real events; (entered, dropped)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    point = target.rect().center()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(QPoint(point), actions, mime, buttons, modifiers)
    enter.ignore()
    QApplication.sendEvent(target, enter)
    event = QDropEvent(point.toPointF(), actions, mime, buttons, modifiers)
    event.ignore()
    QApplication.sendEvent(target, event)
    return enter.isAccepted(), event.isAccepted()
