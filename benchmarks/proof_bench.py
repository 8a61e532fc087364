"""Proofreading speed: the tokenizer's load, one edited block, and a whole article once warm.

.venv/bin/python benchmarks/proof_bench.py

Goals (#13): re-checking an edited block <= 20 ms; a whole 10,000-character article <= 150 ms warm.
After an edit the window checks the whole post again; what each rule found in the texts that did
not change is kept (engine._HITS), so that check reads one text: the last line of the table.
The load runs in a fresh interpreter, as the window's first check does on its worker thread.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.assist.proof import check_article, load_style, tokens  # noqa: E402
from editor.assist.proof.engine import _HITS, article_segments, check_segments  # noqa: E402
from editor.core.model import Article, Block, Status, SummaryPoint  # noqa: E402

SENTENCES = [
    "政府は先週、港湾の運営権を取り消したと発表した。",
    "外国の運営会社は撤退し、交渉は再開の見込みが立っていない。",
    "関係者によれば、合意には数か月かかるという。",
    "「我々は話し合う用意がある」と大臣は記者団に語った。",
    "しかし、野党は政府の説明が不十分だと批判している。",
    "輸出額は前年より12%減り、25億ドルにとどまった。",
]


def article(chars: int) -> Article:
    blocks = []
    total = i = 0
    while total < chars:
        draft = "".join(f"{i}年、" + SENTENCES[(i + k) % len(SENTENCES)] for k in range(4))  # no two alike
        source = "The government said exports fell 12% to $2.5 billion, and talks stalled."
        blocks.append(Block(source=source, draft=draft, status=Status.DRAFT))
        total += len(draft)
        i += 1
    return Article(
        source_lang="en",
        title="港湾交渉、再開の見通し立たず",
        summary=[SummaryPoint("要点", "交渉は停滞")],
        blocks=blocks,
    )


def load_time() -> float:
    code = "import time;t=time.perf_counter();from editor.assist.proof import tokens;tokens.load();print(time.perf_counter()-t)"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return float(out.stdout.strip())


def size_mb() -> float:
    import janome

    folder = Path(janome.__file__).parent
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return 0.0


def timed(fn: object, n: int) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    loads = [load_time() for _ in range(3)]
    before = rss_mb()
    tokens.load()
    style = load_style("blog")
    art = article(10_000)
    chars = sum(len(b.draft) for b in art.blocks)
    t = time.perf_counter()
    check_article(art, style)
    cold = (time.perf_counter() - t) * 1000

    def afresh() -> None:
        _HITS.clear()  # nothing kept from an earlier check
        check_article(art, style)

    warm = timed(afresh, 10)
    segs = article_segments(art)
    edited = art.blocks[len(art.blocks) // 2]
    counter = iter(range(10_000))

    def one_block() -> None:
        edited.draft = edited.draft[:-1] + f"{next(counter)}。"  # a new text each time: no cache hit
        check_segments([s for s in article_segments(art) if s.block_id == edited.id], style)

    block_ms = timed(one_block, 20)

    def after_edit() -> None:  # what the window does after an edit: the whole post again
        edited.draft = edited.draft[:-1] + f"{next(counter)}。"
        check_article(art, style)

    check_article(art, style)
    again_ms = timed(after_edit, 10)
    print(f"{'measure':<44} {'value':>10}")
    print(f"{'janome installed size (MB)':<44} {size_mb():>10.1f}")
    print(f"{'tokenizer load, fresh process (s, median)':<44} {statistics.median(loads):>10.2f}")
    print(f"{'memory after load (MB RSS added)':<44} {rss_mb() - before:>10.1f}")
    print(f"{'article size (characters / segments)':<44} {chars:>5} / {len(segs):<4}")
    print(f"{'whole article, first check (ms)':<44} {cold:>10.1f}")
    print(f"{'whole article, warm (ms, median of 10)':<44} {warm:>10.1f}")
    print(f"{'one edited block (ms, median of 20)':<44} {block_ms:>10.1f}")
    print(f"{'whole article after one edit (ms, median of 10)':<44} {again_ms:>10.1f}")


if __name__ == "__main__":
    main()
