"""The acceptance case: the published sample post, rebuilt as a project and checked with the
blog's style, shows its two bracket slips and at most two other findings.

The post is read from ../shared/brief/ at test time; none of its sentences are in the project."""

from __future__ import annotations

from pathlib import Path

from editor.assist.proof import check_article, load_style, tokens
from editor.core.model import Article, Block, Status, SummaryPoint

SAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "brief" / "sample-post.txt"


def rebuild(text: str) -> Article:
    """The post as the blog shows it: title line with ⚡️, the ✒️要約 points, then 【本文】."""
    lines = [line.strip() for line in text.splitlines()]
    title = next(line for line in lines if "⚡️" in line).split("⚡️", 1)[1]
    art = Article(title=title)
    start, body = lines.index("✒️要約"), lines.index("【本文】")
    for line in lines[start + 1 : body]:
        line = line.lstrip("•・-").strip()
        if line:
            label, _, point = line.partition(": ")
            art.summary.append(SummaryPoint(label, point))
    art.blocks = [Block(source="", draft=line, status=Status.DONE) for line in lines[body + 1 :] if line]
    return art


def test_sample_post_shows_its_two_bracket_slips_and_little_else() -> None:
    assert SAMPLE.is_file(), "the brief (../shared/brief) sits beside the checkout"
    assert tokens.load() is not None
    art = rebuild(SAMPLE.read_text(encoding="utf-8"))
    assert len(art.blocks) > 30 and len(art.summary) == 3
    problems = check_article(art, load_style("blog"))
    slips = [p for p in problems if p.rule == "brackets"]
    assert [(p.excerpt, p.severity) for p in slips] == [("」", "error"), ("」", "error")]
    for p in slips:
        text = art.blocks[p.block - 1].draft  # type: ignore[operator]
        assert text.count("「") < text.count("」")  # really a closing bracket with no opening
    assert len(problems) - len(slips) <= 2, [(p.rule, p.excerpt) for p in problems]
