"""The administrative rules on real documents (``../shared``; skipped without it).

``FILED`` is what a clerk files each of the 17 real documents of
``corpus/legacy-office`` under, read from its transcript: title, date, number and source
(None: the document does not say). The rules are checked on blocks made from each
transcript's lines (one paragraph per line, as the corpus gives them) and, for the twelve
that LibreOffice saved as ``.docx``, on the blocks of those files. The transcripts keep
the capital fonts' text in small letters, so titles and sources compare in lower case.

Four documents are not laid out as administrative documents and the rules do not find
what a clerk would (``NOT_FOUND``); for them the test checks that nothing is invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from db import vietnamese as vn
from db.models import ArticleFields
from db.readers.bylines import find_byline
from db.readers.document_fields import Block, fields_from_blocks
from db.readers.markdown_text import escape_markdown
from db.readers.text_formats import split_paragraphs
from tests.conftest import SHARED
from tests.db.readers.docx_blocks import docx_blocks

CORPUS = SHARED / "corpus" / "legacy-office"
DANTRI = SHARED / "corpus" / "dantri"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared is not here")


class Filed(NamedTuple):
    title: str
    date: str | None
    number: str | None
    source: str | None


FILED = {
    "2003-02144qd": Filed(
        "Quyết định về việc sửa đổi mức thuế suất của một số mặt hàng trong Biểu thuế thuế "
        "nhập khẩu ưu đãi",
        "2002-11-22",
        "144/2002/QĐ/BTC",
        "Bộ Tài chính",
    ),
    "2003-A-15": Filed(
        "Nghị định quy định chi tiết thi hành Luật sửa đổi, bổ sung một số điều của Luật Thuế "
        "xuất khẩu, thuế nhập khẩu số 04/1998/QH10 ngày 20 tháng 5 năm 1998",
        "1998-11-17",
        "94/1998/NĐ-CP",
        "Chính phủ",
    ),
    "2003-A06": Filed(
        "Thông tư hướng dẫn bổ sung quy định về thuế thu nhập doanh nghiệp áp dụng đối với các "
        "chi nhánh của tổ chức nước ngoài hoạt động tại Việt Nam qui định tại Thông tư số "
        "99/1998/TT-BTC ngày 14/7/1998",
        "2001-01-18",
        "08/2001/TT-BTC",
        "Bộ Tài chính",
    ),
    "2004-0328NDCP": Filed(
        "Nghị định quy định việc phát hành công trái xây dựng Tổ quốc năm 2003 - Công trái "
        "giáo dục",
        "2003-03-31",
        "28/2003/NĐ-CP",
        "Chính phủ",
    ),
    "2004-13D56_Le_Quang_Thung-phatbieu": Filed(
        "Triển vọng và giải pháp phát triển ngành cao su Việt Nam", "2001-07", None, None
    ),
    "2004-1ED4D_Francois_Godement-Thoikyquado": Filed(
        "Thời kỳ quá độ, Nhà nước với thị trường: tiến bộ, trở ngại và ẩn số", None, None, None
    ),
    "2004-A33": Filed(
        "Thông tư liên tịch hướng dẫn thực hiện chính sách thuế theo tỷ lệ nội địa hoá đối với "
        "các sản phẩm, phụ tùng thuộc ngành cơ khí - điện - điện tử",
        "1998-12-25",
        "176/1998/TTLT-BTC-BCN-TCHQ",
        "Bộ Tài chính - Công nghiệp - Tổng cục Hải quan",
    ),
    "2004-B6": Filed(
        "Quyết định về việc ban hành chế độ kế toán doanh nghiệp",
        "1995-11-01",
        "1141-TC/QĐ/CĐKT",
        "Bộ Tài chính",
    ),
    "2004-mauduan": Filed(
        "Các dự án ứng dụng và phát triển CNTT giai đoạn 1998-1999-2000",
        "1997-10",
        None,
        "Ban chỉ đạo Chương trình Quốc gia về Công nghệ thông tin",
    ),
    # A table of industrial parks with no title: filed under its file's name.
    "2005-1DCA4_3b": Filed("2005-1DCA4_3b", None, None, None),
    "2005-QD-256": Filed(
        "Quyết định V/v ban hành Chương trình Cải cách hành chính của thành phố Cần Thơ giai "
        "đoạn 2004 - 2010",
        "2004-07-01",
        "256/2004/QĐ-UB",
        "Ủy ban nhân dân thành phố Cần Thơ",
    ),
    "2006-16EZE_TT01.06GopvonDNNVV": Filed(
        "Thông tư hướng dẫn một số nội dung về góp vốn thành lập Quỹ bảo lãnh tín dụng cho các "
        "doanh nghiệp nhỏ và vừa",
        "2006-02-20",
        "01/2006/TT-NHNN",
        "Ngân hàng Nhà nước Việt Nam",
    ),
    # A blank form ("Mẫu số 3-TT"): its "UBND…(1)" and "Đợt…/200…" are yet to be filled.
    "2006-HHamau3-1995": Filed(
        "Danh sách thân nhân người có công với cách mạng hưởng trợ cấp một lần", None, None, None
    ),
    # An application form: "Kính gởi" names its addressee, not its issuer.
    "2006-Mau-MD-1M-Dntn": Filed("Đơn đăng ký kinh doanh doanh nghiệp tư nhân", None, None, None),
    # A regulation issued with Decision 05/2006/QĐ-UBND: filed under that number and date.
    "2006-quydinhkiemtra02": Filed(
        "Quy định về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Đội kiểm tra liên "
        "ngành 814",
        "2006-01-25",
        "05/2006/QĐ-UBND",
        "Ủy ban nhân dân tỉnh Cà Mau",
    ),
    # A report on February 2007 whose text gives no date of its own.
    "2007-1AF57_02-2007": Filed(
        "Báo cáo về tình hình sản xuất kinh doanh ngành công nghiệp tháng 02 và 2 tháng đầu năm "
        "2007",
        None,
        None,
        None,
    ),
    "2008-23.QD-991-UBND": Filed(
        "Quyết định về việc phê duyệt Kế hoạch thực hiện quy hoạch sử dụng rừng, đất rừng và "
        "đất chuyển ra khỏi lâm phần sau rà soát quy hoạch 03 loại rừng",
        "2008-05-14",
        "991/QĐ-UBND",
        "Ủy ban nhân dân tỉnh Bình Phước",
    ),
}
# Not laid out as administrative documents: conference papers, a project template and
# a bare table. The ordinary rules give their first line (or file name) as the title.
NOT_FOUND = {
    "2004-13D56_Le_Quang_Thung-phatbieu": "a speech: the title is the quoted fifth line",
    "2004-1ED4D_Francois_Godement-Thoikyquado": "a paper: the title is its third line",
    "2004-mauduan": "a project template under its issuer, without a document type",
    "2005-1DCA4_3b": "a table whose first cell is 'STT'",
}


def loose(text: str | None) -> str | None:
    """Words in small letters, one tone placement, punctuation ignored."""
    return None if text is None else vn.marked_words(text)


def filed_as(result: ArticleFields) -> Filed:
    return Filed(result.title, result.date, result.number, result.source)


def same(result: Filed, expected: Filed) -> bool:
    return (
        loose(result.title) == loose(expected.title)
        and result.date == expected.date
        and result.number == expected.number
        and loose(result.source) == loose(expected.source)
    )


def transcript_blocks(name: str) -> list[Block]:
    text = (CORPUS / "truth" / f"{name}.txt").read_text(encoding="utf-8")
    return [
        Block(text=line, markdown=escape_markdown(line.strip()))
        for line in text.split("\n")
        if line.strip()
    ]


def test_the_table_covers_the_corpus() -> None:
    assert sorted(FILED) == sorted(path.stem for path in (CORPUS / "truth").glob("*.txt"))


@pytest.mark.parametrize("name", sorted(FILED))
def test_transcript(name: str) -> None:
    result = filed_as(fields_from_blocks(transcript_blocks(name), fallback_title=name))
    expected = FILED[name]
    if name in NOT_FOUND:
        assert not same(result, expected)
        # What the layout cannot tell stays empty; nothing is made up.
        assert (result.number, result.source) == (None, None)
        assert result.date in (None, expected.date)
    else:
        assert result._replace(title=loose(result.title), source=loose(result.source)) == (
            expected._replace(title=loose(expected.title), source=loose(expected.source))
        )


def test_how_many_the_rules_get_right() -> None:
    right = [
        name
        for name in FILED
        if same(
            filed_as(fields_from_blocks(transcript_blocks(name), fallback_title=name)), FILED[name]
        )
    ]
    assert sorted(right) == sorted(set(FILED) - set(NOT_FOUND))
    assert len(right) == 13


@pytest.mark.parametrize(
    "name",
    sorted(path.stem for path in (CORPUS / "lo" / "docx").glob("*.docx"))
    if CORPUS.is_dir()
    else [],
)
def test_libreoffice_docx(name: str) -> None:
    """The same documents as a reader gives their blocks (tables, capital fonts in capitals)."""
    blocks = docx_blocks(CORPUS / "lo" / "docx" / f"{name}.docx")
    result = filed_as(fields_from_blocks(blocks, fallback_title=name))
    expected = FILED[name]
    if name in NOT_FOUND:
        assert (result.number, result.source) == (None, None)
        return
    assert same(result, expected), result
    if expected.source is not None:
        # Capitals are written as a clerk writes the name.
        assert result.source == expected.source.replace("Uỷ", "Ủy") or result.source == (
            expected.source.replace("Ủy", "Uỷ")
        )


@pytest.mark.skipif(not DANTRI.is_dir(), reason="../shared is not here")
@pytest.mark.parametrize("path", sorted(DANTRI.glob("*.txt")) if DANTRI.is_dir() else [])
def test_news_articles_keep_the_ordinary_rules(path: Path) -> None:
    header, _, rest = path.read_text(encoding="utf-8").partition("\n")
    title = header.split(" ", 3)[3]
    paragraphs = [title, *split_paragraphs(rest)]
    blocks = [Block(text=p, markdown=escape_markdown(p)) for p in paragraphs]
    result = fields_from_blocks(blocks, fallback_title=path.stem)
    byline = find_byline(paragraphs[1:])
    kept = byline.kept(paragraphs[1:])
    assert (result.title, result.author, result.source) == (title, byline.author, byline.source)
    assert (result.number, result.date) == (None, None)
    assert result.body == "\n\n".join(escape_markdown(p) for p in kept)
