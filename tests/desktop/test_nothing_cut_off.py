"""Nothing is cut off: every window, dialog and label fits a netbook's and a laptop's screen.

The whole program is walked (``program_tour``) in both languages on a 1024×600 and on a
1366×768 screen, at 100 % and at 150 %; every label shown must have the height (and, on
one line, the width) its text needs, and every window must fit the screen. Qt reads the
screen and the scale factor only at start, so each configuration runs in a child process
whose offscreen screen is that size (``QT_QPA_PLATFORM=offscreen:configfile=…``, with
``QT_SCALE_FACTOR``); the walk itself is ``test_the_walk_fits``, which runs only there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.app import setup_application
from tests.desktop.i18n.program_tour import WINDOW_SIZES, walk_program
from tests.desktop.i18n.test_every_word import QT_NOISE
from tests.desktop.i18n.walker import Walker
from tests.desktop.layout_fit import Fit

ROOT = Path(__file__).resolve().parents[2]
# Set for the child runs: the configuration being checked.
CHILD = os.environ.get("ARCHIVE_VIEWER_TEST_SCREEN")
SCALES = ("1", "1.5")
# Qt's page setup dialog (opened from its print preview) is one fixed form 486 pixels
# high: it cannot fit 1024×600 at 150 % (400 pixels), and it is Qt's to lay out.
QT_FIXED_FORMS = ("page setup",)


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    setup_application()
    yield
    i18n.install_language("en")


@pytest.mark.skipif(CHILD is None, reason="runs in the child process of a configuration")
@pytest.mark.qt_log_ignore(*QT_NOISE)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_walk_fits(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    area = screen.availableGeometry().size()
    fit = Fit(QSize(area))
    walker = Walker(qtbot)
    walker.checks.append(fit)
    walk_program(walker, tmp_path, language, (area.width(), area.height()))
    problems = [p for p in fit.problems if not any(form in p for form in QT_FIXED_FORMS)]
    assert not problems, "\n".join(["cut off:", *problems])


@pytest.mark.slow
@pytest.mark.skipif(CHILD is not None, reason="this is a child run")
@pytest.mark.parametrize("scale", SCALES, ids=lambda scale: f"{float(scale):.0%}")
@pytest.mark.parametrize("screen", WINDOW_SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_nothing_is_cut_off(tmp_path: Path, screen: tuple[int, int], scale: str) -> None:
    width, height = screen
    config = tmp_path / "screen.json"
    geometry = {"name": "test", "x": 0, "y": 0, "width": width, "height": height}
    dpi = {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [geometry | dpi]}), encoding="utf-8")
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "ARCHIVE_VIEWER_TEST_SCREEN": f"{width}x{height}@{scale}",
    }
    result = subprocess.run(
        [sys.executable, "-m", "pytest", f"{__file__}::test_the_walk_fits", "-q",
         "--tb=short", "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "run")],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )  # fmt: skip
    # The child's report, without the offscreen platform's noise.
    report = [
        line
        for line in result.stdout.splitlines()
        if line.startswith(("E ", "FAILED")) and "QtWarningMsg" not in line and line != "E"
    ]
    assert result.returncode == 0, "\n".join(report) or result.stdout[-3000:]
    assert "2 passed" in result.stdout
