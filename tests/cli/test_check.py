"""`tsuji check` on projects and on Markdown/text files: findings, JSON, styles, --fix, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from editor.core import project
from editor.core.model import Status
from tests.cli.test_cli import no_traceback, tsuji
from tests.conftest import SAMPLE_PROJECT

POST = """---
Title: 港の話
---
[https://example.org/port:embed:cite]

## 港の朝。

港は静かだ,船が出ない.

```
code: 港 は ここ
```

彼は港へ行った」と言った。
"""


def test_markdown_file_findings_with_lines_and_json(tmp_path: Path, tsuji_home: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text(POST, encoding="utf-8")
    r = tsuji("check", str(post), "--json", home=tsuji_home)
    assert r.returncode == 1, r.stderr
    found = json.loads(r.stdout)
    assert {f["rule"] for f in found} == {"jtf-1.1.2", "jtf-1.2.1", "brackets"}
    by_rule = {f["rule"]: f for f in found}
    assert (by_rule["jtf-1.1.2"]["line"], by_rule["jtf-1.1.2"]["column"]) == (6, 7)
    assert by_rule["brackets"]["line"] == 14 and by_rule["brackets"]["fix"] is None
    assert set(found[0]) >= {"rule", "severity", "line", "column", "message", "fix"}
    text = tsuji("check", str(post), home=tsuji_home)
    assert "6:7: warning [jtf-1.1.2]" in text.stdout


def test_fix_applies_safe_fixes_and_keeps_a_backup(tmp_path: Path, tsuji_home: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text(POST, encoding="utf-8")
    r = tsuji("check", str(post), "--fix", "--json", home=tsuji_home)
    assert r.returncode == 1  # the bracket slip has no safe fix and remains
    out = json.loads(r.stdout)
    assert out["fixed"] == 3 and [f["rule"] for f in out["findings"]] == ["brackets"]
    text = post.read_text(encoding="utf-8")
    assert "## 港の朝\n" in text and "港は静かだ、船が出ない。" in text
    assert "code: 港 は ここ" in text  # code is not prose: untouched
    assert (tmp_path / "post.md.bak").read_text(encoding="utf-8") == POST


def test_style_option_and_unknown_style(tmp_path: Path, tsuji_home: Path) -> None:
    post = tmp_path / "note.txt"
    post.write_text("例:港(東側)にある。\n", encoding="utf-8")
    assert tsuji("check", str(post), home=tsuji_home).returncode == 0  # the blog writes : and () half-width
    jtf = tsuji("check", str(post), "--style", "jtf", "--json", home=tsuji_home)
    assert {f["rule"] for f in json.loads(jtf.stdout)} == {"jtf-4.2.7", "jtf-4.3.1"}
    bad = tsuji("check", str(post), "--style", "nosuch", home=tsuji_home)
    assert bad.returncode == 2 and "no style named 'nosuch'" in bad.stderr
    no_traceback(bad)


def test_user_style_overrides_a_shipped_one(tmp_path: Path, tsuji_home: Path) -> None:
    styles = tsuji_home / "config" / "styles"
    styles.mkdir(parents=True)
    (styles / "blog.toml").write_text('[rules."jtf-4.2.7"]\nseverity = "error"\n', encoding="utf-8")
    post = tmp_path / "note.txt"
    post.write_text("例:港\n", encoding="utf-8")
    r = tsuji("check", str(post), "--json", home=tsuji_home)
    assert [(f["rule"], f["severity"]) for f in json.loads(r.stdout)] == [("jtf-4.2.7", "error")]
    (styles / "blog.toml").write_text('[rules."no-such-rule"]\n', encoding="utf-8")
    broken = tsuji("check", str(post), home=tsuji_home)
    assert broken.returncode == 2 and "unknown rules no-such-rule" in broken.stderr


def test_project_check_includes_proofreading_and_fix(tmp_path: Path, tsuji_home: Path) -> None:
    proj = project.load(SAMPLE_PROJECT)
    proj.article.blocks[0].draft = "港は静かだ,船が出ない."
    proj.article.blocks[0].status = Status.DONE
    path = tmp_path / "p.tsuji"
    project.save(project.Project(proj.article, path), path)
    r = tsuji("check", str(path), "--json", home=tsuji_home)
    assert r.returncode == 1
    found = json.loads(r.stdout)
    assert [(f["rule"], f["block"], f["field"]) for f in found] == [("jtf-1.2.1", 1, "draft")] * 2
    fixed = tsuji("check", str(path), "--fix", home=tsuji_home)
    assert fixed.returncode == 0, fixed.stdout
    assert project.load(path).article.blocks[0].draft == "港は静かだ、船が出ない。"
    assert project.load(Path(str(path) + ".bak")).article.blocks[0].draft == "港は静かだ,船が出ない."


def test_missing_file_is_a_usage_error(tmp_path: Path, tsuji_home: Path) -> None:
    r = tsuji("check", str(tmp_path / "none.md"), home=tsuji_home)
    assert r.returncode == 2
    no_traceback(r)
