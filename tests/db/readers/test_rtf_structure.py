"""RTF structure as writers mark it: paragraphs, tables, fields, notes, pictures, shapes."""

from __future__ import annotations

import base64
from pathlib import Path

from db.readers import read_article_file
from db.readers.rtf_format import parse_rtf
from db.text_decoding import encode_tcvn3
from tests.db.readers.image_fixtures import tiny_png
from tests.db.readers.test_rtf_format import escaped, lo_escaped, rtf_document

# A 1×1 JPEG, enough for the reader to know it by its first bytes.
TINY_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////"
    "////////////////////////////////////wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQ"
    "AQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q=="
)


def blocks(data: bytes) -> list[tuple[str, str]]:
    return [(block.kind, block.markdown) for block in parse_rtf(data).blocks]


def texts(data: bytes) -> list[str]:
    return [block.text for block in parse_rtf(data).blocks]


def tcvn3(text: str) -> bytes:
    return escaped(encode_tcvn3(text))


def test_paragraph_line_section_and_page_marks() -> None:
    data = rtf_document(
        b"\\pard One\\par Two\\line still two\\sect Three\\page Four\\par\\par\\par Five"
    )
    assert texts(data) == ["One", "Two\nstill two", "Three", "Four", "Five"]
    assert blocks(data)[1] == ("paragraph", "Two  \nstill two")  # a hard line break


def test_textedit_cocoa_line_ends_are_paragraph_ends(tmp_path: Path) -> None:
    """macOS TextEdit ends each paragraph with a backslash before the line end."""
    data = (
        b"{\\rtf1\\ansi\\ansicpg1252\\cocoartf2639\n\\cocoatextscaling0\\cocoaplatform0"
        b"{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n"
        b"{\\colortbl;\\red255\\green255\\blue255;}\n"
        b"\\pard\\tx566\\pardirnatural\\partightenfactor0\n\n\\f0\\fs24 \\cf0 B\\'e1o c\\'e1o\\\n"
        b"\\uc0\\u272 \\u7843 ng \\u7911 y\\\r\n\\\nD\\u242 ng cu\\u7889 i}"
    )
    path = tmp_path / "textedit.rtf"
    path.write_bytes(data)
    article = read_article_file(path)
    assert article.title == "Báo cáo"
    assert article.body == "Đảng ủy\n\nDòng cuối"


def test_word97_table_becomes_a_markdown_table() -> None:
    row = (
        b"\\trowd\\cellx3000\\cellx6000\\pard\\intbl\\f1 " + tcvn3("Bộ Tài chính")
        + b"\\par " + tcvn3("Số: 12/2004/QĐ-BTC") + b"\\cell " + tcvn3("Hà Nội, ngày 1 tháng 7")
        + b"\\cell\\pard\\intbl\\row "
    )
    data = rtf_document(
        b"\\pard\\f1 " + tcvn3("Trước bảng") + b"\\par ",
        row,
        b"\\trowd\\cellx3000\\cellx6000\\pard\\intbl a|b\\cell c\\cell\\row ",
        b"\\pard Sau\\par",
    )
    found = parse_rtf(data).blocks
    assert [block.kind for block in found] == ["paragraph", "table", "paragraph"]
    assert found[1].markdown == (
        "| Bộ Tài chính<br>Số: 12/2004/QĐ-BTC | Hà Nội, ngày 1 tháng 7 |\n"
        "| --- | --- |\n"
        "| a\\|b | c |"
    )
    # The plain text keeps each cell's lines whole, for the layout rules.
    assert found[1].text.splitlines() == [
        "Bộ Tài chính", "Số: 12/2004/QĐ-BTC", "Hà Nội, ngày 1 tháng 7", "a|b", "c",
    ]


def test_one_column_table_gives_paragraphs() -> None:
    data = rtf_document(
        b"\\trowd\\cellx9000\\pard\\intbl Framed\\par text\\cell\\row\\pard After\\par"
    )
    assert blocks(data) == [
        ("paragraph", "Framed"), ("paragraph", "text"), ("paragraph", "After"),
    ]


def test_nested_table_shows_inside_its_cell() -> None:
    # Word 2000 and later: \itap2 paragraphs, \nestcell, \nestrow in \nesttableprops.
    data = rtf_document(
        b"\\trowd\\cellx4000\\cellx8000\\pard\\intbl Outer A\\cell"
        b"\\pard\\intbl\\itap2 x1\\nestcell x2\\nestcell{\\*\\nesttableprops\\trowd\\nestrow}"
        b"y1\\nestcell y2\\nestcell{\\*\\nesttableprops\\trowd\\nestrow}"
        b"{\\nonesttables x1 x2 y1 y2 again}"
        b"\\pard\\intbl\\itap1 Outer B tail\\cell\\row\\pard"
    )
    [table] = parse_rtf(data).blocks
    assert table.markdown.splitlines()[0] == "| Outer A | x1; x2<br>y1; y2<br>Outer B tail |"
    assert "again" not in table.markdown


