"""A seeded synthetic corpus in the sample file format.

The text is our own: Vietnamese-looking syllables with marks, đ and both tone placements
(``hoà``/``hòa``), Zipf-distributed so that some words are in almost every article and
most are rare. Each file is about 4–5 KB of UTF-8, dated over 15 years as ``YYYY``,
``YYYY-MM`` or ``YYYY-MM-DD``, and ends with a byline from a few hundred authors. The
same ``(count, seed)`` always gives the same files.
"""

from __future__ import annotations

import itertools
import json
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

FORMAT_VERSION = 1
FILES_PER_FOLDER = 1000
FIRST_YEAR = 2010
YEARS = 15

# Frequent real syllables, most frequent first; the tail is made up below.
COMMON = (
    "và của các được trong cho với là có những người đã này không một năm đồng chí hội nghị "
    "công tác đảng ủy biên phòng tỉnh huyện xã đơn vị cán bộ chiến sĩ nhân dân quân sự "
    "thực hiện nhiệm vụ tổ chức lãnh đạo chỉ huy phát triển kinh tế văn hóa xây dựng "
    "hoạt động kết quả tăng cường phối hợp lực lượng an ninh trật tự địa bàn khu vực "
    "biển đảo bảo vệ chủ quyền quốc gia tuyên truyền pháp luật giúp đỡ bà con gia đình "
    "khó khăn hỗ trợ thăm hỏi tặng quà học sinh trường thầy cô giáo dục y tế sức khỏe "
    "khám chữa bệnh mô hình hiệu quả sản xuất nông nghiệp thôn bản đường giao thông "
    "nước sạch điện lưới thủy lợi mùa vụ thu hoạch lúa ngô chăn nuôi đánh bắt hải sản "
    "tàu thuyền ngư dân cửa khẩu xuất nhập cảnh buôn lậu ma túy tội phạm phòng chống "
    "đấu tranh bắt giữ đối tượng vụ việc điều tra xử lý vi phạm kiểm tra giám sát "
    "thường xuyên kịp thời chặt chẽ nghiêm túc chủ động sáng tạo đoàn kết thống nhất "
    "tiếp tục đẩy mạnh nâng cao chất lượng hoàn thành xuất sắc khen thưởng thi đua "
    "tập thể cá nhân gương điển hình tiên tiến trao tặng bằng khen giấy khen lễ kỷ niệm "
    "ngày thành lập truyền thống vẻ vang lịch sử anh hùng liệt sĩ thương binh chính sách "
    "hòa bình hòa hợp hòa giải thủy sản thủy điện khỏe mạnh quý báu già làng hoàn cảnh "
    "mới cũ lớn nhỏ nhiều ít cao thấp xa gần trên dưới trước sau ngoài giữa bên cạnh"
).split()
TAIL_WORDS = 6_000
ZIPF_S = 1.05

_INITIALS = "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split() + [""]
_RHYMES = (
    "a ai ao au ay âu ây an ang anh am ăn ăng âm ân âng at ac ach ăt âc e eo em en eng et "
    "ê êu ên ênh êt êch i ia iu im in inh it ich iêm iên iêng iêt iêu o oa oai oan oang "
    "oanh oat oac oe oen oet oi om on ong ot oc ô ôi ôm ôn ông ôt ôc ơ ơi ơm ơn ơt u ua "
    "uân uât ui um un ung ut uc uy uya uyên uyêt ư ưa ưi ưu ưng ưt ưc ươi ươn ương ươt "
    "ươc y yên yêt"
).split()
_TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_VOWELS = set("aăâeêioôơuưy")
_HATTED = set("ăâêôơư")

_SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương".split()
)
_MIDDLES = "Văn Thị Quốc Minh Đức Hữu Thanh Ngọc Xuân Thu Hồng Đình Công Bá".split()
_GIVEN = (
    "Toản Tùng Hùng Hòa Thủy Khỏe Quý Lan Hương Dũng Cường Thắng Hải Long Nam Bắc Sơn "
    "Trung Hiếu Nghĩa Phúc Lộc Thọ Tâm Đạt Huy Khánh Linh Trang Phương Hạnh Yến"
).split()
_PLACES = (
    "Thanh Hóa",
    "Hà Nội",
    "Nghệ An",
    "Quảng Trị",
    "Kiên Giang",
    "Lạng Sơn",
    "Cao Bằng",
    "Đà Nẵng",
    "Khánh Hòa",
    "Hà Tĩnh",
)
# Planted in a few articles only, so that selective queries have known answers.
RARE_PLACES = ("Đắk Glei", "Mường Tè", "Xín Mần")
RARE_SHARE = 0.002


