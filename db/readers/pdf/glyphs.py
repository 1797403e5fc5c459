"""Legacy-font text in a PDF taken back to the bytes of the font's encoding.

A Word document typed in ``.VnTime`` and printed to PDF keeps the font's 8-bit codes:
the page shows "nước" but a PDF library reads the codes through WinAnsi as "n­íc". The
bytes behind those letters are what the TCVN3 (or VNI) table decodes, so every run in a
legacy font, or in a font nobody recognises that holds 8-bit text, is turned back into
bytes here, in order of preference:

1. the character codes the page's content stream shows (``Tj``/``TJ`` operands), for
   simple fonts: exact, whatever the font's encoding says. PDFium reads code 0xAD (the
   TCVN3 "ư") as a hyphen and the codes WinAnsi leaves undefined as bullets, so its
   text alone cannot tell them apart;
2. otherwise (composite fonts, whose codes are glyph numbers) the Unicode the library
   read, mapped back through Windows-1252, with the odd mappings producers are known to
   write: U+2212 "−" for 0xAD (Acrobat Distiller gives "nước" as "n−íc"), U+2219 "∙"
   for 0xB7 ("xã" as "x∙"), and the symbol-font area U+F0xx.
"""

from __future__ import annotations

import difflib
import functools
import io
import re
from collections.abc import Iterator
from typing import Any

from db.readers.legacy_fonts import LegacyFont, font_bytes
from db.readers.legacy_fonts import legacy_font as _uncached_legacy_font
from db.readers.pdf.library import HYPHEN_MARK
from db.readers.pdf.runs import PageText, TextRun

# Unicode some producers give for glyphs of legacy fonts whose byte has another
# Windows-1252 character (or none): the glyph's second name in the font's cmap.
ODD_UNICODE = {
    "\u2212": 0xAD,  # minus sign for the soft hyphen's place: TCVN3 "ư"
    "\u2219": 0xB7,  # bullet operator for the middle dot: TCVN3 "ã"
    "\u02c9": 0xAF,  # modifier macron for the macron: TCVN3 "Ằ" / VNI "¯"
    "\u03bc": 0xB5,  # Greek mu for the micro sign: TCVN3 "à"
    "\u2215": 0x2F,  # division slash
    "\u2010": 0xAD,  # hyphen for the soft hyphen
}
_ODD_TABLE = str.maketrans({k: chr(v) for k, v in ODD_UNICODE.items()})
_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
# Bounds for hostile content streams (nested forms, endless operator lists).
MAX_FORM_DEPTH = 6
MAX_OPERATIONS = 2_000_000


@functools.lru_cache(maxsize=512)
def legacy_font(name: str) -> LegacyFont:
    """``legacy_fonts.legacy_font``, remembered: a page asks about the same few fonts."""
    return _uncached_legacy_font(name)


def run_bytes(run: TextRun) -> bytes | None:
    """The 8-bit codes behind a run, or None when its text is real Unicode."""
    if run.codes is not None:
        return run.codes
    # A line-end hyphen in a legacy font is the TCVN3 "ư" (0xAD), the soft hyphen's code.
    hyphen = "\xad" if legacy_font(run.font).encoding is not None else "-"
    return font_bytes(run.text.replace(HYPHEN_MARK, hyphen).translate(_ODD_TABLE))


def font_key(name: str) -> str:
    """A font's name without the subset prefix: how pages and content streams are matched."""
    return _SUBSET_PREFIX.sub("", name)


def needs_codes(run: TextRun) -> bool:
    """Whether a run's text is ambiguous without the codes of the content stream."""
    if run.text.isascii() and "-" not in run.text:
        return False  # the same bytes in every encoding (capitals are upper-cased later)
    if legacy_font(run.font).encoding is not None:
        return True
    return not run.text.isascii() and font_bytes(run.text) is not None


class ContentCodes:
    """The character codes of simple fonts, read from pages' content streams with pypdf.

    Opened only for pages that need it: a PDF in Unicode fonts never gets here.
    """

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._reader: Any = None
        self.failed = False

    def _pdf(self) -> Any:
        if self._reader is None and not self.failed:
            from pypdf import PdfReader

            try:
                self._reader = PdfReader(io.BytesIO(self._data), strict=False)
            except Exception:  # noqa: BLE001 - any pypdf failure: fall back to Unicode
                self.failed = True
        return self._reader

    def fill(self, page: PageText) -> None:
        """Set ``codes`` on the page's runs that need them, where the stream gives them."""
        runs = [run for line in page.lines for run in line.runs]
        # A font that shows real Vietnamese on the page is a Unicode font (our exports'
        # Liberation Serif): its codes say nothing more.
        unicode_fonts = {
            run.font
            for run in runs
            if legacy_font(run.font).encoding is None and run_bytes(run) is None
        }
        wanted = [run for run in runs if run.font not in unicode_fonts and needs_codes(run)]
        if not wanted:
            return
        reader = self._pdf()
        if reader is None:
            return
        try:
            codes, composite = _page_codes(reader.pages[page.index])
        except Exception:  # noqa: BLE001 - a damaged stream: keep the library's Unicode
            return
        by_font: dict[str, list[TextRun]] = {}
        for line in page.lines:
            for run in line.runs:
                if run.font not in composite:
                    by_font.setdefault(font_key(run.font), []).append(run)
        for key in {font_key(run.font) for run in wanted if run.font not in composite}:
            if key in codes:
                _align(by_font[key], bytes(codes[key]))


