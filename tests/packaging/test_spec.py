"""The PyInstaller spec and its rules (``packaging/bundle_plan.py``), without building."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "archive_viewer.spec"


def _load_plan() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_plan", PACKAGING / "bundle_plan.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bundle_plan", module)
    spec.loader.exec_module(module)
    return module


plan = _load_plan()


def _string_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]


@pytest.mark.parametrize("path", [SPEC, PACKAGING / "bundle_plan.py", PACKAGING / "build.py"])
def test_no_platform_specific_absolute_paths(path: Path) -> None:
    for text in _string_literals(path):
        assert not re.match(r"^/(usr|home|root|tmp|opt|etc|lib|work|var)\b", text), text
        assert not re.match(r"^[A-Za-z]:[\\/]", text), text
        assert ".venv" not in text and "site-packages" not in text, text


def test_spec_is_python_and_builds_from_its_own_folder() -> None:
    source = SPEC.read_text(encoding="utf-8")
    ast.parse(source)
    assert "Path(SPECPATH)" in source
    assert "bundle_plan.resource_datas(ROOT)" in source
    assert "bundle_plan.license_datas(ROOT)" in source


def test_spec_makes_a_windowed_and_a_console_program_on_windows() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert "console=not WINDOWS" in source
    assert "bundle_plan.CLI_NAME" in source and "console=True" in source
    assert "COLLECT(" in source
    assert "archive-viewer.ico" in source
    assert "version=version_file(" in source


def test_every_resource_is_listed() -> None:
    datas = plan.resource_datas(ROOT)
    listed = {Path(source).resolve() for source, _ in datas}
    on_disk = {
        p.resolve()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert listed == on_disk
    assert any(Path(s).suffix == ".ttf" for s, _ in datas)
    assert any("samples" in dest for _, dest in datas)
    # Our Vietnamese for Qt's own words (the wheel has no Vietnamese catalogue of Qt's).
    assert (ROOT / "resources" / "i18n" / "qtbase_vi.qm").resolve() in listed
    for source, destination in datas:
        relative = Path(source).resolve().relative_to(ROOT)
        assert destination == relative.parent.as_posix()
        assert "\\" not in destination


def test_licence_notices_are_bundled() -> None:
    names = {Path(source).name for source, _ in plan.license_datas(ROOT)}
    assert {"Qt-LGPL-NOTICE.txt", "LGPL-3.0.txt", "GPL-3.0.txt"} <= names
    assert all(dest.startswith("licenses") for _, dest in plan.license_datas(ROOT))
    assert (ROOT / "resources" / "fonts" / "LICENSE-LiberationSerif.txt").is_file()


def test_python_library_licences(tmp_path: Path) -> None:
    written = plan.write_python_licenses(
        ROOT, tmp_path, bundled={"PySide6", "shiboken6", "sqlite_utils", "yaml"}
    )
    names = {path.name.rsplit("-", 1)[0] for path in written}
    assert {"pyside6-essentials", "shiboken6", "sqlite-utils", "pyyaml", "pyinstaller"} <= names
    assert "pip" not in names  # sqlite-utils asks for it; the bundle does not ship it
    pyside = next(p for p in written if p.name.startswith("pyside6-essentials"))
    assert "LGPL" in pyside.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qoffscreen.dll", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6\\plugins\\imageformats\\qgif.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/networkinformation/libqglib.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/translations/qtbase_vi.qm", True),
        ("PySide6\\translations\\qt_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("resources/fonts/LiberationSerif-Regular.ttf", True),
        ("lxml/etree.cpython-311-x86_64-linux-gnu.so", True),
    ],
)
def test_qt_plugin_and_translation_filter(destination: str, kept: bool) -> None:
    assert plan.keep_bundle_file(destination) is kept


def test_unused_qt_modules_are_excluded() -> None:
    import PySide6

    installed = plan.installed_qt_modules(Path(PySide6.__file__).parent)
    used = plan.used_qt_modules([ROOT / "db", ROOT / "desktop"])
    excluded = plan.excluded_qt_modules(used, installed)
    for name in ("QtNetwork", "QtQml", "QtQuick", "QtSql", "QtDesigner"):
        if name in installed and name not in used:
            assert f"PySide6.{name}" in excluded
    kept = plan.qt_module_closure(used, installed)
    assert {"QtCore", "QtGui", "QtWidgets"} <= kept
    assert not {f"PySide6.{name}" for name in kept} & set(excluded)


def test_used_qt_modules_reads_every_import_form(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(
        "from PySide6.QtSvg import QSvgRenderer\n"
        "import PySide6.QtPrintSupport\n"
        "from PySide6 import (\n    QtCore,\n    QtXml,\n)\n"
        "from PySide6 import QtTest, QtSql\n"
        "# PySide6.QtNetwork in a comment is not an import\n",
        encoding="utf-8",
    )
    assert plan.used_qt_modules([tmp_path]) == {
        "QtSvg",
        "QtPrintSupport",
        "QtCore",
        "QtXml",
        "QtTest",
        "QtSql",
    }


def test_windows_version_resource() -> None:
    version = plan.read_version(ROOT)
    assert plan.windows_version_tuple("0.1.0") == (0, 1, 0, 0)
    assert plan.windows_version_tuple("1.2.3.4.5") == (1, 2, 3, 4)
    text = plan.windows_version_file_text(
        version, name="archive-viewer-cli", description="Archive Viewer command line"
    )
    ast.parse(text)  # PyInstaller evaluates it as Python on Windows
    assert f"'FileVersion', '{version}'" in text
    assert "'OriginalFilename', 'archive-viewer-cli.exe'" in text


def test_libraries_only_dropped_plugins_needed_are_found() -> None:
    links = {
        "/s/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/s/libQt6Gui.so.6": ["libQt6Core.so.6", "libicuuc.so.73"],
        "/s/libQt6Core.so.6": ["libicuuc.so.73"],
        "/s/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/s/libQt6XcbQpa.so.6": ["libQt6Gui.so.6"],
        "/s/libQt6Network.so.6": ["libssl.so.3"],
    }
    binaries = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libicuuc.so.73", "/s/libicuuc.so.73", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/s/libQt6XcbQpa.so.6", "BINARY"),
        # Left behind by the dropped TLS plugin:
        ("PySide6/Qt/lib/libQt6Network.so.6", "/s/libQt6Network.so.6", "BINARY"),
        ("libssl.so.3", "/s/libssl.so.3", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
    ]
    orphans = plan.unreachable_binaries(binaries, lambda source: links.get(source, []))
    assert orphans == {"PySide6/Qt/lib/libQt6Network.so.6", "libssl.so.3"}


def test_host_libraries_stay_out_of_the_linux_bundle() -> None:
    assert plan.is_host_library("libstdc++.so.6")
    assert plan.is_host_library("libcups.so.2")
    assert not plan.is_host_library("libxcb-icccm.so.4")  # Qt needs it; hosts often lack it
    assert not plan.is_host_library("PySide6/Qt/lib/libQt6Core.so.6")


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("objdump") is None,
    reason="reads ELF files with objdump",
)
def test_elf_needed_lists_direct_dependencies_only() -> None:
    import _sqlite3

    needed = plan.elf_needed(_sqlite3.__file__)
    assert any(name.startswith("libsqlite3") for name in needed)
    assert not any(name.startswith("ld-linux") for name in needed)


@pytest.mark.parametrize(
    "destination",
    ["pypdfium2_raw/libpdfium.so", "pypdfium2_raw\\pdfium.dll", "pypdfium2_raw/libpdfium.dylib"],
)
def test_pdfium_is_kept_though_only_ctypes_opens_it(destination: str) -> None:
    assert plan.is_root_binary(destination, "BINARY")
    binaries = [(destination, "/src/lib", "BINARY")]
    assert plan.unreachable_binaries(binaries, lambda _path: []) == set()