def _compose(initial: str, rhyme: str, tone: str, *, old_style: bool) -> str | None:
    """A syllable with its tone mark on the vowel Vietnamese puts it on."""
    if tone and rhyme[-1] in "ctp" or (tone and rhyme.endswith("ch")):
        if tone not in ("\u0301", "\u0323"):
            return None
    word = initial + rhyme
    start = len(initial)
    if initial in ("gh", "ngh", "k") and rhyme[0] not in "eêiy":
        return None
    if initial in ("g", "ng", "c") and rhyme[0] in "eêi":
        return None
    if initial == "qu" and rhyme[0] in "uư":
        return None
    positions = [i for i in range(start, len(word)) if word[i] in _VOWELS]
    if not positions or not tone:
        return unicodedata.normalize("NFC", word)
    hatted = [i for i in positions if word[i] in _HATTED]
    nucleus = "".join(word[i] for i in positions)
    open_syllable = positions[-1] == len(word) - 1
    if hatted:
        at = hatted[-1]
    elif len(positions) == 3:
        at = positions[1]
    elif len(positions) == 2:
        if not open_syllable:
            at = positions[1]
        elif nucleus in ("oa", "oe", "uy"):
            at = positions[0] if old_style else positions[1]
        else:
            at = positions[0]
    else:
        at = positions[0]
    return unicodedata.normalize("NFC", word[: at + 1] + tone + word[at + 1 :])


def _tail_vocabulary(rng: random.Random, size: int, taken: set[str]) -> list[str]:
    words: list[str] = []
    while len(words) < size:
        syllable = _compose(
            rng.choice(_INITIALS), rng.choice(_RHYMES), rng.choice(_TONE_MARKS), old_style=False
        )
        if syllable is None:
            continue
        if syllable not in taken:
            taken.add(syllable)
            words.append(syllable)
    return words


def _old_style(word: str) -> str:
    """The old tone placement of a word ending in oa/oe/uy (``hoà`` → ``hòa``)."""
    base = unicodedata.normalize("NFD", word)
    for pair in ("oa", "oe", "uy"):
        for tone in _TONE_MARKS[1:]:
            new = pair + tone
            if base.endswith(new):
                old = pair[0] + tone + pair[1]
                return unicodedata.normalize("NFC", base[: -len(new)] + old)
    return word


def _new_style(word: str) -> str:
    base = unicodedata.normalize("NFD", word)
    for pair in ("oa", "oe", "uy"):
        for tone in _TONE_MARKS[1:]:
            old = pair[0] + tone + pair[1]
            if base.endswith(old):
                return unicodedata.normalize("NFC", base[: -len(old)] + pair + tone)
    return word


@dataclass(frozen=True)
class Vocabulary:
    """The words of a corpus, most frequent first, with cumulative Zipf weights."""

    words: tuple[str, ...]
    cumulative: tuple[float, ...]
    authors: tuple[str, ...]

    @classmethod
    def build(cls, seed: int) -> Vocabulary:
        rng = random.Random(f"vocabulary-{seed}")
        taken = set(COMMON)
        words = tuple(COMMON) + tuple(_tail_vocabulary(rng, TAIL_WORDS, taken))
        weights = [1.0 / (rank + 1) ** ZIPF_S for rank in range(len(words))]
        authors = sorted(
            {
                f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLES)} {rng.choice(_GIVEN)}"
                for _ in range(400)
            }
        )
        authors = [a + (" (CTV)" if i % 7 == 0 else "") for i, a in enumerate(authors)]
        return cls(words, tuple(itertools.accumulate(weights)), tuple(authors))

    def rank_of(self, word: str) -> int:
        return self.words.index(word)


