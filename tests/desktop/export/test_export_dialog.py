"""The export dialog: choices, remembered page setup, export and print on one layout."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleFilter
from desktop.export.export_dialog import PRINT_SUPPORT, ExportDialog
from desktop.export.export_types import ExistingFiles, ExportResult
from desktop.export.page_setup import PageSetup
from desktop.jobs import JobRunner
from tests.desktop.export.conftest import SENTENCE, page_texts


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


MakeDialog = Callable[..., ExportDialog]


@pytest.fixture
def make_dialog(
    qtbot: QtBot, archive: Archive, runner: JobRunner, settings: QSettings
) -> MakeDialog:
    def make(ids: list[int], where: ArticleFilter | None = None) -> ExportDialog:
        dialog = ExportDialog(archive, ids, where, None, runner=runner, settings=settings)
        qtbot.addWidget(dialog)
        return dialog

    return make


def test_choices_and_defaults(
    article_ids: list[int], make_dialog: MakeDialog
) -> None:
    where = ArticleFilter(author="Lê Văn Thành")
    dialog = make_dialog(article_ids[:1], where)
    assert dialog.selected_radio.isChecked()
    assert dialog.article_ids() == article_ids[:1]
    assert "2" in dialog.all_radio.text()
    dialog.all_radio.setChecked(True)
    assert sorted(dialog.article_ids()) == sorted(article_ids[1:3])
    assert dialog.page_setup() == PageSetup()
    assert dialog.destination_edit.text().endswith("report.pdf")
    dialog.separate_radio.setChecked(True)
    assert not dialog.destination_edit.text().endswith(".pdf")

    empty = make_dialog([])
    assert empty.all_radio.isChecked() and not empty.selected_radio.isEnabled()


def test_export_through_the_dialog_and_remember_the_page_setup(
    qtbot: QtBot, article_ids: list[int], make_dialog: MakeDialog, out_dir: Path
) -> None:
    dialog = make_dialog(article_ids)
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Bao cao")  # QtTest types ASCII only
    dialog.title_edit.setText("Báo cáo quý I")
    dialog.page_form.page_size_combo.setCurrentText("Letter")
    dialog.page_form.margin_spins["margin_left_mm"].setValue(35.0)
    dialog.page_form.font_size_spin.setValue(14.0)
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

    again = make_dialog(article_ids)
    assert again.page_setup() == PageSetup(
        page_size="Letter", margin_left_mm=35.0, font_size_pt=14.0
    )
    assert again.destination_edit.text().startswith(str(out_dir))


def test_missing_destination_is_said_in_the_dialog(
    article_ids: list[int], make_dialog: MakeDialog
) -> None:
    dialog = make_dialog(article_ids)
    dialog.destination_edit.clear()
    assert not dialog.start_export()
    assert "Choose where" in dialog.status_label.text()


def test_cancel_from_the_dialog_leaves_nothing(
    qtbot: QtBot, article_ids: list[int], make_dialog: MakeDialog, out_dir: Path
) -> None:
    dialog = make_dialog(article_ids * 30)
    dialog.destination_edit.setText(str(out_dir / "big.pdf"))
    with qtbot.waitSignal(dialog.progress_bar.valueChanged, timeout=60_000):
        assert dialog.start_export(ExistingFiles.FAIL)
    dialog.reject()  # Close while running: cancels first
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    assert "Cancelled" in dialog.status_label.text()
    assert list(out_dir.iterdir()) == []


@pytest.mark.skipif(not PRINT_SUPPORT, reason="QtPrintSupport is not installed")
def test_printing_uses_the_same_layout_as_the_pdf(
    qtbot: QtBot, article_ids: list[int], make_dialog: MakeDialog, out_dir: Path
) -> None:
    dialog = make_dialog(article_ids)
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


def test_all_matching_is_looked_up_by_the_job(
    qtbot: QtBot, article_ids: list[int], make_dialog: MakeDialog, out_dir: Path
) -> None:
    where = ArticleFilter(author="Lê Văn Thành")
    made = make_dialog([], where)
    dialog = ExportDialog(made.archive, [], where, None, runner=made.runner, matching_count=2)
    qtbot.addWidget(dialog)
    assert dialog.all_radio.isChecked() and "2" in dialog.all_radio.text()
    assert dialog.request().ids == []  # resolved off the UI thread, in the job
    dialog.destination_edit.setText(str(out_dir / "two.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as done:
        assert dialog.start_export()
    assert done.args is not None
    titles = " ".join(page_texts(out_dir / "two.pdf"))
    assert "Mùa xuân trên bản vùng cao" in titles and "Tuần tra đường biên" in titles
    assert "Giúp dân thu hoạch lúa" not in titles
    assert article_ids


def test_existing_files_are_asked_about_once_the_job_has_found_them(
    qtbot: QtBot,
    article_ids: list[int],
    make_dialog: MakeDialog,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make_dialog(article_ids[:2])
    dialog.separate_radio.setChecked(True)
    dialog.destination_edit.setText(str(out_dir))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.is_running())
    asked: list[int] = []
    monkeypatch.setattr(
        dialog, "ask_existing", lambda count: asked.append(count) or ExistingFiles.KEEP_BOTH
    )
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as again:
        dialog.start_export()
    assert asked == [2]
    assert again.args is not None and len(again.args[0].paths) == 2
    assert len(list(out_dir.iterdir())) == 4
