"""The renderer: Markdown to safe HTML, captions, hits highlighted, one document per article.

The sanitiser is tested on its own first: whatever HTML an imported file carries, only
harmless markup and the archive's own pictures reach the reading pane and the PDF.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.models import ArticleFields
from db.query import parse_query
from desktop.rendering.article_html import (
    Labels,
    article_css,
    highlight,
    render_article_html,
    render_markdown,
    sanitize,
)


@pytest.mark.parametrize(
    ("dirty", "kept", "dropped"),
    [
        ("<p>Tin <script>alert(1)</script>mới</p>", "<p>Tin mới</p>", "alert"),
        ('<p onclick="steal()">Bấm</p>', "<p>Bấm</p>", "onclick"),
        ('<img src="https://tracker.example/x.png">', "<img>", "tracker"),
        ('<img src="file:///etc/passwd">', "<img>", "passwd"),
        ('<a href="javascript:alert(1)">link</a>', "<a>link</a>", "javascript"),
        ("<iframe src='https://x'></iframe><p>ok</p>", "<p>ok</p>", "iframe"),
        ("<style>p{color:red}</style><p>ok</p>", "<p>ok</p>", "color:red"),
        ('<p style="position:fixed">ok</p>', "<p>ok</p>", "position"),
        ("<object data='x'></object><embed src='y'>", "", "object"),
        ("<form><input name='q'></form>", "", "input"),
    ],
)
def test_the_sanitiser_drops_what_could_act_or_fetch(dirty: str, kept: str, dropped: str) -> None:
    clean = sanitize(dirty)
    assert clean == kept
    assert dropped not in clean


def test_the_sanitiser_keeps_the_archive_s_pictures_and_ordinary_markup() -> None:
    markup = (
        '<p><strong>Đậm</strong> <em>nghiêng</em> <a href="https://baobienphong.vn">báo</a></p>'
        '<img src="image:anh-1.png" alt="Đồn biên phòng">'
        '<table><tr><td align="right">1</td></tr></table>'
    )
    clean = sanitize(markup)
    assert 'src="image:anh-1.png"' in clean and 'alt="Đồn biên phòng"' in clean
    assert 'href="https://baobienphong.vn"' in clean
    assert "<strong>Đậm</strong>" in clean and 'align="right"' in clean


@given(st.text(max_size=200))
def test_the_sanitiser_never_lets_a_script_through(text: str) -> None:
    clean = sanitize(f"<p>{text}</p><script>{text}</script>")
    assert "<script" not in clean.lower()


def test_markdown_becomes_html_with_captions_marked() -> None:
    body = "Đoạn một.\n\n![Đồn](image:a.png)\n\n*Đồn biên phòng trong sương.*\n\n- Một\n- Hai"
    html_text = render_markdown(body)
    assert '<p class="caption"><em>Đồn biên phòng trong sương.</em></p>' in html_text
    assert "<li>Một</li>" in html_text and 'src="image:a.png"' in html_text


def test_hits_are_highlighted_whatever_the_marks_and_markup_is_not_split() -> None:
    query = parse_query("thanh hoa")
    marked = highlight('<p>Tỉnh <a href="#x">Thanh Hoá</a> và Thanh Hóa</p>', query)
    assert marked.count('<span class="hit">') == 4
    assert '<a href="#x">' in marked
    assert highlight("<p>x</p>", None) == "<p>x</p>"


def test_a_whole_document_with_header_labels_and_css() -> None:
    article = ArticleFields(
        title="Hội nghị <tổng kết>",
        body="Nội dung.",
        date="2023-12",
        author="Thu Hà",
        tags=["biên giới"],
    )
    labels = Labels(date="Ngày", author="Tác giả", source="Nguồn", tags="Thẻ", language="vi")
    document = render_article_html(article, labels=labels, css=article_css(font_size_pt=15))
    assert "Hội nghị &lt;tổng kết&gt;" in document
    assert "Ngày:</span> tháng 12/2023" in document and "Tác giả:</span> Thu Hà" in document
    assert "font-size: 15pt" in document and '<html lang="vi">' in document
