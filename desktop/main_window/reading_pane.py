"""The reading pane: one article rendered to HTML in a QTextBrowser, never touching the net."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QUrl, Signal
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QImage
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from db.archive import Archive
from db.errors import ArchiveError
from db.models import Article
from db.query import parse_query
from desktop.fonts import READING_FONT_FAMILY
from desktop.main_window.open_original import OpenOriginalAction
from desktop.rendering.article_html import IMAGE_SCHEME, Labels, article_css, render_article_html

DEFAULT_ZOOM = 13.0
MIN_ZOOM = 8.0
MAX_ZOOM = 36.0
ZOOM_STEP = 1.0


class ReadingPane(QTextBrowser):
    """Shows one article; search words highlighted; zoom in points.

    Links are never followed by Qt: web links ask before the system browser opens them;
    resources other than ``image:`` pictures of the archive are refused.

    Signals:
        zoom_changed(float): the body font size in points changed.
    """

    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._link_clicked)
        self._archive: Archive | None = None
        self._article: Article | None = None
        self._query: str | None = None
        self._zoom = DEFAULT_ZOOM
        self._language = "en"
        self.setObjectName("readingPane")
        # Also for the window's menus: enabled while the shown article's file is kept.
        self.open_original_action = OpenOriginalAction(self)
        self._show_placeholder()

    # --- content ---------------------------------------------------------------------

    def set_archive(self, archive: Archive | None) -> None:
        """Resolve pictures from this archive."""
        self._archive = archive
        self.open_original_action.set_archive(archive)
        self.show_article(None)

    @property
    def article(self) -> Article | None:
        """The article shown, if any."""
        return self._article

    def show_article(self, article: Article | None, *, query: str | None = None) -> None:
        """Render ``article`` with the words of ``query`` highlighted (None: placeholder)."""
        if article is not None and article == self._article and query == self._query:
            # The list read again (an import commits every second) and kept this one:
            # rendering it again would cost the window tens of milliseconds each time.
            return
        self._article = article
        self._query = query
        self.open_original_action.set_article(article)
        self._render()

    def set_query(self, query: str | None) -> None:
        """Highlight other search words in the article shown."""
        if query != self._query:
            self._query = query
            self._render()

    def set_language(self, language: str) -> None:
        """Write labels and dates for the UI language."""
        self._language = language
        self._render()

    def _render(self) -> None:
        if self._article is None:
            self._show_placeholder()
            return
        scroll = self.verticalScrollBar().value()
        labels = Labels(
            date=self.tr("Date"),
            number=self.tr("Number"),
            author=self.tr("Author"),
            source=self.tr("Source"),
            tags=self.tr("Tags"),
            language=self._language,
        )
        query = parse_query(self._query, prefix_last=True) if self._query else None
        html = render_article_html(
            self._article,
            query=query,
            labels=labels,
            css=article_css(font_family=READING_FONT_FAMILY, font_size_pt=self._zoom),
        )
        same = self.property("articleId") == self._article.id
        self.setProperty("articleId", self._article.id)
        self.setHtml(html)
        if same:
            self.verticalScrollBar().setValue(scroll)

    def _show_placeholder(self) -> None:
        self.setProperty("articleId", None)
        text = QCoreApplication.translate("ReadingPane", "Select an article to read it.")
        self.setHtml(
            "<html><body><p style='color:#777777; margin-top:3em;' align='center'>"
            f"{text}</p></body></html>"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.open_original_action.retranslate()
            self._render()
        super().changeEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        menu.addSeparator()
        menu.addAction(self.open_original_action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # --- zoom -----------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """The body font size in points."""
        return self._zoom

    def set_zoom(self, points: float) -> None:
        """Set the body font size (clamped to a readable range)."""
        points = max(MIN_ZOOM, min(MAX_ZOOM, points))
        if points != self._zoom:
            self._zoom = points
            self._render()
            self.zoom_changed.emit(points)

    def zoom_in_text(self) -> None:
        """Larger text (Ctrl+Plus)."""
        self.set_zoom(self._zoom + ZOOM_STEP)

    def zoom_out_text(self) -> None:
        """Smaller text (Ctrl+Minus)."""
        self.set_zoom(self._zoom - ZOOM_STEP)

    def reset_zoom(self) -> None:
        """The default size (Ctrl+0)."""
        self.set_zoom(DEFAULT_ZOOM)

    # --- safety -----------------------------------------------------------------------

    def loadResource(self, _kind: int, name: QUrl | str) -> object:
        """Serve ``image:NAME`` from the archive; refuse everything else (no network)."""
        name = QUrl(name)
        if name.scheme() != IMAGE_SCHEME or self._archive is None or self._article is None:
            return None
        image_name = name.path()
        try:
            data = self._archive.image(self._article.id, image_name)
        except ArchiveError:
            return None
        if not data:
            return None
        image = QImage()
        return image if image.loadFromData(data) else None

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() not in ("http", "https", "mailto"):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Open link"),
            self.tr("Open this address in your web browser?\n\n{url}").format(
                url=url.toDisplayString()
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)
