"""Reading RTF files, where many old Vietnamese documents live, font by font.

An RTF file is 7-bit: each 8-bit byte of text is written ``\\'hh`` (or, by newer
writers, ``\\uN`` with the byte as fallback) and means whatever the current font's
encoding says. Old Vietnamese documents name that encoding only through the font's
name (``.VnTime`` holds TCVN3, ``VNI-Times`` VNI) while declaring "ANSI". The RTF
libraries on PyPI (striprtf, rtfparse) decode with one document-wide code page, which
turns such text into mojibake, and keep neither tables nor footnotes apart; so the
reader is our own, in small modules:

- ``rtf_parser``: the token loop, groups and destinations, bounded in time and memory;
- ``rtf_tokens``: the tokens, as regular expressions that never backtrack;
- ``rtf_state``: what a group carries, and which destinations are read or skipped;
- ``rtf_fonts``: the font table, and how each font's bytes are read;
- ``rtf_runs``: the runs of a paragraph through the shared ``LegacyParagraphs``;
- ``rtf_document``, ``rtf_tables``, ``rtf_pictures``: stories (body, footnotes, text
  boxes), tables and pictures as ``Block`` s and ``ArticleImage`` s.

The blocks then go through ``fields_from_blocks`` like those of every document format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from db.readers.errors import FailureKind, ReadError, reason, register_reasons
from db.readers.rtf_document import RtfDocument
from db.readers.rtf_parser import RtfParser
from db.text_decoding import decode_bytes

__all__ = ["RtfDocument", "RtfText", "is_rtf", "not_rtf_error", "parse_rtf", "rtf_text"]

# The import's limit on an article's text (db.readers.MAX_TEXT_BYTES).
MAX_TEXT_BYTES = 20 * 1024 * 1024
_RTF_START = re.compile(rb"\s*(?:\xef\xbb\xbf)?\s*\{\\rtf")
register_reasons(
    {
        "rtf.is-doc": (
            "it is a Word 97-2003 document (.doc) named .rtf: rename it to .doc and import "
            "it again"
        ),
        "rtf.is-docx": (
            "it is a .docx (zip) document named .rtf: rename it to .docx and import it again"
        ),
        "rtf.is-pdf": "it is a PDF document named .rtf: rename it to .pdf and import it again",
        "rtf.is-web-page": (
            "it is a web page named .rtf: rename it to .html and import it again"
        ),
        "rtf.pictures-left-out": (
            "{count} picture(s) left out: only PNG and JPEG pictures are kept (not Windows "
            "metafiles, EMF or bitmaps); the original file still has them"
        ),
    }
)
_TEXT_BYTES = bytes(b for b in range(256) if b >= 0x20 or b in b"\t\n\r\x0c")


@dataclass(frozen=True)
class RtfText:
    """The plain text of an RTF file and the name of how its 8-bit text was read."""

    text: str
    encoding: str
    used_legacy: bool


def is_rtf(data: bytes) -> bool:
    """Whether the bytes start like an RTF file."""
    return _RTF_START.match(data) is not None


def not_rtf_error(data: bytes) -> ReadError:
    """Why bytes that do not start like RTF are not read, and what to do (one line)."""
    head = data[:4096].lstrip()
    # Files that users saved with the wrong extension, known by their first bytes.
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return ReadError(FailureKind.UNSUPPORTED, reason("rtf.is-doc"))
    if head.startswith(b"PK\x03\x04"):
        return ReadError(FailureKind.UNSUPPORTED, reason("rtf.is-docx"))
    if head.startswith(b"%PDF"):
        return ReadError(FailureKind.UNSUPPORTED, reason("rtf.is-pdf"))
    if head[:1] == b"<" and b"html" in head[:512].lower():
        return ReadError(FailureKind.UNSUPPORTED, reason("rtf.is-web-page"))
    controls = len(head.translate(None, _TEXT_BYTES))
    if b"\x00" in head or controls > max(8, len(head) // 20):
        return ReadError(FailureKind.BINARY, reason("rtf.binary"))
    return ReadError(FailureKind.DAMAGED, reason("rtf.not-rtf-header"))


def parse_rtf(
    data: bytes, *, encoding: str | None = None, max_text: int = MAX_TEXT_BYTES
) -> RtfDocument:
    """Read an RTF file into blocks, pictures and what its information group says.

    Args:
        data: the file's bytes.
        encoding: decode every run of 8-bit text with this encoding (one of
            ``db.text_decoding.ENCODINGS``) instead of the one its font implies: for
            re-decoding a document whose fonts were misleading.
        max_text: bytes of text (as the file holds them) past which the file is refused
            as too large, before its text is decoded.

    Raises:
        ReadError: the file is not RTF (the reason says what it is, if it can tell), or
            its text is over ``max_text``.
        ValueError: ``encoding`` is not a known encoding.
    """
    if not is_rtf(data):
        raise not_rtf_error(data)
    if encoding is not None:
        encoding = decode_bytes(b"", encoding).encoding  # the canonical name, or ValueError
    return RtfParser(data, encoding, max_text).run()


def rtf_text(data: bytes, *, encoding: str | None = None) -> RtfText:
    """The plain text of an RTF file, one paragraph (or table cell line) a line."""
    document = parse_rtf(data, encoding=encoding)
    text = "".join(block.text + "\n" for block in document.blocks if block.text)
    return RtfText(text, document.encoding, bool(document.legacy_encodings))
