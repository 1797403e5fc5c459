"""Styles, theme fonts and numbering of a Word document, resolved once and cached.

What a run looks like is the sum of the document defaults, the paragraph's style and
the styles it is based on, the run's character style and its chain, and the run's own
formatting, each level overriding the one before. For reading, what matters is the
font of each run (its legacy encoding) and whether it is hidden. A document with
thousands of styles costs one pass over them: every chain is folded once and every
combination met in the text is remembered.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from db.readers.docx_xml import Element, is_on, to_int

# basedOn chains longer than this are cut: real ones are a handful deep, and a cycle
# must not loop.
_MAX_CHAIN = 64


@dataclass(frozen=True)
class RunProperties:
    """Run formatting that reading needs; None means "not said at this level"."""

    ascii: str | None = None  # the font of characters U+0000–U+007F
    hansi: str | None = None  # the font of other Latin characters ("high ANSI")
    hidden: bool | None = None

    def over(self, base: RunProperties) -> RunProperties:
        """These properties, with ``base`` where they say nothing."""
        if base == _NOTHING:
            return self
        return RunProperties(
            self.ascii if self.ascii is not None else base.ascii,
            self.hansi if self.hansi is not None else base.hansi,
            self.hidden if self.hidden is not None else base.hidden,
        )


_NOTHING = RunProperties()


@dataclass(frozen=True)
class ParagraphStyle:
    """A paragraph style with its chain folded in."""

    name: str = ""
    run: RunProperties = _NOTHING
    num_id: str | None = None
    level: int | None = None  # the list level its numbering gives
    outline: int | None = None  # 0 for a first-level heading


_THEME_SLOTS = {
    "majorascii": "major",
    "majorhansi": "major",
    "minorascii": "minor",
    "minorhansi": "minor",
    "majorbidi": "major-cs",
    "minorbidi": "minor-cs",
    "majoreastasia": "major-ea",
    "minoreastasia": "minor-ea",
}


def theme_fonts(theme: Element | None) -> dict[str, str]:
    """The theme's fonts by slot (``major``, ``minor``, ``major-cs``…)."""
    found: dict[str, str] = {}
    scheme = theme.path("a:themeElements", "a:fontScheme") if theme is not None else None
    if scheme is None:
        return found
    for which in ("major", "minor"):
        fonts = scheme.find(f"a:{which}Font")
        if fonts is None:
            continue
        for tag, suffix in (("a:latin", ""), ("a:cs", "-cs"), ("a:ea", "-ea")):
            face = fonts.path(tag)
            if face is not None and face.get("typeface"):
                found[which + suffix] = face.get("typeface") or ""
    return found


def run_properties(
    fonts: dict[str, str] | None, hidden: bool | None, theme: dict[str, str]
) -> RunProperties:
    """Properties from a ``w:rFonts`` element's attributes and a ``w:vanish``."""
    ascii_font = hansi_font = None
    if fonts:
        # A theme font wins over the plain name beside it, as in Word.
        ascii_font = _theme_font(fonts.get("w:asciiTheme"), theme) or fonts.get("w:ascii")
        hansi_font = _theme_font(fonts.get("w:hAnsiTheme"), theme) or fonts.get("w:hAnsi")
    return RunProperties(ascii_font or None, hansi_font or None, hidden)


def _theme_font(slot: str | None, theme: dict[str, str]) -> str | None:
    if not slot:
        return None
    return theme.get(_THEME_SLOTS.get(slot.lower(), ""))


def element_run_properties(rpr: Element | None, theme: dict[str, str]) -> RunProperties:
    """``run_properties`` of an ``w:rPr`` element of a style or of the defaults."""
    if rpr is None:
        return _NOTHING
    fonts = rpr.find("w:rFonts")
    vanish = rpr.find("w:vanish")
    hidden = is_on(vanish.get("w:val")) if vanish is not None else None
    return run_properties(fonts.attrs if fonts is not None else None, hidden, theme)


@dataclass
class _Style:
    kind: str
    name: str
    based_on: str | None
    run: RunProperties
    num_id: str | None
    level: int | None
    outline: int | None


@dataclass(frozen=True)
class ResolvedRun:
    """What a run is after every level: its two fonts and whether it is hidden."""

    ascii: str | None
    hansi: str | None
    hidden: bool


