"""What goes into the PyInstaller bundle: pure functions used by ``archive_viewer.spec``.

Kept out of the spec so the rules can be tested without running PyInstaller, and so the
spec stays short. Everything here works on Windows and Linux alike: paths are built with
``pathlib`` from the repository root, and bundle destinations are compared with ``/``.
"""

from __future__ import annotations

import re
import runpy
import sys
import sysconfig
import tomllib
from collections.abc import Iterable, Iterator
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
    "xcbglintegrations": None,
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
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
_PYSIDE_IMPORT = re.compile(
    r"PySide6\.(Qt\w+)|from\s+PySide6\s+import\s+\(?([\w\s,]+)\)?", re.MULTILINE
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


def windows_version_file_text(version: str, *, description: str) -> str:
    """The text of a PyInstaller version file (the ``version=`` argument of ``EXE``)."""
    numbers = windows_version_tuple(version)
    strings = {
        "CompanyName": PRODUCT_NAME,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": APP_NAME,
        "LegalCopyright": "GPL-3.0-or-later; see the licenses folder",
        "OriginalFilename": f"{APP_NAME}.exe",
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
            for dotted, listed in _PYSIDE_IMPORT.findall(text):
                if dotted:
                    found.add(dotted)
                for name in re.findall(r"Qt\w+", listed or ""):
                    found.add(name)
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


def write_python_licenses(root: Path, target: Path) -> list[Path]:
    """Write one text file per bundled distribution into ``target``; returns them."""
    target.mkdir(parents=True, exist_ok=True)
    for stale in target.glob("*.txt"):
        stale.unlink()
    written = []
    for distribution in runtime_distributions(root):
        name = _normalise(distribution.metadata["Name"])
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
