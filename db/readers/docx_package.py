"""The zip package of a Word file: its parts and relationships, opened within bounds.

A ``.docx`` (and ``.docm``, ``.dotx``, ``.dotm``) is a zip of XML parts tied together by
relationships (Open Packaging Conventions). This module finds the main document part,
the parts it relates to, and refuses what cannot or should not be read, each in one
plain reason:

- a password-protected document, which Word saves as an OLE compound file holding an
  ``EncryptedPackage`` stream, not as a zip;
- a zip bomb: more parts than any document has, parts that would unpack to more than
  the reader could hold, or parts compressed far more than real documents are;
- workbooks, presentations and OpenDocument files that were given a ``.docx`` name.

Part names are matched without regard to case, as the conventions say, and relationship
types by their last word, so that Strict Open XML (``http://purl.oclc.org/ooxml/…``)
and transitional packages read alike.
"""

from __future__ import annotations

import posixpath
import urllib.parse
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO

from db.readers.docx_xml import Element, MalformedPart, parse_tree, read_chunks
from db.readers.errors import FailureKind, ReadError, Reason, reason, register_reasons

register_reasons(
    {
        "docx.too-many-parts": "the package holds {count} parts, too many to read safely",
        "docx.password": "password-protected: remove the password in Word and import again",
        "docx.part-unreadable": "the .docx file is damaged ({part} cannot be unpacked)",
        "docx.odd-compression": "the .docx file is compressed in a way Word does not use ({part})",
        "docx.part-missing": "the .docx file is damaged ({part} is missing)",
        "docx.zip-bomb": (
            "{part} is compressed {ratio} to 1 as zip bombs are, too large to read safely"
        ),
        "docx.opendocument": (
            "this is an OpenDocument file with a .docx name: save it as .docx and import "
            "again"
        ),
        "docx.excel": "this is an Excel workbook, not a Word document",
        "docx.powerpoint": "this is a PowerPoint presentation, not a Word document",
        "docx.no-body": "the .docx file is damaged or not a Word document (no body)",
        "docx.part-too-large": "{part} would unpack to {size} MB, too large to read safely",
        "docx.is-doc": (
            "this is a Word 97–2003 document with a .docx name: rename it to .doc and import "
            "again"
        ),
        "docx.is-rtf": (
            "this is an RTF document with a .docx name: rename it to .rtf and import again"
        ),
    }
)


OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

# No real document has this many parts; a zip of tiny members is a way to exhaust memory.
MAX_MEMBERS = 10_000
# What the parts may declare in all: a package claiming more is a zip bomb.
MAX_DECLARED_TOTAL = 2 * 1024**3
# Document XML compresses about 5–30 to 1 (32 at most in the real files tried); bombs
# compress about 1,000 to 1.
MAX_RATIO = 100
RATIO_FLOOR = 1024**2  # small parts are never a danger, whatever their ratio
MAX_TEXT_PART = 128 * 1024**2  # document.xml, footnotes.xml: streamed, never held
MAX_SMALL_PART = 32 * 1024**2  # styles, numbering, relationships: parsed into a tree
MAX_IMAGE = 64 * 1024**2

_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroenabled.main+xml",
    "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
}
# Words of a content type -> the reason that names the kind of file.
_OTHER_PACKAGES = {
    "spreadsheetml": "docx.excel",
    "ms-excel": "docx.excel",
    "presentationml": "docx.powerpoint",
    "ms-powerpoint": "docx.powerpoint",
}
_IMAGE_TYPES = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "jpe": "image/jpeg",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "tif": "image/tiff",
    "tiff": "image/tiff",
    "webp": "image/webp",
    "svg": "image/svg+xml",
    "emf": "image/x-emf",
    "wmf": "image/x-wmf",
}


@dataclass(frozen=True)
class Relationship:
    """One relationship of a part: ``kind`` is the last word of its type (``styles``)."""

    id: str
    kind: str
    target: str  # a part name, or the URL itself when external
    external: bool


