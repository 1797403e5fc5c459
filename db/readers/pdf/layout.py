"""From the lines of PDF pages to paragraphs in reading order.

A PDF has no paragraphs, only positioned lines. They are rebuilt the way a reader sees
them: running headers, footers and page numbers that repeat on the pages are left out;
a page with two columns is read column by column; a line continues the paragraph above
it unless the gap, an indent, a change of size or weight, a list mark, or room left on
the line above (the next word would have fitted) says that a new one starts.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from db.readers.legacy_fonts import decode_font_bytes
from db.readers.pdf.glyphs import legacy_font, run_bytes
from db.readers.pdf.library import HYPHEN_MARK
from db.readers.pdf.runs import Line, PageText

# Running headers and footers sit in this share of the page's height at top and bottom.
PAGE_BAND = 0.11
# A line repeated in a band on at least this share of the pages (and two of them) is one.
REPEATED_SHARE = 0.5
_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:(?:page|trang|tr\.|p\.)\s*)?\d{1,4}"
    r"(?:\s*(?:of|/|trên|-|–)\s*\d{1,4})?[\W_]*$",
    re.I,
)
_DIGITS = re.compile(r"\d+")
_LIST_MARK = re.compile(r"^(?:[-•+*–—○●▪■◦]\s|\(?(?:\d{1,3}|[a-zđ]|[ivxlc]{1,5})[.)]\s)", re.I)
_SENTENCE_END = tuple('.!?:;…"”»)')
_HYPHENS = ("-", "\u00ad", "\u2010", "\x02")


@dataclass
class Paragraph:
    """Lines that read as one paragraph."""

    lines: list[Line]

    @property
    def size(self) -> float:
        """The largest font size of its lines."""
        return max(line.size for line in self.lines)

    @property
    def bold(self) -> bool:
        """Every line is bold."""
        return all(line.bold for line in self.lines)


def set_previews(page: PageText) -> None:
    """Give each line its text as it reads: legacy fonts decoded run by run."""
    for line in page.lines:
        parts = []
        for run in line.runs:
            font = legacy_font(run.font)
            raw = run_bytes(run) if font.encoding is not None else None
            parts.append(decode_font_bytes(raw, font) if raw is not None else run.text)
        line.preview = "".join(parts).strip()


def _key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def _furniture_key(band: str, line: Line) -> tuple[str, str, int, int]:
    # Size and place too: a running header repeats the title in small type above the
    # title, and a body line may repeat another one, but not at the same height.
    return band, _key(line.preview), round(line.size), round(line.top / 3)


def _bands(page: PageText) -> Iterable[tuple[str, Line]]:
    band = PAGE_BAND * page.height
    for line in page.lines:
        if line.bottom <= band:
            yield "top", line
        elif line.top >= page.height - band:
            yield "bottom", line


def remove_page_furniture(pages: list[PageText], *, title: str | None = None) -> int:
    """Leave out running headers, footers and page numbers; returns how many lines went.

    Args:
        pages: the pages, with previews set.
        title: the document's title: a smaller line at the top of a page that repeats it
            is a running header even on a one-page document.
    """
    with_text = [page for page in pages if page.has_text]
    counts: Counter[tuple[str, str, int, int]] = Counter()
    for page in with_text:
        counts.update({_furniture_key(band, line) for band, line in _bands(page)})
    needed = max(2.0, REPEATED_SHARE * len(with_text))
    repeated = {key for key, count in counts.items() if count >= needed}
    _drop_cut_lines(with_text)
    title_key = _key(title) if title else None
    removed = 0
    for page in with_text:
        body = _body_size(page.lines)
        drop = set()
        for band, line in _bands(page):
            text = line.preview
            if (
                _furniture_key(band, line) in repeated
                or _PAGE_NUMBER.match(text)
                or (band == "top" and _repeats_title(text, title_key) and line.size < body)
            ):
                drop.add(id(line))
        if drop:
            page.lines = [line for line in page.lines if id(line) not in drop]
            removed += len(drop)
    return removed


def _drop_cut_lines(pages: list[PageText]) -> None:
    """Leave out lines painted again above the text of the next page.

    A line cut by the page's edge is drawn on both pages, each copy clipped to half
    (Qt's page painting does this); the text of both is in the PDF. The copy on the
    next page sits higher than where body text starts on the page before, and the copy
    at the foot of a page repeats the first line of the next one. Text placed off the
    page entirely (a list number of a cut line) is never seen either.
    """
    for page in pages:
        page.lines = [
            line
            for line in page.lines
            if line.bottom > 0 and line.top < page.height and line.x1 > 0 and line.x0 < page.width
        ]
    for above, below in zip(pages, pages[1:], strict=False):
        if above.index + 1 != below.index or not above.lines:
            continue
        size = _body_size(above.lines)
        body = [line.top for line in above.lines if line.size >= 0.9 * size]
        if not body:
            continue
        text_top = min(body)
        last = {line.preview for line in above.lines[-6:] if line.preview}
        while below.lines and below.lines[0].preview in last and below.lines[0].top < text_top - 2:
            below.lines.pop(0)
        body_lines = [line for line in above.lines if line.size >= 0.9 * size]
        if below.lines and body_lines and body_lines[-1].preview == below.lines[0].preview:
            above.lines.remove(body_lines[-1])


def _repeats_title(text: str, title_key: str | None) -> bool:
    if not title_key or not text:
        return False
    key = _key(text)
    if key.endswith("…"):  # an elided running header
        return len(key) > 4 and title_key.startswith(key[:-1].rstrip())
    return key == title_key


def _body_size(lines: list[Line]) -> float:
    """The size most of the page's characters are in."""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size, 1)] += len(line.preview)
    return weights.most_common(1)[0][0] if weights else 0.0


def body_size(pages: list[PageText]) -> float:
    """The size most of the document's characters are in."""
    return _body_size([line for page in pages for line in page.lines])


# --- reading order ------------------------------------------------------------------


def reading_order(page: PageText) -> list[tuple[Line, tuple[float, float]]]:
    """The page's lines in reading order, each with the left and right of its column."""
    lines = [line for line in page.lines if line.preview]
    if not lines:
        return []
    left = min(line.x0 for line in lines)
    # Not the widest line: a line of code or a long address may run past the margin.
    ends = sorted(min(line.x1, page.width) for line in lines)
    right = ends[int(0.85 * (len(ends) - 1))]
    gutter = _gutter(lines, left, max(ends))
    if gutter is None:
        ordered = lines if _mostly_downwards(lines) else _by_rows(lines)
        return [(line, (left, right)) for line in ordered]
    tolerance = 2.0
    out: list[tuple[Line, tuple[float, float]]] = []
    zone: list[Line] = []

    def flush() -> None:
        on_left = [line for line in zone if line.x1 <= gutter + tolerance]
        on_right = [line for line in zone if line.x1 > gutter + tolerance]
        if on_left and on_right and _overlap(on_left, on_right):
            out.extend((line, (left, gutter)) for line in _by_rows(on_left))
            out.extend((line, (gutter, right)) for line in _by_rows(on_right))
        else:
            for line in _by_rows(zone):
                column = (left, gutter) if line.x1 <= gutter + tolerance else (gutter, right)
                out.append((line, column))
        zone.clear()

    for line in sorted(lines, key=lambda item: item.top):
        if line.x0 < gutter - tolerance and line.x1 > gutter + tolerance:
            flush()
            out.append((line, (left, right)))
        else:
            zone.append(line)
    flush()
    return out


def _gutter(lines: list[Line], left: float, right: float) -> float | None:
    """An x that separates two columns of narrow lines, if the page has one."""
    width = right - left
    if width <= 0 or len(lines) < 6:
        return None
    narrow = [line for line in lines if line.width < 0.6 * width]
    if len(narrow) < 4:
        return None
    best: tuple[int, float] | None = None
    for step in range(41):
        x = left + width * (0.25 + 0.5 * step / 40)
        if any(line.x0 < x < line.x1 for line in narrow):
            continue
        on_left = sum(1 for line in narrow if line.x1 <= x)
        on_right = sum(1 for line in narrow if line.x0 >= x)
        score = min(on_left, on_right)
        if score >= 2 and (best is None or score > best[0]):
            best = (score, x)
    if best is None:
        return None
    # The middle of the empty band around the chosen x.
    x = best[1]
    lower = max((line.x1 for line in narrow if line.x1 <= x), default=x)
    upper = min((line.x0 for line in narrow if line.x0 >= x), default=x)
    return (lower + upper) / 2


def _overlap(first: list[Line], second: list[Line]) -> bool:
    top = max(min(line.top for line in first), min(line.top for line in second))
    bottom = min(max(line.bottom for line in first), max(line.bottom for line in second))
    return bottom > top


def _mostly_downwards(lines: list[Line]) -> bool:
    """Whether the content gives lines top to bottom (it does for Word, LibreOffice, Qt)."""
    jumps = sum(
        1 for above, below in zip(lines, lines[1:], strict=False) if below.bottom < above.top - 1
    )
    return jumps <= 2 + len(lines) // 20


def _by_rows(lines: list[Line]) -> list[Line]:
    """Top to bottom; pieces of one row left to right."""
    ordered = sorted(lines, key=lambda line: line.top)
    rows: list[list[Line]] = []
    for line in ordered:
        if rows and abs(line.top - rows[-1][0].top) < 0.4 * max(line.size, 1.0):
            rows[-1].append(line)
        else:
            rows.append([line])
    return [line for row in rows for line in sorted(row, key=lambda item: item.x0)]


# --- paragraphs ---------------------------------------------------------------------


def paragraphs(ordered: list[tuple[Line, tuple[float, float]]]) -> list[Paragraph]:
    """Group lines in reading order into paragraphs."""
    pitch = _typical_pitch([line for line, _ in ordered])
    result: list[Paragraph] = []
    previous: tuple[Line, tuple[float, float]] | None = None
    for line, column in ordered:
        if previous is not None and _continues(previous[0], line, column, pitch):
            result[-1].lines.append(line)
        else:
            result.append(Paragraph([line]))
        previous = (line, column)
    return result


def _typical_pitch(lines: list[Line]) -> dict[float, float]:
    """The usual distance from one line to the next, by font size."""
    pitches: dict[float, list[float]] = {}
    for above, below in zip(lines, lines[1:], strict=False):
        distance = below.top - above.top
        same_size = abs(above.size - below.size) < 0.1 * max(above.size, 1.0)
        if same_size and 0.5 * above.size < distance < 3 * above.size:
            pitches.setdefault(round(above.size, 1), []).append(distance)
    return {size: statistics.median(values) for size, values in pitches.items() if values}


def _continues(
    above: Line, below: Line, column: tuple[float, float], pitch: dict[float, float]
) -> bool:
    size = max(above.size, 1.0)
    if abs(above.size - below.size) > 0.08 * size or above.bold != below.bold:
        return False
    if below.top < above.top + 0.3 * size:  # moved up or sideways: another column or cell
        return _flows_on(above, below, column)
    if below.x0 >= above.x1:  # starts right of where the line above ends: another cell
        return False
    usual = pitch.get(round(above.size, 1), 1.25 * size)
    if below.top - above.top > 1.3 * usual + 0.05 * size:
        return False
    if _LIST_MARK.match(below.preview):
        return False
    centred = abs((above.x0 + above.x1) / 2 - (below.x0 + below.x1) / 2) < size and (
        above.x0 > column[0] + 2 * size or below.x0 > column[0] + 2 * size
    )
    if centred:
        return True
    if below.x0 > above.x0 + size:  # an indented first line
        return False
    return not _had_room(above, below, column)


def _had_room(above: Line, below: Line, column: tuple[float, float]) -> bool:
    """Whether the first word of ``below`` would have fitted at the end of ``above``."""
    words = below.preview.split()
    if not words:
        return False
    # About half the font size per character in book faces.
    needed = (len(words[0]) + 1) * 0.5 * below.size
    return column[1] - above.x1 > needed


def _flows_on(above: Line, below: Line, column: tuple[float, float]) -> bool:
    """A paragraph that goes on at the top of the next column or page."""
    full = column[1] - above.x1 < 2 * above.size
    text = above.preview
    first = below.preview[:1]
    return full and not text.endswith(_SENTENCE_END) and first.islower()


def flows_across(above: Paragraph, below: Paragraph) -> bool:
    """Whether ``below`` (first on its page) continues ``above`` (last on the page before)."""
    last, first = above.lines[-1], below.lines[0]
    right = max(line.x1 for line in above.lines)
    return (
        abs(last.size - first.size) <= 0.15 * max(last.size, 1.0)
        and last.bold == first.bold
        and _flows_on(last, first, (0.0, right))
        and len(above.lines) > 1
    )


def join_lines(texts: list[str]) -> str:
    """Lines of one paragraph as one text: hyphens at line ends undone."""
    out = ""
    for line in texts:
        text = line.strip()
        if not out.endswith(_HYPHENS):
            out = out.replace(HYPHEN_MARK, "-")
        if not out:
            out = text
            continue
        if out.endswith(_HYPHENS) and len(out) > 1 and out[-2].isalpha() and text[:1].isalnum():
            if text[:1].islower():
                out = out[:-1] + text  # a word broken at the line's end
            elif out.endswith("\u00ad"):
                out = out[:-1] + text
            else:
                out = out[:-1] + "-" + text  # a compound such as "QĐ-TTg"
        else:
            out = f"{out} {text}"
    return out.replace(HYPHEN_MARK, "-")
