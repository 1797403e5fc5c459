"""An import that never gives up (issue 14): good files land whatever sits beside them.

One test builds a folder of good and hostile files and checks that every good file is
imported and every other has a one-line reason; the others reproduce one defect each.
"""

from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path

import pytest

from db import importer
from db.archive import Archive
from db.importer import FileProblem, ImportReport, import_paths
from db.models import ArticleFilter, NewArticle
from db.readers import FailureKind
from db.readers.errors import Reason
from db.text_decoding import encode_tcvn3

PARAGRAPH = "Đảng ủy Bộ đội Biên phòng tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác năm"


def _article(title: str) -> str:
    return f" date 2023-12 {title}\n\n{PARAGRAPH}.\n\nQuốc Toản (CTV)\n"


def _by_name(problems: list[FileProblem]) -> dict[str, FileProblem]:
    return {problem.path.name: problem for problem in problems}


def _one_line_reasons(report: ImportReport) -> None:
    for problem in report.failed + report.skipped + report.notes:
        text = str(problem)
        assert "\n" not in text and "object at 0x" not in text and "Traceback" not in text
        assert isinstance(problem.detail, Reason), text  # catalogued: the window translates it


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_folder_of_good_and_hostile_files_imports_every_good_one(
    archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = {
        "a.txt": _article("Tin một").encode(),
        "b.md": f"---\ntitle: Tin hai\ndate: 2023-05\n---\n{PARAGRAPH}\n".encode(),
        "c.html": f"<html><body><h1>Tin ba</h1><p>{PARAGRAPH}</p></body></html>".encode(),
        "d.rtf": b"{\\rtf1\\ansi Tin b\\'e1n\\par " + PARAGRAPH.encode("ascii", "ignore") + b"}",
        "emoji.rtf": b"{\\rtf1\\ansi Vui \\u-10179?\\u-8694? qu\\'e1}",
        "deep.html": ("<html><body>" + "<div>" * 3000 + "Tin sâu" + "</div>" * 3000).encode(),
        "unclosed.htm": ("<html><body><p>Tin mở" + "<b><i><font>" * 1000 + PARAGRAPH).encode(),
        "nul.txt": (_article("Tin NUL") + "cuối\x00\x00 bài\n").encode(),
        "date.md": f"---\ntitle: Tin ngày lạ\ndate: July 17, 2006\n---\n{PARAGRAPH}\n".encode(),
        "cyrillic.html": '<meta charset="windows-1251"><p>Привет, мир</p>'.encode("cp1251"),
        "tcvn3.txt": encode_tcvn3(_article("Thông tư liên tịch")),
        "looks-like-url.html": b"http://example.com/trang",
    }
    for name, data in good.items():
        (folder / name).write_bytes(data)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "bad.md").write_text("---\ntitle: [unclosed\n---\nx\n", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "random.txt").symlink_to("/dev/urandom")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a library warning reaching the user fails here
        report = import_paths(archive, [folder])
    assert sorted(path.name for path, _ in report.imported) == sorted(good)
    assert archive.total() == len(good)
    failed = _by_name(report.failed)
    assert set(failed) == {"empty.txt", "junk.txt", "bad.md", "gone.txt"}
    assert failed["gone.txt"].detail.startswith("a broken link")
    skipped = _by_name(report.skipped)
    assert skipped["pipe.txt"].kind is FailureKind.NOT_A_FILE
    assert skipped["random.txt"].kind is FailureKind.NOT_A_FILE
    assert "/dev/urandom" in skipped["random.txt"].detail
    notes = {problem.path.name for problem in report.notes}
    assert {"deep.html", "nul.txt", "date.md"} <= notes
    _one_line_reasons(report)
    assert archive.check() == []


