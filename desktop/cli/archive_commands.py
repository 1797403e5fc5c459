"""The commands on the archive as a whole: import, check, backup, restore-backup,
salvage, export-pdf, export-bundle, merge. Each loads what it needs (readers, Qt) only
when it runs."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from desktop.cli.console import (
    EXIT_FAILED,
    EXIT_OK,
    UsageError,
    article_filter,
    open_archive,
    print_error,
    print_line,
    update_search_index,
)


def cmd_import(args: argparse.Namespace) -> int:
    from db.importer import import_paths

    with open_archive(args, create=True) as archive:
        report = import_paths(archive, args.paths, allow_duplicates=args.allow_duplicates)
    print_line(report.summary())
    for problem in report.failed:
        print_line(f"failed: {problem}")
    for problem in report.skipped:
        if problem.kind is not None:  # a FIFO, a device: say so (other files are no news)
            print_line(f"skipped: {problem}")
    for note in report.notes:
        print_line(f"note: {note}")
    if report.error:
        print_error(report.error)
    return EXIT_FAILED if report.failed or report.error else EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        problems = archive.check()
    if not problems:
        print_line(f"{archive.path}: healthy")
        return EXIT_OK
    for problem in problems:
        print_line(f"problem: {problem}")
    return EXIT_FAILED


def cmd_backup(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        target = archive.backup(args.destination)
    print_line(f"backup written to {target}")
    return EXIT_OK


def cmd_restore_backup(args: argparse.Namespace) -> int:
    from db.backups import restore_backup
    from db.paths import default_archive_path

    target = args.db if args.db is not None else default_archive_path()
    aside = restore_backup(target, args.source)
    print_line(f"{target}: restored from {args.source}")
    if aside is not None:
        print_line(f"the previous archive was kept as {aside}")
    return EXIT_OK


def cmd_salvage(args: argparse.Namespace) -> int:
    from db.paths import default_archive_path
    from db.salvage import salvage_report

    source = args.db if args.db is not None else default_archive_path()
    report = salvage_report(source, args.destination)
    print_line(f"salvaged {report.saved} articles into {args.destination}")
    for problem in report.problems:
        print_line(f"problem: {problem}")
    if report.lost_ids:
        print_line(f"could not read {len(report.lost_ids)} articles")
    return EXIT_FAILED if report.lost_ids else EXIT_OK


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from desktop.export.cli_command import export_pdf_usage_problem, run_export_pdf

    problem = export_pdf_usage_problem(args)
    if problem:
        raise UsageError(problem)
    if args.query:
        # The export reads the archive read-only: an upgraded index is finished first.
        with open_archive(args) as archive:
            update_search_index(archive)
    return run_export_pdf(args, article_filter(args))


def _has_filter(args: argparse.Namespace) -> bool:
    return any((args.query, args.date_from, args.date_to, args.author, args.source, args.tag))


def cmd_export_bundle(args: argparse.Namespace) -> int:
    from desktop.cli.exchange_commands import export_bundle_usage_problem, run_export_bundle

    problem = export_bundle_usage_problem(args, _has_filter(args))
    if problem:
        raise UsageError(problem)
    if args.query:
        # The export reads the archive read-only: an upgraded index is finished first.
        with open_archive(args) as archive:
            update_search_index(archive)
    return run_export_bundle(args, article_filter(args), _has_filter(args))


def cmd_merge(args: argparse.Namespace) -> int:
    from desktop.cli.exchange_commands import run_merge

    return run_merge(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": cmd_import,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore-backup": cmd_restore_backup,
    "salvage": cmd_salvage,
    "export-pdf": cmd_export_pdf,
    "export-bundle": cmd_export_bundle,
    "merge": cmd_merge,
}
