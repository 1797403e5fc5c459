"""Hostile files imported in a child under 600 MB and a CPU-time limit (issue 14).

Each case is a file that used to hang the import, exhaust memory or recurse without
end. The child (``tests.db.bounded_import``) dies if a reader breaks the bound; here it
must finish, refuse or read the file with a clear reason, and import the good file
beside it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from db.readers import MAX_FILE_BYTES
from db.text_decoding import encode_tcvn3
from tests.db.bounded_import import MEMORY_LIMIT_MB, import_bounded

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX"),
]

GOOD = " date 2023-12 Tin tốt\n\nĐảng ủy Bộ đội Biên phòng tỉnh Thanh Hóa tổ chức hội nghị.\n"
PARAGRAPH = "Đảng ủy Bộ đội Biên phòng tỉnh Thanh Hóa tổ chức hội nghị tổng kết năm. "


def _good(folder: Path) -> Path:
    path = folder / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_special_files_are_skipped_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _good(folder)
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "random.md").symlink_to("/dev/urandom")
    result = import_bounded([folder, folder / "pipe.txt"], tmp_path)
    assert result.imported == ["good.txt"]
    assert result.skipped == {
        "pipe.txt": "not a file",
        "zero.txt": "not a file",
        "random.md": "not a file",
    }
    assert "named pipe" in result.reasons["pipe.txt"]
    assert "/dev/urandom" in result.reasons["random.md"]
    assert "broken" not in result.reasons["random.md"]
    assert result.peak_mb < 200


def test_a_file_larger_than_its_kind_allows_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: no disk used, and never read
        handle.truncate(MAX_FILE_BYTES["text"] + 1)
    result = import_bounded([big, _good(tmp_path)], tmp_path)
    assert result.failed == {"big.txt": "too large"}
    assert result.imported == ["good.txt"]
    assert result.peak_mb < 200


def test_the_largest_text_file_read_stays_under_the_bound(tmp_path: Path) -> None:
    # UTF-16 Vietnamese just under the limit of a text file: read whole or refused as
    # too long, but within the memory bound either way.
    path = tmp_path / "long-utf16.txt"
    count = (MAX_FILE_BYTES["text"] - 64) // (2 * (len(PARAGRAPH) + 2))
    path.write_bytes((" date 2023 Dài\n\n" + (PARAGRAPH + "\n\n") * count).encode("utf-16"))
    result = import_bounded([path, _good(tmp_path)], tmp_path)
    assert "good.txt" in result.imported
    assert result.imported == ["long-utf16.txt", "good.txt"] or result.failed == {
        "long-utf16.txt": "too large"
    }
    assert result.peak_mb < MEMORY_LIMIT_MB


def test_a_large_legacy_file_is_detected_on_a_sample(tmp_path: Path) -> None:
    path = tmp_path / "tcvn3.txt"
    path.write_bytes(encode_tcvn3(" date 2004 Thông tư\n\n" + (PARAGRAPH + "\n\n") * 150_000))
    result = import_bounded([path], tmp_path)
    assert result.imported == ["tcvn3.txt"]
    assert result.articles[0]["title"] == "Thông tư"
    assert result.peak_mb < MEMORY_LIMIT_MB


def test_deep_and_unclosed_html_is_flattened_in_linear_time(tmp_path: Path) -> None:
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 200_000 + "chữ" + "</div>" * 200_000)
    unclosed = tmp_path / "unclosed.htm"
    unclosed.write_text("<html><body><p>Mở đầu" + "<font><b><i><span>" * 50_000 + "chữ cuối")
    result = import_bounded([deep, unclosed, _good(tmp_path)], tmp_path, cpu_seconds=60)
    assert sorted(result.imported) == ["deep.html", "good.txt", "unclosed.htm"]
    assert ("deep.html", result.notes[0][1]) in result.notes
    assert result.peak_mb < MEMORY_LIMIT_MB


def test_a_page_of_millions_of_elements_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "tags.html"
    page.write_text("<html><body>" + "<p>x" * 2_000_000)
    result = import_bounded([page, _good(tmp_path)], tmp_path, cpu_seconds=60)
    assert result.failed == {"tags.html": "too large"}
    assert result.reasons["tags.html"] == "too large to read safely"
    assert result.peak_mb < MEMORY_LIMIT_MB


def test_yaml_alias_bomb_in_front_matter(tmp_path: Path) -> None:
    lines = ["---", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    lines += ["title: *a8", "author: *a8", "tags: *a8", "date: *a8", "---", "Thân bài."]
    bomb = tmp_path / "bomb.md"
    bomb.write_text("\n".join(lines) + "\n")
    result = import_bounded([bomb, _good(tmp_path)], tmp_path, cpu_seconds=60)
    assert sorted(result.imported) == ["bomb.md", "good.txt"]
    assert result.peak_mb < MEMORY_LIMIT_MB
