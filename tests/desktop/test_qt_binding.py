"""The Qt binding itself: PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to
None on every call that returns nothing, and the interpreter aborts after a few thousand
calls (a few PDF pages). pyproject.toml pins below it; this keeps the pin honest."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_calls_returning_nothing_keep_references_to_none() -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        probe.setObjectName("probe")
    assert before - sys.getrefcount(None) < 100
