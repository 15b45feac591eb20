"""The whole entity step for a set of articles, independent of Pelican.

articles in -> (NER, cached) -> per-article resolution -> site index
            -> related articles and same-story groups.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup

from newsdigest.entities.gazetteer import gazetteer
from newsdigest.entities.index import EntityIndex, build_index
from newsdigest.entities.ner import NerStats, run_ner
from newsdigest.entities.registry import Registry, load_registry
from newsdigest.entities.resolve import ArticleAnalysis, Resolver
from newsdigest.entities.rules import entity_rules
from newsdigest.scoring import Related, related_articles, same_story_groups

BLOCK_TAGS = ("p", "li", "blockquote", "h2", "h3", "h4", "h5", "h6", "td", "th", "figcaption", "pre")


@dataclass
class ArticleInput:
    id: str
    title: str
    html: str  # rendered body
    newest_rank: int = 0  # 0 = newest


@dataclass
class SiteEntities:
    index: EntityIndex
    analyses: dict[str, ArticleAnalysis]
    related: dict[str, list[Related]]
    same_story: dict[str, list[tuple[str, float]]]
    stats: NerStats = field(default_factory=NerStats)
    seconds: dict[str, float] = field(default_factory=dict)


def html_to_text(html: str) -> str:
    """Plain text of a rendered body: one block per paragraph, blank-line separated."""
    soup = BeautifulSoup(html, "html.parser")
    blocks = []
    for element in soup.find_all(BLOCK_TAGS):
        if element.find_parent(BLOCK_TAGS) is not None:
            continue
        text = " ".join(element.get_text(" ").split())
        if text:
            blocks.append(text)
    if not blocks:
        text = " ".join(soup.get_text(" ").split())
        blocks = [text] if text else []
    return "\n\n".join(blocks)


def analyse_articles(
    articles: list[ArticleInput],
    *,
    registry: Registry | None = None,
    registry_path: Path | str | None = None,
    cache_path: Path | None = None,
    processes: int = 1,
) -> SiteEntities:
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    registry = registry if registry is not None else load_registry(registry_path)
    texts = {a.id: html_to_text(a.html) for a in articles}
    timings["text"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    stats = NerStats()
    ids = [a.id for a in articles]
    raws = dict(zip(ids, run_ner([texts[i] for i in ids], cache_path=cache_path, processes=processes, stats=stats)))
    timings["ner"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    resolver = Resolver(registry, gazetteer(), entity_rules())
    analyses = {a.id: resolver.analyse(a.title, texts[a.id], raws[a.id]) for a in articles}
    order = [a.id for a in sorted(articles, key=lambda a: (a.newest_rank, a.id))]
    index = build_index(analyses, order, registry)
    timings["resolve"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    entity_sets = {article_id: {m.entity.key for m in mentions} for article_id, mentions in index.by_article.items()}
    rank = {article_id: n for n, article_id in enumerate(order)}
    related = related_articles(entity_sets, order=rank)
    timings["related"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    same_story = same_story_groups(texts)
    timings["same_story"] = time.perf_counter() - t0
    return SiteEntities(index, analyses, related, same_story, stats, timings)