class ArticleWriter:
    """Writes article ``i`` of a corpus; deterministic in ``(seed, i)``."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.vocabulary = Vocabulary.build(seed)
        # Words that change with the tone placement style, written either way.
        self._variants = {
            w: (_old_style(w), _new_style(w))
            for w in self.vocabulary.words
            if _old_style(w) != w or _new_style(w) != w
        }

    def _words(self, rng: random.Random, count: int) -> list[str]:
        vocab = self.vocabulary
        picked = rng.choices(vocab.words, cum_weights=vocab.cumulative, k=count)
        variants = self._variants
        return [rng.choice(variants[w]) if w in variants else w for w in picked]

    def _sentence(self, rng: random.Random) -> str:
        words = self._words(rng, rng.randint(8, 24))
        roll = rng.random()
        if roll < 0.25:
            place = rng.choice(_PLACES)
            if place.endswith("Hóa") and rng.random() < 0.5:
                place = place[:-3] + "Hoá"
            words.insert(rng.randrange(len(words)), place)
        elif roll < 0.3:
            words.insert(rng.randrange(len(words)), "Bộ đội Biên phòng (BĐBP)")
        if rng.random() < 0.3:
            words.insert(rng.randrange(2, len(words)), words.pop(1) + ",")
        first = words[0]
        words[0] = first[:1].upper() + first[1:]
        return " ".join(words) + "."

    def article(self, index: int) -> str:
        """The text of one file (UTF-8 in the sample format)."""
        rng = random.Random(f"{self.seed}-{index}")
        year = FIRST_YEAR + rng.randrange(YEARS)
        month = rng.randint(1, 12)
        shape = rng.random()
        if shape < 0.1:
            date = f"{year}"
        elif shape < 0.7:
            date = f"{year}-{month:02d}"
        else:
            date = f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
        title_words = self._words(rng, rng.randint(8, 18))
        if rng.random() < 0.3:
            title_words.append(rng.choice(_PLACES))
        title = " ".join(title_words)
        title = title[:1].upper() + title[1:]
        target = rng.randint(3900, 4900)
        paragraphs: list[str] = []
        size = len(title.encode("utf-8")) + 20
        if rng.random() < RARE_SHARE * len(RARE_PLACES):
            paragraphs.append(f"Tại {rng.choice(RARE_PLACES)} {self._sentence(rng)}")
        while size < target:
            paragraph = " ".join(self._sentence(rng) for _ in range(rng.randint(2, 5)))
            paragraphs.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
        if rng.random() < 0.3:
            author = rng.choice(self.vocabulary.authors)
            caption = " ".join(self._words(rng, rng.randint(3, 6)))
            paragraphs.insert(1, f"{caption[:1].upper()}{caption[1:]} (Ảnh: {author})")
        byline = rng.choice(self.vocabulary.authors)
        return f" date {date} {title}\n\n" + "\n\n".join(paragraphs) + f"\n\n{byline}\n"


def corpus_path(out: Path, count: int, seed: int) -> Path:
    return out / f"corpus-{count}-seed{seed}-v{FORMAT_VERSION}"


def write_corpus(out: Path, count: int, seed: int = 1) -> tuple[Path, int]:
    """Write (or reuse) the corpus of ``count`` files; returns its folder and text bytes."""
    folder = corpus_path(out, count, seed)
    stamp = folder / "corpus.json"
    if stamp.exists():
        info = json.loads(stamp.read_text())
        return folder, int(info["bytes"])
    writer = ArticleWriter(seed)
    total = 0
    for index in range(count):
        sub = folder / f"{index // FILES_PER_FOLDER:04d}"
        if index % FILES_PER_FOLDER == 0:
            sub.mkdir(parents=True, exist_ok=True)
        data = writer.article(index).encode("utf-8")
        (sub / f"{index:07d}.txt").write_bytes(data)
        total += len(data)
    stamp.write_text(json.dumps({"count": count, "seed": seed, "bytes": total}))
    return folder, total


def frequency_rank_word(vocabulary: Vocabulary, rank: int) -> str:
    """The word at a Zipf rank (clamped to the vocabulary)."""
    return vocabulary.words[min(rank, len(vocabulary.words) - 1)]


def share_of_articles(vocabulary: Vocabulary, word: str, words_per_article: int = 700) -> float:
    """Expected share of articles that contain ``word`` (for choosing queries)."""
    rank = vocabulary.words.index(word)
    total = vocabulary.cumulative[-1]
    previous = vocabulary.cumulative[rank - 1] if rank else 0.0
    p = (vocabulary.cumulative[rank] - previous) / total
    return 1 - (1 - p) ** words_per_article


__all__ = ["ArticleWriter", "Vocabulary", "corpus_path", "write_corpus"]
