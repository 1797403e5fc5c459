"""What goes into the PyInstaller bundle: pure functions used by ``archive_viewer.spec``.

Kept out of the spec so the rules can be tested without running PyInstaller, and so the
spec stays short. Everything here works on Windows and Linux alike: paths are built with
``pathlib`` from the repository root, and bundle destinations are compared with ``/``.
"""

from __future__ import annotations

import re
import runpy
import subprocess
import sys
import sysconfig
import tomllib
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import metadata
from pathlib import Path

APP_NAME = "archive-viewer"
CLI_NAME = "archive-viewer-cli"
PRODUCT_NAME = "Archive Viewer"
LICENSES_DEST = "licenses"

# Python modules the program never imports but PyInstaller may drag in through hooks.
EXCLUDED_PYTHON_MODULES = [
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc_data",
    "lib2to3",
    "test",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "setuptools",
    "pip",
    "PyInstaller",
    # No network, ever: without ssl nothing can open an HTTPS connection, and the bundle
    # loses OpenSSL. hashlib falls back to its built-in hashes without _hashlib.
    "ssl",
    "_ssl",
    "_hashlib",
    "readline",
    # The .docx reader needs lxml.etree only (HTML goes through html.parser).
    "lxml.objectify",
    "lxml.isoschematron",
    "lxml.html",
    "lxml.sax",
]

# Qt plugins, by folder: None keeps the whole folder; a tuple keeps files whose name contains
# one of the words; folders not listed are dropped.
_KEPT_PLUGINS: dict[str, tuple[str, ...] | None] = {
    # offscreen for the self-test and CI; xcb and wayland for Linux desktops; windows
    # (and direct2d's sibling) for Windows; cocoa in case someone builds on a Mac.
    "platforms": ("offscreen", "xcb", "wayland", "windows", "cocoa"),
    # Pictures kept with articles come from web pages and Word files: JPEG, GIF, WebP
    # (common on Vietnamese news sites), SVG, ICO and BMP. PNG is built into QtGui.
    # Dropped: tiff, tga, icns, wbmp, and pdf (it needs the QtPdf library, not shipped).
    "imageformats": ("jpeg", "gif", "webp", "svg", "ico", "bmp"),
    # Vietnamese typing on Linux goes through an input method: ibus (and compose for dead
    # keys). fcitx5 ships its own plugin with the desktop, not with Qt. The virtual keyboard
    # plugin is dropped: it needs Qt Quick.
    "platforminputcontexts": ("compose", "ibus"),
    # The desktop portal gives native file dialogs; the GTK3 theme would pull the build
    # machine's GTK libraries into the bundle.
    "platformthemes": ("xdgdesktopportal",),
    # The window draws with the raster engine; the OpenGL integrations (xcb GLX/EGL,
    # Wayland EGL) would only bring in libGL/libEGL and Qt's OpenGL library.
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": None,
    "iconengines": None,
    "styles": None,
    "accessible": None,
    "accessiblebridge": None,
    "printsupport": None,
}
_PLUGIN_DEST = re.compile(r"(?:^|/)plugins/(?P<folder>[^/]+)/(?P<name>[^/]+)$")
_QT_TRANSLATION = re.compile(r"(?:^|/)translations/(?P<name>[^/]+\.qm)$")
# Qt's own translations (dialog buttons, shortcuts) kept for the languages of the UI.
KEPT_QT_LANGUAGES = ("vi", "en")
# "from PySide6.QtGui import …", "import PySide6.QtGui", "from PySide6 import QtGui, QtCore".
_PYSIDE_IMPORT = re.compile(
    r"^[ \t]*(?:from|import)[ \t]+PySide6\.(Qt\w+)"
    r"|^[ \t]*from[ \t]+PySide6[ \t]+import[ \t]+(?:\(([\w\s,]+)\)|([\w \t,]+))",
    re.MULTILINE,
)
# Python-level Qt modules always needed: the window and the self-test use them.
BASE_QT_MODULES = frozenset({"QtCore", "QtGui", "QtWidgets"})


