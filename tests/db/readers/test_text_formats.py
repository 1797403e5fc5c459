"""The sample format, Markdown with front matter and plain text."""

from __future__ import annotations

import markdown
import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.readers import FailureKind, ReadError, decode_article_bytes
from db.readers.bylines import looks_like_name
from db.readers.markdown_text import escape_markdown
from db.readers.text_formats import parse_markdown, parse_sample_format


def read(text: str, *, kind: str = "text", name: str = "bai.txt"):
    return decode_article_bytes(text.encode("utf-8"), name=name, kind=kind)


SAMPLE = (
    " date 2023-12 Hội nghị kiểm điểm Đảng ủy BĐBP Thanh Hoá\n\n"
    "Chiều 25/12, Đảng ủy BĐBP tỉnh Thanh Hóa tổ chức hội nghị.\n\n"
    "Quang cảnh hội nghị (Ảnh: Minh Châu)\n\n"
    "Năm 2024, đơn vị tiếp tục *nâng cao* chất lượng [công tác].\n\n"
    "Lê Thu Hà (CTV)\n"
)


def test_sample_format_fields() -> None:
    article = read(SAMPLE)
    assert article.title == "Hội nghị kiểm điểm Đảng ủy BĐBP Thanh Hoá"
    assert article.date == "2023-12"
    assert article.author == "Lê Thu Hà (CTV)"
    assert article.source is None
    assert "Lê Thu Hà" not in article.body
    assert article.encoding == "utf-8"
    assert article.original_name == "bai.txt"


def test_caption_is_an_emphasised_paragraph() -> None:
    body = read(SAMPLE).body
    assert "*Quang cảnh hội nghị (Ảnh: Minh Châu)*" in body.split("\n\n")


def test_plain_text_markup_shows_as_written() -> None:
    html = markdown.markdown(read(SAMPLE).body)
    assert "*nâng cao*" in html and "[công tác]" in html


@pytest.mark.parametrize(
    "header",
    [
        " date 2023-12 Tiêu đề",
        "date 2023-12 Tiêu đề",
        " DATE 2023-12 Tiêu đề",
        "Date 2023 Tiêu đề",
        " date 2023-12-05 Tiêu đề",
    ],
)
def test_header_variants(header: str) -> None:
    article = parse_sample_format(header + "\n\nNội dung.\n")
    assert article is not None and article.title == "Tiêu đề"


def test_bad_header_date_falls_back_to_plain_text() -> None:
    article = read(" date 2023-13 Tiêu đề\n\nNội dung.\n")
    assert article.date is None
    assert article.title == "date 2023-13 Tiêu đề"


@pytest.mark.parametrize(
    ("last", "author", "source"),
    [
        ("Quốc Toản (CTV)", "Quốc Toản (CTV)", None),
        ("Quân Đỗ - An Nhiên", "Quân Đỗ - An Nhiên", None),
        ("Theo Dailymail", None, "Dailymail"),
        ("Theo Newsweek", None, "Newsweek"),
        ("Tổng hợp", None, "Tổng hợp"),
        ("Theo số liệu mới nhất, cả nước có 674.000 ca.", None, None),
        ("Đêm hội này, thành phố trao 300 suất quà.", None, None),
        ("trời mưa to", None, None),
    ],
)
def test_byline_and_credit(last: str, author: str | None, source: str | None) -> None:
    article = read(f" date 2021-04 Tin\n\nĐoạn đầu của bài.\n\n{last}\n")
    assert article.author == author
    assert article.source == source
    if author is None and source is None:
        assert last.split(maxsplit=1)[0] in article.body  # kept: never drop text


def test_looks_like_name() -> None:
    assert looks_like_name("Ảnh: GokuAgency - Hải Long")
    assert not looks_like_name("Hữu Nghị và nhóm phóng viên thường trú tại Hà Nội đưa tin")


