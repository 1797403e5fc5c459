"""Mutated and truncated Word files: an article or a ReadError, never anything else.

Mutations go into the container (the OLE file as bytes) and into the streams the reader
parses (the FIB and the table stream, rewritten in place with olefile), where every
offset, count and length is a chance to point outside or to loop. No catch-all here:
any other exception fails the test.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import olefile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.readers import ReadError
from db.readers.word_binary import read_word_document
from db.readers.word_binary.fib import CLX, PLCF_BTE_CHPX, STSHF, STTBF_FFN

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.doc"))
SEEDS = [path.read_bytes() for path in FIXTURES]
FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
_HOSTILE_WORDS = [
    b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\xff\xff\xff\x7f", b"\x00\x02\x00\x00"
]

edits = st.lists(
    st.tuples(
        st.floats(min_value=0, max_value=1, exclude_max=True),
        st.one_of(st.binary(min_size=1, max_size=4), st.sampled_from(_HOSTILE_WORDS)),
    ),
    min_size=1,
    max_size=12,
)


def _apply(data: bytes, changes: list[tuple[float, bytes]], *, start: int = 0) -> bytes:
    out = bytearray(data)
    for where, value in changes:
        at = start + int(where * (len(out) - start))
        out[at : at + len(value)] = value
    return bytes(out[: len(data)])


def _read(data: bytes) -> None:
    try:
        article = read_word_document(data, name="fuzzed.doc")
    except ReadError as error:
        assert "\n" not in str(error)
    else:
        assert article.fields.title


def _rewrite(data: bytes, name: str, content: bytes) -> bytes:
    buffer = io.BytesIO(data)
    container = olefile.OleFileIO(buffer, write_mode=True)
    container.write_stream(name, content)
    container.close()
    return buffer.getvalue()


def _stream(data: bytes, name: str) -> bytes:
    container = olefile.OleFileIO(io.BytesIO(data))
    try:
        return bytes(container.openstream(name).read())
    finally:
        container.close()


@FUZZ
@given(seed=st.sampled_from(SEEDS), changes=edits, cut=st.floats(min_value=0.05, max_value=1))
def test_mutated_and_truncated_containers(seed: bytes, changes: list[tuple[float, bytes]],
                                          cut: float) -> None:
    _read(_apply(seed, changes)[: max(1, int(len(seed) * cut))])


@FUZZ
@given(seed=st.sampled_from(SEEDS), changes=edits)
def test_mutated_fib(seed: bytes, changes: list[tuple[float, bytes]]) -> None:
    stream = _stream(seed, "WordDocument")
    # The FIB: counts of its arrays, story lengths, and the (fc, lcb) pairs.
    fib = _apply(stream[:0x400], changes, start=0x18)
    _read(_rewrite(seed, "WordDocument", fib + stream[0x400:]))


@FUZZ
@given(
    seed=st.sampled_from(SEEDS),
    part=st.sampled_from([STSHF, PLCF_BTE_CHPX, STTBF_FFN, CLX]),
    changes=edits,
)
def test_mutated_tables(seed: bytes, part: int, changes: list[tuple[float, bytes]]) -> None:
    # Edits inside one structure of the table stream: the style sheet, the bin table,
    # the font table or the piece table.
    stream = _stream(seed, "WordDocument")
    fc, lcb = struct.unpack_from("<II", stream, 0x9A + 8 * part)
    table = _stream(seed, "1Table")
    region = _apply(table[fc : fc + lcb], changes)
    _read(_rewrite(seed, "1Table", table[:fc] + region + table[fc + lcb :]))


@FUZZ
@given(seed=st.sampled_from(SEEDS), changes=edits)
def test_mutated_text_and_pages(seed: bytes, changes: list[tuple[float, bytes]]) -> None:
    # Edits after the FIB: the text itself and the formatting pages.
    stream = _stream(seed, "WordDocument")
    _read(_rewrite(seed, "WordDocument", _apply(stream, changes, start=0x400)))
