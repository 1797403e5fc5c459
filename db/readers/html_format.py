"""Reading saved web pages (.html, .htm): the headline, the text as Markdown, local images.

Parsing is BeautifulSoup's (``html.parser``) and the conversion to Markdown is
markdownify's; this module only chooses what to keep. Scripts, styles, navigation,
page headers and footers are dropped. Images that are files beside the page are kept
with the article and named in the body as ``![caption](image:NAME)``; images on the web
are not fetched (the archive works offline) and leave their caption only.

The page's declared charset (``<meta charset>``, ``http-equiv``, the XML declaration) is
honoured for any codec Python knows, before any guessing; elements nested deeper than
``html_nesting.DEFAULT_MAX_DEPTH`` are flattened before parsing, so that no page can make
the conversion recurse without end or take more than linear time.
"""

from __future__ import annotations

import codecs
import mimetypes
import re
import unicodedata
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, Tag
from markdownify import MarkdownConverter

from db.dates import parse_partial_date
from db.errors import InvalidDateError
from db.html_nesting import DEFAULT_MAX_DEPTH, limit_nesting
from db.models import ArticleFields, ArticleImage
from db.readers.errors import FailureKind, ReadError, reason, undecodable_reason
from db.readers.images import unique_image_name
from db.readers.safe_files import read_capped
from db.text_decoding import (
    DecodedText,
    UndecodableError,
    decode_bytes,
    decode_legacy,
    detect_font_legacy,
)

# Elements that are page furniture, not the article.
_DROPPED = ("script", "style", "noscript", "template", "nav", "header", "footer", "iframe", "form")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
# Old Vietnamese pages declare a Western charset and show TCVN3 or VNI bytes through a
# .VnTime or VNI-Times font; for these the bytes' own Vietnamese wins over the label.
_WESTERN = frozenset({"iso8859-1", "cp1252", "ascii"})
# A page with more elements than this would take gigabytes as a parsed tree.
MAX_TAGS = 400_000
_BLANK_RUNS = re.compile(r"\n{3,}")
_DATE_META = ("article:published_time", "date", "pubdate", "dc.date", "datepublished")
# A single image larger than this is left out rather than bloating the archive.
MAX_IMAGE_BYTES = 20 * 1024 * 1024


