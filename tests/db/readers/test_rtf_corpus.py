"""The real Vietnamese RTF files of ../shared, through the real import, letter for letter.

Each file of ``legacy-office/rtf`` (Word 97, ``.VnTime``) and ``legacy-office/lo/rtf``
(LibreOffice's copies of the real ``.doc`` files) is imported into an archive and read
back; title, author, source and body are scored against the hand-checked transcript
with the viparse metric (``../shared/tools/score_import.py``, as CI runs it): the share
of the transcript's marked letters that come back exactly. Skipped where ``../shared``
is absent (a user's clone).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from db.archive import Archive
from db.importer import import_paths

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
OFFICE = SHARED / "corpus" / "legacy-office"
TOOLS = SHARED / "tools"
FILES = sorted((OFFICE / "rtf").glob("*.rtf")) + sorted((OFFICE / "lo" / "rtf").glob("*.rtf"))
# The transcripts keep the text of tracked deletions, which the import rightly leaves
# out; this file's score is checked on a copy whose deletions are accepted as text.
WITH_DELETIONS = "2004-1ED4D_Francois_Godement-Thoikyquado.rtf"

pytestmark = [
    pytest.mark.skipif(not FILES, reason="../shared/corpus is not here"),
    pytest.mark.slow,  # the metric aligns 185 KB of text for the largest file
]


@pytest.fixture(scope="module")
def scoring() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_import", TOOLS / "score_import.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_import", module)
    spec.loader.exec_module(module)
    return module


def imported_text(archive: Archive, path: Path) -> str:
    report = import_paths(archive, [path])
    assert not report.failed, report.failed
    [(_, article_id)] = report.imported
    article = archive.get(article_id)
    fields = [article.source, article.title, article.author]
    return "\n".join([*(value or "" for value in fields), article.body])


def diacritic_accuracy(scoring: ModuleType, name: str, text: str) -> float:
    truth = (OFFICE / "truth" / f"{Path(name).stem}.txt").read_text(encoding="utf-8")
    score = scoring.vs.score_pair(name, scoring.plain(text).lower(), truth.lower())
    return 1.0 if score.diacritic_accuracy is None else float(score.diacritic_accuracy)


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.parent.name}-{p.name}" for p in FILES])
def test_each_real_file_keeps_its_vietnamese(
    scoring: ModuleType, archive: Archive, tmp_path: Path, path: Path
) -> None:
    if path.name == WITH_DELETIONS:
        accepted = tmp_path / path.name
        accepted.write_bytes(path.read_bytes().replace(b"\\deleted", b"\\accepted"))
        path = accepted
    accuracy = diacritic_accuracy(scoring, path.name, imported_text(archive, path))
    assert accuracy >= 0.97


@pytest.mark.skipif(not (OFFICE / "lo" / "rtf" / WITH_DELETIONS).exists(), reason="no file")
def test_tracked_deletions_of_the_real_file_are_left_out(archive: Archive) -> None:
    text = imported_text(archive, OFFICE / "lo" / "rtf" / WITH_DELETIONS)
    # A passage the author deleted with changes tracked, and one that stays.
    assert "thầy ơi" not in text
    assert "Kết luận" in text


def test_the_word97_files_name_their_encoding(archive: Archive) -> None:
    report = import_paths(archive, sorted((OFFICE / "rtf").glob("*.rtf")))
    assert len(report.imported) == 3 and not report.notes
    for _, article_id in report.imported:
        article = archive.get(article_id)
        assert article.encoding == "tcvn3"
        assert archive.original_bytes(article.id) is not None  # kept for re-decoding
