"""``archive-viewer``: the command line, the user's scripting surface.

Its commands, options, exit codes and JSON fields are a public interface: add, never
rename. Exit codes: 0 done, 1 some inputs or the action failed, 2 usage error,
130 interrupted. Errors are one line naming the file or value; never a traceback.

Start-up is part of the interface too (``archive-viewer list`` should answer at once):
this module loads argparse and the parser's few plain types; a command's module, and
through it the repository, readers, PDF or Qt, loads only when that command runs
(``article_commands``, ``archive_commands``). ``tests/desktop/cli/test_startup.py``
keeps it so.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from db.dates import parse_partial_date
from db.errors import ArchiveError, InvalidDateError
from db.models import SortOrder
from db.version import __version__
from desktop.cli.console import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    UsageError,
)
from desktop.cli.console import (
    print_error as _error,
)
from desktop.cli.exchange_commands import add_export_bundle_arguments, add_merge_arguments
from desktop.export.cli_command import add_export_pdf_arguments

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "PROG",
    "UsageError",
    "build_parser",
    "main",
]


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
    # The list of encodings lives with the decoders, which load only for this command;
    # a wrong name is answered with the whole list.
    sub.add_argument(
        "encoding", metavar="ENCODING", help="utf-8, cp1258, tcvn3, vni, utf-16-le, ..."
    )

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


# Commands that only read and log nothing unless they fail: the log file (its rotating
# handler, the user's data folder) is set up when they do.
READING_COMMANDS = frozenset({"list", "show", "history"})


def _configure_logging() -> None:
    from db.logging_setup import configure_logging

    configure_logging()


def _command(name: str) -> Callable[[argparse.Namespace], int]:
    """The function of a command, its module loaded now (and only now)."""
    from desktop.cli import archive_commands, article_commands

    for module in (article_commands, archive_commands):
        if name in module.COMMANDS:
            return module.COMMANDS[name]
    raise KeyError(name)


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
    if args.command not in READING_COMMANDS:
        _configure_logging()
    try:
        if args.self_test:
            return _self_test()
        if args.command is None:
            return _open_window(args)
        return _command(args.command)(args)
    except UsageError as error:
        parser.print_usage(sys.stderr)
        _error(str(error))
        return EXIT_USAGE
    except InvalidDateError as error:
        _error(str(error))
        return EXIT_USAGE
    except ArchiveError as error:
        import logging

        _configure_logging()
        logging.getLogger("desktop.cli").error("%s: %s", args.command, error)
        _error(str(error))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _error("interrupted; everything committed before stays in the archive")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
