"""The whole entity step for a set of articles, independent of Pelican.

articles in -> (NER, cached) -> per-article resolution -> site index
            -> related articles and same-story groups.

NER and resolution are per article: with EntityWorkers they start while the
articles are still being read (in a build, as Pelican reads them), and
analyse_articles takes their results; same-story detection needs only the
texts and runs in a forked child meanwhile (ForkedCall). Related articles
and entity companions need only each article's entity keys: with
defer=True a worker works out the related articles while the caller goes
on, and finish() works out the companions and waits for them.
"""

from __future__ import annotations

import json
import multiprocessing
import time
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import Callable
from pathlib import Path

from bs4 import BeautifulSoup

from newsdigest.entities.gazetteer import KNOWN_PLACES_FILE, is_stored, stored_gazetteer
from newsdigest.entities.model_worker import FEW_NEW_TEXTS, discard_model_worker, load_model_alone, take_model_worker
from newsdigest.entities.index import EntityIndex, build_index, entity_companions, index_article_keys, index_names, set_companions
from newsdigest.entities.ner import NerStats, RawDoc, load_model, model_id, model_output, run_ner, store_raws, text_key
from newsdigest.entities.registry import Registry, load_registry
from newsdigest.entities.resolve import ArticleAnalysis, ArticleEntity, Resolver
from newsdigest.entities.rules import GIVEN_NAMES_FILE, KNOWN_FILE, PRODUCTS_FILE, RULES_FILE, entity_rules, stored_entity_rules
from newsdigest.kvcache import KVCache, key_of, source_version
from newsdigest.parallel import ForkedCall, collector_as_usual, fork_map, full_collections_put_off
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
    same_story: dict[str, list[tuple[str, float]]]
    stats: NerStats = field(default_factory=NerStats)
    seconds: dict[str, float] = field(default_factory=dict)
    related: dict[str, list[Related]] = field(default_factory=dict)
    # Left to finish() by analyse_articles(..., defer=True): the related
    # articles, which a worker may still be working out (a function that waits
    # for them), and the inputs of the entity companions, worked out there.
    related_pending: Callable[[], dict] | None = None
    companion_inputs: tuple[dict, dict] | None = None

    def finish(self) -> "SiteEntities":
        """Related articles and each entity's companions in place. The
        companions are worked out here while the worker, if any, works out
        the related articles (each took about a fifth of a second on
        BBC): then this waits for them."""
        t0 = time.perf_counter()
        if self.companion_inputs is not None:
            set_companions(self.index, entity_companions(*self.companion_inputs))
            self.companion_inputs = None
        if self.related_pending is not None:
            self.related = self.related_pending()
            self.related_pending = None
        self.seconds["related"] = self.seconds.get("related", 0.0) + time.perf_counter() - t0
        return self


def site_related(article_keys: dict[str, list[str]], rank: dict[str, int]) -> dict[str, list[Related]]:
    """Related articles from each article's entity keys (rank: article ids
    newest first). Plain data in and out, so that an entity worker can work
    it out."""
    with full_collections_put_off():  # large tables, no cycles
        return related_articles({article_id: set(keys) for article_id, keys in article_keys.items()}, order=rank)


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
    soup.decompose()  # freed now, by reference counting, not at the cyclic collector's next full pass
    return "\n\n".join(blocks)


def text_cache_key(html: str) -> str:
    return key_of(source_version(Path(__file__)), html)


def _cached_texts(articles: list[ArticleInput], cache_path: Path | None, known: dict[str, str] | None = None) -> dict[str, str]:
    """html_to_text for each article; parsing every body again is most of
    an incremental build's entity step."""
    cache = KVCache(cache_path, "text")
    known = known or {}
    try:
        html = {a.id: a.html for a in articles}

        def text_of(article_id: str) -> str:
            body = html[article_id]
            return known[body] if body in known else html_to_text(body)

        blobs = cache.get_or_compute({a.id: text_cache_key(a.html) for a in articles},
                                     lambda ids: [text_of(i).encode("utf-8") for i in ids])
    finally:
        cache.close()
    return {article_id: blob.decode("utf-8") for article_id, blob in blobs.items()}


