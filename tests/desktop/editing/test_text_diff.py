"""Word and paragraph diffs of article text."""

from __future__ import annotations

from desktop.editing.text_diff import (
    FieldChange,
    body_diff_html,
    fields_table_html,
    word_diff_html,
)


def test_word_diff_marks_only_the_changed_word() -> None:
    html = word_diff_html("Hội nghị tổng kết năm", "Hội nghị sơ kết năm")
    assert html.startswith("Hội nghị ")
    assert "line-through" in html and ">tổng</span>" in html
    assert ">sơ</span>" in html
    assert html.endswith(" kết năm")


def test_word_diff_escapes_markup() -> None:
    assert "&lt;b&gt;" in word_diff_html("a", "<b>")


def test_body_diff_keeps_context_and_skips_far_paragraphs() -> None:
    old = "\n".join(f"Đoạn {i}." for i in range(20))
    new = old.replace("Đoạn 10.", "Đoạn mười.")
    html = body_diff_html(old, new, context=1)
    assert "Đoạn 9." in html and "Đoạn 11." in html
    assert "Đoạn 2." not in html
    assert ">10</span>" in html and ">mười</span>" in html


def test_body_diff_of_equal_texts_is_empty() -> None:
    assert body_diff_html("a\nb", "a\nb") == ""


def test_added_and_removed_paragraphs() -> None:
    html = body_diff_html("một\nhai", "một\nhai\nba")
    assert ">ba</span>" in html
    html = body_diff_html("một\nhai", "hai")
    assert "line-through" in html and ">một</span>" in html


def test_fields_table() -> None:
    assert fields_table_html([]) == ""
    html = fields_table_html([FieldChange("Author", "Quốc Toản (CTV)", "Quốc Toản")])
    assert "Author" in html and "(CTV)" in html


def test_neighbouring_changes_read_as_one_replacement() -> None:
    html = word_diff_html("hội nghị tổng kết.", "hội nghị thường niên.")
    assert ">tổng kết</span>" in html
    assert ">thường niên</span>" in html and html.endswith(".")
