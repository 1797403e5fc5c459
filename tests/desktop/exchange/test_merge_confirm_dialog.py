"""The confirmation before a merge: what it would do, laid out to fit a small screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from db.exchange import MergeReport
from db.exchange.merge import MergeConflict
from desktop.exchange.bundle_jobs import BundleInfo, MergePreview
from desktop.exchange.merge_confirm_dialog import MergeConfirmDialog
from desktop.exchange.merge_report_dialog import MergeReportDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LONG_TITLE = (
    "Báo cáo kết quả công tác tuần tra, kiểm soát bảo vệ chủ quyền lãnh thổ, an ninh biên "
    "giới quốc gia tháng Sáu"
)


def report(path: Path) -> MergeReport:
    conflicts = [
        MergeConflict(n, f"uid-{n}", f"{LONG_TITLE} ({n})", "other", LONG_TITLE)
        for n in range(12)
    ]
    return MergeReport(
        source=path,
        bundle=True,
        added=2400,
        updated=16,
        unchanged=61,
        trashed=1,
        versions_added=2404,
        conflicts=conflicts,
        backup=path.with_name("tram-20240630-101500.sqlite3"),
    )


def assert_nothing_squeezed(qtbot: QtBot, dialog: MergeConfirmDialog | MergeReportDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()
    assert dialog.width() <= screen.width()
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.text():
            # A wrapped label given less height than its text needs is drawn cut off.
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_the_confirmation_shows_the_counts_and_fits_the_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    source = tmp_path / "bo-chi-huy.avbundle"
    preview = MergePreview(
        source=source,
        report=report(source),
        articles=2478,
        bundle=BundleInfo(created="2024-06-30T10:15:00+07:00", origin="bo-chi-huy", articles=2478),
        will_back_up=True,
    )
    # A deep backup folder: its line wraps, as on a real share.
    folder = tmp_path.joinpath(*(["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"] * 6), "sao-luu")
    dialog = MergeConfirmDialog(preview, tmp_path / "tram.sqlite3", folder)
    assert dialog.counts.count_text("added") == "2,400"
    assert dialog.counts.count_text("conflicts") == "12"
    assert "2,478 articles" in dialog.about.text() and "bo-chi-huy" in dialog.about.text()
    assert str(folder) in dialog.notes.text()
    assert dialog.merge_button is not None and dialog.merge_button.isDefault()
    assert_nothing_squeezed(qtbot, dialog)


def test_the_report_lists_every_conflict_and_fits_the_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    merged = report(tmp_path / "bo-chi-huy.avbundle")
    dialog = MergeReportDialog(merged, tmp_path / "tram.sqlite3")
    assert dialog.conflicts is not None and len(dialog.conflicts.titles()) == 12
    assert dialog.backup_label is not None
    assert "tram-20240630-101500.sqlite3" in dialog.backup_label.text()
    assert_nothing_squeezed(qtbot, dialog)
