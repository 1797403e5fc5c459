"""Regenerate the .doc fixtures: flat ODF documents written here, converted by LibreOffice.

    python -m tests.db.readers.word_binary.make_fixtures [--soffice PATH]

Each fixture is written as a .fodt (flat OpenDocument text) in a temporary folder and
converted with ``soffice --headless --convert-to doc`` (LibreOffice's "MS Word 97"
filter), which writes a Word 97-2003 file the way a real writer does: a piece table,
FKPs, a style sheet, a font table, the Data stream for pictures, revision marks, fields.

Text in the legacy fonts is written as Word and LibreOffice keep it: the Windows-1252
characters of the TCVN3 or VNI bytes (``encode_tcvn3("Bộ")`` read as cp1252), in a font
of that name. ``EXPECTED`` holds the Unicode each fixture must read back as; the tests
import it, so the fixtures and what they are checked against are made in one place.
"""

from __future__ import annotations

import argparse
import base64
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from db.text_decoding import encode_tcvn3, encode_vni
from tests.db.readers.image_fixtures import tiny_png

FIXTURES = Path(__file__).parent / "fixtures"

_NAMESPACES = " ".join(
    f'xmlns:{prefix}="{uri}"'
    for prefix, uri in {
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
        "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
        "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
        "xlink": "http://www.w3.org/1999/xlink",
        "dc": "http://purl.org/dc/elements/1.1/",
        "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    }.items()
)
_FONTS = (".VnTime", ".VnTimeH", "VNI-Times", "VNtimes new roman", "Times New Roman")


def tcvn3(text: str) -> str:
    """``text`` as a .VnTime run stores it: the cp1252 readings of its TCVN3 bytes."""
    return _as_cp1252(encode_tcvn3(text))


def vni(text: str) -> str:
    """``text`` as a VNI-Times run stores it."""
    return _as_cp1252(encode_vni(text))


def _as_cp1252(raw: bytes) -> str:
    # Bytes cp1252 leaves undefined are kept as their Latin-1 characters, as Word does.
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)


def _span(text: str, style: str) -> str:
    return f'<text:span text:style-name="{style}">{escape(text)}</text:span>'


def _document(body: str, *, title: str, styles: str = "", tracked: str = "") -> str:
    fonts = "".join(
        f'<style:font-face style:name="{name}" svg:font-family="\'{name}\'"/>' for name in _FONTS
    )
    automatic = "".join(
        f'<style:style style:name="{name}" style:family="text">'
        f'<style:text-properties style:font-name="{font}"{extra}/></style:style>'
        for name, font, extra in (
            ("Tcvn", ".VnTime", ""),
            ("TcvnH", ".VnTimeH", ""),
            ("Vni", "VNI-Times", ""),
            ("Unknown", "VNtimes new roman", ""),
            ("Caps", ".VnTime", ' fo:text-transform="uppercase"'),
            ("Hidden", ".VnTime", ' text:display="none"'),
        )
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {_NAMESPACES} office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(title)}</dc:title>
<meta:initial-creator>Nguyen Van A</meta:initial-creator>
<meta:creation-date>2004-07-01T09:00:00</meta:creation-date></office:meta>
<office:font-face-decls>{fonts}</office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph">
<style:text-properties style:font-name="Times New Roman" fo:font-size="12pt"/></style:style>
<style:style style:name="VnBody" style:family="paragraph" style:parent-style-name="Standard">
<style:text-properties style:font-name=".VnTime"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
 style:parent-style-name="Standard" style:default-outline-level="1">
