"""Salvage: copy whatever articles can still be read from a damaged archive into a new one.

The damaged file is only read (``mode=ro``); nothing in it is changed. Articles are
read one by one by id, so a damaged page costs the articles on it and no more. Each
article is re-inserted through the repository, which rebuilds its search index entry.
The title, text, date, author, source, tags, uid, import fingerprint, kept original
bytes and images are carried over, and articles in the Trash stay in the Trash; earlier
versions of an article are not (the history starts again from the salvaged text).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from db.archive import Archive, remove_partial, validated
from db.connection import translate_error, write_transaction
from db.errors import ArchiveError, InvalidArticleError
from db.models import ArticleImage, NewArticle

log = logging.getLogger(__name__)

_BATCH = 200
# Ids are probed one by one across a gap the table scan could not cross; beyond this
# many, the rest of the gap is given up (a damaged root page can hide any id).
MAX_PROBED_IDS = 2_000_000


@dataclass
class SalvageReport:
    """What ``salvage_report`` copied and what it had to leave behind."""

    saved: int = 0
    lost_ids: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def salvage(damaged_path: Path | str, new_path: Path | str) -> int:
    """Copy every readable article of ``damaged_path`` into a new archive; returns the count.

    Raises:
        ArchiveError: ``new_path`` exists already, or nothing at all can be read.
    """
    return salvage_report(damaged_path, new_path).saved


def salvage_report(
    damaged_path: Path | str,
    new_path: Path | str,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> SalvageReport:
    """``salvage`` with the details: ids that could not be read, and why.

    ``progress(done, total)`` is called every batch of articles; if it raises, the
    salvage stops, the new archive is deleted and the exception goes on to the caller.
    """
    source = Path(damaged_path)
    target = Path(new_path)
    if target.exists():
        raise ArchiveError(f"{target} already exists; choose a new name for the salvaged archive.")
    if not source.is_file():
        raise ArchiveError(f"{source}: no such file.")
    conn = _open_damaged(source)
    report = SalvageReport()
    try:
        with Archive.open(target, create=True) as archive:
            ids = list(_article_ids(conn, report))
            batch: list[tuple[sqlite3.Row, NewArticle]] = []
            for done, article_id in enumerate(ids):
                if progress is not None and done % _BATCH == 0:
                    progress(done, len(ids))
                found = _read_article(conn, article_id, report)
                if found is not None:
                    batch.append(found)
                if len(batch) >= _BATCH:
                    _store(archive, batch, report)
            _store(archive, batch, report)
    except sqlite3.Error as error:
        remove_partial(target)
        raise translate_error(target, error) from error
    except BaseException:
        # A salvage that did not finish leaves no half-filled archive to be taken for one.
        remove_partial(target)
        raise
    finally:
        conn.close()
    log.info(
        "salvaged %d articles from %s into %s; %d could not be read",
        report.saved,
        source,
        target,
        len(report.lost_ids),
    )
    return report


def _open_damaged(source: Path) -> sqlite3.Connection:
    # mode=ro reads the -wal too (committed changes not yet in the main file); when the
    # folder is read-only that fails, and immutable=1 reads the main file alone.
    for options in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{source.resolve().as_uri()}?{options}", uri=True)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError:
            continue
        conn.row_factory = sqlite3.Row
        return conn
    raise ArchiveError(
        f"{source}: nothing can be read from this file (its first page is damaged). "
        "Restore it from a backup."
    )


def _article_ids(conn: sqlite3.Connection, report: SalvageReport) -> Iterator[int]:
    """Every id found in the articles table, in order, working around damaged pages."""
    forward = _scan(conn, "SELECT id FROM articles ORDER BY id", report)
    if forward.complete:
        yield from forward.ids
        return
    backward = _scan(conn, "SELECT id FROM articles ORDER BY id DESC", report)
    yield from forward.ids
    low = forward.ids[-1] if forward.ids else 0
    high = min(backward.ids) if backward.ids else low
    gap_end = min(high, low + MAX_PROBED_IDS)
    for candidate in range(low + 1, gap_end):
        try:
            row = conn.execute("SELECT id FROM articles WHERE id = ?", [candidate]).fetchone()
        except sqlite3.DatabaseError:
            report.lost_ids.append(candidate)
            continue
        if row is not None:
            yield candidate
    if high - low > MAX_PROBED_IDS:
        report.problems.append(f"ids {gap_end} to {high - 1} could not be searched")
    yield from sorted(i for i in backward.ids if i >= high)


@dataclass
class _Scan:
    ids: list[int]
    complete: bool


def _scan(conn: sqlite3.Connection, sql: str, report: SalvageReport) -> _Scan:
    ids: list[int] = []
    try:
        for (article_id,) in conn.execute(sql):
            ids.append(article_id)
    except sqlite3.DatabaseError as error:
        report.problems.append(f"the article table is damaged after {len(ids)} rows ({error})")
        return _Scan(ids, complete=False)
    return _Scan(ids, complete=True)


def _read_article(
    conn: sqlite3.Connection, article_id: int, report: SalvageReport
) -> tuple[sqlite3.Row, NewArticle] | None:
    try:
        row = conn.execute(
            "SELECT id, uid, title, body, date, author, source, fingerprint, original_name, "
            "encoding, created, updated, deleted FROM articles WHERE id = ?",
            [article_id],
        ).fetchone()
    except sqlite3.DatabaseError as error:
        report.lost_ids.append(article_id)
        report.problems.append(f"article {article_id}: {error}")
        return None
    if row is None:
        return None
    article = NewArticle(
        title=row["title"] if isinstance(row["title"], str) else "",
        body=row["body"] if isinstance(row["body"], str) else "",
        date=row["date"],
        author=row["author"],
        source=row["source"],
        tags=_optional_list(
            conn,
            "SELECT t.name FROM article_tags x JOIN tags t "
            "ON t.id = x.tag_id WHERE x.article_id = ?",
            article_id,
        ),
        fingerprint=row["fingerprint"],
        original_name=row["original_name"],
        encoding=row["encoding"],
        original_bytes=_original(conn, article_id),
        images=_images(conn, article_id),
        number=_number(conn, article_id),
    )
    try:
        validated(article)
    except (InvalidArticleError, ValueError) as error:
        # A date or title a damaged page garbled: keep the text, drop what is invalid.
        if not article.title.strip():
            article.title = f"(salvaged article {article_id})"
        article.date = None
        article.number = None
        try:
            validated(article)
        except (InvalidArticleError, ValueError):
            report.lost_ids.append(article_id)
            report.problems.append(f"article {article_id}: {error}")
            return None
    return row, article


def _optional_list(conn: sqlite3.Connection, sql: str, article_id: int) -> list[str]:
    try:
        return [row[0] for row in conn.execute(sql, [article_id]) if isinstance(row[0], str)]
    except sqlite3.DatabaseError:
        return []


def _number(conn: sqlite3.Connection, article_id: int) -> str | None:
    try:
        row = conn.execute("SELECT number FROM articles WHERE id = ?", [article_id]).fetchone()
    except sqlite3.DatabaseError:
        return None  # no number column (an older archive) or a damaged page
    return row[0] if row and isinstance(row[0], str) else None


def _original(conn: sqlite3.Connection, article_id: int) -> bytes | None:
    try:
        row = conn.execute(
            "SELECT data FROM originals WHERE article_id = ?", [article_id]
        ).fetchone()
    except sqlite3.DatabaseError:
        return None
    return bytes(row[0]) if row and isinstance(row[0], bytes) else None


def _images(conn: sqlite3.Connection, article_id: int) -> list[ArticleImage]:
    try:
        rows = conn.execute(
            "SELECT name, mime, data FROM images WHERE article_id = ? ORDER BY id", [article_id]
        ).fetchall()
    except sqlite3.DatabaseError:
        return []  # no images table (an older archive) or a damaged page
    return [
        ArticleImage(name=name, mime=mime, data=bytes(data))
        for name, mime, data in rows
        if isinstance(name, str) and isinstance(mime, str) and isinstance(data, bytes)
    ]


def _store(
    archive: Archive, batch: list[tuple[sqlite3.Row, NewArticle]], report: SalvageReport
) -> None:
    if not batch:
        return
    with write_transaction(archive._db):
        ids = archive.insert_many([article for _, article in batch])
        # Keep each article's identity and dates, and its place in the Trash.
        archive._db.conn.executemany(
            "UPDATE OR IGNORE articles SET uid = coalesce(?, uid), created = coalesce(?, created), "
            "updated = coalesce(?, updated), deleted = ? WHERE id = ?",
            [
                (
                    _text(row["uid"]),
                    _text(row["created"]),
                    _text(row["updated"]),
                    _text(row["deleted"]),
                    new_id,
                )
                for (row, _), new_id in zip(batch, ids, strict=True)
            ],
        )
    report.saved += len(batch)
    batch.clear()


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
