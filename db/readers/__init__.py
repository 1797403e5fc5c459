"""Reading article files into articles: choose the reader by extension, decode, parse.

``read_article_file`` either returns a complete ``NewArticle`` or raises ``ReadError``
with a category and a reason; it never returns half an article.
"""

from __future__ import annotations

from pathlib import Path

from db.models import ArticleFields, NewArticle
from db.readers.errors import FailureKind, ReadError
from db.readers.fingerprint import fingerprint
from db.readers.text_formats import (
    has_front_matter,
    parse_markdown,
    parse_plain_text,
    parse_sample_format,
)
from db.text_decoding import UndecodableError, decode_bytes

__all__ = [
    "FailureKind",
    "ReadError",
    "article_file_kind",
    "decode_article_bytes",
    "read_article_file",
]

# Extracted text over this size is refused: no news report is that long.
MAX_TEXT_BYTES = 20 * 1024 * 1024
# Encodings in which the file's own bytes are kept, because detection may have guessed wrong.
_GUESSED_ENCODINGS = frozenset({"cp1258", "tcvn3", "vni"})

_TEXT_EXTENSIONS = {".txt", ".text"}
_MARKDOWN_EXTENSIONS = {".md", ".markdown", ".mdown"}
_REFUSED = {
    ".doc": "old binary Word files cannot be read: open it in Word and save it as .docx",
}


def article_file_kind(path: Path) -> str | None:
    """'text', 'markdown', 'refused', or None for a file that is not an article file."""
    suffix = path.suffix.lower()
    if suffix in _TEXT_EXTENSIONS:
        return "text"
    if suffix in _MARKDOWN_EXTENSIONS:
        return "markdown"
    if suffix in _REFUSED:
        return "refused"
    return None


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
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in (9, 10, 12, 13, 0x1A))
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
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise ReadError(FailureKind.TOO_LARGE, "the text is longer than 20 MB")
    if not text.strip():
        raise ReadError(FailureKind.EMPTY, "the file holds only blank lines")
    fallback_title = Path(name).stem
    fields: ArticleFields | None
    if kind == "markdown" or has_front_matter(text):
        fields = parse_markdown(text, fallback_title=fallback_title)
    else:
        fields = parse_sample_format(text) or parse_plain_text(text, fallback_title=fallback_title)
    return NewArticle(
        title=fields.title,
        body=fields.body,
        date=fields.date,
        author=fields.author,
        source=fields.source,
        tags=fields.tags,
        fingerprint=fingerprint(text),
        original_name=name,
        encoding=decoded.encoding,
        original_bytes=data if decoded.encoding in _GUESSED_ENCODINGS else None,
    )




def read_article_file(path: Path, *, encoding: str | None = None) -> NewArticle:
    """Read one file into an article, or raise ReadError naming why not."""
    kind = article_file_kind(path)
    if kind == "refused":
        raise ReadError(FailureKind.UNSUPPORTED, _REFUSED[path.suffix.lower()])
    if kind is None:
        raise ReadError(FailureKind.UNSUPPORTED, f"'{path.suffix or path.name}' is not an article file")
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES * 4:
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
    return decode_article_bytes(data, name=path.name, kind=kind, encoding=encoding)
