"""The whole entity step for a set of articles, independent of Pelican.

articles in -> (NER, cached) -> per-article resolution -> site index
            -> related articles and same-story groups.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path

from bs4 import BeautifulSoup

from newsdigest.entities.gazetteer import stored_gazetteer
from newsdigest.entities.index import EntityIndex, build_index
from newsdigest.entities.ner import NerPrefetch, NerStats, run_ner
from newsdigest.entities.registry import Registry, load_registry
from newsdigest.entities.resolve import ArticleAnalysis, ArticleEntity, Resolver
from newsdigest.entities.rules import RULES_FILE, entity_rules
from newsdigest.kvcache import KVCache, key_of, source_version
from newsdigest.parallel import ForkedCall, fork_map
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


class ArticlePrefetch:
    """The entity step's per-article work started while Pelican is still
    reading: each body's text as it is read, and the model run on it in
    background processes (NerPrefetch). analyse_articles(prefetch=...)
    takes what it has; anything else is computed as usual."""

    def __init__(self, *, cache_path: Path | None, processes: int):
        self.texts: dict[str, str] = {}  # html -> text
        self.ner = NerPrefetch(cache_path=cache_path, processes=processes)
        self._text_cache = KVCache(cache_path, "text")
        self._version = source_version(Path(__file__))

    def add(self, html: str) -> None:
        if html in self.texts:
            return
        # A rebuild reads every article again: known texts come from the cache.
        cached = self._text_cache.get_many([key_of(self._version, html)])
        self.texts[html] = next(iter(cached.values())).decode("utf-8") if cached else html_to_text(html)
        self.ner.add(self.texts[html])

    def close(self) -> None:
        self.ner.close()
        self._text_cache.close()


def _cached_texts(articles: list[ArticleInput], cache_path: Path | None, known: dict[str, str] | None = None) -> dict[str, str]:
    """html_to_text for each article; parsing every body again is most of
    an incremental build's entity step."""
    version = source_version(Path(__file__))  # the same key as ArticlePrefetch's lookups
    cache = KVCache(cache_path, "text")
    known = known or {}
    try:
        html = {a.id: a.html for a in articles}

        def text_of(article_id: str) -> str:
            body = html[article_id]
            return known[body] if body in known else html_to_text(body)

        blobs = cache.get_or_compute({a.id: key_of(version, a.html) for a in articles},
                                     lambda ids: [text_of(i).encode("utf-8") for i in ids])
    finally:
        cache.close()
    return {article_id: blob.decode("utf-8") for article_id, blob in blobs.items()}


_RESOLVE_SOURCES = [Path(__file__).parent / n for n in (
    "resolve.py", "mention.py", "spans.py", "naming.py", "cues.py", "acronyms.py", "shortforms.py",
    "propernames.py", "gazetteer.py", "rules.py", "registry.py",
)] + [RULES_FILE]


def _cached_analyses(articles, texts, raws, registry: Registry, cache_path: Path | None, processes: int = 1) -> dict[str, ArticleAnalysis]:
    """Resolution is a pure function of (title, text, model output, registry,
    rules, resolver code): cached under a hash of all of them."""
    version = source_version(*_RESOLVE_SOURCES) + registry.digest
    cache = KVCache(cache_path, "analysis")
    try:
        titles = {a.id: a.title for a in articles}

        def resolve(ids: list[str]) -> list[bytes]:
            resolver = Resolver(registry, stored_gazetteer(cache_path), entity_rules())
            jobs = [(titles[i], texts[i], raws[i]) for i in ids]
            return fork_map(lambda job: analysis_to_json(resolver.analyse(*job)), jobs, processes=processes)

        blobs = cache.get_or_compute({a.id: key_of(version, a.title, texts[a.id], raws[a.id].to_json()) for a in articles}, resolve)
    finally:
        cache.close()
    return {article_id: analysis_from_json(blob) for article_id, blob in blobs.items()}


def analysis_to_json(analysis: ArticleAnalysis) -> bytes:
    return json.dumps(asdict(analysis), separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def analysis_from_json(blob: bytes) -> ArticleAnalysis:
    data = json.loads(blob)
    return ArticleAnalysis(entities=[ArticleEntity(**e) for e in data["entities"]], acronyms=data["acronyms"], full_names=data["full_names"])


def analyse_articles(
    articles: list[ArticleInput],
    *,
    registry: Registry | None = None,
    registry_path: Path | str | None = None,
    cache_path: Path | None = None,
    processes: int = 1,
    prefetch: ArticlePrefetch | None = None,
) -> SiteEntities:
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    registry = registry if registry is not None else load_registry(registry_path)
    texts = _cached_texts(articles, cache_path, prefetch.texts if prefetch else None)
    timings["text"] = time.perf_counter() - t0

    # Same-story detection needs only the texts: it runs in a forked child
    # while this process waits for NER and resolves, instead of after them.
    same_story_call = ForkedCall(partial(same_story_groups, texts, cache_path=cache_path), fork=processes > 1)
    t0 = time.perf_counter()
    stats = NerStats()
    ids = [a.id for a in articles]
    prefetched = prefetch.ner.collect() if prefetch else None
    raws = dict(zip(ids, run_ner([texts[i] for i in ids], cache_path=cache_path, processes=processes, stats=stats,
                                 prefetched=prefetched)))
    timings["ner"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    analyses = _cached_analyses(articles, texts, raws, registry, cache_path, processes)
    order = [a.id for a in sorted(articles, key=lambda a: (a.newest_rank, a.id))]
    index = build_index(analyses, order, registry)
    timings["resolve"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    entity_sets = {article_id: {m.entity.key for m in mentions} for article_id, mentions in index.by_article.items()}
    rank = {article_id: n for n, article_id in enumerate(order)}
    related = related_articles(entity_sets, order=rank)
    timings["related"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    same_story = same_story_call.get()
    timings["same_story"] = time.perf_counter() - t0  # waiting for it
    return SiteEntities(index, analyses, related, same_story, stats, timings)
