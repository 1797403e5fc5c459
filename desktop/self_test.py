"""``archive-viewer --self-test``: does this installation work? One line per check.

Runs everything a user depends on, in a temporary folder and offscreen, without touching
the user's archive or settings: create an archive, import the bundled sample articles,
search them with and without marks, render an article, export a PDF and read the
Vietnamese text back out of it. Works the same from the source tree and from the
PyInstaller bundle, where it is what the build script runs last.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import os
import socket
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db import vietnamese as vn
from db.archive import Archive
from db.importer import import_paths
from db.models import Article, ArticleFilter
from db.query import parse_query
from db.version import __version__
from desktop.resource_files import resource_path, resources_dir

# Each group's queries must find the same articles, and the first must find them too:
# it is typed without marks. The marked forms differ only in where the tone mark sits.
SEARCH_GROUPS: tuple[tuple[str, ...], ...] = (
    ("thanh hoa", "Thanh Hóa", "Thanh Hoá"),
    ("dang uy", "Đảng ủy", "Đảng uỷ"),
)
# Text that the exported PDF must contain, marks and all (the tone mark may sit on either
# vowel of "oa"/"uy", as the searches allow; case and line breaks do not matter).
PDF_TEXTS = ("Đảng ủy", "Thanh Hóa")
# Used only when resources/samples holds no article files: two short articles in the
# archive's sample format (" date YYYY-MM Title", blank line, paragraphs, byline).
FALLBACK_SAMPLES = {
    "tu-kiem-tra-1.txt": (
        " date 2023-12 Đảng ủy Bộ đội Biên phòng tỉnh Thanh Hoá kiểm điểm cuối năm\n\n"
        "Chiều 25/12, Đảng ủy Bộ đội Biên phòng tỉnh Thanh Hóa tổ chức hội nghị kiểm "
        "điểm, đánh giá chất lượng tập thể và cá nhân năm 2023.\n\n"
        "Toàn cảnh hội nghị (Ảnh: Trương Tùng)\n\n"
        "Hội nghị thống nhất phương hướng, nhiệm vụ năm 2024.\n\n"
        "Trương Tùng\n"
    ),
    "tu-kiem-tra-2.txt": (
        " date 2024-01-05 Mùa xuân trên vùng biên giới Nghệ An\n\n"
        "Những ngày đầu năm, cán bộ, chiến sĩ đồn biên phòng cùng bà con bản làng "
        "dọn đường, sửa nhà, chuẩn bị đón Tết Nguyên đán.\n\n"
        "Theo Báo Nghệ An\n"
    ),
}
_ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".mdown", ".html", ".htm", ".docx"}


class SelfTestFailure(Exception):
    """A check that did not pass; the message says what was wrong."""


@dataclass
class CheckResult:
    """The outcome of one check."""

    name: str
    ok: bool
    detail: str


class _NetworkUsed(OSError):
    pass


@contextmanager
def _network_forbidden(attempts: list[str]) -> Iterator[None]:
    """Make every Python-level network call fail (and record it) while the block runs."""

    def refuse(what: str) -> Callable[..., Any]:
        def refused(*args: Any, **_kwargs: Any) -> Any:
            target = next((a for a in args if not isinstance(a, socket.socket)), "")
            attempts.append(f"{what}({target!r})")
            raise _NetworkUsed(f"the self-test forbids network access ({what})")

        return refused

    # setattr: the patched names are typed as their originals, which these are not.
    targets: list[tuple[object, str]] = [
        (socket.socket, "connect"),
        (socket.socket, "connect_ex"),
        (socket, "getaddrinfo"),
        (socket, "create_connection"),
    ]
    saved = [(owner, name, getattr(owner, name)) for owner, name in targets]
    for owner, name, _original in saved:
        setattr(owner, name, refuse(name))
    try:
        yield
    finally:
        for owner, name, original in saved:
            setattr(owner, name, original)


@contextmanager
def _environment(**values: str) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _qt_application() -> Any:
    """The running QApplication, or a new offscreen one (kept for the process's life)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        with _environment(QT_QPA_PLATFORM="offscreen"):
            app = QApplication([sys.argv[0] if sys.argv else "archive-viewer", "-platform",
                                "offscreen"])
        _keep_alive.append(app)
    return app


_keep_alive: list[Any] = []


def _marked_words(text: str) -> str:
    return f" {vn.marked_words(unicodedata.normalize('NFC', text))} "


def sample_files(folder: Path) -> list[Path]:
    """The article files in ``folder`` (recursively), sorted."""
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in _ARTICLE_SUFFIXES
    )


