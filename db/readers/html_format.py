"""Reading saved web pages (.html, .htm): the headline, the text as Markdown, local images.

Parsing is BeautifulSoup's (``html.parser``) and the conversion to Markdown is
markdownify's; this module only chooses what to keep. Scripts, styles, navigation,
page headers and footers are dropped. Images that are files beside the page are kept
with the article and named in the body as ``![caption](image:NAME)``; images on the web
are not fetched (the archive works offline) and leave their caption only.
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, Tag
from markdownify import MarkdownConverter

from db.dates import parse_partial_date
from db.errors import InvalidDateError
from db.models import ArticleFields, ArticleImage
from db.readers.images import unique_image_name

# Elements that are page furniture, not the article.
_DROPPED = ("script", "style", "noscript", "template", "nav", "header", "footer", "iframe", "form")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BLANK_RUNS = re.compile(r"\n{3,}")
_DATE_META = ("article:published_time", "date", "pubdate", "dc.date", "datepublished")
# A single image larger than this is left out rather than bloating the archive.
MAX_IMAGE_BYTES = 20 * 1024 * 1024


@dataclass
class HtmlArticle:
    """What a web page gave: the article's fields and the images its body names."""

    fields: ArticleFields
    images: list[ArticleImage] = field(default_factory=list)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its start, lower-cased."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def parse_html(text: str, *, fallback_title: str, folder: Path | None = None) -> HtmlArticle:
    """Turn the decoded text of a web page into an article.

    Args:
        text: the page, decoded.
        fallback_title: used when the page has neither ``<h1>`` nor ``<title>``.
        folder: where the page was; local images are read relative to it (None: no
            images are read, as when re-decoding stored bytes).
    """
    soup = BeautifulSoup(text, "html.parser")
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
            if path.stat().st_size > MAX_IMAGE_BYTES:
                return None
            data = path.read_bytes()
        except OSError:
            return None  # a missing picture does not make the page unreadable
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
        return path.resolve()
