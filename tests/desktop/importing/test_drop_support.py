"""Drops sent as real QDragEnterEvent / QDragMoveEvent / QDropEvent events."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleFilter
from desktop.importing import ImportController
from desktop.importing.drop_support import DropFilter
from tests.desktop.importing.conftest import Window

# The offscreen platform says so whenever a dialog is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ARTICLE = " date 2023-12 Biên phòng Thanh Hoá\n\nĐoạn {n} của bài báo về biên giới.\n"


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def send_drag(target: QWidget, mime: QMimeData) -> tuple[bool, bool]:
    """DragEnter then DragMove; whether each was accepted."""
    # QPoint: PySide6 6.11 has no QPointF overload for the drag events (6.12 has).
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(
        QPoint(6, 6),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    move.ignore()
    QApplication.sendEvent(target, move)
    return enter.isAccepted(), move.isAccepted()


def send_drop(target: QWidget, mime: QMimeData) -> QDropEvent:
    drop = QDropEvent(
        QPointF(6, 6),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop.ignore()
    QApplication.sendEvent(target, drop)
    return drop


def write_articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"bai-{n:05}.txt"
        path.write_text(ARTICLE.format(n=n), encoding="utf-8")
        paths.append(path)
    return paths


def test_window_accepts_file_drags_and_imports_the_drop(
    qtbot: QtBot, window: Window, controller: ImportController, tmp_path: Path, archive_path: Path
) -> None:
    folder = tmp_path / "reports"
    write_articles(folder, 3)
    single = tmp_path / "single.txt"
    single.write_text(ARTICLE.format(n="một"), encoding="utf-8")
    mime = file_mime(folder, single)
    assert send_drag(window, mime) == (True, True)
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        drop = send_drop(window, mime)
        assert drop.isAccepted()
        assert drop.dropAction() == Qt.DropAction.CopyAction
    report = finished.args[0]
    assert report.summary() == "imported 4, duplicates 0, skipped 0, failed 0"
    assert controller.report_dialog is not None and controller.report_dialog.isVisible()
    with Archive.open(archive_path) as archive:
        assert archive.count(ArticleFilter(import_id=report.import_id)) == 4


def test_child_widgets_take_drops_too(
    qtbot: QtBot, window: Window, controller: ImportController, tmp_path: Path
) -> None:
    paths = write_articles(tmp_path / "in", 2)
    for target in (window.list_view.viewport(), window.reader.viewport(), window.label):
        assert send_drag(target, file_mime(*paths))[0], target
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        assert send_drop(window.reader.viewport(), file_mime(paths[0])).isAccepted()
    assert len(finished.args[0].imported) == 1


def test_drags_without_local_files_are_refused(
    window: Window, controller: ImportController
) -> None:
    text_only = QMimeData()
    text_only.setText("some dragged text")
    web = QMimeData()
    web.setUrls([QUrl("https://example.com/article.html")])
    for mime in (text_only, web):
        assert send_drag(window, mime) == (False, False)
        assert not send_drop(window, mime).isAccepted()
    assert not controller.is_busy()


def test_bundles_and_archives_go_to_the_merge_and_the_rest_to_the_import(
    qtbot: QtBot, window: Window, controller: ImportController, tmp_path: Path
) -> None:
    articles = write_articles(tmp_path / "in", 2)
    bundle = tmp_path / "tram-kia.AVBUNDLE"  # the extension in any case
    bundle.write_bytes(b"not looked at: a bundle goes to the merge, which checks it")
    archive = tmp_path / "may-cu.sqlite3"
    with Archive.open(archive, create=True):
        pass
    thumbs = tmp_path / "Thumbs.db"  # named as an archive, but not SQLite: imported
    thumbs.write_bytes(b"\xd0\xcf\x11\xe0 an OLE file")
    folder = tmp_path / "bundles.avbundle"  # a folder is imported, whatever its name
    folder.mkdir()
    merged: list[list[Path]] = []
    controller.bundles_dropped.connect(merged.append)
    mime = file_mime(*articles, bundle, archive, thumbs, folder)
    assert send_drag(window, mime) == (True, True)
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        assert send_drop(window, mime).isAccepted()
    assert merged == [[bundle, archive]]
    assert len(finished.args[0].imported) == 2


def test_without_imports_only_bundles_and_archives_are_taken(window: Window) -> None:
    drops = DropFilter(window, files=False)
    drops.install(window)
    merged: list[list[Path]] = []
    imported: list[list[Path]] = []
    drops.bundles_dropped.connect(merged.append)
    drops.paths_dropped.connect(imported.append)
    article, bundle = Path("/nowhere/bai.txt"), Path("/nowhere/tram-kia.avbundle")
    assert send_drag(window, file_mime(article)) == (False, False)
    assert send_drag(window, file_mime(article, bundle)) == (True, True)
    assert send_drop(window, file_mime(article, bundle)).isAccepted()
    assert merged == [[bundle]] and imported == []
