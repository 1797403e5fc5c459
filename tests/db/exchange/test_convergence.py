"""Properties of merging: idempotent, and two workstations converge whatever they did."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.db.exchange.workstations import (
    Workstation,
    all_ids,
    article,
    exchange,
    imported,
    same_holdings,
)

SIDES = st.sampled_from([0, 1])
OPERATIONS = st.one_of(
    st.tuples(st.just("edit"), SIDES, st.integers(0, 5), st.sampled_from(["a", "b", "c"])),
    st.tuples(st.just("tag"), SIDES, st.integers(0, 5), st.sampled_from(["x", "y"])),
    st.tuples(st.just("trash"), SIDES, st.integers(0, 5)),
    st.tuples(st.just("restore"), SIDES, st.integers(0, 5)),
    st.tuples(st.just("new"), SIDES, st.integers(10, 12)),
    st.tuples(st.just("import"), SIDES, st.integers(20, 22)),
    st.tuples(st.just("sync"), SIDES),
)


def _apply(stations: list[Workstation], operation: tuple, folder: Path) -> None:
    kind, side = operation[0], operation[1]
    station = stations[side]
    if kind == "sync":
        other = stations[1 - side]
        other.merge(station.bundle(folder))
        return
    with station.open() as archive:
        ids = all_ids(archive)
        if kind == "new":
            archive.insert(article(operation[2], title=f"Bài mới {operation[2]} bên {side}"))
        elif kind == "import":
            archive.import_batch([imported(operation[2])], import_id=None, allow_duplicates=False)
        elif not ids:
            return
        else:
            target = ids[operation[2] % len(ids)]
            if kind == "edit":
                archive.update(target, body=f"Sửa {operation[3]} bên {side}.")
            elif kind == "tag":
                archive.update(target, tags=[operation[3]])
            elif kind == "trash":
                archive.trash([target])
            elif kind == "restore":
                archive.restore([target])


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(OPERATIONS, max_size=12))
def test_two_workstations_converge_and_merging_again_changes_nothing(operations: list) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        stations = [Workstation(root / "a.sqlite3"), Workstation(root / "b.sqlite3")]
        with stations[0].open() as archive:
            for number in range(3):
                archive.insert(article(number))
        stations[1].merge(stations[0].bundle(root))
        for operation in operations:
            _apply(stations, operation, root)
        exchange(stations[0], stations[1], root)
        assert same_holdings(stations[0], stations[1])
        for station, other in ((stations[0], stations[1]), (stations[1], stations[0])):
            again = station.merge(other.bundle(root))
            assert (again.added, again.updated, again.linked, again.versions_added) == (0, 0, 0, 0)
            assert again.conflicts == [] and again.trashed == again.restored == 0
