"""Build the import development set: the rest of the three suites ../shared/corpus was drawn from
(run by hand; its output is not committed).

.venv/bin/python benchmarks/importdev/build_pages.py READABILITY_REPO SCRAPINGHUB_REPO TRAFILATURA_REPO \
    [POSTLIGHT_REPO]

Each argument is a git checkout (a bare mirror will do: files are read with `git show`) of
github.com/mozilla/readability, github.com/scrapinghub/article-extraction-benchmark,
github.com/adbar/trafilatura and (optional) github.com/postlight/parser. Every page whose origin is not already in ../shared/corpus becomes
`pages/<suite>-<name>/source.html` (as the publisher served it) and `expected.json`, in the
corpus's own format and by the corpus's own derivations (../shared/corpus/README.md), each fact
from the suite's ground truth and never from Tsuji:

- readability: title, author, language from `expected-metadata.json`; the first three body
  paragraphs and every outermost quote from `expected.html` (the maintainers' reviewed output);
- scrapinghub: the first three `articleBody` lines of its `ground-truth.json` that are not quote
  text; a source `<blockquote>` counts as the article's quote when its text is in `articleBody`
  (or 60 % of its word 5-grams are); the language from `<html lang>`; no title;
- trafilatura: title, author and date, the sentences the text must hold and the boilerplate it
  must not, from `tests/evaldata.json` (hand-annotated); language from `<html lang>`;
- postlight (Mercury parser: US and Japanese news sites, magazines, blogs): the title, the dek
  (standfirst) and the first 13 words of the article its maintainers assert for each page in the
  site extractors' tests (`src/extractors/custom/*/index.test.js`), the dek and the words as
  sentences the import must hold; language from `<html lang>`.

The pages belong to their publishers; the suites ship them for testing extractors. So `pages/`
is ignored by git. See SOURCES.md.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from lxml import html as lhtml

HERE = Path(__file__).resolve().parent
OUT = HERE / "pages"
CORPUS = HERE.parents[2] / "shared" / "corpus"
SKIP = {"blockquote", "figure", "figcaption", "table", "li", "aside"}


def git_show(repo: Path, path: str) -> bytes:
    return subprocess.run(
        ["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=True
    ).stdout


def git_ls(repo: Path, folder: str) -> list[str]:
    out = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "--name-only", f"HEAD:{folder}"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return out.split()


def commit(repo: Path) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True
    ).stdout.strip()


def collapse(text: str) -> str:
    return " ".join(text.split())


def tree(raw: bytes) -> Any:
    """The page's elements; text in UTF-8 when it decodes so (lxml alone would read bytes without a
    charset declaration as Latin-1), else as lxml reads the declared encoding."""
    if not raw.strip():
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return lhtml.fromstring(raw)
    return lhtml.fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", text))


def outermost_quotes(root: Any) -> list[Any]:
    return [q for q in root.iter("blockquote") if not any(a.tag == "blockquote" for a in q.iterancestors())]


def html_lang(root: Any) -> str | None:
    top = root.getroottree().getroot() if root is not None else None
    return (top.get("lang") or None) if top is not None and top.tag == "html" else None


def known_origins() -> set[str]:
    found = set()
    for exp in CORPUS.glob("*/expected.json"):
        found.add(json.loads(exp.read_text("utf-8")).get("origin", ""))
    return found


def write(name: str, raw: bytes, expected: dict[str, Any]) -> None:
    folder = OUT / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "source.html").write_bytes(raw)
    (folder / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), "utf-8")


def readability(repo: Path, known: set[str]) -> int:
    made, head = 0, commit(repo)
    for name in git_ls(repo, "test/test-pages"):
        origin = f"mozilla/readability/test/test-pages/{name}/source.html"
        if origin in known:
            continue
        try:
            raw = git_show(repo, f"test/test-pages/{name}/source.html")
            expected_html = git_show(repo, f"test/test-pages/{name}/expected.html")
            meta = json.loads(git_show(repo, f"test/test-pages/{name}/expected-metadata.json"))
        except subprocess.CalledProcessError:
            continue
        body = tree(expected_html)
        if body is None:
            continue
        paragraphs = []
        for p in body.iter("p"):
            if any(a.tag in SKIP for a in p.iterancestors()):
                continue
            text = collapse(p.text_content())
            if text:
                paragraphs.append(text)
            if len(paragraphs) == 3:
                break
        write(
            f"rd-{name}",
            raw,
            {
                "origin": origin,
                "origin_commit": head,
                "title": meta.get("title") or None,
                "author": meta.get("byline") or None,
                "date": meta.get("publishedTime") or None,
                "lang": meta.get("lang") or None,
                "paragraphs": paragraphs or None,
                "blockquotes": [collapse(q.text_content()) for q in outermost_quotes(body)],
                "n_links_in_body": sum(1 for a in body.iter("a") if a.get("href")),
                "_derivation": "as ../shared/corpus rd-*: expected-metadata.json; expected.html paragraphs and quotes",
            },
        )
        made += 1
    return made


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    w = re.findall(r"\w+", text.casefold())
    return {tuple(w[i : i + n]) for i in range(max(0, len(w) - n + 1))}


def scrapinghub(repo: Path, known: set[str]) -> int:
    made, head = 0, commit(repo)
    truth = json.loads(git_show(repo, "ground-truth.json"))
    for key, item in truth.items():
        origin = f"scrapinghub/article-extraction-benchmark/html/{key}.html.gz"
        if origin in known:
            continue
        try:
            raw = gzip.decompress(git_show(repo, f"html/{key}.html.gz"))
        except (subprocess.CalledProcessError, OSError):
            continue
        body = item.get("articleBody") or ""
        if not body.strip():
            continue
        root = tree(raw)
        flat = collapse(body)
        grams = shingles(body)
        quotes = []
        for q in outermost_quotes(root) if root is not None else []:
            text = collapse(q.text_content())
            if not text:
                continue
            qs = shingles(text)
            if text in flat or (qs and len(qs & grams) >= 0.6 * len(qs)):
                quotes.append(text)
        paragraphs = []
        for line in body.splitlines():
            line = collapse(line)
            if line and not any(line in q or q in line for q in quotes):
                paragraphs.append(line)
            if len(paragraphs) == 3:
                break
        host = re.sub(r"^www\.", "", re.sub(r"^https?://([^/]+).*", r"\1", item.get("url", ""))).split(".")[0]
        write(
            f"sh-{host}-{key[:6]}",
            raw,
            {
                "origin": origin,
                "origin_commit": head,
                "url": item.get("url"),
                "title": None,
                "author": None,
                "date": None,
                "lang": html_lang(root),
                "paragraphs": paragraphs or None,
                "blockquotes": quotes,
                "n_links_in_body": None,
                "_derivation": "as ../shared/corpus sh-*: ground-truth.json articleBody lines; quotes found in it",
            },
        )
        made += 1
    return made


def trafilatura(repo: Path, known: set[str]) -> int:
    made, head = 0, commit(repo)
    data = json.loads(git_show(repo, "tests/evaldata.json"))
    names = {"eval": set(git_ls(repo, "tests/eval")), "cache": set(git_ls(repo, "tests/cache"))}
    for url, item in data.items():
        file = item.get("file", "")
        folder = next((f for f in ("eval", "cache") if file in names[f]), None)
        origin = f"adbar/trafilatura/tests/{folder}/{file}"
        if folder is None or origin in known or not item.get("with"):
            continue
        raw = git_show(repo, f"tests/{folder}/{file}")
        if file.endswith(".gz"):
            raw = gzip.decompress(raw)
        root = tree(raw)
        quoted = (
            " ".join(collapse(q.text_content()) for q in outermost_quotes(root)) if root is not None else ""
        )
        stem = re.sub(r"[^a-z0-9]+", "-", file.lower().removesuffix(".gz").removesuffix(".html"))[:40].strip(
            "-"
        )
        write(
            f"tf-{stem}",
            raw,
            {
                "origin": origin,
                "origin_commit": head,
                "url": url,
                "title": item.get("title") or None,
                "author": item.get("author") or None,
                "date": item.get("date") or None,
                "lang": html_lang(root),
                "paragraphs": None,
                "blockquotes": None,
                "n_links_in_body": None,
                "must_contain": item.get("with", []),
                "must_not_contain": item.get("without", []),
                "must_contain_in_blockquote": [s for s in item.get("with", []) if collapse(s) in quoted],
                "_derivation": "as ../shared/corpus tf-*: tests/evaldata.json; language from <html lang>",
            },
        )
        made += 1
    return made


def js_string(text: str, at: int) -> tuple[str, int] | None:
    """The JavaScript string expression starting at ``at`` (literals in ', " or ` joined by +),
    with the index after it; None where it is something else (a variable, a call)."""
    out, i = "", at
    while True:
        m = re.compile(r"\s*(['\"`])").match(text, i)
        if not m:
            return None
        quote, i, piece = m.group(1), m.end(), ""
        while i < len(text) and text[i] != quote:
            if text[i] == "\\":
                i += 1
                piece += {"n": "\n", "t": "\t"}.get(text[i], text[i])
            elif quote == "`" and text.startswith("${", i):
                return None
            else:
                piece += text[i]
            i += 1
        out += piece
        plus = re.compile(r"\s*\+").match(text, i + 1)
        if not plus:
            return out, i + 1
        i = plus.end()


def asserted(segment: str, name: str) -> str | None:
    """What a test asserts ``name`` equals (``assert.equal(name, 'value')``), where it is a string."""
    m = re.search(rf"assert\.equal\(\s*{name}\s*,", segment)
    found = js_string(segment, m.end()) if m else None
    return collapse(found[0]) if found else None


def unglued(excerpt: str, page_text: str) -> str:
    """Words cheerio's .text() ran together across two elements ("headingFirst") set apart again,
    unless the page writes them so ("iPhone")."""
    words = []
    for word in excerpt.split():
        if re.search(r"[a-z][A-Z]", word) and word not in page_text:
            word = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", word)
        words.append(word)
    return " ".join(words)


def postlight(repo: Path, known: set[str]) -> int:
    head = commit(repo)
    listing = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "-r", "--name-only", "HEAD", "src/extractors/custom"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    found: dict[str, dict[str, Any]] = {}  # a fixture some tests read twice: what each asserts
    for test in (f for f in listing if f.endswith("index.test.js")):
        text = git_show(repo, test).decode("utf-8")
        reads = list(re.finditer(r"readFileSync\(\s*['\"]\./fixtures/([^'\"]+)['\"]", text))
        for n, read in enumerate(reads):
            segment = text[read.end() : reads[n + 1].start() if n + 1 < len(reads) else len(text)]
            urls = list(re.finditer(r"\burl\s*[=:]\s*(?=['\"`])", text[: read.start()]))
            url = js_string(text, urls[-1].end()) if urls else None
            facts = {k: asserted(segment, k) for k in ("title", "dek", "first13", "author")}
            entry = found.setdefault(read.group(1), {"test": test, "url": url[0] if url else None})
            for key, value in facts.items():
                entry[key] = entry.get(key) or value
    made = 0
    for file, entry in found.items():
        origin = f"postlight/parser/fixtures/{file}"
        if origin in known or not (entry["title"] or entry["first13"]):
            continue
        try:
            raw = git_show(repo, f"fixtures/{file}")
        except subprocess.CalledProcessError:
            continue
        root = tree(raw)
        page_text = root.text_content() if root is not None else ""
        first = unglued(entry["first13"], page_text) if entry["first13"] else None
        stem = re.sub(r"[^a-z0-9]+", "-", file.lower().removesuffix(".html"))[:40].strip("-")
        write(
            f"pl-{stem}",
            raw,
            {
                "origin": origin,
                "origin_commit": head,
                "origin_test": entry["test"],
                "url": entry["url"],
                "title": entry["title"],
                "author": entry["author"],
                "date": None,
                "lang": html_lang(root),
                "paragraphs": None,
                "blockquotes": None,
                "n_links_in_body": None,
                "must_contain": [s for s in (entry["dek"], first) if s],
                "_derivation": "postlight/parser site tests: asserted title, dek and first 13 words",
            },
        )
        made += 1
    return made


def main() -> None:
    if len(sys.argv) not in (4, 5):
        raise SystemExit(__doc__)
    known = known_origins()
    rd, sh, tf = (Path(a) for a in sys.argv[1:4])
    counts = {"readability": readability(rd, known), "scrapinghub": scrapinghub(sh, known)}
    counts["trafilatura"] = trafilatura(tf, known)
    if len(sys.argv) == 5:
        counts["postlight"] = postlight(Path(sys.argv[4]), known)
    print(", ".join(f"{k}: {v} pages" for k, v in counts.items()), f"in {OUT}")


if __name__ == "__main__":
    main()
