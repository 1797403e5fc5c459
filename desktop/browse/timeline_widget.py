"""The timeline: a small bar chart of articles per month; dragging across it chooses dates.

Painted here with QPainter (no plotting library). When the months do not fit at a few
pixels a bar, a bar stands for two, three, six or twelve months (or more), aligned on
the calendar. The bars chosen (the filter bar's date range) are highlighted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QStyle, QToolButton, QToolTip, QWidget

from db.facets import FacetEntry
from desktop import i18n
from desktop.browse.month_labels import count_text, month_and_year, short_month

# Months a bar may stand for, smallest first; each divides the next on the calendar.
BUCKETS = (1, 2, 3, 6, 12, 24, 60, 120, 600)
SMALLEST_BAR = 3
MARGIN = 4


def ordinal(value: str, *, last: bool = False) -> int:
    """A date's month as a number (``year * 12 + month - 1``); a year alone is its first
    month, or with ``last`` its last."""
    year = int(value[:4])
    if len(value) >= 7:
        return year * 12 + int(value[5:7]) - 1
    return year * 12 + (11 if last else 0)


def month_value(month: int) -> str:
    """``2023-05`` for the ordinal of May 2023."""
    return f"{month // 12:04d}-{month % 12 + 1:02d}"


class TimelineWidget(QWidget):
    """Articles per month of the current filter (without its dates), as bars.

    A click on a bar chooses its month (or the months it stands for); dragging across
    bars chooses from the first to the last; the clear button drops the dates.

    Signals:
        range_chosen(object, object): ``date_from`` and ``date_to`` (``YYYY-MM``), or
            (None, None) to drop the dates.
    """

    range_chosen = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._counts: dict[int, int] = {}
        self._first = self._last = 0
        self._chosen: tuple[int | None, int | None] = (None, None)
        self._periods: list[tuple[int, int]] = []
        self._bars: tuple[int, list[tuple[int, int, int]]] | None = None
        self._drag: tuple[int, int] | None = None
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("timelineClear")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
        )
        self.clear_button.clicked.connect(lambda: self.range_chosen.emit(None, None))
        self.clear_button.hide()
        self.retranslate()

    # --- what it shows -------------------------------------------------------------

    def set_months(self, entries: list[FacetEntry]) -> None:
        """The counts per month (``Facets.timeline``)."""
        self._counts = {ordinal(entry.value): entry.count for entry in entries}
        self._bars = None
        if self._counts:
            self._first, self._last = min(self._counts), max(self._counts)
        self.update()

    def set_range(self, date_from: str | None, date_to: str | None) -> None:
        """Highlight the months of the filter's date range."""
        self._chosen = (
            ordinal(date_from) if date_from else None,
            ordinal(date_to, last=True) if date_to else None,
        )
        self.clear_button.setVisible(date_from is not None or date_to is not None)
        self.update()

    def set_periods(self, periods: tuple[str, ...]) -> None:
        """Highlight only the months within these years or months (the panel's)."""
        self._periods = [(ordinal(p), ordinal(p, last=True)) for p in periods]
        self.update()

    def is_chosen(self, first: int, last: int) -> bool:
        """Whether a bar's months meet the date range and the periods chosen."""
        low, high = self._shown_range()
        if (low is not None and last < low) or (high is not None and first > high):
            return False
        if self._drag is not None or not self._periods:
            return True
        return any(last >= p_low and first <= p_high for p_low, p_high in self._periods)

    def buckets(self) -> list[tuple[int, int, int]]:
        """The bars: (first month, last month, articles), oldest first."""
        if not self._counts:
            return []
        size = self._bucket_size()
        if self._bars is not None and self._bars[0] == size:
            return self._bars[1]
        first, last = self._first // size, self._last // size
        bars = []
        for bucket in range(first, last + 1):
            low, high = bucket * size, bucket * size + size - 1
            count = sum(self._counts.get(month, 0) for month in range(low, high + 1))
            bars.append((low, high, count))
        # Painting asks for them once a bar: made again only for new counts or a new size.
        self._bars = (size, bars)
        return bars

    def bar_rect(self, bar: int) -> QRect:
        """Where a bar may be drawn (its full height), for clicks and tests."""
        area = self._chart_area()
        count = max(len(self.buckets()), 1)
        left = area.left() + area.width() * bar // count
        right = area.left() + area.width() * (bar + 1) // count
        return QRect(left, area.top(), max(right - left, 1), area.height())

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.clear_button.setToolTip(self.tr("Show every date again"))
        self.setToolTip("")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self._height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- painting ------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        bars = self.buckets()
        if not bars:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No dated articles to show")
            )
            return
        highest = max(count for _, _, count in bars) or 1
        chosen = palette.color(QPalette.ColorRole.Highlight)
        plain = QColor(chosen)
        if self._shown_range() != (None, None) or (self._periods and self._drag is None):
            plain = palette.color(QPalette.ColorRole.Mid)
        area = self._chart_area()
        for index, (first, last, count) in enumerate(bars):
            if not count:
                continue
            rect = self.bar_rect(index)
            height = max(1, round(area.height() * count / highest))
            width = rect.width() - 1 if rect.width() > 2 else rect.width()
            painter.fillRect(
                QRect(rect.left(), area.bottom() - height + 1, width, height),
                chosen if self.is_chosen(first, last) else plain,
            )
        self._paint_labels(painter, bars)

    def _paint_labels(self, painter: QPainter, bars: list[tuple[int, int, int]]) -> None:
        """Years under the bars of January (months too when there is room)."""
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        metrics = self.fontMetrics()
        top = self._chart_area().bottom() + 2
        language = i18n.current_language()
        months_too = len(bars) <= 24 and bars[0][0] == bars[0][1]
        drawn_to = -1
        for index, (first, _last, _count) in enumerate(bars):
            if months_too:
                text = short_month(first % 12 + 1, language)
                if first % 12 == 0 or index == 0:
                    text = f"{text} {first // 12}"
            elif first % 12 == 0 or index == 0:
                text = str(first // 12)
            else:
                continue
            left = self.bar_rect(index).left()
            advance = metrics.horizontalAdvance(text)
            if left <= drawn_to or left + advance > self.width() - MARGIN:
                continue
            painter.drawText(QPoint(left, top + metrics.ascent()), text)
            drawn_to = left + advance + metrics.averageCharWidth()

    def _height(self) -> int:
        return 3 * self.fontMetrics().height() + 2 * MARGIN

    def _chart_area(self) -> QRect:
        button = self.clear_button.sizeHint().width() if self.clear_button.isVisible() else 0
        label = self.fontMetrics().height() + 2
        return QRect(
            MARGIN,
            MARGIN,
            max(self.width() - 2 * MARGIN - button, 1),
            max(self.height() - 2 * MARGIN - label, 1),
        )

    def _bucket_size(self) -> int:
        width = self._chart_area().width()
        for size in BUCKETS:
            if (self._last // size - self._first // size + 1) * SMALLEST_BAR <= width:
                return size
        return BUCKETS[-1]

    def _shown_range(self) -> tuple[int | None, int | None]:
        if self._drag is not None:
            bars = self.buckets()
            start, end = sorted(self._drag)
            return bars[start][0], bars[end][1]
        return self._chosen

    def resizeEvent(self, event: QResizeEvent) -> None:
        hint = self.clear_button.sizeHint()
        self.clear_button.move(self.width() - hint.width() - MARGIN // 2, MARGIN // 2)
        super().resizeEvent(event)

    # --- the mouse ---------------------------------------------------------------------

    def bar_at(self, x: int) -> int | None:
        """The bar under ``x``, or None."""
        bars = self.buckets()
        area = self._chart_area()
        if not bars or not area.left() <= x <= area.right():
            return None
        return min(len(bars) - 1, (x - area.left()) * len(bars) // max(area.width(), 1))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(round(event.position().x()))
        if event.button() == Qt.MouseButton.LeftButton and bar is not None:
            self._drag = (bar, bar)
            self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            x = round(event.position().x())
            area = self._chart_area()
            bar = self.bar_at(min(max(x, area.left()), area.right()))
            if bar is not None and bar != self._drag[1]:
                self._drag = (self._drag[0], bar)
                self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            low, high = self._shown_range()
            self._drag = None
            assert low is not None and high is not None
            self.range_chosen.emit(month_value(low), month_value(high))
            self.update()
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos().x())
            if bar is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.bar_text(bar), self)
            return True
        return super().event(event)

    def bar_text(self, bar: int) -> str:
        """A bar's tooltip: its month (or months) and how many articles."""
        first, last, count = self.buckets()[bar]
        language = i18n.current_language()
        period = month_and_year(month_value(first), language)
        if last != first:
            period = f"{period} – {month_and_year(month_value(last), language)}"
        text = (
            self.tr("{period}: 1 article") if count == 1 else self.tr("{period}: {count} articles")
        )
        return text.format(period=period, count=count_text(count, language))
