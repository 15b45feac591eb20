"""Pelican plugin: entities, entity pages and feeds, related and same-story articles.

A thin adapter: the entity logic lives in newsdigest.entities (no Pelican);
this module feeds it the rendered articles, puts the results on the article
objects for the theme, and registers a generator that writes entity pages.
"""

from __future__ import annotations

from pelican import signals

from .tagging import articles_read, check_registry, send_article, start_workers, tag_articles
from .pages import get_generators, remember_build, start_entity_writers, writing_done


def register() -> None:
    signals.initialized.connect(check_registry)
    signals.initialized.connect(start_workers)  # after check_registry: it loads the registry
    signals.content_object_init.connect(send_article)
    signals.article_generator_pretaxonomy.connect(articles_read)
    signals.article_generator_finalized.connect(tag_articles)
    signals.get_generators.connect(get_generators)
    signals.initialized.connect(remember_build)
    signals.all_generators_finalized.connect(start_entity_writers)
    signals.finalized.connect(writing_done)