@dataclass
class HtmlArticle:
    """What a web page gave: the article's fields and the images its body names."""

    fields: ArticleFields
    images: list[ArticleImage] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares (XML declaration or ``<meta>``), lower-cased."""
    match = _XML_ENCODING.search(data[:1024]) or _CHARSET.search(data[:8192])
    return match.group(1).decode("ascii").lower() if match else None


def decode_page(data: bytes, encoding: str | None) -> tuple[DecodedText, list[str]]:
    """The page's text: in ``encoding`` when given, else as the page declares, else detected.

    Returns the text and the notes for the import report (a declaration that did not
    fit the bytes). Raises ReadError when nothing decodes it, ValueError for an unknown
    ``encoding``.
    """
    if encoding is not None:
        try:
            return decode_bytes(data, encoding), []
        except UndecodableError:
            return _detect(data), []  # not in that encoding either: detect
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _detect(data), []
    declared = declared_charset(data)
    codec = _python_codec(declared)
    if codec is None:
        return _detect(data), []
    if codec in _WESTERN:
        # As browsers do, a Western label means Windows-1252, whose few undefined bytes
        # show as their Latin-1 characters; pages in .VnTime or VNI fonts are the bytes'.
        legacy = detect_font_legacy(data)
        return legacy or DecodedText(decode_legacy(data, "cp1252"), "cp1252"), []
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        found = _detect(data)
        return found, [reason("html.charset-wrong", charset=declared, encoding=found.encoding)]
    return DecodedText(unicodedata.normalize("NFC", text.removeprefix("\ufeff")), codec), []


def _python_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # UTF-16 declared in an 8-bit meta tag is a lie (the tag itself would be UTF-16).
    return None if codec.startswith(("utf-16", "utf-32")) else codec


def _detect(data: bytes) -> DecodedText:
    try:
        return decode_bytes(data)
    except UndecodableError as error:
        raise ReadError(FailureKind.UNDECODABLE, undecodable_reason(error)) from error


def parse_html(text: str, *, fallback_title: str, folder: Path | None = None) -> HtmlArticle:
    """Turn the decoded text of a web page into an article.

    Args:
        text: the page, decoded.
        fallback_title: used when the page has neither ``<h1>`` nor ``<title>``.
        folder: where the page was; local images are read relative to it (None: no
            images are read, as when re-decoding stored bytes).

    Raises:
        ReadError: the page has so many elements that its tree would not fit in memory.
    """
    limited = limit_nesting(text)
    if limited.tags > MAX_TAGS:
        raise ReadError(FailureKind.TOO_LARGE, reason("file.memory"))
    with warnings.catch_warnings():
        # bs4 warns (on stderr) about markup that looks like a file name or URL, or like
        # XML: for an import these are no news, and the user must not see them.
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(limited.html, "html.parser")
    notes: list[str] = (
        [reason("html.nesting-flattened", depth=DEFAULT_MAX_DEPTH)] if limited.flattened else []
    )
    for name in _DROPPED:
        for element in soup.find_all(name):
            element.decompose()
    title = _title(soup)
    author = _meta(soup, ("author", "article:author", "dc.creator"))
    date = _date(soup)
    body_root: Tag = soup.body or soup
    images = _ImageCollector(folder)
    _replace_images(body_root, images.add)
    for head in soup.find_all("head"):
        head.decompose()
    markdown = MarkdownConverter(heading_style="ATX", bullets="-", escape_misc=False).convert_soup(
        body_root
    )
    markdown = "\n".join(line.rstrip() for line in markdown.split("\n"))
    body = _BLANK_RUNS.sub("\n\n", markdown).strip("\n")
    return HtmlArticle(
        fields=ArticleFields(title=title or fallback_title, body=body, date=date, author=author),
        images=images.images,
        notes=notes,
    )


def _title(soup: BeautifulSoup) -> str | None:
    """The first ``<h1>`` (the headline; ``<title>`` often adds the site's name), taken
    out of the body, else ``<title>``."""
    heading = soup.find("h1")
    if isinstance(heading, Tag):
        text = " ".join(heading.get_text(" ").split())
        if text:
            heading.decompose()
            return text
    if soup.title is not None:
        text = " ".join(soup.title.get_text(" ").split())
        if text:
            return text
    return None


def _meta(soup: BeautifulSoup, names: tuple[str, ...]) -> str | None:
    for tag in soup.find_all("meta"):
        key = str(tag.get("name") or tag.get("property") or tag.get("itemprop") or "").lower()
        if key in names:
            content = " ".join(str(tag.get("content") or "").split())
            if content:
                return content
    return None


def _date(soup: BeautifulSoup) -> str | None:
    value = _meta(soup, _DATE_META)
    if value is None:
        time_tag = soup.find("time")
        if isinstance(time_tag, Tag):
            value = str(time_tag.get("datetime") or "") or None
    if not value:
        return None
    try:
        return parse_partial_date(value[:10])
    except InvalidDateError:
        return None  # a page's odd date format is no reason to refuse the page


def _replace_images(root: Tag, add: Callable[[str, str], str | None]) -> None:
    for img in list(root.find_all("img")):
        caption = " ".join(str(img.get("alt") or img.get("title") or "").split())
        figure = img.find_parent("figure")
        if isinstance(figure, Tag):
            figcaption = figure.find("figcaption")
            if isinstance(figcaption, Tag):
                caption = " ".join(figcaption.get_text(" ").split()) or caption
                figcaption.decompose()
        name = add(str(img.get("src") or ""), caption)
        if name is None:
            if caption:
                img.replace_with(f" {caption} ")
            else:
                img.decompose()
            continue
        img.attrs = {"src": f"image:{name}", "alt": caption}


class _ImageCollector:
    """Reads local image files once each and gives every one a name unique in the article."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.images: list[ArticleImage] = []
        self._by_path: dict[Path, str] = {}

    def add(self, src: str, _caption: str) -> str | None:
        path = self._local_path(src)
        if path is None:
            return None
        if path in self._by_path:
            return self._by_path[path]
        mime = mimetypes.guess_type(path.name)[0] or ""
        if not mime.startswith("image/"):
            return None
        try:
            data = read_capped(path, limit=MAX_IMAGE_BYTES)
        except ReadError:
            return None  # a missing picture (or a FIFO) does not make the page unreadable
        name = unique_image_name(path.name, {image.name for image in self.images})
        self.images.append(ArticleImage(name=name, mime=mime, data=data))
        self._by_path[path] = name
        return name

    def _local_path(self, src: str) -> Path | None:
        if self.folder is None or not src or src.startswith("data:"):
            return None
        parts = urlsplit(src)
        if parts.scheme not in ("", "file") or (parts.scheme == "" and parts.netloc):
            return None
        raw = Path(unquote(parts.path))
        path = raw if raw.is_absolute() else self.folder / raw
        try:
            return path.resolve()
        except (OSError, RuntimeError, ValueError):
            return None  # a link loop, a NUL in the name: no picture
