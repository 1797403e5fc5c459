"""A report shows each document's number under its title and in the contents."""

from __future__ import annotations

from pathlib import Path

from db.archive import Archive
from db.models import ArticleFields
from desktop.cli.main import main
from tests.desktop.export.conftest import page_texts


def test_the_number_is_printed_under_the_title(
    archive: Archive, fonts: None, out_dir: Path
) -> None:
    del fonts
    article = archive.insert(
        ArticleFields(
            title="Quyết định về việc ban hành Chương trình cải cách hành chính",
            body="Căn cứ Luật Tổ chức chính quyền địa phương;",
            date="2004-07-01",
            number="256/2004/QĐ-UB",
        )
    )
    for language, label in (
        ("vi", "Số, ký hiệu: 256/2004/QĐ-UB"),
        ("en", "Number: 256/2004/QĐ-UB"),
    ):
        target = out_dir / f"{language}.pdf"
        args = ["--db", str(archive.path), "export-pdf", "--ids", str(article.id)]
        assert main([*args, "-o", str(target), "--language", language]) == 0
        cover, contents, page = page_texts(target)
        assert "256/2004/QĐ-UB" in contents
        assert page.index("cải cách hành chính") < page.index(label) < page.index("Căn cứ")
