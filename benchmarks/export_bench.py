"""Time loading, saving and exporting a long article (run by hand).

.venv/bin/python benchmarks/export_bench.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor.core import project
from editor.core.model import Article, Block, BlockKind, Status
from editor.io.export import render
from editor.io.profiles import load_profile


def article(n: int) -> Article:
    a = Article(title="長い記事", source_title="A long post", site_label="MoA", author="b")
    for i in range(n):
        quoted = i % 7 in (3, 4)
        a.blocks.append(
            Block(
                f"Paragraph {i} with a [link](https://example.org/{i}) and *some* words. " * 4,
                kind=BlockKind.QUOTE if quoted else BlockKind.PARAGRAPH,
                quote_group=f"g{i // 7}" if quoted else None,
                draft=f"段落{i}の訳文です。[リンク](https://example.org/{i})を含みます。" * 4,
                status=Status.DONE,
            )
        )
    return a


def timed(fn: Callable[[], object], runs: int = 5) -> float:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples) * 1000


def main() -> None:
    profile = load_profile("hatena")
    when = datetime.now().astimezone()
    print(f"{'blocks':>7} {'save ms':>9} {'load ms':>9} {'export ms':>10} {'file KB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (100, 1000, 5000):
            a = article(n)
            path = Path(tmp) / f"a{n}.tsuji"
            proj = project.Project(a)
            save = timed(lambda: project.save(proj, path, force=True))  # noqa: B023
            load = timed(lambda: project.load(path))  # noqa: B023
            export = timed(lambda: render(a, profile, post_date=when))  # noqa: B023
            size = path.stat().st_size / 1024
            print(f"{n:>7} {save:>9.1f} {load:>9.1f} {export:>10.1f} {size:>8.0f}")


if __name__ == "__main__":
    main()