<style:text-properties style:font-name=".VnTimeH" fo:font-weight="bold"/></style:style>
{styles}
</office:styles>
<office:automatic-styles>{automatic}</office:automatic-styles>
<office:body><office:text>{tracked}{body}</office:text></office:body>
</office:document>
"""


def legacy_fonts() -> str:
    """Runs in the legacy fonts, decided by style, run and capitals."""
    body = "".join(
        (
            # The paragraph style's font (.VnTime) decides: no run formatting at all.
            f'<text:p text:style-name="VnBody">{escape(tcvn3("Bộ Tài chính ban hành quyết định về việc kiểm tra."))}</text:p>',  # noqa: E501
            # The capital font: lower-case letters that show in capitals.
            f"<text:p>{_span(tcvn3('bộ tài chính'), 'TcvnH')}</text:p>",
            f"<text:p>{_span(vni('Thành phố Hồ Chí Minh, ngày 01 tháng 7 năm 2004'), 'Vni')}</text:p>",  # noqa: E501
            # A font nobody recognises, holding TCVN3 bytes: decoded by detection.
            f"<text:p>{_span(tcvn3('Người dân trong tỉnh được hướng dẫn'), 'Unknown')}</text:p>",
            # Real Unicode in a Windows font next to a legacy run in the same paragraph.
            "<text:p>Hà Nội và " + _span(tcvn3("thành phố Đà Nẵng"), "Tcvn") + "</text:p>",
            # Word's All caps on a legacy run.
            "<text:p>" + _span(tcvn3("quyết định"), "Caps") + "</text:p>",
            # Curly quotes and a dash typed in a legacy font (bytes 0x93, 0x94, 0x96).
            # (the bytes' cp1252 readings are those very characters).
            "<text:p>"
            + _span("“" + tcvn3("liệu pháp sốc") + "” – " + tcvn3("kinh tế"), "Tcvn")
            + "</text:p>",
        )
    )
    return _document(body, title=tcvn3("Bộ Tài chính"))


def structure() -> str:
    """Table, footnote, fields, tracked changes, hidden text, a picture, a text box, lists."""
    png = base64.b64encode(tiny_png()).decode("ascii")
    tracked = (
        "<text:tracked-changes>"
        '<text:changed-region text:id="ins1"><text:insertion><office:change-info>'
        "<dc:creator>A</dc:creator><dc:date>2004-07-01T10:00:00</dc:date>"
        "</office:change-info></text:insertion></text:changed-region>"
        '<text:changed-region text:id="del1"><text:deletion><office:change-info>'
        "<dc:creator>A</dc:creator><dc:date>2004-07-01T10:00:00</dc:date>"
        f'</office:change-info><text:p>{_span(tcvn3("đã bị xoá"), "Tcvn")}</text:p>'
        "</text:deletion></text:changed-region>"
        "</text:tracked-changes>"
    )
    styles = (
        '<text:list-style style:name="Numbers"><text:list-level-style-number text:level="1" '
        'style:num-prefix="Điều " style:num-suffix="." style:num-format="1"/>'
        "</text:list-style>"
        '<text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" '
        'text:bullet-char="•"/></text:list-style>'
    )
    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    table = (
        '<table:table table:name="T1"><table:table-column table:number-columns-repeated="2"/>'
        "<table:table-row>"
        + cell.format(_span(tcvn3("chỉ tiêu"), "Tcvn"))
        + cell.format("Năm 2004")
        + "</table:table-row><table:table-row>"
        + cell.format(_span(tcvn3("trồng rừng mới"), "Tcvn"))
        + cell.format(_span(tcvn3("120 ha, đạt kế hoạch"), "Tcvn"))
        + "</table:table-row></table:table>"
    )
    body = "".join(
        (
            f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escape(tcvn3("tổng kết năm 2004"))}</text:h>',  # noqa: E501
            table,
            "<text:p>"
            + _span(tcvn3("Kết quả năm nay"), "Tcvn")
            + '<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1'
            "</text:note-citation><text:note-body><text:p>"
            + _span(tcvn3("Theo số liệu của sở"), "Tcvn")
            + "</text:p></text:note-body></text:note> tốt.</text:p>",
            '<text:p>Xem <text:a xlink:type="simple" xlink:href="http://example.org/">'
            "trang web</text:a> và trang <text:page-number>1</text:page-number>.</text:p>",
            '<text:p>Giữ lại <text:change-start text:change-id="ins1"/>phần chèn'
            '<text:change-end text:change-id="ins1"/> và <text:change text:change-id="del1"/>'
            "bỏ phần xoá.</text:p>",
            "<text:p>Hiện ra " + _span(tcvn3("chữ ẩn"), "Hidden") + "còn lại.</text:p>",
            '<text:p>Ảnh: <draw:frame draw:name="Photo" text:anchor-type="as-char" '
            'svg:width="1cm" svg:height="1cm"><draw:image><office:binary-data>'
            f"{png}</office:binary-data></draw:image></draw:frame></text:p>",
            '<text:p><draw:frame draw:name="Box" text:anchor-type="paragraph" svg:width="5cm" '
            'svg:height="2cm" svg:x="1cm" svg:y="1cm"><draw:text-box><text:p>'
            + _span(tcvn3("Nội dung khung"), "Tcvn")
            + "</text:p></draw:text-box></draw:frame>Sau khung.</text:p>",
            '<text:list text:style-name="Numbers"><text:list-item><text:p>Phạm vi</text:p>'
            "</text:list-item><text:list-item><text:p>Đối tượng</text:p></text:list-item>"
            "</text:list>",
            '<text:list text:style-name="Bullets"><text:list-item><text:p>Một</text:p>'
            "</text:list-item><text:list-item><text:p>Hai</text:p></text:list-item></text:list>",
            "<text:p>Trần Văn B</text:p>",
        )
    )
    return _document(body, title="Báo cáo", styles=styles, tracked=tracked)


def administrative() -> str:
    """A decision laid out as Decree 30 has it, all in .VnTime, the head as a table."""
    cell = '<table:table-cell office:value-type="string">{}</table:table-cell>'

    def lines(*texts: str) -> str:
        # A line in capitals is typed in .VnTimeH, as its lower-case bytes: the ABC fonts
        # have no capitals with tone marks.
        return "".join(
            f"<text:p>{_span(tcvn3(text.lower()), 'TcvnH')}</text:p>"
            if text.isupper()
            else f"<text:p>{_span(tcvn3(text), 'Tcvn')}</text:p>"
            for text in texts
        )

    head = (
        '<table:table table:name="Head"><table:table-column table:number-columns-repeated="2"/>'
        "<table:table-row>"
        + cell.format(lines("ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", "Số: 256/2004/QĐ-UB"))
        + cell.format(
            lines(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "TP. Cần Thơ, ngày 01 tháng 7 năm 2004",
            )
        )
        + "</table:table-row></table:table>"
    )
    body = head + lines(
        "QUYẾT ĐỊNH",
        "Về việc ban hành Chương trình cải cách hành chính",
        "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
        "Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Chương trình cải cách hành chính.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nguyễn Văn A",
    )
    return _document(body, title=tcvn3("Quyết định"))


SOURCES = {"legacy_fonts": legacy_fonts, "structure": structure, "administrative": administrative}

EXPECTED = {
    "legacy_fonts": [
        "Bộ Tài chính ban hành quyết định về việc kiểm tra.",
        "BỘ TÀI CHÍNH",
        "Thành phố Hồ Chí Minh, ngày 01 tháng 7 năm 2004",
        "Người dân trong tỉnh được hướng dẫn",
        "Hà Nội và thành phố Đà Nẵng",
        "QUYẾT ĐỊNH",
        "“liệu pháp sốc” – kinh tế",
    ],
}


def convert(source: str, target: Path, soffice: str) -> None:
    """Write ``source`` (a .fodt) and convert it to the .doc ``target``."""
    with tempfile.TemporaryDirectory() as folder:
        fodt = Path(folder) / f"{target.stem}.fodt"
        fodt.write_text(source, encoding="utf-8")
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless",
             "--convert-to", "doc:MS Word 97", "--outdir", folder, str(fodt)],
            check=True, capture_output=True, timeout=180,
        )
        shutil.copyfile(Path(folder) / f"{target.stem}.doc", target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--soffice", default=shutil.which("soffice") or "soffice")
    args = parser.parse_args(argv)
    FIXTURES.mkdir(exist_ok=True)
    for name, make in SOURCES.items():
        target = FIXTURES / f"{name}.doc"
        convert(make(), target, args.soffice)
        print(f"{target} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
