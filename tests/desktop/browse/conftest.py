"""Fixtures of the browse tests: those of the main window's tests (archives, settings,
the English UI), and the facets of its 40-article archive."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.archive import Archive
from db.facets import Facets
from tests.desktop.main_window.conftest import (  # noqa: F401 - fixtures
    archive_path,
    english,
    settings,
)


@pytest.fixture
def facets(archive_path: Path) -> Facets:  # noqa: F811 - the fixture above
    """The counts of the 40-article archive, without a filter."""
    with Archive.open(archive_path) as archive:
        return archive.facets()
