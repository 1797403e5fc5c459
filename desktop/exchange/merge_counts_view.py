"""What a merge changes, counted: added, updated, unchanged, linked, conflicts, Trash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from db.exchange import MergeReport
from desktop.main_window.article_count_label import format_count


class MergeCountsView(QWidget):
    """The counts of a merge report, one row each; rows of nothing are greyed.

    Args:
        report: the merge's (or the dry run's) report.
        parent: the dialog.
    """

    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeCounts")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(16)
        layout.setColumnStretch(2, 1)
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        for row, (key, count, label, explanation) in enumerate(self._lines(report)):
            number = QLabel(format_count(count), self)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setObjectName(f"count_{key}")
            name = QLabel(label, self)
            detail = QLabel(explanation, self)
            detail.setWordWrap(True)
            detail.setStyleSheet("color: palette(mid);")
            for widget in (number, name, detail):
                widget.setEnabled(count > 0)
            if key == "conflicts" and count:
                number.setStyleSheet("font-weight: bold;")
                name.setStyleSheet("font-weight: bold;")
            layout.addWidget(number, row, 0)
            layout.addWidget(name, row, 1)
            layout.addWidget(detail, row, 2)
            self.rows[key] = (number, name)

    def count_text(self, key: str) -> str:
        """The number shown for ``key`` ("added", "conflicts", …)."""
        return self.rows[key][0].text()

    def _lines(self, report: MergeReport) -> list[tuple[str, int, str, str]]:
        # Worded without a tense: the same rows say what a dry run would do and what was done.
        return [
            (
                "added",
                report.added,
                self.tr("new articles"),
                self.tr("not at this workstation yet"),
            ),
            (
                "updated",
                report.updated,
                self.tr("updated"),
                self.tr("the other side has a newer version; this one stays in the history"),
            ),
            (
                "unchanged",
                report.unchanged,
                self.tr("unchanged"),
                self.tr("the same at both workstations"),
            ),
            (
                "linked",
                report.linked,
                self.tr("linked as the same article"),
                self.tr("the same file imported at both workstations: kept once"),
            ),
            (
                "conflicts",
                len(report.conflicts),
                self.tr("conflicts"),
                # Each is counted among the updated too (both versions are in the history).
                self.tr(
                    "among the updated: both sides changed it; the later version is current, "
                    "the other one is in its history"
                ),
            ),
            (
                "trashed",
                report.trashed,
                self.tr("moved to the Trash"),
                self.tr("deleted at the other workstation; they can be restored"),
            ),
            (
                "restored",
                report.restored,
                self.tr("restored from the Trash"),
                self.tr("restored at the other workstation"),
            ),
            (
                "versions",
                report.versions_added,
                self.tr("versions added to the histories"),
                self.tr("every version either side has is kept"),
            ),
        ]
