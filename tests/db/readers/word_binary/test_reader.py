"""The project's own .doc fixtures (made by LibreOffice, see fixtures/README.md) read right."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.archive import Archive
from db.errors import ArchiveError
from db.importer import import_paths
from db.models import ArticleFilter
from db.readers import FailureKind, ReadError, read_article_file, redecode_article_bytes
from db.readers.word_binary import read_word_document
from db.redecode import redecode
from tests.db.readers.image_fixtures import tiny_png
from tests.db.readers.word_binary.make_fixtures import EXPECTED

FIXTURES = Path(__file__).parent / "fixtures"
LEGACY = FIXTURES / "legacy_fonts.doc"
STRUCTURE = FIXTURES / "structure.doc"
ADMINISTRATIVE = FIXTURES / "administrative.doc"


def _paragraphs(path: Path) -> list[str]:
    article = read_word_document(path.read_bytes(), name=path.name)
    return [article.fields.title, *article.fields.body.split("\n\n")]


def test_each_run_is_decoded_by_its_font() -> None:
    # Style font, capital font, VNI, a detected unknown font, Unicode beside TCVN3,
    # All caps, and Word's punctuation in a .VnTime run.
    assert _paragraphs(LEGACY) == EXPECTED["legacy_fonts"]


def test_legacy_article_says_what_it_decoded_and_keeps_the_file() -> None:
    article = read_article_file(LEGACY)
    assert article.encoding == "tcvn3+vni"
    assert article.original_bytes == LEGACY.read_bytes()
    # The unknown font's paragraph was a guess, and the import log says so.
    assert len(article.notes) == 1 and "TCVN3: 1" in article.notes[0]
    assert article.date == "2004-07-01"  # SummaryInformation's creation time


def test_structure_fields_tables_changes_and_pictures() -> None:
    article = read_article_file(STRUCTURE)
    body = article.body
    assert article.title == "TỔNG KẾT NĂM 2004"  # Heading 1 in .VnTimeH
    assert article.author == "Trần Văn B"  # the byline, not SummaryInformation's author
    assert "| chỉ tiêu | Năm 2004 |\n| --- | --- |\n" in body
    assert "| trồng rừng mới | 120 ha, đạt kế hoạch |" in body
    # Field results stay, instructions go.
    assert "Xem trang web và trang 1." in body
    assert "HYPERLINK" not in body and "example.org" not in body and "PAGE" not in body
    # Tracked changes as the final text; hidden text dropped.
    assert "Giữ lại phần chèn và bỏ phần xoá." in body
    assert "đã bị xoá" not in body
    assert "Hiện ra còn lại." in body and "ẩn" not in body
    # Numbers Word shows but does not store, and bullets.
    assert "Điều 1. Phạm vi\n\nĐiều 2. Đối tượng" in body
    assert "- Một\n\n- Hai" in body
    # The picture is kept like a .docx picture.
    assert [image.mime for image in article.images] == ["image/png"]
    assert article.images[0].data == tiny_png()
    assert f"![](image:{article.images[0].name})" in body
    # Text box and footnote follow the main text; the mark is numbered in both places.
    assert "Kết quả năm nay\\[1\\] tốt." in body
    assert "Trần Văn B" not in body  # the byline became the author
    assert body.index("Nội dung khung") > body.index("- Hai")
    assert body.endswith("\\[1\\] Theo số liệu của sở")


def test_administrative_rules_apply_to_doc() -> None:
    # The head laid out as a table, capitals in .VnTimeH: the shared rules find the
    # clerk's title, number, date and issuing body in the blocks the reader gives.
    article = read_article_file(ADMINISTRATIVE)
    assert article.title == "Quyết định về việc ban hành Chương trình cải cách hành chính"
    assert article.number == "256/2004/QĐ-UB"
    assert article.date == "2004-07-01"
    assert article.source == "Ủy ban nhân dân thành phố Cần Thơ"
    assert "| ỦY BAN NHÂN DÂN<br>THÀNH PHỐ CẦN THƠ<br>Số: 256/2004/QĐ-UB |" in article.body
    assert "Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;" in article.body
    assert article.body.endswith("TM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH\n\nNguyễn Văn A")


def test_import_search_and_redecode(archive: Archive) -> None:
    report = import_paths(archive, [LEGACY, STRUCTURE])
    assert report.summary() == "imported 2, duplicates 0, skipped 0, failed 0"
    assert [note.detail for note in report.notes] and "detection" in report.notes[0].detail
    # Vietnamese-first search finds words decoded from the legacy fonts.
    assert archive.count(ArticleFilter(query="kiem tra")) == 1
    assert archive.count(ArticleFilter(query="trong rung")) == 1
    article_id = next(i for path, i in report.imported if path.name == LEGACY.name)
    assert archive.images(article_id) == []
    original = archive.get(article_id)
    # Decoding every 8-bit run as VNI changes the TCVN3 text...
    as_vni = redecode(archive, article_id, "vni")
    assert as_vni.encoding == "vni" and as_vni.body != original.body
    # ...and choosing TCVN3 reads the .VnTime runs right again, Unicode untouched.
    as_tcvn3 = redecode(archive, article_id, "tcvn3")
    assert "Hà Nội và thành phố Đà Nẵng" in as_tcvn3.body
    assert as_tcvn3.title == original.title
    with pytest.raises(ArchiveError, match="tcvn3, vni, cp1258"):
        redecode(archive, article_id, "utf-8")


def test_redecode_reads_the_kept_bytes_with_the_chosen_encoding() -> None:
    fresh = redecode_article_bytes(LEGACY.read_bytes(), name=LEGACY.name, encoding="tcvn3")
    # The VNI run is now read as TCVN3, by the user's choice.
    assert "Thành phố Hồ Chí Minh" not in fresh.body
    assert "Người dân trong tỉnh được hướng dẫn" in fresh.body
    assert fresh.notes == []  # nothing was guessed
    with pytest.raises(ValueError, match="Unknown encoding"):
        redecode_article_bytes(LEGACY.read_bytes(), name=LEGACY.name, encoding="klingon")


def test_a_doc_that_is_really_rtf_or_text(tmp_path: Path) -> None:
    rtf = tmp_path / "saved-as-rtf.doc"
    rtf.write_bytes(rb"{\rtf1\ansi{\fonttbl{\f0 .VnTime;}}\f0 B\'e9 t\'b5i ch\'ddnh\par}")
    assert read_article_file(rtf).title == "Bộ tài chính"
    text = tmp_path / "notes.doc"
    text.write_bytes(b"Just some text that was never a Word file.\r\n")
    with pytest.raises(ReadError) as caught:
        read_article_file(text)
    assert caught.value.kind is FailureKind.UNSUPPORTED
    assert "save it as .docx" in caught.value.detail
