"""The report's words: both languages, the date range of the articles, the count."""

from __future__ import annotations

from desktop.export.report_texts import ReportTexts, count_text, date_range_text


def test_the_range_and_the_count_in_both_languages() -> None:
    english, vietnamese = ReportTexts(), ReportTexts.vietnamese()
    assert date_range_text([None, "2023-12", "2024"], english).endswith("2024")
    assert date_range_text([None], vietnamese) == "Không rõ ngày"
    assert count_text(1, english) == "1 article" and count_text(12, vietnamese) == "12 bài"
    assert vietnamese.labels.language == "vi"
