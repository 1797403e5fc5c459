"""The text through the piece table, built in memory: 8-bit and UTF-16 pieces out of file
order (as fast-saved files have them), fonts from CHPX pages, fields in 8-bit text.

LibreOffice writes one UTF-16 piece, so these structures are made here byte by byte, as
[MS-DOC] lays them out, and read through the same code as real files.
"""

from __future__ import annotations

import struct

from db.readers.word_binary.decoding import RunDecoder
from db.readers.word_binary.document import WordDocument
from db.readers.word_binary.fib import CLX, PLCF_BTE_CHPX, STTBF_FFN, Fib
from db.readers.word_binary.notes import NoteMarks
from db.readers.word_binary.pictures import Pictures
from db.readers.word_binary.sprms import C_RG_FTC0, CF_RMARK_DEL, CF_SPEC
from db.readers.word_binary.text import StoryReader
from db.text_decoding import encode_tcvn3

FONTS = [".VnTime", "Times New Roman", "VNtimes new roman"]
VNTIME, TIMES, UNKNOWN = 0, 1, 2


def _sprm(opcode: int, operand: bytes) -> bytes:
    return struct.pack("<H", opcode) + operand


def _font(index: int) -> bytes:
    return _sprm(C_RG_FTC0, struct.pack("<H", index))


def _font_table(*, word6: bool = False) -> bytes:
    entries = b""
    for name in FONTS:
        if word6:  # flags, weight, charset, alternative: then an 8-bit name
            body = bytes(5) + name.encode("cp1252") + b"\0"
        else:
            body = bytes(39) + name.encode("utf-16-le") + b"\0\0"
        entries += bytes([len(body)]) + body
    if word6:
        return struct.pack("<H", len(entries) + 2) + entries
    return struct.pack("<HH", len(FONTS), 0) + entries


