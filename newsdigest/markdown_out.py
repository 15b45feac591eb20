"""Writing an Article as a Pelican Markdown file.

Scraped text is untrusted: every character that Markdown or HTML would
interpret is escaped, so `<script>`, `*emphasis*` or a leading `#` in a seed
stay literal text on the page.
"""

from __future__ import annotations

import re

from newsdigest.record import Article, Block

# Characters Python-Markdown would interpret anywhere in a line.
_INLINE_SPECIAL = re.compile(r"([\\*_\[\]{}()!])")
_LINE_START_SPECIAL = re.compile(r"^([#+\-])")
_ORDERED_START = re.compile(r"^(\d+)([.)])(\s|$)")


def escape_inline(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # Python-Markdown still pairs backslash-escaped backticks into code spans,
    # so backticks become a character reference instead.
    text = text.replace("`", "&#96;")
    return _INLINE_SPECIAL.sub(r"\\\1", text)


def escape_line(text: str) -> str:
    """Escape a whole line of body text, including what matters at its start."""
    text = escape_inline(text)
    text = _LINE_START_SPECIAL.sub(r"\\\1", text)
    return _ORDERED_START.sub(r"\1\\\2\3", text)


def render_block(block: Block) -> str:
    if block.kind == "h":
        return "## " + escape_inline(block.text)
    if block.kind == "quote":
        return "> " + escape_line(block.text)
    if block.kind == "ul":
        return "\n".join("- " + escape_line(item) for item in block.items)
    if block.kind == "ol":
        return "\n".join(f"{n}. " + escape_line(item) for n, item in enumerate(block.items, 1))
    return escape_line(block.text)


def _meta_value(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def render_article(article: Article, *, slug: str) -> str:
    """The complete Markdown file, metadata header first."""
    header = [
        ("Title", article.title),
        ("Date", article.date or ""),
        ("Date_source", article.date_source or ""),
        ("Authors", ", ".join(article.authors)),
        ("Editor", article.editor or ""),
        ("Source", article.source or ""),
        ("Source_url", article.url or ""),
        ("Category", article.category),
        ("Slug", slug),
        # Summary is rendered as Markdown by Pelican, so it is escaped like the body.
        ("Summary", escape_inline(article.summary) if article.summary else ""),
        ("Word_count", str(article.word_count)),
        ("Seed", article.seed),
        ("Seed_sha256", article.seed_sha256),
    ]
    lines = [f"{key}: {_meta_value(value)}" for key, value in header if value]
    body = "\n\n".join(render_block(block) for block in article.blocks)
    return "\n".join(lines) + "\n\n" + body + "\n"