class _SelfTest:
    """The checks, run in order; later checks use what earlier ones made."""

    def __init__(self, workdir: Path, write: Callable[[str], None]) -> None:
        self.workdir = workdir
        self.write = write
        self.results: list[CheckResult] = []
        self.archive: Archive | None = None
        self.found: dict[str, list[int]] = {}

    def check(self, name: str, action: Callable[[], str]) -> bool:
        try:
            detail = action()
        except Exception as error:  # noqa: BLE001 - every failure is reported, not raised
            message = str(error) or type(error).__name__
            if not isinstance(error, SelfTestFailure):
                message = f"{type(error).__name__}: {message}"
            result = CheckResult(name, False, message)
        else:
            result = CheckResult(name, True, detail)
        self.results.append(result)
        status = "ok    " if result.ok else "FAILED"
        self.write(f"{status} {result.name}: {result.detail}")
        return result.ok

    # --- the checks ----------------------------------------------------------------

    def resources(self) -> str:
        folder = resources_dir()
        fonts = sorted(p.name for p in resource_path("fonts").glob("*.ttf"))
        if not fonts:
            raise SelfTestFailure(f"no fonts in {folder / 'fonts'}")
        where = "bundle" if getattr(sys, "frozen", False) else "source tree"
        return f"{folder} ({where}), {len(fonts)} fonts"

    def licenses(self) -> str:
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle is None:
            return "not checked from the source tree (the build puts them in the bundle)"
        folder = Path(bundle) / "licenses"
        wanted = ["Qt-LGPL-NOTICE.txt", "LGPL-3.0.txt", "GPL-3.0.txt"]
        missing = [name for name in wanted if not (folder / name).is_file()]
        libraries = list((folder / "python-libraries").glob("*.txt"))
        if missing or not libraries:
            raise SelfTestFailure(
                f"missing in {folder}: {', '.join(missing) or 'python-libraries/*.txt'}"
            )
        return f"{len(wanted)} notices and {len(libraries)} library licences in {folder}"

    def fonts(self) -> str:
        from desktop.fonts import READING_FONT_FAMILY, load_bundled_fonts

        _qt_application()
        families = load_bundled_fonts()
        if READING_FONT_FAMILY not in families:
            raise SelfTestFailure(f"{READING_FONT_FAMILY!r} not registered (got {families})")
        return ", ".join(families)

    def create_archive(self) -> str:
        path = self.workdir / "self-test.sqlite3"
        self.archive = Archive.open(path, create=True)
        return str(path)

    def import_samples(self) -> str:
        archive = self._archive()
        folder = resource_path("samples")
        files = sample_files(folder)
        note = ""
        if not files:
            folder = self.workdir / "samples"
            folder.mkdir()
            for name, text in FALLBACK_SAMPLES.items():
                (folder / name).write_text(text, encoding="utf-8")
            files = sample_files(folder)
            note = " (no bundled samples: used the self-test's own two articles)"
        report = import_paths(archive, [folder])
        if report.failed or report.error or not report.imported:
            problems = [str(p) for p in report.failed] + ([report.error] if report.error else [])
            raise SelfTestFailure(f"{report.summary()}; {'; '.join(problems) or 'nothing'}")
        return f"{report.summary()} from {folder}{note}"

    def search(self, group: tuple[str, ...]) -> str:
        archive = self._archive()
        hits = {query: archive.ids(ArticleFilter(query=query)) for query in group}
        plain, *marked = group
        if not hits[plain]:
            raise SelfTestFailure(f"{plain!r} found nothing")
        for query in marked:
            if not hits[query]:
                raise SelfTestFailure(f"{query!r} found nothing ({plain!r} found {hits[plain]})")
            if set(hits[query]) != set(hits[marked[0]]):
                raise SelfTestFailure(
                    f"{query!r} found {hits[query]} but {marked[0]!r} found {hits[marked[0]]}"
                )
            if not set(hits[query]) <= set(hits[plain]):
                raise SelfTestFailure(
                    f"{plain!r} found {hits[plain]}, missing {query!r}'s {hits[query]}"
                )
        self.found[plain] = list(hits[marked[0]])
        counts = ", ".join(f"{q!r} → {len(ids)}" for q, ids in hits.items())
        return counts

    def render(self) -> str:
        from desktop.rendering.article_html import render_article_html

        article = self._named_article()
        html = render_article_html(article, query=parse_query("thanh hoa"))
        if 'class="hit"' not in html:
            raise SelfTestFailure(f"no highlighted hit in article {article.id}")
        if "<h1" not in html:
            raise SelfTestFailure(f"no title heading in article {article.id}")
        return f"article {article.id} ({len(html)} characters, hits highlighted)"

    def export_pdf(self) -> str:
        from pypdf import PdfReader

        article = self._named_article()
        target = self.workdir / "self-test.pdf"
        how = _export_with_module(self._archive(), [article], target)
        if how is None:
            _export_with_qt(article, target)
            how = "QTextDocument → QPdfWriter (no export module found)"
        if not target.is_file() or target.stat().st_size == 0:
            raise SelfTestFailure(f"{target} was not written")
        reader = PdfReader(str(target))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        words = _marked_words(text)
        missing = [word for word in PDF_TEXTS if _marked_words(word) not in words]
        if missing:
            raise SelfTestFailure(
                f"{', '.join(repr(m) for m in missing)} not in the PDF text "
                f"(it begins {' '.join(text.split())[:80]!r})"
            )
        found = ", ".join(repr(w) for w in PDF_TEXTS)
        return f"{len(reader.pages)} page(s), {found} found; via {how}"

    def export_in_child(self) -> str:
        """The export as the window runs it: in a child process of this program."""
        from desktop.export.export_process import export_in_process
        from desktop.export.export_types import ExistingFiles, ExportRequest

        article = self._named_article()
        target = self.workdir / "self-test-child.pdf"
        result = export_in_process(
            self._archive().path,
            ExportRequest(ids=[article.id], target=target, existing=ExistingFiles.OVERWRITE),
            progress=lambda *_args: None,
            cancelled=lambda: False,
        )
        if not target.is_file() or target.stat().st_size == 0 or not result.pages:
            raise SelfTestFailure(f"{target} was not written by the export process")
        return f"{result.pages} page(s) written by the export process"

    def no_network(self, attempts: list[str]) -> str:
        if attempts:
            raise SelfTestFailure(f"network calls were made: {', '.join(attempts)}")
        detail = "no network call during the self-test"
        if getattr(sys, "frozen", False):
            if importlib.util.find_spec("PySide6.QtNetwork") is not None:
                raise SelfTestFailure("the bundle ships PySide6.QtNetwork")
            detail += "; QtNetwork is not in the bundle"
        return detail

    # --- helpers -------------------------------------------------------------------

    def _archive(self) -> Archive:
        if self.archive is None:
            raise SelfTestFailure("no archive (an earlier check failed)")
        return self.archive

    def _named_article(self) -> Article:
        # The article the searches found under both names, so the PDF has both texts.
        both = [i for i in self.found.get("dang uy", []) if i in self.found.get("thanh hoa", [])]
        candidates = both or self.found.get("thanh hoa") or self.found.get("dang uy")
        if not candidates:
            raise SelfTestFailure("no article found by the searches above")
        return self._archive().get(candidates[0])

    def run(self) -> None:
        attempts: list[str] = []
        with _network_forbidden(attempts):
            self.check("resources", self.resources)
            self.check("licences", self.licenses)
            self.check("fonts", self.fonts)
            if self.check("create archive", self.create_archive):
                if self.check("import samples", self.import_samples):
                    for group in SEARCH_GROUPS:
                        search = functools.partial(self.search, group)
                        self.check(f"search {' / '.join(group)}", search)
                    self.check("render article", self.render)
                    self.check("export PDF", self.export_pdf)
                    self.check("export PDF in a child process", self.export_in_child)
        self.check("no network", lambda: self.no_network(attempts))
        if self.archive is not None:
            self.archive.close()


