"""Stored fields and what is derived from them, each rule in one place."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from db import vietnamese as vn
from db.article_fields import clean_tags, derived_columns, stored_columns, tag_key
from db.dates import date_bounds
from db.models import ArticleFields


def test_tags_differing_in_case_marks_and_spacing_are_one() -> None:
    assert tag_key("Văn  hoá") == tag_key("văn hóa") == tag_key("VAN HOA")
    assert clean_tags(["Văn hoá", "văn hóa", " VĂN HOÁ ", "Thể thao"]) == ["Văn hoá", "Thể thao"]


def test_tags_of_punctuation_alone_stay_apart() -> None:
    assert tag_key("!!") != tag_key("??")
    assert clean_tags(["!!", "??", "!!"]) == ["!!", "??"]


def test_derived_columns_follow_the_fields() -> None:
    fields = ArticleFields(title="Đà Nẵng", date="2023-12", author="Thu Hà", source=None)
    derived = derived_columns(fields)
    assert derived["title_sort"] == vn.sort_key("Đà Nẵng")
    assert (derived["date_lo"], derived["date_hi"]) == date_bounds("2023-12")
    assert derived["author_key"] == vn.name_key("Thu Hà")
    assert derived["source_key"] is None and derived["author_sort"] == vn.sort_key("Thu Hà")
    stored = stored_columns(fields)
    assert stored["title"] == "Đà Nẵng" and stored["body"] == ""
    assert set(derived) <= set(stored)


@given(st.text(min_size=1, max_size=20))
def test_a_tag_and_its_cleaned_spelling_have_one_key(name: str) -> None:
    cleaned = clean_tags([name])
    if cleaned:
        assert tag_key(cleaned[0]) == tag_key(" ".join(vn.clean(name).split()))
