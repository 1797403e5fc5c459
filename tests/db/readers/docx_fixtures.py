"""Word packages built by the tests, part by part, the way Word and LibreOffice lay them out."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
STRICT_R = "http://purl.oclc.org/ooxml/officeDocument/relationships"
NAMESPACES = (
    f'xmlns:w="{W}" xmlns:r="{R}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
)
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def cp1252_text(raw: bytes) -> str:
    """What Word stores for 8-bit text in a legacy font: the cp1252 character of each byte."""
    return "".join(
        bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
        for b in raw
    )


def run(text: str, font: str | None = None, *, extra: str = "") -> str:
    """A ``w:r`` with one ``w:t`` (XML-escaped), in ``font`` when given."""
    props = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>' if font else ""
    props += extra
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escaped}</w:t></w:r>'


def paragraph(*runs: str, style: str | None = None, props: str = "") -> str:
    """A ``w:p`` of the given runs (raw XML), in paragraph style ``style``."""
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f"<w:p><w:pPr>{style_xml}{props}</w:pPr>{''.join(runs)}</w:p>"


def styles_xml(*styles: str, defaults: str = "") -> str:
    """A styles part: document defaults (an ``w:rPr``'s content) and ``w:style`` elements."""
    return (
        f"<w:styles {NAMESPACES}><w:docDefaults><w:rPrDefault><w:rPr>{defaults}</w:rPr>"
        f"</w:rPrDefault></w:docDefaults>{''.join(styles)}</w:styles>"
    )


def style(
    style_id: str,
    *,
    name: str | None = None,
    kind: str = "paragraph",
    based_on: str | None = None,
    font: str | None = None,
    extra_rpr: str = "",
    ppr: str = "",
    default: bool = False,
) -> str:
    """One ``w:style``."""
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>' if font else ""
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    flag = ' w:default="1"' if default else ""
    return (
        f'<w:style w:type="{kind}" w:styleId="{style_id}"{flag}>'
        f'<w:name w:val="{name or style_id}"/>{based}<w:pPr>{ppr}</w:pPr>'
        f"<w:rPr>{fonts}{extra_rpr}</w:rPr></w:style>"
    )


def notes_xml(kind: str, notes: dict[str, str]) -> str:
    """A footnotes or endnotes part: Word's two separators, then each note's paragraphs."""
    parts = [
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>',
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:{kind}>",
    ]
    ref = "w:footnoteRef" if kind == "footnote" else "w:endnoteRef"
    for note_id, body in notes.items():
        parts.append(f'<w:{kind} w:id="{note_id}"><w:p><w:r><{ref}/></w:r>{body}</w:p></w:{kind}>')
    return f"<w:{kind}s {NAMESPACES}>{''.join(parts)}</w:{kind}s>"


def build_docx(
    body: str,
    *,
    styles: str | None = None,
    numbering: str | None = None,
    footnotes: str | None = None,
    endnotes: str | None = None,
    theme: str | None = None,
    core: str | None = None,
    media: dict[str, bytes] | None = None,
    main_type: str = DOCUMENT_TYPE,
    strict: bool = False,
    extra_members: dict[str, bytes] | None = None,
) -> bytes:
    """The bytes of a Word package whose body is ``body`` (the content of ``w:body``)."""
    document = f"<w:document {NAMESPACES}><w:body>{body}</w:body></w:document>"
    parts: dict[str, str | bytes] = {"word/document.xml": document}
    types = [("/word/document.xml", main_type)]
    relations: list[tuple[str, str, str]] = []
    for name, text, kind, content_type in (
        ("styles.xml", styles, "styles", "wordprocessingml.styles+xml"),
        ("numbering.xml", numbering, "numbering", "wordprocessingml.numbering+xml"),
        ("footnotes.xml", footnotes, "footnotes", "wordprocessingml.footnotes+xml"),
        ("endnotes.xml", endnotes, "endnotes", "wordprocessingml.endnotes+xml"),
        ("theme/theme1.xml", theme, "theme", "theme+xml"),
    ):
        if text is not None:
            parts[f"word/{name}"] = text
            relations.append((f"rId{len(relations) + 1}", kind, name))
            types.append(
                (f"/word/{name}", f"application/vnd.openxmlformats-officedocument.{content_type}")
            )
    for name, data in (media or {}).items():
        parts[f"word/media/{name}"] = data
        relations.append((name.split(".")[0], "image", f"media/{name}"))
    rels_ns = STRICT_R if strict else _RELS
    parts["word/_rels/document.xml.rels"] = _relationships(
        [(rid, f"{rels_ns}/{kind}", target) for rid, kind, target in relations]
    )
    package_rels = [("rId1", f"{rels_ns}/officeDocument", "word/document.xml")]
    if core is not None:
        parts["docProps/core.xml"] = core
        package_rels.append(
            (
                "rId2",
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                "core-properties",
                "docProps/core.xml",
            )
        )
    parts["_rels/.rels"] = _relationships(package_rels)
    parts["[Content_Types].xml"] = _content_types(types)
    if strict:
        parts = {
            name: text.replace(W, STRICT_W).replace(R, STRICT_R)
            if isinstance(text, str)
            else text
            for name, text in parts.items()
        }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in parts.items():
            package.writestr(name, content)
        for name, data in (extra_members or {}).items():
            package.writestr(name, data)
    return buffer.getvalue()


def core_xml(*, title: str = "", creator: str = "", created: str = "") -> str:
    """A core-properties part."""
    return (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        "</cp:coreProperties>"
    )


def _relationships(relations: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>'
        for rid, kind, target in relations
    )
    return f'<Relationships xmlns="{_PACKAGE_RELS}">{items}</Relationships>'


def _content_types(overrides: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides
    )
    return (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Default Extension="png" ContentType="image/png"/>{items}</Types>'
    )


def write(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` to ``folder/name`` and return the path."""
    path = folder / name
    path.write_bytes(data)
    return path
