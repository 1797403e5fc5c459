"""The commands on articles: list, show, edit, delete, restore, history, revert, redecode."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from db import vietnamese as vn
from db.archive import Archive
from db.article_fields import clean_number
from db.errors import ArchiveError, InvalidArticleError
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


def cmd_list(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        if args.query:
            update_search_index(archive)
        rows = archive.rows(
            article_filter(args), sort=args.sort, limit=args.limit, offset=args.offset
        )
    if args.json:
        print_line(json.dumps([row.to_dict() for row in rows], ensure_ascii=False, indent=1))
        return EXIT_OK
    for row in rows:
        author = f"  — {row.author}" if row.author else ""
        print_line(f"{row.id}\t{row.date or '-':10}\t{row.title}{author}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        article = archive.get(args.id)
    if args.json:
        print_line(json.dumps(article.to_dict(), ensure_ascii=False, indent=1))
        return EXIT_OK
    print_line(article.title)
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
            print_line(f"{label}: {value}")
    print_line(f"Id: {article.id}  Uid: {article.uid}  Version: {article.version}")
    print_line()
    print_line(article.body)
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
    with open_archive(args) as archive:
        article = archive.get(args.id)
        if args.add_tag or args.remove_tag:
            removed = {vn.name_key(t) for t in args.remove_tag}
            kept = [t for t in article.tags if vn.name_key(t) not in removed]
            changes["tags"] = kept + list(args.add_tag)
        updated = archive.update(article.id, expected_version=article.version, **changes)
    if updated.version == article.version:
        print_line(f"article {updated.id}: nothing changed")
    else:
        print_line(f"article {updated.id}: saved as version {updated.version}")
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
    with open_archive(args) as archive:
        ids = []
        for given in args.ids:
            try:
                ids.append(archive.get(given).id)
            except ArchiveError as error:
                print_error(str(error))
                failed = True
        done = sum(action(archive, article_id) for article_id in ids)
    print_line(f"{verb} {done} article{'s' if done != 1 else ''}")
    return EXIT_FAILED if failed else EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    return _for_each(args, lambda a, i: a.trash([i]), "moved to the Trash:")


def cmd_restore(args: argparse.Namespace) -> int:
    return _for_each(args, lambda a, i: a.restore([i]), "restored from the Trash:")


def cmd_history(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        versions = archive.history(args.id)
    if args.json:
        print_line(json.dumps([v.to_dict() for v in versions], ensure_ascii=False, indent=1))
        return EXIT_OK
    for version in versions:
        mark = " (current)" if version.current else ""
        print_line(f"{version.version}\t{version.saved}\t{version.change}{mark}\t{version.title}")
    return EXIT_OK


def cmd_revert(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        article = archive.revert(args.id, args.version)
    print_line(
        f"article {article.id}: version {args.version} restored as version {article.version}"
    )
    return EXIT_OK


def cmd_redecode(args: argparse.Namespace) -> int:
    from db.redecode import redecode
    from db.text_decoding import decode_bytes

    try:
        decode_bytes(b"", args.encoding)  # refuses an unknown encoding by name
    except ValueError as error:
        raise UsageError(str(error)) from error
    with open_archive(args) as archive:
        article = redecode(archive, args.id, args.encoding)
    print_line(
        f"article {article.id}: decoded as {article.encoding}, saved as version {article.version}"
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "list": cmd_list,
    "show": cmd_show,
    "edit": cmd_edit,
    "delete": cmd_delete,
    "restore": cmd_restore,
    "history": cmd_history,
    "revert": cmd_revert,
    "redecode": cmd_redecode,
}
