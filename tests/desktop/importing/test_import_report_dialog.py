"""The report dialog: notes apart from failures, every reason in the UI's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.importer import ImportReport, import_paths
from desktop import i18n
from desktop.importing.import_log import format_report
from desktop.importing.import_report_dialog import ImportReportDialog
from desktop.importing.reason_text import translate_reason

GOOD = " date 2023-12 Tin tốt\n\nĐảng ủy Bộ đội Biên phòng tỉnh Thanh Hóa.\n"


@pytest.fixture
def report(tmp_path: Path, archive: Archive) -> ImportReport:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "date.md").write_text(
        "---\ntitle: Bài\ndate: July 17, 2006\n---\nThân.\n", encoding="utf-8"
    )
    return import_paths(archive, [folder])


@pytest.fixture
def vietnamese(qapp: object) -> Iterator[None]:  # noqa: ARG001 - translators need the app
    i18n.install_language("vi")
    yield
    i18n.install_language("en")


def test_notes_are_listed_apart_from_failures(qtbot: QtBot, report: ImportReport) -> None:
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    failures = dialog.details.toPlainText()
    notes = dialog.notes.toPlainText()
    assert "empty.txt" in failures and "date.md" not in failures
    assert notes.startswith("note: ") and "July 17, 2006" in notes
    assert dialog.notes.isVisible() and dialog.notes_label.isVisible()
    assert "note: " in format_report(report)  # the log keeps them too


@pytest.mark.usefixtures("vietnamese")
def test_the_report_is_in_vietnamese(qtbot: QtBot, report: ImportReport) -> None:
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.summary_label.text().startswith("Đã nhập 2")
    failures = dialog.details.toPlainText()
    assert "lỗi: " in failures and "trống: tệp trống" in failures
    assert "ngày trong phần đầu tệp (July 17, 2006)" in dialog.notes.toPlainText()
    assert "the file is empty" not in failures


@pytest.mark.usefixtures("vietnamese")
def test_a_reason_outside_the_catalogue_still_shows_in_english() -> None:
    assert translate_reason("a reason nobody catalogued") == "a reason nobody catalogued"


def test_no_notes_no_notes_box(qtbot: QtBot, tmp_path: Path, archive: Archive) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    dialog = ImportReportDialog(import_paths(archive, [tmp_path]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.notes.isVisible()
