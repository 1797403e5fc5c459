"""A Word 97-2003 (and Word 6/95) document to an article's fields, images and notes.

The main text comes first, then text boxes, footnotes, endnotes, and last each different
header and footer once; comments are left out. Every way a file can fail ends in one
``ReadError``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from db.models import ArticleFields, ArticleImage
from db.readers.document_fields import Block, DocumentHints, fields_from_blocks
from db.readers.errors import FailureKind, ReadError, Reason, reason
from db.readers.word_binary import container as ole
from db.readers.word_binary import fib as fib_module
from db.readers.word_binary.binary import DocFormatError, plc
from db.readers.word_binary.blocks import BlockBuilder
from db.readers.word_binary.decoding import RunDecoder, chosen_encoding
from db.readers.word_binary.document import WordDocument, table_part
from db.readers.word_binary.fib import Fib, read_fib, word_version
from db.readers.word_binary.lists import ListNumbers, read_lists
from db.readers.word_binary.notes import NoteMarks, reference_positions
from db.readers.word_binary.pictures import Pictures
from db.readers.word_binary.summary import summary_hints
from db.readers.word_binary.text import StoryReader

# The stories read, in the order they go into the body.
_READ_STORIES = ("main", "textboxes", "footnotes", "endnotes")


@dataclass
class WordArticle:
    """What a Word document gave.

    Attributes:
        fields: title, date, author, source and the body's Markdown.
        images: its pictures.
        encodings: the legacy encodings its text was decoded with.
        notes: what the import log should say (guessed encodings, pictures left out).
        version: the Word version that wrote it, e.g. "Word 97-2003".
        blocks: the document's blocks in reading order (main text, then the other
            stories), as they were before the fields were taken out of them.
    """

    fields: ArticleFields
    images: list[ArticleImage] = field(default_factory=list)
    encodings: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    version: str = ""
    blocks: list[Block] = field(default_factory=list)


def read_word_document(data: bytes, *, name: str, encoding: str | None = None) -> WordArticle:
    """Read the bytes of a .doc file (raises ReadError, and ValueError for ``encoding``).

    ``encoding``: decode 8-bit text with this encoding (tcvn3, vni, cp1258) instead of
    by its fonts, for re-decoding an article the fonts misled.
    """
    chosen = chosen_encoding(encoding)
    if not data:
        raise ReadError(FailureKind.EMPTY, reason("file.empty"))
    fib, document, hints = _open(data)
    try:
        return _read(document, fib, hints, name=name, encoding=chosen)
    except ReadError:
        raise
    except DocFormatError as error:
        raise _damaged(error.reason) from error
    except RecursionError as error:
        raise ReadError(FailureKind.DAMAGED, reason("doc.nested-too-deep")) from error
    except (IndexError, KeyError, ValueError, OverflowError, UnicodeError) as error:
        # Every read is bounded and checked; this keeps a case no check foresaw from
        # reaching the user as a traceback.
        raise ReadError(FailureKind.DAMAGED, reason("doc.damaged-structure")) from error


def _damaged(detail: Reason) -> ReadError:
    return ReadError(FailureKind.DAMAGED, detail)


def _open(data: bytes) -> tuple[Fib, WordDocument, DocumentHints]:
    container = ole.open_container(data)
    try:
        ole.check_word_document(container)

        def stream(name: str, *, required: bool = True) -> bytes:
            found = ole.stream(container, name, file_size=len(data), required=required)
            return found or b""

        main = stream("WordDocument")
        try:
            fib = read_fib(main)
        except DocFormatError as error:
            raise _damaged(error.reason) from error
        if fib.encrypted:
            raise ReadError(FailureKind.PROTECTED, reason("doc.protected"))
        if fib.nfib < 101:
            raise ReadError(FailureKind.UNSUPPORTED, reason("doc.old-version"))
        # Word 6/95 keep their tables in WordDocument and have no Data stream.
        table = main if fib.word6 else stream(fib.table_stream)
        pictures = b"" if fib.word6 else stream("Data", required=False)
        hints = summary_hints(stream("\x05SummaryInformation", required=False))
    finally:
        container.close()
    try:
        document = WordDocument.load(fib, main, table, pictures)
    except DocFormatError as error:
        raise _damaged(error.reason) from error
    return fib, document, hints


def _read(
    document: WordDocument, fib: Fib, hints: DocumentHints, *, name: str, encoding: str | None
) -> WordArticle:
    decoder = RunDecoder(encoding)
    pictures = Pictures.of(document)
    notes = NoteMarks(
        reference_positions(table_part(fib, document.table, fib_module.PLCF_FND_REF)),
        reference_positions(table_part(fib, document.table, fib_module.PLCF_END_REF)),
    )
    reader = StoryReader(document, decoder, pictures, notes)
    builder = BlockBuilder(document.styles, _lists(document, encoding))
    ranges = _story_ranges(fib)
    for story in _READ_STORIES:
        start, end = ranges[story]
        if end > start:
            for paragraph in reader.read(start, end, story):
                builder.add(paragraph, story)
    _read_headers(document, reader, builder, ranges["headers"][0])
    stories = builder.finish()
    main = stories.pop("main", [])
    others = [block for story in stories.values() for block in story]
    if not main and not others:
        raise ReadError(FailureKind.EMPTY, reason("doc.no-text"))
    # The fields come from the main text (its last paragraph may be the byline); the
    # other stories follow it in the body.
    fields = fields_from_blocks(main or others, fallback_title=Path(name).stem, hints=hints)
    if main and others:
        appendix = "\n\n".join(block.markdown for block in others if block.markdown.strip())
        fields.body = f"{fields.body}\n\n{appendix}" if fields.body else appendix
    notes_out = list(decoder.paragraphs.notes)
    if pictures.left_out:
        notes_out.append(reason("doc.pictures-left-out", count=pictures.left_out))
    return WordArticle(
        fields=fields,
        images=pictures.images,
        encodings=set(decoder.paragraphs.encodings),
        notes=notes_out,
        version=word_version(fib.nfib),
        blocks=main + others,
    )


def _read_headers(
    document: WordDocument, reader: StoryReader, builder: BlockBuilder, start: int
) -> None:
    # Headers and footers go last, each different one once: sections repeat them, and
    # the first six entries of PlcfHdd are the note separators, not page text.
    fib = document.fib
    if fib.word6 or not fib.story_lengths[2]:
        return
    try:
        positions, _ = plc(
            table_part(fib, document.table, fib_module.PLCF_HDD), element_size=0, what="headers"
        )
    except DocFormatError:
        return
    seen: set[tuple[str, ...]] = set()
    end = start + fib.story_lengths[2]
    for first, last in zip(positions[6:], positions[7:], strict=False):
        if not 0 <= first < last or start + last > end:
            continue
        paragraphs = list(reader.read(start + first, start + last, "headers"))
        key = tuple(paragraph.text.strip() for paragraph in paragraphs)
        # A header of page numbers alone ("2", "- 3 -") says nothing about the article.
        if key in seen or not any(char.isalpha() for text in key for char in text):
            continue
        seen.add(key)
        for paragraph in paragraphs:
            builder.add(paragraph, "headers")


def _story_ranges(fib: Fib) -> dict[str, tuple[int, int]]:
    ranges = {}
    position = 0
    for story, length in zip(fib_module.STORIES, fib.story_lengths, strict=True):
        ranges[story] = (position, position + length)
        position += length
    return ranges


def _lists(document: WordDocument, encoding: str | None) -> ListNumbers:
    fib = document.fib
    if fib.word6:
        return ListNumbers.empty()
    fc, lcb = fib.pair(fib_module.PLF_LST)
    if not lcb:
        return ListNumbers.empty()

    def decode(text: str, font: int | None) -> str:
        one = RunDecoder(encoding)
        one.add(text, document.font_name(font), capitals=False)
        return one.end_paragraph()

    return read_lists(
        table_part(fib, document.table, fib_module.PLF_LST),
        document.table[fc + lcb :],
        table_part(fib, document.table, fib_module.PLF_LFO),
        decode,
    )