def test_markdown_front_matter() -> None:
    text = (
        "\ufeff---\ntitle: Báo cáo quý\ndate: 2024-03-05\nauthor: Trần Văn A\n"
        "source: Đồn Biên phòng\ntags: [biên giới, báo cáo]\n---\n\n# Mục 1\n\nNội dung **đậm**.\n"
    )
    article = read(text, kind="markdown", name="bao-cao.md")
    assert article.title == "Báo cáo quý"
    assert article.date == "2024-03-05"
    assert article.author == "Trần Văn A"
    assert article.source == "Đồn Biên phòng"
    assert article.tags == ["biên giới", "báo cáo"]
    assert "**đậm**" in article.body


def test_markdown_without_front_matter_takes_the_first_heading() -> None:
    article = parse_markdown("# Tiêu đề\n\nThân bài.", fallback_title="x")
    assert article.title == "Tiêu đề"
    assert article.body.strip() == "Thân bài."


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: [unclosed\n---\nbody",
        "---\ntitle: x\nno closing fence",
        "---\n- just\n- a list\n---\nbody",
    ],
)
def test_invalid_front_matter_is_reported(text: str) -> None:
    with pytest.raises(ReadError) as raised:
        read(text, kind="markdown", name="x.md")
    assert raised.value.kind is FailureKind.DAMAGED
    assert "front matter" in str(raised.value)


def test_plain_text_title_is_first_line_and_markup_is_escaped() -> None:
    article = read(
        "\n\nGhi chú nhanh\n\n# không phải tiêu đề\n\n1. không phải danh sách\n\n<b>x</b> & *y*\n"
    )
    assert article.title == "Ghi chú nhanh"
    assert article.date is None
    html = markdown.markdown(article.body)
    assert "# không phải tiêu đề" in html
    assert "1. không phải danh sách" in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html
    assert "*y*" in html


@pytest.mark.parametrize(
    "text", ["a\\b", "`code`", "_x_", "- item", "+ item", "> quote", "    indented"]
)
def test_escape_round_trips_through_markdown(text: str) -> None:
    import html

    rendered = html.unescape(markdown.markdown(escape_markdown(text)))
    assert text.strip() in rendered


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", FailureKind.EMPTY),
        (b"  \n\n ", FailureKind.EMPTY),
        (b"\x00\x01\x02binary\x00\x00" * 50, FailureKind.BINARY),
    ],
)
def test_bad_bytes(data: bytes, kind: FailureKind) -> None:
    with pytest.raises(ReadError) as raised:
        decode_article_bytes(data, name="x.txt", kind="text")
    assert raised.value.kind is kind


def test_fingerprint_ignores_encoding_normalisation_and_line_ends() -> None:
    import unicodedata

    base = read(SAMPLE).fingerprint
    nfd = decode_article_bytes(unicodedata.normalize("NFD", SAMPLE).encode(), name="a", kind="text")
    utf16 = decode_article_bytes(SAMPLE.encode("utf-16"), name="a", kind="text")
    crlf = decode_article_bytes(
        b"\xef\xbb\xbf" + SAMPLE.replace("\n", "\r\n").encode(), name="a", kind="text"
    )
    assert nfd.fingerprint == utf16.fingerprint == crlf.fingerprint == base
    assert utf16.encoding.startswith("utf-16")


@given(st.text(alphabet=st.sampled_from(list("ab #>+-1.)*_[]\\`<&;\t\u00a0\nĐ")), max_size=40))
def test_escape_fast_path_changes_nothing(text: str) -> None:
    # The shortcut for lines with nothing to escape must agree with the full treatment.
    from db.readers import markdown_text as mt

    def full(line: str) -> str:
        escaped = mt._INLINE.sub(r"\\\1", line)
        escaped = mt._ENTITY.sub("&amp;", escaped)
        escaped = mt._ANGLE.sub("&lt;", escaped)
        escaped = mt._BLOCK_START.sub(mt._escape_block_start, escaped)
        return escaped.lstrip(" \t")

    assert escape_markdown(text) == "\n".join(full(line) for line in text.split("\n"))
