"""Flattening deep HTML: structure-aware generated pages keep their text and stay shallow."""

from __future__ import annotations

from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.html_nesting import limit_nesting
from db.readers.html_format import parse_html

TAGS = ["div", "p", "b", "i", "span", "font", "ul", "li", "table", "tr", "td", "blockquote"]
WORDS = st.sampled_from(["Hà Nội", "Thanh Hóa", "tin", "bài", "&amp;", "đảng ủy", "x"])


@st.composite
def pages(draw: st.DrawFn, depth: int = 0) -> str:
    """HTML of nested elements, some closed and some not, with words at every level."""
    parts = []
    for _ in range(draw(st.integers(0, 3 if depth < 6 else 1))):
        if depth < 40 and draw(st.booleans()):
            tag = draw(st.sampled_from(TAGS))
            inner = draw(pages(depth + 1))
            closed = draw(st.booleans())
            parts.append(f"<{tag}>{inner}" + (f"</{tag}>" if closed else ""))
        else:
            parts.append(draw(WORDS))
    return " ".join(parts)


def _depth(html: str) -> int:
    soup = BeautifulSoup(html, "html.parser")
    deepest = 0
    for element in soup.find_all(True):
        deepest = max(deepest, len(list(element.parents)))
    return deepest


def _words(html: str) -> list[str]:
    return BeautifulSoup(html, "html.parser").get_text(" ").split()


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(page=pages(), depth=st.integers(1, 12), repeat=st.integers(1, 60))
def test_flattening_keeps_every_word_and_bounds_the_depth(
    page: str, depth: int, repeat: int
) -> None:
    html = "<div>" * repeat + page + "</div>" * repeat
    limited = limit_nesting(html, max_depth=depth)
    assert _words(limited.html) == _words(html)
    assert _depth(limited.html) <= depth + 1  # +1: the document itself
    again = limit_nesting(limited.html, max_depth=depth)
    assert _words(again.html) == _words(html)


@settings(max_examples=60, deadline=None)
@given(page=pages(), repeat=st.integers(0, 3000))
def test_any_page_converts_without_recursion_and_keeps_its_words(page: str, repeat: int) -> None:
    html = "<html><body>" + "<div><b>" * repeat + page + "<p>fin</p>"
    article = parse_html(html, fallback_title="x")
    for word in ("fin", *(w for w in _words(page) if w.isalpha())):
        assert word in article.fields.body or word in article.fields.title


def test_script_and_style_beyond_the_depth_are_dropped_whole() -> None:
    html = "<div>" * 5 + "<p>một</p><script>if (a<b) x()</script><style>p{}</style>hai"
    limited = limit_nesting(html, max_depth=3)
    assert _words(limited.html) == ["một", "hai"]
    assert limited.flattened


def test_bold_inside_bold_is_one_bold() -> None:
    limited = limit_nesting("<b>x<b>y</b>z</b>w")
    assert limited.html == "<b>xyz</b>w"
    assert not limited.flattened
