"""PDFium (through pypdfium2) behind a small interface: pages of text runs, metadata, outline.

PDFium is the engine of Chrome's PDF viewer: fuzzed for years against hostile files,
written in C, and about fifteen times faster than the pure-Python readers on text PDFs
(see the package docstring for the measurements). It is not thread-safe, so every call
goes through one lock.

Text is read character by character from PDFium's text page, which already puts spaces
where a PDF positions words without them and breaks lines where the baseline moves;
here the characters become runs (one font each) and pieces of lines (split where a wide
gap, such as the space between two table cells or columns, interrupts a line).
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdfium2_raw.bindings import _libs as _pdfium_libs

from db.readers.errors import FailureKind, ReadError, reason, register_reasons
from db.readers.pdf.runs import Line, PageText, TextRun

register_reasons(
    {
        "pdf.password": "the PDF needs a password to open: save a copy without the password",
        "pdf.damaged": "the PDF is damaged or incomplete: PDFium cannot open it",
    }
)

# Hostile or absurd files: read at most this much, then say what was left out.
MAX_PAGES = 2000
MAX_CHARS_PER_PAGE = 200_000
MAX_OUTLINE_ITEMS = 5000
MAX_OUTLINE_DEPTH = 8
# A gap wider than this many font sizes inside a line separates two pieces (cells, columns).
GAP_IN_EMS = 1.6
# Where PDFium found a hyphen (or a soft hyphen) at the end of a line.
HYPHEN_MARK = "\x02"

_LOCK = threading.RLock()
_FPDF_ERR_PASSWORD = 4
_FPDF_PAGEOBJ_IMAGE = 3
_FONT_WEIGHT_BOLD = 600


def _function(name: str, argtypes: tuple[object, ...], restype: object) -> Any:
    # Own prototypes returning plain integers: pypdfium2's return ctypes pointers, which
    # cannot be dictionary keys and cost an object per character.
    function = _pdfium_libs["pdfium"][name]
    function.argtypes = argtypes
    function.restype = restype
    return function


_VOID = ctypes.c_void_p
_text_object = _function("FPDFText_GetTextObject", (_VOID, ctypes.c_int), _VOID)
_object_font = _function("FPDFTextObj_GetFont", (_VOID,), _VOID)
_font_name = _function(
    "FPDFFont_GetBaseFontName", (_VOID, ctypes.c_char_p, ctypes.c_size_t), ctypes.c_size_t
)
_font_weight = _function("FPDFFont_GetWeight", (_VOID,), ctypes.c_int)
_char_size = _function("FPDFText_GetFontSize", (_VOID, ctypes.c_int), ctypes.c_double)
_char_matrix = _function(
    "FPDFText_GetMatrix", (_VOID, ctypes.c_int, ctypes.POINTER(pdfium_c.FS_MATRIX)), ctypes.c_int
)
_loose_box = _function(
    "FPDFText_GetLooseCharBox",
    (_VOID, ctypes.c_int, ctypes.POINTER(pdfium_c.FS_RECTF)),
    ctypes.c_int,
)


@dataclass(frozen=True)
class OutlineItem:
    """A bookmark: its title, depth (0 at the top) and the page (from 0) it opens."""

    title: str
    level: int
    page_index: int | None


class PdfiumFile:
    """An open PDF; use ``open_pdf``."""

    def __init__(self, document: pdfium.PdfDocument) -> None:
        self._document = document
        self.page_count = len(document)

    def metadata(self) -> dict[str, str]:
        """The document information: Title, Author, Creator, Producer, CreationDate…"""
        with _LOCK:
            return {k: v for k, v in self._document.get_metadata_dict().items() if v}

    def outline(self) -> list[OutlineItem]:
        """The bookmarks in order (at most MAX_OUTLINE_ITEMS)."""
        items: list[OutlineItem] = []
        with _LOCK:
            for entry in self._document.get_toc(max_depth=MAX_OUTLINE_DEPTH):
                destination = entry.get_dest()
                page = destination.get_index() if destination is not None else None
                items.append(OutlineItem(entry.get_title(), entry.level, page))
                if len(items) >= MAX_OUTLINE_ITEMS:
                    break
        return items

    def page_text(self, index: int) -> PageText:
        """The runs and lines of page ``index`` (from 0)."""
        with _LOCK:
            page = self._document[index]
            try:
                return _read_page(page, index)
            finally:
                page.close()


@contextmanager
def open_pdf(data: bytes) -> Iterator[PdfiumFile]:
    """Open ``data`` as a PDF, or raise ReadError saying why it cannot be read."""
    with _LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            if getattr(error, "err_code", None) == _FPDF_ERR_PASSWORD:
                raise ReadError(FailureKind.PROTECTED, reason("pdf.password")) from error
            raise ReadError(FailureKind.DAMAGED, reason("pdf.damaged")) from error
    try:
        yield PdfiumFile(document)
    finally:
        with _LOCK:
            document.close()


class _LineBuilder:
    """Collects the characters of one line into runs and pieces."""

    def __init__(self, page_height: float, text_page: int, lines: list[Line]) -> None:
        self.height = page_height
        self.text_page = text_page
        self.lines = lines
        self.box = pdfium_c.FS_RECTF()
        self.box_ref = ctypes.byref(self.box)
        self.matrix = pdfium_c.FS_MATRIX()
        self.matrix_ref = ctypes.byref(self.matrix)
        self.runs: list[TextRun] = []
        self.chars: list[str] = []
        self.indices: list[int] = []
        self.font = ""
        self.size = 0.0
        self.bold = False
        self.x0 = self.x1 = 0.0
        self.top = self.bottom = 0.0
        self.last = -1  # index of the last visible character of the piece
        self.previous = (0.0, 0.0, 0.0, 0.0)  # its box: left, top, right, bottom

    def char_box(self, index: int) -> tuple[float, float, float, float]:
        _loose_box(self.text_page, index, self.box_ref)
        box = self.box
        return box.left, self.height - box.top, box.right, self.height - box.bottom

    def font_size(self, index: int) -> float:
        """The size the character is shown at: the font size scaled by its matrix."""
        size = _char_size(self.text_page, index)
        if _char_matrix(self.text_page, index, self.matrix_ref):
            m = self.matrix
            size *= abs(m.a * m.d - m.b * m.c) ** 0.5
        return size

    def add(self, index: int, char: str, font: str, bold: bool) -> None:
        """One character; spaces PDFium put in come as " " with ``index`` -1."""
        if char.isspace():
            if self.chars or self.runs:
                self.chars.append(" ")
                self.indices.append(-1)
            return
        left, top, right, bottom = self.char_box(index)
        if self.last >= 0:
            # PDFium does not always break lines where a producer moves to the next one
            # inside one text object (Qt does): the characters' boxes say it.
            middle = (top + bottom) / 2
            size = max(self.size, 1.0)
            if (
                not self.previous[1] - 1 <= middle <= self.previous[3] + 1
                or left < self.previous[2] - 2 * size
                or left - self.previous[2] > GAP_IN_EMS * size
            ):
                self.end_piece()
        if self.last < 0:
            self.x0, self.top, self.bottom = left, top, bottom
            self._start_run(font, self.font_size(index), bold)
        else:
            if font != self.font:
                self._close_run()
                self._start_run(font, self.font_size(index), bold)
            self.top, self.bottom = min(self.top, top), max(self.bottom, bottom)
        self.previous = (left, top, right, bottom)
        self.chars.append(char)
        self.indices.append(index)
        self.last = index

    def _drop_trailing_space(self) -> None:
        while self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self.indices.pop()

    def _start_run(self, font: str, size: float, bold: bool) -> None:
        self.font, self.size, self.bold = font, size, bold

    def _close_run(self) -> None:
        if self.chars:
            self.runs.append(
                TextRun("".join(self.chars), self.font, self.size, self.bold, self.indices)
            )
            self.chars = []
            self.indices = []

    def end_piece(self) -> None:
        self._drop_trailing_space()
        self._close_run()
        if self.runs and self.last >= 0:
            self.x1 = self.previous[2]
            self.lines.append(Line(self.runs, self.x0, self.x1, self.top, self.bottom))
        self.runs = []
        self.chars = []
        self.indices = []
        self.last = -1


def _read_page(page: pdfium.PdfPage, index: int) -> PageText:
    width, height = page.get_size()
    result = PageText(index=index, width=width, height=height)
    text_page = page.get_textpage()
    try:
        handle = ctypes.cast(text_page.raw, _VOID).value or 0
        count = min(pdfium_c.FPDFText_CountChars(text_page.raw), MAX_CHARS_PER_PAGE)
        if count > 0:
            _read_chars(handle, text_page, count, height, result.lines)
    finally:
        text_page.close()
    if not result.has_text:
        result.images = _image_count(page)
    return result


def _all_text(text_page: pdfium.PdfTextPage, count: int) -> list[str]:
    buffer = (ctypes.c_ushort * (count + 1))()
    pdfium_c.FPDFText_GetText(text_page.raw, 0, count, buffer)
    units = list(buffer[:count])
    if any(0xD800 <= unit <= 0xDFFF for unit in units):
        # A character outside the BMP takes two units: read character by character.
        return [chr(pdfium_c.FPDFText_GetUnicode(text_page.raw, i)) for i in range(count)]
    return [chr(unit) for unit in units]


def _read_chars(
    handle: int, text_page: pdfium.PdfTextPage, count: int, height: float, lines: list[Line]
) -> None:
    chars = _all_text(text_page, count)
    builder = _LineBuilder(height, handle, lines)
    fonts: dict[int, tuple[str, bool]] = {}
    last_object = None
    font, bold = "", False
    for index, read in enumerate(chars):
        # PDFium's mark for a hyphen that ends a line (GetUnicode says U+0002).
        char = HYPHEN_MARK if read == "\ufffe" else read
        if char in "\r\n":
            builder.end_piece()
            continue
        if char == "\x00":
            continue
        text_object = _text_object(handle, index)
        if text_object is None:  # a space PDFium put in between words
            builder.add(index, " ", font, bold)
            continue
        if text_object != last_object:
            last_object = text_object
            font_handle = _object_font(text_object) or 0
            known = fonts.get(font_handle)
            if known is None:
                known = fonts[font_handle] = _font_details(font_handle)
            font, bold = known
        builder.add(index, char, font, bold)
    builder.end_piece()


def _font_details(font_handle: int) -> tuple[str, bool]:
    if not font_handle:
        return "", False
    buffer = ctypes.create_string_buffer(256)
    length = _font_name(font_handle, buffer, 256)
    name = buffer.value.decode("latin-1") if length else ""
    weight = _font_weight(font_handle)
    bold = weight >= _FONT_WEIGHT_BOLD or "bold" in name.lower()
    return name, bold


def _image_count(page: pdfium.PdfPage) -> int:
    count = 0
    for index in range(min(pdfium_c.FPDFPage_CountObjects(page.raw), 10_000)):
        page_object = pdfium_c.FPDFPage_GetObject(page.raw, index)
        if pdfium_c.FPDFPageObj_GetType(page_object) == _FPDF_PAGEOBJ_IMAGE:
            count += 1
    return count


class Deadline:
    """Stops reading more pages of a file that takes unreasonably long."""

    def __init__(self, seconds: float) -> None:
        self._end = time.monotonic() + seconds

    @property
    def passed(self) -> bool:
        """Whether the time is up."""
        return time.monotonic() > self._end
