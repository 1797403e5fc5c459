"""The words a report prints and its options besides the articles: cover, contents, dates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.export.page_setup import PageSetup
from desktop.rendering.article_html import Labels
from desktop.rendering.dates import format_partial_date


@dataclass(frozen=True)
class ReportTexts:
    """The words the report prints, in the UI's language (translated by the caller)."""

    contents: str = "Contents"
    page_of: str = "Page {page} of {pages}"
    one_article: str = "1 article"
    many_articles: str = "{count} articles"
    exported_on: str = "Exported on {date}"
    undated: str = "Undated"
    labels: Labels = field(default_factory=Labels)
    # What the export says while it works (the dialog shows it; the export may run in
    # another process, so the words travel with the request).
    laying_out: str = "Laying out article {done} of {count}"
    writing_page: str = "Writing page {page} of {pages}"
    saving: str = "Saving the file"
    writing_file: str = "Writing {name}"

    @classmethod
    def vietnamese(cls) -> ReportTexts:
        """The Vietnamese wording."""
        return cls(
            contents="Mục lục",
            page_of="Trang {page}/{pages}",
            one_article="1 bài",
            many_articles="{count} bài",
            exported_on="Xuất ngày {date}",
            undated="Không rõ ngày",
            labels=Labels(
                date="Ngày",
                number="Số, ký hiệu",
                author="Tác giả",
                source="Nguồn",
                tags="Thẻ",
                language="vi",
            ),
            laying_out="Đang dàn trang bài {done}/{count}",
            writing_page="Đang ghi trang {page}/{pages}",
            saving="Đang lưu tệp",
            writing_file="Đang ghi {name}",
        )


@dataclass(frozen=True)
class ReportOptions:
    """What a report looks like besides its articles."""

    title: str
    setup: PageSetup = field(default_factory=PageSetup)
    texts: ReportTexts = field(default_factory=ReportTexts)
    cover: bool = True
    contents: bool = True
    export_date: date | None = None


def date_range_text(dates: Sequence[str | None], texts: ReportTexts) -> str:
    """ "01/02/2023 – 15/03/2024" from the partial dates of the articles."""
    known = sorted(d for d in dates if d)
    if not known:
        return texts.undated
    language = texts.labels.language
    first = format_partial_date(known[0], language)
    last = format_partial_date(known[-1], language)
    return first if first == last else f"{first} – {last}"


def count_text(count: int, texts: ReportTexts) -> str:
    """ "1 article" / "12 articles"."""
    return texts.one_article if count == 1 else texts.many_articles.format(count=count)
