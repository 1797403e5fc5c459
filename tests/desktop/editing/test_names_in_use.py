"""The names in use, each kind with its counts, as the dialogs and pickers take them."""

from __future__ import annotations

import pytest

from db.archive import Archive
from desktop.editing.names_in_use import NamesInUse, read_names


def test_read_every_kind_with_counts(archive: Archive, article_ids: list[int]) -> None:
    assert len(article_ids) == 3
    names = read_names(archive)
    assert names.names("author") == ["Lê Thu Hà", "Quốc Toản", "Quốc Toản (CTV)"]
    assert names.counts("source") == [("Báo Biên phòng", 2)]
    assert names.names("tag") == ["biên giới", "văn hoá"]


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown name kind"):
        NamesInUse().names("publisher")
