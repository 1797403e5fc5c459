"""One file per article: safe names, never overwriting without being told."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from db.archive import Archive
from desktop.export.errors import TargetExistsError
from desktop.export.exporter import ExistingFiles, ExportRequest, export
from desktop.export.separate_files import MAX_NAME_BYTES, plan_file_names, safe_file_stem

WINDOWS_RESERVED_CHARACTERS = set('<>:"/\\|?*')


@dataclass
class Row:
    id: int
    title: str
    date: str | None


@pytest.mark.parametrize(
    ("title", "date", "expected"),
    [
        ("Hội nghị tổng kết", "2023-12", "2023-12 Hội nghị tổng kết"),
        ('Tin: "A/B" <c>?*|d', None, "Tin - 'A-B' c - d"),
        ("Kết thúc bằng dấu chấm...  ", "2024", "2024 Kết thúc bằng dấu chấm"),
        ("CON", None, "CON_"),
        ("nul.txt", None, "nul.txt_"),
        ("com1", None, "com1_"),
        ("COM10", None, "COM10"),
        ("", None, "article"),
        ("...", None, "article"),
        ("dòng\tmột\ndòng hai\x00", None, "dòng một dòng hai"),
    ],
)
def test_safe_file_stem(title: str, date: str | None, expected: str) -> None:
    assert safe_file_stem(title, date) == expected


def test_names_keep_vietnamese_in_nfc_and_stay_short() -> None:
    decomposed = unicodedata.normalize("NFD", "Đảng ủy Bộ đội Biên phòng tỉnh Thanh Hóa")
    stem = safe_file_stem(decomposed, "2024-01-02")
    assert stem == "2024-01-02 Đảng ủy Bộ đội Biên phòng tỉnh Thanh Hóa"
    assert unicodedata.is_normalized("NFC", stem)

    long_title = "Tăng cường phối hợp bảo vệ chủ quyền an ninh biên giới quốc gia " * 5
    stem = safe_file_stem(long_title, "2024-01-02")
    assert len(stem) <= 100 and len(stem.encode()) <= MAX_NAME_BYTES
    assert not stem.endswith((" ", "."))
    assert stem.startswith("2024-01-02 Tăng cường")
    assert not WINDOWS_RESERVED_CHARACTERS & set(stem)


def test_planned_names_are_distinct_ignoring_case() -> None:
    rows = [
        Row(1, "Tin ngắn", "2024"),
        Row(2, "TIN NGẮN", "2024"),
        Row(3, "tin ngắn", "2024"),
        Row(4, "", None),
    ]
    assert plan_file_names(rows) == [
        "2024 Tin ngắn.pdf",
        "2024 TIN NGẮN (2).pdf",
        "2024 tin ngắn (3).pdf",
        "article-4.pdf",
    ]


def test_existing_files_fail_skip_or_keep_both(
    archive: Archive, article_ids: list[int], out_dir: Path
) -> None:
    ids = article_ids[3:]
    first = export(archive, ExportRequest(ids=ids, target=out_dir, separate=True))
    assert len(first.paths) == 2
    stamps = {p: p.stat().st_mtime_ns for p in first.paths}

    with pytest.raises(TargetExistsError):
        export(archive, ExportRequest(ids=ids, target=out_dir, separate=True))
    assert {p: p.stat().st_mtime_ns for p in out_dir.iterdir()} == stamps

    skipped = export(
        archive,
        ExportRequest(ids=ids, target=out_dir, separate=True, existing=ExistingFiles.SKIP),
    )
    assert skipped.paths == [] and sorted(skipped.skipped) == sorted(first.paths)

    both = export(
        archive,
        ExportRequest(ids=ids, target=out_dir, separate=True, existing=ExistingFiles.KEEP_BOTH),
    )
    assert [p.name for p in both.paths] == [
        "2024 Giúp dân thu hoạch lúa (2).pdf",
        "2024-04-01 Tin ngắn - 'Ký kết' phối hợp 2024 (2).pdf",
    ]
    assert {p: p.stat().st_mtime_ns for p in first.paths} == stamps
    assert not [p for p in out_dir.iterdir() if p.name.endswith(".part")]
