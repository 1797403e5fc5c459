"""Small article files in the sample format, written for the robustness tests.

The text is our own: Vietnamese-looking words with marks, đ and both tone placements.
"""

from __future__ import annotations

import random
from pathlib import Path

from db.archive import Archive
from db.models import ArticleFields

WORDS = (
    "và của các được trong cho với là có những người đã này không một năm đồng chí hội "
    "nghị công tác đảng ủy biên phòng tỉnh huyện xã đơn vị cán bộ chiến sĩ nhân dân thực "
    "hiện nhiệm vụ tổ chức hòa hoà thủy thuỷ khỏe khoẻ đường giao thông ngư dân tàu thuyền "
    "lúa ngô mùa vụ quà tặng học sinh thầy cô giáo bản làng già trưởng thôn"
).split()


def sentence(rng: random.Random, count: int) -> str:
    """``count`` random words, the first one capitalised."""
    return " ".join(rng.choice(WORDS) for _ in range(count)).capitalize()


def sample_text(rng: random.Random, number: int) -> str:
    """One file in the sample format: `` date YYYY-MM Title``, a blank line, paragraphs."""
    month = rng.randint(1, 12)
    title = f"{sentence(rng, rng.randint(4, 9))} số {number}"
    paragraphs = "\n\n".join(sentence(rng, rng.randint(30, 90)) + "." for _ in range(3))
    return f" date 2023-{month:02d} {title}\n\n{paragraphs}\n"


def write_sample_files(folder: Path, count: int, *, seed: int = 0) -> list[Path]:
    """Write ``count`` article files into ``folder``; returns their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"bai-{number:04d}.txt"
        path.write_text(sample_text(rng, number), encoding="utf-8")
        paths.append(path)
    return paths


def make_archive(path: Path, count: int, *, seed: int = 0) -> Path:
    """An archive of ``count`` articles with tags (one transaction)."""
    rng = random.Random(seed)
    articles = [
        ArticleFields(
            title=f"{sentence(rng, 6)} số {number}",
            body="\n\n".join(sentence(rng, 60) + "." for _ in range(3)),
            date=f"2022-{rng.randint(1, 12):02d}",
            author=rng.choice(["Nguyễn Văn An", "Trần Thị Bình", None]),
            tags=[rng.choice(["biên phòng", "ngư dân", "giáo dục"])],
        )
        for number in range(count)
    ]
    with Archive.open(path, create=True) as archive:
        archive.insert_many(articles)
    return path
