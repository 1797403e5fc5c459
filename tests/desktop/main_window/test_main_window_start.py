"""A cold start loads neither the readers (bs4, python-docx), nor the PDF export (pypdf),
nor the dialogs that only a command opens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = [
    "db.importer",
    "db.readers",
    "bs4",
    "docx",
    "pypdf",
    "desktop.export.exporter",
    "desktop.editing.edit_dialog",
    "desktop.editing.bulk_edit_dialog",
    "desktop.editing.history_dialog",
    "desktop.editing.trash_dialog",
    "desktop.editing.tidy_names_dialog",
    "desktop.exchange.merge_confirm_dialog",
    "desktop.exchange.merge_report_dialog",
]

PROBE = """
import json, sys
from PySide6.QtCore import QSettings
from desktop.app import setup_application
from desktop.main_window.main_window import MainWindow
app = setup_application(["probe"])
window = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.show()
window.open_archive(__import__("pathlib").Path(sys.argv[2]))
window.jobs.wait_until_idle()
app.processEvents()
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in sys.argv[3].split(","))))
window.close()  # stops the query thread, waits for the jobs, before Qt goes away
window.jobs.wait_until_idle()
"""


def test_window_start_does_not_import_the_heavy_modules(tmp_path: Path, archive_path: Path) -> None:
    tops = sorted({name.split(".")[0] for name in HEAVY} | {"desktop"})
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "s.ini"), str(archive_path), ",".join(tops)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    )
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert "desktop.main_window.main_window" in loaded
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))