def test_fields_keep_their_result_and_symbols() -> None:
    data = rtf_document(
        b"{\\field{\\*\\fldinst {HYPERLINK \"http://example.org\"}}{\\fldrslt {trang web}}} ",
        b"(k {\\field{\\*\\fldinst SYMBOL 163 \\\\f \"Symbol\" \\\\s 12}"
        b"{\\fldrslt\\f3\\fs24}} 0,5) ",
        b"{\\field{\\*\\fldinst SYMBOL 179 \\\\f \"Symbol\"}{\\fldrslt{\\f3 \\'b3}}} 1\\par",
    )
    assert texts(data) == ["trang web (k ≤ 0,5) ≥ 1"]


def test_hidden_and_deleted_text_are_left_out() -> None:
    data = rtf_document(
        b"Shown {\\v hidden }{\\deleted\\revauthdel1 removed }kept{\\v\\v0  again}"
        b"{\\v \\u7879?\\'e1}\\par"
    )
    assert texts(data) == ["Shown kept again"]


def test_headers_footers_and_other_destinations_are_left_out() -> None:
    data = rtf_document(
        b"{\\header \\pard Header text\\par}{\\footerr Page {\\field{\\fldrslt 3}}\\par}",
        b"{\\*\\bkmkstart mark}{\\*\\generator Word}{\\annotation comment}{\\xe index}",
        b"{\\*\\unknowndest {\\nested secret}}Body\\par",
    )
    assert texts(data) == ["Body"]


def test_footnotes_go_after_the_body_with_their_numbers() -> None:
    data = rtf_document(
        b"\\pard First claim{\\super\\chftn}{\\footnote\\pard\\plain{\\super\\chftn} Source one.}"
        b" and second{\\super\\chftn}{\\footnote\\pard{\\super\\chftn} Source two.}\\par",
        b"\\pard Conclusion\\par",
    )
    assert texts(data) == [
        "First claim[1] and second[2]", "Conclusion", "[1] Source one.", "[2] Source two.",
    ]


def test_binary_data_is_skipped() -> None:
    data = rtf_document(b"Before \\bin6 {}\\\\}{ after\\par")
    assert texts(data) == ["Before  after"]


def test_png_and_jpeg_pictures_are_kept_as_images(tmp_path: Path) -> None:
    png = tiny_png()
    data = rtf_document(
        b"\\pard Photo\\par ",
        b"{\\*\\shppict{\\pict{\\*\\picprop{\\sp{\\sn x}{\\sv y}}}\\picw20\\pngblip\r\n"
        + png.hex().encode()[:40] + b"\r\n" + png.hex().encode()[40:] + b"}}",
        b"{\\nonshppict{\\pict\\wmetafile8 0100090000}}",  # the fallback copy: not twice
        b"\\par{\\pict\\jpegblip\\bin" + str(len(TINY_JPEG)).encode() + b" " + TINY_JPEG + b"}",
        b"{\\pict\\emfblip 0100000088}\\par After the pictures, the text goes on.\\par",
    )
    path = tmp_path / "photos.rtf"
    path.write_bytes(data)
    article = read_article_file(path)
    assert [(image.name, image.mime) for image in article.images] == [
        ("image1.png", "image/png"), ("image2.jpg", "image/jpeg"),
    ]
    assert article.images[0].data == png and article.images[1].data == TINY_JPEG
    assert article.body == (
        "![](image:image1.png)\n\n![](image:image2.jpg)\n\nAfter the pictures, the text goes on."
    )
    # The EMF is noted; the metafile beside the PNG is only the PNG's copy.
    assert [(note.key, note.params) for note in article.notes] == [  # type: ignore[attr-defined]
        ("rtf.pictures-left-out", {"count": "1"})
    ]


def test_shape_text_boxes_are_kept_and_shape_properties_are_not() -> None:
    png = tiny_png(7)
    data = rtf_document(
        b"\\pard Before {\\shp{\\*\\shpinst\\shpleft0{\\sp{\\sn shapeType}{\\sv 202}}"
        b"{\\sp{\\sn fillColor}{\\sv 268435473}}{\\shptxt \\pard\\f1 " + tcvn3("Hộp chữ")
        + b"\\par}}{\\shprslt{\\*\\do\\dobxcolumn{\\dptxbxtext Box again}}}}",
        b"{\\shp{\\*\\shpinst{\\sp{\\sn shapeType}{\\sv 1}}}}",  # a line: nothing to read
        b"{\\shp{\\*\\shpinst{\\sp{\\sn pib}{\\sv {\\pict\\pngblip " + png.hex().encode()
        + b"}}}}}after\\par",
    )
    document = parse_rtf(data)
    assert [block.text for block in document.blocks] == ["Before after", "", "Hộp chữ"]
    assert document.blocks[1].markdown == "![](image:image1.png)"
    assert [image.data for image in document.images] == [png]


