"""The number and symbol on the command line: JSON fields, ``edit --number``, searching."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.archive import Archive
from db.models import ArticleFields
from desktop.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's own usage errors
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "a.sqlite3"
    with Archive.open(path, create=True) as archive:
        archive.insert(
            ArticleFields(
                title="Quyết định về việc ban hành Chương trình cải cách hành chính",
                date="2004-07-01",
                source="Ủy ban nhân dân thành phố Cần Thơ",
                number="256/2004/QĐ-UB",
            )
        )
        archive.insert(ArticleFields(title="Tin ngắn", body="Không có số."))
    return path


def test_show_and_list_json_carry_the_number(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(db), "show", "1", "--json")
    assert code == 0 and json.loads(out)["number"] == "256/2004/QĐ-UB"
    code, out, _ = run(capsys, "--db", str(db), "list", "--json", "--sort", "title")
    rows = json.loads(out)
    assert [row["number"] for row in rows] == ["256/2004/QĐ-UB", None]
    code, out, _ = run(capsys, "--db", str(db), "show", "1")
    assert "Number: 256/2004/QĐ-UB" in out.splitlines()


@pytest.mark.parametrize("query", ["256/2004", "qd-ub", "QĐ-UB"])
def test_list_finds_it_by_number(db: Path, capsys: pytest.CaptureFixture[str], query: str) -> None:
    code, out, _ = run(capsys, "--db", str(db), "list", "--query", query, "--json")
    assert code == 0 and [row["id"] for row in json.loads(out)] == [1]


def test_edit_number_sets_clears_and_keeps_history(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", str(db), "edit", "2", "--number", " 15 / BC-UBND ")
    assert code == 0 and out.strip() == "article 2: saved as version 2"
    code, out, _ = run(capsys, "--db", str(db), "show", "2", "--json")
    assert json.loads(out)["number"] == "15/BC-UBND"
    code, out, _ = run(capsys, "--db", str(db), "edit", "2", "--number", "")
    assert code == 0
    code, out, _ = run(capsys, "--db", str(db), "history", "2", "--json")
    assert [v["number"] for v in json.loads(out)] == [None, "15/BC-UBND", None]
    code, out, _ = run(capsys, "--db", str(db), "revert", "2", "2")
    code, out, _ = run(capsys, "--db", str(db), "show", "2", "--json")
    assert json.loads(out)["number"] == "15/BC-UBND"


def test_a_number_too_long_is_a_usage_error(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(db), "edit", "1", "--number", "x" * 100)
    assert code == 2
    assert "--number" in err and "at most 80 characters" in err and "Traceback" not in err
    code, out, _ = run(capsys, "--db", str(db), "show", "1", "--json")
    assert json.loads(out)["number"] == "256/2004/QĐ-UB"
