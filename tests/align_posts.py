"""Parallel posts written for the aligner's tests: English source pages and the blog's Japanese
posts of them, with the pairs a careful reader would draw between them."""

from __future__ import annotations

import html
from pathlib import Path

A_URL = "https://grid.example/2026/02/reserves.html"
B_URL = "https://grid.example/2026/02/brussels-talks.html"
C_URL = "https://grid.example/2026/02/missing.html"

A_SRC = [
    "Previously: Grid operators warn of winter shortages",
    "The national grid operator said on Tuesday that reserves for January had fallen to 4 percent,"
    " the lowest level since 2009.",
    "Officials blamed the closure of two coal plants and a dry autumn that left hydroelectric reservoirs"
    " half empty.",
    "Industry groups asked the government to delay the planned carbon tax until the spring, arguing that"
    " factories could not absorb higher prices.",
    "The energy minister, Clara Voss, rejected the request and said the tax would take effect on March 1"
    " as scheduled.",
]
A_JA = [
    "国の送電網運営会社は火曜日、1月の予備率が4パーセントに低下し、2009年以来の低水準になったと発表した。",
    "当局者は、石炭火力発電所2基の閉鎖と、水力発電のダムを半分空にした乾燥した秋のせいだとした。",
    "※訳注: 予備率とは、需要に対する供給力の余裕を示す指標である。",
    "業界団体は、工場は価格の上昇を吸収できないとして、予定されている炭素税の導入を春まで延期するよう政府に求めた。",
    "エネルギー相のクララ・フォスはこの要請を退け、税は予定通り3月1日に発効すると述べた。",
]
A_PAIRS = [(A_SRC[1], A_JA[0]), (A_SRC[2], A_JA[1]), (A_SRC[3], A_JA[3]), (A_SRC[4], A_JA[4])]

B_SRC = [
    "Clara Voss arrived in Brussels on Thursday for talks on the joint gas purchase scheme.",
    "She met the commissioner for two hours.",
    "Neither side spoke to reporters afterwards.",
    "We are not asking for charity. We are asking for the same terms that larger members already enjoy.",
    "If the scheme cannot offer that, we will buy our gas elsewhere, as we did in 2022.",
    "Analysts at the Brussels think tank Bruegel estimate that the scheme covers about 15 percent of the"
    " bloc's imports, far less than its supporters claim, and that its prices have often been higher than"
    " those on the spot market during the past year.",
    "Voss is expected to return to Brussels next month.",
]
B_QUOTE = (3, 4)
B_JA = [
    "クララ・フォスは木曜日、ガスの共同購入制度をめぐる協議のためブリュッセルに到着した。",
    "彼女は欧州委員と2時間会談したが、双方とも会談後に記者団には何も語らなかった。",
    "我々は施しを求めているのではない。大きな加盟国がすでに享受しているのと同じ条件を求めているのだ。",
    "この制度がそれを提供できないなら、2022年にそうしたように、我々はよそでガスを買う。",
    "ブリュッセルのシンクタンク、ブリューゲルのアナリストは、この制度がカバーしているのは域内輸入の約15パーセント"
    "にすぎず、支持者の主張よりはるかに少ないと推計している。",
    "また、過去1年間、その価格はスポット市場の価格よりも高いことが多かったという。",
    "フォスは来月、再びブリュッセルを訪れる予定だ。",
]
B_PAIRS = [
    (B_SRC[0], B_JA[0]),
    (B_SRC[1] + "\n" + B_SRC[2], B_JA[1]),  # the translator merged two paragraphs
    (B_SRC[3], B_JA[2]),
    (B_SRC[4], B_JA[3]),
    (B_SRC[5], B_JA[4] + B_JA[5]),  # and split one in two
    (B_SRC[6], B_JA[6]),
]


def page(url: str, title: str, paras: list[str], quote: tuple[int, ...] = ()) -> bytes:
    body = []
    k = 0
    while k < len(paras):
        if k in quote:
            group = [p for i, p in enumerate(paras) if i in quote]
            body.append("<blockquote>" + "".join(f"<p>{html.escape(p)}</p>" for p in group) + "</blockquote>")
            k += len(group)
            continue
        body.append(f"<p>{html.escape(paras[k])}</p>")
        k += 1
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><link rel='canonical' href='{url}'>"
        "<meta name='author' content='Ann Reed'></head><body><article>"
        f"<h1>{html.escape(title)}</h1>" + "".join(body) + "</article></body></html>"
    ).encode()


def post(url: str, title: str, summary: list[str], body: list[str], quote: tuple[int, ...] = ()) -> str:
    lines = []
    k = 0
    while k < len(body):
        if k in quote:
            group = [p for i, p in enumerate(body) if i in quote]
            lines.append("\n>\n".join(f"> {p}" for p in group))
            lines.append("— クララ・フォス")
            k += len(group)
            continue
        lines.append(body[k])
        k += 1
    points = "\n".join(f"- {s}" for s in summary)
    return (
        f"---\nTitle: GR⚡️{title}\nCategory:\n- 翻訳\nDate: 2026-02-20T21:00:00+09:00\n"
        f"URL: https://me.hatenablog.com/entry/{abs(hash(url)) % 10000}\nDraft: false\n---\n"
        f"[{url}:embed:cite]\n\nAnn Reed著:02/20/2026\n\n✒️要約\n\n{points}\n\n【本文】\n\n"
        + "\n\n".join(lines)
        + "\n"
    )


def write(blog: Path, sources: Path) -> None:
    """Three posts in the blog folder; two source pages saved under names unrelated to them."""
    entry = blog / "entry" / "2026" / "02" / "20"
    entry.mkdir(parents=True)
    (entry / "reserves.md").write_text(post(A_URL, "予備率4%に低下", ["予備率: 過去最低"], A_JA), "utf-8")
    (entry / "brussels.md").write_text(
        post(B_URL, "フォス、ブリュッセルへ", ["協議: 進展なし"], B_JA, quote=(2, 3)), "utf-8"
    )
    (entry / "missing.md").write_text(
        post(C_URL, "原文のない記事", ["要点: なし"], ["本文だけがある。"]), "utf-8"
    )
    (entry / "no-card.md").write_text("---\nTitle: 雑記\n---\nカードのない投稿。\n", "utf-8")
    sources.mkdir(parents=True)
    (sources / "download (3).html").write_bytes(page(A_URL, "Reserves fall to 4 percent", A_SRC))
    (sources / "page.htm").write_bytes(page(B_URL, "Voss goes to Brussels", B_SRC, B_QUOTE))