def read_version(root: Path) -> str:
    """The program's version, from ``db/version.py`` (the one place it is written)."""
    return str(runpy.run_path(str(root / "db" / "version.py"))["__version__"])


def windows_version_tuple(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → ``(0, 1, 0, 0)``: Windows wants four numbers."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    padded = numbers + [0] * (4 - len(numbers))
    return (padded[0], padded[1], padded[2], padded[3])


def windows_version_file_text(version: str, *, name: str, description: str) -> str:
    """The text of a PyInstaller version file (the ``version=`` argument of ``EXE``)."""
    numbers = windows_version_tuple(version)
    strings = {
        "CompanyName": PRODUCT_NAME,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": name,
        "LegalCopyright": "GPL-3.0-or-later; see the licenses folder",
        "OriginalFilename": f"{name}.exe",
        "ProductName": PRODUCT_NAME,
        "ProductVersion": version,
    }
    string_structs = ",\n          ".join(
        f"StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
          {string_structs}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """Every file under ``resources/`` as (source file, destination folder) pairs."""
    base = root / "resources"
    pairs = []
    for path in sorted(base.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            destination = Path("resources") / path.parent.relative_to(base)
            pairs.append((str(path), destination.as_posix()))
    return pairs


def license_datas(root: Path) -> list[tuple[str, str]]:
    """The licence notices kept in ``packaging/licenses`` → ``licenses/`` in the bundle."""
    base = root / "packaging" / "licenses"
    return [
        (str(path), (Path(LICENSES_DEST) / path.parent.relative_to(base)).as_posix())
        for path in sorted(base.rglob("*"))
        if path.is_file()
    ]


def used_qt_modules(source_dirs: Iterable[Path]) -> set[str]:
    """The ``PySide6.Qt*`` modules imported anywhere in the given source folders."""
    found: set[str] = set()
    for folder in source_dirs:
        for path in folder.rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            for dotted, in_parentheses, listed in _PYSIDE_IMPORT.findall(text):
                if dotted:
                    found.add(dotted)
                found.update(re.findall(r"\bQt\w+", in_parentheses + " " + listed))
    return found


def installed_qt_modules(pyside_dir: Path) -> dict[str, set[str]]:
    """Each installed PySide6 module and the PySide6 modules its stub imports."""
    modules: dict[str, set[str]] = {}
    for stub in pyside_dir.glob("Qt*.pyi"):
        text = stub.read_text(encoding="utf-8", errors="replace")
        modules[stub.stem] = set(re.findall(r"^import PySide6\.(Qt\w+)", text, re.M)) - {
            stub.stem
        }
    return modules


def qt_module_closure(used: Iterable[str], installed: dict[str, set[str]]) -> set[str]:
    """``used`` plus every PySide6 module they need at import time."""
    wanted = set(used) | set(BASE_QT_MODULES)
    stack = list(wanted)
    while stack:
        for dependency in installed.get(stack.pop(), set()):
            if dependency not in wanted:
                wanted.add(dependency)
                stack.append(dependency)
    return wanted


def excluded_qt_modules(used: Iterable[str], installed: dict[str, set[str]]) -> list[str]:
    """``PySide6.QtX`` names of installed modules the program does not need."""
    kept = qt_module_closure(used, installed)
    return sorted(f"PySide6.{name}" for name in installed if name not in kept)


def keep_bundle_file(destination: str) -> bool:
    """Whether a collected file (its path inside the bundle) stays in the bundle.

    Only Qt plugins and Qt translations are judged; everything else stays.
    """
    dest = destination.replace("\\", "/")
    if "PySide6/" not in dest and not dest.startswith("PySide6"):
        return True
    plugin = _PLUGIN_DEST.search(dest)
    if plugin is not None:
        folder = plugin.group("folder")
        if folder not in _KEPT_PLUGINS:
            return False
        words = _KEPT_PLUGINS[folder]
        name = plugin.group("name").lower()
        return words is None or any(word in name for word in words)
    translation = _QT_TRANSLATION.search(dest)
    if translation is not None:
        stem = translation.group("name")[: -len(".qm")]
        return any(stem.endswith(f"_{language}") for language in KEPT_QT_LANGUAGES)
    return True


# Libraries every Linux desktop has and that must match the host (graphics drivers, X11,
# fonts, printing, the C++ runtime): taken from the host, never bundled. The uncommented
# part of the AppImage community's exclude list, plus libcups: printing goes through the
# host's CUPS anyway, and bundling it drags in GnuTLS and Kerberos (about 10 MB). Without
# CUPS on the host the print dialog offers PDF only; the program still runs.
HOST_LIBRARIES = frozenset({
    "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1", "libexpat.so.1", "libuuid.so.1",
    "libcom_err.so.2", "libgpg-error.so.0", "libgmp.so.10", "libfribidi.so.0",
    "libusb-1.0.so.0", "libICE.so.6", "libSM.so.6", "libasound.so.2",
    "libGL.so.1", "libEGL.so.1", "libGLdispatch.so.0", "libGLX.so.0", "libOpenGL.so.0",
    "libdrm.so.2", "libglapi.so.0", "libgbm.so.1",
    "libxcb.so.1", "libX11.so.6", "libX11-xcb.so.1", "libxcb-dri2.so.0", "libxcb-dri3.so.0",
    "libwayland-client.so.0",
    "libfontconfig.so.1", "libfreetype.so.6", "libharfbuzz.so.0",
    "libcups.so.2",
})


def is_host_library(destination: str) -> bool:
    """Whether a bundled file is a library the Linux host provides (see HOST_LIBRARIES)."""
    return _base_name(destination) in HOST_LIBRARIES


def elf_needed(path: str) -> list[str]:
    """The libraries an ELF file names as its own direct dependencies (``DT_NEEDED``).

    Unlike ``ldd``, which lists the whole closure as the build machine resolves it, this
    tells which library pulls in which. Uses ``objdump`` (binutils, which PyInstaller
    needs on Linux anyway).
    """
    output = subprocess.run(
        ["objdump", "-p", path], capture_output=True, text=True, check=True
    ).stdout
    return [line.split()[1] for line in output.splitlines() if line.strip().startswith("NEEDED")]


def _base_name(destination: str) -> str:
    return destination.replace("\\", "/").rsplit("/", 1)[-1]


# Libraries that Python code opens with ctypes: nothing links to them, yet they are used.
CTYPES_LIBRARIES = ("pdfium",)


def is_root_binary(destination: str, typecode: str) -> bool:
    """Binaries loaded by name at run time: extensions, Qt plugins, libpython, ctypes'."""
    name = _base_name(destination).lower()
    return (
        typecode == "EXTENSION"
        or _PLUGIN_DEST.search(destination.replace("\\", "/")) is not None
        or name.startswith(("libpython", "python3"))
        or any(library in name for library in CTYPES_LIBRARIES)
    )


def unreachable_binaries(
    binaries: Sequence[tuple[str, str, str]], imports_of: Callable[[str], Iterable[str]]
) -> set[str]:
    """Destinations of shared libraries that nothing left in the bundle links to.

    Dropping a plugin (the GTK theme, the virtual keyboard, TLS) leaves the libraries that
    only it needed; they are found here from the link-time imports of what stays.

    Args:
        binaries: PyInstaller's (destination, source, typecode) entries.
        imports_of: the base names of the libraries a binary (by source path) links to.
    """
    by_name = {_base_name(dest): (dest, src) for dest, src, _ in binaries}
    reached: set[str] = set()
    stack = [_base_name(dest) for dest, _, code in binaries if is_root_binary(dest, code)]
    while stack:
        name = stack.pop()
        if name in reached or name not in by_name:
            continue
        reached.add(name)
        stack.extend(_base_name(found) for found in imports_of(by_name[name][1]))
    return {dest for dest, _, _ in binaries if _base_name(dest) not in reached}


# --- licences of the Python distributions in the bundle --------------------------------

_LICENSE_FILE = re.compile(r"(?:^|/)(?:LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.I)
_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_requirements(distribution: metadata.Distribution) -> Iterator[str]:
    for requirement in distribution.requires or []:
        # Requirements behind an extra ("; extra == 'socks'") are not installed for us;
        # platform markers are kept, which may list a library not in this bundle.
        if "extra" in requirement.partition(";")[2]:
            continue
        match = _REQUIREMENT_NAME.match(requirement)
        if match:
            yield match.group(1)


def runtime_distributions(root: Path) -> list[metadata.Distribution]:
    """The installed distributions the program runs on: its dependencies, recursively."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    pending = [
        m.group(1)
        for requirement in project["project"]["dependencies"]
        if (m := _REQUIREMENT_NAME.match(requirement))
    ]
    # The bootloader inside every executable comes from PyInstaller.
    pending.append("pyinstaller")
    found: dict[str, metadata.Distribution] = {}
    while pending:
        name = _normalise(pending.pop())
        if name in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[name] = distribution
        if name != "pyinstaller":  # its build-time dependencies are not bundled
            pending.extend(_runtime_requirements(distribution))
    return [found[name] for name in sorted(found)]


def license_text(distribution: metadata.Distribution) -> str:
    """One distribution's licence: its metadata, then every licence file it ships."""
    meta = distribution.metadata
    licence = meta["License-Expression"] or meta["License"] or "see below"
    lines = [f"{meta['Name']} {distribution.version}", f"License: {licence}"]
    lines += [f"Classifier: {c}" for c in meta.get_all("Classifier") or [] if "License" in c]
    home = meta["Home-page"] or next(
        (url.split(",", 1)[-1].strip() for url in meta.get_all("Project-URL") or []), None
    )
    if home:
        lines.append(f"Home: {home}")
    for file in distribution.files or []:
        if _LICENSE_FILE.search(str(file)):
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            lines += ["", f"===== {file.name} =====", text.rstrip()]
    return "\n".join(lines) + "\n"


def top_level_modules(distribution: metadata.Distribution) -> set[str]:
    """The names a distribution's code is imported by (``bs4`` for beautifulsoup4)."""
    listed = distribution.read_text("top_level.txt")
    if listed:
        return {line.strip() for line in listed.splitlines() if line.strip()}
    names = set()
    for file in distribution.files or []:
        first = file.parts[0]
        if first.endswith((".dist-info", ".egg-info", ".data")) or first in ("..", "__pycache__"):
            continue
        if len(file.parts) > 1 or file.suffix in (".py", ".so", ".pyd"):
            names.add(first.split(".")[0])
    return names


def bundled_top_level_names(destinations: Iterable[str]) -> set[str]:
    """Top-level names of modules and extension files (bundle paths or dotted names)."""
    names = set()
    for destination in destinations:
        first = re.split(r"[./\\]", destination.replace("\\", "/"), maxsplit=1)[0]
        names.add(first)
    return names


def write_python_licenses(
    root: Path, target: Path, *, bundled: set[str] | None = None
) -> list[Path]:
    """Write one text file per distribution in the bundle into ``target``; returns them.

    Args:
        bundled: top-level module names in the bundle; a dependency none of whose modules
            is bundled (``pip``, say, which sqlite-utils lists) is left out. None keeps all.
    """
    target.mkdir(parents=True, exist_ok=True)
    for stale in target.glob("*.txt"):
        stale.unlink()
    written = []
    for distribution in runtime_distributions(root):
        name = _normalise(distribution.metadata["Name"])
        modules = top_level_modules(distribution)
        if bundled is not None and name != "pyinstaller" and not modules & bundled:
            continue
        path = target / f"{name}-{distribution.version}.txt"
        path.write_text(license_text(distribution), encoding="utf-8")
        written.append(path)
    python_license = python_license_file()
    if python_license is not None:
        path = target / f"python-{sys.version.split()[0]}.txt"
        path.write_text(python_license.read_text(encoding="utf-8"), encoding="utf-8")
        written.append(path)
    return written


def python_license_file() -> Path | None:
    """The licence of the Python interpreter the bundle embeds, where the install keeps it."""
    candidates = [
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE",
    ]
    return next((path for path in candidates if path.is_file()), None)
