"""Importing every format through db.importer: bad inputs, duplicates, images, re-decoding."""

from __future__ import annotations

import io
import os
import unicodedata
from pathlib import Path

import docx
import pytest

import db.readers
from db.archive import Archive
from db.importer import ImportReport, import_paths
from db.readers import FailureKind
from db.text_decoding import encode_tcvn3
from desktop.cli.main import main as cli_main
from tests.db.readers.image_fixtures import tiny_png

ARTICLE = (
    " date 2023-12 Hội nghị tổng kết công tác năm của Đảng ủy BĐBP Thanh Hoá\n\n"
    "Sáng 20/12, Đảng ủy Bộ đội Biên phòng tỉnh Thanh Hóa tổ chức hội nghị tổng kết.\n\n"
    "Năm qua, các đồn Biên phòng đã hoàn thành tốt nhiệm vụ được giao.\n"
)


def failures(report: ImportReport) -> dict[str, tuple[FailureKind | None, str]]:
    return {p.path.name: (p.kind, p.detail) for p in report.failed}


def test_bad_inputs_each_get_a_reason_and_nothing_is_written(
    archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "broken.docx").write_bytes(b"not a zip at all")
    (folder / "front.md").write_text("---\ntitle: [unclosed\n---\nBody\n", encoding="utf-8")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 old word")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    loop = folder / "loop"
    loop.mkdir()
    (loop / "back").symlink_to(folder, target_is_directory=True)

    report = import_paths(archive, [folder])

    assert [path.name for path, _ in report.imported] == ["good.txt"]
    found = failures(report)
    assert found["empty.txt"][0] is FailureKind.EMPTY
    assert found["binary.txt"][0] is FailureKind.BINARY
    assert found["broken.docx"][0] is FailureKind.DAMAGED
    assert found["front.md"][0] is FailureKind.DAMAGED
    assert "front matter" in found["front.md"][1]
    assert found["old.doc"][0] is FailureKind.UNSUPPORTED
    assert ".docx" in found["old.doc"][1]
    assert found["back"][0] is FailureKind.UNREADABLE
    assert "loops" in found["back"][1]
    assert [p.path.name for p in report.skipped] == ["photo.jpg"]
    assert report.skipped[0].detail == "not an article file"
    assert archive.total() == 1
    assert archive.check() == []


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file"
)
def test_no_permission(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    report = import_paths(archive, [path])
    kind, detail = failures(report)["secret.txt"]
    assert kind is FailureKind.UNREADABLE and "permission" in detail


def test_permission_error_is_unreadable(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root reads any file, so the refusal the OS would give is raised where it would be.
    path = tmp_path / "secret.docx"
    path.write_bytes(b"whatever")
    real_open = os.open

    def refuse(name: str | os.PathLike[str], flags: int, *args: int) -> int:
        if Path(name).name == "secret.docx":
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, flags, *args)

    monkeypatch.setattr(os, "open", refuse)
    report = import_paths(archive, [path])
    kind, detail = failures(report)["secret.docx"]
    assert kind is FailureKind.UNREADABLE and "permission" in detail
    assert archive.total() == 0


def test_vanished_file(archive: Archive, tmp_path: Path) -> None:
    report = import_paths(archive, [tmp_path / "gone.txt"])
    assert failures(report)["gone.txt"][0] is FailureKind.UNREADABLE


def test_too_large_text(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db.readers, "MAX_TEXT_BYTES", 50)
    document = docx.Document()
    document.add_paragraph("x " * 100)
    document.save(str(tmp_path / "long.docx"))
    report = import_paths(archive, [tmp_path / "long.docx"])
    assert failures(report)["long.docx"][0] is FailureKind.TOO_LARGE


def test_nfd_and_utf16_copies_are_duplicates(archive: Archive, tmp_path: Path) -> None:
    (tmp_path / "a-original.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b-nfd.txt").write_text(unicodedata.normalize("NFD", ARTICLE), encoding="utf-8")
    (tmp_path / "c-utf16.txt").write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-16"))
    report = import_paths(archive, sorted(tmp_path.glob("*.txt")))
    assert [p.name for p, _ in report.imported] == ["a-original.txt"]
    assert sorted(p.name for p, _ in report.duplicates) == ["b-nfd.txt", "c-utf16.txt"]
    # And again in a later run, against the archive (the Trash included).
    archive.trash([report.imported[0][1]])
    again = import_paths(archive, [tmp_path / "c-utf16.txt"])
    assert [p.name for p, _ in again.duplicates] == ["c-utf16.txt"]
    anyway = import_paths(archive, [tmp_path / "c-utf16.txt"], allow_duplicates=True)
    assert len(anyway.imported) == 1


def test_images_are_stored_with_the_article(archive: Archive, tmp_path: Path) -> None:
    png = tiny_png()
    document = docx.Document()
    document.add_paragraph("Bài có ảnh", style="Title")
    document.add_picture(io.BytesIO(png))
    document.save(str(tmp_path / "anh.docx"))
    (tmp_path / "pic.png").write_bytes(tiny_png(red=5))
    (tmp_path / "page.html").write_text(
        '<h1>Trang có ảnh</h1><p>Chữ.</p><img src="pic.png" alt="Chú thích">', encoding="utf-8"
    )
    report = import_paths(archive, [tmp_path / "anh.docx", tmp_path / "page.html"])
    assert len(report.imported) == 2
    docx_id, html_id = (id_ for _, id_ in report.imported)
    docx_images = archive.images(docx_id)
    assert len(docx_images) == 1 and docx_images[0].data == png
    assert f"(image:{docx_images[0].name})" in archive.get(docx_id).body
    assert archive.image(html_id, "pic.png") == tiny_png(red=5)
    assert "![Chú thích](image:pic.png)" in archive.get(html_id).body
    assert archive.image(html_id, "nope.png") is None
    archive.trash([html_id])
    archive.purge([html_id])
    assert archive.image(html_id, "pic.png") is None  # deleted with the article
    assert archive.check() == []


def test_cli_redecode(
    archive_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "tt.txt"
    path.write_bytes(encode_tcvn3("Thông tư liên tịch\n\nBộ Tài chính.\n"))
    assert cli_main(["--db", str(archive_path), "import", str(path)]) == 0
    with Archive.open(archive_path) as archive:
        article_id = archive.ids()[0]
    capsys.readouterr()
    code = cli_main(["--db", str(archive_path), "redecode", str(article_id), "tcvn3"])
    assert code == 0
    assert "decoded as tcvn3" in capsys.readouterr().out
    with Archive.open(archive_path) as archive:
        assert archive.get(article_id).title == "Thông tư liên tịch"
    assert cli_main(["--db", str(archive_path), "redecode", str(article_id), "bogus"]) == 2
