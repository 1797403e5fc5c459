"""Bad input never crashes: random files through the readers, random text through search.

Each generated file either becomes an article with a title or is refused with a
``ReadError`` of one of the fixed categories; anything else escapes and fails the test
(no catch-all here). Bounded for CI: a few hundred files per test, deadline off.
"""

from __future__ import annotations

import io
import itertools
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.archive import Archive
from db.models import ArticleFields, ArticleFilter, NewArticle, SortOrder
from db.query import parse_query
from db.readers import FailureKind, ReadError, article_file_kind, read_article_file

CANDIDATE_EXTENSIONS = (
    ".txt", ".text", ".md", ".markdown", ".mdown", ".html", ".htm", ".xhtml", ".docx",
    ".rtf", ".doc", ".odt", ".pdf",
)
# Whatever the readers accept today (other formats are being added): each is fuzzed.
EXTENSIONS = tuple(ext for ext in CANDIDATE_EXTENSIONS if article_file_kind(Path("f" + ext)))

VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐƯƠ"
)
COMBINING = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
SYNTAX = ' "\'()[]{}<>-:*^+~.,;!?/\\|&%$#@=_`\n\r\t'
CONTROLS = "".join(chr(c) for c in (0, 1, 7, 8, 11, 12, 27, 127, 0x85, 0x2028, 0xFEFF, 0xFFFD))
FTS_WORDS = ("AND", "OR", "NOT", "NEAR", "NEAR(", "title_f", "body_m", "{title_m}", "rank")

text_pieces = st.one_of(
    st.text(alphabet=VIETNAMESE + COMBINING + SYNTAX + CONTROLS, max_size=30),
    st.sampled_from(FTS_WORDS),
    st.text(max_size=10),
)
messy_text = st.lists(text_pieces, max_size=12).map(" ".join)

FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_names = itertools.count()


def _docx(document_xml: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def _framed(extension: str, text: str) -> bytes:
    """Random text dressed as the format, so the reader gets past its first checks."""
    if extension == ".docx":
        return _docx(
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
            b'main"><w:body><w:p><w:r><w:t>' + text.encode("utf-8", "surrogatepass")
            + b"</w:t></w:r></w:p></w:body></w:document>"
        )
    if extension == ".rtf":
        return ("{\\rtf1\\ansi " + text + "}").encode("utf-8", "surrogatepass")
    if extension in (".html", ".htm", ".xhtml"):
        return f"<html><head><title>{text[:20]}</title></head><body><p>{text}</p>".encode(
            "utf-8", "surrogatepass"
        )
    return text.encode("utf-8", "surrogatepass")


def _read(folder: Path, extension: str, data: bytes) -> None:
    path = folder / f"bai-{next(_names)}{extension}"
    path.write_bytes(data)
    try:
        article = read_article_file(path)
    except ReadError as error:
        assert isinstance(error.kind, FailureKind)
        assert error.detail
        return
    finally:
        path.unlink()
    assert isinstance(article, NewArticle)
    assert article.title.strip()


@pytest.mark.skipif(not EXTENSIONS, reason="no reader registered")
@FUZZ
@given(extension=st.sampled_from(EXTENSIONS), data=st.binary(max_size=4096))
def test_random_bytes_in_every_format(tmp_path: Path, extension: str, data: bytes) -> None:
    _read(tmp_path, extension, data)


@FUZZ
@given(extension=st.sampled_from(EXTENSIONS), text=messy_text)
def test_random_text_in_every_format(tmp_path: Path, extension: str, text: str) -> None:
    _read(tmp_path, extension, _framed(extension, text))


@FUZZ
@given(
    extension=st.sampled_from(EXTENSIONS),
    text=messy_text,
    encoding=st.sampled_from(["utf-8-sig", "utf-16", "utf-16-le", "cp1258", "latin-1"]),
)
def test_random_text_in_other_encodings(
    tmp_path: Path, extension: str, text: str, encoding: str
) -> None:
    _read(tmp_path, extension, _framed(extension, text).decode("utf-8", "replace").encode(
        encoding, "replace"
    ))


@FUZZ
@given(extension=st.sampled_from(EXTENSIONS), data=st.binary(min_size=1, max_size=2048),
       cut=st.integers(min_value=0, max_value=4096))
def test_truncated_and_spliced_files(tmp_path: Path, extension: str, data: bytes, cut: int) -> None:
    good = _framed(extension, " date 2023-12 Tin biên phòng\n\nNội dung bài viết.")
    _read(tmp_path, extension, good[:cut] + data + good[cut:])


@pytest.fixture(scope="module")
def search_archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    path = tmp_path_factory.mktemp("fuzz") / "archive.sqlite3"
    with Archive.open(path, create=True) as archive:
        archive.insert_many(
            [
                ArticleFields(
                    title=f"Đồn biên phòng {n} hòa hoà thủy",
                    body='Ngư dân "Cửa Tùng" AND OR NOT NEAR (a-b) c:d * đ Đ ' * 3,
                    author="Nguyễn Văn Ân",
                    tags=["biên phòng"],
                )
                for n in range(30)
            ]
        )
        yield archive


@settings(max_examples=1500, deadline=None)
@given(query=messy_text, prefix_last=st.booleans())
def test_any_search_text_never_raises(
    search_archive: Archive, query: str, prefix_last: bool
) -> None:
    parse_query(query, prefix_last=prefix_last).to_fts()
    where = ArticleFilter(query=query, prefix_last=prefix_last)
    count = search_archive.count(where)
    rows = search_archive.rows(where, sort=SortOrder.RELEVANCE, limit=5, snippets=True)
    assert len(rows) == min(count, 5)
