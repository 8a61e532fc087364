"""The messages a chat model is asked with: the blog's style as rules, the article around the
block, the glossary and the memory, then the block itself, to be answered with its translation
only. Instructions are in English (what the models follow best); the examples are the
translator's own Japanese."""

from __future__ import annotations

from editor.assist.llm.chat import Message
from editor.assist.llm.context import Piece, Request

LANGUAGES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "ru": "Russian",
    "zh": "Chinese",
    "ko": "Korean",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
    "uk": "Ukrainian",
}


def language_name(code: str) -> str:
    return LANGUAGES.get(code.split("-")[0], code or "English")


def guide(settings: dict[str, dict[str, object]]) -> tuple[str, ...]:
    """The proofreading style's rules (rule id → options, for the rules it turns on) as
    instructions, so a draft is written the way the style checks it."""
    out = []
    register = ""
    for rule in ("mixed-register", "jtf-1.1.1"):
        if rule in settings:
            register = str(settings[rule].get("prefer", "")) or register
    if register == "desumasu":
        out.append("Write in です・ます調 (polite form): sentences end in です or ます, never だ or である.")
    else:  # である調 is the blog's and the default
        out.append(
            "Write in である調 (plain form): sentences end in だ, である or a plain verb, never です or ます."
        )
    out.append("Use Japanese punctuation 、 and 。, and 「」 for quotations (『』 inside 「」).")
    out.append(
        "Write numbers in half-width Arabic digits, with 万, 億 and 兆 for large amounts"
        " (3.5 billion → 35億); keep every number and date of the source."
    )
    if "jtf-4.3.1" in settings:
        out.append("Parentheses are full-width （）.")
    else:
        out.append("Parentheses are half-width () and a colon is a half-width ':'.")
    if "jtf-4.2.9" not in settings:
        out.append("An aside set off by dashes takes ——.")
    if "sentence-length" in settings:
        most = settings["sentence-length"].get("max")
        if isinstance(most, int) and most > 0:
            out.append(f"Keep each sentence under {most} characters; split a long one.")
    return tuple(out)


SYSTEM = (
    "You are a professional translator for a Japanese blog that translates posts by overseas "
    "political and economics writers. Translate the block you are given from {lang} into natural, "
    "accurate Japanese, in the context of the article around it. Translate everything; add nothing.\n"
    "Rules:\n"
    "- Keep the Markdown: links stay links, [text](url) with the url exactly as given; keep *emphasis*, "
    "**strong** and `code`.\n"
    "- Use the glossary's translation for every term it lists.\n"
    "- Write names the way earlier translations in this article wrote them.\n"
    "{guide}\n"
    "- Answer with the Japanese translation of the block only: no preamble, no notes, no quotation marks "
    "around it, no code fence."
)


def _piece(p: Piece) -> str:
    return p.source.strip()


def _kind(req: Request) -> str:
    block = req.block
    if block.quote_of is not None:
        who = f" from {block.quote_of}" if block.quote_of else ""
        return f"a quotation{who} (the author quotes it; translate it as the quoted person's words)"
    if block.kind == "heading":
        return "a heading (translate it as a short heading, with no 。 at the end)"
    if block.kind == "list_item":
        return "an item of a list"
    if block.kind == "image":
        return "an image caption"
    return "a paragraph"


def messages(req: Request) -> list[Message]:
    lang = language_name(req.block.lang or "en")
    system = SYSTEM.format(lang=lang, guide="\n".join(f"- {g}" for g in req.guide))
    parts: list[str] = []
    about = []
    if req.title:
        about.append(f"Title: {req.title}")
    if req.title_ja:
        about.append(f"Japanese title: {req.title_ja}")
    if req.blog or req.author:
        about.append(f"From: {', '.join(x for x in (req.author, req.blog) if x)}")
    if about:
        parts.append("The article\n" + "\n".join(about))
    if req.summary:
        parts.append("Summary points (in Japanese)\n" + "\n".join(f"- {s}" for s in req.summary))
    if req.terms:
        lines = [f"- {t.source} → {t.target}" + (f" ({t.note})" if t.note else "") for t in req.terms]
        parts.append("Glossary (use these translations)\n" + "\n".join(lines))
    if req.examples:
        lines = [f"- ({e.score:.0f}%) {e.source}\n  → {e.target}" for e in req.examples]
        parts.append("Earlier translations of similar sentences\n" + "\n".join(lines))
    if req.before:
        lines = []
        for p in req.before:
            lines.append(f"Source: {_piece(p)}")
            if p.draft.strip():
                lines.append(f"Translation: {p.draft.strip()}")
        parts.append("Paragraphs before (for context; do not translate them again)\n" + "\n".join(lines))
    if req.after:
        parts.append(
            "Paragraph after (for context only)\n" + "\n".join(f"Source: {_piece(p)}" for p in req.after)
        )
    parts.append(f"The block to translate is {_kind(req)}:\n<<<\n{req.block.source.strip()}\n>>>")
    parts.append("Answer with its Japanese translation only.")
    return [{"role": "system", "content": system}, {"role": "user", "content": "\n\n".join(parts)}]


def retry(previous: list[Message], answer: str, missed: list[tuple[str, str]]) -> list[Message]:
    """The same request once more, naming the glossary terms the answer did not use."""
    lines = "\n".join(f"- {s} → {t}" for s, t in missed)
    ask = (
        "Your translation did not use the glossary's translation for:\n"
        f"{lines}\n"
        "Translate the block again using exactly these translations. Answer with the translation only."
    )
    return [*previous, {"role": "assistant", "content": answer}, {"role": "user", "content": ask}]


SUMMARY = (
    "You write the summary (要約) at the top of a Japanese blog post that translates an article. "
    "Read the Japanese translation below and write exactly {count} points that together give its gist, "
    "in Japanese, in である調, each at most {chars} characters. Each point is one line: a short label "
    "(a name or a topic of a few words), then ': ', then the point. Answer with the {count} lines only."
)


def summary_messages(text: str, count: int, chars: int) -> list[Message]:
    return [
        {"role": "system", "content": SUMMARY.format(count=count, chars=chars)},
        {"role": "user", "content": text},
    ]
