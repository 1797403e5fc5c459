"""Importing from the main window: drops on its parts, and the "Last import" filter."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleFields, ArticleFilter
from desktop.main_window.main_window import MainWindow
from desktop.resource_files import resource_path
from tests.desktop.main_window.conftest import drop, open_window


def sample_files(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    samples = sorted(resource_path("samples").iterdir())[:count]
    return [Path(shutil.copy(sample, folder / sample.name)) for sample in samples]


def test_a_drop_on_the_list_imports_and_shows_the_last_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, archive_path: Path
) -> None:
    files = sample_files(tmp_path / "in", 3)
    importer = window.imports.controller
    assert importer is not None
    importer.show_report = False
    bar = window.filter_bar
    assert not bar.last_import.isEnabled()
    with qtbot.waitSignal(importer.finished, timeout=10_000) as finished:
        assert drop(window.table.viewport(), files) == (True, True)
    report = finished.args[0]
    assert len(report.imported) == 3
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)
    assert bar.last_import.isEnabled() and bar.last_import.isChecked()
    assert window.status_label.text() == "3 of 43 articles"
    with Archive.open(archive_path, read_only=True) as archive:
        last = archive.last_import()
        assert last is not None and last.id == report.import_id
        assert archive.count(ArticleFilter(import_id=last.id)) == 3
    # Unchecking it (or Clear filters) shows everything again; checking it narrows again.
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        bar.last_import.click()
    assert window.model.rowCount() == 43
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        bar.last_import.click()
    assert window.model.rowCount() == 3
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        bar.clear_button.click()
    assert window.model.rowCount() == 43 and not bar.last_import.isChecked()


def test_the_reading_pane_and_the_welcome_page_take_drops(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.sqlite3"
    Archive.open(empty, create=True).close()
    window = open_window(qtbot, settings, empty)
    assert window.central.currentWidget() is window.welcome
    importer = window.imports.controller
    assert importer is not None
    importer.show_report = False
    with qtbot.waitSignal(importer.finished, timeout=10_000):
        assert drop(window.welcome, sample_files(tmp_path / "a", 1)) == (True, True)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(importer.finished, timeout=10_000):
        assert drop(window.pane.viewport(), sample_files(tmp_path / "b", 2)[1:]) == (True, True)
    qtbot.waitUntil(
        lambda: window.archive is not None and window.archive.total() == 2, timeout=5000
    )


def test_another_archive_does_not_keep_the_last_import_filter(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    importer = window.imports.controller
    assert importer is not None
    importer.show_report = False
    with qtbot.waitSignal(importer.finished, timeout=10_000):
        importer.import_paths(sample_files(tmp_path / "in", 2))
    qtbot.waitUntil(window.filter_bar.last_import.isChecked, timeout=5000)
    other = tmp_path / "other.sqlite3"
    with Archive.open(other, create=True) as archive:
        archive.import_batch([], import_id=archive.start_import(), allow_duplicates=False)
        archive.insert_many([ArticleFields(title=f"Bài {n}") for n in range(3)])
    with qtbot.waitSignal(window.archive_changed, timeout=10_000):
        window.open_archive(other)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)
    assert not window.filter_bar.last_import.isChecked()


def test_an_import_goes_on_when_another_archive_is_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, archive_path: Path
) -> None:
    importer = window.imports.controller
    assert importer is not None
    importer.show_report = False
    other = tmp_path / "other.sqlite3"
    Archive.open(other, create=True).close()
    with qtbot.waitSignal(importer.finished, timeout=20_000) as finished:
        importer.import_paths(sample_files(tmp_path / "in", 3))
        window.open_archive(other)  # queued behind the import, shown when it is done
    assert len(finished.args[0].imported) == 3
    qtbot.waitUntil(lambda: window.archive is not None and window.archive.path == other)
    with Archive.open(archive_path, read_only=True) as first:
        assert first.total() == 43  # the import went into the archive it was asked for
    assert window.imports.controller is not importer
    # Drops now go to the archive shown, not to the old one.
    with qtbot.waitSignal(window.imports.controller.finished, timeout=10_000):
        assert drop(window.table.viewport(), sample_files(tmp_path / "b", 1)) == (True, True)
    qtbot.waitUntil(lambda: window.archive is not None and window.archive.total() == 1)
