"""Which legacy Vietnamese encoding a font name implies.

Before Unicode, Vietnamese text was typed in fonts whose glyphs sat at the places of
Windows-1252 characters: the ``.Vn*`` fonts (``.VnTime``, ``.VnArial``, ``.VnTimeH`` …)
of the TCVN3 (ABC) set and the ``VNI-*`` fonts (``VNI-Times``, ``VNI-Helve`` …). The
font name is therefore the surest sign of a run's encoding in RTF and Word files.
"""

from __future__ import annotations


def legacy_font_encoding(font_name: str | None) -> str | None:
    """'tcvn3' for the ``.Vn*`` fonts, 'vni' for ``VNI-*`` fonts, None for any other font."""
    if not font_name:
        return None
    name = font_name.strip().lower()
    if name.startswith(".vn"):
        return "tcvn3"
    if name.startswith(("vni-", "vni ")):
        return "vni"
    return None
