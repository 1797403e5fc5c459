"""The window on a machine without Qt's X11 libraries: one line naming the package."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from desktop.window_libraries import (
    PACKAGES,
    elf_needed,
    install_hint,
    missing_libraries,
    uses_xcb,
    window_problem,
)

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
QT_LIBRARIES = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
XCB_PLUGIN = PLUGINS / "platforms" / "libqxcb.so"
linux_only = pytest.mark.skipif(not XCB_PLUGIN.exists(), reason="no xcb plugin (not Linux)")


@linux_only
def test_the_plugin_needs_what_the_readme_names() -> None:
    needed = elf_needed(XCB_PLUGIN) + elf_needed(QT_LIBRARIES / "libQt6XcbQpa.so.6")
    assert "libxcb-cursor.so.0" in needed
    system = {
        name
        for name in needed
        if not name.startswith(("libQt6", "libc.", "libm.", "libstdc++", "libgcc_s"))
    }
    # A Qt that links to a new library fails here: add it to PACKAGES and the README.
    assert system <= set(PACKAGES)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [PACKAGES[name] for name in sorted(system) if PACKAGES[name] not in readme] == []


def test_a_missing_library_is_named_with_its_package() -> None:
    missing = missing_libraries(["libc.so.6", "libnot-there-at-all.so.7", "libQt6Gui.so.6"])
    assert missing == ["libnot-there-at-all.so.7"]
    line = install_hint(["libxcb-cursor.so.0"])
    assert "\n" not in line
    assert "libxcb-cursor.so.0" in line and "sudo apt-get install libxcb-cursor0" in line
    two = install_hint(["libxcb-cursor.so.0", "libnot-there-at-all.so.7"])
    assert "install them" in two and "provides libnot-there-at-all.so.7" in two


def test_a_library_shipped_beside_the_program_is_there(tmp_path: Path) -> None:
    (tmp_path / "libshipped-only.so.1").write_bytes(b"")
    assert missing_libraries(["libshipped-only.so.1"], beside=[tmp_path]) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_only_the_x11_platform_is_checked() -> None:
    assert uses_xcb({})
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not uses_xcb({"QT_QPA_PLATFORM": "wayland;xcb"})
    assert not uses_xcb({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"})
    assert window_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_elf_needed_of_what_is_no_library(tmp_path: Path) -> None:
    (tmp_path / "text.so").write_text("not an ELF file")
    assert elf_needed(tmp_path / "text.so") == []
    assert elf_needed(tmp_path / "absent.so") == []


def _plugin_lacking(folder: Path, library: bytes, instead: bytes) -> Path:
    """A copy of Qt's xcb plugin that links to ``instead`` (same length) for ``library``."""
    assert len(library) == len(instead)
    platforms = folder / "platforms"
    platforms.mkdir(parents=True)
    data = XCB_PLUGIN.read_bytes()
    assert data.count(library + b"\0") == 1
    (platforms / "libqxcb.so").write_bytes(data.replace(library + b"\0", instead + b"\0"))
    return folder


@linux_only
def test_the_window_says_which_package_instead_of_aborting(tmp_path: Path) -> None:
    plugins = _plugin_lacking(tmp_path / "plugins", b"libxcb-cursor.so.0", b"libxcb-cursQr.so.0")
    assert window_problem({"QT_QPA_PLATFORM": "xcb", "QT_PLUGIN_PATH": str(plugins)}) is not None
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_PLUGIN_PATH": str(plugins),
        "DISPLAY": ":987",  # never reached: the check comes first
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "--db", str(tmp_path / "a.sqlite3")],
        cwd=ROOT,
        check=False,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("archive-viewer: the window cannot start")
    assert "libxcb-cursQr.so.0" in lines[0]
    assert not (tmp_path / "a.sqlite3").exists()
    shutil.rmtree(plugins)
