"""The sign-off at the end of an article: byline, source credit, photo credit."""

from __future__ import annotations

import pytest

from db.readers.bylines import find_byline, is_media_credit, source_credit
from db.readers.document_fields import Block, fields_from_blocks
from db.readers.text_formats import parse_sample_format

BODY = "Đoạn đầu của bài, kể chuyện hội nghị tổng kết năm."


@pytest.mark.parametrize(
    ("ending", "author", "source", "body_ends_with"),
    [
        # Dân trí's two-line sign-offs (news_world_108, news_world_258, news_society_221).
        (["Đức Hoàng", "Theo Dailymail"], "Đức Hoàng", "Dailymail", BODY),
        (["Tùng Anh", "Tổng hợp"], "Tùng Anh", "Tổng hợp", BODY),
        (
            ["Tiến Tuấn", "Ảnh: GokuAgency - Hải Long"],
            "Tiến Tuấn",
            None,
            "Ảnh: GokuAgency - Hải Long",
        ),
        # One line.
        (["Hữu Nghị"], "Hữu Nghị", None, BODY),
        (["Ảnh: GokuAgency - Hải Long"], None, None, "Ảnh: GokuAgency - Hải Long"),
        (["Video: VTV"], None, None, "Video: VTV"),
        (["Nguồn: Báo Quân đội nhân dân"], None, "Báo Quân đội nhân dân", BODY),
        (["Nguồn: vnexpress.net"], None, "vnexpress.net", BODY),
        (["Theo Reuters, AFP"], None, "Reuters, AFP", BODY),
        (["Bài và ảnh: Minh Châu"], "Minh Châu", None, BODY),
        # A byline, a source, then the photos: all three read.
        (["Đức Hoàng", "Theo Dailymail", "Ảnh: Reuters"], "Đức Hoàng", "Dailymail", "Ảnh: Reuters"),
        # Prose stays prose.
        (["Theo số liệu mới nhất, cả nước có 674.000 ca."], None, None, "674.000 ca."),
        (["Nguồn: theo lời kể của người dân địa phương."], None, None, "địa phương."),
        (["Chiều 20/12, hội nghị bế mạc.", "Ảnh: Minh Châu"], None, None, "Ảnh: Minh Châu"),
    ],
)
def test_the_sign_off(
    ending: list[str], author: str | None, source: str | None, body_ends_with: str
) -> None:
    paragraphs = [BODY, *ending]
    byline = find_byline(paragraphs)
    assert (byline.author, byline.source) == (author, source)
    kept = byline.kept(paragraphs)
    assert kept[-1].endswith(body_ends_with)
    # Nothing that is not a field leaves the body.
    named = {author, source, f"Theo {source}", f"Nguồn: {source}", f"Bài và ảnh: {author}"}
    assert [p for p in paragraphs if p not in kept and p not in named] == []


def test_a_credit_is_never_the_author() -> None:
    for credit in ("Ảnh: GokuAgency - Hải Long", "Video: Minh Châu", "Clip: VTV", "Nguồn: TTXVN"):
        for paragraphs in ([BODY, credit], [BODY, "Dòng cuối.", credit]):
            assert find_byline(paragraphs).author is None, paragraphs


def test_the_first_paragraph_is_never_taken() -> None:
    assert find_byline(["Hữu Nghị"]).taken == frozenset()
    assert find_byline(["Hữu Nghị", "Ảnh: Minh Châu"]).author is None


def test_credit_lines() -> None:
    assert is_media_credit("Ảnh minh họa: Internet")
    assert not is_media_credit("Ảnh chụp lúc 6 giờ sáng cho thấy đường ngập sâu.")
    assert source_credit("Theo Newsweek") == "Newsweek"
    assert source_credit("Nguồn: Bộ Y tế.") == "Bộ Y tế"
    assert source_credit("Theo ông Nam") is None  # "theo" in a sentence
    assert source_credit("Theo Bộ Y tế") is None  # unlabelled and not a name: unsure
    assert source_credit("Tổng hợp từ VnExpress") == "Tổng hợp từ VnExpress"


def test_the_file_format_keeps_the_photo_credit_as_the_last_line() -> None:
    text = f" date 2021-04 Tin\n\n{BODY}\n\nTiến Tuấn\n\nẢnh: GokuAgency - Hải Long\n"
    article = parse_sample_format(text)
    assert article is not None
    assert article.author == "Tiến Tuấn"
    assert article.body.endswith("*Ảnh: GokuAgency - Hải Long*")
    assert "Tiến Tuấn" not in article.body


def test_documents_read_the_same_sign_off() -> None:
    texts = ["Tiêu đề bài", BODY, "Đức Hoàng", "Theo Dailymail", "Ảnh: Reuters"]
    blocks = [Block(text=t, markdown=t) for t in texts]
    article = fields_from_blocks(blocks, fallback_title="x")
    assert (article.title, article.author, article.source) == (
        "Tiêu đề bài",
        "Đức Hoàng",
        "Dailymail",
    )
    assert article.body == f"{BODY}\n\nẢnh: Reuters"


def test_a_heading_at_the_end_is_not_a_byline() -> None:
    blocks = [
        Block(text="Tiêu đề bài", markdown="Tiêu đề bài", kind="title"),
        Block(text=BODY, markdown=BODY),
        Block(text="Hữu Nghị", markdown="## Hữu Nghị", kind="heading"),
        Block(text="Ảnh: Minh Châu", markdown="Ảnh: Minh Châu"),
    ]
    article = fields_from_blocks(blocks, fallback_title="x")
    assert article.author is None
    assert "## Hữu Nghị" in article.body
