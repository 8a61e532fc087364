from __future__ import annotations

import html
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from editor.core import project
from editor.core.model import Article, Block, BlockKind, Status, SummaryPoint
from editor.io.export import UntranslatedError, render
from editor.io.mdsafe import lines_of
from editor.io.profiles import ProfileError, load_profile, profile_names
from tests.conftest import GOLDEN, ROOT, SAMPLE_PROJECT

WHEN = datetime.fromisoformat("2026-03-15T21:00:00+09:00")
BLOG = MarkdownIt("commonmark", {"html": True}).enable("table")
INTENT = MarkdownIt("commonmark", {"html": False})
FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def test_three_profiles_ship() -> None:
    assert {"hatena", "markdown", "hugo"} <= set(profile_names())


@pytest.mark.parametrize("name", ["hatena", "markdown", "hugo"])
def test_sample_matches_golden_file(name: str) -> None:
    article = project.load(SAMPLE_PROJECT).article
    out = render(article, load_profile(name), post_date=WHEN)
    assert out == (GOLDEN / f"harbor-talks.{name}.md").read_text("utf-8")


def test_hatena_layout_follows_the_blog_format() -> None:
    article = project.load(SAMPLE_PROJECT).article
    out = render(article, load_profile("hatena"), post_date=WHEN)
    fm = yaml.safe_load(FRONT.match(out).group(1))  # type: ignore[union-attr]
    assert fm["Title"] == "NWN\u26a1\ufe0fヴェロリア、瞬きする:港湾協議が再開へ"
    assert fm["Draft"] is True  # "yes" in YAML 1.1, as blogsync writes it
    assert fm["Category"] == ["翻訳", "ヴェロリア"]
    body = out[FRONT.match(out).end() :]  # type: ignore[union-attr]
    order = [
        "[https://northwindnotes.example/2026/03/veloria-blinks-harbor-talks.html:embed:cite]",
        "Martin Hale著:03/14/2026",
        "\u2712\ufe0f要約",
        "- 政府の後退: ",
        "【本文】",
        "> 運輸省",
        ">\n> 同省は",
    ]
    positions = [body.index(part) for part in order]
    assert positions == sorted(positions)


def sample_article(**blocks: Any) -> Article:
    a = Article(title="題", source_title="Title", site_label="MoA", author="b", published="2026-02-02")
    a.summary = [SummaryPoint("要点", "本文")]
    return a


def test_untranslated_blocks_fail_unless_allowed() -> None:
    a = sample_article()
    a.blocks = [Block("Done.", draft="済み。", status=Status.DONE), Block("Not yet.")]
    with pytest.raises(UntranslatedError) as err:
        render(a, load_profile("hatena"), post_date=WHEN)
    assert err.value.positions == [2]
    out = render(a, load_profile("hatena"), post_date=WHEN, allow_untranslated=True)
    assert "【未訳】Not yet." in out


def test_omitted_images_headings_lists_and_notes() -> None:
    a = sample_article()
    a.blocks = [
        Block("Intro", kind=BlockKind.HEADING, level=2, draft="導入", status=Status.DONE),
        Block("Ad", draft="広告", omit=True),
        Block("one", kind=BlockKind.LIST_ITEM, draft="一", status=Status.DONE),
        Block("two", kind=BlockKind.LIST_ITEM, draft="二", status=Status.DONE),
        Block("sub", kind=BlockKind.LIST_ITEM, level=1, ordered=True, draft="小", status=Status.DONE),
        Block(
            "A map",
            kind=BlockKind.IMAGE,
            image_url="https://img.example/map.png",
            draft="地図",
            status=Status.DONE,
        ),
        Block("Text", draft="本文", status=Status.DONE, note="訳者の補足"),
    ]
    out = render(a, load_profile("markdown"), post_date=WHEN)
    assert "広告" not in out
    html = BLOG.render(out)
    assert "<h3>導入</h3>" in html
    assert re.search(r"<li>一</li>\s*<li>二\s*<ol>\s*<li>小</li>", html)
    assert '<img src="https://img.example/map.png" alt="地図"' in html  # the alt text translated
    assert "<p>本文</p>\n<p>※訳注: 訳者の補足</p>" in html


titles = st.text(
    alphabet=st.sampled_from([*":#'\"[]{}-?!&*|>%@`,", "a", " ", "日", "⚡", "\ufe0f", "\n", "\t"]),
    max_size=25,
) | st.text(max_size=25)