def _page_codes(page: Any) -> tuple[dict[str, bytearray], set[str]]:
    """Codes shown in each simple font of a page (by font key), and composite fonts' names."""
    walker = _StreamWalker()
    walker.walk(page.get_contents(), page.get("/Resources"), depth=0)
    return walker.codes, walker.composite


class _StreamWalker:
    """Follows a content stream (and the forms it draws) collecting the shown codes."""

    def __init__(self) -> None:
        self.codes: dict[str, bytearray] = {}
        self.composite: set[str] = set()
        self.budget = MAX_OPERATIONS

    def walk(self, content: Any, resources: Any, *, depth: int) -> None:
        if content is None or depth > MAX_FORM_DEPTH:
            return
        resources = resources.get_object() if resources is not None else {}
        fonts = _fonts(resources)
        self.composite.update(name for name, composite in fonts.values() if composite)
        current: bytearray | None = None
        for operands, operator in content.operations:
            self.budget -= 1
            if self.budget < 0:
                return
            if operator == b"Tf" and operands:
                name, is_composite = fonts.get(str(operands[0]), ("", True))
                current = (
                    None if is_composite else self.codes.setdefault(font_key(name), bytearray())
                )
            elif current is not None and operator in (b"Tj", b"'", b'"', b"TJ"):
                for string in _strings(operands, operator):
                    current += string
            elif operator == b"Do" and operands:
                self._form(operands[0], resources, depth=depth)

    def _form(self, name: Any, resources: Any, *, depth: int) -> None:
        from pypdf.generic import ContentStream

        xobjects = resources.get("/XObject") if hasattr(resources, "get") else None
        form = xobjects.get_object().get(str(name)) if xobjects is not None else None
        if form is None:
            return
        form = form.get_object()
        if form.get("/Subtype") != "/Form":
            return
        content = ContentStream(form, None)
        self.walk(content, form.get("/Resources") or resources, depth=depth + 1)


def _fonts(resources: Any) -> dict[str, tuple[str, bool]]:
    """Each font resource's BaseFont name and whether it is composite (Type0)."""
    fonts: dict[str, tuple[str, bool]] = {}
    font_dict = resources.get("/Font") if hasattr(resources, "get") else None
    if font_dict is None:
        return fonts
    for key, value in font_dict.get_object().items():
        font = value.get_object()
        base = str(font.get("/BaseFont", "")).lstrip("/")
        fonts[str(key)] = (base, font.get("/Subtype") == "/Type0")
    return fonts


def _strings(operands: list[Any], operator: bytes) -> Iterator[bytes]:
    if operator == b"TJ":
        items = operands[0] if operands else []
    elif operator == b'"':
        items = operands[2:3]
    else:
        items = operands[:1]
    for item in items:
        if isinstance(item, bytes):
            yield bytes(item)
        elif hasattr(item, "get_original_bytes"):
            yield item.get_original_bytes()


def _expected(code: int) -> str:
    """What PDFium reads a simple font's code as, near enough to line the two up."""
    if code == 0xAD:
        return "-"
    return bytes([code]).decode("cp1252", errors="replace")


def _align(runs: list[TextRun], codes: bytes) -> None:
    """Give each run the codes of its characters (spaces left out of the matching)."""
    slots = [
        (run_index, position)
        for run_index, run in enumerate(runs)
        for position, char in enumerate(run.text)
        if not char.isspace()
    ]
    shown = [code for code in codes if code not in (0x20, 0x09, 0x0A, 0x0D, 0x00)]
    found: dict[tuple[int, int], int] = {}
    if len(shown) == len(slots):
        found = dict(zip(slots, shown, strict=True))
    else:
        read = "".join(runs[r].text[p] for r, p in slots).replace(HYPHEN_MARK, "-")
        expected = "".join(_expected(code) for code in shown)
        matcher = difflib.SequenceMatcher(None, read, expected, autojunk=False)
        for block in matcher.get_matching_blocks():
            for offset in range(block.size):
                found[slots[block.a + offset]] = shown[block.b + offset]
        if len(found) < 0.9 * len(slots):
            return  # too different: the library's reading is the safer guess
    for run_index, run in enumerate(runs):
        out = bytearray()
        for position, char in enumerate(run.text):
            code = found.get((run_index, position))
            if code is not None:
                out.append(code)
            elif char.isspace():
                out.append(0x20)
            else:
                fallback = font_bytes(char.replace(HYPHEN_MARK, "-").translate(_ODD_TABLE))
                if fallback is None:
                    break
                out += fallback
        else:
            run.codes = bytes(out)
