"""Fixtures shared by every test: archives in tmp_path, the project's own article files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never try to reach a display in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep logs, settings and the default archive away from the user's folders.
os.environ.setdefault("ARCHIVE_VIEWER_HOME", str(Path(__file__).parent / ".home-unused"))

from db.archive import Archive  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARCHIVE_VIEWER_HOME", str(tmp_path / "home"))


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return tmp_path / "archive.sqlite3"


@pytest.fixture
def archive(archive_path: Path) -> Iterator[Archive]:
    with Archive.open(archive_path, create=True) as opened:
        yield opened


def write_sample(
    folder: Path,
    name: str,
    *,
    title: str,
    date: str = "2023-12",
    paragraphs: list[str],
    byline: str | None = None,
    encoding: str = "utf-8",
    newline: str = "\n",
) -> Path:
    """Write an article in the archive's file format (` date YYYY-MM Title`)."""
    blocks = [f" date {date} {title}", *paragraphs]
    if byline:
        blocks.append(byline)
    text = (newline * 2).join(blocks) + newline
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


BORDER_REPORT = {
    "title": "Hội nghị tổng kết công tác năm của Đảng ủy BĐBP Thanh Hoá",
    "date": "2023-12",
    "paragraphs": [
        "Sáng 20/12, Đảng ủy Bộ đội Biên phòng (BĐBP) tỉnh Thanh Hóa tổ chức hội nghị "
        "tổng kết công tác lãnh đạo năm 2023, triển khai nhiệm vụ năm 2024.",
        "Năm qua, các đồn Biên phòng đã phối hợp chặt chẽ với cấp ủy, chính quyền địa phương, "
        "giữ vững chủ quyền, an ninh biên giới và hoàn thành tốt nhiệm vụ được giao.",
        "Quang cảnh hội nghị (Ảnh: Minh Châu)",
        "Hội nghị đề ra phương hướng hòa hợp, khỏe mạnh và thủy chung với Nhân dân.",
    ],
    "byline": "Lê Thu Hà (CTV)",
}
