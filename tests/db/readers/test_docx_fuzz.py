"""Hypothesis over Word documents: their XML structure and their zip members.

Documents are built from the pieces real files are made of (runs, tracked changes,
fields, content controls, hidden runs, text boxes with their fallback copies, tables in
tables). Each piece of text is a marker word that must come back (what Word shows) or
must not (what Word hides): a reader that drops text, or shows deleted text, a field's
instruction or both branches of an alternative, fails.
"""

from __future__ import annotations

import io
import itertools
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.models import NewArticle
from db.readers import FailureKind, ReadError, read_article_file
from tests.db.readers.docx_fixtures import build_docx

FUZZ = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_names = itertools.count()


@dataclass
class Piece:
    """Document XML with the words it must show and the words it must not."""

    xml: str
    shown: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)

    def __add__(self, other: Piece) -> Piece:
        return Piece(self.xml + other.xml, self.shown + other.shown, self.hidden + other.hidden)


_counter = itertools.count()


def _word(kind: str) -> str:
    return f"{kind}{next(_counter)}q"


def _shown_run(_: object) -> Piece:
    word = _word("show")
    return Piece(f'<w:r><w:t xml:space="preserve"> {word} </w:t></w:r>', [word])


def _hidden_run(kind: int) -> Piece:
    word = _word("hide")
    if kind == 0:
        return Piece(f"<w:r><w:rPr><w:vanish/></w:rPr><w:t>{word}</w:t></w:r>", [], [word])
    if kind == 1:
        return Piece(
            f'<w:del w:id="1" w:author="x"><w:r><w:delText>{word}</w:delText></w:r></w:del>',
            [],
            [word],
        )
    if kind == 2:
        return Piece(f'<w:moveFrom w:id="2"><w:r><w:t>{word}</w:t></w:r></w:moveFrom>', [], [word])
    return Piece(f"<w:r><w:instrText>{word}</w:instrText></w:r>", [], [word])


def _wrap_inline(kind: int, inner: Piece) -> Piece:
    if kind == 0:
        return Piece(f'<w:ins w:id="3" w:author="x">{inner.xml}</w:ins>', inner.shown, inner.hidden)
    if kind == 1:
        return Piece(
            f"<w:sdt><w:sdtPr/><w:sdtContent>{inner.xml}</w:sdtContent></w:sdt>",
            inner.shown,
            inner.hidden,
        )
    if kind == 2:
        return Piece(f'<w:hyperlink r:id="x">{inner.xml}</w:hyperlink>', inner.shown, inner.hidden)
    if kind == 3:
        instruction = _word("hide")
        return Piece(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f"<w:r><w:instrText>{instruction}</w:instrText></w:r>"
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{inner.xml}<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            inner.shown,
            [*inner.hidden, instruction],
        )
    if kind == 4:
        wrapped = f'<w:fldSimple w:instr="PAGE">{inner.xml}</w:fldSimple>'
    else:
        wrapped = f'<w:smartTag w:element="x">{inner.xml}</w:smartTag>'
    return Piece(wrapped, inner.shown, inner.hidden)


inline: st.SearchStrategy[Piece] = st.recursive(
    st.one_of(st.just(None).map(_shown_run), st.integers(0, 3).map(_hidden_run)),
    lambda children: st.one_of(
        st.tuples(st.integers(0, 5), children).map(lambda pair: _wrap_inline(*pair)),
        st.lists(children, min_size=2, max_size=4).map(lambda parts: sum(parts[1:], parts[0])),
    ),
    max_leaves=12,
)


def _paragraph(content: Piece) -> Piece:
    return Piece(f"<w:p>{content.xml}</w:p>", content.shown, content.hidden)


def _text_box(content: Piece) -> Piece:
    fallback = _word("hide")
    box = f"<w:txbxContent><w:p>{content.xml}</w:p></w:txbxContent>"
    copy = f"<w:txbxContent><w:p><w:r><w:t>{fallback}</w:t></w:r></w:p></w:txbxContent>"
    return Piece(
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>'
        f"{box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>{copy}"
        "</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
        content.shown,
        [*content.hidden, fallback],
    )


