"""Building the memory from a blog: 500 posts aligned with saved source pages (no network),
and the bulk load of 100,000 units into the memory.

.venv/bin/python benchmarks/align_bench.py

Goals (#16): 500 posts in under 60 s; 100,000 units loaded in under 30 s.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.assist.memory import Memory  # noqa: E402
from editor.core.units import Unit  # noqa: E402
from editor.flows.archive_align import build_memory  # noqa: E402
from editor.io.profiles import load_profile  # noqa: E402
from editor.io.sources import SourceFinder  # noqa: E402
from tests.align_posts import page, post  # noqa: E402

WORDS = [
    "the",
    "minister",
    "said",
    "talks",
    "would",
    "resume",
    "after",
    "the",
    "port",
    "strike",
    "ended",
    "while",
    "unions",
]
KANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわを"
KANJI = "政府港湾交渉首相議会合意協議関税輸出市場労働組合発表記者会見"


def english(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    words.insert(rng.randrange(len(words)), str(rng.randrange(10, 3000)))
    return " ".join(words).capitalize() + "."


def japanese(rng: random.Random, en: str) -> str:
    length = int(len(en.replace(" ", "")) * rng.uniform(0.45, 0.65))
    numbers = [w for w in en.rstrip(".").split() if w.isdigit()]
    body = "".join(rng.choice(KANA + KANJI) for _ in range(length))
    return body[: length // 2] + "".join(numbers) + body[length // 2 :] + "。"


def make(blog: Path, sources: Path, posts: int, rng: random.Random) -> set[tuple[str, str]]:
    """Writes the posts and pages; returns the true pairs (merged sources joined by a newline)."""
    truth: set[tuple[str, str]] = set()
    for k in range(posts):
        url = f"https://source.example/2025/{k}.html"
        src = [english(rng, rng.randint(15, 60)) for _ in range(rng.randint(12, 30))]
        ja: list[str] = []
        origin: list[list[str]] = []
        for p in src:
            r = rng.random()
            if r < 0.05 and ja and origin[-1]:
                ja[-1] += japanese(rng, p)  # merged into the paragraph before
                origin[-1].append(p)
            elif r < 0.08:
                continue  # left out
            else:
                ja.append(japanese(rng, p))
                origin.append([p])
            if rng.random() < 0.03:
                ja.append("※訳注: " + "".join(rng.choice(KANA) for _ in range(30)) + "。")
                origin.append([])
        truth |= {("\n".join(o), t) for o, t in zip(origin, ja, strict=True) if o}
        day = blog / "entry" / "2025" / f"{k % 12 + 1:02d}"
        day.mkdir(parents=True, exist_ok=True)
        (day / f"post-{k}.md").write_text(post(url, f"記事{k}", ["要点: なし"], ja), "utf-8")
        (sources / f"saved-{rng.randrange(10**9)}.html").write_bytes(page(url, f"Post {k}", src))
    return truth


def main() -> None:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["TSUJI_HOME"] = str(Path(tmp) / "home")
        blog, sources = Path(tmp) / "blog", Path(tmp) / "saved"
        sources.mkdir()
        truth = make(blog, sources, 500, rng)
        t = time.perf_counter()
        finder = SourceFinder(sources)
        index = time.perf_counter() - t
        found: list[Unit] = []
        report = build_memory(blog, load_profile("hatena"), finder, add=found.extend)
        align_s = time.perf_counter() - t
        memory = Memory(Path(tmp) / "tm.sqlite")
        units = [
            Unit(english(rng, rng.randint(20, 50)) + f" ({i})", f"訳文{i}", confidence=0.8)
            for i in range(100_000)
        ]
        t = time.perf_counter()
        memory.add_many(units)
        load_s = time.perf_counter() - t
        t = time.perf_counter()
        memory.add_many(units[:1000])
        again_s = time.perf_counter() - t
        print(f"{'measure':<48} {'value':>10}")
        print(f"{'posts aligned / skipped':<48} {len(report.done):>5} / {len(report.skipped):<4}")
        right = len({(u.source, u.target) for u in found} & truth)
        print(
            f"{'pairs stored / held / true pairs':<48} {report.stored:>5} / {len(report.held)} / {len(truth)}"
        )
        print(
            f"{'precision / recall of stored pairs':<48} {right / max(1, len(found)):>9.1%} / {right / len(truth):.1%}"
        )
        print(f"{'saved pages indexed (s)':<48} {index:>10.1f}")
        print(f"{'500 posts: index, import, align (s)':<48} {align_s:>10.1f}")
        print(f"{'bulk load of 100,000 units (s)':<48} {load_s:>10.1f}")
        print(f"{'1,000 units again, replacing (s)':<48} {again_s:>10.2f}")
        memory.close()


if __name__ == "__main__":
    main()
