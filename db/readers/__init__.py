"""Reading article files into articles: choose the reader by extension, decode, parse.

``read_article_file`` either returns a complete ``NewArticle`` or raises ``ReadError``
with a category and a reason; it never returns half an article.
"""

from __future__ import annotations

from pathlib import Path

from db.models import ArticleFields, ArticleImage, NewArticle
from db.readers.docx_format import parse_docx
from db.readers.errors import FailureKind, ReadError
from db.readers.fingerprint import fingerprint
from db.readers.html_format import declared_charset, parse_html
from db.readers.rtf_format import is_rtf, rtf_text
from db.readers.text_formats import (
    has_front_matter,
    parse_markdown,
    parse_plain_text,
    parse_sample_format,
)
from db.readers.word_binary import read_word_document
from db.text_decoding import UndecodableError, decode_bytes

__all__ = [
    "FailureKind",
    "ReadError",
    "article_file_kind",
    "decode_article_bytes",
    "read_article_file",
    "redecode_article_bytes",
]

# Extracted text over this size is refused: no news report is that long.
MAX_TEXT_BYTES = 20 * 1024 * 1024
# Encodings in which the file's own bytes are kept, because detection may have guessed wrong.
_GUESSED_ENCODINGS = frozenset({"cp1258", "tcvn3", "vni"})

_TEXT_EXTENSIONS = {".txt", ".text"}
_MARKDOWN_EXTENSIONS = {".md", ".markdown", ".mdown"}
_HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
_DOCX_EXTENSIONS = {".docx"}
_RTF_EXTENSIONS = {".rtf"}
_DOC_EXTENSIONS = {".doc", ".dot"}
# A .docx with photos may be far larger on disk than its text.
MAX_DOCX_BYTES = 200 * 1024 * 1024
_REFUSED: dict[str, str] = {}


def article_file_kind(path: Path) -> str | None:
    """'text', 'markdown', 'html', 'docx', 'rtf', 'doc', 'refused', or None (not an article)."""
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
    if b"\x00" in sample:
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
        raise ReadError(FailureKind.EMPTY, "the file is empty")
    if _looks_binary(data):
        raise ReadError(FailureKind.BINARY, "the file holds binary data, not text")
    try:
        decoded = decode_bytes(data, encoding)
    except UndecodableError as error:
        raise ReadError(FailureKind.UNDECODABLE, str(error)) from error
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    _check_size(text)
    if not text.strip():
        raise ReadError(FailureKind.EMPTY, "the file holds only blank lines")
    fallback_title = Path(name).stem
    fields: ArticleFields | None
    if kind == "markdown" or has_front_matter(text):
        fields = parse_markdown(text, fallback_title=fallback_title)
    else:
        fields = parse_sample_format(text) or parse_plain_text(text, fallback_title=fallback_title)
    return _new_article(
        fields,
        fingerprint_text=text,
        name=name,
        encoding=decoded.encoding,
        original_bytes=data if decoded.encoding in _GUESSED_ENCODINGS else None,
    )


def read_article_file(path: Path, *, encoding: str | None = None) -> NewArticle:
    """Read one file into an article, or raise ReadError naming why not."""
    kind = article_file_kind(path)
    if kind == "refused":
        raise ReadError(FailureKind.UNSUPPORTED, _REFUSED[path.suffix.lower()])
    if kind is None:
        raise ReadError(
            FailureKind.UNSUPPORTED, f"'{path.suffix or path.name}' is not an article file"
        )
    try:
        size = path.stat().st_size
        if size > (MAX_DOCX_BYTES if kind == "docx" else MAX_TEXT_BYTES * 4):
            raise ReadError(FailureKind.TOO_LARGE, f"the file is {size // 2**20} MB")
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise ReadError(FailureKind.UNREADABLE, "the file vanished while importing") from error
    except PermissionError as error:
        raise ReadError(
            FailureKind.UNREADABLE, "no permission to read it: ask for read access"
        ) from error
    except IsADirectoryError as error:
        raise ReadError(FailureKind.UNREADABLE, "it is a folder") from error
    except OSError as error:
        raise ReadError(FailureKind.UNREADABLE, error.strerror or str(error)) from error
    if kind == "docx":
        return _docx_article(data, name=path.name)
    if kind == "html":
        return _html_article(data, name=path.name, folder=path.parent, encoding=encoding)
    if kind == "rtf":
        return _rtf_article(data, name=path.name, encoding=encoding)
    if kind == "doc":
        return _doc_article(data, name=path.name, encoding=encoding)
    return decode_article_bytes(data, name=path.name, kind=kind, encoding=encoding)


