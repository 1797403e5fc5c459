"""The pictures of a document, kept as the article's images like a .docx's pictures.

An inline picture's mark (0x01) points into the Data stream at a PICF header followed
by OfficeArt records holding the BLIP ([MS-DOC] 2.9.192 PICFAndOfficeArtData). A
floating picture's mark (0x08) is found by its CP in PlcSpaMom, which names a shape of
the drawing group (``DggInfo``), whose ``pib`` is a number in the picture store; the
store's entries keep their BLIP in the WordDocument stream. Windows metafiles and TIFF
are not kept (nothing here can show them); they are counted for the import note.
"""

from __future__ import annotations

import bisect
import hashlib

from db.models import ArticleImage
from db.readers.images import unique_image_name
from db.readers.word_binary import officeart
from db.readers.word_binary.binary import DocFormatError, plc, u16, u32
from db.readers.word_binary.document import WordDocument
from db.readers.word_binary.fib import DGG_INFO, PLCF_SPA_MOM
from db.readers.word_binary.officeart import Blip

_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/bmp": "bmp"}
_MM_SHAPEFILE = 0x0066
# A document with more pictures than this keeps the first ones.
MAX_PICTURES = 500
_MAX_PICTURE_BYTES = 50 * 1024 * 1024


class Pictures:
    """Finds the pictures the text's marks point at; holds the images found so far.

    Attributes:
        images: the article's images, in the order their marks were met.
        left_out: pictures not kept because nothing here can show them (WMF, EMF, TIFF).
    """

    def __init__(
        self, *, data: bytes, stream: bytes, spa: bytes, dgg: bytes, word6: bool
    ) -> None:
        self.images: list[ArticleImage] = []
        self.left_out = 0
        self._data = data
        self._stream = stream
        self._word6 = word6
        self._names: dict[str, str] = {}
        self._spa_cps: list[int] = []
        self._spa_ids: list[int] = []
        self._store: list[officeart.Record] = []
        self._shapes: dict[int, int] | None = None  # read when a floating mark is met
        self._dgg = dgg
        if spa and dgg and not word6:
            try:
                positions, elements = plc(spa, element_size=26, what="drawing anchors")
            except DocFormatError:
                return  # floating pictures are lost, the text is not
            self._spa_cps = positions[:-1]
            self._spa_ids = [u32(element, 0) for element in elements]

    @classmethod
    def of(cls, document: WordDocument) -> Pictures:
        """The pictures of ``document``."""
        fib = document.fib
        return cls(
            data=document.data,
            stream=document.stream,
            spa=_part(document.table, *fib.pair(PLCF_SPA_MOM)),
            dgg=_part(document.table, *fib.pair(DGG_INFO)),
            word6=fib.word6,
        )

    def inline(self, location: int | None) -> str | None:
        """The name of the inline picture at ``location`` in the Data stream, if kept."""
        if location is None or self._word6 or not self._room():
            return None
        data = self._data
        if location + 0x44 > len(data):
            return None
        size = u32(data, location)
        header = u16(data, location + 4)
        end = min(location + size, len(data))
        start = location + header
        if header < 0x44 or start >= end:
            return None
        if u16(data, location + 6) == _MM_SHAPEFILE:
            start += 1 + data[start]  # the picture's name, a counted string
        return self._keep(officeart.first_blip(data, start, end))

    def floating(self, cp: int) -> str | None:
        """The name of the floating picture anchored at ``cp`` of the main text, if kept."""
        if not self._spa_cps or not self._room():
            return None
        index = bisect.bisect_left(self._spa_cps, cp)
        if index >= len(self._spa_cps) or self._spa_cps[index] != cp:
            return None
        if self._shapes is None:
            self._store = officeart.bstore(self._dgg, 0, len(self._dgg))
            self._shapes = {}
            for start, end in officeart.drawing_ranges(self._dgg):
                self._shapes.update(officeart.shape_pictures(self._dgg, start, end))
        number = self._shapes.get(self._spa_ids[index])
        if not number or number > len(self._store):
            return None
        entry = self._store[number - 1]
        found = officeart.blip_in_bse(self._dgg, entry)
        if found is None:
            delayed = officeart.delayed_offset(self._dgg, entry)
            if delayed is not None:
                offset, size = delayed
                found = officeart.first_blip(self._stream, offset, offset + size)
        return self._keep(found)

    def _room(self) -> bool:
        return len(self.images) < MAX_PICTURES

    def _keep(self, found: Blip | None) -> str | None:
        if found is None:
            return None
        if found.unshown:
            self.left_out += 1
            return None
        if len(found.data) > _MAX_PICTURE_BYTES:
            return None
        digest = hashlib.sha1(found.data).hexdigest()
        name = self._names.get(digest)
        if name is None:
            extension = _EXTENSIONS.get(found.mime, "img")
            name = unique_image_name(
                f"image{len(self.images) + 1}.{extension}", {i.name for i in self.images}
            )
            self.images.append(ArticleImage(name=name, mime=found.mime, data=found.data))
            self._names[digest] = name
        return name


def _part(table: bytes, fc: int, lcb: int) -> bytes:
    if not lcb or fc + lcb > len(table):
        return b""
    return table[fc : fc + lcb]
