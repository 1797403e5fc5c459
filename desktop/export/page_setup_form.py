"""The page setup part of the export dialog: paper, margins, body font size, defaults."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.export.page_setup import FONT_SIZE_RANGE, MAX_MARGIN_MM, PAGE_SIZES, PageSetup


class PageSetupForm(QGroupBox):
    """A "Page" group that edits a ``PageSetup``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageSetupForm")
        self.setTitle(self.tr("Page"))
        self.page_size_combo = QComboBox()
        self.page_size_combo.addItems(list(PAGE_SIZES))
        self.margin_spins: dict[str, QDoubleSpinBox] = {}
        self._margins = QGridLayout()
        for index, (name, label) in enumerate(
            (
                ("margin_top_mm", self.tr("Top")),
                ("margin_bottom_mm", self.tr("Bottom")),
                ("margin_left_mm", self.tr("Left")),
                ("margin_right_mm", self.tr("Right")),
            )
        ):
            spin = QDoubleSpinBox()
            spin.setRange(0.0, MAX_MARGIN_MM)
            spin.setDecimals(1)
            spin.setSuffix(" mm")
            self.margin_spins[name] = spin
            self._margins.addWidget(QLabel(label), index // 2, (index % 2) * 2)
            self._margins.addWidget(spin, index // 2, (index % 2) * 2 + 1)
        self.font_size_spin = QDoubleSpinBox()
        self.font_size_spin.setRange(*FONT_SIZE_RANGE)
        self.font_size_spin.setDecimals(1)
        self.font_size_spin.setSingleStep(0.5)
        self.font_size_spin.setSuffix(" pt")
        self.defaults_button = QPushButton(self.tr("Restore defaults"))
        self.defaults_button.clicked.connect(lambda: self.set_page_setup(PageSetup()))
        form = QFormLayout(self)
        form.addRow(self.tr("Page size:"), self.page_size_combo)
        form.addRow(self.tr("Margins:"), _holder(self._margins))
        row = QHBoxLayout()
        row.addWidget(self.font_size_spin)
        row.addStretch(1)
        row.addWidget(self.defaults_button)
        form.addRow(self.tr("Body font size:"), _holder(row))

    def page_setup(self) -> PageSetup:
        """The page setup the widgets show."""
        margins = {name: spin.value() for name, spin in self.margin_spins.items()}
        return PageSetup(
            page_size=self.page_size_combo.currentText(),
            margin_top_mm=margins["margin_top_mm"],
            margin_bottom_mm=margins["margin_bottom_mm"],
            margin_left_mm=margins["margin_left_mm"],
            margin_right_mm=margins["margin_right_mm"],
            font_size_pt=self.font_size_spin.value(),
        )

    def set_page_setup(self, setup: PageSetup) -> None:
        """Show ``setup`` in the widgets."""
        self.page_size_combo.setCurrentText(setup.page_size)
        for name, spin in self.margin_spins.items():
            spin.setValue(getattr(setup, name))
        self.font_size_spin.setValue(setup.font_size_pt)


def _holder(layout: QGridLayout | QHBoxLayout) -> QWidget:
    layout.setContentsMargins(0, 0, 0, 0)
    holder = QWidget()
    holder.setLayout(layout)
    return holder
