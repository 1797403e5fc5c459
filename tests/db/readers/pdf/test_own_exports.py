"""PDFs this program exports import back as their articles (both languages, both sizes)."""

from __future__ import annotations

import difflib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from db.archive import Archive
from db.models import NewArticle
from db.readers import read_article_file
from tests.conftest import SHARED

LEGACY_PDFS = SHARED / "corpus" / "legacy-office" / "pdf"
TRUTH = SHARED / "corpus" / "legacy-office" / "truth"
SCORER = SHARED / "tools" / "score_import.py"

PARAGRAPH = (
    "Trong năm qua, Đảng ủy Bộ đội Biên phòng tỉnh Thanh Hóa đã lãnh đạo các đồn biên phòng "
    "phối hợp chặt chẽ với cấp ủy, chính quyền địa phương, giữ vững chủ quyền an ninh biên "
    "giới, giúp đỡ đồng bào các dân tộc phát triển kinh tế, xóa đói giảm nghèo."
)
ARTICLES = [
    NewArticle(
        title="Hội nghị tổng kết công tác năm của Đảng ủy Bộ đội Biên phòng tỉnh Thanh Hóa",
        body="\n\n".join(
            f"Đoạn {n}: {' '.join(PARAGRAPH.split()[n % 7 :])} Tổ {n} báo cáo "
            f"{'thêm ' * (n % 5)}xong."
            for n in range(1, 25)
        ),
        date="2023-12-20",
        author="Nguyễn Thị Hương",
        source="Báo Biên phòng",
        tags=["biên giới", "hội nghị"],
    ),
    NewArticle(title="Mùa xuân trên bản vùng cao", body=PARAGRAPH, date="2024-02"),
    NewArticle(title="Undated notes", body="Short text without a date or an author.\n\nSecond."),
]


def _words(markdown: str) -> list[str]:
    plain = re.sub(r"\\(.)", r"\1", markdown).replace("&lt;", "<").replace("&amp;", "&")
    return re.findall(r"\w+", plain.lower())


def _share_in_order(original: str, imported: str) -> float:
    words = _words(original)
    matcher = difflib.SequenceMatcher(None, words, _words(imported), autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(1, len(words))


@pytest.fixture
def exported(tmp_path: Path, qapp: object) -> Archive:  # noqa: ARG001 - Qt lays out the PDF
    archive = Archive.open(tmp_path / "source.sqlite3", create=True)
    archive.import_batch(ARTICLES, import_id=archive.start_import(), allow_duplicates=True)
    return archive


@pytest.mark.slow
@pytest.mark.parametrize(("language", "page_size"), [("vi", "A4"), ("en", "Letter")])
def test_separate_exports_import_back_as_their_articles(
    exported: Archive, tmp_path: Path, language: str, page_size: str
) -> None:
    from desktop.export.exporter import ExistingFiles, ExportRequest, export
    from desktop.export.page_setup import PageSetup
    from desktop.export.pdf_layout import ReportTexts

    texts = ReportTexts.vietnamese() if language == "vi" else ReportTexts()
    folder = tmp_path / "out"
    ids = [row.id for row in exported.rows(limit=10)]
    export(
        exported,
        ExportRequest(
            ids=ids,
            target=folder,
            separate=True,
            setup=PageSetup(page_size=page_size),
            texts=texts,
            existing=ExistingFiles.OVERWRITE,
        ),
    )
    for article_id in ids:
        original = exported.get(article_id)
        [path] = [p for p in folder.glob("*.pdf") if original.title[:20] in p.name]
        back = read_article_file(path)
        assert back.title == original.title
        assert back.date == original.date
        assert back.author == original.author
        assert back.source == original.source
        assert back.tags == original.tags
        assert _share_in_order(original.body, back.body) >= 0.97
        # No running header, page number or details line in the body.
        assert not re.search(r"Trang \d+/\d+|Page \d+ of \d+|Ngày:|Date:", back.body)
        assert back.original_bytes == path.read_bytes()


@pytest.mark.slow
def test_a_combined_report_imports_as_one_article_with_a_section_per_article(
    exported: Archive, tmp_path: Path
) -> None:
    from desktop.export.exporter import export_pdf

    target = tmp_path / "report.pdf"
    ids = [row.id for row in exported.rows(limit=10)]
    export_pdf(exported, ids, target, title="Báo cáo quý IV")
    back = read_article_file(target)
    assert back.title == "Báo cáo quý IV"
    for article_id in ids:
        original = exported.get(article_id)
        assert f"## {original.title}" in back.body
    assert "Mục lục" not in back.body and "Contents" not in back.body


def test_a_20_page_text_pdf_reads_quickly(exported: Archive, tmp_path: Path) -> None:
    """Not a timing assertion (the benchmark measures speed): the long file reads whole."""
    from desktop.export.exporter import export_pdf

    target = tmp_path / "long.pdf"
    export_pdf(exported, [row.id for row in exported.rows(limit=10)], target)
    back = read_article_file(target)
    assert all(f"Đoạn {n}:" in back.body for n in range(1, 25))


@pytest.mark.slow
@pytest.mark.skipif(not LEGACY_PDFS.is_dir(), reason="needs ../shared (the real legacy PDFs)")
@pytest.mark.parametrize("name", sorted(p.name for p in LEGACY_PDFS.glob("*.pdf")) or ["none"])
def test_real_legacy_pdfs_keep_their_vietnamese(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / name).symlink_to(LEGACY_PDFS / name)
    program = Path(sys.executable).with_name("archive-viewer")
    result = subprocess.run(
        [sys.executable, str(SCORER), str(program), str(folder), str(TRUTH), "--min", "0.95"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
