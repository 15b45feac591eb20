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


class _ItemXmlMemo:
    """Mixin for feedgenerator feed classes. `item_xml` maps id(item dict) to
    (a copy of the item, its XML); the copy guards against an item changed
    since (e.g. by a feed_generated receiver): then it is serialised afresh."""

    item_tag = ""
    item_xml: dict | None = None

    def write_items(self, handler):
        if self.item_xml is None:
            return super().write_items(handler)
        for item in self.items:
            known = self.item_xml.get(id(item))
            if known is None or known[0] != item:
                buffer = io.StringIO()
                one = SimplerXMLGenerator(buffer, "utf-8", short_empty_elements=True)
                one.startElement(self.item_tag, self.item_attributes(item))
                self.add_item_elements(one, item)
                one.endElement(self.item_tag)
                known = self.item_xml[id(item)] = (dict(item), buffer.getvalue())
            handler.ignorableWhitespace(known[1])  # SAX's way to write text as it is


class MemoAtom1Feed(_ItemXmlMemo, Atom1Feed):
    item_tag = "entry"


class MemoRss201rev2Feed(_ItemXmlMemo, Rss201rev2Feed):
    item_tag = "item"


MEMO_CLASSES = {Atom1Feed: MemoAtom1Feed, Rss201rev2Feed: MemoRss201rev2Feed}
