"""Two workstations' archives in a test folder, and how to compare what they hold."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db.archive import Archive
from db.exchange import export_bundle, merge_archive
from db.exchange.content import Version
from db.exchange.merge import MergeReport
from db.exchange.store import current_version, history
from db.models import ArticleFields, ArticleImage, NewArticle


def article(index: int, **changes: object) -> ArticleFields:
    """A small article of our own; ``changes`` override its fields."""
    fields = ArticleFields(
        title=f"Báo cáo công tác biên phòng số {index}",
        body=f"Đồn Biên phòng số {index} hoàn thành nhiệm vụ.\n\nCán bộ chiến sĩ hòa thuận.",
        date=f"2023-{index % 12 + 1:02d}",
        author="Nguyễn Văn An",
        tags=["biên phòng"],
    )
    for name, value in changes.items():
        setattr(fields, name, value)
    return fields


def imported(number: int, *, image: bytes | None = None) -> NewArticle:
    """The same file read at any workstation: the same fields and fingerprint."""
    fields = article(number)
    return NewArticle(
        title=fields.title,
        body=fields.body + ("\n\n![Ảnh](image:anh.png)" if image else ""),
        date=fields.date,
        author=fields.author,
        tags=list(fields.tags),
        fingerprint=f"fingerprint-{number}",
        original_name=f"bai-{number}.txt",
        encoding="tcvn3",
        original_bytes=f"original bytes {number}".encode(),
        images=[ArticleImage("anh.png", "image/png", image)] if image else [],
    )


@dataclass
class Workstation:
    """One workstation's archive file."""

    path: Path

    def open(self) -> Archive:
        return Archive.open(self.path, create=True)

    def bundle(self, folder: Path, ids: list[int] | None = None) -> Path:
        """Write a bundle of ``ids`` (default: everything, Trash included)."""
        with self.open() as archive:
            chosen = ids if ids is not None else all_ids(archive)
            result = export_bundle(archive, folder / f"{self.path.stem}.avbundle", chosen,
                                   overwrite=True)
        assert result is not None
        return result.path

    def merge(self, source: Path, **options: object) -> MergeReport:
        with self.open() as archive:
            return merge_archive(archive, source, **options)  # type: ignore[arg-type]


def all_ids(archive: Archive) -> list[int]:
    return [row[0] for row in archive._db.execute("SELECT id FROM articles ORDER BY id")]


def exchange(first: Workstation, second: Workstation, folder: Path) -> None:
    """A USB stick both ways: first's bundle into second, then second's into first."""
    second.merge(first.bundle(folder))
    first.merge(second.bundle(folder))


@dataclass(frozen=True)
class Held:
    """What an archive holds of one article, as two workstations must agree on it."""

    current: str
    deleted: bool
    versions: frozenset[str]
    images: frozenset[str]


def holdings(archive: Archive) -> dict[frozenset[str], Held]:
    """Every article by the set of uids it is known by (its own and linked ones)."""
    found = {}
    for article_id in all_ids(archive):
        stored = archive.get(article_id)
        uids = {stored.uid} | {
            row[0]
            for row in archive._db.execute(
                "SELECT uid FROM article_aliases WHERE article_id = ?", [article_id]
            )
        }
        now = current_version(stored)
        past: list[Version] = history(archive._db, article_id)
        found[frozenset(uids)] = Held(
            current=now.hash,
            deleted=stored.deleted is not None,
            versions=frozenset(v.hash for v in [*past, now]),
            images=frozenset(image.name for image in archive.images(article_id)),
        )
    return found


def same_holdings(first: Workstation, second: Workstation) -> bool:
    """Whether both hold the same articles (matched by any shared uid), alike."""
    with first.open() as a, second.open() as b:
        ours, theirs = holdings(a), holdings(b)
    if len(ours) != len(theirs):
        return False
    for uids, held in ours.items():
        match = [h for other, h in theirs.items() if other & uids]
        if len(match) != 1 or match[0] != held:
            return False
    return True
