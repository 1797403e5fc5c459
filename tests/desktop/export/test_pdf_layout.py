"""The layout itself: long contents, page numbers, and rebuilding documents for memory."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from db.models import ArticleFields
from desktop.export import pdf_layout
from desktop.export.pdf_layout import (
    ReportLayout,
    ReportOptions,
    ReportTexts,
    date_range_text,
    render_pdf_bytes,
)


def short_articles(count: int) -> list[ArticleFields]:
    return [
        ArticleFields(
            title=f"Bản tin số {n}: tuần tra đường biên",
            body=f"Nội dung bản tin số {n}.\n\n" + "Chiến sĩ tuần tra trong mưa. " * (n % 7 * 12),
            date=f"2024-{n % 12 + 1:02d}",
        )
        for n in range(1, count + 1)
    ]


def pdf_pages(layout: ReportLayout) -> list[str]:
    reader = PdfReader(io.BytesIO(render_pdf_bytes(layout, title="Bản tin")))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.mark.slow
def test_long_contents_span_pages_and_the_numbers_hold(fonts: None) -> None:
    del fonts
    articles = short_articles(70)
    with ReportLayout(articles, ReportOptions(title="Bản tin")) as layout:
        layout.layout()
        texts = pdf_pages(layout)
        assert len(layout.contents_pages) >= 2
        assert layout.contents_pages[0] == 2
        assert layout.article_pages[0] == layout.contents_pages[-1] + 1
        assert len(texts) == layout.page_count
        for article, page in zip(articles, layout.article_pages, strict=True):
            assert article.title in texts[page - 1]
            assert f"Page {page} of {layout.page_count}" in texts[page - 1]
        contents = " ".join(texts[page - 1] for page in layout.contents_pages)
        # The last entry: title, its date line, then its page number.
        assert f"{articles[-1].title} November 2024 {layout.article_pages[-1]}" in contents


def test_documents_rebuilt_for_memory_give_the_same_pages(
    fonts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    del fonts
    articles = short_articles(12)
    with ReportLayout(articles, ReportOptions(title="Bản tin")) as kept:
        kept.layout()
        kept_texts = pdf_pages(kept)
    monkeypatch.setattr(pdf_layout, "KEEP_DOCUMENTS_UP_TO", 0)
    with ReportLayout(articles, ReportOptions(title="Bản tin")) as rebuilt:
        rebuilt.layout()
        assert rebuilt.article_pages == kept.article_pages
        assert pdf_pages(rebuilt) == kept_texts


def test_vietnamese_wording_and_date_range() -> None:
    texts = ReportTexts.vietnamese()
    assert date_range_text(["2024-03", "2023-12-20", None], texts) == "20/12/2023 – tháng 3/2024"
    assert date_range_text([None], texts) == "Không rõ ngày"
    assert date_range_text(["2024"], ReportTexts()) == "2024"
