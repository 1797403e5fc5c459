"""The process the kill test stops: merges SOURCE into ARCHIVE, saying ``C <done>``
after each batch's commit (each line flushed). Run as ``merge_child.py ARCHIVE SOURCE``."""

from __future__ import annotations

import sys
from pathlib import Path

from db.archive import Archive
from db.exchange import merge
from db.exchange.merge import MergeProgress


def main() -> None:
    archive_path, source = Path(sys.argv[1]), Path(sys.argv[2])
    merge.BATCH_SIZE = 25  # many commits: many moments to be killed between and inside

    def say(progress: MergeProgress) -> None:
        sys.stdout.write(f"C {progress.done}\n")
        sys.stdout.flush()

    with Archive.open(archive_path, create=True) as archive:
        sys.stdout.write("READY\n")
        sys.stdout.flush()
        merge.merge_archive(archive, source, progress=say, backup_first=False)
    sys.stdout.write("DONE\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
