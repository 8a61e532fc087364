"""How fast a blog folder of 2,000 posts lists: cold (no index) and warm (index cached).

.venv/bin/python benchmarks/archive_bench.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.io import archive  # noqa: E402


def make_blog(folder: Path, n: int) -> None:
    body = "\n\n".join(f"段落{i}。" + "翻訳した文章が続く。" * 20 for i in range(30))
    for i in range(n):
        day = f"2025/{1 + i % 12:02d}/{1 + i % 28:02d}"
        path = folder / "entry" / day / f"post-{i}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"---\nTitle: MoA⚡️記事{i}\nCategory:\n- 翻訳\nDate: 2025-01-01T21:00:00+09:00\n"
            f"URL: https://me.hatenablog.com/entry/{i}\nEditURL: https://blog.hatena.ne.jp/me/atom/entry/{i}\n---\n"
            f"[https://www.moonofalabama.org/2025/01/post-{i}.html:embed:cite]\n\n{body}\n",
            "utf-8",
        )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["TSUJI_HOME"] = str(Path(tmp) / "home")
        blog = Path(tmp) / "blog"
        make_blog(blog, 2000)
        size = sum(p.stat().st_size for p in blog.rglob("*.md")) / 1e6
        cold = []
        for _ in range(3):
            for f in (Path(tmp) / "home").rglob("*.json"):
                f.unlink()
            t = time.perf_counter()
            n = len(archive.list_posts(blog).posts)
            cold.append(time.perf_counter() - t)
        warm = []
        for _ in range(5):
            t = time.perf_counter()
            archive.list_posts(blog)
            warm.append(time.perf_counter() - t)
        print(f"{'posts':>6} {'MB':>6} {'cold s':>8} {'warm s':>8}")
        print(f"{n:>6} {size:>6.1f} {statistics.median(cold):>8.2f} {statistics.median(warm):>8.3f}")


if __name__ == "__main__":
    main()
