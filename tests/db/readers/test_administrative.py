"""Administrative documents: title, date, number and source from the layout, no text dropped.

The documents here are written for the tests (the real ones are in
``test_administrative_corpus.py``): every way a reader may hand over the top block (a
table's Markdown rows, tab-separated columns, one block per cell, a PDF's run-together
line) and the spellings met in real files.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import vietnamese as vn
from db.article_fields import validated
from db.models import ArticleFields
from db.readers.administrative_text import clean_number
from db.readers.document_fields import Block, DocumentHints, fields_from_blocks
from db.readers.markdown_text import escape_markdown
from db.readers.name_case import clerk_case

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
FREEDOM = "Độc lập - Tự do - Hạnh phúc"
PREAMBLE = [
    "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;",
    "Xét đề nghị của Giám đốc Sở Nội vụ,",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Chương trình cải cách hành chính.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Nơi nhận:",
    "Nguyễn Văn Bình",
]


def para(text: str, kind: str = "paragraph") -> Block:
    return Block(text=text, markdown=escape_markdown(text), kind=kind)


def fields(blocks: list[Block], **options: object) -> ArticleFields:
    return fields_from_blocks(blocks, fallback_title="tep", **options)  # type: ignore[arg-type]


def decision_body() -> list[Block]:
    return [
        para("QUYẾT ĐỊNH"),
        para("Về việc ban hành Chương trình cải cách hành chính giai đoạn 2004 - 2010"),
        para("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"),
        *[para(line) for line in PREAMBLE],
    ]


CAN_THO = {
    "title": "Quyết định về việc ban hành Chương trình cải cách hành chính giai đoạn 2004 - 2010",
    "date": "2004-07-01",
    "number": "256/2004/QĐ-UB",
    "source": "Ủy ban nhân dân thành phố Cần Thơ",
}


def found(result: ArticleFields) -> dict[str, str | None]:
    return {
        "title": result.title,
        "date": result.date,
        "number": result.number,
        "source": result.source,
    }


def test_top_block_as_a_markdown_table() -> None:
    table = Block(
        text=f"| ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ | {MOTTO} {FREEDOM} |\n| --- | --- |\n"
        "| Số: 256/2004/QĐ-UB | TP. Cần Thơ, ngày 01 tháng 7 năm 2004 |",
        markdown="| … |",
        kind="table",
    )
    result = fields([table, *decision_body()])
    assert found(result) == CAN_THO
    # The letterhead and everything after the title stay in the body; the title lines go.
    assert result.body.startswith("| … |")
    assert "Về việc ban hành" not in result.body
    assert "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\n\nCăn cứ" in result.body
    # The signer is not a byline in an administrative document.
    assert result.author is None and result.body.endswith("Nguyễn Văn Bình")


def test_top_block_as_tab_separated_lines() -> None:
    table = Block(
        text=f"ỦY BAN NHÂN DÂN\t{MOTTO}\nTHÀNH PHỐ CẦN THƠ\t{FREEDOM}\n"
        "Số:  256 /2004/QĐ-UB\tTP.Cần Thơ, ngày  01 tháng  7 năm 2004",
        markdown="table",
        kind="table",
    )
    assert found(fields([table, *decision_body()])) == CAN_THO


def test_top_block_as_one_block_per_cell() -> None:
    cells = [
        "ỦY BAN NHÂN DÂN",
        "THÀNH PHỐ CẦN THƠ",
        "Số: 256/2004/QĐ-UB",
        MOTTO,
        FREEDOM,
        "-------------",
        "TP. Cần Thơ, ngày 01 tháng 7 năm 2004",
    ]
    assert found(fields([para(cell) for cell in cells] + decision_body())) == CAN_THO


def test_columns_run_together_as_a_pdf_gives_them() -> None:
    lines = [
        f"NGÂN HÀNG NHÀ NƯỚC {MOTTO}",
        f"VIỆT NAM {FREEDOM}",
        "Số : 01/2006/TT-NHNN Hà Nội, ngày 20 tháng 02 năm 2006",
        "THÔNG TƯ",
        "Hướng dẫn một số nội dung về góp vốn thành lập",
        "Quỹ bảo lãnh tín dụng cho các doanh nghiệp nhỏ và vừa",
        "Để triển khai Quyết định số 193/2001/QĐ-TTg ngày 20/12/2001 của Thủ tướng Chính",
        "phủ, Thống đốc Ngân hàng Nhà nước hướng dẫn như sau:",
    ]
    result = fields([para(line) for line in lines])
    assert found(result) == {
        "title": "Thông tư hướng dẫn một số nội dung về góp vốn thành lập Quỹ bảo lãnh tín "
        "dụng cho các doanh nghiệp nhỏ và vừa",
        "date": "2006-02-20",
        "number": "01/2006/TT-NHNN",
        "source": "Ngân hàng Nhà nước Việt Nam",
    }
    assert result.body.split("\n\n")[:3] == [escape_markdown(line) for line in lines[:3]]


def head(left: list[str], number: str, date_line: str) -> list[Block]:
    right = [MOTTO, FREEDOM]
    rows = [f"{a}\t{b}" for a, b in zip(left, right + [""] * len(left), strict=False)]
    return [para(row) for row in rows] + [para(f"{number}\t{date_line}")]


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("Số: 256/2004/QĐ-UB", "256/2004/QĐ-UB"),
        ("Số : 01/2006/TT-NHNN", "01/2006/TT-NHNN"),
        ("Số 12-BC/ĐU", "12-BC/ĐU"),
        ("SỐ:  144 /2002/QĐ/BTC", "144/2002/QĐ/BTC"),
        ("Số:…05…./2006/ QĐ-UBND", "05/2006/QĐ-UBND"),
        ("Số: 991/QĐ-UBND", "991/QĐ-UBND"),
        ("Số:      /QĐ-UBND", None),  # a blank form: no number yet
    ],
)
def test_number_spellings(typed: str, number: str | None) -> None:
    blocks = head(["ĐẢNG ỦY XÃ AN BÌNH"], typed, "An Bình, ngày 5 tháng 3 năm 2010")
    result = fields([*blocks, *decision_body()])
    assert result.number == number


@pytest.mark.parametrize(
    ("typed", "date"),
    [
        ("Hà Nội, ngày 01 tháng 7 năm 2004", "2004-07-01"),
        ("Hà Nội, ngày  01 tháng  7 năm 2004", "2004-07-01"),
        ("Đồng Xoài, ngày 14 tháng5 năm2008", "2008-05-14"),
        ("TP.Cần Thơ, ngày …25..tháng 01 năm 2006", "2006-01-25"),
        ("ngày 01/7/2004", "2004-07-01"),
        ("Hà Nội, tháng 7/2004", "2004-07"),
        ("Hà Nội, tháng 7 năm 2004", "2004-07"),
        ("Hà Nội, năm 2004", "2004"),
        ("Hà Nội, ngày     tháng     năm 2004", "2004"),
        ("Hà Nội, ngày … tháng 7 năm 2004", "2004-07"),
    ],
)
def test_date_spellings(typed: str, date: str) -> None:
    blocks = head(["BỘ TÀI CHÍNH"], "Số: 08/2001/TT-BTC", typed)
    assert fields([*blocks, *decision_body()]).date == date


def test_an_impossible_date_stays_empty_and_is_noted() -> None:
    notes: list[str] = []
    blocks = head(["BỘ TÀI CHÍNH"], "Số: 08/2001/TT-BTC", "Hà Nội, ngày 31 tháng 2 năm 2001")
    result = fields([*blocks, *decision_body()], notes=notes)
    assert result.date is None
    assert len(notes) == 1 and "ngày 31 tháng 2 năm 2001" in notes[0]


@pytest.mark.parametrize(
    ("left", "source"),
    [
        (["BỘ TÀI CHÍNH"], "Bộ Tài chính"),
        (["BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ"], "Tổng cục Thuế"),
        (["UBND TỈNH CÀ MAU", "SỞ NỘI VỤ"], "Sở Nội vụ tỉnh Cà Mau"),
        (["ỦY BAN NHÂN DÂN", "TỈNH BÌNH PHƯỚC"], "Ủy ban nhân dân tỉnh Bình Phước"),
        (
            ["ĐẢNG BỘ TỈNH QUẢNG NINH", "ĐẢNG ỦY BỘ ĐỘI BIÊN PHÒNG"],
            "Đảng ủy Bộ đội Biên phòng tỉnh Quảng Ninh",
        ),
        (["Bộ Tài chính"], "Bộ Tài chính"),
    ],
)
def test_issuing_body_with_and_without_its_parent(left: list[str], source: str) -> None:
    blocks = head(left, "Số: 12/QĐ", "Hà Nội, ngày 5 tháng 3 năm 2010")
    assert fields([*blocks, *decision_body()]).source == source


def test_a_letter_is_titled_by_its_excerpt() -> None:
    blocks = [
        para(f"ỦY BAN NHÂN DÂN\t{MOTTO}"),
        para(f"HUYỆN ĐÔNG ANH\t{FREEDOM}"),
        para("Số: 125/UBND-VP\tĐông Anh, ngày 3 tháng 4 năm 2012"),
        para("V/v góp ý dự thảo quy hoạch"),
        para("sử dụng đất đến năm 2020"),
        para("Kính gửi: Sở Tài nguyên và Môi trường"),
        para("Ủy ban nhân dân huyện có ý kiến như sau: …"),
    ]
    result = fields(blocks)
    assert found(result) == {
        "title": "Công văn V/v góp ý dự thảo quy hoạch sử dụng đất đến năm 2020",
        "date": "2012-04-03",
        "number": "125/UBND-VP",
        "source": "Ủy ban nhân dân huyện Đông Anh",
    }
    # The excerpt sits in the letterhead's column: nothing leaves the body.
    assert "V/v góp ý" in result.body and "sử dụng đất đến năm 2020" in result.body


def test_the_gazette_form_names_everything_in_its_title_lines() -> None:
    lines = [
        "Quyết định",
        "của Bộ trưởng Bộ Tài chính số 1141-TC/QĐ/CĐKT",
        "ngày 01 tháng 11 năm 1995 Về việc ban hành",
        "chế độ kế toán doanh nghiệp",
        "Bộ trưởng Bộ Tài chính",
        "- Căn cứ Nghị định số 15/CP ngày 2-3-1993 của Chính phủ.",
    ]
    result = fields([para(line) for line in lines])
    assert found(result) == {
        "title": "Quyết định về việc ban hành chế độ kế toán doanh nghiệp",
        "date": "1995-11-01",
        "number": "1141-TC/QĐ/CĐKT",
        "source": "Bộ Tài chính",
    }
    # "Bộ trưởng" went into no field: the title lines stay in the body, as written.
    assert result.body.split("\n\n")[:2] == ["Quyết định", lines[1]]


def test_joint_circular_and_its_issuers() -> None:
    lines = [
        "Thông tư",
        "liên tịch của Bộ Tài chính - Công nghiệp -",
        "Tổng cục Hải quan  số 176/1998/TTLT-BTC-BCN-TCHQ",
        "ngày 25 tháng 12 năm1998 Hướng dẫn thực hiện chính sách thuế",
        "Căn cứ ý kiến của Thủ tướng Chính phủ;",
    ]
    assert found(fields([para(line) for line in lines])) == {
        "title": "Thông tư liên tịch hướng dẫn thực hiện chính sách thuế",
        "date": "1998-12-25",
        "number": "176/1998/TTLT-BTC-BCN-TCHQ",
        "source": "Bộ Tài chính - Công nghiệp - Tổng cục Hải quan",
    }


def test_an_excerpt_in_capitals_is_written_as_a_clerk_writes_it() -> None:
    blocks = [
        *head(["UỶ BAN NHÂN DÂN", "TỈNH CÀ MAU"], "Số: 05/2006/QĐ-UBND", "Cà Mau, năm 2006"),
        para("QUY ĐỊNH"),
        para("VỀ CHỨC NĂNG, NHIỆM VỤ CỦA ĐỘI KIỂM TRA LIÊN NGÀNH TỈNH CÀ MAU"),
        para("Chương I"),
    ]
    result = fields(blocks)
    assert result.title == "Quy định về chức năng, nhiệm vụ của đội kiểm tra liên ngành tỉnh Cà Mau"
    assert result.source == "Uỷ ban nhân dân tỉnh Cà Mau"


def test_a_regulation_takes_the_number_and_date_of_its_decision() -> None:
    blocks = [
        para(f"UỶ BAN NHÂN DÂN\t{MOTTO}"),
        para(f"TỈNH CÀ MAU\t{FREEDOM}"),
        para("QUY ĐỊNH"),
        para("Về tổ chức Đội kiểm tra liên ngành"),
        para("( Ban hành kèm theo Quyết định số …05…./2006/ QĐ-UBND,"),
        para("ngày …25..tháng 01 năm 2006 của UBND tỉnh Cà Mau )"),
        para("Chương I"),
    ]
    result = fields(blocks)
    assert (result.number, result.date) == ("05/2006/QĐ-UBND", "2006-01-25")
    assert "Ban hành kèm theo" in result.body


def test_the_enacting_word_and_the_motto_are_never_the_title() -> None:
    blocks = [para(MOTTO), para(FREEDOM), para("QUYẾT ĐỊNH:"), para("Điều 1. Nay giao nhiệm vụ.")]
    result = fields(blocks, hints=DocumentHints(title=MOTTO))
    assert result.title not in (MOTTO, FREEDOM, "QUYẾT ĐỊNH:")
    assert MOTTO in result.body and "QUYẾT ĐỊNH:" in result.body


def test_a_title_line_with_other_columns_stays_in_the_body() -> None:
    blocks = [
        para(f"BỘ TÀI CHÍNH\t{MOTTO}"),
        para("Số: 9/BC-BTC"),
        para("BÁO CÁO\tMẫu số 3"),
        para("Tình hình thu chi quý I"),
        para("1. Thu ngân sách:"),
    ]
    result = fields(blocks)
    assert result.title == "Báo cáo tình hình thu chi quý I"
    assert "BÁO CÁO\tMẫu số 3" in result.body and "Tình hình thu chi quý I" in result.body


def test_a_report_with_nothing_else_of_the_layout() -> None:
    blocks = [
        para("Báo cáo về tình hình sản xuất kinh doanh ngành công"),
        para("nghiệp tháng 02 và 2 tháng đầu năm 2007"),
        para("1. Tình hình chung:"),
        para("Tháng 02 năm 2007 giá trị sản xuất công nghiệp ước đạt 39.897 tỷ đồng."),
    ]
    result = fields(blocks)
    assert result.title == (
        "Báo cáo về tình hình sản xuất kinh doanh ngành công nghiệp tháng 02 và 2 tháng "
        "đầu năm 2007"
    )
    assert (result.date, result.number, result.source) == (None, None, None)
    assert result.body.startswith("1\\. Tình hình chung:")


@pytest.mark.parametrize(
    "blocks",
    [
        [para("Quyết định gây tranh cãi của trọng tài"), para("Trận đấu tối qua kết thúc.")],
        [para("Số 1 thế giới trở lại"), para("Hà Nội, ngày 5 tháng 3 năm 2021"), para("Tin.")],
        [para("Luật sư bào chữa"), para("Phiên tòa diễn ra sáng nay."), para("Quốc Toản")],
        [para("Đơn vị bạn đến thăm"), para("Nội dung bài.")],
    ],
)
def test_an_ordinary_article_keeps_the_ordinary_rules(blocks: list[Block]) -> None:
    result = fields(blocks)
    assert result.title == blocks[0].text
    assert (result.number, result.source) == (None, None)
    assert blocks[1].text in result.body
    if blocks[-1].text == "Quốc Toản":
        assert result.author == "Quốc Toản"


def test_a_place_and_date_line_dates_an_ordinary_document() -> None:
    blocks = [
        para("Triển vọng và giải pháp phát triển ngành cao su"),
        para("Montpellier, tháng 07 năm 2001"),
        para("Trước tiên tôi xin cảm ơn các ông điều phối viên của Diễn đàn."),
    ]
    result = fields(blocks)
    assert (result.title, result.date) == (blocks[0].text, "2001-07")
    assert "Montpellier" in result.body


def test_clerk_case_and_clean_number() -> None:
    assert clerk_case("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ") == "Ủy ban nhân dân thành phố Cần Thơ"
    assert clerk_case("UBND TỈNH CÀ MAU") == "UBND tỉnh Cà Mau"
    assert clerk_case("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM") == "Ngân hàng Nhà nước Việt Nam"
    assert clerk_case("SỞ NỘI VỤ") == "Sở Nội vụ"
    assert clean_number("144 /2002/QĐ/BTC") == "144/2002/QĐ/BTC"
    assert clean_number("……/QĐ-UB") is None


# --- no text is ever dropped -------------------------------------------------------------

_LINES = st.sampled_from(
    [
        MOTTO,
        FREEDOM,
        f"BỘ TÀI CHÍNH\t{MOTTO}",
        f"TỔNG CỤC THUẾ\t{FREEDOM}",
        "Số: 256/2004/QĐ-UB\tTP. Cần Thơ, ngày 01 tháng 7 năm 2004",
        "Số: 12",
        "Hà Nội, năm 2004",
        "QUYẾT ĐỊNH",
        "Quyết định của Bộ trưởng Bộ Tài chính số 5/QĐ ngày 2 tháng 3 năm 2001",
        "Về việc ban hành quy chế",
        "V/v xin ý kiến",
        "THÔNG TƯ\tMẫu 2",
        "Báo cáo về tình hình",
        "nghiệp tháng 02",
        "ỦY BAN NHÂN DÂN TỈNH",
        "( Ban hành kèm theo Quyết định số 3/QĐ )",
        "Căn cứ Luật Tổ chức Chính phủ;",
        "Điều 1. Nay ban hành.",
        "-----",
        "Nguyễn Văn An",
        f"| ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC | {MOTTO} |",
        "| --- | --- |",
        "| Số: 991/QĐ-UBND | Đồng Xoài, ngày 14 tháng5 năm 2008 |",
        "Nghị định của Chính phủ",
        "Chính phủ",
        "số 04/1998/QH10 ngày 20 tháng 5 năm 1998",
        "Hà Nội, ngày 31 tháng 2 năm 2001",
        "Thông tư ngày 31 tháng 2 năm 2001 hướng dẫn",
        "DANH sách thân nhân",
        "UBND......(1)",
        "( Ban hành kèm theo Quyết định số …05…./2006/ QĐ-UBND,",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=12))
def test_a_line_leaves_the_body_only_when_its_words_went_into_fields(lines: list[str]) -> None:
    result = fields([para(line) for line in lines])
    kept = result.body.replace("\\", "")
    texts = [result.title, result.number, result.source, result.author]
    filed = vn.folded_words(" ".join(text for text in texts if text))
    # The words that introduce a field in the gazette form go with it.
    date_words = {"cua", "so", "ngay", "thang", "nam"} | set(
        vn.folded_words(result.date or "").split()
    )
    for line in lines:
        if line in kept:
            continue
        words = set(vn.folded_words(line).split())
        assert words - date_words <= set(filed.split()) | _DATE_DIGITS(result.date), line


def _DATE_DIGITS(date: str | None) -> set[str]:  # noqa: N802
    """A date's day and month as typed without their zero ("1", "7")."""
    return {part.lstrip("0") for part in (date or "").split("-")}


_PIECES = st.sampled_from(
    [
        "Số",
        ":",
        " ",
        "\t",
        "/",
        "-",
        "…",
        ".",
        "ngày",
        "tháng",
        "năm",
        "2004",
        "7",
        "31",
        "QĐ",
        "UB",
        "Quyết định",
        "của",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "V/v",
        "|",
        "Bộ",
        "Tài chính",
        "(",
        ")",
        ",",
        "\u00a0",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(), st.lists(_PIECES).map("".join)), max_size=15))
def test_any_text_gives_storable_fields(lines: list[str]) -> None:
    result = fields([para(line) for line in lines if line.strip()] or [para("x")])
    stored = validated(result)
    assert (stored.date, stored.number) == (result.date, result.number)
