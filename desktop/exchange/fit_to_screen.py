"""Sizing the merge dialogs to their wrapped text, on small screens too.

Qt gives a new window at most two thirds of the screen and sizes wrapped labels for a
guessed width: on a 1024×600 screen the counts of a merge were squeezed on top of each
other. A dialog is instead given a width, and the height its layout needs at that width,
as far as the screen allows (what scrolls, the conflict list, gives way first).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

# Wide enough for most explanations of the counts to stay on one line.
DIALOG_WIDTH = 720
# Room left around a dialog for the window manager's frame and the taskbar.
SCREEN_MARGIN = 48


def fit_to_screen(dialog: QDialog, width: int) -> None:
    """Resize ``dialog`` to ``width`` and the height its text needs, within the screen."""
    layout = dialog.layout()
    if layout is None:
        return
    available = dialog.screen().availableGeometry()
    width = max(min(width, available.width() - SCREEN_MARGIN), dialog.minimumWidth())
    layout.activate()
    if layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    else:
        height = layout.totalSizeHint().height()
    dialog.resize(width, min(height, available.height() - SCREEN_MARGIN))
