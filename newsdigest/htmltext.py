"""The plain text of a snippet of rendered HTML (a summary, a feed item).

A tokenizer pass (html.parser), without building a tree: a build takes the
text of every article's summary for its JSON-LD, and BeautifulSoup spent
more time building trees than reading them.
"""

from __future__ import annotations

from html.parser import HTMLParser


class _TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(html: str) -> str:
    """The text of `html`, whitespace collapsed (text of separate elements
    joined by a space). Comments and markup are dropped; entities decoded."""
    if "<" not in html and "&" not in html:
        return " ".join(html.split())
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return " ".join(" ".join(collector.parts).split())
