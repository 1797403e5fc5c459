"""``archive-viewer --self-test`` from the source tree (the build runs it in the bundle)."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from desktop import self_test
from desktop.resource_files import resource_path
from desktop.self_test import run_self_test


def _run() -> tuple[int, list[str]]:
    lines: list[str] = []
    return run_self_test(lines.append), lines


@pytest.mark.usefixtures("qapp")
def test_passes_from_the_source_tree() -> None:
    code, lines = _run()
    assert code == 0, "\n".join(lines)
    assert lines[-1].startswith("self-test passed")
    checks = lines[1:-1]
    assert checks and all(line.startswith("ok ") for line in checks)
    text = "\n".join(lines)
    for name in ("import samples", "search thanh hoa", "search dang uy", "render article",
                 "export PDF", "export PDF in a child process", "no network"):
        assert name in text


@pytest.mark.usefixtures("qapp")
def test_imports_the_bundled_samples() -> None:
    samples = self_test.sample_files(resource_path("samples"))
    _code, lines = _run()
    imported = next(line for line in lines if "import samples" in line)
    assert f"imported {len(samples)}," in imported
    assert "self-test's own" not in imported


@pytest.mark.usefixtures("qapp")
def test_uses_its_own_articles_without_bundled_samples(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "resources"
    (empty / "samples").mkdir(parents=True)
    shutil.copytree(resource_path("fonts"), empty / "fonts")
    monkeypatch.setattr(self_test, "resource_path", empty.joinpath)
    code, lines = _run()
    assert code == 0, "\n".join(lines)
    assert any("self-test's own two articles" in line for line in lines)


@pytest.mark.usefixtures("qapp")
def test_names_what_failed_and_exits_1(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        self_test, "SEARCH_GROUPS", (*self_test.SEARCH_GROUPS, ("khong co dau", "Không có đâu"))
    )
    code, lines = _run()
    assert code == 1
    assert any(line.startswith("FAILED search khong co dau") for line in lines)
    assert "found nothing" in next(line for line in lines if line.startswith("FAILED"))
    assert lines[-1].startswith("self-test FAILED: 1 of")


def test_network_calls_are_refused_and_recorded() -> None:
    attempts: list[str] = []
    with self_test._network_forbidden(attempts), pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    assert attempts == ["create_connection(('127.0.0.1', 9))"]
    # Restored afterwards.
    assert socket.create_connection is not None
    assert "refused" not in socket.create_connection.__name__


@pytest.mark.usefixtures("qapp")
def test_cli_runs_it(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli.main import main

    assert main(["--self-test"]) == 0
    assert "self-test passed" in capsys.readouterr().out
