"""Reading PDFs made here: legacy fonts, layout, scans, damaged and locked files."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from db.importer import import_paths
from db.readers import FailureKind, ReadError, read_article_file, redecode_article_bytes
from db.readers.legacy_fonts import decode_font_bytes, legacy_font
from db.readers.pdf import SCANNED, read_pdf
from db.readers.pdf.glyphs import run_bytes
from db.readers.pdf.runs import TextRun
from db.text_decoding import encode_tcvn3, encode_vni
from tests.db.readers.pdf.pdf_files import Font, Page, Text, encrypted, lines_page, make_pdf

TCVN3_LINES = [
    "Báo cáo tình hình thực hiện nhiệm vụ năm 2006",
    "Người nước ngoài đến thăm xã hội chủ nghĩa Việt Nam",
]


def _tcvn3_pdf() -> bytes:
    # The capital font shows the small letters' bytes as capitals.
    heading = Text("H", 16, 72, 790, encode_tcvn3("bộ tài chính"))
    body = lines_page("F", [encode_tcvn3(line) for line in TCVN3_LINES], top=740)
    body.texts.insert(0, heading)
    return make_pdf([body], {"F": Font("AARIQC+.VnTime"), "H": Font("FBHPFO+VnTimeHBold")})


def test_tcvn3_fonts_are_decoded_from_the_codes_of_the_content_stream() -> None:
    article = read_pdf(_tcvn3_pdf(), name="bao-cao.pdf")
    # 0xAD is "ư" in TCVN3: PDFium alone reads it as a hyphen.
    assert "Người nước ngoài đến thăm xã hội chủ nghĩa Việt Nam" in article.body
    assert article.encoding == "tcvn3"
    assert article.title == "BỘ TÀI CHÍNH"  # the capital font, upper-cased, larger: a heading
    assert article.original_bytes == _tcvn3_pdf()


def test_vni_fonts_are_decoded() -> None:
    text = "Ủy ban nhân dân tỉnh Cần Thơ quyết định"
    pdf = make_pdf(
        [lines_page("V", [encode_vni(text), encode_vni("Điều 1. Ban hành kèm theo")])],
        {"V": Font("VNI-Times")},
    )
    article = read_pdf(pdf, name="qd.pdf")
    assert text in f"{article.title}\n{article.body}"
    assert "Điều 1. Ban hành kèm theo" in f"{article.title}\n{article.body}"
    assert article.encoding == "vni"


def test_unknown_fonts_are_detected_per_paragraph_and_noted() -> None:
    lines = [encode_tcvn3("Người dân xã Quảng Hòa đã được hướng dẫn cách phòng bệnh")]
    pdf = make_pdf([lines_page("U", lines)], {"U": Font("TimesVN")})
    article = read_pdf(pdf, name="x.pdf")
    assert "Người dân xã Quảng Hòa" in f"{article.title} {article.body}"
    assert any("detection" in note for note in article.notes)


def test_odd_unicode_of_legacy_glyphs_maps_back_to_their_bytes() -> None:
    # Acrobat Distiller: "nước" as "n−íc" (U+2212 for 0xAD), "xã" as "x∙" (U+2219 for 0xB7).
    run = TextRun("n−íc x∙ héi", "FBHPEL+VnTime", 12.0)
    raw = run_bytes(run)
    assert raw is not None
    assert decode_font_bytes(raw, legacy_font(run.font)) == "nước xã hội"


def test_a_simple_font_with_odd_to_unicode_still_reads_by_its_codes() -> None:
    font = Font(".VnTime", to_unicode={0xAD: 0x2212, 0xB7: 0x2219})
    pdf = make_pdf([lines_page("F", [encode_tcvn3("nước xã hội")])], {"F": font})
    assert "nước xã hội" in read_pdf(pdf, name="x.pdf").title


def test_windows_punctuation_in_abc_fonts_is_kept() -> None:
    pdf = make_pdf(
        [lines_page("F", [encode_tcvn3("Bà Rịa ") + b"\x96" + encode_tcvn3(" Vũng Tàu")])],
        {"F": Font(".VnTime")},
    )
    assert read_pdf(pdf, name="x.pdf").title == "Bà Rịa – Vũng Tàu"


def _page(lines: list[str], *, header: str, number: int, font: str = "T") -> Page:
    page = lines_page(font, [line.encode("cp1252") for line in lines], top=720)
    page.texts.append(Text(font, 9, 250, 810, header.encode("cp1252")))
    page.texts.append(Text(font, 9, 290, 30, f"Page {number} of 3".encode()))
    return page


def test_running_headers_footers_and_page_numbers_are_left_out() -> None:
    pages = [
        _page(
            ["The quarterly report of the unit", "", "First part of the text."],
            header="Unit report",
            number=1,
        ),
        _page(["Second page of the text."], header="Unit report", number=2),
        _page(["Third page of the text."], header="Unit report", number=3),
    ]
    article = read_pdf(make_pdf(pages, {"T": Font("Helvetica")}), name="r.pdf")
    everything = f"{article.title}\n{article.body}"
    assert "Unit report" not in everything
    assert "Page" not in everything
    assert "Third page of the text." in article.body


def test_lines_join_into_paragraphs_and_hyphens_at_line_ends_are_undone() -> None:
    lines = [
        b"The committee met on Monday to discuss the results of the",
        b"inspection and agreed that the second phase of the pro-",
        b"gramme will start in the spring of next year as planned.",
    ]
    page = lines_page("T", lines)
    page.texts.append(Text("T", 12, 72, 600, b"A new paragraph starts after a gap."))
    article = read_pdf(make_pdf([page], {"T": Font("Helvetica")}), name="p.pdf")
    text = f"{article.title}\n\n{article.body}"
    assert "results of the inspection and agreed" in text
    assert "the programme will start" in text
    assert "as planned.\n\nA new paragraph" in text


def test_two_columns_are_read_one_after_the_other() -> None:
    left = [f"left column line {n} goes on".encode() for n in range(1, 9)]
    right = [f"right column line {n} goes on".encode() for n in range(1, 9)]
    texts = [Text("T", 11, 56, 700 - 14 * i, line) for i, line in enumerate(left)]
    texts += [Text("T", 11, 320, 700 - 14 * i, line) for i, line in enumerate(right)]
    # Written row by row, as some producers do: reading order must come from the page.
    texts.sort(key=lambda text: -text.y)
    article = read_pdf(make_pdf([Page(texts)], {"T": Font("Helvetica")}), name="c.pdf")
    text = f"{article.title} {article.body}"
    assert text.index("left column line 8") < text.index("right column line 1")
    assert text.index("right column line 1") < text.index("right column line 8")


def test_metadata_title_and_date_are_hints() -> None:
    info = {"Title": "Vô kinh tÕ C«ng nghiÖp", "CreationDate": "D:20070227141249+07'00'"}
    long_line = b"This opening paragraph is long enough to be prose rather than a title; " * 4
    pdf = make_pdf(
        [lines_page("T", [long_line[:95], long_line[95:190]])], {"T": Font("Helvetica")}, info=info
    )
    article = read_pdf(pdf, name="x.pdf")
    assert article.date == "2007-02-27"
    assert article.title == "Vụ kinh tế Công nghiệp"  # the metadata's TCVN3, decoded


def _image_page() -> Page:
    return Page(image=True)


def test_a_scanned_pdf_is_named_as_such() -> None:
    pdf = make_pdf([_image_page(), _image_page()], {"T": Font("Helvetica")})
    with pytest.raises(ReadError) as caught:
        read_pdf(pdf, name="scan.pdf")
    assert caught.value.kind is FailureKind.EMPTY
    assert caught.value.detail == SCANNED


def test_a_pdf_with_some_scanned_pages_imports_its_text_and_says_how_many() -> None:
    text_page = lines_page("T", [b"The text layer of the first page."])
    pdf = make_pdf([text_page, _image_page(), _image_page()], {"T": Font("Helvetica")})
    article = read_pdf(pdf, name="mixed.pdf")
    assert "The text layer of the first page." in f"{article.title} {article.body}"
    assert any(note.startswith("2 of 3 pages had no text layer") for note in article.notes)


def test_damaged_and_truncated_files_fail_with_one_clear_reason(tmp_path: Path) -> None:
    good = make_pdf([lines_page("T", [b"Some text."])], {"T": Font("Helvetica")})
    for name, data in {
        "garbage.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 50,
        "truncated.pdf": good[: len(good) // 3],
        "not-a-pdf.pdf": b"<html>a web page saved as .pdf</html>",
    }.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ReadError) as caught:
            read_article_file(path)
        assert caught.value.kind in (FailureKind.DAMAGED, FailureKind.EMPTY), name
        assert "\n" not in str(caught.value)


def test_password_protected_pdfs_are_refused_with_what_to_do(tmp_path: Path) -> None:
    good = make_pdf([lines_page("T", [b"Confidential report text."])], {"T": Font("Helvetica")})
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted(good, user="secret"))
    with pytest.raises(ReadError) as caught:
        read_article_file(path)
    assert caught.value.kind is FailureKind.PROTECTED
    assert "password" in caught.value.detail
    # Only an owner password (printing and copying limits): it opens, so it imports.
    path.write_bytes(encrypted(good, user=""))
    assert "Confidential report text." in read_article_file(path).title


def test_hostile_streams_are_bounded(tmp_path: Path) -> None:
    # A second content stream that inflates to 200 MB of spaces.
    page = lines_page("T", [b"Visible text."])
    page.deflated = zlib.compress(b" " * (200 * 2**20), 9)
    path = tmp_path / "bomb.pdf"
    path.write_bytes(make_pdf([page], {"T": Font("Helvetica")}))
    try:
        article = read_article_file(path)
    except ReadError as error:
        assert "\n" not in str(error)
    else:
        assert "Visible text." in f"{article.title} {article.body}"


def test_redecoding_reads_every_8_bit_run_in_the_chosen_encoding() -> None:
    pdf = make_pdf([lines_page("U", [encode_vni("Người dân Việt Nam")])], {"U": Font(".VnTime")})
    # The font says TCVN3, the bytes are VNI (a mislabelled font): the user says so.
    article = redecode_article_bytes(pdf, name="x.pdf", encoding="vni")
    assert article.title == "Người dân Việt Nam"
    assert article.encoding == "vni"
    as_read = redecode_article_bytes(pdf, name="x.pdf", encoding="utf-8")
    assert as_read.title != article.title


def test_a_folder_of_pdfs_imports_and_reports_the_scans(archive, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(_tcvn3_pdf())
    (folder / "scan.pdf").write_bytes(make_pdf([_image_page()], {"T": Font("Helvetica")}))
    report = import_paths(archive, [folder])
    assert len(report.imported) == 1
    assert [str(problem).endswith(SCANNED) for problem in report.failed] == [True]
    stored = archive.get(report.imported[0][1])
    assert archive.original_bytes(stored.id) == _tcvn3_pdf()
    assert stored.original_name == "report.pdf"