@pytest.mark.parametrize(
    "error",
    [RecursionError(), MemoryError(), ValueError("<_io.BytesIO object at 0x7f>"), KeyError("w")],
    ids=["recursion", "memory", "value", "key"],
)
def test_any_exception_of_a_reader_fails_that_file_only(
    archive: Archive,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    error: BaseException,
) -> None:
    import db.readers

    def broken(*_args: object, **_kwargs: object) -> None:
        raise error

    monkeypatch.setattr(db.readers, "parse_html", broken)
    (tmp_path / "a.txt").write_text(_article("Tin tốt"), encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>trang</p>", encoding="utf-8")
    (tmp_path / "c.txt").write_text(_article("Tin tốt nữa"), encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="db"):
        report = import_paths(archive, [tmp_path])
    assert [path.name for path, _ in report.imported] == ["a.txt", "c.txt"]
    problem = _by_name(report.failed)["b.html"]
    assert problem.kind in (FailureKind.TOO_LARGE, FailureKind.DAMAGED)
    assert "0x7f" not in str(problem)
    _one_line_reasons(report)
    if not isinstance(error, MemoryError):
        assert any(record.exc_info for record in caplog.records)  # the traceback: log only


def test_a_file_name_that_is_not_utf8_is_stored_readably(archive: Archive, tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    try:
        with open(folder + b"/b\xe1o c\xe1o.txt", "wb") as handle:
            handle.write(_article("Tên tệp lạ").encode())
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    (tmp_path / "khác.txt").write_text(_article("Tin khác"), encoding="utf-8")
    report = import_paths(archive, [tmp_path])
    assert len(report.imported) == 2 and not report.failed
    names = sorted(archive.get(article_id).original_name or "" for _, article_id in report.imported)
    assert names == ["b\ufffdo c\ufffdo.txt", "khác.txt"]
    assert "\ufffd" in str(FileProblem(report.imported[0][0], None, "x"))


def test_a_batch_the_archive_refuses_is_stored_file_by_file(
    archive: Archive, tmp_path: Path
) -> None:
    report = ImportReport(import_id=archive.start_import())
    pending = [
        (tmp_path / f"{n}.txt", NewArticle(title=f"Tin {n}", body=f"Thân {n}", fingerprint=str(n)))
        for n in range(3)
    ]
    # A lone surrogate (what os.fsdecode makes of a bad byte) cannot be encoded by SQLite:
    # the whole batch fails, then only this article does.
    pending[1][1].original_name = "b\udce1d.txt"
    importer._flush(archive, pending, report, allow_duplicates=False)
    assert [path.name for path, _ in report.imported] == ["0.txt", "2.txt"]
    assert _by_name(report.failed)["1.txt"].detail.key == "file.not-stored"  # type: ignore[attr-defined]
    assert archive.total() == 2 and not pending


def test_a_long_first_paragraph_stays_whole(archive: Archive, tmp_path: Path) -> None:
    long_paragraph = " ".join([PARAGRAPH] * 8) + " kết thúc ở đây."
    (tmp_path / "long.txt").write_text(f"{long_paragraph}\n\nĐoạn hai.\n", encoding="utf-8")
    report = import_paths(archive, [tmp_path])
    article = archive.get(report.imported[0][1])
    assert len(article.title) <= 121 and article.title.endswith("…")
    assert long_paragraph in article.body and "Đoạn hai." in article.body


def test_title_on_the_first_line_without_a_blank_line(archive: Archive, tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text(f"Tiêu đề ngắn\n{PARAGRAPH}.\n", encoding="utf-8")
    article = archive.get(import_paths(archive, [tmp_path]).imported[0][1])
    assert article.title == "Tiêu đề ngắn"
    assert article.body.startswith(PARAGRAPH)


@pytest.mark.parametrize(
    "credit", ["Ảnh: GokuAgency - Hải Long", "Video: Minh Châu", "Clip: VTV", "Ảnh: Trương Tùng"]
)
def test_a_photo_or_video_credit_is_never_the_author(
    archive: Archive, tmp_path: Path, credit: str
) -> None:
    (tmp_path / "a.txt").write_text(
        f" date 2021-04 Tin\n\n{PARAGRAPH}.\n\nTiến Tuấn\n\n{credit}\n", encoding="utf-8"
    )
    article = archive.get(import_paths(archive, [tmp_path]).imported[0][1])
    assert article.author == "Tiến Tuấn"  # the byline above the credit
    assert article.body.rstrip().endswith(f"*{credit}*")  # kept, as a credit line
    assert "Tiến Tuấn" not in article.body


@pytest.mark.parametrize("credit", ["Ảnh: GokuAgency - Hải Long", "Video: Minh Châu"])
def test_a_credit_after_the_text_is_no_author_either(
    archive: Archive, tmp_path: Path, credit: str
) -> None:
    (tmp_path / "a.txt").write_text(
        f" date 2021-04 Tin\n\n{PARAGRAPH}.\n\n{credit}\n", encoding="utf-8"
    )
    article = archive.get(import_paths(archive, [tmp_path]).imported[0][1])
    assert (article.author, article.source) == (None, None)
    assert article.body.rstrip().endswith(f"*{credit}*")


def test_control_characters_are_removed_tabs_and_newlines_kept(
    archive: Archive, tmp_path: Path
) -> None:
    text = _article("Tin điều khiển") + "Cột\tmột\x01\x1b\x7f\x85 hai\x00.\n"
    (tmp_path / "c.txt").write_bytes(text.encode())
    report = import_paths(archive, [tmp_path])
    body = archive.get(report.imported[0][1]).body
    assert "Cột\tmột hai." in body
    assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in body)
    assert [note.detail.key for note in report.notes] == ["text.control-characters"]  # type: ignore[attr-defined]


def test_an_unknown_front_matter_date_keeps_the_article(archive: Archive, tmp_path: Path) -> None:
    (tmp_path / "d.md").write_text(
        "---\ntitle: Bài\ndate: July 17, 2006\nauthor: Lê Văn A\n---\nThân bài.\n",
        encoding="utf-8",
    )
    report = import_paths(archive, [tmp_path])
    article = archive.get(report.imported[0][1])
    assert (article.title, article.date, article.author) == ("Bài", None, "Lê Văn A")
    assert "July 17, 2006" in report.notes[0].detail
    assert report.notes[0].kind is None  # a note, not a failure
    assert not report.failed


@pytest.mark.parametrize(
    ("declaration", "codec", "text"),
    [
        ('<meta charset="windows-1251">', "cp1251", "Привет, мир: новости"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">',
            "iso8859-6",
            "مرحبا بالعالم",
        ),
        ('<meta charset="shift_jis">', "shift_jis", "こんにちは世界"),
        ('<?xml version="1.0" encoding="koi8-r"?><html>', "koi8-r", "Здравствуй"),
    ],
)
def test_the_declared_charset_of_a_page_is_honoured(
    archive: Archive, tmp_path: Path, declaration: str, codec: str, text: str
) -> None:
    (tmp_path / "p.html").write_bytes(f"{declaration}<body><p>{text}</p></body>".encode(codec))
    article = archive.get(import_paths(archive, [tmp_path]).imported[0][1])
    assert text in article.body
    assert article.encoding == codec


def test_a_western_label_on_a_tcvn3_page_reads_as_vietnamese(
    archive: Archive, tmp_path: Path
) -> None:
    page = (
        b'<meta charset="iso-8859-1"><body><p><font face=".VnTime">'
        + encode_tcvn3(PARAGRAPH)
        + b"</font></p></body>"
    )
    (tmp_path / "old.html").write_bytes(page)
    article = archive.get(import_paths(archive, [tmp_path]).imported[0][1])
    assert PARAGRAPH in article.body and article.encoding == "tcvn3"


def test_special_files_named_directly_are_skipped(archive: Archive, tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("FIFOs are POSIX")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    report = import_paths(archive, [tmp_path / "pipe.txt", tmp_path / "zero.txt"])
    assert [p.kind for p in report.skipped] == [FailureKind.NOT_A_FILE] * 2
    assert not report.failed and archive.count(ArticleFilter()) == 0
