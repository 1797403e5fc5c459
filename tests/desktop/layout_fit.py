"""Whether what a window shows fits it: labels tall and wide enough, windows on the screen.

``Fit`` is a ``Walker`` check (see ``tests.desktop.i18n.walker``): for every window or
dialog read it notes each visible label whose text needs more room than it has (a
wrapped label shorter than its height for its width, a single line narrower or lower
than its text) and each window that cannot fit a screen of the given size (its minimum
size is larger, or it is open larger than the screen).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.desktop.i18n.visible_texts import plain

# A pixel of rounding either way (fractional scale factors) is no clipping.
SLACK = 1


def label_problem(label: QLabel) -> str | None:
    """What is cut off of ``label``'s text, or None when it has the room it needs."""
    if not label.text().strip() or not label.pixmap().isNull():
        return None
    width, height = label.width(), label.height()
    if label.wordWrap():
        needed = label.heightForWidth(width)
        if needed > height + SLACK:
            return f"wrapped text needs {needed} px of height, has {height}"
        return None
    hint = label.minimumSizeHint()
    if hint.height() > height + SLACK:
        return f"needs {hint.height()} px of height, has {height}"
    if hint.width() > width + SLACK:
        return f"needs {hint.width()} px of width, has {width}"
    return None


@dataclass
class Fit:
    """Collects what does not fit, in every window handed to it.

    Attributes:
        screen: the screen's size in the UI's (logical) pixels.
        problems: one line per label cut off or window too large.
    """

    screen: QSize
    problems: list[str] = field(default_factory=list)

    def __call__(self, window: QWidget, where: str) -> None:
        """Check ``window`` (a top-level widget) and every label it shows."""
        # Layouts settle on posted events: a label given a longer text a moment ago is
        # measured at the width its layout gives it, not at its old one.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
        if window.isWindow() and (
            minimum.width() > self.screen.width() or minimum.height() > self.screen.height()
        ):
            self.problems.append(
                f"{where}: needs at least {minimum.width()}×{minimum.height()}, "
                f"the screen is {self.screen.width()}×{self.screen.height()}"
            )
        if window.isWindow() and (
            window.width() > self.screen.width() or window.height() > self.screen.height()
        ):
            self.problems.append(
                f"{where}: opens at {window.width()}×{window.height()}, "
                f"the screen is {self.screen.width()}×{self.screen.height()}"
            )
        for label in window.findChildren(QLabel):
            if label.window() is not window or not label.isVisibleTo(window):
                continue
            problem = label_problem(label)
            if problem is not None:
                name = label.objectName() or type(label.parentWidget()).__name__
                text = plain(label.text()).replace("\n", " ")[:60]
                self.problems.append(f"{where} › {name} {text!r}: {problem}")
