"""Pelican plugin: sanitise rendered bodies and attach JSON-LD to articles.

Bodies are sanitised as soon as each article or page is read (before the
entity tagger adds its links), Markdown by the reader itself so that
Pelican's reader cache keeps the sanitised HTML. JSON-LD is built after
entity tagging (this plugin comes after entity_tagger in PLUGINS), so
`article.entities` is there, and after digest_site has fixed the URLs.
"""

from __future__ import annotations

import nh3
from pelican import signals
from pelican.readers import MarkdownReader

from newsdigest.htmltext import plain_text
from newsdigest.schema import entity_ref, news_article, script_safe_json

# What an article body may contain once rendered. Seeds are escaped before
# they become Markdown; this allow-list is the second line of defence.
BODY_TAGS = {"p", "blockquote", "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6", "em", "strong", "a", "br", "hr", "code", "pre", "q", "cite", "abbr", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td"}
BODY_ATTRIBUTES = {"a": {"href", "class", "title"}, "abbr": {"title"}, "th": {"scope"}}


def sanitise_body(html: str) -> str:
    return nh3.clean(html, tags=BODY_TAGS, attributes=BODY_ATTRIBUTES, url_schemes={"http", "https", "mailto"}, link_rel=None, strip_comments=True)


def absolute(siteurl: str, url: str) -> str:
    return f"{siteurl.rstrip('/')}/{url.lstrip('/')}" if siteurl else url


def _meta(article, name: str) -> str:
    return str(getattr(article, name, "") or "").strip()


def attach(generator) -> None:
    siteurl = generator.settings.get("SITEURL", "")
    sitename = generator.settings.get("SITENAME")
    for article in list(generator.articles) + list(getattr(generator, "drafts", [])):
        entities = getattr(article, "entities", None)
        mentions, about = [], []
        if entities:
            for ent in entities.ordered:
                ref = entity_ref(ent.name, ent.kind, absolute(siteurl, ent.url), ent.wikidata_url)
                mentions.append(ref)
                if ent.is_main:
                    about.append(ref)
        authors = [a.name for a in getattr(article, "authors", [])]
        word_count = _meta(article, "word_count")
        data = news_article(
            headline=article.title,
            url=absolute(siteurl, article.url),
            date_published=article.date.isoformat(),
            date_modified=article.modified.isoformat() if getattr(article, "modified", None) else None,
            authors=authors,
            editor=_meta(article, "editor") or None,
            source=_meta(article, "source") or None,
            source_url=_meta(article, "source_url") or None,
            description=_plain_summary(article),
            word_count=int(word_count) if word_count.isdigit() else None,
            section=str(article.category) if getattr(article, "category", None) else None,
            mentions=mentions,
            about=about,
            publisher=generator.settings.get("PUBLISHER") or sitename,
        )
        article.jsonld = script_safe_json(data)


def _plain_summary(article) -> str | None:
    return plain_text(article.metadata.get("summary") or "") or None


# Set by SanitisingMarkdownReader on what it sanitised (as an attribute,
# `_nd_sanitised`, it stays out of render digests).
SANITISED = "_nd_sanitised"


class SanitisingMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, with its HTML (body and summary) sanitised
    as it is read. Pelican's reader cache then keeps it sanitised, and an
    unchanged article is not sanitised again on every build."""

    def read(self, source_path):
        content, metadata = super().read(source_path)
        content = sanitise_body(content) if content else content
        if metadata.get("summary"):
            metadata["summary"] = sanitise_body(metadata["summary"])
        metadata[SANITISED] = True
        return content, metadata


def use_sanitising_reader(readers) -> None:
    for extension in SanitisingMarkdownReader.file_extensions:
        if readers.reader_classes.get(extension) is MarkdownReader:
            readers.reader_classes[extension] = SanitisingMarkdownReader


def sanitise(content) -> None:
    """What another reader made is sanitised here, as each article or page
    is made (the Markdown reader's output already is)."""
    if content.metadata.get(SANITISED):
        return
    if getattr(content, "_content", None):
        content._content = sanitise_body(content._content)
    # The summary is rendered from Markdown too: same allow-list.
    if getattr(content, "_summary", None):
        content._summary = sanitise_body(content._summary)
        content.metadata["summary"] = content._summary


def register() -> None:
    signals.readers_init.connect(use_sanitising_reader)
    signals.content_object_init.connect(sanitise)
    signals.article_generator_finalized.connect(attach)
