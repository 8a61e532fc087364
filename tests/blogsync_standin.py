"""A stand-in for blogsync, written for the tests (blogsync cannot be installed here).

It rewrites an entry file the way blogsync's entry.go does after a push or a pull:
the whole front matter from the server's answer, in blogsync's key order (Title,
Category, Date, URL, EditURL, PreviewURL, Draft, Scheduled, CustomPath), the date
normalised to RFC 3339 with an offset, keys it does not know dropped, and Draft
gone once the entry is published.

As a script it behaves like ``blogsync push FILE``:
    python tests/blogsync_standin.py push FILE     (exit 0, prints the entry's URL)
Environment: STANDIN_FAIL=1 makes it fail like a rejected push (exit 1); STANDIN_NO_URL=1 leaves
URL out of the rewritten file (an entry the server gives no address yet).
"""

from __future__ import annotations

import hashlib
import os
import sys
from datetime import datetime
from pathlib import Path

import yaml

ORDER = ["Title", "Category", "Date", "URL", "EditURL", "PreviewURL", "Draft", "Scheduled", "CustomPath"]


def rewrite(
    path: Path, *, publish: bool = True, entry_id: str | None = None, blog: str = "me.hatenablog.com"
) -> str:
    text = path.read_text("utf-8")
    _, head, body = text.split("---\n", 2)
    meta = yaml.safe_load(head) or {}
    eid = entry_id or hashlib.sha256(path.name.encode()).hexdigest()[:12]
    out: dict[str, object] = {"Title": meta.get("Title", "")}
    if meta.get("Category"):
        out["Category"] = list(meta["Category"])
    date = meta.get("Date")
    when = date if isinstance(date, datetime) else datetime.fromisoformat(str(date))
    out["Date"] = (
        when.astimezone().strftime("%Y-%m-%dT%H:%M:%S%z")[:-2] + ":" + when.astimezone().strftime("%z")[-2:]
    )
    if not os.environ.get("STANDIN_NO_URL"):
        out["URL"] = meta.get("URL") or f"https://{blog}/entry/{eid}"
    out["EditURL"] = meta.get("EditURL") or f"https://blog.hatena.ne.jp/me/{blog}/atom/entry/{eid}"
    out["PreviewURL"] = f"https://{blog}/draft/{eid}"
    if not publish:
        out["Draft"] = True
    lines = ["---"]
    for key in ORDER:
        if key not in out:
            continue
        value = out[key]
        if isinstance(value, list):
            lines.append(f"{key}:")
            lines += [f"- {v}" for v in value]
        elif value is True:
            lines.append(f"{key}: true")
        else:
            lines.append(f"{key}: {value}")
    lines.append("---")
    new = "\n".join(lines) + "\n" + body.rstrip("\n") + "\n\n"  # the server's body, with its own blank line
    path.write_text(new, "utf-8")
    return str(out.get("URL", out["EditURL"]))


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "push":
        print("usage: blogsync push FILE", file=sys.stderr)
        return 2
    if os.environ.get("STANDIN_FAIL"):
        print("Error: 401 Unauthorized: check your API key", file=sys.stderr)
        return 1
    url = rewrite(Path(argv[1]), publish=os.environ.get("STANDIN_DRAFT") is None)
    print(f"     PUT ---> {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
