"""Articles to edit, in a real archive file in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleFields
from desktop.jobs import JobRunner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[JobRunner]:
    """The job runner the dialogs' long changes go to (a window has one)."""
    del qtbot  # the QApplication
    jobs = JobRunner()
    yield jobs
    jobs.stop()


@pytest.fixture
def article_ids(archive: Archive) -> list[int]:
    """Three articles: two by variants of one author's name, tagged differently."""
    articles = [
        ArticleFields(
            title="Hội nghị tổng kết công tác năm",
            body="Sáng 20/12, Đảng ủy tổ chức hội nghị tổng kết.\n\nNăm qua các đồn Biên phòng "
            "đã phối hợp chặt chẽ.",
            date="2023-12",
            author="Quốc Toản",
            source="Báo Biên phòng",
            tags=["biên giới"],
        ),
        ArticleFields(
            title="Mùa xuân trên bản",
            body="Những cành đào nở sớm trên bản vùng cao.",
            date="2024-02",
            author="Quốc Toản (CTV)",
            source="Báo Biên phòng",
            tags=["văn hoá"],
        ),
        ArticleFields(
            title="Tuần tra đường biên",
            body="Các chiến sĩ tuần tra trong mưa.",
            date="2024",
            author="Lê Thu Hà",
            tags=[],
        ),
    ]
    return [archive.insert(article).id for article in articles]
