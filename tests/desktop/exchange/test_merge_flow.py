"""Merging from the window: a dropped or chosen file, the dry run, Merge or Cancel, the report.

Every step runs as from the menu on real archives in tmp_path; the tests answer the
dialogs as a user would (the confirmation's buttons, the report's history button).
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from db import schema
from db.archive import Archive
from db.models import ArticleFields, ArticleFilter
from desktop.editing.history_dialog import HistoryDialog
from desktop.exchange.merge_confirm_dialog import MergeConfirmDialog
from desktop.jobs import Job
from desktop.main_window.article_list_model import Column
from desktop.main_window.main_window import MainWindow
from tests.desktop.exchange.conftest import Exchange, write_bundle
from tests.desktop.main_window.conftest import add_window, drop

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def titles(path: Path, *, trashed: bool = False) -> set[str]:
    with Archive.open(path, read_only=True) as archive:
        return {row.title for row in archive.rows(ArticleFilter(trashed=trashed), limit=None)}


def wait_for_confirmation(qtbot: QtBot, window: MainWindow) -> MergeConfirmDialog:
    flow = window.bundles.merges
    qtbot.waitUntil(lambda: flow.confirm_dialog is not None, timeout=15_000)
    dialog = flow.confirm_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def recorded_jobs(window: MainWindow) -> list[str]:
    """The titles of the jobs the window's runner starts from now on.

    The check after opening (a job for the window's sake alone) runs whenever the first
    rows are shown: it is left out.
    """
    started: list[str] = []
    window.jobs.job_started.connect(
        lambda job: None if job.stop_on_close else started.append(job.title)
    )
    return started


def test_a_dropped_bundle_is_merged_after_the_confirmation(
    qtbot: QtBot, window: MainWindow, exchange: Exchange
) -> None:
    importer = window.imports.controller
    assert importer is not None
    imported: list[object] = []
    importer.finished.connect(imported.append)
    started = recorded_jobs(window)
    bundle_before = digest(exchange.bundle)

    assert drop(window.table.viewport(), [exchange.bundle]) == (True, True)
    dialog = wait_for_confirmation(qtbot, window)
    assert started == ["Reading tram-kia.avbundle"]  # the dry run, through the runner
    assert exchange.new_title not in titles(exchange.here)  # the dry run changed nothing
    counts = dialog.counts
    # Updated: the article edited over there, and the conflict (the other's edit is later).
    assert [counts.count_text(key) for key in ("added", "updated", "conflicts", "trashed")] == [
        "1",
        "2",
        "1",
        "1",
    ]
    assert "tram-kia.avbundle" in dialog.question.text()
    assert "here.sqlite3" in dialog.question.text()
    assert "other.sqlite3" in dialog.about.text()  # where the bundle was written
    assert dialog.conflicts is not None
    assert dialog.conflicts.titles() == [exchange.conflict_title]

    with qtbot.waitSignal(window.bundles.merges.merged, timeout=15_000) as merged:
        assert dialog.merge_button is not None
        dialog.merge_button.click()
    report = merged.args[0]
    assert (report.added, report.updated, report.trashed, len(report.conflicts)) == (1, 2, 1, 1)
    assert started == ["Reading tram-kia.avbundle", "Merging tram-kia.avbundle"]
    assert imported == []  # a bundle is merged, never imported
    assert digest(exchange.bundle) == bundle_before  # the bundle is never changed

    # The list is read again: the new article is listed, the trashed one is not.
    qtbot.waitUntil(lambda: exchange.new_title in list_titles(window), timeout=5000)
    assert exchange.edited_title in list_titles(window)
    assert exchange.trashed_title not in list_titles(window)
    assert exchange.trashed_title in titles(exchange.here, trashed=True)
    message = window.statusBar().currentMessage()
    assert "tram-kia.avbundle" in message and "new 1," in message and "conflicts 1" in message


def list_titles(window: MainWindow) -> list[str]:
    model = window.model
    return [str(model.index(row, Column.TITLE).data()) for row in range(model.rowCount())]


def test_cancel_in_the_confirmation_changes_nothing(
    qtbot: QtBot, window: MainWindow, exchange: Exchange, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window.bundles, "ask_merge_source", lambda _folder: exchange.bundle)
    job = window.bundles.choose_merge()
    assert isinstance(job, Job)
    dialog = wait_for_confirmation(qtbot, window)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: window.bundles.merges.confirm_dialog is None)
    assert window.bundles.merges.merge_job is None
    assert not window.jobs.is_busy()
    assert window.archive is not None
    window.archive.check()
    with Archive.open(exchange.here, read_only=True) as archive:
        assert exchange.new_title not in {row.title for row in archive.rows(limit=None)}
    assert "was not merged; nothing was changed" in window.statusBar().currentMessage()


def test_a_conflict_is_listed_and_opens_its_history(
    qtbot: QtBot, window: MainWindow, exchange: Exchange
) -> None:
    assert window.bundles.merge_files([exchange.bundle]) is not None
    dialog = wait_for_confirmation(qtbot, window)
    with qtbot.waitSignal(window.bundles.merges.merged, timeout=15_000):
        dialog.accept()
    report_dialog = window.bundles.merges.report_dialog
    assert report_dialog is not None and report_dialog.isVisible()
    conflicts = report_dialog.conflicts
    assert conflicts is not None
    assert conflicts.titles() == [exchange.conflict_title]
    row = conflicts.topLevelItem(0)
    assert row is not None and row.text(1) == "the bundle's"  # the later edit was over there
    assert "history" in row.toolTip(0)

    assert report_dialog.history_button is not None
    report_dialog.history_button.click()
    histories = report_dialog.findChildren(HistoryDialog)
    assert len(histories) == 1
    history = histories[0]
    assert history.isVisible()
    bodies = [version.body for version in history.versions()]
    assert bodies[0] == exchange.conflict_other  # current: the one saved later
    assert exchange.conflict_here in bodies  # this workstation's edit is kept
    current = history.versions_view.topLevelItem(0)
    assert current is not None
    assert current.text(2).startswith("merged: changed at both workstations")
    history.reject()

    # Double-clicking (or Enter on) a row opens the history too.
    opened: list[int] = []
    report_dialog.history_requested.connect(opened.append)
    conflicts.itemActivated.emit(row, 0)
    assert opened == [exchange.conflict_id]


def test_the_reading_pane_shows_the_merged_version(
    qtbot: QtBot, window: MainWindow, exchange: Exchange
) -> None:
    row = window.model.row_of(exchange.conflict_id)
    assert row is not None
    window.select_row(row)
    qtbot.waitUntil(lambda: "trạm này" in window.pane.toPlainText(), timeout=5000)
    window.bundles.merge_files([exchange.bundle])
    with qtbot.waitSignal(window.bundles.merges.merged, timeout=15_000):
        wait_for_confirmation(qtbot, window).accept()
    # The other workstation's edit was saved later: it is current, and shown.
    qtbot.waitUntil(lambda: "trạm kia" in window.pane.toPlainText(), timeout=5000)
    assert window.current_id() == exchange.conflict_id


def test_a_dropped_archive_file_is_merged_as_a_bundle_is(
    qtbot: QtBot, window: MainWindow, exchange: Exchange
) -> None:
    other_before = digest(exchange.other)
    assert drop(window.table.viewport(), [exchange.other]) == (True, True)
    dialog = wait_for_confirmation(qtbot, window)
    assert dialog.question.text().startswith("Merge the archive “other.sqlite3”")
    assert dialog.counts.count_text("added") == "1"
    with qtbot.waitSignal(window.bundles.merges.merged, timeout=15_000):
        dialog.accept()
    assert exchange.new_title in titles(exchange.here)
    assert digest(exchange.other) == other_before  # the other archive is only read


def test_articles_and_a_bundle_dropped_together_are_imported_then_merged(
    qtbot: QtBot, window: MainWindow, exchange: Exchange, stick: Path
) -> None:
    article = stick / "bai-moi.txt"
    article.write_text(" date 2024-05 Bài nhập từ tệp\n\nNội dung của bài.\n", encoding="utf-8")
    importer = window.imports.controller
    assert importer is not None
    messages: list[str] = []
    window.bundles.message.connect(messages.append)
    started = recorded_jobs(window)
    with qtbot.waitSignal(importer.finished, timeout=15_000) as imported:
        assert drop(window.table.viewport(), [article, exchange.bundle]) == (True, True)
        # Said at once: the bundle waits for the import, and asks before merging.
        assert messages == ["tram-kia.avbundle waits its turn; it asks before merging."]
    assert len(imported.args[0].imported) == 1
    dialog = wait_for_confirmation(qtbot, window)
    assert started == [
        "Importing bai-moi.txt",
        "Reading tram-kia.avbundle",
    ]
    with qtbot.waitSignal(window.bundles.merges.merged, timeout=15_000):
        dialog.accept()
    assert {"Bài nhập từ tệp", exchange.new_title} <= titles(exchange.here)


def test_a_merge_cancelled_before_it_starts_changes_nothing(
    qtbot: QtBot, window: MainWindow, exchange: Exchange
) -> None:
    window.bundles.merge_files([exchange.bundle])
    dialog = wait_for_confirmation(qtbot, window)
    release = threading.Event()
    # Another job runs: the merge waits behind it, and is cancelled there.
    window.jobs.submit(Job("hold the runner", lambda _context: release.wait(10)))
    dialog.accept()
    job = window.bundles.merges.merge_job
    assert job is not None and job.cancellable
    job.cancel()
    release.set()
    qtbot.waitUntil(job.is_done, timeout=15_000)
    assert job.state.value == "cancelled"
    assert exchange.new_title not in titles(exchange.here)
    assert "was not merged; nothing was changed" in window.statusBar().currentMessage()
    assert window.bundles.merges.report_dialog is None


def test_merging_the_same_bundle_again_has_nothing_to_merge(
    qtbot: QtBot, window: MainWindow, exchange: Exchange
) -> None:
    window.bundles.merge_files([exchange.bundle])
    with qtbot.waitSignal(window.bundles.merges.merged, timeout=15_000):
        wait_for_confirmation(qtbot, window).accept()
    window.bundles.merges.report_dialog.close()  # type: ignore[union-attr]
    before = digest(exchange.here)
    window.bundles.merge_files([exchange.bundle])
    dialog = wait_for_confirmation(qtbot, window)
    assert dialog.merge_button is None  # only Close
    assert "Nothing to merge" in dialog.notes.text()
    assert dialog.counts.count_text("unchanged") == "9"
    dialog.reject()
    qtbot.waitUntil(lambda: "Nothing to merge" in window.statusBar().currentMessage())
    assert window.bundles.merges.merge_job is not None
    assert digest(exchange.here) == before


def test_bundles_dropped_together_are_merged_one_after_another(
    qtbot: QtBot, window: MainWindow, exchange: Exchange, stick: Path
) -> None:
    with Archive.open(exchange.other) as archive:
        archive.insert(ArticleFields(title="Bài thứ hai của trạm kia", body="Nội dung mới."))
    second = write_bundle(exchange.other, stick / "lan-hai.avbundle")
    assert drop(window.pane.viewport(), [exchange.bundle, second]) == (True, True)
    first_dialog = wait_for_confirmation(qtbot, window)
    assert "tram-kia" in first_dialog.question.text()
    with qtbot.waitSignal(window.bundles.merges.merged, timeout=15_000):
        first_dialog.accept()
    qtbot.waitUntil(
        lambda: (d := window.bundles.merges.confirm_dialog) is not None
        and "lan-hai" in d.question.text(),
        timeout=15_000,
    )
    second_dialog = window.bundles.merges.confirm_dialog
    assert second_dialog is not None
    assert second_dialog.counts.count_text("added") == "1"  # the first merge brought the rest
    with qtbot.waitSignal(window.bundles.merges.merged, timeout=15_000):
        second_dialog.accept()
    assert "Bài thứ hai của trạm kia" in titles(exchange.here)


def test_a_large_merge_backs_up_first_and_says_where(
    qtbot: QtBot,
    window: MainWindow,
    exchange: Exchange,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import db.exchange.merge
    import desktop.exchange.bundle_jobs

    for module in (db.exchange.merge, desktop.exchange.bundle_jobs):
        monkeypatch.setattr(module, "LARGE_MERGE", 5)
    folder = tmp_path / "chosen-backups"
    window.settings.setValue("backup/folder", str(folder))
    window.bundles.merge_files([exchange.bundle])
    dialog = wait_for_confirmation(qtbot, window)
    assert str(folder) in dialog.notes.text()
    with qtbot.waitSignal(window.bundles.merges.merged, timeout=15_000) as merged:
        dialog.accept()
    backup = merged.args[0].backup
    assert backup is not None and backup.parent == folder and backup.is_file()
    with Archive.open(backup, read_only=True) as copy:
        assert exchange.new_title not in {row.title for row in copy.rows(limit=None)}
    report_dialog = window.bundles.merges.report_dialog
    assert report_dialog is not None and report_dialog.backup_label is not None
    assert str(backup) in report_dialog.backup_label.text()


# --- errors: one line in a message box, nothing changed -------------------------------


def last_error(qtbot: QtBot, window: MainWindow) -> tuple[str, str]:
    qtbot.waitUntil(lambda: bool(window.bundles.errors.open_boxes()), timeout=15_000)
    box = window.bundles.errors.open_boxes()[-1]
    return box.windowTitle(), box.text()


def test_a_file_that_is_not_a_bundle_is_refused_in_one_line(
    qtbot: QtBot, window: MainWindow, exchange: Exchange, stick: Path
) -> None:
    fake = stick / "ghi-chu.avbundle"
    fake.write_text("Đây không phải là gói trao đổi.", encoding="utf-8")
    before = digest(exchange.here)
    assert drop(window.table.viewport(), [fake]) == (True, True)
    title, text = last_error(qtbot, window)
    assert title == "ghi-chu.avbundle was not merged"
    assert "ghi-chu.avbundle is not an Archive Viewer bundle or archive" in text
    assert "\n" not in text
    assert window.bundles.merges.confirm_dialog is None
    assert digest(exchange.here) == before


def test_a_bundle_from_a_newer_version_names_both_versions(
    qtbot: QtBot, window: MainWindow, exchange: Exchange
) -> None:
    conn = sqlite3.connect(exchange.bundle)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    window.bundles.merge_files([exchange.bundle])
    _title, text = last_error(qtbot, window)
    assert "newer version of Archive Viewer" in text
    assert str(schema.SCHEMA_VERSION + 1) in text and str(schema.SCHEMA_VERSION) in text
    assert "\n" not in text


def test_the_open_archive_itself_is_refused(
    qtbot: QtBot, window: MainWindow, exchange: Exchange, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window.bundles, "ask_merge_source", lambda _folder: exchange.here)
    started = recorded_jobs(window)
    assert window.bundles.choose_merge() is None  # refused before any job
    _title, text = last_error(qtbot, window)
    assert text.startswith("here.sqlite3 is the archive open in this window")
    assert not [title for title in started if title.startswith(("Reading", "Merging"))]


def test_a_read_only_archive_takes_no_merge_and_says_why(
    qtbot: QtBot, settings: QSettings, exchange: Exchange
) -> None:
    before = digest(exchange.here)
    window = add_window(qtbot, MainWindow(settings, Archive.open(exchange.here, read_only=True)))
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.show()
    assert window.imports.controller is None  # no imports into a read-only archive
    assert window.menu_actions.merge_bundle.isEnabled()  # but the menu says why
    # A dropped bundle is still taken, and answered.
    assert drop(window.table.viewport(), [exchange.bundle]) == (True, True)
    title, text = last_error(qtbot, window)
    assert title == "Nothing was merged"
    assert "here.sqlite3 is open for reading only" in text
    # A dropped article file is not taken: there is no import here.
    article = exchange.bundle.with_name("bai.txt")
    article.write_text(" date 2024 Bài\n\nNội dung.\n", encoding="utf-8")
    assert drop(window.table.viewport(), [article]) == (False, False)
    window.bundles.choose_merge()
    assert len(window.bundles.errors.open_boxes()) == 2
    assert digest(exchange.here) == before
