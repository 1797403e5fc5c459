"""File ▸ Export selection as bundle… from the window: what goes in, the job, the message.

The file dialog is answered through ``ask_bundle_path`` (a native dialog cannot be
driven); the scope question is the real message box, clicked as a user clicks it.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.exchange import merge_archive
from desktop.exchange.bundle_jobs import BundleScope
from desktop.exchange.bundle_scope_box import BundleScopeBox
from desktop.jobs import Job
from desktop.main_window.main_window import MainWindow
from tests.desktop.exchange.conftest import Exchange, all_ids
from tests.desktop.main_window.conftest import wait_for_job

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the bundles written."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def select_rows(window: MainWindow, first: int, last: int) -> None:
    model = window.model
    window.table.selectionModel().select(
        QItemSelection(model.index(first, 0), model.index(last, 0)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def merged_into_new_archive(bundle: Path) -> set[str]:
    """The titles an empty archive (a new workstation's) holds after merging ``bundle``."""
    fresh = bundle.parent.with_name(f"fresh-{bundle.stem}.sqlite3")
    with Archive.open(fresh, create=True) as archive:
        report = merge_archive(archive, bundle)
        assert report.added == len(all_ids(archive))
        return {archive.get(article_id).title for article_id in all_ids(archive)}


def test_the_selection_goes_into_a_bundle_that_merges(
    qtbot: QtBot,
    window: MainWindow,
    exchange: Exchange,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    select_rows(window, 0, 2)
    chosen = window.selected_ids()
    assert len(chosen) == 3
    offered: list[tuple[Path, int]] = []

    def answer(default: Path, count: int) -> Path:
        offered.append((default, count))
        return out / "gui-di.avbundle"

    monkeypatch.setattr(window.bundles, "ask_bundle_path", answer)
    window.menu_actions.export_bundle.trigger()
    default, count = offered[0]
    # The suggested name says which archive and which day; the count is the selection's.
    assert default.suffix == ".avbundle" and default.name.startswith("here-")
    assert count == 3
    qtbot.waitUntil((out / "gui-di.avbundle").is_file, timeout=15_000)
    qtbot.waitUntil(lambda: not window.jobs.is_busy(), timeout=15_000)
    message = window.statusBar().currentMessage()
    assert message == f"Saved 3 articles in the bundle {out / 'gui-di.avbundle'}"
    assert list(out.iterdir()) == [out / "gui-di.avbundle"]  # no partial file is left
    with Archive.open(exchange.here, read_only=True) as archive:
        expected = {archive.get(article_id).title for article_id in chosen}
    assert merged_into_new_archive(out / "gui-di.avbundle") == expected
    # The next export starts in the folder used last.
    assert window.settings.value("exchange/folder") == str(out)


def test_with_nothing_selected_the_box_asks_and_everything_takes_the_trash(
    qtbot: QtBot,
    window: MainWindow,
    exchange: Exchange,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Archive.open(exchange.here) as archive:
        archive.trash([archive.rows(limit=None)[-1].id])
    window.check_for_changes()
    qtbot.waitUntil(lambda: window.model.rowCount() == 7, timeout=5000)
    window.table.clearSelection()
    seen: list[str] = []

    def click_everything() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, BundleScopeBox)
        seen.extend([box.listed_button.text(), box.everything_button.text()])
        box.everything_button.click()

    QTimer.singleShot(0, click_everything)
    monkeypatch.setattr(window.bundles, "ask_bundle_path", lambda _d, _n: out / "all")
    job = window.bundles.export_selection()
    assert seen == ["All 7 articles but the Trash", "Everything, the Trash included (8)"]
    wait_for_job(qtbot, job)
    # The bundle's extension is given when the name typed lacks it.
    assert merged_into_new_archive(out / "all.avbundle") == titles_everywhere(exchange.here)


def titles_everywhere(path: Path) -> set[str]:
    with Archive.open(path, read_only=True) as archive:
        return {archive.get(article_id).title for article_id in all_ids(archive)}


def test_with_nothing_selected_and_nothing_to_choose_everything_goes(
    window: MainWindow, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.table.clearSelection()
    offered: list[int] = []

    def answer(_default: Path, count: int) -> None:
        offered.append(count)  # and cancel the file dialog

    monkeypatch.setattr(window.bundles, "ask_bundle_path", answer)
    # The whole list, no filter, an empty Trash: no question, straight to the file name.
    assert window.bundles.export_selection() is None
    assert offered == [8]
    assert list(out.iterdir()) == []


def test_cancelling_the_scope_question_writes_nothing(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        qtbot.keyClicks(window.filter_bar.search, "thanh hoa")
    window.table.clearSelection()

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, BundleScopeBox)
        box.reject()

    QTimer.singleShot(0, cancel)
    assert window.bundles.export_selection() is None
    assert list(out.iterdir()) == []


def test_a_cancelled_export_leaves_no_file(
    qtbot: QtBot, window: MainWindow, exchange: Exchange, out: Path
) -> None:
    target = out / "huy.avbundle"
    release = threading.Event()
    # Queued behind another job, the export is cancelled before it starts.
    window.jobs.submit(Job("hold the runner", lambda _context: release.wait(10)))
    job = window.bundles.export(exchange.here, target, BundleScope(ids=(1, 2)))
    job.cancel()
    release.set()
    wait_for_job(qtbot, job)
    assert job.state.value == "cancelled"
    assert not target.exists() and list(out.iterdir()) == []
    assert "not written (cancelled)" in window.statusBar().currentMessage()


def test_a_bundle_of_a_filtered_list_holds_what_it_lists(
    qtbot: QtBot, window: MainWindow, exchange: Exchange, out: Path
) -> None:
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        qtbot.keyClicks(window.filter_bar.search, "thanh hoa")
    listed = window.model.rowCount()
    assert 0 < listed < 8
    where = window.article_list.where()
    job = window.bundles.export(exchange.here, out / "loc.avbundle", BundleScope(where=where))
    wait_for_job(qtbot, job)
    with Archive.open(exchange.here, read_only=True) as archive:
        expected = {row.title for row in archive.rows(where, limit=None)}
    assert len(expected) == listed
    assert merged_into_new_archive(out / "loc.avbundle") == expected
