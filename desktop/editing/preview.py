"""The live preview of the edit dialog: the reading pane's renderer, debounced."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from db.archive import Archive
from db.models import ArticleFields
from desktop.fonts import READING_FONT_FAMILY, load_bundled_fonts
from desktop.rendering.article_html import IMAGE_SCHEME, Labels, article_css, render_article_html

DEBOUNCE_MS = 250


def ui_language() -> str:
    """The UI language code ("vi", "en") as the application's default locale says."""
    return QLocale().name().split("_")[0] or "en"


class ArticlePreview(QTextBrowser):
    """Shows ``ArticleFields`` exactly as the reading pane will, a moment after typing stops.

    Images written as ``image:NAME`` are read from the archive for the article being edited.
    """

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_bundled_fonts()
        self._archive = archive
        self._article_id: int | None = None
        self._pending: ArticleFields | None = None
        self.setOpenLinks(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)

    def set_article_id(self, article_id: int | None) -> None:
        """Which article's stored images ``image:NAME`` refers to."""
        self._article_id = article_id

    def labels(self) -> Labels:
        """The field labels in the UI's language."""
        return Labels(
            date=self.tr("Date"),
            number=self.tr("Number"),
            author=self.tr("Author"),
            source=self.tr("Source"),
            tags=self.tr("Tags"),
            language=ui_language(),
        )

    def schedule(self, fields: ArticleFields) -> None:
        """Render ``fields`` once typing pauses."""
        self._pending = fields
        self._timer.start()

    def is_pending(self) -> bool:
        """Whether a render is waiting for the debounce timer."""
        return self._timer.isActive()

    def render_now(self, fields: ArticleFields | None = None) -> None:
        """Render ``fields`` (or the pending ones) at once, keeping the scroll position."""
        self._timer.stop()
        fields = fields or self._pending
        if fields is None:
            return
        self._pending = None
        bar = self.verticalScrollBar()
        position = bar.value()
        html = render_article_html(
            fields, labels=self.labels(), css=article_css(font_family=READING_FONT_FAMILY)
        )
        self.setHtml(html)
        bar.setValue(min(position, bar.maximum()))

    def loadResource(self, type_: int, name: QUrl | str) -> object:  # noqa: N802 (Qt override)
        url = QUrl(name)
        if url.scheme() == IMAGE_SCHEME:
            if type_ != QTextDocument.ResourceType.ImageResource.value:
                return None
            data = (
                self._archive.image(self._article_id, url.path())
                if self._article_id is not None
                else None
            )
            image = QImage.fromData(data) if data else QImage()
            return image if not image.isNull() else None
        return super().loadResource(type_, name)
