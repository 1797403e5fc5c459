"""``export-bundle`` and ``merge`` on the command line: output, JSON and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main
from tests.db.exchange.workstations import article


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def post(tmp_path: Path) -> Path:
    from db.archive import Archive

    path = tmp_path / "post.sqlite3"
    with Archive.open(path, create=True) as archive:
        first = archive.insert(article(1, date="2023-01"))
        archive.insert(article(2, date="2024-05"))
        archive.trash([first.id])
    return path


def test_export_all_then_merge_then_merge_again(
    post: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", str(post), "export-bundle", str(tmp_path / "stick"), "--all")
    assert code == 0
    bundle = tmp_path / "stick.avbundle"
    assert out == f"wrote {bundle} (2 articles)\n"
    command = tmp_path / "command.sqlite3"
    code, out, _ = run(capsys, "merge", str(bundle), "--db", str(command))
    assert code == 0
    assert out.startswith("added 2, updated 0, unchanged 0, linked as the same article 0, ")
    assert "trashed 0" in out  # arrived in the Trash as new articles
    code, out, _ = run(capsys, "--db", str(command), "list", "--trash", "--json")
    assert [row["title"] for row in json.loads(out)] == [article(1).title]
    code, out, _ = run(capsys, "merge", str(bundle), "--db", str(command), "--json")
    report = json.loads(out)
    assert (code, report["added"], report["unchanged"], report["conflicts"]) == (0, 0, 2, [])


def test_filters_changed_since_and_dry_run(
    post: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "b.avbundle"
    code, out, _ = run(capsys, "--db", str(post), "export-bundle", str(out_file), "--from", "2024")
    assert (code, out) == (0, f"wrote {out_file} (1 article)\n")
    code, _, _ = run(capsys, "--db", str(post), "export-bundle", str(out_file), "--all")
    assert code == 1  # exists: one line, no overwrite without --overwrite
    code, out, _ = run(
        capsys, "--db", str(post), "export-bundle", str(out_file), "--changed-since", "2000",
        "--overwrite",
    )
    assert (code, out) == (0, f"wrote {out_file} (2 articles)\n")
    code, out, _ = run(
        capsys, "--db", str(post), "export-bundle", str(out_file), "--changed-since", "2999",
        "--overwrite",
    )
    assert code == 1
    command = tmp_path / "command.sqlite3"
    code, out, _ = run(capsys, "--db", str(command), "merge", str(out_file), "--dry-run")
    assert code == 1 and "no archive there" in _  # a dry run does not create the archive


def test_usage_and_refusals(post: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(post), "export-bundle", str(tmp_path / "x"))
    assert code == 2 and "say what to export" in err
    with pytest.raises(SystemExit) as usage:
        main(["--db", str(post), "export-bundle", "x", "--ids", "1", "--all"])
    assert usage.value.code == 2
    capsys.readouterr()
    note = tmp_path / "note.txt"
    note.write_text("chữ", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(post), "merge", str(note))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "note.txt" in err and "Traceback" not in err
