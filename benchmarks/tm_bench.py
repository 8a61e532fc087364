"""Translation memory: fuzzy lookups with 100,000 units (run by hand).

.venv/bin/python benchmarks/tm_bench.py
"""

from __future__ import annotations

import itertools
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor.assist.memory import Memory
from editor.core.units import Unit

WORDS = [
    "government",
    "minister",
    "talks",
    "port",
    "terminal",
    "operators",
    "concession",
    "fee",
    "union",
    "election",
    "budget",
    "parliament",
    "sanctions",
    "treaty",
    "border",
    "army",
    "ceasefire",
    "negotiations",
    "envoy",
    "embassy",
    "summit",
    "oil",
    "gas",
    "pipeline",
    "exports",
    "imports",
    "inflation",
    "central",
    "bank",
    "interest",
    "rates",
    "protest",
    "strike",
    "court",
    "ruling",
    "president",
    "coalition",
    "opposition",
    "vote",
    "referendum",
    "press",
    "statement",
    "spokesman",
    "officials",
    "sources",
]


def vocabulary(rng: random.Random, n: int = 20000) -> list[str]:
    """Common words plus invented names and terms, as a political blog's vocabulary."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    invented = {"".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(n)}
    return WORDS + sorted(invented)


def sentence(rng: random.Random, n: int, vocab: list[str], cum: list[float]) -> str:
    out: list[str] = []
    while len(" ".join(out)) < n:
        out.extend(rng.choices(vocab, cum_weights=cum, k=8))
    return " ".join(out)[:n].rsplit(" ", 1)[0].capitalize() + "."


def main() -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        mem = Memory(Path(tmp) / "tm.sqlite")
        t = time.perf_counter()
        vocab = vocabulary(rng)
        weights = [1.0 / (rank + 1) for rank in range(len(vocab))]  # Zipf, like real text
        cum = list(itertools.accumulate(weights))
        units = [Unit(sentence(rng, 300, vocab, cum), f"訳文{i}", "en", "ja") for i in range(100_000)]
        mem.add_many(units)
        build = time.perf_counter() - t
        t = time.perf_counter()
        reopened = Memory(Path(tmp) / "tm.sqlite")
        reopen = time.perf_counter() - t
        times, found = [], 0
        for _ in range(100):
            base = units[rng.randrange(len(units))].source
            words = base.split()
            for _ in range(4):  # a few edits: still a fuzzy match
                words[rng.randrange(len(words))] = rng.choices(vocab, cum_weights=cum)[0]
            query = " ".join(words)
            t = time.perf_counter()
            matches = reopened.lookup(query, "en")
            times.append((time.perf_counter() - t) * 1000)
            found += any(m.unit.source == base for m in matches)
        size = (Path(tmp) / "tm.sqlite").stat().st_size / 1024 / 1024
        print(
            f"{'units':>8} {'build s':>8} {'open ms':>8} {'median ms':>10} {'worst ms':>9} {'found':>6} {'MB':>6}"
        )
        print(
            f"{len(reopened):>8} {build:>8.1f} {reopen * 1000:>8.1f} {statistics.median(times):>10.1f}"
            f" {max(times):>9.1f} {found:>5}% {size:>6.0f}"
        )


if __name__ == "__main__":
    main()
