"""Build the Archive Viewer bundle with PyInstaller, then run its self-test.

    python packaging/build.py                  # dist/archive-viewer/, then its --self-test
    python packaging/build.py --skip-self-test
    python packaging/build.py --onefile        # dist/onefile/archive-viewer[.exe] as well

Exits 0 when the bundle was built and its self-test passed; non-zero otherwise. Works the
same on Windows and Linux (run it with the Python of the environment that has the
``package`` extra installed: ``pip install -e ".[package]"``).
"""

from __future__ import annotations

import argparse
import os
import runpy
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "archive_viewer.spec"
APP_NAME = "archive-viewer"
SIZE_GOAL_MB = 120
SELF_TEST_TIMEOUT_S = 600


def folder_size(path: Path) -> int:
    """Bytes of every file under ``path`` (a file: its own size)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    """``123.4 MB`` (MiB, as file managers count)."""
    return f"{size / 2**20:.1f} MB"


def executable(folder: Path, name: str) -> Path:
    """The path of program ``name`` in ``folder`` on this platform."""
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def cli_program(bundle: Path) -> Path:
    """The console program of a one-folder bundle (the CLI one on Windows)."""
    if sys.platform == "win32":
        return executable(bundle, f"{APP_NAME}-cli")
    return executable(bundle, APP_NAME)


def run_pyinstaller(dist: Path, work: Path, *, onefile: bool) -> float:
    """Run PyInstaller with the spec; returns the seconds it took (raises on failure)."""
    env = dict(os.environ, ARCHIVE_VIEWER_ONEFILE="1" if onefile else "0")
    command = [
        sys.executable, "-m", "PyInstaller", str(SPEC),
        "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work),
    ]
    print("$", " ".join(command), flush=True)
    started = time.monotonic()
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return time.monotonic() - started


def start_up_seconds(program: Path) -> float:
    """Seconds ``program --version`` takes (what a start costs before any window)."""
    started = time.monotonic()
    subprocess.run([str(program), "--version"], check=True, capture_output=True, timeout=120)
    return time.monotonic() - started


def run_self_test(program: Path) -> int:
    """Run ``program --self-test`` offscreen; returns its exit code."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    print(f"$ QT_QPA_PLATFORM=offscreen {program} --self-test", flush=True)
    try:
        done = subprocess.run(
            [str(program), "--self-test"], env=env, timeout=SELF_TEST_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        print(f"the self-test did not finish in {SELF_TEST_TIMEOUT_S} s")
        return 1
    return done.returncode


def check_version(program: Path) -> str:
    """``program --version`` must print the version of ``db/version.py``."""
    version = runpy.run_path(str(ROOT / "db" / "version.py"))["__version__"]
    expected = f"{APP_NAME} {version}"
    printed = subprocess.run(
        [str(program), "--version"], check=True, capture_output=True, text=True, timeout=120
    ).stdout.strip()
    if printed != expected:
        raise SystemExit(f"{program} --version printed {printed!r}, expected {expected!r}")
    return printed


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The build script's options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-self-test", action="store_true", help="build only")
    parser.add_argument(
        "--onefile",
        action="store_true",
        help="also build a single-file program in dist/onefile/ (slower to start)",
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work dir"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Build, report the size, run the self-test; returns the exit code."""
    args = parse_args(argv)
    seconds = run_pyinstaller(args.dist, args.work, onefile=False)
    bundle = args.dist / APP_NAME
    program = cli_program(bundle)
    size = folder_size(bundle)
    print(f"built {bundle} in {seconds:.0f} s: {megabytes(size)}", flush=True)
    if sys.platform.startswith("linux") and size > SIZE_GOAL_MB * 2**20:
        print(f"warning: the bundle is over the {SIZE_GOAL_MB} MB goal")
    licences = bundle / "_internal" / "licenses" / "python-libraries"
    print(f"licences: {len(list(licences.glob('*.txt')))} library files in {licences}")
    print(f"version: {check_version(program)}")
    print(f"start-up (--version): {start_up_seconds(program):.2f} s")

    if args.onefile:
        onefile_dist = args.dist / "onefile"
        seconds = run_pyinstaller(onefile_dist, args.work / "onefile", onefile=True)
        single = executable(onefile_dist, APP_NAME)
        print(f"built {single} in {seconds:.0f} s: {megabytes(folder_size(single))}")
        print(f"start-up (--version) of the one-file program: {start_up_seconds(single):.2f} s")

    if args.skip_self_test:
        print("self-test skipped (--skip-self-test)")
        return 0
    code = run_self_test(program)
    if code != 0:
        print(f"the built program's self-test FAILED (exit {code})")
        return 1
    if args.onefile:
        code = run_self_test(executable(args.dist / "onefile", APP_NAME))
        if code != 0:
            print(f"the one-file program's self-test FAILED (exit {code})")
            return 1
    print("build and self-test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
