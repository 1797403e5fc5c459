"""One article's document: laid out for the column, pictures shrunk to fit it."""

from __future__ import annotations

from PySide6.QtGui import QImage, QTextDocument

from desktop.export.page_geometry import LayoutDevice, PageGeometry
from desktop.export.page_setup import PageSetup
from desktop.export.text_document import build_document
from tests.desktop.export.conftest import png_bytes


def test_a_wide_picture_is_fitted_to_the_column(fonts: None) -> None:
    del fonts
    setup = PageSetup()
    geometry = PageGeometry(setup)
    device = LayoutDevice()
    document = build_document(
        '<p>Ảnh:</p><p><img src="image:wide.png"></p>',
        device=device.writer,
        width=geometry.text_width,
        page_height=geometry.text_height,
        setup=setup,
        images=lambda name: png_bytes(4000, 500) if name == "wide.png" else None,
    )
    assert document.pageCount() == 1
    resource = document.resource(QTextDocument.ResourceType.ImageResource, "image:wide.png")
    assert isinstance(resource, QImage) and not resource.isNull()
    assert document.size().width() <= geometry.text_width + 10  # Qt rounds the page width