def kinds(doc: str) -> list[tuple[str, str]]:
    out, depth = [], 0
    for t in BLOG.parse(doc):
        if t.type == "blockquote_open":
            depth += 1
        elif t.type == "blockquote_close":
            depth -= 1
        elif t.type == "inline":
            out.append(("quote" if depth else "p", BLOG.renderer.render(t.children, BLOG.options, {})))
        elif t.type in ("heading_open", "hr", "fence", "code_block", "html_block", "table_open"):
            out.append((t.type, ""))
    return out


@settings(deadline=None)
@given(
    title=titles,
    drafts=st.lists(st.tuples(st.booleans(), titles), min_size=1, max_size=5),
    profile=st.sampled_from(["hatena", "hugo"]),
)
def test_any_title_and_drafts_keep_the_post_structure(
    title: str, drafts: list[tuple[bool, str]], profile: str
) -> None:
    a = Article(title=title, source_title="x", site_label="", author="", published="")
    group = 0
    for quoted, text in drafts:
        if not lines_of(text):
            continue
        kind = BlockKind.QUOTE if quoted else BlockKind.PARAGRAPH
        group += 0 if quoted else 1
        a.blocks.append(
            Block(
                "s",
                kind=kind,
                draft=text,
                status=Status.DONE,
                quote_group=f"g{group}" if quoted else None,
            )
        )
    prof = load_profile(profile)
    out = render(a, prof, post_date=WHEN)
    m = FRONT.match(out)
    assert m is not None
    key = "Title" if profile == "hatena" else "title"
    expected_title = " ".join(title.split()) or "x"
    assert yaml.safe_load(m.group(1))[key] == expected_title
    body = out[m.end() :]
    want = [("p", INTENT.renderInline(prof.body_heading))]
    for b in a.blocks:  # a blank line starts a paragraph, a line break stays a line break
        for para in re.split(r"\n[ \t]*\n", b.draft.strip()):
            if lines_of(para):
                text = INTENT.renderInline("  \n".join(lines_of(para)))
                want.append(("quote" if b.quote_group else "p", text))
    got = kinds(body)
    assert [k for k, _ in got] == [k for k, _ in want]  # no paragraph, quote or heading more or less

    def words(html_text: str) -> str:
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", html_text)).split())

    assert [words(t) for _, t in got] == [words(t) for _, t in want]
    hard = [
        b.draft
        for b in a.blocks
        if "`" not in b.draft and any(len(lines_of(p)) > 1 for p in re.split(r"\n[ \t]*\n", b.draft))
    ]
    assert not hard or "<br />" in "".join(t for _, t in got)  # line breaks stay line breaks


def test_user_profile_in_config_folder_overrides_and_adds(tsuji_home: Path) -> None:
    folder = tsuji_home / "config" / "profiles"
    folder.mkdir(parents=True)
    shipped = (ROOT / "resources/profiles/hatena.toml").read_text("utf-8")
    folder.joinpath("hatena.toml").write_text(
        shipped.replace('body_heading = "【本文】"', 'body_heading = "【翻訳本文】"'), "utf-8"
    )
    folder.joinpath("myblog.toml").write_text(
        'name = "myblog"\nfront_matter = "none"\npath_pattern = "posts/{slug}.md"\n'
        'byline_pattern = "原文: {author} ({date})"\ndate_format = "%Y年%m月%d日"\n',
        "utf-8",
    )
    article = project.load(SAMPLE_PROJECT).article
    assert "【翻訳本文】" in render(article, load_profile("hatena"), post_date=WHEN)
    assert "myblog" in profile_names()
    mine = render(article, load_profile("myblog"), post_date=WHEN)
    assert "原文: Martin Hale (2026年03月14日)" in mine
    assert not mine.startswith("---")


def test_broken_user_profile_is_a_clear_error(tsuji_home: Path) -> None:
    folder = tsuji_home / "config" / "profiles"
    folder.mkdir(parents=True)
    folder.joinpath("bad.toml").write_text('name = "bad"\ntitle_patern = "x"\n', "utf-8")
    with pytest.raises(ProfileError, match=r"unknown settings title_patern"):
        load_profile("bad")
    folder.joinpath("bad.toml").write_text("name = \n", "utf-8")
    with pytest.raises(ProfileError, match=r"bad\.toml"):
        load_profile("bad")
