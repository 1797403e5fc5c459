"""Sizing the merge dialogs to their wrapped text, on small screens too.

Qt gives a new window at most two thirds of the screen and sizes wrapped labels for a
guessed width: on a 1024×600 screen the counts of a merge were squeezed on top of each
other. A dialog is instead given a width, and the height its layout needs at that width,
as far as the screen allows. Its body (all but the buttons) scrolls, so that on a screen
too small for it (1024×600 at 150 %) the body scrolls instead of its labels being
squeezed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QVBoxLayout, QWidget

# Wide enough for most explanations of the counts to stay on one line.
DIALOG_WIDTH = 720
# Room left around a dialog for the window manager's frame and the taskbar.
SCREEN_MARGIN = 48
BODY = "dialogBody"


def scrolling_body(dialog: QDialog) -> tuple[QVBoxLayout, QVBoxLayout]:
    """The dialog's own layout, and the layout of its scrolling body inside it."""
    outer = QVBoxLayout(dialog)
    area = QScrollArea(dialog)
    area.setObjectName(BODY)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    body = QWidget(area)
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    area.setWidget(body)
    outer.addWidget(area, 1)
    return outer, inner


def fit_to_screen(dialog: QDialog, width: int) -> None:
    """Resize ``dialog`` to ``width`` and the height its text needs, within the screen."""
    layout = dialog.layout()
    if layout is None:
        return
    available = dialog.screen().availableGeometry()
    width = max(min(width, available.width() - SCREEN_MARGIN), dialog.minimumWidth())
    layout.activate()
    dialog.resize(width, min(_needed_height(dialog, width), available.height() - SCREEN_MARGIN))


def _needed_height(dialog: QDialog, width: int) -> int:
    layout = dialog.layout()
    assert layout is not None
    area = dialog.findChild(QScrollArea, BODY)
    body = area.widget() if area is not None else None
    if area is None or body is None or body.layout() is None:
        if layout.hasHeightForWidth():
            return layout.totalHeightForWidth(width)
        return layout.totalSizeHint().height()
    margins = layout.contentsMargins()
    inner = body.layout()
    assert inner is not None
    inner.activate()
    inner_width = width - margins.left() - margins.right()
    if inner.hasHeightForWidth():
        content = inner.totalHeightForWidth(inner_width)
    else:
        content = inner.totalSizeHint().height()
    rest = 0
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is not None and item.widget() is not area:
            rest += item.sizeHint().height() + layout.spacing()
    return margins.top() + content + rest + margins.bottom()