def test_list_numbers_and_bullets() -> None:
    data = rtf_document(
        b"{\\listtext\\pard\\plain\\f3 \\'b7\\tab}\\f1 " + tcvn3("Một") + b"\\par ",
        b"{\\listtext\\pard\\plain\\f3 \\u61623\\'3f\\tab}Two\\par ",
        b"{\\listtext\\pard\\plain 2.\\tab}Numbered\\par ",
        b"{\\listtext\\pard\\plain \\tab}No mark\\par ",
        b"{\\pntext\\f3 \\'b7\\tab}Old style\\par",
    )
    assert blocks(data) == [
        ("list", "- Một"), ("list", "- Two"), ("paragraph", "2\\. Numbered"),
        ("paragraph", "No mark"), ("list", "- Old style"),
    ]


def test_symbol_font_bytes_show_their_symbols() -> None:
    data = (
        b"{\\rtf1\\ansi{\\fonttbl{\\f0 Times New Roman;}{\\f3\\fcharset2 Symbol;}"
        b"{\\f4\\fcharset2 Wingdings;}}\\f0 a {\\f3 \\'b3} b {\\f3 \\'61} {\\f4 \\'fc}\\par}"
    )
    assert texts(data) == ["a ≥ b α ✓"]


def test_upr_keeps_the_unicode_twin_only() -> None:
    data = rtf_document(b"{\\upr{\\f1 " + tcvn3("cũ") + b"}{\\*\\ud{\\f0 m\\u7899?i}}}\\par")
    assert texts(data) == ["mới"]


def test_style_names_make_titles_and_headings(tmp_path: Path) -> None:
    data = (
        b"{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
        b"{\\stylesheet{\\f0 Normal;}{\\s1\\f0{\\*\\keycode x} heading 1;}{\\s2\\sbasedon0 Title;}"
        b"{\\*\\cs10 Default Paragraph Font;}{\\s3 caption;}}"
        b"\\pard Lead line\\par\\pard\\plain\\s2 The title\\par\\pard\\s1 Part one\\par"
        b"\\pard\\s3 Photo (Credit: T.T)\\par\\pard\\s0 Body\\par}"
    )
    assert blocks(data) == [
        ("paragraph", "Lead line"), ("title", "# The title"), ("heading", "## Part one"),
        ("caption", "*Photo (Credit: T.T)*"), ("paragraph", "Body"),
    ]
    path = tmp_path / "styled.rtf"
    path.write_bytes(data)
    article = read_article_file(path)
    assert article.title == "The title"
    assert article.body.startswith("Lead line\n\n## Part one")


def test_information_group_gives_title_and_date_hints(tmp_path: Path) -> None:
    data = (
        b"{\\rtf1\\ansi{\\fonttbl{\\f0 .VnTime;}}{\\info{\\title Th\\'abng t\\'ad }"
        b"{\\author Somebody}{\\creatim\\yr2002\\mo7\\dy10\\hr10\\min21}{\\*\\company BTC}}"
        b"\\f0 " + escaped(encode_tcvn3("Căn cứ Nghị định số 15/CP; các Bộ đã thống nhất"))
        + b"\\line " + escaped(encode_tcvn3("hướng dẫn thực hiện")) + b"\\par}"
    )
    hints = parse_rtf(data).hints
    assert (hints.title, hints.date, hints.author) == ("Thông tư", "2002-07-10", None)
    path = tmp_path / "hints.rtf"
    path.write_bytes(data)
    article = read_article_file(path)
    assert (article.title, article.date) == ("Thông tư", "2002-07-10")


def test_an_extra_closing_brace_does_not_end_the_document() -> None:
    # LibreOffice closes one group too many after some pictures in text boxes.
    data = rtf_document(b"First\\par}}") + b"\\pard Second\\par}"
    assert texts(data) == ["First", "Second"]


def test_libreoffice_run_layout() -> None:
    """What LibreOffice 7 writes: associated fonts, \\loch, \\uN\\'hh, \\- in the runs."""
    data = rtf_document(
        b"\\pard\\plain \\s0\\rtlch\\af1\\afs20\\alang1081 \\ltrch\\lang1033\\langfe1033\\hich\\af1"
        b"\\loch\\qj\\widctlpar\\f1\\fs24"
        b"{\\rtlch\\af1 \\ltrch\\hich\\af1\\loch\\fs20\\b\\f1\\loch\n"
        + lo_escaped(encode_tcvn3("Bộ trưởng Bộ Tài chính")) + b"}\n\\par "
    )
    assert texts(data) == ["Bộ trưởng Bộ Tài chính"]


def test_the_same_picture_twice_is_kept_once() -> None:
    picture = b"{\\pict\\pngblip " + tiny_png(9).hex().encode() + b"}"
    document = parse_rtf(rtf_document(b"Logo " + picture + b"\\par Again " + picture + b"\\par"))
    assert [image.name for image in document.images] == ["image1.png"]
    assert [block.markdown for block in document.blocks].count("![](image:image1.png)") == 2
