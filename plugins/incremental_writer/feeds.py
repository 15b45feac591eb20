"""Feeds whose items are serialised once per build, not once per feed.

An article is an item of many feeds (the site's, its category's, its
source's, and one per entity it mentions: tens of thousands of feeds on a
large archive). Its <entry>/<item> XML depends only on the item, so the
writer keeps it and each later feed copies the text.
"""

from __future__ import annotations

import io

from feedgenerator import Atom1Feed, Rss201rev2Feed
from feedgenerator.django.utils.xmlutils import SimplerXMLGenerator


class ItemXmlStore:
    """id(item dict) -> (a copy of the item, its XML), up to a byte budget:
    on a large archive every article's full text would otherwise be kept
    twice (Atom and RSS) in every writing process. Past the budget, items
    are serialised as feedgenerator does, each time."""

    def __init__(self, budget_bytes: int = 48 * 2**20):
        self.budget = budget_bytes
        self.used = 0
        self._xml: dict[int, tuple[dict, str]] = {}

    def get(self, item: dict) -> str | None:
        known = self._xml.get(id(item))
        # The copy guards against an item changed since (e.g. by a
        # feed_generated receiver): then it is serialised afresh.
        return known[1] if known is not None and known[0] == item else None

    def put(self, item: dict, xml: str) -> None:
        before = self._xml.get(id(item))
        replaced = len(before[1]) if before else 0  # an item changed since: its new XML takes the old one's room
        if self.used - replaced + len(xml) <= self.budget or before:
            self._xml[id(item)] = (dict(item), xml)
            self.used += len(xml) - replaced

    def __len__(self) -> int:
        return len(self._xml)


class _ItemXmlMemo:
    """Mixin for feedgenerator feed classes: items' XML from `item_xml` (an
    ItemXmlStore) when it has them."""

    item_tag = ""
    item_xml: ItemXmlStore | None = None

    def write_items(self, handler):
        if self.item_xml is None:
            return super().write_items(handler)
        for item in self.items:
            xml = self.item_xml.get(item)
            if xml is None:
                buffer = io.StringIO()
                one = SimplerXMLGenerator(buffer, "utf-8", short_empty_elements=True)
                one.startElement(self.item_tag, self.item_attributes(item))
                self.add_item_elements(one, item)
                one.endElement(self.item_tag)
                xml = buffer.getvalue()
                self.item_xml.put(item, xml)
            handler.ignorableWhitespace(xml)  # SAX's way to write text as it is


class MemoAtom1Feed(_ItemXmlMemo, Atom1Feed):
    item_tag = "entry"


class MemoRss201rev2Feed(_ItemXmlMemo, Rss201rev2Feed):
    item_tag = "item"


MEMO_CLASSES = {Atom1Feed: MemoAtom1Feed, Rss201rev2Feed: MemoRss201rev2Feed}
