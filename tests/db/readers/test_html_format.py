"""Web pages: headline, Markdown body, page furniture dropped, local images kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.readers import FailureKind, ReadError, read_article_file
from db.text_decoding import encode_tcvn3
from tests.db.readers.image_fixtures import tiny_png

PAGE = """<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8">
<title>Biên phòng Thanh Hoá tổng kết năm - Báo Biên phòng</title>
<meta name="author" content="Lê Thu Hà">
<meta property="article:published_time" content="2023-12-20T08:00:00+07:00">
<style>body { color: red }</style>
<script>var tracking = "do not keep";</script>
</head><body>
<header><a href="/">Trang chủ</a></header>
<nav><ul><li>Thời sự</li><li>Quốc phòng</li></ul></nav>
<article>
<h1>Biên phòng Thanh Hoá tổng kết năm</h1>
<p>Sáng 20/12, Đảng ủy <b>BĐBP</b> tỉnh Thanh Hóa tổ chức hội nghị.</p>
<h2>Nhiệm vụ năm 2024</h2>
<ul><li>Giữ vững chủ quyền</li><li>Phối hợp với địa phương</li></ul>
<figure><img src="images/hoi%20nghi.png"><figcaption>Quang cảnh hội nghị</figcaption></figure>
<p><img src="https://example.com/remote.jpg" alt="Ảnh từ mạng"></p>
<p><img src="missing.png" alt=""></p>
</article>
<footer>© Báo Biên phòng</footer>
</body></html>
"""


def test_page_becomes_markdown(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    png = tiny_png()
    (tmp_path / "images" / "hoi nghi.png").write_bytes(png)
    path = tmp_path / "bai.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_article_file(path)
    assert article.title == "Biên phòng Thanh Hoá tổng kết năm"
    assert article.author == "Lê Thu Hà"
    assert article.date == "2023-12-20"
    body = article.body
    assert "Sáng 20/12, Đảng ủy **BĐBP** tỉnh Thanh Hóa" in body
    assert "## Nhiệm vụ năm 2024" in body
    assert "- Giữ vững chủ quyền" in body
    for dropped in ("tracking", "color: red", "Trang chủ", "Quốc phòng", "©"):
        assert dropped not in body
    assert "# Biên phòng Thanh Hoá" not in body  # the headline is the title, not repeated
    assert len(article.images) == 1
    image = article.images[0]
    assert image.data == png and image.mime == "image/png"
    assert f"![Quang cảnh hội nghị](image:{image.name})" in body
    assert "Ảnh từ mạng" in body  # a web image leaves its caption
    assert article.encoding == "utf-8"


def test_title_falls_back_to_title_element(tmp_path: Path) -> None:
    path = tmp_path / "trang.htm"
    path.write_text(
        "<html><head><title>Tin vắn</title></head><body><p>Nội dung.</p></body></html>",
        encoding="utf-8",
    )
    article = read_article_file(path)
    assert article.title == "Tin vắn"
    assert article.body == "Nội dung."


def test_legacy_encoded_page_is_detected(tmp_path: Path) -> None:
    html = "<html><body><h1>Thông tư liên tịch</h1><p>Bộ Tài chính hướng dẫn thực hiện.</p>"
    path = tmp_path / "cu.html"
    path.write_bytes(encode_tcvn3(html + "</body></html>"))
    article = read_article_file(path)
    assert article.title == "Thông tư liên tịch"
    assert article.encoding == "tcvn3"
    assert article.original_bytes is not None


def test_page_without_text_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>x()</script></head><body></body></html>")
    with pytest.raises(ReadError) as caught:
        read_article_file(path)
    assert caught.value.kind is FailureKind.EMPTY
