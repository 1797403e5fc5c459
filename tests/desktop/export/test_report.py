"""One combined report, exported through the dialog's code path (the worker thread)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from db.archive import Archive
from desktop.export.export_job import export_job
from desktop.export.export_types import ExistingFiles, ExportRequest, ExportResult
from desktop.export.page_setup import PageSetup
from desktop.jobs import Job, JobRunner, JobState
from tests.desktop.export.conftest import SENTENCE, embedded_font_files, outline, page_texts

TITLE = "Báo cáo tổng hợp tin biên giới"


def run_export(qtbot: QtBot, runner: JobRunner, archive: Archive, request: ExportRequest) -> Job:
    """The export as the window runs it: a job with its own connection; waits for its end."""
    job = export_job(archive.path, request, title="export")
    with qtbot.waitSignal(job.finished, timeout=60_000):
        runner.submit(job)
    return job


@pytest.fixture
def exports(qtbot: QtBot, runner: JobRunner, archive: Archive) -> Callable[[ExportRequest], Job]:
    """``run_export`` on the test's archive and runner."""
    return lambda request: run_export(qtbot, runner, archive, request)


def export_report(
    qtbot: QtBot,
    runner: JobRunner,
    archive: Archive,
    ids: list[int],
    target: Path,
    **options: object,
) -> ExportResult:
    request = ExportRequest(ids=ids, target=target, title=TITLE, **options)  # type: ignore[arg-type]
    job = run_export(qtbot, runner, archive, request)
    assert job.state is JobState.SUCCEEDED, job.message
    assert isinstance(job.result, ExportResult)
    return job.result


def contents_entries(texts: list[str], titles: list[str], header: str = TITLE) -> dict[str, int]:
    """The page number printed in the contents for each title (entries are "N. title … page")."""
    contents = texts[1].split(header)[0]  # the fixture's contents fit on page 2
    found = {}
    for number, title in enumerate(titles, start=1):
        start = contents.index(f"{number}. {title}") + len(f"{number}. {title}")
        following = contents.find(f" {number + 1}. ", start)
        segment = contents[start : following if following >= 0 else len(contents)]
        found[title] = int(re.findall(r"\b(\d+)\b", segment)[-1])
    return found


def test_report_has_cover_contents_and_articles_on_their_pages(
    qtbot: QtBot, runner: JobRunner, archive: Archive, article_ids: list[int], out_dir: Path
) -> None:
    target = out_dir / "báo cáo.pdf"
    result = export_report(qtbot, runner, archive, article_ids, target)

    reader = PdfReader(target)
    texts = page_texts(target)
    assert len(reader.pages) == result.pages == len(texts)
    assert len(texts) >= len(article_ids) + 3  # cover, contents, the long article's pages
    cover = texts[0]
    assert TITLE in cover
    assert "5 articles" in cover
    assert "20 December 2023 – 1 April 2024" in cover
    assert "Exported on" in cover
    assert "Page" not in cover  # no header or footer on the cover

    titles = [archive.get(i).title for i in article_ids]
    starts = contents_entries(texts, titles)
    for title, page in starts.items():
        assert title in texts[page - 1], f"{title!r} does not start on page {page}"
    assert sorted(starts.values()) == list(starts.values())
    assert starts[titles[1]] - starts[titles[0]] >= 3  # the long article takes pages

    everything = " ".join(texts)
    assert SENTENCE in everything
    assert "tuần tra trong mưa rừng" in everything
    assert "Đồn biên phòng trong sương sớm." in everything  # the picture's caption
    for number, text in enumerate(texts[1:], start=2):
        assert f"Page {number} of {len(texts)}" in text
        assert TITLE in text  # the running header


def test_report_outline_metadata_and_embedded_fonts(
    qtbot: QtBot, runner: JobRunner, archive: Archive, article_ids: list[int], out_dir: Path
) -> None:
    target = out_dir / "report.pdf"
    export_report(qtbot, runner, archive, article_ids, target)
    reader = PdfReader(target)
    texts = page_texts(target)
    titles = [archive.get(i).title for i in article_ids]

    bookmarks = outline(target)
    assert [title for title, _page in bookmarks] == ["Contents", *titles]
    assert bookmarks[0][1] == 2
    starts = contents_entries(texts, titles)
    assert [page for _title, page in bookmarks[1:]] == [starts[t] for t in titles]

    assert reader.metadata is not None
    assert reader.metadata.title == TITLE
    assert reader.metadata.author == "Nguyễn Thị Hương, Lê Văn Thành"

    fonts = embedded_font_files(target)
    assert fonts, "no fonts found"
    assert all(fonts.values()), fonts
    assert any("LiberationSerif" in name for name in fonts)


def test_letter_and_margins_change_the_page(
    qtbot: QtBot, runner: JobRunner, archive: Archive, article_ids: list[int], out_dir: Path
) -> None:
    target = out_dir / "letter.pdf"
    setup = PageSetup(page_size="Letter", margin_left_mm=35, font_size_pt=14)
    export_report(qtbot, runner, archive, article_ids[:2], target, setup=setup)
    box = PdfReader(target).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_existing_file_is_not_overwritten_unless_allowed(
    qtbot: QtBot, runner: JobRunner, archive: Archive, article_ids: list[int], out_dir: Path
) -> None:
    target = out_dir / "report.pdf"
    target.write_bytes(b"keep me")
    job = run_export(qtbot, runner, archive, ExportRequest(ids=article_ids, target=target))
    assert job.state is JobState.FAILED and "already exists" in job.message
    assert target.read_bytes() == b"keep me"
    assert sorted(p.name for p in out_dir.iterdir()) == ["report.pdf"]

    export_report(qtbot, runner, archive, article_ids, target, existing=ExistingFiles.OVERWRITE)
    assert target.read_bytes().startswith(b"%PDF")


def test_cancel_leaves_no_file(
    qtbot: QtBot, runner: JobRunner, archive: Archive, article_ids: list[int], out_dir: Path
) -> None:
    target = out_dir / "report.pdf"
    job = export_job(
        archive.path, ExportRequest(ids=article_ids * 20, target=target), title="export"
    )
    with qtbot.waitSignal(job.progress, timeout=60_000):
        runner.submit(job)
    with qtbot.waitSignals([job.cancelled, job.finished], timeout=60_000, order="strict"):
        job.cancel()
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("problem", ["folder is a file", "no such folder"])
def test_unusable_destination_gives_a_message_and_no_file(
    exports: Callable[[ExportRequest], Job], article_ids: list[int], out_dir: Path, problem: str
) -> None:
    if problem == "folder is a file":
        (out_dir / "notes.txt").write_text("x")
        target = out_dir / "notes.txt" / "report.pdf"
    else:
        target = out_dir / "missing" / "report.pdf"
    job = exports(ExportRequest(ids=article_ids, target=target))
    assert job.state is JobState.FAILED and "\n" not in job.message
    assert "folder" in job.message
    assert [p.name for p in out_dir.iterdir()] == (["notes.txt"] if "file" in problem else [])


def test_nothing_selected_is_an_error(
    qtbot: QtBot, runner: JobRunner, archive: Archive, out_dir: Path
) -> None:
    job = run_export(qtbot, runner, archive, ExportRequest(ids=[], target=out_dir / "r.pdf"))
    assert job.message == "Nothing to export: select articles or change the filter."
