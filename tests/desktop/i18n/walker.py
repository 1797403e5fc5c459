"""Opening windows, dialogs and menus offscreen, reading what they show, and closing them.

``Walker`` drives the program through its own entry points (menu actions, the commands'
questions) and records what each window, dialog, menu and context menu shows. A modal
dialog (``exec``, ``QMessageBox.question``, Qt's file and print dialogs) is found by a
poll running inside its event loop, read, explored (its buttons that open more dialogs
are pressed) and closed; a dialog opened with ``open()`` or ``show()`` is read where it
is returned. Every window read is also handed to the ``checks`` (the labels' fit).
``program_tour.walk_program`` is the whole tour of the program.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QPoint, QTimer, QTranslator
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QMenu,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.desktop.i18n.visible_texts import Seen, menu_texts, plain, widget_texts

POLL_MS = 30


class Recorder(QTranslator):
    """Installed last (asked first), it answers nothing and notes every text asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(  # noqa: D102 - QTranslator's
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        del n
        self.asked.add((context, source, disambiguation or ""))
        return None  # no translation: the next catalogue is asked

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


def title_of(widget: QWidget) -> str:
    """How the walk names a window: its title, else its object or class name."""
    return widget.windowTitle() or widget.objectName() or type(widget).__name__


def _seen_before(widget: QWidget) -> bool:
    # A mark on the widget itself: Python's ids of deleted wrappers are reused.
    return bool(widget.property("walked"))


def close_widget(widget: QWidget) -> None:
    """Close a dialog or a menu the way Escape does, bypassing the program's questions."""
    if isinstance(widget, QDialog):
        widget.done(QDialog.DialogCode.Rejected)
    else:
        widget.close()


class Walker:
    """Opens things, records their texts, and closes them.

    Attributes:
        seen: every text read, with where it was.
        opened: the name of every window, dialog and menu read, in order.
        explorers: for a dialog's object name or class name, what to do in it before it
            is closed (press the buttons that open further dialogs).
        checks: called with every window or dialog read (not menus) and its name.
    """

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.seen: list[Seen] = []
        self.opened: list[str] = []
        self.explorers: dict[str, Callable[[QWidget], None]] = {}
        self.checks: list[Callable[[QWidget, str], None]] = []
        self._where: list[str] = []
        self._polls = 0

    # --- recording ---------------------------------------------------------------------

    def record(self, widget: QWidget, where: str) -> None:
        """Read every text ``widget`` shows (a window, a dialog or a menu)."""
        widget.setProperty("walked", True)
        self.opened.append(where)
        if isinstance(widget, QMenu):
            self.seen += menu_texts(widget, where)
            return
        self.seen += widget_texts(widget, where)
        for check in self.checks:
            check(widget, where)

    def record_menu(self, menu: QMenu, where: str) -> None:
        """A menu that was made but not shown (``createStandardContextMenu``)."""
        self.record(menu, where)
        menu.deleteLater()

    def _explorer(self, widget: QWidget) -> Callable[[QWidget], None] | None:
        return self.explorers.get(widget.objectName()) or self.explorers.get(type(widget).__name__)

    # --- modal dialogs and popups --------------------------------------------------------

    @contextmanager
    def expecting(self, where: str, count: int = 1) -> Iterator[None]:
        """Within: modal dialogs and popup menus that open are read, explored and closed.

        Asserts that at least ``count`` of them opened.
        """
        before = len(self.opened)
        self._where.append(where)
        self._polls += 1
        if self._polls == 1:
            QTimer.singleShot(POLL_MS, self._poll)
        try:
            yield
        finally:
            self._polls -= 1
            self._where.pop()
        opened = len(self.opened) - before
        assert opened >= count, f"{where}: {opened} of {count} dialogs or menus opened"

    def _poll(self) -> None:
        if self._polls == 0:
            return
        # Scheduled first: exploring may open a nested modal loop, which this poll finds.
        QTimer.singleShot(POLL_MS, self._poll)
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is None or _seen_before(widget) or not widget.isVisible():
            return
        where = f"{self._where[-1]} › {title_of(widget)}"
        self.record(widget, where)
        explore = self._explorer(widget)
        self._where.append(where)
        try:
            if explore is not None:
                explore(widget)
        finally:
            # Closed even when exploring failed: a dialog left open would hang the test.
            self._where.pop()
            if widget.isVisible():
                close_widget(widget)

    def modal(self, where: str, trigger: Callable[[], object], count: int = 1) -> None:
        """Run ``trigger``, which opens modal dialogs (or popups) one after the other."""
        with self.expecting(where, count):
            trigger()

    def window(self, where: str, widget: QWidget | None) -> QWidget:
        """A dialog opened with ``open()`` or ``show()``: read it, explore it, close it."""
        assert widget is not None, f"{where}: nothing opened"
        self.qtbot.waitUntil(widget.isVisible, timeout=5000)
        self.record(widget, where)
        explore = self._explorer(widget)
        try:
            if explore is not None:
                with self.expecting(where, count=0):
                    explore(widget)
        finally:
            if widget.isVisible():
                close_widget(widget)
        return widget

    def context_menu(self, where: str, widget: QWidget) -> None:
        """The context menu ``widget`` pops up on a right click."""
        viewport = getattr(widget, "viewport", None)
        target = viewport() if callable(viewport) else widget
        position = QPoint(5, 5)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, position, target.mapToGlobal(position)
        )
        self.popup(where, lambda: QApplication.sendEvent(target, event))

    def popup(self, where: str, trigger: Callable[[], object]) -> None:
        """Run ``trigger``, which opens a menu with ``exec`` (the poll) or ``popup``."""
        with self.expecting(where):
            trigger()
            # Some menus are popped up without a loop of their own (the scroll bar's,
            # the file dialog's).
            popup = QApplication.activePopupWidget()
            if popup is not None and not _seen_before(popup):
                self.record(popup, f"{where} › {title_of(popup)}")
                close_widget(popup)


