"""Two versions of one article (and an unrelated one) as web pages, for source-update tests."""

from __future__ import annotations

import html
from http.server import BaseHTTPRequestHandler

P = [
    "The harbour authority met on Monday to discuss the new tariffs on imported steel.",
    "Shipping companies said the tariffs would raise costs for every container by a third.",
    "The minister refused to comment, saying only that talks would continue next week.",
    "Dock workers have threatened a strike if the tariffs reduce the volume of trade.",
    "Local traders expect the dispute to last until the end of the summer at least.",
]
QUOTE = ["We will not accept a deal that punishes the port for decisions made elsewhere."]
V2_EDIT = P[1].replace("by a third", "by nearly a half")
V2_QUOTE_MORE = "Our members have already lost a month of work this year."
V2_UPDATE = "Update: the ministry announced on Tuesday evening that the tariffs are suspended."


def page(title: str, paragraphs: list[str], quote: list[str], after: int = 2, canonical: str = "") -> bytes:
    body = [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    block = "<blockquote>" + "".join(f"<p>{html.escape(q)}</p>" for q in quote) + "</blockquote>"
    body.insert(after, block)
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)} | Harbour Notes</title>"
        + (f"<link rel='canonical' href='{canonical}'>" if canonical else "")
        + "<meta name='author' content='Jo Marsh'></head><body>"
        "<header><a href='/'>Harbour Notes</a></header><main><article>"
        f"<h1>{html.escape(title)}</h1><p class='byline'>By Jo Marsh, March 2, 2026</p>"
        + "".join(body)
        + "</article></main><footer>© Harbour Notes</footer></body></html>"
    ).encode()


V1 = page("Harbour tariffs divide the port", P, QUOTE)
V2 = page(
    "Harbour tariffs divide the port",
    [P[0], V2_EDIT, P[3], P[4], V2_UPDATE],  # P[2] removed, P[1] edited, an update appended
    [*QUOTE, V2_QUOTE_MORE],  # the quote grew by a paragraph
)
OTHER = page(
    "Football club names a new coach",
    [
        "The football club announced a new coach after a difficult season in the second division.",
        "Fans gathered outside the stadium on Sunday to celebrate the decision with songs.",
        "The new coach promised an attacking style and more chances for young players.",
    ],
    ["We will win the league within two years, and we will do it with our own players."],
)


class Pages(BaseHTTPRequestHandler):
    """Serves whatever ``Pages.current`` holds at /post."""

    current = V1

    def log_message(self, *args: object) -> None:
        pass

    cut = 0
    """Send only this many bytes of the page (with its whole length declared), then hang up."""

    def do_GET(self) -> None:
        body = Pages.current if self.path == "/post" else b"<h1>Not Found</h1>"
        self.send_response(200 if self.path == "/post" else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[: Pages.cut] if Pages.cut else body)
        self.close_connection = bool(Pages.cut)
