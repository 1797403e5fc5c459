"""Decoding an article's kept file bytes again: a new version, tags kept, clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.archive import Archive
from db.errors import ArchiveError
from db.importer import import_paths
from db.redecode import can_redecode, redecode
from db.text_decoding import encode_tcvn3
from tests.db.readers.test_import_formats import ARTICLE
from tests.db.readers.test_rtf_format import escaped, rtf_document


def test_redecode_replaces_the_text_as_a_new_version(archive: Archive, tmp_path: Path) -> None:
    # A short TCVN3 file that detection reads as Windows-1258 (both plausible).
    text = " date 2004-09 Thông tư liên tịch\n\nBộ Tài chính hướng dẫn thực hiện.\n"
    path = tmp_path / "tt.txt"
    path.write_bytes(encode_tcvn3(text))
    (article_id,) = (id_ for _, id_ in import_paths(archive, [path]).imported)
    archive.update(article_id, tags=["luật"])
    for encoding in ("vni", "tcvn3"):
        updated = redecode(archive, article_id, encoding)
        assert updated.encoding == encoding
    assert updated.title == "Thông tư liên tịch"
    assert updated.body == "Bộ Tài chính hướng dẫn thực hiện."
    assert updated.tags == ["luật"]
    assert archive.total() == 1
    assert [v.change for v in archive.history(article_id)][:2] == [
        "re-decoded as tcvn3",
        "re-decoded as vni",
    ]
    with pytest.raises(ArchiveError, match="Unknown encoding"):
        redecode(archive, article_id, "klingon")


def test_redecode_rtf_and_unicode_articles(archive: Archive, tmp_path: Path) -> None:
    rtf = tmp_path / "a.rtf"
    rtf.write_bytes(rtf_document(b"\\f2 " + escaped(encode_tcvn3("Thông tư mới")) + b"\\par"))
    (tmp_path / "u.txt").write_text(ARTICLE, encoding="utf-8")
    report = import_paths(archive, [rtf, tmp_path / "u.txt"])
    rtf_id, text_id = (id_ for _, id_ in report.imported)
    assert archive.get(rtf_id).title != "Thông tư mới"  # the VNI font was misleading
    assert redecode(archive, rtf_id, "tcvn3").title == "Thông tư mới"
    with pytest.raises(ArchiveError, match="no legacy bytes"):
        redecode(archive, text_id, "tcvn3")


def test_only_articles_with_legacy_bytes_offer_it(archive: Archive, tmp_path: Path) -> None:
    legacy = tmp_path / "tt.txt"
    legacy.write_bytes(encode_tcvn3(" date 2004 Thông tư\n\nBộ Tài chính hướng dẫn.\n"))
    (tmp_path / "u.txt").write_text(ARTICLE, encoding="utf-8")
    legacy_id, text_id = (
        id_ for _, id_ in import_paths(archive, [legacy, tmp_path / "u.txt"]).imported
    )
    assert can_redecode(archive.get(legacy_id))
    assert not can_redecode(archive.get(text_id))


def test_a_change_made_meanwhile_is_not_overwritten(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "tt.txt"
    path.write_bytes(encode_tcvn3(" date 2004 Thông tư\n\nBộ Tài chính hướng dẫn.\n"))
    (article_id,) = (id_ for _, id_ in import_paths(archive, [path]).imported)
    version = archive.get(article_id).version
    archive.update(article_id, title="Sửa tay")
    with pytest.raises(ArchiveError, match="changed elsewhere"):
        archive.store_redecoded(
            article_id, archive.get(article_id), encoding="vni", expected_version=version
        )
    assert archive.get(article_id).title == "Sửa tay"
