"""The process the crash-safety test kills: imports or edits, announcing each commit.

Run as ``python crash_child.py import ARCHIVE FOLDER`` or ``... edit ARCHIVE START``.
Before a write transaction it prints ``B <n> <size>``, after the commit
``C <n> <first id> <last id>``, each line flushed, so the parent knows whether its
SIGKILL landed inside a transaction.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from db import importer
from db.archive import Archive
from db.models import NewArticle

# Many small batches: more commits, more moments to be killed inside one.
BATCH = 20


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def run_import(archive: Archive, folder: Path) -> None:
    importer.BATCH_SIZE = BATCH
    original = archive.import_batch
    counter = 0

    def announced(articles: Sequence[NewArticle], **kwargs: Any) -> list[tuple[int, bool]]:
        nonlocal counter
        counter += 1
        _say(f"B {counter} {len(articles)}")
        results = original(articles, **kwargs)
        _say(f"C {counter} {results[0][0]} {results[-1][0]}")
        return results

    # The one write of an import batch (its transaction), wrapped to announce it.
    archive.import_batch = announced  # type: ignore[method-assign]
    _say("READY")
    importer.import_paths(archive, [folder], allow_duplicates=True)
    _say("DONE")


def run_edit(archive: Archive, start: int) -> None:
    ids = archive.ids()
    _say("READY")
    for number in range(start, start + 100_000):
        article_id = ids[number % len(ids)]
        _say(f"B {number} {article_id}")
        archive.update(
            article_id,
            title=f"Bài sửa lần {number}",
            body=f"Nội dung đã sửa lần {number}: mãsửa{number} đồng chí biên phòng.\n\n" * 20,
        )
        _say(f"C {number} {article_id}")


def main() -> None:
    mode, archive_path, argument = sys.argv[1:4]
    with Archive.open(Path(archive_path), create=True) as archive:
        if mode == "import":
            run_import(archive, Path(argument))
        else:
            run_edit(archive, int(argument))


if __name__ == "__main__":
    main()
