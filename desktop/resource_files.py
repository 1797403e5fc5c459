"""Finding the files in ``resources/``, from the source tree and from the PyInstaller bundle.

The one place that knows where resources live; everything else asks it.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder (inside the bundle when frozen)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file or folder inside ``resources``."""
    return resources_dir().joinpath(*parts)


def licenses_dir() -> Path:
    """The licence texts: ``licenses/`` in the bundle, ``packaging/licenses`` from source."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "licenses"
    return Path(__file__).resolve().parent.parent / "packaging" / "licenses"
