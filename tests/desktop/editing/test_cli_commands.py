"""The command-line counterparts of the edit dialog, History and Trash (issue 4)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from db.archive import Archive
from db.models import ArticleFilter
from desktop.cli.main import main


def _run(archive_path: Path, *args: str) -> int:
    return main(["--db", str(archive_path), *args])


def test_edit_delete_restore_history_revert(
    archive: Archive,
    archive_path: Path,
    article_ids: list[int],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = str(article_ids[0])
    monkeypatch.setattr("sys.stdin", io.StringIO("Văn bản mới hoàn toàn."))
    assert (
        _run(
            archive_path,
            "edit",
            first,
            "--title",
            "Tựa mới",
            "--date",
            "2024-1",
            "--add-tag",
            "mới",
            "--remove-tag",
            "BIÊN GIỚI",
            "--body-file",
            "-",
        )
        == 0
    )
    article = archive.get(article_ids[0])
    assert (article.title, article.date, article.tags) == ("Tựa mới", "2024-01", ["mới"])
    assert [r.id for r in archive.rows(ArticleFilter(query="hoàn toàn"))] == [article.id]
    assert archive.rows(ArticleFilter(query="Đảng ủy")) == []

    assert _run(archive_path, "delete", first) == 0
    assert archive.rows(ArticleFilter(query="hoàn toàn")) == []
    assert _run(archive_path, "restore", first) == 0
    assert archive.get(article.id).deleted is None

    capsys.readouterr()
    assert _run(archive_path, "history", first, "--json") == 0
    versions = json.loads(capsys.readouterr().out)
    assert [v["version"] for v in versions] == [2, 1]
    assert versions[0]["current"] and versions[1]["title"] == "Hội nghị tổng kết công tác năm"
    assert all(v["saved"] for v in versions)

    assert _run(archive_path, "revert", first, "1") == 0
    assert archive.get(article.id).version == 3
    assert archive.get(article.id).title == "Hội nghị tổng kết công tác năm"


def test_exit_codes(archive_path: Path, article_ids: list[int]) -> None:
    first = str(article_ids[0])
    with pytest.raises(SystemExit) as bad_date:  # argparse rejects it
        _run(archive_path, "edit", first, "--date", "2023-13")
    assert bad_date.value.code == 2
    assert _run(archive_path, "edit", first, "--title", " ") == 2
    assert _run(archive_path, "edit", "999", "--title", "x") == 1
    assert _run(archive_path, "revert", first, "99") == 1
    assert _run(archive_path, "delete", "999") == 1
