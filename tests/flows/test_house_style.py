"""A blog's house style learnt from its posts: its conventions are not flagged in its drafts, its
register is the one wanted, its spellings the ones a post should use; the command line keeps it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.assist.proof import check_text, load_style, tokens
from editor.assist.proof.learn import apply, learn
from editor.cli import main

POST = (
    "---\nTitle: 港の話 {n}\n---\n\n"
    "港で iPhone {n} を使いました。検査を行なった結果、Web サイトも更新しました。\n\n"
    "船は朝に出ます。次の便は 9 時です。調査を行ないました。\n"
)


@pytest.fixture(scope="module", autouse=True)
def _tokens() -> None:
    tokens.load()


def blog(tmp_path: Path, posts: int = 6) -> Path:
    folder = tmp_path / "blog"
    for n in range(posts):
        path = folder / "entry" / "2026" / "01" / f"{n:02d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(POST.format(n=n), "utf-8")
    return folder


def test_what_the_posts_show_is_learnt() -> None:
    learned = learn([POST.format(n=n).split("---\n", 2)[2] for n in range(6)])
    assert "jtf-3.1.1" in learned.follows and learned.counts["jtf-3.1.1"][1] == 0
    assert learned.register == "desumasu"
    assert learned.variants == {"行う": "行なう"}


def test_a_draft_is_checked_against_the_blogs_own_practice() -> None:
    learned = learn([POST.format(n=n).split("---\n", 2)[2] for n in range(6)])
    draft = "港で Android を使った。船でiPhoneを見た。調査を行った。"
    plain = {(p.rule, p.excerpt) for p in check_text(draft, load_style("jtf"))}
    assert ("jtf-3.1.1", " ") in plain  # JTF alone wants no space
    house = {(p.rule, p.excerpt) for p in check_text(draft, apply(load_style("blog"), learned))}
    assert not any(rule == "jtf-3.1.1" for rule, _ in house)  # the blog writes the space
    assert ("notation", "行っ") in house  # the blog writes 行なう
    assert any(rule == "mixed-register" for rule, _ in house)  # the blog is in です・ます


def test_check_learns_the_style_keeps_it_and_uses_it_later(
    tmp_path: Path, tsuji_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = blog(tmp_path)
    draft = tmp_path / "draft.md"
    draft.write_text("港で Android を使いました。調査を行いました。\n", "utf-8")
    code = main(["check", str(draft), "--learn-style", str(folder)])
    out = capsys.readouterr()
    assert "Learnt from 6 post(s)" in out.err and "Prefers “行なう”" in out.err
    assert code == 1 and "[notation]" in out.out and "“行なう” (the blog's posts)" in out.out
    kept = json.loads((tsuji_home / "config" / "house-styles.json").read_text("utf-8"))
    assert list(kept) == [str(folder.resolve())]
    assert main(["check", str(draft), "--learn-style", str(tmp_path / "nowhere")]) == 2
    assert "does not exist" in capsys.readouterr().err
