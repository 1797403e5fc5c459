"""Where an export goes: a file for a report, a folder for one file per article."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.export.destination_field import DestinationField


def test_switching_keeps_the_folder_and_the_name(qtbot: QtBot, tmp_path: Path) -> None:
    field = DestinationField(tmp_path)
    qtbot.addWidget(field)
    assert field.text() == str(tmp_path / "report.pdf")
    field.edit.setText(str(tmp_path / "out" / "quý I.pdf"))
    field.set_separate(True)
    assert field.text() == str(tmp_path / "out")
    field.set_separate(False)
    assert field.text() == str(tmp_path / "out" / "report.pdf")
