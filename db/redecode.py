"""Reading an article's kept file bytes again in another encoding (a wrong guess put right).

This is the import side: it uses the readers, then stores the result through the
repository (``Archive.store_redecoded``), which never imports them.
"""

from __future__ import annotations

from db.archive import Archive
from db.article_fields import clean_tags
from db.errors import ArchiveError
from db.models import Article, ArticleFields


def redecode(archive: Archive, article_id: int | str, encoding: str) -> Article:
    """Decode an article's original bytes again with ``encoding``; saved as a new version.

    Title, body and the fields the file gave are replaced; tags typed since are kept.

    Raises:
        ArchiveError: the article has no original bytes kept (it was Unicode), or they
            do not read in ``encoding``, or it changed meanwhile.
    """
    # The readers load bs4 and python-docx: only when an article is decoded again, so
    # that asking ``can_redecode`` (the window does at every selection) stays light.
    from db.readers import ReadError, redecode_article_bytes

    current = archive.get(article_id)
    data = archive.original_bytes(current.id)
    if data is None:
        raise ArchiveError(
            f"Article {current.id} was read as Unicode ({current.encoding or 'text'}); "
            "there are no legacy bytes to decode again."
        )
    try:
        fresh = redecode_article_bytes(
            data, name=current.original_name or "article.txt", encoding=encoding
        )
    except (ReadError, ValueError) as error:
        raise ArchiveError(f"Article {current.id}: {error}") from error
    fields = ArticleFields(
        title=fresh.title,
        body=fresh.body,
        date=fresh.date or current.date,
        author=fresh.author or current.author,
        source=fresh.source or current.source,
        tags=clean_tags(list(current.tags) + list(fresh.tags)),
        number=fresh.number or current.number,
    )
    return archive.store_redecoded(
        current.id, fields, encoding=fresh.encoding or encoding, expected_version=current.version
    )


# What an article's encoding is recorded as when its file's bytes were kept: the legacy
# encodings were guessed (and may be wrong), and RTF runs name theirs by font.
LEGACY_ENCODINGS = ("tcvn3", "vni", "cp1258")


def can_redecode(article: Article) -> bool:
    """Whether the article's file bytes are likely kept, so that it can be decoded again."""
    encoding = (article.encoding or "").lower()
    name = (article.original_name or "").lower()
    return any(legacy in encoding for legacy in LEGACY_ENCODINGS) or name.endswith(".rtf")
