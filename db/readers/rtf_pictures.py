"""Pictures in RTF (``{\\pict \\pngblip … hex …}``): the PNG and JPEG ones are kept.

A picture's data is hex digits (or ``\\binN`` raw bytes) after its properties. Only
PNG and JPEG are kept, as the ``.docx`` reader keeps them: Windows metafiles, EMF and
device-independent bitmaps cannot be shown by the reading pane and mostly duplicate a
PNG that newer writers put beside them. Data of pictures that will not be kept is not
even collected.
"""

from __future__ import annotations

import re

_KINDS = {
    b"pngblip": "png",
    b"jpegblip": "jpeg",
    b"emfblip": None,
    b"wmetafile": None,
    b"macpict": None,
    b"pmmetafile": None,
    b"dibitmap": None,
    b"wbitmap": None,
}
PICTURE_WORDS = frozenset(_KINDS)
_NOT_HEX = re.compile(rb"[^0-9a-fA-F]+")
_MIME = {"png": "image/png", "jpeg": "image/jpeg"}
_EXTENSIONS = {"png": "png", "jpeg": "jpg"}


class Picture:
    """The data of one ``\\pict`` group as it is read."""

    __slots__ = ("_hex", "_binary", "_kind", "_known")

    def __init__(self) -> None:
        self._hex: list[bytes] = []
        self._binary = bytearray()
        self._kind: str | None = None
        self._known = False  # a blip word said what the data is

    def set_kind(self, word: bytes) -> None:
        """The picture's format word (``\\pngblip``, ``\\wmetafile`` …)."""
        if not self._known:
            self._known = True
            self._kind = _KINDS.get(word)
            if self._kind is None:
                self._hex.clear()
                self._binary.clear()

    @property
    def wanted(self) -> bool:
        """Whether the data is worth collecting (PNG, JPEG, or not yet known)."""
        return not self._known or self._kind is not None

    def add_hex(self, text: bytes) -> None:
        """Hex digits of the data (white space and stray characters are dropped later)."""
        if self.wanted:
            self._hex.append(text)

    def add_binary(self, raw: bytes) -> None:
        """Raw data given by ``\\binN``."""
        if self.wanted:
            self._binary += raw

    def image(self) -> tuple[str, str, bytes] | None:
        """(mime type, file extension, data) of a PNG or JPEG picture, else None."""
        if not self.wanted:
            return None
        if self._binary:
            data = bytes(self._binary)
        else:
            digits = _NOT_HEX.sub(b"", b"".join(self._hex))
            data = bytes.fromhex(digits[: len(digits) // 2 * 2].decode("ascii"))
        if data.startswith(b"\x89PNG\r\n\x1a\n"):
            kind = "png"
        elif data.startswith(b"\xff\xd8\xff"):
            kind = "jpeg"
        else:
            return None  # a format the pane cannot show, or damaged data
        return _MIME[kind], _EXTENSIONS[kind], data
