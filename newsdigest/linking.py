"""Linking the first mention of each entity in an article body (beautifulsoup4).

Only text nodes are touched, never inside an existing link, a heading, code
or preformatted text; each entity is linked once, at its first mention in
document order, longest name first when names overlap.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString

SKIP_INSIDE = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "script", "style", "kbd", "samp", "button", "label"}


def _skipped(node) -> bool:
    return any(parent.name in SKIP_INSIDE for parent in node.parents if parent is not None and parent.name)


def link_first_mentions(html: str, targets: list[tuple[str, list[str], dict]]) -> str:
    """targets: (href, surface forms, extra attributes) per entity."""
    if not targets:
        return html
    soup = BeautifulSoup(html, "html.parser")
    surface_owner: dict[str, int] = {}
    for index, (_, surfaces, _) in enumerate(targets):
        for surface in surfaces:
            if surface and surface not in surface_owner:
                surface_owner[surface] = index
    if not surface_owner:
        return html
    ordered = sorted(surface_owner, key=lambda s: (-len(s), s))
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(s) for s in ordered) + r")(?![\w])")
    pending = set(range(len(targets)))
    for node in list(soup.find_all(string=True)):
        if not pending:
            break
        if not isinstance(node, NavigableString) or type(node) is not NavigableString or _skipped(node):
            continue
        text = str(node)
        pieces: list = []
        cursor = 0
        for match in pattern.finditer(text):
            owner = surface_owner[match.group(0)]
            if owner not in pending:
                continue
            pending.discard(owner)
            href, _, attrs = targets[owner]
            pieces.append(text[cursor : match.start()])
            link = soup.new_tag("a", href=href, attrs=dict(attrs))
            link.string = match.group(0)
            pieces.append(link)
            cursor = match.end()
        if not pieces:
            continue
        pieces.append(text[cursor:])
        for piece in pieces:
            if isinstance(piece, str):
                if piece:
                    node.insert_before(NavigableString(piece))
            else:
                node.insert_before(piece)
        node.extract()
    linked = str(soup)
    soup.decompose()  # freed now, not by the cyclic collector
    return linked


def linked_body(job: tuple[str, list]) -> bytes:
    """link_first_mentions for one (html, targets) job, as UTF-8: a
    module-level function, so worker pools can be sent it by name."""
    return link_first_mentions(*job).encode("utf-8")
