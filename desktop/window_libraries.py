"""Whether the window can start on this Linux desktop: the system libraries of Qt's xcb plugin.

Qt's X11 platform plugin (``libqxcb.so``) links to about twenty system libraries that a
minimal Debian or Ubuntu lacks (``libxcb-cursor0`` first of all). When one is missing,
Qt prints "could not load the Qt platform plugin xcb" and aborts the process: no dialog
and no hint of the package to install. So before the QApplication is made, the libraries
the plugin names (``DT_NEEDED`` of the plugin and of ``libQt6XcbQpa``) are each opened
the way the dynamic linker would, and the missing ones are named in one line with their
Debian/Ubuntu packages. Nothing here runs on Windows or macOS, nor when another platform
(Wayland, offscreen) is chosen.
"""

from __future__ import annotations

import ctypes
import os
import re
import struct
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

# The Debian/Ubuntu package of each library the xcb plugin and Qt's GUI libraries link to.
PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
}
# Part of every system (the C and C++ runtimes) or of Qt itself: not looked for.
_ALWAYS_THERE = re.compile(
    r"^(?:libc|libm|libdl|libpthread|librt|libstdc\+\+|libgcc_s|ld-linux.*)\.so"
)
_QT_OWN = re.compile(r"^libQt6\w*\.so|^libicu\w*\.so")
_NOT_FOUND = re.compile(r"^(\S+\.so[\w.]*): cannot open shared object file")
_DT_NEEDED = 1
_SHT_DYNAMIC = 6


def elf_needed(path: Path) -> list[str]:
    """The libraries an ELF file links to by name (its ``DT_NEEDED`` entries), in order.

    A small reader of the section table, so that no binutils are needed on the machine.
    Returns [] for a file that is not a readable ELF shared object.
    """
    try:
        data = path.read_bytes()
    except OSError:
        return []
    if data[:4] != b"\x7fELF" or len(data) < 64:
        return []
    is_64 = data[4] == 2
    order = "<" if data[5] == 1 else ">"
    if is_64:
        (shoff,) = struct.unpack_from(order + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
        section = order + "IIQQQQIIQQ"
        entry = order + "qQ"
    else:
        (shoff,) = struct.unpack_from(order + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
        section = order + "IIIIIIIIII"
        entry = order + "iI"
    sections = [
        struct.unpack_from(section, data, shoff + index * shentsize) for index in range(shnum)
    ]
    needed: list[str] = []
    for _name, kind, _flags, _addr, offset, size, link, *_ in sections:
        if kind != _SHT_DYNAMIC:
            continue
        strings_offset = sections[link][4]
        step = struct.calcsize(entry)
        for position in range(offset, offset + size, step):
            tag, value = struct.unpack_from(entry, data, position)
            if tag == 0:
                break
            if tag == _DT_NEEDED:
                end = data.index(b"\0", strings_offset + value)
                needed.append(data[strings_offset + value : end].decode("ascii", "replace"))
    return needed


def missing_libraries(names: Iterable[str], beside: Sequence[Path] = ()) -> list[str]:
    """The libraries of ``names`` that cannot be opened, by the name the loader missed.

    A library shipped with the program (a file in one of the ``beside`` folders) counts
    as there. When a library is there but one it links to is not, the one not there is
    named (the loader says which).
    """
    missing: list[str] = []
    for name in names:
        if _ALWAYS_THERE.match(name) or _QT_OWN.match(name):
            continue
        if any((folder / name).exists() for folder in beside):
            continue
        try:
            ctypes.CDLL(name)
        except OSError as error:
            found = _NOT_FOUND.match(str(error))
            lacking = found.group(1) if found else name
            if lacking not in missing:
                missing.append(lacking)
    return missing


def install_hint(missing: Sequence[str]) -> str:
    """One line: what is missing and the command that installs it (Debian/Ubuntu)."""
    them = "it" if len(missing) == 1 else "them"
    packages = list(dict.fromkeys(PACKAGES[name] for name in missing if name in PACKAGES))
    unknown = [name for name in missing if name not in PACKAGES]
    how = []
    if packages:
        how.append("sudo apt-get install " + " ".join(packages))
    if unknown:
        how.append("the package that provides " + ", ".join(unknown))
    return (
        f"the window cannot start: Qt's X11 plugin needs {', '.join(missing)}, which this "
        f"system lacks; install {them} with: {' and '.join(how)} "
        "(the commands work without it: archive-viewer --help)"
    )


def uses_xcb(environment: dict[str, str] | os._Environ[str]) -> bool:
    """Whether Qt will start its X11 plugin here (Linux, no other platform chosen)."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = environment.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    # In a Wayland session Qt starts its Wayland plugin, which needs none of these.
    wayland = environment.get("XDG_SESSION_TYPE") == "wayland" and environment.get(
        "WAYLAND_DISPLAY"
    )
    return not wayland


def _plugin_folders(environment: dict[str, str] | os._Environ[str]) -> list[Path]:
    from PySide6.QtCore import QLibraryInfo

    folders = [Path(p) for p in environment.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
    return folders


def window_problem(environment: dict[str, str] | os._Environ[str] | None = None) -> str | None:
    """Why the window cannot start here, in one line, or None when it can (or cannot tell)."""
    environment = os.environ if environment is None else environment
    if not uses_xcb(environment):
        return None
    plugin = next(
        (
            folder / "platforms" / "libqxcb.so"
            for folder in _plugin_folders(environment)
            if (folder / "platforms" / "libqxcb.so").exists()
        ),
        None,
    )
    if plugin is None:
        return None  # a build without the plugin: Qt says what it says
    from PySide6.QtCore import QLibraryInfo

    qt_libraries = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    needed = elf_needed(plugin)
    for own in ("libQt6XcbQpa.so.6", "libQt6Gui.so.6"):
        needed += elf_needed(qt_libraries / own)
    beside = [qt_libraries, plugin.parent]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        beside.append(Path(bundle))
    missing = missing_libraries(dict.fromkeys(needed), beside)
    return install_hint(missing) if missing else None
