"""schema.org JSON-LD for article and entity pages (plain data, no Pelican)."""

from __future__ import annotations

import json

ENTITY_SCHEMA_TYPES = {"person": "Person", "place": "Place", "organization": "Organization", "event": "Event"}


def script_safe_json(data: dict) -> str:
    """JSON that cannot close its <script> element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=False, indent=None, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _person(name: str) -> dict:
    return {"@type": "Person", "name": name}


def entity_ref(name: str, kind: str, url: str | None, same_as: str | None = None) -> dict:
    ref = {"@type": ENTITY_SCHEMA_TYPES.get(kind, "Thing"), "name": name}
    if url:
        ref["url"] = url
    if same_as:
        ref["sameAs"] = same_as
    return ref


def news_article(
    *,
    headline: str,
    url: str,
    date_published: str,
    date_modified: str | None = None,
    authors: list[str] = (),
    editor: str | None = None,
    source: str | None = None,
    source_url: str | None = None,
    description: str | None = None,
    word_count: int | None = None,
    section: str | None = None,
    mentions: list[dict] = (),
    about: list[dict] = (),
    publisher: str | None = None,
) -> dict:
    data: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline[:110] if len(headline) > 110 else headline,
        "name": headline,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": date_published,
        "dateModified": date_modified or date_published,
    }
    if authors:
        data["author"] = [_person(a) for a in authors]
    elif source:
        # No byline: the outlet is the author (schema.org allows an Organization).
        data["author"] = [{"@type": "Organization", "name": source}]
    if editor:
        data["editor"] = _person(editor)
    if source:
        org = {"@type": "Organization", "name": source}
        data["sourceOrganization"] = org
    if source_url:
        data["isBasedOn"] = source_url
    elif source:
        # The original is known only by outlet and headline, not by address.
        data["isBasedOn"] = {"@type": "NewsArticle", "headline": headline, "publisher": {"@type": "Organization", "name": source}}
    if description:
        data["description"] = description
    if word_count:
        data["wordCount"] = word_count
    if section:
        data["articleSection"] = section
    if publisher:
        data["publisher"] = {"@type": "Organization", "name": publisher}
    data["mentions"] = list(mentions)
    if about:
        data["about"] = list(about)
    return data
