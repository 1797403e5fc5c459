"""Importing files and folders: counts, duplicates, bad files, batches."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from db.archive import Archive
from db.importer import import_paths
from db.models import ArticleFilter
from db.readers import FailureKind
from tests.conftest import BORDER_REPORT, write_sample


def test_import_folder_recursively_with_counts(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    write_sample(folder, "a.txt", **BORDER_REPORT)
    write_sample(folder / "sub", "b.txt", title="Tin khác", paragraphs=["Nội dung khác."])
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    report = import_paths(archive, [folder])
    assert report.summary() == "imported 2, duplicates 0, skipped 1, failed 2"
    kinds = {p.path.name: p.kind for p in report.failed}
    assert kinds == {"empty.txt": FailureKind.EMPTY, "old.doc": FailureKind.UNSUPPORTED}
    assert "docx" in next(p.detail for p in report.failed if p.path.name == "old.doc")
    assert archive.count(ArticleFilter(query="thanh hoa")) == 1
    assert archive.count(ArticleFilter(import_id=report.import_id)) == 2
    last = archive.last_import()
    assert last is not None and last.imported == 2


def test_same_article_in_other_encodings_is_a_duplicate(archive: Archive, tmp_path: Path) -> None:
    original = write_sample(tmp_path, "a.txt", **BORDER_REPORT)
    text = original.read_text(encoding="utf-8")
    (tmp_path / "nfd.txt").write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "crlf.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    first = import_paths(archive, [original])
    assert len(first.imported) == 1
    again = import_paths(
        archive, [tmp_path / "nfd.txt", tmp_path / "u16.txt", tmp_path / "crlf.txt"]
    )
    assert len(again.duplicates) == 3 and not again.imported
    assert archive.total() == 1


def test_duplicate_within_one_batch_and_in_trash(archive: Archive, tmp_path: Path) -> None:
    a = write_sample(tmp_path, "a.txt", **BORDER_REPORT)
    b = tmp_path / "copy.txt"
    b.write_bytes(a.read_bytes())
    report = import_paths(archive, [a, b])
    assert len(report.imported) == 1 and len(report.duplicates) == 1
    archive.trash([report.imported[0][1]])
    assert len(import_paths(archive, [a]).duplicates) == 1


def test_allow_duplicates(archive: Archive, tmp_path: Path) -> None:
    a = write_sample(tmp_path, "a.txt", **BORDER_REPORT)
    import_paths(archive, [a])
    report = import_paths(archive, [a], allow_duplicates=True)
    assert len(report.imported) == 1
    assert archive.total() == 2


def test_edited_article_is_still_recognised(archive: Archive, tmp_path: Path) -> None:
    a = write_sample(tmp_path, "a.txt", **BORDER_REPORT)
    article_id = import_paths(archive, [a]).imported[0][1]
    archive.update(article_id, title="Tiêu đề đã sửa", body="Thân bài mới")
    assert len(import_paths(archive, [a]).duplicates) == 1


def test_missing_path_and_symlink_loop(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "loop"
    folder.mkdir()
    write_sample(folder, "a.txt", **BORDER_REPORT)
    (folder / "again").symlink_to(folder)
    report = import_paths(archive, [folder, tmp_path / "missing.txt"])
    assert len(report.imported) == 1
    reasons = " ".join(str(p) for p in report.failed)
    assert "loops back" in reasons and "no such file" in reasons


def test_many_files_commit_in_batches(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(450):
        write_sample(folder, f"{n:04d}.txt", title=f"Bài số {n}", paragraphs=[f"Nội dung {n}."])
    seen: list[int] = []
    report = import_paths(archive, [folder], progress=lambda p: seen.append(p.done))
    assert len(report.imported) == 450
    assert seen[-1] == 450
    assert archive.check() == []


def test_cancel_keeps_what_finished(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(300):
        write_sample(folder, f"{n:04d}.txt", title=f"Bài {n}", paragraphs=[f"Nội dung {n}."])
    done: list[int] = []
    report = import_paths(
        archive,
        [folder],
        progress=lambda p: done.append(p.done),
        cancelled=lambda: len(done) >= 250,
    )
    assert report.cancelled
    assert len(report.imported) == 250 == archive.total()
    assert archive.check() == []