# --- inside Qt's own dialogs --------------------------------------------------------------


def click(dialog: QWidget, text: str) -> None:
    """Press the visible button of ``dialog`` whose text (mnemonics removed) is ``text``."""
    wanted = plain(text)
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible() and plain(button.text()) == wanted:
            button.click()
            return
    raise AssertionError(f"no button {wanted!r} in {title_of(dialog)}")


def explore_file_dialog(walker: Walker) -> Callable[[QWidget], None]:
    """Qt's file dialog: the detail view (column headers) and the views' context menus."""

    def explore(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        for button in dialog.findChildren(QToolButton):
            if button.objectName() == "detailModeButton":
                button.click()
        walker.record(dialog, f"{title_of(dialog)} (detail view)")
        for name in ("treeView", "listView", "sidebar"):
            view = dialog.findChild(QAbstractItemView, name)
            if view is None or not view.isVisible():
                continue
            model = view.model()
            if model is not None and model.rowCount(view.rootIndex()) > 0:
                view.setCurrentIndex(model.index(0, 0, view.rootIndex()))
            walker.popup(
                f"{title_of(dialog)} › {name} menu",
                lambda view=view: view.customContextMenuRequested.emit(QPoint(5, 5)),
            )

    return explore


def explore_print_preview(walker: Walker) -> Callable[[QWidget], None]:
    """Qt's print preview: its toolbar's tooltips, and its page setup dialog."""

    def explore(dialog: QWidget) -> None:
        page_setup = plain(QCoreApplication.translate("QPrintPreviewDialog", "Page setup"))
        found = None
        # The toolbar's actions, those folded into its overflow menu included.
        for toolbar in dialog.findChildren(QToolBar):
            for action in toolbar.actions():
                if action.isSeparator() or not action.text():
                    continue
                where = f"{title_of(dialog)} › toolbar (tooltip)"
                walker.seen.append(Seen(where, plain(action.toolTip())))
                if plain(action.text()) == page_setup:
                    found = action
        assert found is not None, "the preview has no page setup button"
        walker.modal(f"{title_of(dialog)} › page setup", found.trigger)

    return explore


def explore_print_dialog(walker: Walker) -> Callable[[QWidget], None]:
    """Qt's print dialog: "Options >>" shows the tabs of the output settings."""

    def explore(dialog: QWidget) -> None:
        for button in dialog.findChildren(QAbstractButton):
            if button.isVisible() and ">>" in button.text():
                button.click()
                walker.record(dialog, f"{title_of(dialog)} (options)")
                return

    return explore
