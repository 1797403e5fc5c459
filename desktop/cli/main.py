"""``archive-viewer``: the command line, the user's scripting surface.

Its commands, options, exit codes and JSON fields are a public interface: add, never
rename. Exit codes: 0 done, 1 some inputs or the action failed, 2 usage error,
130 interrupted. Errors are one line naming the file or value; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from db import vietnamese as vn
from db.archive import Archive
from db.article_fields import clean_number
from db.backups import restore_backup
from db.dates import parse_partial_date
from db.errors import ArchiveError, InvalidArticleError, InvalidDateError
from db.importer import import_paths
from db.logging_setup import configure_logging
from db.models import ArticleFilter, SortOrder
from db.paths import default_archive_path
from db.redecode import redecode
from db.salvage import salvage_report
from db.text_decoding import ENCODINGS, decode_bytes
from db.version import __version__
from desktop.cli.exchange_commands import (
    add_export_bundle_arguments,
    add_merge_arguments,
    export_bundle_usage_problem,
    run_export_bundle,
    run_merge,
)
from desktop.export.cli_command import (
    add_export_pdf_arguments,
    export_pdf_usage_problem,
    run_export_pdf,
)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

PROG = "archive-viewer"

log = logging.getLogger("desktop.cli")


class UsageError(Exception):
    """A problem with the command line itself (exit 2)."""


def _date(text: str) -> str:
    try:
        return parse_partial_date(text)
    except InvalidDateError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def _article_id(text: str) -> str:
    value = text.strip()
    if not value:
        raise argparse.ArgumentTypeError("an article id is a number (or a uid)")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from error
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 or more")
    return value


def _add_db_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        # Sub-parsers must not reset a --db given before the sub-command.
        default=None if top else argparse.SUPPRESS,
        help="the archive file (default: the user's archive)",
    )


def _add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--query", "-q", metavar="TEXT", help="search text")
    parser.add_argument("--from", dest="date_from", metavar="DATE", type=_date)
    parser.add_argument("--to", dest="date_to", metavar="DATE", type=_date)
    parser.add_argument("--author", metavar="NAME")
    parser.add_argument("--tag", metavar="TAG", action="append", default=[])
    parser.add_argument("--source", metavar="NAME")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Archive Viewer: keep, read, search and edit an archive of articles. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _add_db_option(parser, top=True)
    parser.add_argument(
        "--self-test", action="store_true", help="check that this installation works, then exit"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _add_db_option(sub, top=False)
        return sub

    sub = command("import", "import article files and folders (folders recursively)")
    sub.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    sub.add_argument(
        "--allow-duplicates", action="store_true", help="store articles the archive already has"
    )

    sub = command("list", "list articles (all matches unless --limit)")
    _add_filter_options(sub)
    sub.add_argument("--sort", choices=[s.value for s in SortOrder], default="date")
    sub.add_argument("--limit", type=_positive)
    sub.add_argument("--offset", type=_positive, default=0)
    sub.add_argument("--json", action="store_true", help="print one JSON array")
    sub.add_argument("--trash", action="store_true", help="list the Trash instead")

    sub = command("show", "show one article")
    sub.add_argument("id", type=_article_id, metavar="ID")
    sub.add_argument("--json", action="store_true")

    sub = command("edit", "change fields of an article (the old version is kept)")
    sub.add_argument("id", type=_article_id, metavar="ID")
    sub.add_argument("--title")
    sub.add_argument(
        "--number", metavar="TEXT", help='number and symbol ("256/2004/QĐ-UB"); "" clears it'
    )
    sub.add_argument("--date", type=_date)
    sub.add_argument("--author")
    sub.add_argument("--source")
    sub.add_argument("--add-tag", action="append", default=[], metavar="TAG")
    sub.add_argument("--remove-tag", action="append", default=[], metavar="TAG")
    sub.add_argument("--body-file", metavar="PATH|-", help="new body (Markdown); - reads stdin")

    sub = command("delete", "move articles to the Trash")
    sub.add_argument("ids", nargs="+", type=_article_id, metavar="ID")

    sub = command("restore", "bring articles back from the Trash")
    sub.add_argument("ids", nargs="+", type=_article_id, metavar="ID")

    sub = command("history", "list the versions of an article, newest first")
    sub.add_argument("id", type=_article_id, metavar="ID")
    sub.add_argument("--json", action="store_true")

    sub = command("revert", "make an old version of an article current (as a new version)")
    sub.add_argument("id", type=_article_id, metavar="ID")
    sub.add_argument("version", type=_positive, metavar="VERSION")

    sub = command(
        "redecode",
        "decode an article's original file again with ENCODING (saved as a new version)",
    )
    sub.add_argument("id", type=_article_id, metavar="ID")
    sub.add_argument("encoding", metavar="ENCODING", help=f"one of: {', '.join(ENCODINGS)}")

    sub = command("check", "check the archive (exit 0 healthy, 1 problems found)")

    sub = command("backup", "write a consistent copy of the archive to DEST")
    sub.add_argument("destination", type=Path, metavar="DEST")

    sub = command(
        "restore-backup",
        "replace the archive with the backup SRC (checked first; the current file is "
        "kept aside as NAME.before-restore-TIME.sqlite3)",
    )
    sub.add_argument("source", type=Path, metavar="SRC")

    sub = command(
        "salvage",
        "copy every article that can still be read from a damaged archive into the new "
        "archive DEST (the damaged file is not changed)",
    )
    sub.add_argument("destination", type=Path, metavar="DEST")

    sub = command(
        "export-pdf",
        "export articles to PDF: one report (cover, contents, articles) or one file each",
    )
    _add_filter_options(sub)
    add_export_pdf_arguments(sub)

    sub = command(
        "export-bundle",
        "write articles (with their history, tags, images and files) into a bundle to "
        "merge into another workstation's archive",
    )
    _add_filter_options(sub)
    add_export_bundle_arguments(sub, _date)

    sub = command(
        "merge",
        "merge a bundle or another archive (a workstation's file, a backup) into this "
        "archive; SRC is never changed",
    )
    add_merge_arguments(sub)
    return parser


def _print(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _error(text: str) -> None:
    sys.stderr.write(f"{PROG}: {text}\n")


def _open(args: argparse.Namespace, *, create: bool = False) -> Archive:
    return Archive.open(args.db, create=create)


def _filter(args: argparse.Namespace) -> ArticleFilter:
    return ArticleFilter(
        query=args.query,
        date_from=args.date_from,
        date_to=args.date_to,
        author=args.author,
        source=args.source,
        tags=tuple(args.tag),
        trashed=getattr(args, "trash", False),
    )


def cmd_import(args: argparse.Namespace) -> int:
    with _open(args, create=True) as archive:
        report = import_paths(archive, args.paths, allow_duplicates=args.allow_duplicates)
    _print(report.summary())
    for problem in report.failed:
        _print(f"failed: {problem}")
    for problem in report.skipped:
        if problem.kind is not None:  # a FIFO, a device: say so (other files are no news)
            _print(f"skipped: {problem}")
    for note in report.notes:
        _print(f"note: {note}")
    if report.error:
        _error(report.error)
    return EXIT_FAILED if report.failed or report.error else EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        rows = archive.rows(_filter(args), sort=args.sort, limit=args.limit, offset=args.offset)
    if args.json:
        _print(json.dumps([row.to_dict() for row in rows], ensure_ascii=False, indent=1))
        return EXIT_OK
    for row in rows:
        author = f"  — {row.author}" if row.author else ""
        _print(f"{row.id}\t{row.date or '-':10}\t{row.title}{author}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        article = archive.get(args.id)
    if args.json:
        _print(json.dumps(article.to_dict(), ensure_ascii=False, indent=1))
        return EXIT_OK
    _print(article.title)
    for label, value in (
        ("Number", article.number),
        ("Date", article.date),
        ("Author", article.author),
        ("Source", article.source),
        ("Tags", ", ".join(article.tags) or None),
        ("File", article.original_name),
        ("Encoding", article.encoding),
        ("In Trash since", article.deleted),
    ):
        if value:
            _print(f"{label}: {value}")
    _print(f"Id: {article.id}  Uid: {article.uid}  Version: {article.version}")
    _print()
    _print(article.body)
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    if args.title is not None and not args.title.strip():
        # A bad value on the command line, like a bad date: a usage error (exit 2).
        raise UsageError("--title cannot be empty: an article needs a title")
    if args.number is not None:
        try:
            clean_number(args.number)
        except InvalidArticleError as error:
            raise UsageError(f"--number {error}") from error
    for name in ("title", "number", "date", "author", "source"):
        value = getattr(args, name)
        if value is not None:
            # An empty --author "" clears the field; the title cannot be cleared.
            changes[name] = value if name == "title" else (value or None)
    if args.body_file is not None:
        changes["body"] = _read_body(args.body_file)
    if not changes and not args.add_tag and not args.remove_tag:
        raise UsageError(
            "nothing to change: give --title, --number, --date, --author, --source, "
            "--add-tag, --remove-tag or --body-file"
        )
    with _open(args) as archive:
        article = archive.get(args.id)
        if args.add_tag or args.remove_tag:
            removed = {vn.name_key(t) for t in args.remove_tag}
            kept = [t for t in article.tags if vn.name_key(t) not in removed]
            changes["tags"] = kept + list(args.add_tag)
        updated = archive.update(article.id, expected_version=article.version, **changes)
    if updated.version == article.version:
        _print(f"article {updated.id}: nothing changed")
    else:
        _print(f"article {updated.id}: saved as version {updated.version}")
    return EXIT_OK


def _read_body(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as error:
        raise ArchiveError(f"{path}: no such file; give the Markdown file of the body.") from error
    except UnicodeDecodeError as error:
        raise ArchiveError(f"{path}: not UTF-8 text; save it as UTF-8 and try again.") from error
    except OSError as error:
        raise ArchiveError(f"{path}: cannot read it ({error.strerror}).") from error


def _for_each(args: argparse.Namespace, action: Callable[[Archive, int], int], verb: str) -> int:
    failed = False
    with _open(args) as archive:
        ids = []
        for given in args.ids:
            try:
                ids.append(archive.get(given).id)
            except ArchiveError as error:
                _error(str(error))
                failed = True
        done = sum(action(archive, article_id) for article_id in ids)
    _print(f"{verb} {done} article{'s' if done != 1 else ''}")
    return EXIT_FAILED if failed else EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    return _for_each(args, lambda a, i: a.trash([i]), "moved to the Trash:")


def cmd_restore(args: argparse.Namespace) -> int:
    return _for_each(args, lambda a, i: a.restore([i]), "restored from the Trash:")


def cmd_history(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        versions = archive.history(args.id)
    if args.json:
        _print(json.dumps([v.to_dict() for v in versions], ensure_ascii=False, indent=1))
        return EXIT_OK
    for version in versions:
        mark = " (current)" if version.current else ""
        _print(f"{version.version}\t{version.saved}\t{version.change}{mark}\t{version.title}")
    return EXIT_OK


def cmd_revert(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        article = archive.revert(args.id, args.version)
    _print(f"article {article.id}: version {args.version} restored as version {article.version}")
    return EXIT_OK


def cmd_redecode(args: argparse.Namespace) -> int:
    try:
        decode_bytes(b"", args.encoding)  # refuses an unknown encoding by name
    except ValueError as error:
        raise UsageError(str(error)) from error
    with _open(args) as archive:
        article = redecode(archive, args.id, args.encoding)
    _print(
        f"article {article.id}: decoded as {article.encoding}, saved as version {article.version}"
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        problems = archive.check()
    if not problems:
        _print(f"{archive.path}: healthy")
        return EXIT_OK
    for problem in problems:
        _print(f"problem: {problem}")
    return EXIT_FAILED


def cmd_backup(args: argparse.Namespace) -> int:
    with _open(args) as archive:
        target = archive.backup(args.destination)
    _print(f"backup written to {target}")
    return EXIT_OK


def cmd_restore_backup(args: argparse.Namespace) -> int:
    target = args.db if args.db is not None else default_archive_path()
    aside = restore_backup(target, args.source)
    _print(f"{target}: restored from {args.source}")
    if aside is not None:
        _print(f"the previous archive was kept as {aside}")
    return EXIT_OK


def cmd_salvage(args: argparse.Namespace) -> int:
    source = args.db if args.db is not None else default_archive_path()
    report = salvage_report(source, args.destination)
    _print(f"salvaged {report.saved} articles into {args.destination}")
    for problem in report.problems:
        _print(f"problem: {problem}")
    if report.lost_ids:
        _print(f"could not read {len(report.lost_ids)} articles")
    return EXIT_FAILED if report.lost_ids else EXIT_OK


def cmd_export_pdf(args: argparse.Namespace) -> int:
    problem = export_pdf_usage_problem(args)
    if problem:
        raise UsageError(problem)
    return run_export_pdf(args, _filter(args))


def _has_filter(args: argparse.Namespace) -> bool:
    return any((args.query, args.date_from, args.date_to, args.author, args.source, args.tag))


def cmd_export_bundle(args: argparse.Namespace) -> int:
    problem = export_bundle_usage_problem(args, _has_filter(args))
    if problem:
        raise UsageError(problem)
    return run_export_bundle(args, _filter(args), _has_filter(args))


def cmd_merge(args: argparse.Namespace) -> int:
    return run_merge(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": cmd_import,
    "list": cmd_list,
    "show": cmd_show,
    "edit": cmd_edit,
    "delete": cmd_delete,
    "restore": cmd_restore,
    "history": cmd_history,
    "revert": cmd_revert,
    "redecode": cmd_redecode,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore-backup": cmd_restore_backup,
    "salvage": cmd_salvage,
    "export-pdf": cmd_export_pdf,
    "export-bundle": cmd_export_bundle,
    "merge": cmd_merge,
}


def _open_window(args: argparse.Namespace) -> int:
    try:
        from desktop.app import run_window
    except ImportError as error:
        _error(f"the window cannot start here ({error}); the commands work: see --help")
        return EXIT_FAILED
    return run_window(args.db)


def _self_test() -> int:
    from desktop.self_test import run_self_test

    return run_self_test()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging()
    try:
        if args.self_test:
            return _self_test()
        if args.command is None:
            return _open_window(args)
        return COMMANDS[args.command](args)
    except UsageError as error:
        parser.print_usage(sys.stderr)
        _error(str(error))
        return EXIT_USAGE
    except InvalidDateError as error:
        _error(str(error))
        return EXIT_USAGE
    except ArchiveError as error:
        log.error("%s: %s", args.command, error)
        _error(str(error))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _error("interrupted; everything committed before stays in the archive")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
