"""Pelican plugin: the digest's own pages and files around the articles.

Source (outlet) pages and feeds, a JSON Feed 1.1, sitemap.xml, robots.txt,
the home page's "in the news" entities, the Pagefind search index, and day
archives in linear time (archives.py). The logic that is not about Pelican
lives in newsdigest.site_files.
"""

from __future__ import annotations

from pelican import signals

from . import archives
from .files import remember_articles, write_site_files
from .search import plan_search_index, start_search_index
from .sources import collect_sources, get_generators
from .urls import freeze_urls


def register() -> None:
    archives.install()
    # Once a generator has its context, its contents' URLs are fixed for the writers.
    signals.article_generator_finalized.connect(freeze_urls)
    signals.page_generator_finalized.connect(freeze_urls)
    signals.article_generator_finalized.connect(collect_sources)
    signals.article_generator_finalized.connect(remember_articles)
    signals.article_generator_finalized.connect(plan_search_index)
    signals.get_generators.connect(get_generators)
    signals.article_writer_finalized.connect(start_search_index)
    signals.finalized.connect(write_site_files)
