"""The command line: exit codes, output and JSON are a public interface."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.main import main
from tests.conftest import BORDER_REPORT, write_sample


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "a.sqlite3"
    folder = tmp_path / "in"
    folder.mkdir()
    write_sample(folder, "border.txt", **BORDER_REPORT)
    write_sample(
        folder,
        "other.txt",
        title="Thành phố mùa thu",
        date="2021-04",
        paragraphs=["Hà Nội, Việt Nam vào thu."],
        byline="Theo Dailymail",
    )
    code, out, _ = run(capsys, "import", str(folder), "--db", str(db))
    assert code == 0 and out.startswith("imported 2, duplicates 0, skipped 0, failed 0")
    return db


def test_import_reports_failures_with_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    good = write_sample(tmp_path, "good.txt", **BORDER_REPORT)
    code, out, _ = run(capsys, "--db", str(tmp_path / "a.sqlite3"), "import", str(bad), str(good))
    assert code == 1
    assert "imported 1, duplicates 0, skipped 0, failed 1" in out
    assert f"failed: {bad}: empty: the file is empty" in out


def test_duplicates_are_not_failures(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "import", str(tmp_path / "in"), "--db", str(filled))
    assert code == 0 and "duplicates 2" in out


def test_list_json_fields(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(filled), "list", "--query", "thanh hoa", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 1
    assert set(rows[0]) >= {"id", "uid", "title", "date", "author", "source", "tags"}
    assert rows[0]["author"] == "Lê Thu Hà (CTV)"
    assert rows[0]["source"] is None and rows[0]["tags"] == []


def test_list_filters_sort_and_paging(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--db", str(filled), "--from", "2023", "--json")
    assert [r["date"] for r in json.loads(out)] == ["2023-12"]
    code, out, _ = run(
        capsys, "list", "--db", str(filled), "--sort", "title", "--limit", "1", "--json"
    )
    assert [r["title"] for r in json.loads(out)] == [BORDER_REPORT["title"]]
    code, out, _ = run(capsys, "list", "--db", str(filled), "--source", "dailymail", "--json")
    assert len(json.loads(out)) == 1
    code, out, _ = run(capsys, "list", "--db", str(filled), "--query", 'Hà Nội, "Việt', "--json")
    assert code == 0 and len(json.loads(out)) == 1


def test_show_by_id_and_uid(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(filled), "show", "1", "--json")
    article = json.loads(out)
    assert code == 0 and "body" in article
    code, out, _ = run(capsys, "--db", str(filled), "show", article["uid"])
    assert code == 0 and out.startswith(article["title"])


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["show", "999"], 1),
        (["list", "--from", "2023-13"], 2),
        (["list", "--limit", "x"], 2),
        (["list", "--bogus"], 2),
        (["show"], 2),
        (["edit", "1"], 2),
        (["edit", "1", "--date", "12/2023"], 2),
        (["revert", "1", "9"], 1),
    ],
)
def test_exit_codes(
    filled: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int
) -> None:
    try:
        result = main(["--db", str(filled), *args])
    except SystemExit as exit_:  # argparse's own usage errors
        result = int(exit_.code or 0)
    _, err = capsys.readouterr()
    assert result == code
    assert "Traceback" not in err
    assert err.strip()


def test_commands_on_a_missing_archive_do_not_create_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.sqlite3"
    code, _, err = run(capsys, "--db", str(missing), "list")
    assert code == 1 and "no archive there" in err
    assert not missing.exists()


def test_edit_delete_restore_history_revert(
    filled: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    body = tmp_path / "body.md"
    body.write_text("Thân bài **mới**.", encoding="utf-8")
    db = ["--db", str(filled)]
    assert (
        run(
            capsys,
            *db,
            "edit",
            "1",
            "--title",
            "Tiêu đề mới",
            "--add-tag",
            "biên giới",
            "--body-file",
            str(body),
        )[0]
        == 0
    )
    code, out, _ = run(capsys, *db, "history", "1", "--json")
    versions = json.loads(out)
    assert [v["version"] for v in versions] == [2, 1] and versions[0]["tags"] == ["biên giới"]
    assert run(capsys, *db, "revert", "1", "1")[0] == 0
    assert json.loads(run(capsys, *db, "show", "1", "--json")[1])["title"] == BORDER_REPORT["title"]
    assert run(capsys, *db, "delete", "1")[0] == 0
    assert json.loads(run(capsys, *db, "list", "--json")[1])[0]["id"] == 2
    assert run(capsys, *db, "restore", "1")[0] == 0
    assert len(json.loads(run(capsys, *db, "list", "--json")[1])) == 2


def test_check_and_backup(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", str(filled), "check")[0] == 0
    code, out, _ = run(capsys, "--db", str(filled), "backup", str(tmp_path / "b.sqlite3"))
    assert code == 0 and (tmp_path / "b.sqlite3").exists()


def test_console_script_prints_utf8_and_version(filled: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "--db", str(filled), "list"],
        capture_output=True,
        env={"PYTHONIOENCODING": "ascii", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0
    assert "Thanh Hoá".encode() in result.stdout
    version = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert version.stdout.startswith("archive-viewer ")
