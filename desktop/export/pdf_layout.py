"""Laying out a report and painting it page by page onto a PDF writer or a printer.

Every article is its own ``QTextDocument`` (so each starts on a new page), built from the
same HTML as the reading pane. Documents are laid out once against a fixed 1200-dpi
reference device, whatever the output: the PDF, the print preview and the printer then
get the same line and page breaks, and the page numbers in the contents stay true.

A report is: a cover page, the contents (one or more pages), then the articles. Each
page but the cover gets a running header (the report title) and a footer
("Page X of Y"). Pages are numbered physically, the cover being page 1, so the numbers
in the contents are the ones a PDF viewer shows.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from db.models import ArticleFields
from desktop.export.export_types import ImageLoader
from desktop.export.page_geometry import LAYOUT_DPI, LayoutDevice, PageGeometry, mm, pt
from desktop.export.report_texts import ReportOptions, ReportTexts, count_text, date_range_text
from desktop.export.text_document import build_document
from desktop.rendering.article_html import article_css, render_article_html
from desktop.rendering.dates import format_partial_date

__all__ = [
    "LAYOUT_DPI",
    "ImageLoader",
    "PageGeometry",
    "ReportLayout",
    "ReportOptions",
    "ReportTexts",
    "count_text",
    "date_range_text",
    "render_pdf_bytes",
]

# Above this many articles the laid-out documents are not all kept between the layout
# and the painting pass; they are built again (same input, same breaks) to bound memory.
KEEP_DOCUMENTS_UP_TO = 150

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)``; it may raise ExportCancelled to stop the work."""


class _Section:
    """A run of pages drawn from one document."""

    def __init__(self, build: Callable[[], QTextDocument], *, decorated: bool, keep: bool):
        self._build = build
        self._document: QTextDocument | None = None
        self._keep = keep
        self.decorated = decorated
        self.pages = 0

    def document(self) -> QTextDocument:
        if self._document is None:
            self._document = self._build()
        return self._document

    def measure(self) -> int:
        self.pages = max(1, self.document().pageCount())
        if not self._keep:
            self._document = None
        return self.pages

    def release(self) -> None:
        self._document = None


