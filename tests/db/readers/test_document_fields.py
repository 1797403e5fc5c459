"""Blocks of a document to fields: title, byline, and no text dropped."""

from __future__ import annotations

from db.readers.document_fields import Block, DocumentHints, cut_title, fields_from_blocks


def _para(text: str) -> Block:
    return Block(text=text, markdown=text)


def test_heading_is_the_title_and_the_rest_the_body() -> None:
    fields = fields_from_blocks(
        [_para("Lead."), Block("Tiêu đề", "# Tiêu đề", "heading"), _para("Body.")],
        fallback_title="file",
    )
    assert fields.title == "Tiêu đề"
    assert fields.body == "Lead.\n\nBody."


def test_a_long_first_paragraph_stays_whole_and_the_title_is_cut_at_a_word() -> None:
    long = "Từ đầu năm đến nay " * 30
    fields = fields_from_blocks([_para(long), _para("Tiếp.")], fallback_title="file")
    assert fields.title.endswith("…") and len(fields.title) <= 121
    assert long.strip() in fields.body
    assert "Tiếp." in fields.body


def test_hints_are_used_when_the_text_has_no_title() -> None:
    fields = fields_from_blocks(
        [_para("A\nB")], fallback_title="file", hints=DocumentHints(title="Meta", date="2004")
    )
    assert (fields.title, fields.date, fields.body) == ("Meta", "2004", "A\nB")


def test_byline_at_the_end_becomes_the_author() -> None:
    fields = fields_from_blocks(
        [_para("Tiêu đề"), _para("Nội dung bài."), _para("Quốc Toản")], fallback_title="f"
    )
    assert (fields.title, fields.author, fields.body) == ("Tiêu đề", "Quốc Toản", "Nội dung bài.")


def test_cut_title() -> None:
    assert cut_title("ngắn") == "ngắn"
    assert cut_title("x" * 300) == "x" * 120 + "…"