def _table(cells: list[Piece]) -> Piece:
    row = "".join(f"<w:tc>{cell.xml}<w:p/></w:tc>" for cell in cells)
    return Piece(
        f"<w:tbl><w:tr>{row}</w:tr><w:tr>{row.replace('show', 'SHOW').replace('hide', 'HIDE')}"
        "</w:tr></w:tbl>",
        [word for cell in cells for word in cell.shown]
        + [word.replace("show", "SHOW") for cell in cells for word in cell.shown],
        [word for cell in cells for word in cell.hidden],
    )


blocks: st.SearchStrategy[Piece] = st.recursive(
    inline.map(_paragraph),
    lambda children: st.one_of(
        st.lists(children, min_size=1, max_size=3).map(_table),
        children.map(
            lambda piece: Piece(
                f"<w:sdt><w:sdtContent>{piece.xml}</w:sdtContent></w:sdt>",
                piece.shown,
                piece.hidden,
            )
        ),
        inline.map(_text_box),
        st.lists(children, min_size=2, max_size=4).map(lambda parts: sum(parts[1:], parts[0])),
    ),
    max_leaves=8,
)


def _read(folder: Path, data: bytes) -> NewArticle | ReadError:
    path = folder / f"fuzz-{next(_names)}.docx"
    path.write_bytes(data)
    try:
        return read_article_file(path)
    except ReadError as error:
        assert isinstance(error.kind, FailureKind) and error.detail
        assert "object at 0x" not in error.detail
        return error
    finally:
        path.unlink()


@FUZZ
@given(document=st.lists(blocks, min_size=1, max_size=4).map(lambda p: sum(p[1:], p[0])))
def test_what_word_shows_comes_back_and_nothing_else(tmp_path: Path, document: Piece) -> None:
    result = _read(tmp_path, build_docx(document.xml))
    if not document.shown:
        assert isinstance(result, ReadError) and result.kind is FailureKind.EMPTY
        return
    assert isinstance(result, NewArticle), result
    fields = (result.title, result.author, result.source, result.body)
    text = " ".join(str(part or "") for part in fields)
    for word in document.shown:
        assert word in text, word
    for word in document.hidden:
        assert word.lower() not in text.lower(), word


_PARTS = [
    "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
    "word/styles.xml", "word/numbering.xml", "word/footnotes.xml", "word/theme/theme1.xml",
    "docProps/core.xml", "word/media/image1.png", "WORD/Document.XML", "../evil.xml",
]
member_bytes = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.sampled_from(
        [
            b"<w:document><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>",
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>',
            b"<Relationships><Relationship Id='a' Type='x/officeDocument' Target='/'/>"
            b"</Relationships>",
            b"<Types><Override PartName='/word/document.xml' ContentType='x'/></Types>",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
            b"<w:styles><w:style w:styleId='a'><w:basedOn w:val='a'/></w:style></w:styles>",
        ]
    ),
)


@FUZZ
@given(
    members=st.dictionaries(st.sampled_from(_PARTS), member_bytes, max_size=8),
    keep_valid=st.booleans(),
)
def test_any_package_ends_in_an_article_or_one_reason(
    tmp_path: Path, members: dict[str, bytes], keep_valid: bool
) -> None:
    buffer = io.BytesIO()
    base = build_docx("<w:p><w:r><w:t>Nội dung</w:t></w:r></w:p>") if keep_valid else None
    with zipfile.ZipFile(buffer, "w") as package:
        if base is not None:
            with zipfile.ZipFile(io.BytesIO(base)) as valid:
                for info in valid.infolist():
                    if info.filename not in members:
                        package.writestr(info.filename, valid.read(info))
        for name, data in members.items():
            package.writestr(name, data)
    _read(tmp_path, buffer.getvalue())


@FUZZ
@given(cut=st.integers(0, 4000), flip=st.integers(0, 4000), value=st.integers(0, 255))
def test_damaged_bytes_end_in_an_article_or_one_reason(
    tmp_path: Path, cut: int, flip: int, value: int
) -> None:
    data = bytearray(build_docx("<w:p><w:r><w:t>Nội dung một đoạn văn.</w:t></w:r></w:p>"))
    if flip < len(data):
        data[flip] = value
    _read(tmp_path, bytes(data[: max(cut, 1)]) if cut < len(data) else bytes(data))
