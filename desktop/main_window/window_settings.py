"""What the window remembers between runs (QSettings) and the UI language."""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
)
from PySide6.QtGui import QGuiApplication

from db.models import SortOrder
from desktop import i18n
from desktop.main_window.actions import LANGUAGE_SYSTEM
from desktop.main_window.reading_pane import DEFAULT_ZOOM
from desktop.main_window.window_parts import WindowParts


class WindowSettingsMixin(WindowParts):
    """Settings kept between runs, and the UI language (part of MainWindow)."""

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self._fit_to_screen()
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([600, 500])
        header = s.value("list/header")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().blockSignals(True)
            self.table.horizontalHeader().restoreState(header)
            self.table.horizontalHeader().blockSignals(False)
        try:
            self._sort = SortOrder(str(s.value("list/sort", SortOrder.DATE.value)))
        except ValueError:
            self._sort = SortOrder.DATE
        if self._sort is SortOrder.RELEVANCE:
            self._sort = SortOrder.DATE
        descending = s.value("list/descending")
        self._descending = None if descending in (None, "") else _truthy(descending)
        try:
            zoom = float(str(s.value("view/zoom", DEFAULT_ZOOM)))
        except ValueError:
            zoom = DEFAULT_ZOOM
        self.pane.set_zoom(zoom)
        visible = _truthy(s.value("view/filterBar", True))
        self.menu_actions.show_filter_bar.setChecked(visible)
        self.filter_bar.setVisible(visible)
        self._check_language_action(str(s.value("view/language", LANGUAGE_SYSTEM)))

    def _fit_to_screen(self) -> None:
        """A first-run size that fits small screens (1024×600 netbooks) with room to spare."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = 1200, 760
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width())
            height = min(height, available.height())
        self.resize(width, height)

    def save_settings(self) -> None:
        """Write geometry, splitter, columns and view options to the settings."""
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("list/header", self.table.horizontalHeader().saveState())
        s.setValue("view/zoom", self.pane.zoom)
        s.setValue("view/filterBar", self.menu_actions.show_filter_bar.isChecked())
        s.sync()

    def set_language(self, choice: str) -> None:
        """Switch the UI language (``system``, ``vi`` or ``en``) and remember it."""
        self.settings.setValue("view/language", choice)
        i18n.install_language(i18n.resolve(choice))
        self._check_language_action(choice)

    def _check_language_action(self, choice: str) -> None:
        for action in self.menu_actions.language_group.actions():
            action.setChecked(
                action.data() == (choice if choice in i18n.LANGUAGES else LANGUAGE_SYSTEM)
            )


def _truthy(value: object) -> bool:
    return value is True or str(value).lower() in ("true", "1", "yes")
