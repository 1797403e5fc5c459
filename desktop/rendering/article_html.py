"""Markdown → HTML for the reading pane, the edit preview and PDF export: pure functions.

Nothing here touches Qt or the network, and no body can make it recurse or take more
than linear time (``nesting``). Raw HTML inside Markdown is sanitised with nh3:
no scripts, iframes, styles or event handlers; images only from the archive itself
(``image:NAME``), never remote or ``file:``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass

import nh3

from db.models import ArticleFields
from db.query import SearchQuery, match_spans
from desktop.rendering.dates import format_partial_date
from desktop.rendering.nesting import flatten_markdown, limit_html

IMAGE_SCHEME = "image"

_ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "small",
    "mark",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "code",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "a",
    "img",
    "figure",
    "figcaption",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "span",
    "div",
}
_ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "th": {"align"},
    "td": {"align"},
    "ol": {"start"},
}
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
_CAPTION_PARAGRAPH = re.compile(r"<p><em>((?:(?!</em>).)*)</em></p>", re.S)


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        # Only pictures stored in the archive: no remote or local-file fetches.
        return value if value.startswith(f"{IMAGE_SCHEME}:") else None
    if tag == "a" and attribute == "href":
        return value if value.startswith(("http:", "https:", "mailto:", "#")) else None
    return value


def sanitize(fragment: str) -> str:
    """Keep only harmless markup (see the module docstring)."""
    return nh3.clean(
        fragment,
        tags=_ALLOWED_TAGS,
        clean_content_tags={"script", "style", "iframe", "object", "embed", "noscript"},
        attributes=_ALLOWED_ATTRIBUTES,
        attribute_filter=_keep_attribute,
        url_schemes={"http", "https", "mailto", IMAGE_SCHEME},
        link_rel=None,
    )


def highlight(fragment: str, query: SearchQuery | None) -> str:
    """Wrap the words of ``fragment`` that match ``query`` in ``<span class="hit">``.

    Works on text between tags only, so markup is never split; ``thanh hoa``
    highlights "Thanh Hoá" as the search found it.
    """
    if query is None or query.is_empty:
        return fragment
    parts = _TAG_OR_TEXT.split(fragment)
    for index, part in enumerate(parts):
        if not part or part.startswith("<"):
            continue
        text = html.unescape(part)
        spans = match_spans(text, query)
        if not spans:
            continue
        pieces = []
        position = 0
        for start, end in spans:
            pieces.append(html.escape(text[position:start], quote=False))
            pieces.append(f'<span class="hit">{html.escape(text[start:end], quote=False)}</span>')
            position = end
        pieces.append(html.escape(text[position:], quote=False))
        parts[index] = "".join(pieces)
    return "".join(parts)


def render_markdown(body: str, *, query: SearchQuery | None = None) -> str:
    """The HTML fragment of a Markdown body: sanitised, captions marked, hits highlighted.

    Nesting deeper than a reader needs is flattened first (``nesting``), so that any
    body renders in time linear in its length.
    """
    # Here, not at start: the window shows its rows before any article. The extensions
    # are given as objects: by name, Markdown looks them up among every installed
    # package's entry points, which cost the first article shown 25–45 ms.
    import markdown
    from markdown.extensions.fenced_code import FencedCodeExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension

    extensions = [TableExtension(), SaneListExtension(), FencedCodeExtension()]
    converted = markdown.markdown(
        flatten_markdown(body), extensions=extensions, output_format="html"
    )
    safe = sanitize(limit_html(converted))
    captioned = _CAPTION_PARAGRAPH.sub(r'<p class="caption"><em>\1</em></p>', safe)
    return highlight(captioned, query)


@dataclass(frozen=True)
class Labels:
    """The words around the fields, in the UI's language (translated by the caller)."""

    date: str = "Date"
    number: str = "Number"
    author: str = "Author"
    source: str = "Source"
    tags: str = "Tags"
    language: str = "en"


def render_header(article: ArticleFields, *, labels: Labels, query: SearchQuery | None) -> str:
    """Title and the line of details (number, date, author, source, tags) as HTML."""
    title = highlight(html.escape(article.title, quote=False), query)
    details = []
    if article.number:
        details.append((labels.number, article.number))
    if article.date:
        details.append((labels.date, format_partial_date(article.date, labels.language)))
    if article.author:
        details.append((labels.author, article.author))
    if article.source:
        details.append((labels.source, article.source))
    if article.tags:
        details.append((labels.tags, ", ".join(article.tags)))
    meta = " · ".join(
        f'<span class="label">{html.escape(label)}:</span> {highlight(html.escape(value), query)}'
        for label, value in details
    )
    meta_html = f'<p class="meta">{meta}</p>' if meta else ""
    return f'<h1 class="title">{title}</h1>{meta_html}'


def render_article_html(
    article: ArticleFields,
    *,
    query: SearchQuery | None = None,
    labels: Labels | None = None,
    css: str | None = None,
) -> str:
    """A whole HTML document for one article (header, then body)."""
    labels = labels or Labels()
    header = render_header(article, labels=labels, query=query)
    body = render_markdown(article.body, query=query)
    style = f"<style>{css if css is not None else article_css()}</style>"
    return (
        f'<html lang="{labels.language}"><head><meta charset="utf-8">{style}</head>'
        f'<body><div class="article">{header}<div class="body">{body}</div></div></body></html>'
    )


def article_css(
    *,
    font_family: str = "Liberation Serif",
    font_size_pt: float = 13.0,
    extra: Mapping[str, str] | None = None,
) -> str:
    """The style sheet (Qt's rich-text CSS subset) shared by the pane and PDF export."""
    rules = {
        "body": f"font-family: '{font_family}', 'Times New Roman', serif; "
        f"font-size: {font_size_pt}pt; color: #1d1d1d;",
        "h1.title": "font-size: 1.6em; font-weight: bold; margin-bottom: 0.2em;",
        "p.meta": "color: #555555; font-size: 0.85em; margin-top: 0; margin-bottom: 1.2em;",
        "span.label": "color: #777777;",
        "p": "margin-top: 0; margin-bottom: 0.7em; line-height: 145%;",
        "p.caption": "color: #555555; font-size: 0.9em; text-align: center; margin: 0.3em 2em 1em;",
        "span.hit": "background-color: #ffe27a;",
        "blockquote": "color: #444444; margin-left: 1.5em;",
        "code": "font-family: 'DejaVu Sans Mono', monospace;",
    }
    if extra:
        rules.update(extra)
    return "\n".join(f"{selector} {{ {body} }}" for selector, body in rules.items())
