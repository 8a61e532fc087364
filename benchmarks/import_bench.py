"""Import time of large web pages (run by hand): 1, 4 and 10 MB of article text.

.venv/bin/python benchmarks/import_bench.py
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.io.importers import import_web_bytes  # noqa: E402

ENGLISH = (
    "the minister said that talks would resume next week while officials in the capital warned of"
    " delays over the port contract and the union said its members would not accept the terms"
)
GERMAN_TEXT = "die Gewerkschaft erklärte dass ihre Mitglieder den Vertrag nicht annehmen würden und dass"
WORDS, GERMAN = ENGLISH.split(), GERMAN_TEXT.split()


def page(megabytes: float) -> bytes:
    rng = random.Random(7)
    paras, size = [], 0
    while size < megabytes * 1_000_000:
        words = GERMAN if len(paras) % 50 == 7 else WORDS
        p = " ".join(rng.choice(words) for _ in range(rng.randint(30, 90))).capitalize() + "."
        tag = "blockquote" if len(paras) % 50 == 7 else "p"
        paras.append(f"<{tag}>{p}</{tag}>")
        size += len(p)
    body = "\n".join(paras)
    return f"<html><head><title>A long post</title></head><body><article><h1>A long post</h1>{body}</article></body></html>".encode()


def main() -> None:
    import_web_bytes(page(0.05), "warm-up")
    print(f"{'page MB':>8} {'blocks':>7} {'import s':>9}")
    for mb in (1, 4, 10):
        raw = page(mb)
        t = time.perf_counter()
        article = import_web_bytes(raw, "big.html")
        elapsed = time.perf_counter() - t
        print(f"{len(raw) / 1e6:>8.1f} {len(article.blocks):>7} {elapsed:>9.2f}")


if __name__ == "__main__":
    main()
