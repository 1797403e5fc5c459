"""Reading compiled Qt catalogues (the wheel's, and ours)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.i18n import qt_catalogue
from desktop.i18n.qm_file import QmFormatError, read_qm


def test_qt_s_own_catalogue_is_read_whole() -> None:
    messages = read_qm(qt_catalogue.reference_catalogue())
    assert len(messages) > 1000
    by_key = {(m.context, m.source): m for m in messages}
    assert by_key[("QPlatformTheme", "Cancel")].translations == ("Abbrechen",)
    assert by_key[("QFileDialog", "File &name:")].translations == ("Datei&name:",)


def test_a_file_that_is_no_catalogue_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.qm"
    path.write_bytes(b"not a catalogue at all")
    with pytest.raises(QmFormatError, match="x.qm"):
        read_qm(path)