def redecode_article_bytes(data: bytes, *, name: str, encoding: str) -> NewArticle:
    """Read the kept bytes of a file again with ``encoding`` (raises ReadError, ValueError).

    ``name`` is the file's original name; its extension chooses the reader. Images of a
    web page are not read again (the page's folder is not known any more).
    """
    kind = article_file_kind(Path(name))
    if kind == "html":
        return _html_article(data, name=name, folder=None, encoding=encoding)
    if kind == "rtf":
        return _rtf_article(data, name=name, encoding=encoding)
    if kind == "doc":
        return _doc_article(data, name=name, encoding=encoding)
    if kind in ("docx", "refused", None):
        raise ReadError(FailureKind.UNSUPPORTED, f"{name}: only text files can be re-decoded")
    return decode_article_bytes(data, name=name, kind=str(kind), encoding=encoding)


def _check_size(text: str) -> None:
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise ReadError(FailureKind.TOO_LARGE, "the text is longer than 20 MB")


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
        fingerprint=fingerprint(fingerprint_text),
        original_name=name,
        encoding=encoding,
        original_bytes=original_bytes,
        images=images or [],
    )


def _docx_article(data: bytes, *, name: str) -> NewArticle:
    if not data:
        raise ReadError(FailureKind.EMPTY, "the file is empty")
    parsed = parse_docx(data)
    fields = parsed.fields
    _check_size(fields.body)
    if not fields.title:
        fields.title = Path(name).stem
    legacy = sorted(parsed.legacy_encodings)
    return _new_article(
        fields,
        fingerprint_text=_content(fields),
        name=name,
        encoding="+".join(legacy) if legacy else "utf-8",
        images=parsed.images,
    )


def _html_article(
    data: bytes, *, name: str, folder: Path | None, encoding: str | None
) -> NewArticle:
    if not data.strip():
        raise ReadError(FailureKind.EMPTY, "the file is empty")
    if _looks_binary(data):
        raise ReadError(FailureKind.BINARY, "the file holds binary data, not a web page")
    if encoding is None:
        declared = declared_charset(data)
        if declared in ("utf-8", "utf8", "windows-1258", "cp1258"):
            encoding = declared
    try:
        decoded = decode_bytes(data, encoding)
    except UndecodableError as error:
        if encoding is None:
            raise ReadError(FailureKind.UNDECODABLE, str(error)) from error
        decoded = decode_bytes(data)  # the page's declaration was wrong: detect
    _check_size(decoded.text)
    page = parse_html(decoded.text, fallback_title=Path(name).stem, folder=folder)
    fields = page.fields
    if not fields.body.strip() and not page.images:
        raise ReadError(FailureKind.EMPTY, "the page has no text")
    return _new_article(
        fields,
        fingerprint_text=_content(fields),
        name=name,
        encoding=decoded.encoding,
        original_bytes=data if decoded.encoding in _GUESSED_ENCODINGS else None,
        images=page.images,
    )


def _rtf_article(data: bytes, *, name: str, encoding: str | None) -> NewArticle:
    if not data.strip():
        raise ReadError(FailureKind.EMPTY, "the file is empty")
    if not is_rtf(data):
        if _looks_binary(data):
            raise ReadError(FailureKind.BINARY, "the file holds binary data, not RTF")
        raise ReadError(FailureKind.DAMAGED, "the file does not start like an RTF file")
    if encoding is not None:
        decode_bytes(b"", encoding)  # raises ValueError naming the known encodings
    extracted = rtf_text(data, encoding=encoding)
    text = extracted.text.replace("\r\n", "\n").replace("\r", "\n")
    _check_size(text)
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    if not paragraphs:
        raise ReadError(FailureKind.EMPTY, "the document has no text")
    joined = "\n\n".join(paragraphs)
    fields = parse_sample_format(joined) or parse_plain_text(joined, fallback_title=Path(name).stem)
    return _new_article(
        fields,
        fingerprint_text=joined,
        name=name,
        encoding=encoding or extracted.encoding,
        original_bytes=data if extracted.used_legacy or encoding else None,
    )


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
