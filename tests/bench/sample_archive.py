"""``python -m tests.bench.sample_archive OUT.sqlite3 [--articles N]``: an archive to look at.

The program's own sample articles (``resources/samples``) and N generated ones (the
benchmark's generator), with sources and tags spread over them as a unit's archive has
them: what the README's screenshots show. Seeded: the same archive every time.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

from db.archive import Archive
from db.importer import import_paths
from desktop.resource_files import resource_path
from tests.bench.generator import ArticleWriter

SOURCES = (
    ("Báo Biên phòng", 30),
    ("Báo Quân đội nhân dân", 18),
    ("Báo Thanh Hóa", 14),
    ("Đài Truyền hình Việt Nam", 10),
    ("Thông tấn xã Việt Nam", 9),
    ("Báo Điện tử Chính phủ", 6),
    ("Báo An ninh Thủ đô", 4),
    ("Tạp chí Văn hóa", 5),
)
TAGS = (
    "biên giới",
    "an ninh trật tự",
    "kinh tế",
    "văn hóa",
    "giáo dục",
    "y tế",
    "nông nghiệp",
    "thi đua khen thưởng",
    "đối ngoại",
)


def build(path: Path, articles: int, seed: int = 3) -> int:
    """Write the archive at ``path`` (replaced); returns how many articles it holds."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    writer = ArticleWriter(seed)
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder, Archive.open(path, create=True) as archive:
        for index in range(articles):
            text = writer.article(index)
            (Path(folder) / f"{index:04d}.txt").write_text(text, encoding="utf-8")
        import_paths(archive, [Path(folder)])
        import_paths(archive, [resource_path("samples")])
        ids = archive.ids()
        names = [name for name, _ in SOURCES]
        weights = [weight for _, weight in SOURCES]
        by_source: dict[str, list[int]] = {}
        by_tag: dict[str, list[int]] = {}
        for article_id in ids:
            if rng.random() < 0.9:
                by_source.setdefault(rng.choices(names, weights)[0], []).append(article_id)
            for tag in rng.sample(TAGS, rng.choice((0, 1, 1, 2))):
                by_tag.setdefault(tag, []).append(article_id)
        for source, chosen in by_source.items():
            archive.set_source(chosen, source)
        for tag, chosen in by_tag.items():
            archive.add_tags(chosen, [tag])
        return archive.total()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.sample_archive")
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=400)
    args = parser.parse_args(argv)
    print(f"{build(args.out, args.articles)} articles in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
