"""The Word package: odd, damaged, protected and hostile files end in one clear reason."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from db.readers import FailureKind, ReadError, read_article_file
from db.text_decoding import encode_tcvn3
from tests.db.readers.docx_fixtures import (
    DOCUMENT_TYPE,
    build_docx,
    core_xml,
    cp1252_text,
    paragraph,
    run,
    style,
    styles_xml,
    write,
)

BODY = paragraph(run("Báo cáo quý")) + paragraph(run("Nội dung báo cáo."))


def refusal(path: Path) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read_article_file(path)
    assert "object at 0x" not in str(caught.value)
    return caught.value


def ole_file(*stream_names: str) -> bytes:
    """An OLE compound file header and directory naming ``stream_names``, as Word's
    encrypted documents are (the streams' contents do not matter to the reader)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    entries = b""
    for name in ("Root Entry", *stream_names):
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        entries += encoded.ljust(64, b"\x00") + struct.pack("<H", len(encoded)) + bytes(62)
    return header + entries.ljust(4096, b"\x00")


def test_a_password_protected_docx_says_so(tmp_path: Path) -> None:
    data = ole_file("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces")
    error = refusal(write(tmp_path, "mat.docx", data))
    assert error.kind is FailureKind.PROTECTED
    assert error.detail == "password-protected: remove the password in Word and import again"


def test_a_word_97_file_named_docx_says_what_it_is(tmp_path: Path) -> None:
    error = refusal(write(tmp_path, "cu.docx", ole_file("WordDocument", "1Table")))
    assert error.kind is FailureKind.UNSUPPORTED
    assert "Word 97–2003" in error.detail and ".doc" in error.detail


@pytest.mark.parametrize(
    "main_type",
    [
        DOCUMENT_TYPE,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ],
)
@pytest.mark.parametrize("name", ["mau.docx", "MAU.DOCX", "mau.dotx", "mau.docm", "mau.dotm"])
def test_templates_and_macro_files_are_read(tmp_path: Path, main_type: str, name: str) -> None:
    article = read_article_file(write(tmp_path, name, build_docx(BODY, main_type=main_type)))
    assert article.title == "Báo cáo quý"
    assert article.body == "Nội dung báo cáo."


def test_a_workbook_named_docx_is_refused_in_plain_words(tmp_path: Path) -> None:
    sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    error = refusal(write(tmp_path, "bang.docx", build_docx(BODY, main_type=sheet)))
    assert error.kind is FailureKind.UNSUPPORTED
    assert error.detail == "this is an Excel workbook, not a Word document"


def test_strict_open_xml_is_read(tmp_path: Path) -> None:
    styles = styles_xml(style("Normal", font=".VnTime", default=True))
    legacy = cp1252_text(encode_tcvn3("Thông tư hướng dẫn"))
    body = paragraph(run("Tiêu đề")) + paragraph(run(legacy))
    data = build_docx(body, styles=styles, strict=True)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert b"purl.oclc.org/ooxml/wordprocessingml" in package.read("word/document.xml")
    article = read_article_file(write(tmp_path, "strict.docx", data))
    assert article.body == "Thông tư hướng dẫn"


def test_core_properties_give_hints_and_odd_ones_do_not_fail(tmp_path: Path) -> None:
    core = core_xml(
        title=cp1252_text(encode_tcvn3("Quyết định")),
        creator="Phòng Máy tính",
        created="2002-12-10T02:38:00Z",
    )
    broken_core = "<cp:coreProperties><dc:title>unclosed"
    data = build_docx(
        paragraph(run("Chỉ một đoạn dài hơn hai trăm ký tự. " * 8)),
        core=core,
        extra_members={"docProps/core2.xml": broken_core.encode()},
    )
    # A second core-properties relationship, to a part that is not even XML.
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        members = {info.filename: package.read(info) for info in package.infolist()}
    members["_rels/.rels"] = members["_rels/.rels"].replace(
        b"<Relationship ",
        b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/package/2006/'
        b'relationships/metadata/core-properties" Target="docProps/core2.xml"/><Relationship ',
        1,
    )
    article = read_article_file(write(tmp_path, "hai.docx", _zip(members)))
    assert article.title == "Quyết định"
    assert article.date == "2002-12-10"
    assert article.author == "Phòng Máy tính"


def test_a_package_without_relationships_or_content_types_is_still_read(tmp_path: Path) -> None:
    document = build_docx(BODY)
    with zipfile.ZipFile(io.BytesIO(document)) as package:
        only = {"word/document.xml": package.read("word/document.xml")}
    article = read_article_file(write(tmp_path, "tran.docx", _zip(only)))
    assert article.body == "Nội dung báo cáo."


def test_other_files_named_docx(tmp_path: Path) -> None:
    error = refusal(write(tmp_path, "a.docx", b"{\\rtf1\\ansi Hello}"))
    assert error.kind is FailureKind.UNSUPPORTED and ".rtf" in error.detail
    odt = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<a/>"})
    error = refusal(write(tmp_path, "b.docx", odt))
    assert error.kind is FailureKind.UNSUPPORTED and "OpenDocument" in error.detail
    error = refusal(write(tmp_path, "c.docx", b"PK\x03\x04 not really a zip file"))
    assert error.kind is FailureKind.DAMAGED and "zip" in error.detail
    error = refusal(write(tmp_path, "d.docx", _zip({"readme.txt": b"hello"})))
    assert error.kind is FailureKind.DAMAGED


def test_a_dtd_or_an_entity_bomb_is_refused(tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;'
        '&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    )
    data = _replace_document(
        build_docx(BODY),
        lambda xml: laughs.encode() + xml.replace("Nội dung báo cáo.".encode(), b"&c;"),
    )
    error = refusal(write(tmp_path, "bom.docx", data))
    assert error.kind is FailureKind.DAMAGED
    assert "DTD" in error.detail or "not well-formed" in error.detail


def test_malformed_xml_keeps_what_was_read_and_says_so(tmp_path: Path) -> None:
    data = _replace_document(
        build_docx(BODY + paragraph(run("Đoạn thứ ba."))),
        lambda xml: xml.replace("Đoạn thứ ba.".encode(), "Đoạn\x01 thứ ba.".encode()),
    )
    article = read_article_file(write(tmp_path, "hong.docx", data))
    assert article.body.startswith("Nội dung báo cáo.")
    assert any("damaged near line" in note for note in article.notes)


def test_an_unreadable_picture_is_left_out_and_said(tmp_path: Path) -> None:
    picture = (
        '<w:r><w:drawing><wp:inline><wp:docPr id="1" name="p" descr="Ảnh"/><a:graphic>'
        '<a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="anh"/></pic:blipFill>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
    data = build_docx(BODY + paragraph(picture), media={"anh.png": b"\x89PNG" + bytes(100)})
    article = read_article_file(write(tmp_path, "anh.docx", data))
    assert len(article.images) == 1 and article.images[0].mime == "image/png"
    assert f"(image:{article.images[0].name})" in article.body


def test_too_many_parts_is_refused(tmp_path: Path) -> None:
    members = {f"word/media/{index}.bin": b"" for index in range(10_050)}
    with zipfile.ZipFile(io.BytesIO(build_docx(BODY))) as package:
        members.update({info.filename: package.read(info) for info in package.infolist()})
    error = refusal(write(tmp_path, "nhieu.docx", _zip(members, compression=zipfile.ZIP_STORED)))
    assert error.kind is FailureKind.TOO_LARGE
    assert "to read safely" in error.detail


@pytest.mark.parametrize("size", [0x2000_0000, 0xF000_0000])
def test_a_part_declaring_too_much_is_refused_before_reading(tmp_path: Path, size: int) -> None:
    data = _declare_size(build_docx(BODY), "word/document.xml", size)
    error = refusal(write(tmp_path, "bomb.docx", data))
    assert error.kind is FailureKind.TOO_LARGE
    assert "word/document.xml" in error.detail


def _zip(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return buffer.getvalue()


def _replace_document(data: bytes, change: Callable[[bytes], bytes]) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        members = {info.filename: package.read(info) for info in package.infolist()}
    members["word/document.xml"] = change(members["word/document.xml"])
    return _zip(members)


def _declare_size(data: bytes, name: str, size: int) -> bytes:
    """The same zip with the unpacked size of ``name`` overwritten in both of its headers."""
    out = bytearray(data)
    encoded = name.encode()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        info = package.getinfo(name)
    struct.pack_into("<I", out, info.header_offset + 22, size)
    position = out.find(b"PK\x01\x02")
    while position != -1:
        name_length = struct.unpack_from("<H", out, position + 28)[0]
        if bytes(out[position + 46 : position + 46 + name_length]) == encoded:
            struct.pack_into("<I", out, position + 24, size)
        position = out.find(b"PK\x01\x02", position + 4)
    return bytes(out)


def test_a_document_cut_inside_a_table_keeps_what_it_had(tmp_path: Path) -> None:
    table = (
        "<w:tbl><w:tr><w:tc>" + paragraph(run("ô một")) + "</w:tc><w:tc>"
        + paragraph(run("ô hai")) + "</w:tc></w:tr><w:tr><w:tc>" + paragraph(run("ô ba"))
    )
    data = _replace_document(
        build_docx(BODY + table),
        lambda xml: xml[: xml.index("ô ba".encode()) + len("ô ba".encode())],
    )
    article = read_article_file(write(tmp_path, "cut.docx", data))
    for text in ("Nội dung báo cáo.", "ô một", "ô hai", "ô ba"):
        assert text in article.body
    assert any("damaged" in note for note in article.notes)
