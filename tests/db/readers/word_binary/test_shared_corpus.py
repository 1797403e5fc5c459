"""Real .doc files from ../shared: Vietnamese accuracy of the import, and POI's structures.

The files are not ours and are read in place (skipped when ../shared is absent, as in a
user's clone). Accuracy is the viparse-corpus metric of ``tools/score_import.py``: the
share of the transcript's marked letters that come back exactly, in lower case and
without Markdown markup.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from types import ModuleType

import pytest

from db.archive import Archive
from db.importer import import_paths
from db.readers import FailureKind, ReadError
from db.readers.word_binary import read_word_document
from tests.conftest import SHARED

LEGACY = SHARED / "corpus" / "legacy-office"
STRUCTURES = SHARED / "corpus" / "word-structure"
TOOLS = SHARED / "tools"

# The transcripts keep the text of tracked deletions (SOURCES.md). This file has many,
# and its article is the final text, as Word shows it: 0.835 against the transcript,
# 1.000 with the deletions kept as the transcript was made. It is not scored here (the
# metric takes 20 s on text that differs that much); test_tracked_changes_... reads it.
KEEPS_DELETIONS = {"2004-1ED4D_Francois_Godement-Thoikyquado.doc"}
# POI's files that hold no readable Word text, and why.
REFUSED = {
    "password_password_cryptoapi.doc": FailureKind.PROTECTED,
    "WithArtShapes.doc": FailureKind.EMPTY,  # drawn shapes only
    "clusterfuzz-testcase-minimized-POIHWPFFuzzer-4947285593948160.doc": FailureKind.EMPTY,
}
_WORD = re.compile(r"\w+")
_MARKUP = re.compile(r"(\\(?=[^\w\s])|[*_#`>|]|^\s*[-+]\s|!\[[^\]]*\]\([^)]*\))", re.M)


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("viparse_score", TOOLS / "viparse_score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("viparse_score", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.skipif(not LEGACY.is_dir(), reason="../shared is not here")
def test_real_legacy_documents_read_letter_for_letter() -> None:
    # The reader's text in reading order (before the title and the head's fields are
    # taken out of it, which moves text the metric compares in order).
    scorer = _scorer()
    scores = {}
    for path in sorted((LEGACY / "doc").glob("*.doc")):
        if path.name in KEEPS_DELETIONS:
            continue
        article = read_word_document(path.read_bytes(), name=path.name)
        predicted = "\n".join(block.text for block in article.blocks)
        truth = (LEGACY / "truth" / f"{path.stem}.txt").read_text(encoding="utf-8")
        scores[path.name] = scorer.score_pair(path.name, predicted.lower(), truth.lower())
    assert len(scores) == 11
    accuracy = {name: score.diacritic_accuracy for name, score in scores.items()}
    assert all(value is None or value >= 0.98 for value in accuracy.values()), accuracy


@pytest.mark.slow
@pytest.mark.skipif(not LEGACY.is_dir(), reason="../shared is not here")
def test_real_legacy_documents_import_whole(archive: Archive) -> None:
    files = sorted((LEGACY / "doc").glob("*.doc"))
    report = import_paths(archive, files)
    assert not report.failed and len(report.imported) == 12
    for path, article_id in report.imported:
        assert archive.original_bytes(article_id) == path.read_bytes()
        article = archive.get(article_id)
        read = read_word_document(path.read_bytes(), name=path.name)
        # What the reader read is in the article: its fields and body together.
        words = Counter(_WORD.findall("\n".join(b.text for b in read.blocks).lower()))
        kept = " ".join(
            [str(getattr(article, key, None) or "") for key in ("source", "number", "title")]
            + [str(article.author or ""), _MARKUP.sub(" ", article.body)]
        )
        missing = words - Counter(_WORD.findall(kept.lower()))
        assert sum(missing.values()) <= max(2, sum(words.values()) // 200), (path.name, missing)


@pytest.mark.skipif(not LEGACY.is_dir(), reason="../shared is not here")
def test_tracked_changes_read_as_the_final_text() -> None:
    path = LEGACY / "doc" / "2004-1ED4D_Francois_Godement-Thoikyquado.doc"
    body = read_word_document(path.read_bytes(), name=path.name).fields.body
    assert (
        "Quá trình này vẫn chưa hoàn tất cũng như người ta chưa biết đích xác giai đoạn quá "
        "độ trường chinh này bao giờ mới kết thúc." in body
    )
    assert "nhưng vẫn chưa xác định xong" not in body  # deleted


@pytest.mark.slow
@pytest.mark.skipif(not STRUCTURES.is_dir(), reason="../shared is not here")
@pytest.mark.parametrize(
    "name", sorted(p.name for p in STRUCTURES.glob("*.doc")) if STRUCTURES.is_dir() else []
)
def test_every_structure_ends_in_an_article_or_one_reason(name: str) -> None:
    data = (STRUCTURES / name).read_bytes()
    try:
        article = read_word_document(data, name=name)
    except ReadError as error:
        assert REFUSED.get(name) is error.kind, str(error)
        assert "\n" not in str(error) and len(str(error)) < 200
        return
    assert name not in REFUSED
    assert article.fields.title.strip()


@pytest.mark.skipif(not STRUCTURES.is_dir(), reason="../shared is not here")
def test_word6_word95_and_code_pages() -> None:
    word6 = read_word_document((STRUCTURES / "Word6.doc").read_bytes(), name="Word6.doc")
    assert word6.version == "Word 6"
    assert word6.fields.title == "The quick brown fox jumps over the lazy dog"
    # A Russian Word 95 file: the font's character set says Windows-1251.
    russian = read_word_document((STRUCTURES / "Bug49933.doc").read_bytes(), name="b.doc")
    assert russian.version == "Word 95"
    assert russian.fields.title == "Компания Аскат М"
    assert "молдавских вин" in russian.fields.body
    assert not russian.notes
