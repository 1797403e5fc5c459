"""Articles to export, in a real archive file in tmp_path, and a PDF reader's helpers."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import Destination
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from db.archive import Archive
from db.models import ArticleImage, NewArticle
from desktop.fonts import load_bundled_fonts
from desktop.jobs import JobRunner

SENTENCE = "Đảng ủy Bộ đội Biên phòng tỉnh Thanh Hóa"
LONG_PARAGRAPH = (
    "Trong năm qua, Đảng ủy Bộ đội Biên phòng tỉnh Thanh Hóa đã lãnh đạo các đồn biên phòng "
    "phối hợp chặt chẽ với cấp ủy, chính quyền địa phương, giữ vững chủ quyền an ninh biên "
    "giới, giúp đỡ đồng bào các dân tộc phát triển kinh tế, xóa đói giảm nghèo."
)


def png_bytes(width: int = 640, height: int = 360) -> bytes:
    """A plain PNG picture made here (no file from elsewhere)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a7ab0"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes
    return bytes(buffer.data().data())


def fixture_articles() -> list[NewArticle]:
    """Five articles of our own: one long (several pages), one with a picture."""
    return [
        NewArticle(
            title="Hội nghị tổng kết công tác năm của Đảng ủy",
            body=f"{SENTENCE} tổ chức hội nghị tổng kết công tác năm.\n\n"
            + "\n\n".join([LONG_PARAGRAPH] * 30),
            date="2023-12-20",
            author="Nguyễn Thị Hương",
            source="Báo Biên phòng",
            tags=["biên giới", "hội nghị"],
        ),
        NewArticle(
            title="Mùa xuân trên bản vùng cao",
            body="Những cành đào nở sớm trên bản.\n\n![Đồn biên phòng](image:anh-1.png)\n\n"
            "*Đồn biên phòng trong sương sớm.*\n\nBà con đón Tết ấm áp.",
            date="2024-02",
            author="Lê Văn Thành",
            source="Báo Quân đội",
            images=[ArticleImage(name="anh-1.png", mime="image/png", data=png_bytes())],
        ),
        NewArticle(
            title="Tuần tra đường biên trong mưa",
            body="Các chiến sĩ **tuần tra** trong mưa rừng.\n\n- Đồn A\n- Đồn B\n\n"
            + "\n\n".join([LONG_PARAGRAPH] * 6),
            date="2024-03-05",
            author="Lê Văn Thành",
        ),
        NewArticle(
            title="Giúp dân thu hoạch lúa",
            body="Cán bộ, chiến sĩ giúp bà con thu hoạch lúa chạy lũ.",
            date="2024",
        ),
        NewArticle(
            title='Tin ngắn: "Ký kết" phối hợp <2024>?',
            body="Hai đơn vị ký kết quy chế phối hợp.",
            date="2024-04-01",
            source="Báo Biên phòng",
        ),
    ]


@pytest.fixture
def fonts(qapp: object) -> None:
    """The bundled fonts registered with Qt (needs the QApplication)."""
    del qapp
    load_bundled_fonts()


@pytest.fixture
def runner(fonts: None) -> Iterator[JobRunner]:
    """The job runner exports run on (a window has one)."""
    del fonts
    jobs = JobRunner()
    yield jobs
    jobs.stop()


@pytest.fixture
def article_ids(archive: Archive, fonts: None) -> list[int]:
    """The fixture articles stored in the test archive, in insertion order."""
    del fonts
    return archive.insert_many(fixture_articles())


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def page_texts(path: Path) -> list[str]:
    """The text of each page, NFC-checked, with runs of white space made single spaces."""
    reader = PdfReader(path)
    texts = []
    for page in reader.pages:
        text = page.extract_text()
        assert unicodedata.is_normalized("NFC", text), "extracted text is not NFC"
        texts.append(" ".join(text.split()))
    return texts


def outline(path: Path) -> list[tuple[str, int]]:
    """The PDF's top-level bookmarks: (title, 1-based page)."""
    reader = PdfReader(path)
    entries = []
    for item in reader.outline:
        assert isinstance(item, Destination), "nested outline entries are not expected"
        page = reader.get_destination_page_number(item)
        assert page is not None
        entries.append((str(item.title), page + 1))
    return entries


def embedded_font_files(path: Path) -> dict[str, bool]:
    """Each font of the PDF by base name: is a TrueType font program (/FontFile2) embedded?"""
    reader = PdfReader(path)
    found: dict[str, bool] = {}
    for page in reader.pages:
        resources: Any = page["/Resources"].get_object()
        fonts = resources.get("/Font", {})
        for font_ref in fonts.values():
            font = font_ref.get_object()
            descendants = font.get("/DescendantFonts")
            targets = [d.get_object() for d in descendants] if descendants else [font]
            for target in targets:
                descriptor = target["/FontDescriptor"].get_object()
                found[str(target["/BaseFont"])] = "/FontFile2" in descriptor
    return found
