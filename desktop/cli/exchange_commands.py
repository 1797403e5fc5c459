"""``archive-viewer export-bundle`` and ``merge``: moving articles between workstations."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from db.dates import date_bounds
from db.models import ArticleFilter
from desktop.cli.console import EXIT_FAILED, EXIT_OK, article_ids

# Loaded to build the parser: the repository (db.archive) loads only when a command runs.



def add_export_bundle_arguments(
    parser: argparse.ArgumentParser, date: Callable[[str], str]
) -> None:
    """The options of ``export-bundle`` besides the list filters (added by the caller)."""
    parser.add_argument("output", type=Path, metavar="OUT", help="the bundle file to write")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--ids", type=article_ids, metavar="1,2,3", help="these articles")
    which.add_argument("--all", action="store_true", help="every article, the Trash included")
    parser.add_argument(
        "--changed-since",
        type=date,
        metavar="DATE",
        help="only articles created, edited, trashed or restored since DATE",
    )
    parser.add_argument("--trash", action="store_true", help="choose among the Trash instead")
    parser.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")


def add_merge_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``merge``."""
    parser.add_argument("source", type=Path, metavar="SRC", help="a bundle or an archive file")
    parser.add_argument(
        "--dry-run", action="store_true", help="only say what would change; change nothing"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")


def export_bundle_usage_problem(args: argparse.Namespace, has_filter: bool) -> str | None:
    """Why the options do not say what to export (None: they do)."""
    if args.ids and has_filter:
        return "give either --ids or filters (--query, --from, --to, --author, --tag, --source)"
    if not (args.ids or args.all or has_filter or args.changed_since):
        return "say what to export: --ids 1,2,3, --all, --changed-since DATE, or filters"
    return None


def run_export_bundle(args: argparse.Namespace, where: ArticleFilter, has_filter: bool) -> int:
    """Write the bundle; returns the exit code."""
    from db.archive import Archive
    from db.exchange import export_bundle
    from db.exchange.bundle import changed_since

    with Archive.open(args.db, read_only=True) as archive:
        if args.ids:
            ids = list(args.ids)
        elif has_filter or args.trash:
            ids = archive.ids(where)
        else:
            ids = archive.ids(ArticleFilter()) + archive.ids(ArticleFilter(trashed=True))
        if args.changed_since:
            ids = changed_since(archive, ids, date_bounds(args.changed_since)[0])
        if not ids:
            sys.stderr.write(
                "archive-viewer: no article matches; no bundle was written. "
                "Check the filters with `archive-viewer list`.\n"
            )
            return EXIT_FAILED
        result = export_bundle(archive, args.output, ids, overwrite=args.overwrite)
    assert result is not None
    plural = "s" if result.articles != 1 else ""
    sys.stdout.write(f"wrote {result.path} ({result.articles} article{plural})\n")
    return EXIT_OK


def run_merge(args: argparse.Namespace) -> int:
    """Merge SRC into the archive; returns the exit code."""
    from db.archive import Archive
    from db.exchange import merge_archive

    with Archive.open(args.db, create=not args.dry_run, read_only=args.dry_run) as archive:
        report = merge_archive(archive, args.source, dry_run=args.dry_run)
    if args.json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    if report.backup is not None:
        sys.stdout.write(f"backup written to {report.backup} first\n")
    sys.stdout.write(report.summary() + "\n")
    for conflict in report.conflicts:
        kept = "this archive's" if conflict.kept == "this" else "the other's"
        sys.stdout.write(
            f"conflict: article {conflict.article_id} \u201c{conflict.title}\u201d: both sides "
            f"changed it; {kept} newer version is current, the other is in its history "
            f"(archive-viewer history {conflict.article_id})\n"
        )
    return EXIT_OK
