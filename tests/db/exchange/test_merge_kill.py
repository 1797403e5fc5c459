"""A merge killed half-way leaves a sound archive, and merging again completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from db.archive import Archive
from tests.db.exchange.workstations import Workstation, same_holdings
from tests.db.sample_files import make_archive

ROOT = Path(__file__).resolve().parents[3]
CHILD = Path(__file__).with_name("merge_child.py")

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


@pytest.mark.slow
def test_kill_mid_merge_then_merge_again(tmp_path: Path) -> None:
    post = Workstation(make_archive(tmp_path / "post.sqlite3", 400, seed=3))
    stick = tmp_path / "usb"
    stick.mkdir()
    bundle = post.bundle(stick)
    command = Workstation(tmp_path / "command.sqlite3")
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(command.path), str(bundle)],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        cwd=ROOT,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "READY"
    seen = []
    while len(seen) < 3:
        line = child.stdout.readline().strip()
        assert line, "the merge ended before it could be killed"
        seen.append(line)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    with Archive.open(command.path) as archive:
        assert archive.check() == []
        partial = archive.total()
    assert 75 <= partial < 400
    report = command.merge(bundle)
    assert report.added == 400 - partial
    assert same_holdings(post, command)
