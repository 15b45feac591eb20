"""The article record: what the converter extracts from one seed."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Block:
    """One piece of body text: a paragraph, a quote, a list or a subheading."""

    kind: str  # "p", "quote", "ul", "ol" or "h"
    text: str = ""
    items: list[str] = field(default_factory=list)

    def plain(self) -> str:
        if self.kind in ("ul", "ol"):
            return "\n".join(self.items)
        return self.text


@dataclass
class Article:
    title: str
    blocks: list[Block]
    date: str | None = None  # ISO 8601
    date_source: str | None = None  # dateline, meta, json-ld, filename, first-converted
    authors: list[str] = field(default_factory=list)
    editor: str | None = None
    source: str | None = None
    url: str | None = None
    summary: str = ""
    warnings: list[str] = field(default_factory=list)
    seed: str = ""
    seed_sha256: str = ""
    encoding: str = ""
    category: str = ""

    @property
    def body(self) -> str:
        return "\n\n".join(block.plain() for block in self.blocks)

    @property
    def word_count(self) -> int:
        return len(self.body.split())

    def as_dict(self) -> dict:
        return {
            "title": self.title,
            "date": self.date,
            "date_source": self.date_source,
            "authors": self.authors,
            "editor": self.editor,
            "source": self.source,
            "url": self.url,
            "summary": self.summary,
            "body": self.body,
            "warnings": self.warnings,
            "word_count": self.word_count,
            "category": self.category,
            "seed": self.seed,
            "seed_sha256": self.seed_sha256,
            "encoding": self.encoding,
        }
