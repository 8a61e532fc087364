"""Translation in context (run by hand): building one request on a 5,000-block article with a
100,000-unit memory and a 10,000-term glossary (goal: at most 20 ms), a glossary lookup among
110,000 terms (goal: at most 50 ms a block), and pre-translating 60
blocks against a stand-in model that answers at once (goal: Tsuji's own overhead at most 2 s).

.venv/bin/python benchmarks/context_bench.py
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

from benchmarks.tm_bench import sentence, vocabulary
from editor.assist import pretranslate
from editor.assist.glossary import Glossary, Term
from editor.assist.llm import context, prompt
from editor.assist.memory import Memory
from editor.assist.mt import EngineConfig
from editor.assist.mt_cache import MTCache
from editor.assist.proof import load_style
from editor.core.model import Article, Block
from editor.core.units import Unit
from editor.flows.machine import Translator, style_guide
from tests.assist.llm_server import standin


def main() -> None:
    rng = random.Random(11)
    vocab = vocabulary(rng)
    cum = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(vocab))))
    with tempfile.TemporaryDirectory() as tmp:
        memory = Memory(Path(tmp) / "tm.sqlite")
        units = [Unit(sentence(rng, 200, vocab, cum), f"訳文{i}", "en", "ja") for i in range(100_000)]
        memory.add_many(units)
        glossary = Glossary(Path(tmp) / "g.sqlite")
        names = sorted({w.capitalize() for w in vocab[45:]})[:10_000]
        glossary.add_many([Term(n, f"{n}訳", "") for n in names])
        blocks = [Block(sentence(rng, 250, vocab, cum)) for _ in range(5000)]
        for b in blocks[: len(blocks) // 2]:
            b.draft = "これは訳文である。"
        art = Article(source_lang="en", source_title="A long post", blocks=blocks)
        guide = style_guide(load_style("blog"))
        t = time.perf_counter()
        view = context.view(art)
        view_ms = (time.perf_counter() - t) * 1000
        glossary.find("warm up")  # the term pattern is compiled once per glossary version
        times, sizes = [], []
        for b in rng.sample(blocks, 200):
            t = time.perf_counter()
            req = context.build(view, b.id, glossary=glossary, memory=memory, guide=guide)
            messages = prompt.messages(req)
            times.append((time.perf_counter() - t) * 1000)
            sizes.append(sum(len(m["content"]) for m in messages))
        times.sort()
        print(
            f"{'context: blocks':>16} {'units':>7} {'terms':>6} {'view ms':>8} {'median ms':>10} {'p95 ms':>7} {'worst ms':>9} {'chars':>6}"
        )
        print(
            f"{len(blocks):>16} {len(memory):>7} {len(glossary.terms()):>6} {view_ms:>8.1f}"
            f" {statistics.median(times):>10.1f} {times[int(len(times) * 0.95)]:>7.1f} {times[-1]:>9.1f}"
            f" {int(statistics.median(sizes)):>6}"
        )
        big = Glossary(Path(tmp) / "big.sqlite")
        pairs = {
            f"{a.capitalize()} {b.capitalize()}"
            for a, b in zip(rng.choices(vocab, k=120_000), rng.choices(vocab, k=120_000), strict=True)
        }
        big.add_many(
            [Term(n, f"{n}訳", "") for n in sorted(pairs)[:100_000]] + [Term(n, f"{n}訳") for n in names]
        )
        t = time.perf_counter()
        big.find("warm up")
        index_ms = (time.perf_counter() - t) * 1000
        looks = []
        for b in rng.sample(blocks, 200):
            t = time.perf_counter()
            big.find(b.source)
            looks.append((time.perf_counter() - t) * 1000)
        looks.sort()
        print(f"\n{'glossary: terms':>16} {'index ms':>9} {'median ms':>10} {'worst ms':>9}")
        print(f"{len(big.terms()):>16} {index_ms:>9.0f} {statistics.median(looks):>10.2f} {looks[-1]:>9.2f}")
        small = Article(source_lang="en", blocks=[Block(sentence(rng, 250, vocab, cum)) for _ in range(60)])
        with standin(answer=lambda body: "これは訳文である。") as server:
            cfg = EngineConfig("openai", url=server.url, model="m", timeout=10)
            translator = Translator(
                cfg, glossary=glossary, memory=memory, cache=MTCache(Path(tmp) / "c.sqlite")
            )
            t = time.perf_counter()
            outcome = translator.run(context.view(small), pretranslate.todo(small))
            total = time.perf_counter() - t
        print(f"\n{'pre-translate: blocks':>22} {'translated':>11} {'total s':>8} {'per block ms':>13}")
        print(
            f"{len(small.blocks):>22} {len(outcome.translated):>11} {total:>8.2f} {total / 60 * 1000:>13.1f}"
        )


if __name__ == "__main__":
    main()