def _export_with_module(archive: Archive, articles: list[Article], target: Path) -> str | None:
    """Export as File ▸ Export does (``desktop.export``); None when that module is absent."""
    try:
        exporter = importlib.import_module("desktop.export.exporter")
    except ImportError:
        return None
    exporter.export_pdf(
        archive, [a.id for a in articles], target, title="Archive Viewer self-test", overwrite=True
    )
    return "desktop.export.exporter.export_pdf"


def _export_with_qt(article: Article, target: Path) -> None:
    """Print the rendered article to a PDF with Qt, in the bundled font."""
    from PySide6.QtGui import QFont, QPageSize, QPdfWriter, QTextDocument

    from desktop.fonts import READING_FONT_FAMILY
    from desktop.rendering.article_html import render_article_html

    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(article.title)
    document = QTextDocument()
    document.setDefaultFont(QFont(READING_FONT_FAMILY, 12))
    document.setHtml(render_article_html(article))
    document.print_(writer)
    del writer  # the file is complete once the writer is gone


def _writer() -> Callable[[str], None]:
    stream = sys.stdout  # None in a windowed Windows program: nothing to print to

    def write(line: str) -> None:
        if stream is not None:
            stream.write(line + "\n")
            stream.flush()

    return write


def run_self_test(write: Callable[[str], None] | None = None) -> int:
    """Run every check, print one line each; 0 when all passed, else 1."""
    write = write or _writer()
    started = time.monotonic()
    python = sys.version.split()[0]
    write(f"archive-viewer {__version__} self-test ({sys.platform}, Python {python})")
    with tempfile.TemporaryDirectory(
        prefix="archive-viewer-self-test-", ignore_cleanup_errors=True
    ) as folder:
        workdir = Path(folder)
        # Nothing may read or write the user's own archive, settings or logs.
        with _environment(ARCHIVE_VIEWER_HOME=str(workdir / "home")):
            test = _SelfTest(workdir, write)
            test.run()
    failed = [r for r in test.results if not r.ok]
    seconds = time.monotonic() - started
    if failed:
        write(
            f"self-test FAILED: {len(failed)} of {len(test.results)} checks "
            f"({', '.join(r.name for r in failed)}) in {seconds:.1f} s"
        )
        return 1
    write(f"self-test passed: {len(test.results)} checks in {seconds:.1f} s")
    return 0
