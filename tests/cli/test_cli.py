"""The command line, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOLDEN, ROOT, SAMPLE_PROJECT, SAMPLE_SOURCE


def tsuji(*args: str, stdin: bytes | None = None, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TSUJI_HOME": str(home)}
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    return subprocess.run(
        [sys.executable, "-m", "editor.cli", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_import_json_lists_blocks_and_groups(tsuji_home: Path) -> None:
    r = tsuji("import", str(SAMPLE_SOURCE), "--json", home=tsuji_home)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["title"] == "Veloria Blinks: The Harbor Talks Are Back On"
    assert data["author"] == "Martin Hale" and data["date"] == "2026-03-14" and data["lang"] == "en"
    assert data["site"] == "Northwind Notes"
    quotes = [b for b in data["blocks"] if b["kind"] == "quote"]
    assert len(quotes) == 4 and quotes[0]["group"] == quotes[1]["group"]
    assert all(b["group"] is None for b in data["blocks"] if b["kind"] == "paragraph")
    assert "Harbor Ledger reports" in data["blocks"][1]["text"]


def test_import_from_stdin_writes_a_project(tsuji_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.tsuji"
    r = tsuji("import", "-", "-o", str(out), stdin=b"Title here\n\nOne.\n\n> Quote.\n", home=tsuji_home)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == str(out)
    check = tsuji("check", str(out), "--json", home=tsuji_home)
    assert check.returncode == 1
    codes = [f["rule"] for f in json.loads(check.stdout)]
    assert codes == ["empty-title", "empty-summary", "untranslated", "untranslated"]


def test_export_to_folder_prints_path_and_remembers_it(tsuji_home: Path, tmp_path: Path) -> None:
    proj = tmp_path / "s.tsuji"
    shutil.copy(SAMPLE_PROJECT, proj)
    blog = tmp_path / "blog"
    blog.mkdir()
    args = ("export", str(proj), "--to", str(blog), "--date", "2026-03-15T21:00:00+09:00")
    r = tsuji(*args, home=tsuji_home)
    assert r.returncode == 0, r.stderr
    written = Path(r.stdout.strip())
    assert written.read_text("utf-8") == (GOLDEN / "harbor-talks.hatena.md").read_text("utf-8")
    assert json.loads(proj.read_text("utf-8"))["exports"]["hatena"]["path"].startswith("entry/2026/03/15/")
    again = tsuji("export", str(proj), "--to", str(blog), home=tsuji_home)
    assert again.returncode == 0 and Path(again.stdout.strip()) == written


def test_export_stdout_each_profile(tsuji_home: Path) -> None:
    for name in ("hatena", "markdown", "hugo"):
        r = tsuji(
            "export", str(SAMPLE_PROJECT), "--stdout", "--profile", name,
            "--date", "2026-03-15T21:00:00+09:00", home=tsuji_home,
        )  # fmt: skip
        assert r.returncode == 0, r.stderr
        assert r.stdout == (GOLDEN / f"harbor-talks.{name}.md").read_text("utf-8")


def test_check_clean_sample_exits_zero(tsuji_home: Path) -> None:
    r = tsuji("check", str(SAMPLE_PROJECT), home=tsuji_home)
    assert (r.returncode, r.stdout.strip()) == (0, "no findings: ready to export")


def test_untranslated_export_fails_with_list(tsuji_home: Path, tmp_path: Path) -> None:
    r = tsuji("import", "-", "-o", str(tmp_path / "p.tsuji"), stdin=b"One.\n\nTwo.\n", home=tsuji_home)
    assert r.returncode == 0
    r = tsuji("export", str(tmp_path / "p.tsuji"), "--stdout", home=tsuji_home)
    assert r.returncode == 1
    assert "2 block(s) not translated yet (block 1, 2)" in r.stderr
    no_traceback(r)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("check", "missing.tsuji"), "no such file"),
        (("export", "pyproject.toml", "--stdout"), "broken JSON at line 1"),
        (
            ("export", "resources/samples/harbor-talks.tsuji", "--profile", "nope", "--stdout"),
            "no profile named",
        ),
        (("export", "resources/samples/harbor-talks.tsuji"), "no blog folder"),
        (("import", "tests/conftest.py"), "unknown kind of file"),
        (("frobnicate", "x", "y"), "unknown command"),
        (("export",), "required: project"),
        (("export", "x.tsuji", "--stdout", "--to", "d"), "not allowed with argument"),
    ],
)
def test_user_errors_are_one_line_and_exit_2(tsuji_home: Path, args: tuple[str, ...], message: str) -> None:
    r = tsuji(*args, home=tsuji_home)
    assert r.returncode == 2
    assert message in r.stderr
    no_traceback(r)


def test_opening_a_file_without_a_display_prints_the_post(tsuji_home: Path) -> None:
    r = tsuji(str(SAMPLE_PROJECT), home=tsuji_home)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("---\nTitle: NWN⚡️ヴェロリア")
    assert "【本文】" in r.stdout


def test_import_url_and_saved_page(tsuji_home: Path, tmp_path: Path) -> None:
    from tests.io.webserver import serve

    with serve() as base:
        r = tsuji("import", base + "/post", "--json", home=tsuji_home)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["title"] == "Port Talks Resume Under Pressure"
    assert data["author"] == "b" and data["lang"] == "en"
    assert any(b["kind"] == "quote" for b in data["blocks"])
    saved = ROOT / "tests/fixtures/web/typepad-post.html"
    out = tmp_path / "post.tsuji"
    r = tsuji("import", str(saved), "-o", str(out), home=tsuji_home)
    assert r.returncode == 0 and out.exists()


def test_import_of_a_dead_url_is_one_line(tsuji_home: Path) -> None:
    from tests.io.webserver import closed_port

    r = tsuji("import", f"http://127.0.0.1:{closed_port()}/x", "--json", home=tsuji_home)
    assert r.returncode == 2
    assert "refused the connection" in r.stderr
    no_traceback(r)


def test_pretranslate_against_a_local_libretranslate(tsuji_home: Path, tmp_path: Path) -> None:
    from tests.assist.libre_server import libre

    proj = tmp_path / "p.tsuji"
    r = tsuji(
        "import",
        "-",
        "-o",
        str(proj),
        stdin=b"Title\n\nFirst one.\n\nBOOM here.\n\nThird one.\n",
        home=tsuji_home,
    )
    assert r.returncode == 0
    with libre() as url:
        r = tsuji(
            "pretranslate",
            str(proj),
            "--engine",
            "libre",
            "--url",
            url,
            "--key",
            "sekrit-key-123",
            home=tsuji_home,
        )
    assert r.returncode == 1, r.stderr  # one block failed
    assert "2 of 3 block(s) translated by LibreTranslate; 1 failed" in r.stdout
    assert "block 2: failed: LibreTranslate: the server failed" in r.stderr
    saved = json.loads(proj.read_text("utf-8"))["blocks"]
    assert [(b["draft"], b["status"]) for b in saved] == [
        ("〔en→ja〕First one.", "machine"),
        ("", "untranslated"),
        ("〔en→ja〕Third one.", "machine"),
    ]
    assert "sekrit-key-123" not in proj.read_text("utf-8") + r.stdout + r.stderr  # keys stay out


def test_tm_and_glossary_commands(tsuji_home: Path, tmp_path: Path) -> None:
    tmx = tmp_path / "in.tmx"
    tmx.write_text(
        '<?xml version="1.0"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="paragraph"'
        ' o-tmf="x" adminlang="en" creationtool="x" creationtoolversion="1"/><body>'
        '<tu><tuv xml:lang="en"><seg>The envoy arrived in Ankara.</seg></tuv>'
        '<tuv xml:lang="ja"><seg>特使はアンカラに到着した。</seg></tuv></tu></body></tmx>',
        "utf-8",
    )
    r = tsuji("tm", "import", str(tmx), home=tsuji_home)
    assert (r.returncode, r.stdout.strip()) == (0, f"1 unit(s) added from {tmx}")
    r = tsuji("tm", "import", str(tmx), home=tsuji_home)  # again: nothing new, and it says so
    assert r.stdout.strip() == f"0 unit(s) added from {tmx} (1 already there)"
    r = tsuji("tm", "search", "Ankara", "--json", home=tsuji_home)
    assert json.loads(r.stdout) == [
        {
            "source": "The envoy arrived in Ankara.",
            "target": "特使はアンカラに到着した。",
            "source_lang": "en",
        }
    ]
    out = tmp_path / "out.tmx"
    assert tsuji("tm", "export", str(out), home=tsuji_home).returncode == 0
    assert "特使はアンカラに到着した。" in out.read_text("utf-8")
    terms = tmp_path / "g.csv"
    terms.write_text("Ankara,アンカラ\n", "utf-8")
    r = tsuji("glossary", "import", str(terms), home=tsuji_home)
    assert r.stdout.strip() == f"1 new term(s) added from {terms}"
    r = tsuji("glossary", "import", str(terms), home=tsuji_home)
    assert r.stdout.strip() == f"0 new term(s) added from {terms}"
    proj = tmp_path / "p.tsuji"
    tsuji("import", "-", "-o", str(proj), stdin=b"T\n\nThe envoy arrived in Ankara.\n", home=tsuji_home)
    data = json.loads(proj.read_text("utf-8"))
    data["blocks"][0].update(draft="特使が到着した。", status="done")
    data["article"]["title"] = "題"
    data["summary"] = [{"label": "a", "text": "b"}]
    proj.write_text(json.dumps(data), "utf-8")
    r = tsuji("check", str(proj), home=tsuji_home)
    assert r.returncode == 1 and "[glossary] Glossary: “Ankara” should be “アンカラ”" in r.stdout
    r = tsuji("tm", "import", str(tmp_path / "missing.tmx"), home=tsuji_home)
    assert r.returncode == 2 and "cannot be read" in r.stderr
    no_traceback(r)


def test_help_lists_every_command_in_its_order(tsuji_home: Path) -> None:
    from editor.cli import NAMES, commands

    r = tsuji("--help", home=tsuji_home)
    assert r.returncode == 0, r.stderr
    listed = r.stdout[r.stdout.index("{") + 1 : r.stdout.index("}")].split(",")
    assert listed == list(NAMES) == list(commands())
    assert all(name == commands()[name].NAME for name in NAMES)


def test_an_unknown_word_is_refused_with_the_commands_named(tsuji_home: Path) -> None:
    r = tsuji("exprot", "x.tsuji", home=tsuji_home)
    assert r.returncode == 2
    assert "unknown command 'exprot'" in r.stderr and "export" in r.stderr
    no_traceback(r)
