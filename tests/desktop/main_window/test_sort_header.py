"""The list header's arrow, as drawn: down for a descending order, up for an ascending one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.main_window.sort_header import SortHeader

ARROW_WIDTH = 24  # the part of a section at its right end where styles draw the arrow


def _arrow_rows(header: SortHeader, section: int) -> list[int]:
    """How many dark pixels each line of the arrow has, top to bottom (empty lines cut)."""
    image = header.grab().toImage()
    right = header.sectionViewportPosition(section) + header.sectionSize(section)
    text = QColor(header.palette().buttonText().color()).lightness()
    background = QColor(header.palette().button().color()).lightness()
    threshold = (text + background) // 2
    rows = [
        sum(
            1
            for x in range(right - ARROW_WIDTH, right - 2)
            if QColor(image.pixel(x, y)).lightness() < threshold
        )
        for y in range(image.height())
    ]
    while rows and rows[0] == 0:
        rows.pop(0)
    while rows and rows[-1] == 0:
        rows.pop()
    return rows


@pytest.mark.parametrize(
    ("order", "points_down"),
    [(Qt.SortOrder.DescendingOrder, True), (Qt.SortOrder.AscendingOrder, False)],
)
def test_the_arrow_points_the_way_of_the_order(
    qtbot: QtBot, order: Qt.SortOrder, points_down: bool
) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setHorizontalHeader(SortHeader(view))
    model = QStandardItemModel(3, 2, view)
    model.setHorizontalHeaderLabels(["", ""])  # no text where the arrow is looked for
    view.setModel(model)
    view.setSortingEnabled(True)
    header = view.horizontalHeader()
    assert isinstance(header, SortHeader)
    header.resizeSection(0, 120)
    header.setSortIndicator(0, order)
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    rows = _arrow_rows(header, 0)
    assert len(rows) >= 2, rows
    # A down-pointing triangle is widest at its top.
    assert (rows[0] > rows[-1]) is points_down, rows
    assert header.sortIndicatorOrder() == order  # Qt's meaning of the order is kept
