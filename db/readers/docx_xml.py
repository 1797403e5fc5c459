"""Reading the XML parts of a Word package safely: no DTD, no entities, no network, bounded.

Every part goes through lxml's parser with a *target*: the parser calls ``start``,
``end`` and ``data`` and builds no tree, so memory stays that of what the reader keeps,
whatever the size of the part. A document type declaration is refused (Word never
writes one; it is how entity bombs start), entity references are never expanded, and
nothing is ever fetched.

Tags and attribute names come back as short keys, ``w:p`` or ``r:embed``, the same for
the transitional namespaces and those of Strict Open XML (``http://purl.oclc.org/ooxml/…``),
so the readers never see which of the two a file uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any, Protocol

from lxml import etree

from db.readers.errors import FailureKind, ReadError, reason, register_reasons

# Namespace → prefix, transitional and strict alike.
register_reasons(
    {
        "docx.dtd": "the document holds a DTD, which Word never writes: it was not read",
    }
)


_PREFIXES = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
    "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
    "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
    "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
    "http://purl.oclc.org/ooxml/drawingml/main": "a",
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
    "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing": "wp",
    "http://schemas.openxmlformats.org/drawingml/2006/picture": "pic",
    "http://purl.oclc.org/ooxml/drawingml/picture": "pic",
    "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
    "http://purl.oclc.org/ooxml/officeDocument/math": "m",
    "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
    "urn:schemas-microsoft-com:vml": "v",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingShape": "wps",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup": "wpg",
    "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas": "wpc",
    "urn:schemas-microsoft-com:office:office": "o",
    "http://schemas.openxmlformats.org/package/2006/relationships": "pr",
    "http://schemas.openxmlformats.org/package/2006/content-types": "ct",
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "cp",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://purl.org/dc/terms/": "dcterms",
}
_keys: dict[str, str] = {}

# Bytes handed to the parser at a time: small enough to stop soon after a limit is hit.
_CHUNK = 64 * 1024


def key(name: str) -> str:
    """``{namespace}local`` → ``prefix:local`` (``w:p``); unknown namespaces keep theirs."""
    found = _keys.get(name)
    if found is None:
        if name.startswith("{"):
            uri, _, local = name[1:].partition("}")
            prefix = _PREFIXES.get(uri)
            found = f"{prefix}:{local}" if prefix else name
        else:
            found = name
        if len(_keys) < 4096:  # hostile files may invent any number of names
            _keys[name] = found
    return found


def attributes(attrib: Any) -> dict[str, str]:
    """An element's attributes under short keys (``w:val``; unqualified names as they are)."""
    return {key(name): value for name, value in attrib.items()}


def val(attrib: Any) -> str | None:
    """The ``w:val`` of an element's attributes as the parser gives them."""
    for name, value in attrib.items():
        if name.endswith("}val"):
            return str(value)
    return None


def to_int(value: str | None) -> int | None:
    """An attribute's whole number, or None when it is absent or not a number."""
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def is_on(value: str | None) -> bool:
    """Whether an on/off attribute (absent = on) says on: ``true``, ``1``, ``on``."""
    return value is None or value.lower() not in ("0", "false", "off", "none")


class Target(Protocol):
    """What the parser calls: the reader of one part."""

    def start(self, tag: str, attrib: Any) -> None: ...
    def end(self, tag: str) -> None: ...
    def data(self, text: str) -> None: ...


class _Guard:
    """Passes events on to the reader and refuses document type declarations."""

    def __init__(self, target: Target) -> None:
        self.start = target.start
        self.end = target.end
        self.data = target.data

    def doctype(self, *_: object) -> None:
        raise ReadError(FailureKind.DAMAGED, reason("docx.dtd"))

    def close(self) -> None:
        return None


def _parser(target: Target, *, recover: bool) -> etree.XMLParser:
    return etree.XMLParser(
        target=_Guard(target),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=recover,
    )


def feed(
    chunks: Iterator[bytes], target: Target, *, part: str, recover: bool = False
) -> None:
    """Stream one part through ``target``; malformed XML raises ``MalformedPart``."""
    parser = _parser(target, recover=recover)
    try:
        for chunk in chunks:
            parser.feed(chunk)
        parser.close()
    except etree.XMLSyntaxError as error:
        raise MalformedPart(part, error.lineno) from error


class MalformedPart(Exception):
    """A part that is not well-formed XML (the line where the parser stopped)."""

    def __init__(self, part: str, line: int | None) -> None:
        super().__init__(f"{part}: malformed XML near line {line}")
        self.part = part
        self.line = line


def read_chunks(stream: IO[bytes]) -> Iterator[bytes]:
    """The bytes of an open zip member, a chunk at a time."""
    while chunk := stream.read(_CHUNK):
        yield chunk


class Element:
    """A small element tree for the little parts (styles, numbering, relationships).

    Built by ``parse_tree`` with the same safe parser; children and attributes go by
    short keys, so strict and transitional files read alike.
    """

    __slots__ = ("attrs", "children", "tag", "text")

    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Element] = []
        self.text = ""

    def get(self, name: str, default: str | None = None) -> str | None:
        """The attribute ``name`` (a short key such as ``w:val``)."""
        return self.attrs.get(name, default)

    def find(self, tag: str) -> Element | None:
        """The first child with ``tag``."""
        return next((child for child in self.children if child.tag == tag), None)

    def findall(self, tag: str) -> list[Element]:
        """Every child with ``tag``."""
        return [child for child in self.children if child.tag == tag]

    def path(self, *tags: str) -> Element | None:
        """The element at a path of child tags, or None."""
        node: Element | None = self
        for tag in tags:
            if node is None:
                return None
            node = node.find(tag)
        return node

    def value(self, *tags: str) -> str | None:
        """``w:val`` of the element at a path of child tags."""
        node = self.path(*tags)
        return node.get("w:val") if node is not None else None


class _TreeBuilder:
    def __init__(self) -> None:
        self.root: Element | None = None
        self._stack: list[tuple[Element, list[str]]] = []

    def start(self, tag: str, attrib: Any) -> None:
        element = Element(key(tag), attributes(attrib))
        if self._stack:
            self._stack[-1][0].children.append(element)
        else:
            self.root = element
        self._stack.append((element, []))

    def end(self, tag: str) -> None:  # noqa: ARG002 - the parser's signature
        element, texts = self._stack.pop()
        element.text = "".join(texts)

    def data(self, text: str) -> None:
        if self._stack:
            self._stack[-1][1].append(text)


def parse_tree(data: bytes, *, part: str) -> Element:
    """A small part as an ``Element`` tree (raises ``MalformedPart``)."""
    builder = _TreeBuilder()
    feed(iter([data]), builder, part=part)
    if builder.root is None:
        raise MalformedPart(part, None)
    return builder.root
