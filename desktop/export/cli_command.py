"""``archive-viewer export-pdf``: its options and its run.

Kept free of Qt at import time: the command line builds its parser on every call, and
only this command needs Qt (loaded when it runs).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from db.models import ArticleFilter
from desktop.cli.console import article_ids

EXIT_OK = 0
EXIT_FAILED = 1


def add_export_pdf_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``export-pdf`` besides the list filters (added by the caller)."""
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--ids", type=article_ids, metavar="1,2,3", help="these articles, in order")
    which.add_argument(
        "--all", action="store_true", help="every article (matching the filters, if any)"
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", type=Path, metavar="OUT.pdf", help="one report")
    where.add_argument(
        "--separate", type=Path, metavar="DIR", help="one PDF per article into this folder"
    )
    parser.add_argument("--title", default="Report", help="the report's title")
    parser.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    parser.add_argument(
        "--language",
        choices=["vi", "en"],
        default=None,
        help="words of the cover, contents and footer (default: the system's language)",
    )
    parser.add_argument("--overwrite", action="store_true", help="replace files that exist already")


def _system_language() -> str:
    """'vi' when the system speaks Vietnamese (LC_ALL, LC_MESSAGES or LANG), else 'en'."""
    import locale
    import os

    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    code = locale.getlocale()[0] or ""
    return "vi" if code.lower().startswith(("vi", "vietnamese")) else "en"


def _has_filter(args: argparse.Namespace) -> bool:
    return any((args.query, args.date_from, args.date_to, args.author, args.source, args.tag))


def export_pdf_usage_problem(args: argparse.Namespace) -> str | None:
    """Why the options do not say what to export (None: they do)."""
    if args.ids and _has_filter(args):
        return "give either --ids or filters (--query, --from, --to, --author, --tag, --source)"
    if not (args.ids or args.all or _has_filter(args)):
        return "say what to export: --ids 1,2,3, --all, or filters such as --query or --from"
    return None


def run_export_pdf(args: argparse.Namespace, where: ArticleFilter) -> int:
    """Export with the default page setup; returns the exit code."""
    # Qt and the layout code load only for this command.
    from dataclasses import replace

    from db.archive import Archive
    from desktop.export.errors import ExportError, TargetExistsError
    from desktop.export.export_types import ExistingFiles, ExportRequest
    from desktop.export.exporter import export
    from desktop.export.page_setup import PageSetup
    from desktop.export.qt_app import ensure_gui_application
    from desktop.export.report_texts import ReportTexts

    ensure_gui_application()
    separate = args.separate is not None
    with Archive.open(args.db, read_only=True) as archive:
        ids = list(args.ids) if args.ids else archive.ids(where)
        if not ids:
            sys.stderr.write(
                "archive-viewer: no article matches; nothing was exported. "
                "Check the filters with `archive-viewer list`.\n"
            )
            return EXIT_FAILED
        request = ExportRequest(
            ids=ids,
            target=args.separate if separate else args.output,
            separate=separate,
            title=args.title,
            setup=replace(PageSetup(), page_size=args.page_size),
            texts=ReportTexts.vietnamese()
            if (args.language or _system_language()) == "vi"
            else ReportTexts(),
            existing=ExistingFiles.OVERWRITE if args.overwrite else ExistingFiles.FAIL,
        )
        try:
            result = export(archive, request)
        except TargetExistsError as error:
            sys.stderr.write(
                f"archive-viewer: {error.path} already exists; add --overwrite to replace it. "
                "Nothing was written.\n"
            )
            return EXIT_FAILED
        except ExportError as error:
            sys.stderr.write(f"archive-viewer: {error}\n")
            return EXIT_FAILED
    if separate:
        sys.stdout.write(
            f"wrote {len(result.paths)} file{'s' if len(result.paths) != 1 else ''} "
            f"({result.pages} pages) into {args.separate}\n"
        )
    else:
        sys.stdout.write(f"wrote {result.paths[0]} ({result.pages} pages, {len(ids)} articles)\n")
    return EXIT_OK
