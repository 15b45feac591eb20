"""Pelican plugin: the digest's own pages and files around the articles.

Source (outlet) pages and feeds, a JSON Feed 1.1, sitemap.xml, robots.txt,
and the home page's "in the news" entities. The logic that is not about
Pelican lives in newsdigest.site_files.
"""

from __future__ import annotations

from pelican import signals

from .sources import collect_sources, get_generators
from .files import remember_articles, write_site_files


def register() -> None:
    signals.article_generator_finalized.connect(collect_sources)
    signals.article_generator_finalized.connect(remember_articles)
    signals.get_generators.connect(get_generators)
    signals.finalized.connect(write_site_files)