class StyleSheet:
    """The styles part, with every chain and combination resolved on first use."""

    def __init__(self, styles: Element | None, theme: Element | None = None) -> None:
        self.theme = theme_fonts(theme)
        self._styles: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        self.defaults = _NOTHING
        self._paragraphs: dict[str | None, ParagraphStyle] = {}
        self._characters: dict[str, RunProperties] = {}
        self._runs: dict[tuple[str | None, str | None, RunProperties], ResolvedRun] = {}
        if styles is None:
            return
        self.defaults = element_run_properties(
            styles.path("w:docDefaults", "w:rPrDefault", "w:rPr"), self.theme
        )
        for element in styles.findall("w:style"):
            self._add(element)

    def _add(self, element: Element) -> None:
        style_id = element.get("w:styleId")
        if not style_id or style_id in self._styles:
            return
        kind = element.get("w:type") or "paragraph"
        ppr = element.find("w:pPr")
        num_id = level = outline = None
        if ppr is not None:
            num = ppr.find("w:numPr")
            if num is not None:
                num_id = num.value("w:numId")
                level = to_int(num.value("w:ilvl"))
            outline = to_int(ppr.value("w:outlineLvl"))
        self._styles[style_id] = _Style(
            kind=kind,
            name=element.value("w:name") or style_id,
            based_on=element.value("w:basedOn"),
            run=element_run_properties(element.find("w:rPr"), self.theme),
            num_id=num_id,
            level=level,
            outline=outline,
        )
        if kind == "paragraph" and is_on(element.get("w:default", "0")):
            self.default_paragraph = self.default_paragraph or style_id

    def _chain(self, style_id: str | None) -> list[_Style]:
        """The style and those it is based on, nearest first (cycles cut)."""
        chain: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and len(chain) < _MAX_CHAIN:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                break
            chain.append(style)
            style_id = style.based_on
        return chain

    def paragraph(self, style_id: str | None) -> ParagraphStyle:
        """The paragraph style ``style_id`` (the default one when None or unknown)."""
        found = self._paragraphs.get(style_id)
        if found is not None:
            return found
        chain = self._chain(style_id if style_id in self._styles else self.default_paragraph)
        folded = ParagraphStyle(name=chain[0].name if chain else "")
        run = _NOTHING
        for style in reversed(chain):
            run = style.run.over(run)
            if style.num_id is not None:
                folded = replace(folded, num_id=style.num_id, level=style.level)
            elif style.level is not None:
                folded = replace(folded, level=style.level)
            if style.outline is not None:
                folded = replace(folded, outline=style.outline)
        folded = replace(folded, run=run)
        if len(self._paragraphs) < 100_000:
            self._paragraphs[style_id] = folded
        return folded

    def character(self, style_id: str | None) -> RunProperties:
        """The character style ``style_id`` with its chain folded in."""
        if not style_id:
            return _NOTHING
        found = self._characters.get(style_id)
        if found is None:
            found = _NOTHING
            for style in reversed(self._chain(style_id)):
                found = style.run.over(found)
            if len(self._characters) < 100_000:
                self._characters[style_id] = found
        return found

    def run(
        self, paragraph_style: str | None, character_style: str | None, direct: RunProperties
    ) -> ResolvedRun:
        """A run's fonts and visibility, from its paragraph style, its style and its own."""
        key = (paragraph_style, character_style, direct)
        found = self._runs.get(key)
        if found is not None:
            return found
        merged = direct.over(
            self.character(character_style).over(
                self.paragraph(paragraph_style).run.over(self.defaults)
            )
        )
        resolved = ResolvedRun(merged.ascii, merged.hansi, bool(merged.hidden))
        if len(self._runs) < 100_000:
            self._runs[key] = resolved
        return resolved


class Numbering:
    """The numbering part: what kind of list a (numbering, level) pair makes."""

    def __init__(self, numbering: Element | None, styles: StyleSheet) -> None:
        self._abstract: dict[str, dict[int, str]] = {}
        self._links: dict[str, str] = {}  # abstract id → the numbering style it defers to
        self._nums: dict[str, tuple[str | None, dict[int, str]]] = {}
        self._styles = styles
        self._cache: dict[tuple[str, int], str | None] = {}
        if numbering is None:
            return
        for element in numbering.findall("w:abstractNum"):
            abstract_id = element.get("w:abstractNumId")
            if abstract_id is None or abstract_id in self._abstract:
                continue
            self._abstract[abstract_id] = _levels(element.findall("w:lvl"))
            link = element.value("w:numStyleLink")
            if link:
                self._links[abstract_id] = link
        for element in numbering.findall("w:num"):
            num_id = element.get("w:numId")
            if num_id is None or num_id in self._nums:
                continue
            overrides = _levels(
                [
                    lvl
                    for override in element.findall("w:lvlOverride")
                    for lvl in override.findall("w:lvl")
                ]
            )
            self._nums[num_id] = (element.value("w:abstractNumId"), overrides)

    def format(self, num_id: str | None, level: int) -> str | None:
        """The number format (``bullet``, ``decimal``…), or None when it makes no list."""
        if not num_id or num_id == "0":
            return None
        key = (num_id, level)
        if key not in self._cache:
            self._cache[key] = self._format(num_id, level, depth=0)
        return self._cache[key]

    def _format(self, num_id: str, level: int, *, depth: int) -> str | None:
        entry = self._nums.get(num_id)
        if entry is None or depth > 4:
            return None
        abstract_id, overrides = entry
        if level in overrides:
            return overrides[level]
        levels = self._abstract.get(abstract_id or "", {})
        if level in levels:
            return levels[level]
        link = self._links.get(abstract_id or "")
        if link:
            linked = self._styles.paragraph(link).num_id
            if linked and linked != num_id:
                return self._format(linked, level, depth=depth + 1)
        return "decimal" if levels or overrides else None


def _levels(elements: list[Element]) -> dict[int, str]:
    found: dict[int, str] = {}
    for lvl in elements:
        level = to_int(lvl.get("w:ilvl"))
        if level is not None:
            found.setdefault(level, (lvl.value("w:numFmt") or "decimal").lower())
    return found



__all__ = [
    "Numbering",
    "ParagraphStyle",
    "ResolvedRun",
    "RunProperties",
    "StyleSheet",
    "element_run_properties",
    "run_properties",
    "theme_fonts",
]