class DocxPackage:
    """An opened Word package; ``main`` is the part name of the document's body."""

    def __init__(self, data: bytes) -> None:
        self._zip = _open_zip(data)
        infos = self._zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ReadError(
                FailureKind.TOO_LARGE, reason("docx.too-many-parts", count=f"{len(infos):,}")
            )
        if sum(info.file_size for info in infos) > MAX_DECLARED_TOTAL:
            largest = max(infos, key=lambda info: info.file_size)
            raise _too_large(largest.filename, largest.file_size)
        self._members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            # The first of two parts with one name wins, as in Word.
            self._members.setdefault(_normal(info.filename).lower(), info)
        self._types, self._defaults = self._content_types()
        self.main = self._main_part()

    # --- parts ----------------------------------------------------------------------

    def has(self, part: str) -> bool:
        """Whether the package holds ``part``."""
        return _normal(part).lower() in self._members

    def size(self, part: str) -> int:
        """The unpacked size ``part`` declares (0 when absent)."""
        info = self._members.get(_normal(part).lower())
        return info.file_size if info is not None else 0

    def read(self, part: str, *, limit: int = MAX_SMALL_PART) -> bytes:
        """The bytes of ``part``, checked against ``limit`` and the bomb ratio."""
        return b"".join(self.stream(part, limit=limit))

    def stream(self, part: str, *, limit: int = MAX_TEXT_PART) -> Iterator[bytes]:
        """The bytes of ``part`` a chunk at a time (raises ReadError past the limits)."""
        info = self._checked(part, limit)
        seen = 0
        try:
            with self._zip.open(info) as stream:
                for chunk in read_chunks(stream):
                    seen += len(chunk)
                    if seen > limit:  # the header lied about the size
                        raise _too_large(part, seen)
                    yield chunk
        except ReadError:
            raise
        except RuntimeError as error:  # a zip member with a zip password
            raise ReadError(FailureKind.PROTECTED, reason("docx.password")) from error
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
            raise ReadError(
                FailureKind.DAMAGED, reason("docx.part-unreadable", part=part)
            ) from error
        except NotImplementedError as error:
            raise ReadError(
                FailureKind.DAMAGED, reason("docx.odd-compression", part=part)
            ) from error

    def tree(self, part: str) -> Element | None:
        """A small XML part as a tree, or None when it is missing or not well-formed."""
        if not self.has(part):
            return None
        try:
            return parse_tree(self.read(part), part=part)
        except MalformedPart:
            return None

    def content_type(self, part: str) -> str:
        """The part's content type: its override, else its extension's default."""
        name = _normal(part).lower()
        found = self._types.get(name)
        if found:
            return found
        extension = name.rsplit(".", 1)[-1] if "." in name.rsplit("/", 1)[-1] else ""
        return self._defaults.get(extension) or _IMAGE_TYPES.get(extension, "")

    def _checked(self, part: str, limit: int) -> zipfile.ZipInfo:
        info = self._members.get(_normal(part).lower())
        if info is None:
            raise ReadError(FailureKind.DAMAGED, reason("docx.part-missing", part=part))
        if info.file_size > limit:
            raise _too_large(part, info.file_size)
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            ratio = info.file_size // max(info.compress_size, 1)
            raise ReadError(
                FailureKind.TOO_LARGE, reason("docx.zip-bomb", part=part, ratio=f"{ratio:,}")
            )
        return info

    # --- relationships --------------------------------------------------------------

    def relationships(self, part: str) -> list[Relationship]:
        """The relationships of ``part`` ("" for the package's own)."""
        folder, _, name = _normal(part).rpartition("/")
        rels_part = posixpath.join(folder, "_rels", f"{name}.rels")
        root = self.tree(rels_part)
        if root is None:
            return []
        found = []
        for element in root.children:
            if element.tag.rsplit(":", 1)[-1] != "Relationship":
                continue
            target = element.get("Target") or ""
            external = (element.get("TargetMode") or "").lower() == "external"
            if not external:
                target = _resolve(folder, target)
            kind = (element.get("Type") or "").rstrip("/").rsplit("/", 1)[-1]
            found.append(Relationship(element.get("Id") or "", kind, target, external))
        return found

    def related(self, part: str, kind: str) -> list[str]:
        """The internal parts related to ``part`` by relationships of ``kind``."""
        return [
            rel.target
            for rel in self.relationships(part)
            if rel.kind == kind and not rel.external and self.has(rel.target)
        ]

    # --- opening --------------------------------------------------------------------

    def _content_types(self) -> tuple[dict[str, str], dict[str, str]]:
        overrides: dict[str, str] = {}
        defaults: dict[str, str] = {}
        root = self.tree("[Content_Types].xml")
        for element in root.children if root is not None else []:
            kind = (element.get("ContentType") or "").strip().lower()
            if element.tag.endswith("Override") and element.get("PartName"):
                overrides[_normal(element.get("PartName") or "").lower()] = kind
            elif element.tag.endswith("Default") and element.get("Extension"):
                defaults[(element.get("Extension") or "").lower()] = kind
        return overrides, defaults

    def _main_part(self) -> str:
        candidates = self.related("", "officeDocument")
        for part in candidates:
            kind = self.content_type(part)
            if kind in _MAIN_TYPES or "wordprocessingml" in kind or "ms-word" in kind:
                return part
        for part in candidates:
            why = _other_package_reason(self.content_type(part))
            if why:
                raise ReadError(FailureKind.UNSUPPORTED, why)
        if self.has("word/document.xml"):
            return "word/document.xml"  # no (usable) relationships: where Word puts it
        if candidates and not _other_package_reason(self.content_type(candidates[0])):
            return candidates[0]
        if self.has("mimetype"):
            raise ReadError(FailureKind.UNSUPPORTED, reason("docx.opendocument"))
        if any(name.startswith("xl/") for name in self._members):
            raise ReadError(FailureKind.UNSUPPORTED, reason("docx.excel"))
        if any(name.startswith("ppt/") for name in self._members):
            raise ReadError(FailureKind.UNSUPPORTED, reason("docx.powerpoint"))
        raise ReadError(FailureKind.DAMAGED, reason("docx.no-body"))


def _other_package_reason(content_type: str) -> Reason | None:
    for word, key in _OTHER_PACKAGES.items():
        if word in content_type:
            return reason(key)
    return None


def _too_large(part: str, size: int) -> ReadError:
    return ReadError(
        FailureKind.TOO_LARGE, reason("docx.part-too-large", part=part, size=f"{size // 2**20:,}")
    )


def _open_zip(data: bytes) -> zipfile.ZipFile:
    if data.startswith(OLE_SIGNATURE):
        if _ENCRYPTED_PACKAGE in data:
            raise ReadError(FailureKind.PROTECTED, reason("docx.password"))
        raise ReadError(FailureKind.UNSUPPORTED, reason("docx.is-doc"))
    if data.lstrip()[:5] == b"{\\rtf":
        raise ReadError(FailureKind.UNSUPPORTED, reason("docx.is-rtf"))
    try:
        return zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
        raise ReadError(FailureKind.DAMAGED, reason("docx.not-zip")) from error


def _normal(name: str) -> str:
    return name.replace("\\", "/").lstrip("/")


def _resolve(folder: str, target: str) -> str:
    target = urllib.parse.unquote(target.replace("\\", "/").split("#", 1)[0])
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    joined = posixpath.normpath(posixpath.join(folder, target)) if target else folder
    return "" if joined == "." else joined.lstrip("/")
