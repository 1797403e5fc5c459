"""A guard against PySide6 6.12.0's missing references to None, True and False.

With PySide6 6.12.0 on Python 3.11, every Qt method that returns nothing gives back
``None`` without a new reference (``QPainter.save()``, ``setPen()``, ``drawLine()``…),
and ``SignalInstance.emit()`` does the same with ``True``. Python then drops one
reference too many at each call; after a few thousand calls (a few pages of a PDF) the
interpreter aborts with "Fatal Python error: none_dealloc" (or ``bool_dealloc``).
Python 3.12 made these objects immortal, so there it does no harm.

``guard()`` probes for the fault once and, when present, gives the three singletons
2**40 extra references: more than any session can use up, and harmless otherwise. It
changes nothing on a fixed PySide6 or on Python 3.12+. The real fix is a PySide6
without the fault (or Python 3.12+); this keeps exports from crashing meanwhile.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

_PROBES = 64
_HEADROOM = 1 << 40
_done: list[bool] = []


def _drops_references() -> bool:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setObjectName("probe")  # returns None
    return before - sys.getrefcount(None) >= _PROBES // 2


def guard() -> bool:
    """Protect None/True/False when this PySide6 drops references; True if it does."""
    if _done:
        return _done[0]
    needed = sys.version_info < (3, 12) and _drops_references()
    if needed:
        for singleton in (None, True, False):
            # ob_refcnt is the first field of every object in CPython 3.11.
            count = ctypes.c_ssize_t.from_address(id(singleton))
            count.value += _HEADROOM
    _done.append(needed)
    return needed
