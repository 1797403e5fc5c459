"""Reading article files into articles: choose the reader by extension, decode, parse.

``read_article_file`` either returns a complete ``NewArticle`` or raises ``ReadError``
with a category and a catalogued reason (``db.readers.errors``); it never returns half an
article. Only regular files are read, never more than the kind's size limit, and the
stored text never holds control characters (``db.readers.stored_text``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from db.file_names import display_name
from db.models import ArticleFields, ArticleImage, NewArticle
from db.readers.document_fields import fields_from_blocks
from db.readers.docx_format import parse_docx
from db.readers.errors import FailureKind, ReadError, reason, undecodable_reason
from db.readers.fingerprint import fingerprint
from db.readers.html_format import decode_page, parse_html
from db.readers.pdf import read_pdf
from db.readers.rtf_format import is_rtf, parse_rtf
from db.readers.safe_files import read_capped
from db.readers.stored_text import clean_article, clean_text
from db.readers.text_formats import (
    has_front_matter,
    parse_markdown,
    parse_plain_text,
    parse_sample_format,
)
from db.readers.word_binary import read_word_document
from db.text_decoding import DecodedText, UndecodableError, decode_bytes

__all__ = [
    "FailureKind",
    "ReadError",
    "article_file_kind",
    "decode_article_bytes",
    "read_article_file",
    "redecode_article_bytes",
]

log = logging.getLogger(__name__)

# Extracted text over this size is refused: no news report is that long.
MAX_TEXT_BYTES = 20 * 1024 * 1024
# Encodings in which the file's own bytes are kept, because detection may have guessed wrong.
_GUESSED_ENCODINGS = frozenset({"cp1258", "tcvn3", "vni"})

_TEXT_EXTENSIONS = {".txt", ".text"}
_MARKDOWN_EXTENSIONS = {".md", ".markdown", ".mdown"}
_HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
# Templates and macro-enabled files hold the same WordprocessingML (macros never run).
_DOCX_EXTENSIONS = {".docx", ".docm", ".dotx", ".dotm"}
_RTF_EXTENSIONS = {".rtf"}
_PDF_EXTENSIONS = {".pdf"}
_DOC_EXTENSIONS = {".doc", ".dot"}
# A .docx with photos may be far larger on disk than its text.
MAX_DOCX_BYTES = 200 * 1024 * 1024
# The largest file of each kind that is read at all. Text files may be UTF-16 (two bytes
# a character) and hold at most MAX_TEXT_BYTES of text; a web page's tree takes about ten
# times its size in memory, so pages are held to less. With these, the import of any
# one file stays under 600 MB (tests/db/test_import_bounds.py checks it).
MAX_FILE_BYTES = {
    "text": 2 * MAX_TEXT_BYTES + 8 * 1024 * 1024,
    "markdown": 2 * MAX_TEXT_BYTES + 8 * 1024 * 1024,
    "html": 16 * 1024 * 1024,
    "rtf": 4 * MAX_TEXT_BYTES,
    "docx": MAX_DOCX_BYTES,
    "pdf": MAX_DOCX_BYTES,
    # olefile and the reader hold the file, its streams and the text: about three times
    # the file (a photo-heavy report of 80 MB stays under the import's 600 MB).
    "doc": 4 * MAX_TEXT_BYTES,
}
_REFUSED: set[str] = set()


def article_file_kind(path: Path) -> str | None:
    """'text', 'markdown', 'html', 'docx', 'rtf', 'pdf', 'doc', 'refused', or None."""
    suffix = path.suffix.lower()
    if suffix in _TEXT_EXTENSIONS:
        return "text"
    if suffix in _MARKDOWN_EXTENSIONS:
        return "markdown"
    if suffix in _HTML_EXTENSIONS:
        return "html"
    if suffix in _DOCX_EXTENSIONS:
        return "docx"
    if suffix in _RTF_EXTENSIONS:
        return "rtf"
    if suffix in _PDF_EXTENSIONS:
        return "pdf"
    if suffix in _DOC_EXTENSIONS:
        return "doc"
    if suffix in _REFUSED:
        return "refused"
    return None


# Every byte except the control bytes that plain text does not contain.
_NOT_CONTROL_BYTES = bytes(
    byte for byte in range(256) if not (byte < 0x20 and byte not in (9, 10, 12, 13, 0x1A))
)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    nuls = sample.count(0)
    if nuls > max(2, len(sample) // 100):
        # UTF-16 without a BOM has a NUL in every other byte; anything else is binary.
        even = sample[0::2].count(0)
        odd = sample[1::2].count(0)
        half = len(sample) // 2 or 1
        return not (odd > 0.3 * half and even == 0) and not (even > 0.3 * half and odd == 0)
    # Deleting every other byte in C counts the control bytes ~100x faster than a loop.
    controls = len(sample.translate(None, _NOT_CONTROL_BYTES))
    # TCVN3 puts a few capital letters in the control range: allow some.
    return controls > max(8, len(sample) // 20)


def decode_article_bytes(
    data: bytes, *, name: str, kind: str, encoding: str | None = None
) -> NewArticle:
    """Turn the bytes of an article file into a NewArticle (raises ReadError)."""
    if not data.strip():
        raise ReadError(FailureKind.EMPTY, reason("file.empty"))
    if _looks_binary(data):
        raise ReadError(FailureKind.BINARY, reason("text.binary"))
    decoded = _decode(data, encoding)
    text, removed = clean_text(decoded.text)
    _check_size(text)
    if not text.strip():
        raise ReadError(FailureKind.EMPTY, reason("file.blank"))
    fallback_title = Path(name).stem
    notes: list[str] = [reason("text.control-characters", count=removed)] if removed else []
    fields: ArticleFields | None
    if kind == "markdown" or has_front_matter(text):
        fields = parse_markdown(text, fallback_title=fallback_title, notes=notes)
    else:
        fields = parse_sample_format(text) or parse_plain_text(text, fallback_title=fallback_title)
    article = _new_article(
        fields,
        fingerprint_text=text,
        name=name,
        encoding=decoded.encoding,
        original_bytes=data if decoded.encoding in _GUESSED_ENCODINGS else None,
    )
    article.notes.extend(notes)
    return clean_article(article)


def _decode(data: bytes, encoding: str | None) -> DecodedText:
    try:
        return decode_bytes(data, encoding)
    except UndecodableError as error:
        raise ReadError(FailureKind.UNDECODABLE, undecodable_reason(error)) from error


def read_article_file(path: Path, *, encoding: str | None = None) -> NewArticle:
    """Read one file into an article, or raise ReadError naming why not."""
    kind = article_file_kind(path)
    if kind == "refused":
        raise ReadError(FailureKind.UNSUPPORTED, reason("doc.refused"))
    if kind is None:
        raise ReadError(
            FailureKind.UNSUPPORTED,
            reason("file.not-article", suffix=display_name(path.suffix or path.name)),
        )
    data = read_capped(path, limit=MAX_FILE_BYTES.get(kind, MAX_TEXT_BYTES))
    name = display_name(path.name)
    try:
        if kind == "docx":
            article = _docx_article(data, name=name)
        elif kind == "html":
            article = _html_article(data, name=name, folder=path.parent, encoding=encoding)
        elif kind == "rtf":
            article = _rtf_article(data, name=name, encoding=encoding)
        elif kind == "pdf":
            article = read_pdf(data, name=name, encoding=encoding)
        elif kind == "doc":
            article = _doc_article(data, name=name, encoding=encoding)
        else:
            return decode_article_bytes(data, name=name, kind=kind, encoding=encoding)
    except MemoryError as error:
        raise ReadError(FailureKind.TOO_LARGE, reason("file.memory")) from error
    except RecursionError as error:
        log.error("%s: a reader recursed too deep", name, exc_info=True)
        raise ReadError(FailureKind.TOO_LARGE, reason("file.nested-too-deep")) from error
    return clean_article(article)


def redecode_article_bytes(data: bytes, *, name: str, encoding: str) -> NewArticle:
    """Read the kept bytes of a file again with ``encoding`` (raises ReadError, ValueError).

    ``name`` is the file's original name; its extension chooses the reader. Images of a
    web page are not read again (the page's folder is not known any more).
    """
    kind = article_file_kind(Path(name))
    if kind == "html":
        return clean_article(_html_article(data, name=name, folder=None, encoding=encoding))
    if kind == "rtf":
        return clean_article(_rtf_article(data, name=name, encoding=encoding))
    if kind == "pdf":
        return clean_article(read_pdf(data, name=name, encoding=encoding))
    if kind == "doc":
        return clean_article(_doc_article(data, name=name, encoding=encoding))
    if kind in ("docx", "refused", None):
        raise ReadError(FailureKind.UNSUPPORTED, reason("file.redecode-only-text", name=name))
    return decode_article_bytes(data, name=name, kind=str(kind), encoding=encoding)


def _check_size(text: str) -> None:
    # Most characters take 1-3 bytes in UTF-8: only a text near the limit is encoded.
    if len(text) * 3 > MAX_TEXT_BYTES and len(text.encode("utf-8", "replace")) > MAX_TEXT_BYTES:
        raise ReadError(
            FailureKind.TOO_LARGE,
            reason("file.text-too-large", limit=MAX_TEXT_BYTES // 2**20),
        )


def _content(fields: ArticleFields) -> str:
    # Formats without one canonical text: the same title and body are the same article.
    return f"{fields.title}\n\n{fields.body}"


def _new_article(
    fields: ArticleFields,
    *,
    fingerprint_text: str,
    name: str,
    encoding: str,
    original_bytes: bytes | None = None,
    images: list[ArticleImage] | None = None,
) -> NewArticle:
    return NewArticle(
        title=fields.title,
        body=fields.body,
        date=fields.date,
        author=fields.author,
        source=fields.source,
        tags=fields.tags,
        number=fields.number,
        # Cleaned first: surrogates cannot be hashed, and a NUL is no part of the text.
        fingerprint=fingerprint(clean_text(fingerprint_text)[0]),
        original_name=name,
        encoding=encoding,
        original_bytes=original_bytes,
        images=images or [],
    )


def _docx_article(data: bytes, *, name: str) -> NewArticle:
    if not data:
        raise ReadError(FailureKind.EMPTY, reason("file.empty"))
    parsed = parse_docx(data, fallback_title=Path(name).stem)
    fields = parsed.fields
    _check_size(_content(fields))
    legacy = sorted(parsed.legacy_encodings)
    article = _new_article(
        fields,
        fingerprint_text=_content(fields),
        name=name,
        encoding="+".join(legacy) if legacy else "utf-8",
        images=parsed.images,
    )
    article.notes.extend(parsed.notes)
    return article


def _html_article(
    data: bytes, *, name: str, folder: Path | None, encoding: str | None
) -> NewArticle:
    if not data.strip():
        raise ReadError(FailureKind.EMPTY, reason("file.empty"))
    if _looks_binary(data):
        raise ReadError(FailureKind.BINARY, reason("html.binary"))
    decoded, notes = decode_page(data, encoding)
    _check_size(decoded.text)
    page = parse_html(decoded.text, fallback_title=Path(name).stem, folder=folder)
    fields = page.fields
    if not fields.body.strip() and not page.images:
        raise ReadError(FailureKind.EMPTY, reason("html.no-text"))
    article = _new_article(
        fields,
        fingerprint_text=_content(fields),
        name=name,
        encoding=decoded.encoding,
        original_bytes=data if decoded.encoding in _GUESSED_ENCODINGS else None,
        images=page.images,
    )
    article.notes.extend(notes + page.notes)
    return article


def _rtf_article(data: bytes, *, name: str, encoding: str | None) -> NewArticle:
    if not data.strip():
        raise ReadError(FailureKind.EMPTY, reason("file.empty"))
    document = parse_rtf(data, encoding=encoding, max_text=MAX_TEXT_BYTES)
    if not document.blocks:
        raise ReadError(FailureKind.EMPTY, reason("rtf.no-text"))
    notes = list(document.notes)
    fallback = Path(name).stem
    fields = fields_from_blocks(
        document.blocks, fallback_title=fallback, hints=document.hints, notes=notes
    )
    _check_size(fields.body)
    article = _new_article(
        fields,
        fingerprint_text=_content(fields),
        name=name,
        encoding=encoding or document.encoding,
        original_bytes=data if document.has_8bit_text or encoding else None,
        images=document.images,
    )
    article.notes.extend(notes)
    return article


def _doc_article(data: bytes, *, name: str, encoding: str | None) -> NewArticle:
    # Files named .doc are often RTF or .docx saved under the old name.
    if is_rtf(data):
        return _rtf_article(data, name=name, encoding=encoding)
    if data.startswith(b"PK\x03\x04") and encoding is None:
        return _docx_article(data, name=name)
    parsed = read_word_document(data, name=name, encoding=encoding)
    _check_size(parsed.fields.body)
    legacy = sorted(parsed.encodings)
    article = _new_article(
        parsed.fields,
        fingerprint_text=_content(parsed.fields),
        name=name,
        encoding="+".join(legacy) if legacy else "utf-8",
        original_bytes=data,
        images=parsed.images,
    )
    article.notes.extend(parsed.notes)
    return article
