"""From a seed's text to an Article: shared by the text and HTML readers.

Readers turn a file into a title and a list of raw blocks; `assemble` then
applies the rules (boilerplate, bylines, datelines, source lines) the same
way for both, so a rule added to the data file works everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from newsdigest.dates import filename_date, iso
from newsdigest.errors import SeedError
from newsdigest.lines import classify, ends_sentence, looks_like_source_line
from newsdigest.record import Article, Block
from newsdigest.rules import Rules

_BULLET = re.compile(r"^\s*(?:[-*•●▪◦‣]|(?P<num>\d{1,3})[.)])\s+(?P<text>\S.*)$")
_QUOTE = re.compile(r"^\s*>\s?(?P<text>.*)$")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "rep", "sen", "gov", "jr", "sr",
    "inc", "ltd", "co", "corp", "no", "vs", "etc", "u.s", "u.k", "u.n", "e.g", "i.e", "fig", "approx", "rev", "maj",
    "adm", "cmdr", "mt", "ft", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "est", "dept", "univ",
}
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])([\"”’')\]]*)\s+(?=[\"“‘'(\[]?[A-Z0-9])")
SUMMARY_MIN = 120
SUMMARY_MAX = 400


@dataclass
class Found:
    """Metadata collected while reading; the first value found wins."""

    authors: list[str] = field(default_factory=list)
    editor: str | None = None
    source: str | None = None
    url: str | None = None
    date: datetime | None = None
    date_source: str | None = None

    def take(self, info, *, date_source: str = "dateline") -> None:
        if info.kind == "meta":
            for part in info.parts:
                self.take(part, date_source=date_source)
        elif info.kind == "byline" and not self.authors:
            self.authors = list(info.value)
        elif info.kind == "editor" and not self.editor:
            self.editor = info.value
        elif info.kind == "source" and not self.source and info.value:
            self.source = info.value
        elif info.kind == "url" and not self.url:
            self.url = info.value
        elif info.kind == "date" and self.date is None:
            self.date, self.date_source = info.value, date_source


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, minding common abbreviations."""
    out, start = [], 0
    for match in _SENTENCE_BREAK.finditer(text):
        end = match.start() + len(match.group(1))
        before = text[start:end].rstrip("\"”’')]").rstrip(".!?…")
        last_word = before.rsplit(None, 1)[-1].lower() if before.split() else ""
        if last_word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", last_word):
            continue
        out.append(text[start:end].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def make_summary(blocks: list[Block]) -> str:
    """The lede: the first one or two sentences of the first paragraph."""
    for block in blocks:
        if block.kind != "p" or len(block.text.split()) < 6:
            continue
        parts = sentences(block.text)
        summary = parts[0]
        if len(summary) < SUMMARY_MIN and len(parts) > 1 and len(summary) + len(parts[1]) < SUMMARY_MAX:
            summary = f"{summary} {parts[1]}"
        if len(summary) > SUMMARY_MAX:
            cut = summary[:SUMMARY_MAX].rsplit(" ", 1)[0]
            summary = cut.rstrip(",;:") + "…"
        return summary
    return ""


def _is_headline_like(block: Block) -> bool:
    if block.kind in ("ul", "ol"):
        return True
    words = block.text.split()
    return len(words) <= 18 and not (ends_sentence(block.text) and block.text.rstrip()[-1:] == ".")


def assemble(title: str, raw: list[Block], rules: Rules, found: Found) -> list[Block]:
    """Drop boilerplate, pull metadata lines into `found`, return body blocks."""
    out: list[Block] = []
    last_meta_at = -1
    i = 0
    while i < len(raw):
        block = raw[i]
        i += 1
        if block.kind in ("ul", "ol"):
            items = [t for t in block.items if classify(t, rules).kind == "body"]
            if items:
                out.append(Block(block.kind, items=items))
            continue
        text = block.text.strip()
        if rules.starts_tail(text):
            break
        if rules.starts_block(text):
            while i < len(raw) and _is_headline_like(raw[i]):
                i += 1
            continue
        info = classify(text, rules)
        if info.kind == "body":
            if block.kind == "h" and text == title:
                continue
            out.append(Block(block.kind, text=text))
        elif info.kind != "boilerplate":
            found.take(info)
            last_meta_at = len(out)
    _take_trailing_source(out, last_meta_at, rules, found)
    return out


def _take_trailing_source(out: list[Block], last_meta_at: int, rules: Rules, found: Found) -> None:
    """A short outlet line at the very end ("Axadle Times—Monitoring") is the source."""
    names = []
    for index in range(len(out) - 1, max(-1, len(out) - 3), -1):
        block = out[index]
        if block.kind != "p" or not looks_like_source_line(block.text):
            break
        suffixed = rules.strip_source_suffix(block.text) != block.text
        after_metadata = 0 <= last_meta_at <= index
        if not (after_metadata or suffixed):
            break
        names.insert(0, rules.strip_source_suffix(block.text))
        del out[index]
    if names and not found.source:
        found.source = names[0]


def text_blocks(lines: list[str]) -> list[Block]:
    """Group the lines of a plain-text dump into blocks."""
    blocks: list[Block] = []
    previous_blank = True
    for line in lines:
        stripped = re.sub(r"[ \t]+", " ", line).strip()
        if not stripped:
            previous_blank = True
            continue
        bullet = _BULLET.match(stripped)
        quote = _QUOTE.match(stripped)
        if bullet:
            kind = "ol" if bullet.group("num") else "ul"
            if blocks and blocks[-1].kind == kind and not previous_blank:
                blocks[-1].items.append(bullet.group("text"))
            else:
                blocks.append(Block(kind, items=[bullet.group("text")]))
        elif quote and quote.group("text").strip():
            text = quote.group("text").strip()
            if blocks and blocks[-1].kind == "quote" and not previous_blank:
                blocks[-1].text += " " + text
            else:
                blocks.append(Block("quote", text=text))
        elif (
            blocks
            and not previous_blank
            and blocks[-1].kind == "p"
            and len(blocks[-1].text) >= 50
            and not ends_sentence(blocks[-1].text)
            and stripped[:1].islower()
        ):
            # A hard-wrapped paragraph continues on this line.
            blocks[-1].text += " " + stripped
        else:
            blocks.append(Block("p", text=stripped))
        previous_blank = False
    return blocks


def finish(article_title: str, blocks: list[Block], found: Found, *, seed_name: str, rules: Rules) -> Article:
    """Common last steps: checks, title tidy-up, dates, summary."""
    title = re.sub(r"\s+", " ", article_title).strip()
    if found.source:
        # "Headline | Outlet" or "Headline - Outlet": keep only the headline.
        for sep in (" | ", " - ", " – ", " — ", " :: "):
            suffix = sep + found.source
            if title.lower().endswith(suffix.lower()):
                title = title[: -len(suffix)].strip()
    if not blocks:
        raise SeedError("no body text after the title")
    if not title:
        raise SeedError("no headline found")
    article = Article(title=title, blocks=blocks)
    article.authors = found.authors
    article.editor = found.editor
    article.source = found.source
    article.url = found.url
    if found.date is not None:
        article.date, article.date_source = iso(found.date), found.date_source
    else:
        when = filename_date(seed_name)
        if when is not None:
            article.date, article.date_source = iso(when), "filename"
    if article.date is None:
        article.warnings.append("no date in the seed: the first conversion time is used")
    if not article.authors:
        article.warnings.append("no byline found")
    if not article.source:
        article.warnings.append("no source outlet found")
    article.summary = make_summary(blocks)
    return article


def read_text_seed(text: str, *, seed_name: str, rules: Rules) -> Article:
    lines = text.split("\n")
    title = ""
    start = 0
    for start, line in enumerate(lines):
        stripped = line.strip()
        if stripped and classify(stripped, rules).kind != "boilerplate":
            title = stripped
            break
    if not title:
        raise SeedError("no text" if not text.strip() else "only boilerplate, no article")
    found = Found()
    blocks = assemble(title, text_blocks(lines[start + 1:]), rules, found)
    return finish(title, blocks, found, seed_name=seed_name, rules=rules)
