"""What the .docx reader sees in a document body: every run Word shows, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.models import NewArticle
from db.readers import read_article_file
from db.text_decoding import encode_tcvn3, encode_vni
from tests.db.readers.docx_fixtures import (
    build_docx,
    cp1252_text,
    notes_xml,
    paragraph,
    run,
    style,
    styles_xml,
    write,
)


def read(tmp_path: Path, body: str, **parts: str) -> NewArticle:
    return read_article_file(write(tmp_path, "bai.docx", build_docx(body, **parts)))


def tcvn3_runs(text: str, font: str = ".VnTime") -> str:
    """``text`` typed in a TCVN3 font as LibreOffice saves it: byte 0xAD ("ư") as
    ``<w:softHyphen/>`` between ``w:t`` pieces."""
    pieces = encode_tcvn3(text).split(b"\xad")
    inner = "<w:softHyphen/>".join(
        f'<w:t xml:space="preserve">{cp1252_text(piece)}</w:t>' for piece in pieces
    )
    return f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>{inner}</w:r>'


def test_soft_hyphen_in_a_tcvn3_run_is_u_horn(tmp_path: Path) -> None:
    body = paragraph(run("Tiêu đề")) + paragraph(tcvn3_runs("Người dân thường trực ở phường"))
    article = read(tmp_path, body)
    assert article.body == "Người dân thường trực ở phường"
    assert article.encoding == "tcvn3"


def test_u00ad_in_a_legacy_run_is_u_horn_and_a_real_soft_hyphen_is_dropped(
    tmp_path: Path,
) -> None:
    legacy = run(cp1252_text(encode_tcvn3("thư")), ".VnTime")
    body = paragraph(run("Tiêu đề")) + paragraph(legacy, run(" hy\u00adphen-ated", "Arial"))
    assert read(tmp_path, body).body == "thư hyphen-ated"


def test_tracked_insertions_are_kept_and_deletions_and_moves_from_dropped(
    tmp_path: Path,
) -> None:
    inserted = f'<w:ins w:id="1" w:author="A">{tcvn3_runs("cải cách vừa ")}</w:ins>'
    deleted = (
        '<w:del w:id="2" w:author="A"><w:r><w:rPr><w:rFonts w:ascii=".VnTime" '
        'w:hAnsi=".VnTime"/></w:rPr><w:delText>n</w:delText><w:softHyphen/>'
        "<w:delText>íc bá</w:delText></w:r></w:del>"
    )
    moved_from = f'<w:moveFrom w:id="3">{run("chỗ cũ ")}</w:moveFrom>'
    moved_to = f'<w:moveTo w:id="4">{run("chỗ mới")}</w:moveTo>'
    body = paragraph(run("Tiêu đề")) + paragraph(
        tcvn3_runs("Một phần tư thế kỷ "), inserted, deleted, moved_from, moved_to
    )
    assert read(tmp_path, body).body == "Một phần tư thế kỷ cải cách vừa chỗ mới"


def test_a_deleted_paragraph_mark_joins_two_paragraphs(tmp_path: Path) -> None:
    mark = '<w:rPr><w:del w:id="9" w:author="A"/></w:rPr>'
    body = (
        paragraph(run("Tiêu đề"))
        + paragraph(run("Nửa đầu câu "), props=mark)
        + paragraph(run("và nửa sau."))
        + paragraph(run("Đoạn khác."))
    )
    assert read(tmp_path, body).body == "Nửa đầu câu và nửa sau.\n\nĐoạn khác."


def test_a_deleted_table_row_is_dropped(tmp_path: Path) -> None:
    def row(text: str, props: str = "") -> str:
        cells = "".join(f"<w:tc>{paragraph(run(f'{text} {i}'))}</w:tc>" for i in (1, 2))
        return f"<w:tr><w:trPr>{props}</w:trPr>{cells}</w:tr>"

    deleted = '<w:del w:id="1" w:author="A"/>'
    table = f"<w:tbl>{row('giữ')}{row('bỏ', deleted)}{row('còn')}</w:tbl>"
    body = read(tmp_path, paragraph(run("Bảng")) + table).body
    assert "giữ 1" in body and "còn 2" in body and "bỏ" not in body


def test_content_controls_are_read_and_placeholders_are_not(tmp_path: Path) -> None:
    block = (
        '<w:sdt><w:sdtPr><w:alias w:val="Nội dung"/></w:sdtPr><w:sdtContent>'
        f"{paragraph(run('Đoạn trong ô nội dung.'))}</w:sdtContent></w:sdt>"
    )
    inline = (
        "<w:sdt><w:sdtPr/><w:sdtContent>"
        f"{run('ngày 01 tháng 7 năm 2004')}</w:sdtContent></w:sdt>"
    )
    placeholder = (
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        f"{paragraph(run('Click or tap here to enter text.'))}</w:sdtContent></w:sdt>"
    )
    body = (
        paragraph(run("Tiêu đề"))
        + block
        + paragraph(run("Hà Nội, "), inline)
        + placeholder
    )
    assert read(tmp_path, body).body == (
        "Đoạn trong ô nội dung.\n\nHà Nội, ngày 01 tháng 7 năm 2004"
    )


def _text_box(text: str) -> str:
    content = f"<w:txbxContent>{paragraph(run(text))}</w:txbxContent>"
    return (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
        '<wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData><wps:wsp>'
        f"<wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_text_boxes_are_read_once_after_the_body(tmp_path: Path) -> None:
    vml_only = (
        "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
        f"{paragraph(run('Hộp kiểu cũ'))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    body = (
        paragraph(run("Tiêu đề"))
        + paragraph(run("Trước hình. "), _text_box("Chữ trong hộp"))
        + paragraph(vml_only, run("Sau hình."))
    )
    article = read(tmp_path, body)
    assert article.body == "Trước hình.\n\nSau hình.\n\nChữ trong hộp\n\nHộp kiểu cũ"


def test_a_page_of_text_boxes_is_the_text(tmp_path: Path) -> None:
    body = paragraph(_text_box("Thông báo")) + paragraph(_text_box("Nội dung thông báo."))
    article = read(tmp_path, body)
    assert article.title == "Thông báo"
    assert article.body == "Nội dung thông báo."


def test_fields_show_their_results_never_their_instructions(tmp_path: Path) -> None:
    def field(instruction: str, *result: str) -> str:
        return (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{instruction}</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + "".join(result)
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )

    nested = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText>IF </w:instrText></w:r>'
        + field("DATE", run("nested-instruction-result"))
        + '<w:r><w:instrText> = 1 "a" "b"</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run("kết quả")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    simple = f'<w:fldSimple w:instr=" PAGE ">{run("3")}</w:fldSimple>'
    body = paragraph(run("Tiêu đề")) + paragraph(
        run("Xem "),
        field('HYPERLINK "http://example.vn"', run("trang này")),
        run(", "),
        nested,
        run(", trang "),
        simple,
    )
    assert read(tmp_path, body).body == "Xem trang này, kết quả, trang 3"


def test_hidden_text_is_dropped_directly_and_through_styles(tmp_path: Path) -> None:
    styles = styles_xml(
        style("An", kind="character", extra_rpr="<w:vanish/>"),
        style("Hien", kind="character", based_on="An", extra_rpr='<w:vanish w:val="0"/>'),
    )
    body = paragraph(run("Tiêu đề")) + paragraph(
        run("thấy "),
        run("ẩn ", extra="<w:vanish/>"),
        run("ẩn-kiểu ", extra='<w:rStyle w:val="An"/>'),
        run("hiện-lại ", extra='<w:rStyle w:val="An"/><w:vanish w:val="false"/>'),
        run("hiện-kiểu", extra='<w:rStyle w:val="Hien"/>'),
    )
    assert read(tmp_path, body, styles=styles).body == "thấy hiện-lại hiện-kiểu"


def test_breaks_and_tabs(tmp_path: Path) -> None:
    body = paragraph(run("Tiêu đề")) + paragraph(
        run("Dòng một"),
        "<w:r><w:br/></w:r>",
        run("dòng hai"),
        "<w:r><w:tab/></w:r>",
        run("cột"),
        '<w:r><w:br w:type="page"/></w:r>',
        run("trang sau"),
        "<w:r><w:cr/></w:r>",
        run("dòng cuối"),
    )
    assert read(tmp_path, body).body == "Dòng một  \ndòng hai\tcột\n\ntrang sau  \ndòng cuối"


def test_symbols(tmp_path: Path) -> None:
    legacy = cp1252_text(encode_tcvn3("ư"))
    body = paragraph(run("Tiêu đề")) + paragraph(
        '<w:r><w:sym w:font="Symbol" w:char="F061"/></w:r>',
        run(" "),
        '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>',
        run(" "),
        run("\uf0b7", "Symbol"),
        run(" "),
        f'<w:r><w:sym w:font=".VnTime" w:char="{ord(legacy):04X}"/></w:r>',
    )
    assert read(tmp_path, body).body == "α ✓ • ư"


def test_footnotes_and_endnotes_come_last_under_a_rule(tmp_path: Path) -> None:
    footnotes = notes_xml(
        "footnote",
        {
            "7": run(" Chú thích thứ hai."),
            "5": tcvn3_runs(" Chú thích thứ nhất, người viết."),
            "9": run(" Không ai tham chiếu."),
        },
    )
    endnotes = notes_xml("endnote", {"2": run(" Ghi chú cuối.")})
    body = paragraph(run("Tiêu đề")) + paragraph(
        run("Câu một"),
        '<w:r><w:footnoteReference w:id="5"/></w:r>',
        run(", câu hai"),
        '<w:r><w:footnoteReference w:id="7"/></w:r>',
        run(", câu ba"),
        '<w:r><w:endnoteReference w:id="2"/></w:r>',
        run("."),
    )
    article = read(tmp_path, body, footnotes=footnotes, endnotes=endnotes)
    assert article.body == (
        "Câu một\\[1\\], câu hai\\[2\\], câu ba\\[i\\].\n\n---\n\n"
        "\\[1\\] Chú thích thứ nhất, người viết.\n\n\\[2\\] Chú thích thứ hai.\n\n"
        "\\[i\\] Ghi chú cuối."
    )


def _table(*rows: list[str]) -> str:
    return "<w:tbl>" + "".join(
        "<w:tr>" + "".join(f"<w:tc>{cell}</w:tc>" for cell in row) + "</w:tr>" for row in rows
    ) + "</w:tbl>"


def test_a_simple_table_is_a_markdown_table_with_merged_cells_kept(tmp_path: Path) -> None:
    span = '<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' + paragraph(run("Gộp")) + "</w:tc>"
    table = (
        "<w:tbl><w:tr>"
        + "".join(f"<w:tc>{paragraph(run(t))}</w:tc>" for t in ("Số", "Tên", "Ghi chú"))
        + "</w:tr><w:tr>"
        + f"<w:tc>{paragraph(run('1'))}</w:tc>{span}"
        + "</w:tr><w:tr>"
        + "".join(f"<w:tc>{paragraph(run(t))}</w:tc>" for t in ("2", "A | B", "x"))
        + "</w:tr></w:tbl>"
    )
    article = read(tmp_path, paragraph(run("Bảng kê")) + table)
    assert article.body == (
        "| Số | Tên | Ghi chú |\n| --- | --- | --- |\n| 1 | Gộp |  |\n| 2 | A \\| B | x |"
    )


def test_nested_and_layout_tables_keep_every_cell_in_reading_order(tmp_path: Path) -> None:
    inner = _table(
        [paragraph(run("trong 1")), paragraph(run("trong 2"))], [paragraph(run("trong 3")), ""]
    )
    header = _table(
        [
            paragraph(run("ỦY BAN NHÂN DÂN")) + paragraph(run("Số: 256/2004/QĐ-UB")),
            paragraph(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
            + paragraph(run("Độc lập - Tự do - Hạnh phúc")),
        ]
    )
    outer = _table([paragraph(run("ngoài 1")), inner + paragraph(run("ngoài 2"))])
    article = read(tmp_path, header + paragraph(run("QUYẾT ĐỊNH")) + outer)
    text = article.title + "\n" + article.body
    for expected in (
        "ỦY BAN NHÂN DÂN", "Số: 256/2004/QĐ-UB", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "QUYẾT ĐỊNH", "ngoài 1", "trong 1", "trong 2",
        "trong 3", "ngoài 2",
    ):
        assert expected in text
    positions = [text.index(word) for word in ("ngoài 1", "trong 1", "trong 3", "ngoài 2")]
    assert positions == sorted(positions)


def test_tables_nested_deeper_than_any_document_are_read_flat(tmp_path: Path) -> None:
    body = paragraph(run("sâu nhất"))
    for depth in range(60):
        body = _table([paragraph(run(f"tầng {depth}")) + body])
    article = read(tmp_path, paragraph(run("Tiêu đề")) + body)
    for depth in range(60):
        assert f"tầng {depth}" in article.body
    assert "sâu nhất" in article.body


def test_math_text_is_kept(tmp_path: Path) -> None:
    math = "<m:oMath><m:r><m:t>x</m:t></m:r><m:r><m:t>=2</m:t></m:r></m:oMath>"
    body = paragraph(run("Tiêu đề")) + paragraph(run("Với "), math, run(" thì đúng."))
    assert read(tmp_path, body).body == "Với x=2 thì đúng."


def test_capital_fonts_and_vni_runs(tmp_path: Path) -> None:
    capitals = run(cp1252_text(encode_tcvn3("bộ tài chính")), ".VnTimeH")
    vni = run(cp1252_text(encode_vni("Ủy ban nhân dân")), "VNI-Times")
    article = read(tmp_path, paragraph(capitals) + paragraph(vni))
    assert article.title == "BỘ TÀI CHÍNH"
    assert article.body == "Ủy ban nhân dân"
    assert article.encoding == "tcvn3+vni"


def test_fonts_come_from_the_style_chain_the_defaults_and_the_theme(tmp_path: Path) -> None:
    theme = (
        '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        "<a:themeElements><a:fontScheme><a:majorFont><a:latin typeface=\"Arial\"/></a:majorFont>"
        '<a:minorFont><a:latin typeface=".VnTime"/></a:minorFont></a:fontScheme>'
        "</a:themeElements></a:theme>"
    )
    styles = styles_xml(
        style("Normal", default=True),
        style("Than", based_on="Normal", font="VNI-Times"),
        style("ThanCon", based_on="Than"),
        style("Vong1", based_on="Vong2"),
        style("Vong2", based_on="Vong1"),
        defaults='<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>',
    )
    tcvn3 = cp1252_text(encode_tcvn3("Thông tư hướng dẫn"))
    vni = cp1252_text(encode_vni("Ủy ban nhân dân"))
    body = (
        paragraph(run(tcvn3))
        + paragraph(run(vni), style="ThanCon")
        + paragraph(run(tcvn3), style="Vong1")
    )
    article = read(tmp_path, body, styles=styles, theme=theme)
    assert article.title == "Thông tư hướng dẫn"
    assert article.body == "Ủy ban nhân dân\n\nThông tư hướng dẫn"


def test_a_run_with_two_fonts_is_split_as_word_shows_it(tmp_path: Path) -> None:
    legacy = cp1252_text(encode_tcvn3("Việt Nam"))
    fonts = '<w:rFonts w:ascii="Times New Roman" w:hAnsi=".VnTime"/>'
    body = paragraph(run("Tiêu đề")) + paragraph(run(legacy, extra=fonts))
    assert read(tmp_path, body).body == "Việt Nam"


def test_eight_bit_text_in_an_unknown_font_is_detected_and_said(tmp_path: Path) -> None:
    guessed = run(cp1252_text(encode_tcvn3("Quyết định về việc ban hành quy chế")), "VNSTCVN3")
    article = read(tmp_path, paragraph(run("Tiêu đề")) + paragraph(guessed))
    assert article.body == "Quyết định về việc ban hành quy chế"
    assert any("detection" in note for note in article.notes)


_NUMBERED = '<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'


@pytest.mark.parametrize(
    ("style_name", "props", "expected"),
    [
        ("List Bullet", "", "- một\n- hai"),
        ("List Number", "", "1. một\n1. hai"),
        ("Normal", _NUMBERED.format(level=0, num=1), "- một\n- hai"),
        ("Normal", _NUMBERED.format(level=1, num=2), "   1. một\n   1. hai"),
    ],
)
def test_lists_from_styles_and_numbering(
    tmp_path: Path, style_name: str, props: str, expected: str
) -> None:
    numbering = (
        '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
        '</w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0">'
        '<w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/>'
        '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )
    styles = styles_xml(style("S", name=style_name))
    body = paragraph(run("Tiêu đề")) + "".join(
        paragraph(run(text), style="S", props=props) for text in ("một", "hai")
    )
    assert read(tmp_path, body, styles=styles, numbering=numbering).body == expected


def test_headings_title_and_the_paragraph_after(tmp_path: Path) -> None:
    styles = styles_xml(
        style("Title", name="Title"),
        style("Heading2", name="heading 2"),
        style("Heading", name="Heading", ppr='<w:outlineLvl w:val="2"/>'),
    )
    body = (
        paragraph(run("Mở đầu"))
        + paragraph(run("Báo cáo tổng kết"), style="Title")
        + paragraph(run("Kết quả"), style="Heading2")
        + paragraph(run("Phụ lục"), style="Heading")
    )
    article = read(tmp_path, body, styles=styles)
    assert article.title == "Báo cáo tổng kết"
    assert article.body == "Mở đầu\n\n### Kết quả\n\n#### Phụ lục"


def test_a_document_of_pictures_only_keeps_them_in_the_body(tmp_path: Path) -> None:
    def picture(rel_id: str) -> str:
        return (
            f'<w:r><w:drawing><wp:inline><wp:docPr id="1" name="p" descr="Ảnh {rel_id}"/>'
            f'<a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="{rel_id}"/>'
            "</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        )

    png = b"\x89PNG\r\n\x1a\n" + bytes(32)
    body = paragraph(picture("a")) + paragraph(picture("b")) + paragraph(picture("a"))
    article = read(tmp_path, body, media={"a.png": png, "b.png": png + b"2"})
    assert [image.name for image in article.images] == ["a.png", "b.png"]
    assert article.body == (
        "![Ảnh a](image:a.png)\n\n![Ảnh b](image:b.png)\n\n![Ảnh a](image:a.png)"
    )
