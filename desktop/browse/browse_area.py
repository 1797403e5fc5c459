"""The browse panel and the timeline in the window: where they sit, what they are given
and what they say.

Owns the two widgets and the splitter beside the panel, their visibility (the View
menu's actions), the panel's width and order (written to the settings as they change,
so a new window finds them), and whether the list counts facets: only while the panel
or the timeline is shown, and not while a job changes the archive (an import reads the
list again after every step; counting each time as well takes a core of a two-core
machine from the window, which then stalls). They are counted when the job ends.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from db.facets import FacetOrder, Facets
from db.models import ArticleFilter
from desktop.browse.browse_panel import BrowsePanel
from desktop.browse.timeline_widget import TimelineWidget
from desktop.jobs import ArchiveAccess, Job, JobRunner
from desktop.main_window.actions import MainWindowActions
from desktop.main_window.article_list import ArticleList
from desktop.main_window.empty_state import EmptyState
from desktop.main_window.filter_bar import FilterBar

DEFAULT_WIDTH = 240
SMALLEST_WIDTH = 120


class BrowseArea(QObject):
    """The panel (left of everything below the filter bar) and the timeline (above the
    list), connected to the list and the filter bar by ``attach``.

    Args:
        settings: where visibility, width and order are kept.
        actions: the window's actions (``show_browse_panel``, ``show_timeline``).
        window: the parent of the widgets.
    """

    def __init__(self, settings: QSettings, actions: MainWindowActions, window: QWidget) -> None:
        super().__init__(window)
        self._settings = settings
        self._panel_action = actions.show_browse_panel
        self._timeline_action = actions.show_timeline
        self.panel = BrowsePanel(window)
        self.timeline = TimelineWidget(window)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, window)
        self.splitter.setObjectName("browseSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.panel)
        self._width = DEFAULT_WIDTH
        self._list: ArticleList | None = None
        self._paused = False

    # --- placing the widgets -----------------------------------------------------------

    def above_list(self, list_widget: QWidget) -> QWidget:
        """The list with the timeline above it (put this where the list would go)."""
        column = QWidget(self.splitter)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.timeline)
        layout.addWidget(list_widget, 1)
        return column

    def beside(self, rest: QWidget) -> QSplitter:
        """The panel's splitter with ``rest`` (list and reading pane) on its right."""
        self.splitter.addWidget(rest)
        self.splitter.setStretchFactor(1, 1)
        return self.splitter

    def attach(
        self, article_list: ArticleList, filter_bar: FilterBar, empty: EmptyState, jobs: JobRunner
    ) -> None:
        """Connect to the list, the filter bar and the jobs, and show what the settings say."""
        self._list = article_list
        jobs.job_started.connect(self._job_started)
        jobs.idle.connect(self._jobs_ended)
        self.panel.choices_changed.connect(article_list.set_choices)
        self.panel.choices_changed.connect(lambda chosen: self.timeline.set_periods(chosen.periods))
        self.panel.order_changed.connect(
            lambda order: self._settings.setValue("browse/order", FacetOrder(order).value)
        )
        article_list.facets_ready.connect(self._show_facets)
        self.timeline.range_chosen.connect(filter_bar.set_date_range)
        filter_bar.filter_changed.connect(self._filter_changed)
        # "Clear filters" (and the empty list's button) unchecks the panel too.
        filter_bar.clear_button.clicked.connect(self.panel.clear)
        empty.clear_requested.connect(self.panel.clear)
        self.splitter.splitterMoved.connect(lambda *_: self._remember_width())
        self._restore()
        self._panel_action.toggled.connect(self._show_panel)
        self._timeline_action.toggled.connect(self._show_timeline)

    # --- shown or hidden -----------------------------------------------------------

    def _restore(self) -> None:
        try:
            self._width = max(SMALLEST_WIDTH, int(str(self._settings.value("browse/width"))))
        except ValueError:
            # The first time: a fifth of a small screen (1024 pixels wide), at most 240.
            screen = self.panel.screen() or QGuiApplication.primaryScreen()
            fifth = screen.availableGeometry().width() // 5 if screen else DEFAULT_WIDTH
            self._width = max(SMALLEST_WIDTH, min(DEFAULT_WIDTH, fifth))
        try:
            order = FacetOrder(str(self._settings.value("browse/order", FacetOrder.NAME.value)))
        except ValueError:
            order = FacetOrder.NAME
        self.panel.set_order(order)
        self._panel_action.setChecked(_truthy(self._settings.value("browse/panel", True)))
        self._timeline_action.setChecked(_truthy(self._settings.value("browse/timeline", True)))
        self._show_panel(self._panel_action.isChecked())
        self._show_timeline(self._timeline_action.isChecked())

    def _show_panel(self, shown: bool) -> None:
        self._settings.setValue("browse/panel", shown)
        self.panel.setVisible(shown)
        if shown:
            total = sum(self.splitter.sizes()) or self.splitter.width()
            self.splitter.setSizes([self._width, max(total - self._width, 1)])
        else:
            # A hidden panel's choices would narrow the list unseen.
            self.panel.clear()
        self._update_counting()

    def _show_timeline(self, shown: bool) -> None:
        self._settings.setValue("browse/timeline", shown)
        self.timeline.setVisible(shown)
        self._update_counting()

    def _remember_width(self) -> None:
        if self.panel.isVisible() and self.panel.width() > 0:
            self._width = max(SMALLEST_WIDTH, self.panel.width())
            self._settings.setValue("browse/width", self._width)

    def _update_counting(self) -> None:
        if self._list is not None:
            shown = self._panel_action.isChecked() or self._timeline_action.isChecked()
            self._list.set_counting(shown and not self._paused)

    def _job_started(self, job: Job) -> None:
        if job.access in (ArchiveAccess.WRITE, ArchiveAccess.CREATE) and not self._paused:
            self._paused = True
            self._update_counting()

    def _jobs_ended(self) -> None:
        if self._paused:
            self._paused = False
            self._update_counting()  # counts again at once

    # --- what the list says ----------------------------------------------------------

    def _show_facets(self, facets: Facets) -> None:
        self.panel.set_facets(facets)
        self.timeline.set_months(facets.timeline)

    def _filter_changed(self, where: ArticleFilter) -> None:
        self.timeline.set_range(where.date_from, where.date_to)


def _truthy(value: object) -> bool:
    return value is True or str(value).lower() in ("true", "1", "yes")
