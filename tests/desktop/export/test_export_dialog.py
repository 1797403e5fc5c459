"""The export dialog: choices, remembered page setup, export and print on one layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleFilter
from desktop.export.export_dialog import PRINT_SUPPORT, ExportDialog
from desktop.export.exporter import ExistingFiles, ExportResult
from desktop.export.page_setup import PageSetup
from tests.desktop.export.conftest import SENTENCE, page_texts


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_dialog(
    qtbot: QtBot,
    archive: Archive,
    ids: list[int],
    settings: QSettings,
    where: ArticleFilter | None = None,
) -> ExportDialog:
    dialog = ExportDialog(archive, ids, where, None, settings=settings)
    qtbot.addWidget(dialog)
    return dialog


def test_choices_and_defaults(
    qtbot: QtBot, archive: Archive, article_ids: list[int], settings: QSettings
) -> None:
    where = ArticleFilter(author="Lê Văn Thành")
    dialog = make_dialog(qtbot, archive, article_ids[:1], settings, where)
    assert dialog.selected_radio.isChecked()
    assert dialog.article_ids() == article_ids[:1]
    assert "2" in dialog.all_radio.text()
    dialog.all_radio.setChecked(True)
    assert sorted(dialog.article_ids()) == sorted(article_ids[1:3])
    assert dialog.page_setup() == PageSetup()
    assert dialog.destination_edit.text().endswith("report.pdf")
    dialog.separate_radio.setChecked(True)
    assert not dialog.destination_edit.text().endswith(".pdf")

    empty = make_dialog(qtbot, archive, [], settings)
    assert empty.all_radio.isChecked() and not empty.selected_radio.isEnabled()


def test_export_through_the_dialog_and_remember_the_page_setup(
    qtbot: QtBot, archive: Archive, article_ids: list[int], settings: QSettings, out_dir: Path
) -> None:
    dialog = make_dialog(qtbot, archive, article_ids, settings)
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Bao cao")  # QtTest types ASCII only
    dialog.title_edit.setText("Báo cáo quý I")
    dialog.page_size_combo.setCurrentText("Letter")
    dialog.margin_spins["margin_left_mm"].setValue(35.0)
    dialog.font_size_spin.setValue(14.0)
    target = out_dir / "quý I.pdf"
    dialog.destination_edit.setText(str(target))

    with qtbot.waitSignal(dialog.exported, timeout=60_000) as blocker:
        assert dialog.start_export()
    result = blocker.args[0]
    assert isinstance(result, ExportResult)
    qtbot.waitUntil(lambda: not dialog.is_running())
    assert "Saved" in dialog.status_label.text()

    texts = page_texts(target)
    assert len(texts) == result.pages
    assert "Báo cáo quý I" in texts[0]
    assert SENTENCE in " ".join(texts)
    assert round(float(PdfReader(target).pages[0].mediabox.width)) == 612

    again = make_dialog(qtbot, archive, article_ids, settings)
    assert again.page_setup() == PageSetup(
        page_size="Letter", margin_left_mm=35.0, font_size_pt=14.0
    )
    assert again.destination_edit.text().startswith(str(out_dir))


def test_missing_destination_is_said_in_the_dialog(
    qtbot: QtBot, archive: Archive, article_ids: list[int], settings: QSettings
) -> None:
    dialog = make_dialog(qtbot, archive, article_ids, settings)
    dialog.destination_edit.clear()
    assert not dialog.start_export()
    assert "Choose where" in dialog.status_label.text()


def test_cancel_from_the_dialog_leaves_nothing(
    qtbot: QtBot, archive: Archive, article_ids: list[int], settings: QSettings, out_dir: Path
) -> None:
    dialog = make_dialog(qtbot, archive, article_ids * 30, settings)
    dialog.destination_edit.setText(str(out_dir / "big.pdf"))
    with qtbot.waitSignal(dialog.progress_bar.valueChanged, timeout=60_000):
        assert dialog.start_export(ExistingFiles.FAIL)
    dialog.reject()  # Close while running: cancels first
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    assert "Cancelled" in dialog.status_label.text()
    assert list(out_dir.iterdir()) == []


@pytest.mark.skipif(not PRINT_SUPPORT, reason="QtPrintSupport is not installed")
def test_printing_uses_the_same_layout_as_the_pdf(
    qtbot: QtBot, archive: Archive, article_ids: list[int], settings: QSettings, out_dir: Path
) -> None:
    dialog = make_dialog(qtbot, archive, article_ids, settings)
    target = out_dir / "report.pdf"
    dialog.destination_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.is_running())

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = out_dir / "printed.pdf"
    printer.setOutputFileName(str(printed))
    dialog.paint_on_printer(printer)
    assert page_texts(printed) == page_texts(target)
