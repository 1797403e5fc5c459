"""What every command shares: exit codes, output, usage errors, the archive and filter.

Kept free of heavy imports: the command line starts by loading only this, argparse and
the command it runs (see ``desktop.cli.main``).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.archive import Archive, RebuildProgress
    from db.models import ArticleFilter

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

PROG = "archive-viewer"


class UsageError(Exception):
    """A problem with the command line itself (exit 2)."""


def article_ids(text: str) -> list[int]:
    """The value of ``--ids``: article numbers separated by commas."""
    try:
        ids = [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"{text!r}: give article ids as numbers separated by commas, e.g. 1,2,3"
        ) from error
    if not ids:
        raise argparse.ArgumentTypeError("give at least one article id, e.g. --ids 1,2,3")
    return ids


def print_line(text: str = "") -> None:
    """One line on standard output."""
    sys.stdout.write(text + "\n")


def print_error(text: str) -> None:
    """One line on standard error, naming the program."""
    sys.stderr.write(f"{PROG}: {text}\n")


def open_archive(args: argparse.Namespace, *, create: bool = False) -> Archive:
    """The archive of ``--db`` (the user's archive by default)."""
    from db.archive import Archive

    return Archive.open(args.db, create=create)


def article_filter(args: argparse.Namespace) -> ArticleFilter:
    """The filter options of ``list`` and ``export-pdf`` as an ``ArticleFilter``."""
    from db.models import ArticleFilter

    return ArticleFilter(
        query=args.query,
        date_from=args.date_from,
        date_to=args.date_to,
        author=args.author,
        source=args.source,
        tags=tuple(args.tag),
        trashed=getattr(args, "trash", False),
    )


def update_search_index(archive: Archive) -> None:
    """Finish re-indexing an upgraded archive before a search, with progress on stderr.

    A read-only archive is left as it is (its search then says why it cannot run).
    """
    if archive.read_only or archive.search_index_progress() is None:
        return
    interactive = sys.stderr.isatty()
    shown = [-1]

    def progress(step: RebuildProgress) -> None:
        done, total = step.done, step.total
        share = 100 * done // total if total else 100
        if share == shown[0] or (not interactive and share % 10):
            return
        shown[0] = share
        end = "\r" if interactive else "\n"
        sys.stderr.write(
            f"{PROG}: updating the search index for this version: {share}% "
            f"({done:,} of {total:,} articles){end}"
        )
        sys.stderr.flush()

    archive.update_search_index(progress=progress)
    if interactive and shown[0] >= 0:
        sys.stderr.write("\n")
