"""Front matter of any shape: the article is kept, unusable values leave a note."""

from __future__ import annotations

import datetime as dt

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from db.readers import decode_article_bytes
from db.readers.errors import Reason

SCALARS = st.one_of(
    st.text(max_size=30),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.sampled_from(["2023", "2023-12", "2023-12-25", "July 17, 2006", "17/07/2006", "2023-13"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
KEYS = st.sampled_from(
    ["title", "date", "author", "authors", "source", "tags", "tag", "keywords", "x"]
)


@settings(max_examples=200, deadline=None)
@given(meta=st.dictionaries(KEYS, VALUES, max_size=6), body=st.text(min_size=1, max_size=40))
def test_any_front_matter_keeps_the_article(meta: dict[str, object], body: str) -> None:
    front = yaml.safe_dump(meta, allow_unicode=True) if meta else ""
    text = f"---\n{front}---\nThân bài {body}\n"
    article = decode_article_bytes(text.encode("utf-8"), name="bai.md", kind="markdown")
    assert article.title.strip()
    assert "Thân bài" in article.body
    if article.date is not None:
        assert len(article.date) in (4, 7, 10)
    for note in article.notes:
        assert isinstance(note, Reason)
    date = meta.get("date")
    if isinstance(date, str) and date in ("July 17, 2006", "17/07/2006", "2023-13"):
        assert article.date is None
        assert any(note.key == "markdown.front-matter-date" for note in article.notes)  # type: ignore[attr-defined]
