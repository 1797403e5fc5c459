"""Word documents written by python-docx: structure, properties, images, legacy fonts."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pytest

from db.readers import FailureKind, ReadError, read_article_file
from db.text_decoding import encode_tcvn3, encode_vni
from tests.db.readers.image_fixtures import tiny_png


def legacy_run_text(raw: bytes) -> str:
    """What Word stores for 8-bit text in a legacy font: the cp1252 character of each byte."""
    return "".join(
        bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
        for b in raw
    )


def test_structure_and_properties(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.author = "Quốc Toản"
    document.core_properties.created = dt.datetime(2021, 5, 1, 9, 30)
    document.add_paragraph("Hội nghị tổng kết", style="Title")
    document.add_paragraph("Đoạn mở đầu của bài viết.")
    document.add_heading("Kết quả", level=1)
    document.add_paragraph("giữ vững chủ quyền", style="List Bullet")
    document.add_paragraph("phối hợp chặt chẽ", style="List Bullet")
    document.add_heading("Chi tiết", level=2)
    document.add_paragraph("Đoạn *cuối* cùng.")
    path = tmp_path / "bao-cao.docx"
    document.save(str(path))
    article = read_article_file(path)
    assert article.title == "Hội nghị tổng kết"
    assert article.author == "Quốc Toản"
    assert article.date == "2021-05-01"
    assert article.body == (
        "Đoạn mở đầu của bài viết.\n\n## Kết quả\n\n- giữ vững chủ quyền\n"
        "- phối hợp chặt chẽ\n\n### Chi tiết\n\nĐoạn \\*cuối\\* cùng."
    )
    assert article.encoding == "utf-8"


def test_first_heading_is_the_title_without_title_style(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Tiêu đề từ đề mục", level=1)
    document.add_paragraph("Nội dung.")
    path = tmp_path / "a.docx"
    document.save(str(path))
    article = read_article_file(path)
    assert article.title == "Tiêu đề từ đề mục"
    assert article.body == "Nội dung."


def test_images_and_captions_are_kept(tmp_path: Path) -> None:
    png = tiny_png()
    document = docx.Document()
    document.add_paragraph("Bài có ảnh", style="Title")
    document.add_paragraph("Trước ảnh.")
    document.add_picture(io.BytesIO(png))
    document.add_paragraph("Toàn cảnh hội nghị (Ảnh: Minh Châu)", style="Caption")
    document.add_paragraph("Sau ảnh.")
    path = tmp_path / "anh.docx"
    document.save(str(path))
    article = read_article_file(path)
    assert len(article.images) == 1
    image = article.images[0]
    assert image.data == png and image.mime == "image/png"
    assert article.body == (
        f"Trước ảnh.\n\n![Toàn cảnh hội nghị (Ảnh: Minh Châu)](image:{image.name})\n\nSau ảnh."
    )


def test_legacy_fonts_are_decoded(tmp_path: Path) -> None:
    document = docx.Document()
    title = document.add_paragraph(style="Title")
    title.add_run(legacy_run_text(encode_tcvn3("Thông tư liên tịch"))).font.name = ".VnTime"
    body = document.add_paragraph()
    body.add_run(legacy_run_text(encode_vni("Ủy ban nhân dân Hà Nội"))).font.name = "VNI-Times"
    body.add_run(" và Unicode")
    path = tmp_path / "cu.docx"
    document.save(str(path))
    article = read_article_file(path)
    assert article.title == "Thông tư liên tịch"
    assert article.body == "Ủy ban nhân dân Hà Nội và Unicode"
    assert article.encoding == "tcvn3+vni"


def test_broken_docx_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "hong.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip file")
    with pytest.raises(ReadError) as caught:
        read_article_file(path)
    assert caught.value.kind is FailureKind.DAMAGED
    assert "zip" in caught.value.detail


def test_truncated_docx_is_damaged(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Nội dung")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "cut.docx"
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    with pytest.raises(ReadError) as caught:
        read_article_file(path)
    assert caught.value.kind is FailureKind.DAMAGED


def test_docx_without_text_is_empty(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = ""
    path = tmp_path / "blank.docx"
    document.save(str(path))
    with pytest.raises(ReadError) as caught:
        read_article_file(path)
    assert caught.value.kind is FailureKind.EMPTY
