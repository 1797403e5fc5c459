"""Styles, theme fonts and numbering of Word documents, resolved as Word resolves them."""

from __future__ import annotations

from db.readers.docx_styles import Numbering, RunProperties, StyleSheet
from db.readers.docx_xml import parse_tree
from tests.db.readers.docx_fixtures import W, style, styles_xml


def sheet(*styles: str, defaults: str = "", theme: str | None = None) -> StyleSheet:
    tree = parse_tree(styles_xml(*styles, defaults=defaults).encode(), part="styles.xml")
    theme_tree = parse_tree(theme.encode(), part="theme.xml") if theme else None
    return StyleSheet(tree, theme_tree)


def test_each_level_overrides_the_one_before() -> None:
    styles = sheet(
        style("Normal", default=True, font="Times New Roman"),
        style("Body", based_on="Normal", font=".VnTime"),
        style("Quote", based_on="Body"),
        style("Em", kind="character", font="VNI-Times"),
        style("Hidden", kind="character", based_on="Em", extra_rpr="<w:vanish/>"),
        defaults='<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>',
    )
    nothing = RunProperties()
    assert styles.run(None, None, nothing).ascii == "Times New Roman"  # the default style
    assert styles.run("Quote", None, nothing).hansi == ".VnTime"
    assert styles.run("Quote", "Em", nothing).hansi == "VNI-Times"
    assert styles.run("Quote", "Hidden", nothing).hidden
    assert styles.run("Quote", "Em", RunProperties(ascii="Symbol")).ascii == "Symbol"
    assert styles.run("Quote", "Em", RunProperties(ascii="Symbol")).hansi == "VNI-Times"
    assert not styles.run("Quote", "Hidden", RunProperties(hidden=False)).hidden
    assert styles.paragraph("Quote") is styles.paragraph("Quote")  # folded once


def test_cycles_and_unknown_styles_do_not_loop() -> None:
    styles = sheet(
        style("A", based_on="B", font=".VnTime"),
        style("B", based_on="A"),
        style("Self", based_on="Self"),
    )
    assert styles.run("B", None, RunProperties()).ascii == ".VnTime"
    assert styles.run("Self", "Missing", RunProperties()).ascii is None
    assert styles.paragraph("Nowhere").name == ""


def test_theme_fonts() -> None:
    theme = (
        '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements>'
        '<a:fontScheme><a:majorFont><a:latin typeface=".VnTimeH"/></a:majorFont><a:minorFont>'
        '<a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>'
    )
    styles = sheet(
        style("Title", extra_rpr='<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/>'),
        defaults='<w:rFonts w:ascii="Arial" w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>',
        theme=theme,
    )
    assert styles.run(None, None, RunProperties()).ascii == "Calibri"
    assert styles.run("Title", None, RunProperties()).hansi == ".VnTimeH"


def test_numbering_formats_links_and_overrides() -> None:
    numbering = parse_tree(
        (
            f'<w:numbering xmlns:w="{W}">'
            '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
            '</w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>'
            '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="ListStyle"/></w:abstractNum>'
            '<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="none"/>'
            "</w:lvl></w:abstractNum>"
            '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="6"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
            '<w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:lvlOverride></w:num>'
            '<w:num w:numId="7"><w:abstractNumId w:val="2"/></w:num>'
            '<w:num w:numId="8"><w:abstractNumId w:val="3"/></w:num>'
            '<w:num w:numId="9"><w:abstractNumId w:val="2"/></w:num>'
            "</w:numbering>"
        ).encode(),
        part="numbering.xml",
    )
    styles = sheet(
        style("ListStyle", kind="numbering", ppr='<w:numPr><w:numId w:val="5"/></w:numPr>')
    )
    numbers = Numbering(numbering, styles)
    assert numbers.format("5", 0) == "bullet"
    assert numbers.format("5", 1) == "lowerletter"
    assert numbers.format("6", 0) == "decimal"
    assert numbers.format("6", 1) == "lowerletter"
    assert numbers.format("7", 1) == "lowerletter"  # through the numbering style
    assert numbers.format("8", 0) == "none"
    assert numbers.format("0", 0) is None
    assert numbers.format("404", 0) is None
    assert numbers.format(None, 0) is None