class ReportLayout:
    """A report laid out in pages: ``layout()`` first, then ``paint(device)``.

    Attributes (after ``layout()``):
        page_count: pages of the whole report.
        article_pages: the page (1-based) on which each article starts.
        contents_pages: the pages of the contents.
    """

    def __init__(
        self,
        articles: Sequence[ArticleFields],
        options: ReportOptions,
        *,
        image_loader: ImageLoader | None = None,
    ) -> None:
        self.articles = list(articles)
        self.options = options
        self.image_loader = image_loader
        self.geometry = PageGeometry(options.setup)
        self.page_count = 0
        self.article_pages: list[int] = []
        self.contents_pages: list[int] = []
        self._layout_device = LayoutDevice()
        self._device = self._layout_device.writer
        # Printed office documents set body text justified; a second ``p`` rule adds it
        # to the shared style (captions keep their centring: their rule is more specific).
        self._css = (
            article_css(
                font_family=options.setup.font_family, font_size_pt=options.setup.font_size_pt
            )
            + "\np { text-align: justify; }"
        )
        self._cover: QTextDocument | None = None
        self._contents: _Section | None = None
        self._sections: list[_Section] = []

    def close(self) -> None:
        """Free the documents and the layout device now, on this thread.

        Qt objects made on a worker thread must be deleted there; the sections refer
        back to the layout, so without this only Python's cycle collector would free
        them, on whatever thread it happens to run.
        """
        for section in self._sections:
            section.release()
        self._sections = []
        self._contents = None
        self._cover = None
        self._device = None  # type: ignore[assignment]
        self._layout_device = None  # type: ignore[assignment]

    def __enter__(self) -> ReportLayout:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- layout -------------------------------------------------------------------------

    def layout(self, progress: Progress | None = None) -> None:
        """Lay out every article, then the contents with the real page numbers."""
        keep = len(self.articles) <= KEEP_DOCUMENTS_UP_TO
        self._sections = []
        for index, article in enumerate(self.articles):
            section = _Section(
                functools.partial(self._article_document, article),
                decorated=True,
                keep=keep,
            )
            section.measure()
            self._sections.append(section)
            if progress is not None:
                progress(index + 1, len(self.articles))
        cover_pages = 1 if self.options.cover else 0
        if self.options.cover:
            self._cover = self._cover_document()
        if self.options.contents:
            # The contents' own length shifts the articles: lay it out with wide
            # placeholders first, then with the numbers, until its length is stable.
            placeholder = [10 ** len(str(self._pages_total(cover_pages, 1))) - 1] * len(
                self.articles
            )
            contents_pages = self._measure_contents(placeholder)
            for _attempt in range(4):
                starts = self._starts(cover_pages + contents_pages + 1)
                measured = self._measure_contents(starts)
                if measured == contents_pages:
                    break
                contents_pages = measured
            else:  # pragma: no cover - each pass only adds digits; it settles at once
                raise RuntimeError("the contents' length does not settle; page numbers unsure")
            self.contents_pages = list(range(cover_pages + 1, cover_pages + contents_pages + 1))
        else:
            self._contents = None
            self.contents_pages = []
        self.article_pages = self._starts(cover_pages + len(self.contents_pages) + 1)
        self.page_count = (
            cover_pages + len(self.contents_pages) + sum(s.pages for s in self._sections)
        )

    def _pages_total(self, cover_pages: int, contents_pages: int) -> int:
        return cover_pages + contents_pages + sum(s.pages for s in self._sections)

    def _starts(self, first_page: int) -> list[int]:
        starts = []
        page = first_page
        for section in self._sections:
            starts.append(page)
            page += section.pages
        return starts

    def _measure_contents(self, page_numbers: list[int]) -> int:
        html_text = self._contents_html(page_numbers)
        self._contents = _Section(lambda: self._document(html_text), decorated=True, keep=True)
        return self._contents.measure()

    def _document(
        self, html_text: str, images: Callable[[str], bytes | None] | None = None
    ) -> QTextDocument:
        return build_document(
            html_text,
            device=self._device,
            width=self.geometry.text_width,
            page_height=self.geometry.text_height,
            setup=self.options.setup,
            images=images,
        )

    def _article_document(self, article: ArticleFields) -> QTextDocument:
        html_text = render_article_html(article, labels=self.options.texts.labels, css=self._css)
        loader = self.image_loader
        article_id = int(getattr(article, "id", 0) or 0)
        images = (lambda name: loader(article_id, name)) if loader is not None else None
        return self._document(html_text, images)

    def _cover_document(self) -> QTextDocument:
        texts = self.options.texts
        today = (self.options.export_date or date.today()).isoformat()
        lines = [
            date_range_text([a.date for a in self.articles], texts),
            count_text(len(self.articles), texts),
        ]
        rows = "".join(f'<p class="line">{html.escape(line)}</p>' for line in lines)
        exported = texts.exported_on.format(date=format_partial_date(today, texts.labels.language))
        css = self._css + (
            "\nh1.cover { font-size: 2.0em; font-weight: bold; margin-bottom: 1.2em; }"
            "\np.line { font-size: 1.15em; margin-bottom: 0.4em; }"
            "\np.exported { color: #555555; margin-top: 2.5em; }"
        )
        html_text = (
            f'<html><head><style>{css}</style></head><body><div align="center">'
            f'<h1 class="cover" align="center">{html.escape(self.options.title)}</h1>'
            f'<div align="center">{rows}</div>'
            f'<p class="exported" align="center">{html.escape(exported)}</p>'
            "</div></body></html>"
        )
        return build_document(
            html_text,
            device=self._device,
            width=self.geometry.text_width,
            page_height=None,
            setup=self.options.setup,
        )

    def _contents_html(self, page_numbers: list[int]) -> str:
        texts = self.options.texts
        rows = []
        number_width = 4 + len(str(len(self.articles)))
        for number, (article, page) in enumerate(
            zip(self.articles, page_numbers, strict=True), start=1
        ):
            details = " · ".join(
                value
                for value in (
                    article.number,
                    format_partial_date(article.date, texts.labels.language)
                    if article.date
                    else None,
                    article.source,
                )
                if value
            )
            detail_html = f'<br><span class="meta">{html.escape(details)}</span>' if details else ""
            rows.append(
                f'<tr><td class="number" width="{number_width}%">{number}.</td>'
                f'<td class="entry">{html.escape(article.title)}{detail_html}</td>'
                f'<td class="page" align="right" width="8%">{page}</td></tr>'
            )
        css = self._css + (
            "\nh1.contents { font-size: 1.5em; font-weight: bold; margin-top: 0.6em; "
            "margin-bottom: 1em; }"
            "\ntd { padding-bottom: 0.45em; vertical-align: top; }"
            "\ntd.number { padding-right: 0.6em; }"
            "\ntd.page { padding-left: 1em; }"
            "\nspan.meta { color: #555555; font-size: 0.85em; }"
        )
        return (
            f"<html><head><style>{css}</style></head><body>"
            f'<h1 class="contents">{html.escape(texts.contents)}</h1>'
            '<table width="100%" cellspacing="0" cellpadding="0">'
            f"{''.join(rows)}</table></body></html>"
        )

    # --- painting -----------------------------------------------------------------------

    def sections(self) -> list[_Section]:
        """The decorated sections in page order (contents, then articles)."""
        return ([self._contents] if self._contents is not None else []) + self._sections

    def paint(self, device: QPagedPaintDevice, progress: Progress | None = None) -> None:
        """Paint every page onto ``device``, whose page layout must be full-page.

        ``device`` is a QPdfWriter or a QPrinter; its resolution may be anything.
        """
        if not self.page_count:
            self.layout()
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("Qt could not start writing the pages")
        try:
            scale = device.logicalDpiX() / LAYOUT_DPI
            painter.scale(scale, scale)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            page = 0
            if self._cover is not None:
                self._paint_cover(painter, self._cover)
                page = 1
                if progress is not None:
                    progress(page, self.page_count)
            for section in self.sections():
                document = section.document()
                for local in range(section.pages):
                    if page:
                        device.newPage()
                    page += 1
                    self._paint_page(painter, document, local, page)
                    if progress is not None:
                        progress(page, self.page_count)
                if section is not self._contents:
                    section.release()
        finally:
            painter.end()

    def _paint_cover(self, painter: QPainter, document: QTextDocument) -> None:
        g = self.geometry
        height = document.size().height()
        top = g.top + max(0.0, (g.text_height - height) * 0.35)
        painter.save()
        painter.setPen(QPen(QColor("#7a7a7a"), pt(0.8)))
        painter.drawLine(int(g.left), int(top - mm(8)), int(g.width - g.right), int(top - mm(8)))
        painter.translate(g.left, top)
        document.drawContents(painter, QRectF(0, 0, g.text_width, height))
        painter.restore()
        painter.save()
        painter.setPen(QPen(QColor("#7a7a7a"), pt(0.8)))
        bottom = top + height + mm(8)
        painter.drawLine(int(g.left), int(bottom), int(g.width - g.right), int(bottom))
        painter.restore()

    def _paint_page(
        self, painter: QPainter, document: QTextDocument, local: int, page: int
    ) -> None:
        g = self.geometry
        painter.save()
        painter.translate(g.left, g.top - local * g.text_height)
        document.drawContents(
            painter, QRectF(0, local * g.text_height, g.text_width, g.text_height)
        )
        painter.restore()
        self._paint_decorations(painter, page)

    def _decoration_font(self, size_pt: float, *, italic: bool = False) -> QFont:
        font = QFont(self.options.setup.font_family)
        # Pixel sizes in layout units, so the painter's scale maps them to any device.
        font.setPixelSize(round(pt(size_pt)))
        font.setItalic(italic)
        return font

    def _paint_decorations(self, painter: QPainter, page: int) -> None:
        g = self.geometry
        painter.save()
        grey = QColor("#555555")
        header_font = self._decoration_font(9.5, italic=True)
        metrics = QFontMetricsF(header_font)
        painter.setFont(header_font)
        painter.setPen(grey)
        rule_y = g.top - min(mm(6), g.top * 0.3)
        title = metrics.elidedText(self.options.title, Qt.TextElideMode.ElideRight, g.text_width)
        header_box = QRectF(g.left, 0, g.text_width, rule_y - mm(1.5))
        painter.drawText(
            header_box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), title
        )
        painter.setPen(QPen(QColor("#9a9a9a"), pt(0.5)))
        painter.drawLine(int(g.left), int(rule_y), int(g.width - g.right), int(rule_y))
        footer_font = self._decoration_font(9.5)
        painter.setFont(footer_font)
        painter.setPen(grey)
        footer = self.options.texts.page_of.format(page=page, pages=self.page_count)
        footer_top = g.height - g.bottom + min(mm(6), g.bottom * 0.3)
        painter.drawText(
            QRectF(g.left, footer_top, g.text_width, g.bottom),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            footer,
        )
        painter.restore()


def render_pdf_bytes(
    layout: ReportLayout,
    *,
    title: str,
    author: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """Paint ``layout`` into a PDF held in memory; returns its bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(LAYOUT_DPI)
    writer.setPageLayout(layout.geometry.page_layout())
    writer.setTitle(title)
    writer.setCreator("Archive Viewer")
    if author and hasattr(writer, "setAuthor"):  # Qt 6.8+; pypdf sets it in any case
        writer.setAuthor(author)
    layout.paint(writer, progress)
    del writer
    buffer.close()
    return bytes(data.data())
