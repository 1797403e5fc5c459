"""Qt runs offscreen; each test gets a main window with an ImportController installed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QTextBrowser,
)
from pytestqt.qtbot import QtBot  # noqa: E402

from desktop.importing import ImportController  # noqa: E402
from desktop.jobs import JobRunner  # noqa: E402


class Window(QMainWindow):
    """Stands in for the real main window: a list, a reading pane, a label."""

    def __init__(self) -> None:
        super().__init__()
        splitter = QSplitter()
        self.list_view = QListView()
        self.reader = QTextBrowser()
        self.label = QLabel("Drop files here")
        for widget in (self.list_view, self.reader, self.label):
            splitter.addWidget(widget)
        self.setCentralWidget(splitter)


@pytest.fixture
def window(qtbot: QtBot) -> Window:
    shown = Window()
    qtbot.addWidget(shown)
    return shown


@pytest.fixture
def runner(window: Window) -> Iterator[JobRunner]:
    """The window's job runner, where each import run is a job."""
    jobs = JobRunner(window)
    yield jobs
    jobs.cancel_all()
    jobs.stop()


@pytest.fixture
def controller(window: Window, archive_path: Path, runner: JobRunner) -> Iterator[ImportController]:
    importer = ImportController(window, archive_path, runner=runner)
    importer.install_drop_target(window)
    yield importer
    importer.shutdown()
    for dialog in (importer.report_dialog, importer.progress_dialog):
        if dialog is not None:
            dialog.close()
