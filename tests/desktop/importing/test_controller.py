"""The import runs on the worker thread; cancel, report, Import anyway, the log file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.importer import ImportReport
from db.models import ArticleFilter
from desktop.importing import ImportController
from desktop.importing.import_log import log_path
from desktop.importing.import_progress_dialog import ImportProgressDialog, format_time_left
from desktop.jobs import JobRunner
from tests.desktop.importing.conftest import Window
from tests.desktop.importing.test_drop_support import ARTICLE, write_articles

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_cancel_midway_leaves_a_consistent_archive(
    qtbot: QtBot, controller: ImportController, tmp_path: Path, archive_path: Path
) -> None:
    paths = write_articles(tmp_path / "many", 3000)
    controller.progress_dialog = None
    progress_seen: list[int] = []

    def cancel_on_first_progress(done: int, _total: int, _current: str) -> None:
        progress_seen.append(done)
        if len(progress_seen) == 1:
            assert controller.progress_dialog is not None
            controller.progress_dialog.cancel_button.click()  # as the user would

    with qtbot.waitSignal(controller.finished, timeout=60_000) as finished:
        job = controller.import_paths([tmp_path / "many"])
        assert job is not None
        job.progress.connect(cancel_on_first_progress)
    report = finished.args[0]
    assert report.cancelled
    assert 0 < len(report.imported) < len(paths)
    with Archive.open(archive_path) as archive:
        assert archive.check() == []
        assert archive.total() == len(report.imported)
        assert archive.count(ArticleFilter(import_id=report.import_id)) == len(report.imported)
        stored = {archive.get(id_).original_name for _, id_ in report.imported}
    assert stored == {path.name for path, _ in report.imported}
    # Every file that finished is whole: importing everything again adds only the rest.
    with qtbot.waitSignal(controller.finished, timeout=60_000) as again:
        controller.import_paths([tmp_path / "many"])
    assert len(again.args[0].imported) + len(again.args[0].duplicates) == len(paths)
    assert len(again.args[0].duplicates) == len(report.imported)


def test_runs_as_jobs_off_the_ui_thread_and_queues_drops(
    qtbot: QtBot, controller: ImportController, runner: JobRunner, tmp_path: Path
) -> None:
    first = write_articles(tmp_path / "a", 5)
    second = tmp_path / "b.txt"
    second.write_text(ARTICLE.format(n="b"), encoding="utf-8")
    reports: list[ImportReport] = []
    controller.finished.connect(reports.append)
    job = controller.import_paths(first)
    assert job is not None and controller.is_busy()
    queued = controller.import_paths([second])  # while the first run goes: waits its turn
    assert runner.jobs() == [job, queued]
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=10_000)
    assert [len(r.imported) for r in reports] == [5, 1]
    assert not controller.is_busy()


def test_report_lists_reasons_logs_and_imports_duplicates_anyway(
    qtbot: QtBot, controller: ImportController, tmp_path: Path, archive_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")
    (folder / "b-copy.txt").write_bytes(ARTICLE.format(n=1).encode("utf-16"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "notes.odt").write_bytes(b"PK\x03\x04")  # not an article file: skipped
    with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
        controller.import_paths([folder])
    report = finished.args[0]
    assert report.summary() == "imported 1, duplicates 1, skipped 1, failed 2"
    dialog = controller.report_dialog
    assert dialog is not None
    text = dialog.details.toPlainText()
    assert "duplicate: " in text and "b-copy.txt" in text
    assert "empty: the file is empty" in text
    assert "old.doc: unsupported format: " in text and ".docx" in text
    assert "notes.odt: not an article file" in text
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("imported 1, duplicates 1")
    log = log_path(archive_path).read_text(encoding="utf-8")
    assert "imported 1, duplicates 1, skipped 1, failed 2" in log and "old.doc" in log

    assert dialog.import_anyway_button.isVisible()
    with qtbot.waitSignal(controller.finished, timeout=10_000) as anyway:
        dialog.import_anyway_button.click()
    assert [p.name for p, _ in anyway.args[0].imported] == ["b-copy.txt"]
    with Archive.open(archive_path) as archive:
        assert archive.total() == 2
    assert log_path(archive_path).read_text(encoding="utf-8").count("== ") == 2


def test_unusable_archive_is_reported_not_raised(
    qtbot: QtBot, window: Window, runner: JobRunner, tmp_path: Path
) -> None:
    not_an_archive = tmp_path / "notes.sqlite3"
    not_an_archive.write_text("this is not SQLite", encoding="utf-8")
    controller = ImportController(window, not_an_archive, runner=runner, show_report=False)
    try:
        with qtbot.waitSignal(controller.finished, timeout=10_000) as finished:
            controller.import_paths([tmp_path])
        assert finished.args[0].error and "not an Archive Viewer archive" in finished.args[0].error
    finally:
        controller.shutdown()


def test_progress_dialog_shows_count_file_and_time_left(qtbot: QtBot) -> None:
    dialog = ImportProgressDialog()
    qtbot.addWidget(dialog)
    dialog._clock.invalidate()
    dialog._clock.start()
    dialog.set_progress(10, 40, "/data/reports/bai-1.txt")
    assert dialog.count_label.text() == "10 of 40 files"
    assert "bai-1.txt" in dialog.file_label.text()
    with qtbot.waitSignal(dialog.cancel_requested):
        dialog.cancel_button.click()
    assert not dialog.cancel_button.isEnabled()
    assert format_time_left(3) == "a few seconds left"
    assert format_time_left(42) == "about 40 s left"
    assert format_time_left(600) == "about 10 min left"
