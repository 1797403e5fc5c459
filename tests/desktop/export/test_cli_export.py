"""``archive-viewer export-pdf``: in process through ``main`` and once as a real process."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from db.archive import Archive
from desktop.cli.main import main
from tests.desktop.export.conftest import SENTENCE, embedded_font_files, outline, page_texts

ROOT = Path(__file__).resolve().parents[3]


def run(archive: Archive, *args: str) -> int:
    return main(["--db", str(archive.path), "export-pdf", *args])


def test_ids_into_one_report(
    archive: Archive, article_ids: list[int], out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = out_dir / "report.pdf"
    ids = ",".join(str(i) for i in article_ids[:3])
    assert run(archive, "--ids", ids, "-o", str(target), "--title", "Tin biên giới") == 0
    assert "report.pdf" in capsys.readouterr().out
    reader = PdfReader(target)
    assert [title for title, _page in outline(target)][1:] == [
        archive.get(i).title for i in article_ids[:3]
    ]
    assert reader.metadata is not None and reader.metadata.title == "Tin biên giới"
    assert SENTENCE in " ".join(page_texts(target))
    assert all(embedded_font_files(target).values())
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4


def test_filters_choose_the_articles(
    archive: Archive, article_ids: list[int], out_dir: Path
) -> None:
    target = out_dir / "filtered.pdf"
    assert run(archive, "--author", "Lê Văn Thành", "-o", str(target), "--page-size", "Letter") == 0
    reader = PdfReader(target)
    titles = [title for title, _page in outline(target)][1:]
    assert set(titles) == {archive.get(i).title for i in article_ids[1:3]}
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter


def test_report_words_follow_the_language(
    archive: Archive, article_ids: list[int], out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = ",".join(str(i) for i in article_ids[:2])
    assert run(archive, "--ids", ids, "-o", str(out_dir / "vi.pdf"), "--language", "vi") == 0
    assert "Mục lục" in " ".join(page_texts(out_dir / "vi.pdf"))
    monkeypatch.setenv("LC_ALL", "vi_VN.UTF-8")
    assert run(archive, "--ids", ids, "-o", str(out_dir / "auto.pdf")) == 0
    assert "Mục lục" in " ".join(page_texts(out_dir / "auto.pdf"))
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert run(archive, "--ids", ids, "-o", str(out_dir / "en.pdf")) == 0
    assert "Contents" in " ".join(page_texts(out_dir / "en.pdf"))


def test_no_selection_is_a_usage_error(
    archive: Archive, article_ids: list[int], out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    del article_ids
    assert run(archive, "-o", str(out_dir / "r.pdf")) == 2
    assert "say what to export" in capsys.readouterr().err
    assert run(archive, "--ids", "1", "--query", "lúa", "-o", str(out_dir / "r.pdf")) == 2
    assert list(out_dir.iterdir()) == []


def test_existing_file_needs_overwrite(
    archive: Archive, article_ids: list[int], out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = out_dir / "report.pdf"
    target.write_bytes(b"old")
    assert run(archive, "--all", "-o", str(target)) == 1
    err = capsys.readouterr().err
    assert "--overwrite" in err and err.count("\n") == 1
    assert target.read_bytes() == b"old"
    assert run(archive, "--all", "-o", str(target), "--overwrite") == 0
    assert len(PdfReader(target).outline) == len(article_ids) + 1
    assert sorted(p.name for p in out_dir.iterdir()) == ["report.pdf"]


def test_unknown_id_and_missing_folder_fail_cleanly(
    archive: Archive, article_ids: list[int], out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    del article_ids
    assert run(archive, "--ids", "999", "-o", str(out_dir / "r.pdf")) == 1
    assert "999" in capsys.readouterr().err
    assert run(archive, "--all", "-o", str(out_dir / "nowhere" / "r.pdf")) == 1
    assert "no such folder" in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []


def test_separate_files(
    archive: Archive, article_ids: list[int], out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = out_dir / "bài"
    assert run(archive, "--all", "--separate", str(folder)) == 0
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == len(article_ids)
    assert "2024-04-01 Tin ngắn - 'Ký kết' phối hợp 2024.pdf" in names
    assert "2023-12-20 Hội nghị tổng kết công tác năm của Đảng ủy.pdf" in names
    first = folder / "2023-12-20 Hội nghị tổng kết công tác năm của Đảng ủy.pdf"
    reader = PdfReader(first)
    assert reader.metadata is not None and reader.metadata.author == "Nguyễn Thị Hương"
    assert outline(first) == [(archive.get(article_ids[0]).title, 1)]
    capsys.readouterr()
    # A second run would replace files: refused, nothing changed.
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    assert run(archive, "--all", "--separate", str(folder)) == 1
    assert "--overwrite" in capsys.readouterr().err
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before


def _limit_file_size() -> None:
    # Writes beyond 20 KB fail with EFBIG, as on a full disk; the signal would kill us.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))


@pytest.mark.slow
def test_real_process_without_display_and_a_write_failure(
    archive: Archive, article_ids: list[int], out_dir: Path
) -> None:
    del article_ids
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    command = [sys.executable, "-m", "desktop.cli.main", "--db", str(archive.path), "export-pdf"]
    done = subprocess.run(
        [*command, "--all", "-o", str(out_dir / "ok.pdf")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(PdfReader(out_dir / "ok.pdf").pages) > 5

    failed = subprocess.run(
        [*command, "--all", "-o", str(out_dir / "big.pdf")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=_limit_file_size,
    )
    assert failed.returncode == 1
    message = failed.stderr.strip()
    assert "\n" not in message and "Nothing was written" in message, message
    assert sorted(p.name for p in out_dir.iterdir()) == ["ok.pdf"]
