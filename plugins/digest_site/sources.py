"""Source (outlet) pages and feeds, and the home page's trending entities."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

from pelican.generators import Generator

from newsdigest.entities.index import slugify

TRENDING_DAYS = 7
TRENDING_MAX = 12


@dataclass
class SourcePage:
    name: str
    slug: str
    articles: list = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"source/{self.slug}.html"

    @property
    def atom_feed(self) -> str:
        return f"feeds/source/{self.slug}.atom.xml"

    @property
    def rss_feed(self) -> str:
        return f"feeds/source/{self.slug}.rss.xml"


def collect_sources(generator) -> None:
    by_name: dict[str, SourcePage] = {}
    used: set[str] = set()
    for article in generator.articles:  # newest first
        article.day = article.date.date()  # for day-by-day archive grouping
        name = str(getattr(article, "source", "") or "").strip()
        if not name:
            continue
        page = by_name.get(name)
        if page is None:
            slug = slugify(name)
            while slug in used:
                slug += "-2"
            used.add(slug)
            page = by_name[name] = SourcePage(name, slug)
        page.articles.append(article)
        article.source_page = page
    generator.context["source_pages"] = sorted(by_name.values(), key=lambda s: (-len(s.articles), s.name))
    generator.context["trending_entities"] = trending(generator.articles)


def trending(articles) -> list:
    """Entities most mentioned in the newest week of articles (relative to the
    newest article, not the clock, so a rebuild gives the same page)."""
    if not articles:
        return []
    newest = max(a.date for a in articles)
    counts: Counter = Counter()
    pages = {}
    for article in articles:
        if article.date < newest - timedelta(days=TRENDING_DAYS):
            continue
        for view in getattr(article, "entities", None) and article.entities.ordered or []:
            counts[view.page.key] += view.count
            pages[view.page.key] = view.page
    top = sorted(counts.items(), key=lambda kv: (-kv[1], pages[kv[0]].name))[:TRENDING_MAX]
    return [(pages[key], count) for key, count in top]


class SourcePagesGenerator(Generator):
    def generate_context(self) -> None:
        pass

    def generate_output(self, writer) -> None:
        relative = self.settings.get("RELATIVE_URLS")
        sources = self.context.get("source_pages") or []
        template = self.get_template("source")
        for source in sources:
            writer.write_file(source.url, template, self.context, relative_urls=relative, source=source, page_name=source.url[:-5])
            title = f"{self.settings.get('SITENAME')}: {source.name}"
            writer.write_feed(source.articles, self.context, source.atom_feed, feed_type="atom", feed_title=title)
            writer.write_feed(source.articles, self.context, source.rss_feed, feed_type="rss", feed_title=title)
        writer.write_file("sources/index.html", self.get_template("sources"), self.context, relative_urls=relative,
                          sources=sources, page_name="sources/index")


def get_generators(pelican):
    return SourcePagesGenerator
