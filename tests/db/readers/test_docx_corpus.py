"""Real .docx files (LibreOffice's copies of real Vietnamese .doc files) through the import.

Scored as ``../shared/tools/score_import.py`` scores them, with the viparse-corpus metric:
the share of the transcript's marked letters that come back exactly. The files and the
metric are not ours: the test reads them from ``../shared`` and skips without it.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from db.archive import Archive
from db.importer import import_paths
from db.readers.legacy_fonts import font_bytes
from db.text_decoding import decode_legacy
from tests.conftest import SHARED

CORPUS = SHARED / "corpus" / "legacy-office"
FOLDER = CORPUS / "lo" / "docx"
TRUTH = CORPUS / "truth"
GOAL = 0.97
# The same markup score_import.py removes before scoring.
_MARKUP = re.compile(r"(\\(?=[^\w\s])|[*_#`>|]|^\s*[-+]\s|!\[[^\]]*\]\([^)]*\))", re.M)
_DELETED = re.compile(r"<w:del\b[^>]*>(.*?)</w:del>", re.S)
_DELETED_TEXT = re.compile(r"<w:delText[^>]*>([^<]*)</w:delText>|<w:softHyphen/>")

pytestmark = pytest.mark.skipif(not FOLDER.is_dir(), reason="../shared is not here")


def _metric() -> ModuleType:
    if "viparse_score" in sys.modules:
        return sys.modules["viparse_score"]
    spec = importlib.util.spec_from_file_location(
        "viparse_score", SHARED / "tools" / "viparse_score.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["viparse_score"] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def _encodings() -> dict[str, str]:
    lines = (CORPUS / "encodings.tsv").read_text(encoding="utf-8").splitlines()
    return {Path(name).stem: encoding for name, encoding in (line.split("\t") for line in lines)}


def _deleted_share(path: Path, truth: str, encoding: str, metric: ModuleType) -> float:
    """The share of the transcript's marked letters that are tracked deletions.

    The transcripts were made from the whole .doc text, deletions included; the reader
    leaves deletions out, as Word shows the document. Those letters cannot come back.
    """
    with zipfile.ZipFile(path) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    pieces = [
        match.group(1) if match.group(1) is not None else "\u00ad"
        for block in _DELETED.findall(xml)
        for match in _DELETED_TEXT.finditer(block)
    ]
    raw = font_bytes("".join(pieces).replace("&amp;", "&").replace("&quot;", '"')) or b""
    deleted = decode_legacy(raw, encoding).lower()
    marked = sum(1 for char in deleted if metric.is_diacritic_bearing(char))
    total = sum(1 for char in truth if metric.is_diacritic_bearing(char))
    return marked / total if total else 0.0


@pytest.mark.slow
@pytest.mark.parametrize(
    "name", sorted(path.name for path in FOLDER.glob("*.docx")) if FOLDER.is_dir() else []
)
def test_each_real_docx_keeps_its_vietnamese(archive: Archive, name: str) -> None:
    metric = _metric()
    path = FOLDER / name
    report = import_paths(archive, [path])
    assert not report.failed, report.failed
    (_, article_id), = report.imported
    article = archive.get(article_id)
    fields = [article.source, getattr(article, "number", None), article.title, article.author]
    predicted = "\n".join([*(str(field or "") for field in fields), _MARKUP.sub(" ", article.body)])
    truth = (TRUTH / f"{path.stem}.txt").read_text(encoding="utf-8").lower()
    score = metric.score_pair(name, predicted.lower(), truth)
    goal = GOAL * (1 - _deleted_share(path, truth, _encodings()[path.stem], metric))
    assert score.diacritic_accuracy >= goal, f"{name}: {score.diacritic_accuracy:.3f} < {goal:.3f}"
