"""Help ▸ About lists and shows every licence file the program ships."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop import resource_files
from desktop.main_window.about import about_text, licence_files, licences_text


def test_licences_come_from_packaging_in_the_source_tree() -> None:
    names = [name for name, _path in licence_files()]
    assert names[:4] == ["README.txt", "GPL-3.0.txt", "Qt-LGPL-NOTICE.txt", "LGPL-3.0.txt"]
    assert "fonts/LICENSE-LiberationSerif.txt" in names
    text = licences_text()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "GNU GENERAL PUBLIC LICENSE" in text
    assert "SIL OPEN FONT LICENSE" in text.upper()
    # The list of files heads the details: the box stays short enough for a small screen.
    assert "Qt-LGPL-NOTICE.txt" not in about_text("1.0")
    assert text.startswith("Licence files in ") and "  Qt-LGPL-NOTICE.txt\n" in text


def test_the_bundle_has_its_own_licences_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "licenses"
    (folder / "python-libraries").mkdir(parents=True)
    (folder / "GPL-3.0.txt").write_text("GPL text", encoding="utf-8")
    (folder / "python-libraries" / "markdown.txt").write_text("BSD", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_files.licenses_dir() == folder
    names = [name for name, _path in licence_files()]
    assert names[0] == "GPL-3.0.txt"
    assert names[-1] == "python-libraries/markdown.txt"
    assert "==== python-libraries/markdown.txt ====" in licences_text()
