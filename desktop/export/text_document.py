"""One laid-out ``QTextDocument`` of an article's HTML, its pictures fitted to the column."""

from __future__ import annotations

import html
import re
import urllib.parse
from collections.abc import Callable, Iterable
from typing import Any, cast

from PySide6.QtCore import QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)

from desktop.export.page_geometry import LAYOUT_DPI
from desktop.export.page_setup import PageSetup
from desktop.rendering.article_html import IMAGE_SCHEME

_PROPORTIONAL_HEIGHT = int(QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
_IMAGE_SRC = re.compile(r'<img[^>]*\bsrc="(' + IMAGE_SCHEME + r':[^"]*)"')


def _default_dpi() -> float:
    # Qt scales <img> sizes by device dpi / the screen's logical dpi (96 when offscreen).
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchY() if screen is not None else 96.0


def build_document(
    html_text: str,
    *,
    device: QPdfWriter,
    width: float,
    page_height: float | None,
    setup: PageSetup,
    images: Callable[[str], bytes | None] | None = None,
) -> QTextDocument:
    """A laid-out document of ``html_text`` for a text column ``width`` units wide.

    With ``page_height``, Qt paginates it (no line is cut across a page boundary).
    """
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setUseDesignMetrics(True)
    document.setDocumentMargin(0)
    font = QFont(setup.font_family)
    font.setPointSizeF(setup.font_size_pt)
    document.setDefaultFont(font)
    if page_height is not None:
        document.setPageSize(QSizeF(width, page_height))
    else:
        document.setTextWidth(width)
    if images is not None:
        _add_images(document, html_text, images)
    document.setHtml(html_text)
    if images is not None:
        _fit_images(document, width, page_height)
    return document


def _add_images(
    document: QTextDocument, html_text: str, images: Callable[[str], bytes | None]
) -> None:
    for src in set(_IMAGE_SRC.findall(html_text)):
        url = html.unescape(src)
        name = urllib.parse.unquote(url[len(IMAGE_SCHEME) + 1 :])
        data = images(name)
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            continue
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)


def _fit_images(document: QTextDocument, width: float, page_height: float | None) -> None:
    """Shrink pictures wider than the column (or taller than a page), keeping proportions."""
    # Image sizes are in screen pixels that Qt scales to the device.
    to_image_units = _default_dpi() / LAYOUT_DPI
    max_width = width * to_image_units
    max_height = (page_height * 0.9 if page_height else width * 2) * to_image_units
    block = document.begin()
    while block.isValid():
        for item in cast(Iterable[Any], block):  # PySide6 iterates a block's fragments
            fragment = item.fragment()
            if not fragment.isValid() or not fragment.charFormat().isImageFormat():
                continue
            image_format = fragment.charFormat().toImageFormat()
            resource = document.resource(
                QTextDocument.ResourceType.ImageResource, QUrl(image_format.name())
            )
            if not isinstance(resource, QImage) or resource.isNull():
                continue
            natural_w = image_format.width() or resource.width()
            natural_h = image_format.height() or resource.height()
            factor = min(1.0, max_width / natural_w, max_height / natural_h)
            sized = QTextImageFormat(image_format)
            sized.setWidth(natural_w * factor)
            sized.setHeight(natural_h * factor)
            cursor = QTextCursor(document)
            cursor.setPosition(fragment.position())
            cursor.setPosition(
                fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.setCharFormat(sized)
            # The body's 145 % line height would multiply the picture's height too.
            single = QTextBlockFormat()
            single.setLineHeight(100.0, _PROPORTIONAL_HEIGHT)
            single.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            cursor.mergeBlockFormat(single)
        block = block.next()
