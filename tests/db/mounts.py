"""Small filesystems for the read-only and disk-full tests (tmpfs; root only)."""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def tmpfs(mount_point: Path, *, size: str) -> Iterator[Path]:
    """Mount a tmpfs of ``size`` at ``mount_point`` for the block; skips when impossible."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small filesystem needs root")
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.decode(errors='replace')})")
    try:
        yield mount_point
    finally:
        # A connection still waiting for the garbage collector keeps the mount busy.
        gc.collect()
        unmounted = subprocess.run(["umount", str(mount_point)], capture_output=True, check=False)
        if unmounted.returncode:
            subprocess.run(["umount", "-l", str(mount_point)], check=True)


def remount_read_only(mount_point: Path) -> None:
    """Make a mounted tmpfs read-only, as a CD or a read-only share."""
    subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)