_RESOLVE_SOURCES = [Path(__file__).parent / n for n in (
    "resolve.py", "mention.py", "capitals.py", "spans.py", "naming.py", "cues.py", "acronyms.py", "shortforms.py",
    "propernames.py", "gazetteer.py", "rules.py", "registry.py",
)] + [RULES_FILE, KNOWN_FILE, KNOWN_PLACES_FILE, GIVEN_NAMES_FILE, PRODUCTS_FILE]


def analysis_version(registry: Registry) -> str:
    return source_version(*_RESOLVE_SOURCES) + registry.digest + model_id()


def analysis_key(version: str, title: str, text: str) -> str:
    """Resolution is a pure function of (title, text, model output, registry,
    rules, resolver code), and the model output of (text, model): cached
    under a hash of title, text and a version naming all the rest. So a
    cached analysis needs no model output (a rebuild does not decode
    thousands of them)."""
    return key_of(version, title, text)


def _cached_analyses(articles, texts, registry: Registry, cache_path: Path | None, processes: int = 1, *,
                     computed_elsewhere, raws_of, resolve_here: bool = False, stats: NerStats | None = None) -> dict[str, ArticleAnalysis]:
    """Each article's analysis: from the cache, else from
    `computed_elsewhere()` ({analysis key: JSON}, the entity workers'; asked
    only once the cached ones are decoded, so that work overlaps theirs),
    else resolved here from `raws_of(ids)` ({id: RawDoc}). With `resolve_here`
    (workers that only run the model), the resolver is made before asking them."""
    version = analysis_version(registry)
    cache = KVCache(cache_path, "analysis")
    try:
        keys = {a.id: analysis_key(version, a.title, texts[a.id]) for a in articles}
        blobs = cache.get_many(list(keys.values()))
        analyses = {i: analysis_from_json(blobs[k]) for i, k in keys.items() if k in blobs}
        missing = [i for i, k in keys.items() if k not in blobs]
        if stats is not None:
            stats.cached = len(keys) - len(missing)  # articles whose model output and resolution were both cached
        if missing:
            def new_resolver() -> Resolver:
                return Resolver(registry, stored_gazetteer(cache_path), entity_rules())

            resolver = new_resolver() if resolve_here else None
            done = computed_elsewhere()
            rest = list(dict.fromkeys(i for i in missing if keys[i] not in done))
            if rest:
                titles = {a.id: a.title for a in articles}
                raws = raws_of(rest)
                resolver = resolver or new_resolver()
                jobs = [(titles[i], texts[i], raws[i]) for i in rest]
                done = {**done, **dict(zip((keys[i] for i in rest),
                                           fork_map(lambda job: analysis_to_json(resolver.analyse(*job)), jobs, processes=processes)))}
            for i in missing:
                cache.put(keys[i], done[keys[i]])
                analyses[i] = analysis_from_json(done[keys[i]])
    finally:
        cache.close()
    return analyses


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
    workers: EntityWorkers | None = None,
    defer: bool = False,
) -> SiteEntities:
    """With `workers` (started while Pelican read the articles), what they
    already computed is taken from them. With `defer`, related articles
    (left to a worker, or to the end) and entity companions are in place
    once the caller has called finish() on the result: the caller goes on
    meanwhile."""
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    stored_entity_rules(cache_path)  # (read from the build cache, before anything asks for them)
    registry = registry if registry is not None else load_registry(registry_path)
    texts = _cached_texts(articles, cache_path, workers.texts if workers else None)
    timings["text"] = time.perf_counter() - t0

    # Same-story detection needs only the texts: it runs in a forked child
    # while this process waits for NER and resolves, instead of after them.
    same_story_call = ForkedCall(partial(same_story_groups, texts, cache_path=cache_path), fork=processes > 1)
    t0 = time.perf_counter()
    stats = NerStats()
    timings["ner"] = 0.0  # waiting for the workers, or the model run here

    def computed_elsewhere() -> dict[str, bytes]:
        t0 = time.perf_counter()
        raws, analyses = workers.collect() if workers else ({}, {})
        store_raws(raws, cache_path)  # so that a registry or rule change re-resolves them without the model
        stats.ner_docs += len(raws)
        timings["ner"] += time.perf_counter() - t0
        return analyses

    def raws_of(ids: list[str]) -> dict[str, RawDoc]:
        t0 = time.perf_counter()
        raws = dict(zip(ids, run_ner([texts[i] for i in ids], cache_path=cache_path, processes=processes, stats=stats)))
        timings["ner"] += time.perf_counter() - t0
        return raws

    analyses = _cached_analyses(articles, texts, registry, cache_path, processes, computed_elsewhere=computed_elsewhere, raws_of=raws_of,
                                resolve_here=workers is not None and workers.few, stats=stats)
    stats.texts = len(articles)
    order = [a.id for a in sorted(articles, key=lambda a: (a.newest_rank, a.id))]
    index = build_index(analyses, order, registry, companions=False)
    timings["resolve"] = time.perf_counter() - t0 - timings["ner"]

    # (Related articles were also tried in a forked child, beside the rest of
    # tagging: on a 10,000-article build the child's copy of the heap made
    # the build's peak memory 1.9 GB. An entity worker was forked before the
    # articles were read: it gets only the entity keys.)
    t0 = time.perf_counter()
    article_keys = index_article_keys(index)
    related_inputs = (article_keys, {article_id: n for n, article_id in enumerate(order)})
    pending = workers.submit(site_related, *related_inputs) if workers is not None and defer else None
    timings["related"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    same_story = same_story_call.get()
    timings["same_story"] = time.perf_counter() - t0  # waiting for it
    site = SiteEntities(index, analyses, same_story, stats, timings, related_pending=pending or partial(site_related, *related_inputs),
                        companion_inputs=(index_names(index), article_keys))
    return site if defer else site.finish()


class EntityWorkers:
    """Worker processes for the entity step, forked while Pelican is still
    reading the articles and used as each one arrives:

    - add(title, html): the article's text here, then in a worker the model
      and the resolution of its entities, while Pelican reads on (the
      caches are asked per batch of articles; flush() after the last);
    - collect(): {text key: RawDoc} and {analysis key: analysis JSON}, which
      analyse_articles(workers=...) takes instead of computing them;
    - map(function, items): later per-article work (linking) on the same workers.

    Forked before every article is in memory, the workers stay small on a
    10,000-article build; texts and results travel to and fro by pickle.
    Texts whose model output is cached are not sent."""

    def __init__(self, *, registry: Registry, cache_path: Path | None, processes: int, batch_size: int = 16,
                 expected_new: int | None = None):
        self._texts: dict[str, str] = {}  # html -> text
        self._arrived: list[tuple[str, str]] = []  # (title, html) not looked up in the caches yet
        self.registry, self.cache_path, self.processes, self.batch_size = registry, cache_path, processes, batch_size
        # Many new texts (or no idea): the model, gazetteer and resolver are
        # loaded here once, at the first new text, and the workers forked then
        # share them (memory counts on a 10,000-article build). A few (a
        # rebuild after some new articles): one worker, forked right away,
        # loads the model while Pelican reads on and runs it on each text at
        # once; this process resolves them (its resolver loads while the
        # worker is still busy); past FEW_NEW_TEXTS, analyse_articles does
        # the rest on every core.
        self.few = expected_new is not None and expected_new <= FEW_NEW_TEXTS
        self._pool = None
        self._batch: list[tuple[str, str]] = []
        self._pending: list = []
        self._sent: set[str] = set()
        if self.few and expected_new:
            self._start()  # (before this process opens its cache connections: none crosses the fork)
        else:
            discard_model_worker()  # one started early for a build that turned out otherwise
        self._text_cache = KVCache(cache_path, "text")
        self._ner_cache = KVCache(cache_path, "raw_ner")

    def add(self, title: str, html: str) -> None:
        self._arrived.append((title, html))
        if len(self._arrived) >= LOOKUP_BATCH:
            self._look_up()

    @property
    def texts(self) -> dict[str, str]:
        """{html: text} of every article added so far."""
        self._look_up()
        return self._texts

    def flush(self) -> None:
        """Every article is read: send the last ones on their way."""
        self._look_up()
        if self._batch:
            self._submit()

    def _look_up(self) -> None:
        """The texts of the articles that arrived (a rebuild reads every
        article again: known texts come from the cache) and, for those the
        model has not seen, the model and resolution in a worker. The caches
        are asked once per batch of arrivals, not once per article."""
        arrived, self._arrived = self._arrived, []
        fresh = {html: text_cache_key(html) for _, html in arrived if html not in self._texts}
        cached = self._text_cache.get_many(list(fresh.values()))
        for html, key in fresh.items():
            self._texts[html] = cached[key].decode("utf-8") if key in cached else html_to_text(html)
        candidates = [(title, self._texts[html]) for title, html in arrived]
        keys = [text_key(text) for _, text in candidates]
        seen = self._ner_cache.get_many([key for key in keys if key not in self._sent])
        for (title, text), key in zip(candidates, keys):
            if key in self._sent or key in seen or (self.few and len(self._sent) >= FEW_NEW_TEXTS):
                continue
            self._sent.add(key)
            self._batch.append((title, text))
            if len(self._batch) >= (1 if self.few else self.batch_size):
                self._submit()

    def _start(self) -> None:
        global _WORKER_SETUP, _WORKER_STATE
        _WORKER_SETUP, _WORKER_STATE = (self.registry, self.cache_path), None
        context = multiprocessing.get_context("fork")
        if self.few:
            started = take_model_worker()  # forked before Pelican was imported (newsdigest.run_pelican)
            if started is not None:
                self._pool, loading = started
            else:
                self._pool = context.Pool(1, initializer=collector_as_usual)
                loading = self._pool.apply_async(load_model_alone)
            self._pending.append(loading)  # (a failure shows at collect)
        else:
            _worker_state()  # before forking: the workers share it
            self._pool = context.Pool(self.processes, initializer=collector_as_usual)

    def _submit(self) -> None:
        if self._pool is None:
            self._start()
        # A few new texts: the worker only runs the model, and this process resolves them
        # (it loads the resolver while the worker still loads the model; see analyse_articles).
        work = _model_only if self.few else _model_and_resolution
        self._pending.append(self._pool.apply_async(work, (self._batch,)))
        self._batch = []

    def collect(self) -> tuple[dict[str, RawDoc], dict[str, bytes]]:
        self._look_up()
        if self._batch:
            self._submit()
        raws, analyses = {}, {}
        for result in self._pending:
            for key, raw, resolved_key, blob in result.get():
                raws[key] = raw
                if resolved_key is not None:
                    analyses[resolved_key] = blob
        self._pending = []
        return raws, analyses

    def submit(self, function, *args) -> Callable[[], object] | None:
        """function(*args) on a worker while this process goes on: a function
        that waits for its result; None when there is no worker."""
        if self._pool is None:
            return None
        return self._pool.apply_async(function, args).get

    def map(self, function, items: list) -> list | None:
        """[function(item) for item in items] on the workers; None when there
        are none for it (nothing new for the model, or the single worker of a
        few new texts, which works out the related articles meanwhile): the
        caller then computes as it would without them. `function` must be
        importable."""
        if self._pool is None or self.few:
            return None
        return self._pool.map(function, items, chunksize=16)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
        self._text_cache.close()
        self._ner_cache.close()


LOOKUP_BATCH = 32  # articles read before their texts and model outputs are looked up in the caches
_WORKER_SETUP: tuple | None = None  # (registry, cache path), set before forking
_WORKER_STATE: tuple | None = None  # (resolver, analysis version), made before forking or in the worker


def _worker_state() -> tuple:
    """The model loaded, and (resolver, analysis version)."""
    global _WORKER_STATE
    if _WORKER_STATE is None:
        registry, cache_path = _WORKER_SETUP
        # On a first build the gazetteer is built from the city lists (most of
        # a second): in a forked child, while the model loads here.
        # (Not inside a pool worker: those may not fork.)
        background = cache_path is not None and not multiprocessing.current_process().daemon and not is_stored(cache_path)
        gazetteer_call = ForkedCall(stored_gazetteer, cache_path, fork=background)
        load_model()
        _WORKER_STATE = (Resolver(registry, gazetteer_call.get(), entity_rules()), analysis_version(registry))
    return _WORKER_STATE


def _model_only(jobs: list[tuple[str, str]]) -> list[tuple[str, RawDoc, None, None]]:
    return [(text_key(text), raw, None, None) for (_, text), raw in zip(jobs, model_output([text for _, text in jobs]))]


def _model_and_resolution(jobs: list[tuple[str, str]]) -> list[tuple[str, RawDoc, str, bytes]]:
    resolver, version = _worker_state()
    raws = model_output([text for _, text in jobs])
    return [(text_key(text), raw, analysis_key(version, title, text), analysis_to_json(resolver.analyse(title, text, raw)))
            for (title, text), raw in zip(jobs, raws)]
