"""PDFs made here, byte by byte: legacy fonts, scans, columns, damaged and locked files.

A small writer of PDF objects: each page shows lines of text (``Tj`` with the given
bytes, in simple TrueType fonts that are not embedded, so PDFium draws them with a
stand-in font and reads their codes through the named encoding), or a picture.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass, field

from pypdf import PdfReader, PdfWriter

A4 = (595.0, 842.0)


@dataclass(frozen=True)
class Font:
    """A simple font resource: its BaseFont, encoding and optional ToUnicode entries."""

    base: str
    encoding: str | None = "WinAnsiEncoding"
    to_unicode: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Text:
    """A line of text: font resource name, size, position (from the bottom left), bytes."""

    font: str
    size: float
    x: float
    y: float
    data: bytes


@dataclass
class Page:
    """What one page shows."""

    texts: list[Text] = field(default_factory=list)
    image: bool = False
    # A second content stream, Flate-compressed as given (hostile files).
    deflated: bytes | None = None


def _to_unicode(entries: dict[int, int]) -> bytes:
    lines = [
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def",
        b"1 begincodespacerange <00> <FF> endcodespacerange",
        b"%d beginbfchar" % len(entries),
    ]
    lines += [b"<%02X> <%04X>" % (code, value) for code, value in entries.items()]
    lines += [b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"]
    return b"\n".join(lines)


def _escape(data: bytes) -> bytes:
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(
    pages: list[Page],
    fonts: dict[str, Font],
    *,
    info: dict[str, str] | None = None,
    size: tuple[float, float] = A4,
) -> bytes:
    """The bytes of a PDF of ``pages`` with the font resources ``fonts``."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: bytes = b"") -> int:
        return add(b"<< /Length %d%s >>stream\n" % (len(data), extra) + data + b"\nendstream")

    font_refs = []
    for key, font in fonts.items():
        extra = b""
        if font.to_unicode:
            extra = b" /ToUnicode %d 0 R" % stream(_to_unicode(font.to_unicode))
        encoding = b" /Encoding /%s" % font.encoding.encode() if font.encoding else b""
        number = add(
            b"<< /Type /Font /Subtype /TrueType /BaseFont /%s%s%s >>"
            % (font.base.encode("latin-1"), encoding, extra)
        )
        font_refs.append(b"/%s %d 0 R" % (key.encode(), number))
    image_ref = b""
    if any(page.image for page in pages):
        pixels = zlib.compress(bytes([200, 200, 200]) * (64 * 64))
        image = stream(
            pixels,
            b" /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceRGB"
            b" /BitsPerComponent 8 /Filter /FlateDecode",
        )
        image_ref = b" /XObject << /Im1 %d 0 R >>" % image
    resources = b"<< /Font << " + b" ".join(font_refs) + b" >>" + image_ref + b" >>"
    contents: list[bytes] = []
    for page in pages:
        content = b""
        if page.image:
            content += b"q %g 0 0 %g 0 0 cm /Im1 Do Q\n" % size
        for text in page.texts:
            content += b"BT /%s %g Tf %g %g Td (%s) Tj ET\n" % (
                text.font.encode(),
                text.size,
                text.x,
                text.y,
                _escape(text.data),
            )
        reference = b"%d 0 R" % stream(content)
        if page.deflated is not None:
            extra = stream(page.deflated, b" /Filter /FlateDecode")
            reference = b"[%s %d 0 R]" % (reference, extra)
        contents.append(reference)
    pages_number = len(objects) + len(pages) + 1
    kids = [
        add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %g %g] /Resources %s /Contents %s >>"
            % (pages_number, size[0], size[1], resources, content)
        )
        for content in contents
    ]
    assert (
        add(
            b"<< /Type /Pages /Kids [%s] /Count %d >>"
            % (b" ".join(b"%d 0 R" % kid for kid in kids), len(kids))
        )
        == pages_number
    )
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_number)
    info_ref = b""
    if info:
        entries = b" ".join(
            b"/%s <FEFF%s>" % (key.encode(), value.encode("utf-16-be").hex().encode())
            for key, value in info.items()
        )
        info_ref = b" /Info %d 0 R" % add(b"<< " + entries + b" >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer << /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        info_ref,
        xref,
    )
    return bytes(out)


def lines_page(font: str, lines: list[bytes], *, size: float = 12, top: float = 760) -> Page:
    """A page of left-aligned lines, one below the other."""
    return Page(
        [Text(font, size, 72, top - index * size * 1.3, line) for index, line in enumerate(lines)]
    )


def encrypted(data: bytes, *, user: str, owner: str = "owner") -> bytes:
    """``data`` locked with pypdf (RC4-128, which needs no crypto library); an empty
    ``user`` password opens it freely."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user, owner_password=owner, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