def _chpx_page(runs: list[tuple[int, int, bytes]]) -> bytes:
    """One CHPX FKP: the runs (start fc, end fc, grpprl), grpprls from the page's end."""
    page = bytearray(512)
    count = len(runs)
    page[511] = count
    offsets, top = [], 511
    for _, _, grpprl in runs:
        top = (top - len(grpprl) - 1) & ~1
        page[top] = len(grpprl)
        page[top + 1 : top + 1 + len(grpprl)] = grpprl
        offsets.append(top // 2)
    positions = [start for start, _, _ in runs] + [runs[-1][1]]
    struct.pack_into(f"<{count + 1}I", page, 0, *positions)
    page[4 * (count + 1) : 4 * (count + 1) + count] = bytes(offsets)
    return bytes(page)


def _document(
    pieces: list[tuple[int, bytes, bool]],
    runs: list[tuple[int, int, bytes]],
    *,
    word6: bool = False,
) -> WordDocument:
    """A WordDocument: ``pieces`` are (fc, stored text, compressed) in CP order.

    ``word6``: the Word 6/95 layout (plain 8-bit piece positions, 16-bit page numbers,
    8-bit font names; the grpprls of ``runs`` must then be Word 6 sprms).
    """
    stream = bytearray(0xC00)
    cps, descriptors, cp = [0], b"", 0
    for fc, raw, compressed in pieces:
        stream[fc : fc + len(raw)] = raw
        cp += len(raw) if compressed else len(raw) // 2
        cps.append(cp)
        stored_fc = (fc * 2) | 0x40000000 if compressed and not word6 else fc
        descriptors += struct.pack("<HIH", 0, stored_fc, 0)
    plc_pcd = struct.pack(f"<{len(cps)}i", *cps) + descriptors
    clx = b"\x02" + struct.pack("<I", len(plc_pcd)) + plc_pcd
    page_number = 5
    stream[page_number * 512 : page_number * 512 + 512] = _chpx_page(runs)
    bte = struct.pack("<iiH" if word6 else "<iiI", runs[0][0], runs[-1][1], page_number)
    fonts = _font_table(word6=word6)
    table = fonts + clx + bte
    pairs = [(0, 0)] * 40
    pairs[STTBF_FFN] = (0, len(fonts))
    pairs[CLX] = (len(fonts), len(clx))
    pairs[PLCF_BTE_CHPX] = (len(fonts) + len(clx), len(bte))
    fib = Fib(104 if word6 else 193, word6, False, True, "1Table", 0, (cp, 0, 0, 0, 0, 0, 0, 0),
              tuple(pairs))
    return WordDocument.load(fib, bytes(stream), table, b"")


def _read(document: WordDocument) -> list[str]:
    decoder = RunDecoder()
    reader = StoryReader(document, decoder, Pictures.of(document), NoteMarks(set(), set()))
    length = document.fib.story_lengths[0]
    return [paragraph.text for paragraph in reader.read(0, length, "main")]


def test_pieces_out_of_file_order_in_both_widths() -> None:
    first = encode_tcvn3("Bộ Tài chính ")  # 8-bit piece, last in the file
    second = "Hà Nội\r".encode("utf-16-le")  # UTF-16 piece, first in the file
    # A .VnTime run in a UTF-16 piece: the cp1252 readings of its bytes.
    third = encode_tcvn3("thành phố\r").decode("cp1252").encode("utf-16-le")
    document = _document(
        [(0x400, first, True), (0x200, second, False), (0x300, third, False)],
        [
            (0x200, 0x200 + len(second), _font(TIMES)),
            (0x300, 0x300 + len(third), _font(VNTIME)),
            (0x400, 0x400 + len(first), _font(VNTIME)),
        ],
    )
    assert _read(document) == ["Bộ Tài chính Hà Nội", "thành phố"]


def test_fields_deletions_and_unknown_fonts_in_8_bit_text() -> None:
    text = (
        b"\x13HYPERLINK \"http://x\"\x14" + encode_tcvn3("kết quả") + b"\x15 "
        + encode_tcvn3("đã xoá ") + encode_tcvn3("người dân") + b"\r"
    )
    marks = [i for i, byte in enumerate(text) if byte in (0x13, 0x14, 0x15)]
    deleted = text.index(encode_tcvn3("đã xoá "))
    unknown = text.index(encode_tcvn3("người dân"))
    fc = 0x400
    runs = []
    position = 0
    for cut in sorted({*marks, *(m + 1 for m in marks), deleted, unknown, len(text)}):
        if cut == position:
            continue
        grpprl = _font(VNTIME)
        if position in marks:
            grpprl += _sprm(CF_SPEC, b"\x01")
        elif position == deleted:
            grpprl += _sprm(CF_RMARK_DEL, b"\x01")
        elif position >= unknown:
            grpprl = _font(UNKNOWN)
        runs.append((fc + position, fc + cut, grpprl))
        position = cut
    document = _document([(fc, text, True)], runs)
    # The field's result, never its instruction; the deletion dropped; the unknown
    # font's TCVN3 detected.
    assert _read(document) == ["kết quả người dân"]


def test_control_bytes_are_marks_before_any_decoding() -> None:
    # 0x07 and 0x0B are capitals in TCVN3's VN1 table but Word's cell mark and line
    # break: they end a cell and a line, and are never decoded as letters.
    text = encode_tcvn3("dòng một") + b"\x0b" + encode_tcvn3("dòng hai") + b"\x07"
    text += encode_tcvn3("cuối") + b"\r"
    document = _document([(0x400, text, True)], [(0x400, 0x400 + len(text), _font(VNTIME))])
    assert _read(document) == ["dòng một\ndòng hai", "cuối"]


def test_word6_fast_saved_pieces() -> None:
    # Word 6/95: every piece is 8-bit at a plain position; sprmCFtc is opcode 93.
    first, second = encode_tcvn3("Uỷ ban nhân dân "), encode_tcvn3("tỉnh Cần Thơ\r")
    word6_font = bytes([93]) + struct.pack("<H", VNTIME)
    document = _document(
        [(0x500, first, True), (0x300, second, True)],
        [(0x300, 0x300 + len(second), word6_font), (0x500, 0x500 + len(first), word6_font)],
        word6=True,
    )
    assert _read(document) == ["Uỷ ban nhân dân tỉnh Cần Thơ"]
