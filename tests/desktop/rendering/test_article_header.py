"""The article's header: title, then number, date, author, source and tags."""

from __future__ import annotations

from db.models import ArticleFields
from db.query import parse_query
from desktop.rendering.article_html import Labels, render_header

DECISION = ArticleFields(
    title="Quyết định về việc ban hành Chương trình cải cách hành chính",
    date="2004-07-01",
    source="Ủy ban nhân dân thành phố Cần Thơ",
    number="256/2004/QĐ-UB",
)


def test_the_number_comes_first_under_the_title() -> None:
    html = render_header(DECISION, labels=Labels(), query=None)
    title, meta = html.split("</h1>")
    assert "Quyết định về việc ban hành" in title
    assert meta.index("Number:") < meta.index("Date:") < meta.index("Source:")
    assert "256/2004/QĐ-UB" in meta


def test_its_label_follows_the_language_and_searches_highlight_it() -> None:
    labels = Labels(number="Số, ký hiệu", date="Ngày", language="vi")
    html = render_header(DECISION, labels=labels, query=parse_query("qd-ub"))
    assert "Số, ký hiệu:</span>" in html
    assert '<span class="hit">QĐ</span>-<span class="hit">UB</span>' in html


def test_no_number_no_label() -> None:
    html = render_header(ArticleFields(title="Tin ngắn"), labels=Labels(), query=None)
    assert "Number" not in html
