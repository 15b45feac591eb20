"""Running the entity pipeline on Pelican's articles and attaching results."""

from __future__ import annotations

import gc
import json
import logging
from pathlib import Path

from pelican.contents import Article

from newsdigest.entities.model_worker import early_workers_on, expected_new_texts, source_files
from newsdigest.entities.pipeline import ArticleInput, EntityWorkers, analyse_articles
from newsdigest.entities.registry import RegistryError, load_registry
from newsdigest.kvcache import KVCache, key_of
from newsdigest.linking import linked_body
from newsdigest.parallel import fork_map, full_collections_put_off

from .views import PLACEHOLDER_PREFIX, ArticleEntities, ArticleEntityView, EntityPage

log = logging.getLogger(__name__)


class EntityConfigError(SystemExit):
    """Stops Pelican before anything is written, with a one-line reason."""


def _registry_path(settings) -> Path | None:
    path = settings.get("ENTITY_REGISTRY")
    return Path(path) if path else None


def check_registry(pelican) -> None:
    """Validate content/entities.yml before any generator runs."""
    try:
        pelican.settings["_ENTITY_REGISTRY_OBJ"] = load_registry(_registry_path(pelican.settings))
    except RegistryError as exc:
        log.error("%s", exc)
        raise EntityConfigError(f"entity registry error: {exc}") from None


# Entity workers by build (id of the settings dict, which every article
# shares): kept out of the settings themselves, which Pelican pickles with
# each article.
_WORKERS: dict[int, EntityWorkers] = {}


def start_workers(pelican) -> None:
    """With several processes, entity workers take each article as Pelican
    reads it (model and resolution), and later link the bodies."""
    settings = pelican.settings
    if early_workers_on(settings):
        registry = settings.get("_ENTITY_REGISTRY_OBJ") or load_registry(_registry_path(settings))
        _WORKERS[id(settings)] = EntityWorkers(registry=registry, cache_path=_cache_path(settings), processes=int(settings["ENTITY_PROCESSES"]),
                                               expected_new=expected_new_texts(settings.get("ENTITY_CACHE_DIR"), settings.get("PATH")))


def send_article(content) -> None:
    workers = _WORKERS.get(id(content.settings))
    if workers is not None and isinstance(content, Article):
        workers.add(content.title, content._content)


def articles_read(generator) -> None:
    workers = _WORKERS.get(id(generator.settings))
    if workers is not None:
        workers.flush()


def _cache_path(settings) -> Path | None:
    cache_dir = settings.get("ENTITY_CACHE_DIR")
    return Path(cache_dir) / "ner.sqlite" if cache_dir else None


# While the articles are tagged, the build makes objects that live to its
# end (entities, pages, chips): the cyclic collector's full passes walked
# that growing heap and freed nothing (half a second of a one-article BBC
# rebuild). They are put off meanwhile (newsdigest.parallel).


def tag_articles(generator) -> None:
    # Pelican has read every article: they live to the end of the build.
    # Frozen, the cyclic collector's full passes no longer walk them (those
    # passes took about a tenth of the main process's time).
    gc.freeze()
    workers = _WORKERS.pop(id(generator.settings), None)
    try:
        with full_collections_put_off():
            _tag(generator, workers)
    finally:
        if workers is not None:
            workers.close()
    gc.freeze()  # the entities, pages and chips made here live to the end too


def _tag(generator, workers: EntityWorkers | None) -> None:
    settings = generator.settings
    registry = settings.get("_ENTITY_REGISTRY_OBJ") or load_registry(_registry_path(settings))
    articles = list(generator.articles)  # newest first
    by_id = {a.slug: a for a in articles}
    inputs = [ArticleInput(a.slug, a.title, a._content, newest_rank=n) for n, a in enumerate(articles)]
    # Related articles and entity companions come last (site.finish()): a
    # worker works out the related articles while the pages and linked
    # bodies are made here, then the companions.
    site = analyse_articles(inputs, registry=registry, cache_path=_cache_path(settings),
                            processes=int(settings.get("ENTITY_PROCESSES", 1)), workers=workers, defer=True)
    log.info(
        "entity_tagger: %d articles, %d entities; NER run on %d, cached %d",
        len(articles), len(site.index.entities), site.stats.ner_docs, site.stats.cached,
    )

    pages: dict[str, EntityPage] = {}
    for key, ent in site.index.entities.items():
        pages[key] = EntityPage(
            key=key, name=ent.name, kind=ent.kind, slug=ent.slug, description=ent.description,
            aliases=[a for a in ent.aliases if a != ent.name], wikidata=ent.wikidata,
            articles=[by_id[i] for i in ent.articles if i in by_id],
        )
    # Let {filename}/__entity__/<slug> links resolve like links to any content.
    generated = generator.context.setdefault("generated_content", {})
    for page in pages.values():
        generated[PLACEHOLDER_PREFIX + page.slug] = page

    link_cache = KVCache(_cache_path(settings), "linked")
    views_of, targets_of, link_keys = {}, {}, {}
    for article in articles:
        mentions = site.index.by_article.get(article.slug, [])
        views = [ArticleEntityView(pages[m.entity.key], m.count, m.score, m.is_main) for m in mentions]
        views_of[article.slug] = views
        targets_of[article.slug] = [
            (view.page.link_placeholder, mention.surfaces, {"class": f"entity entity-{view.kind}", "data-entity": view.page.slug})
            for view, mention in zip(views, mentions)
        ]
        link_keys[article.slug] = key_of("link-1", article._content, json.dumps(targets_of[article.slug], sort_keys=True))
    bodies = {a.slug: a._content for a in articles}

    def link(slugs: list[str]) -> list[bytes]:
        jobs = [(bodies[s], targets_of[s]) for s in slugs]  # plain data: workers get no Pelican objects
        done = workers.map(linked_body, jobs) if workers is not None else None
        return done if done is not None else fork_map(linked_body, jobs, processes=int(settings.get("ENTITY_PROCESSES", 1)))

    linked = link_cache.get_or_compute(link_keys, link)
    site.finish()
    for key, ent in site.index.entities.items():
        pages[key].companions = [(pages[k], n) for k, n in ent.companions]
    for article in articles:
        article.entities = ArticleEntities(views_of[article.slug])
        article._content = linked[article.slug].decode("utf-8")
        # Best first. Scores stay out of what pages show: they shift with every
        # new article (IDF), and a page must change only when its list does.
        article.related_articles = [
            (by_id[r.article_id], [pages[k] for k in r.shared[:4]]) for r in site.related.get(article.slug, []) if r.article_id in by_id
        ]
        article.same_story = [(by_id[o], score) for o, score in site.same_story.get(article.slug, []) if o in by_id]
    link_cache.close()
    generator.context["entity_pages"] = sorted(pages.values(), key=lambda p: (p.kind, p.name))
    generator.context["entity_stats"] = site.stats
    _report(settings, site, articles, pages)


def _report(settings, site, articles, pages) -> None:
    cache_dir = settings.get("ENTITY_CACHE_DIR")
    if cache_dir:
        # For benchmarks and tests: what this build's entity step did; the
        # next build's estimate of new articles starts from source_files.
        report = {"articles": len(articles), "source_files": source_files(settings.get("PATH")), "entities": len(pages), "ner_docs": site.stats.ner_docs,
                  "cached": site.stats.cached, "seconds": {k: round(v, 4) for k, v in site.seconds.items()}}
        Path(cache_dir).mkdir(parents=True, exist_ok=True)
        (Path(cache_dir) / "last-run.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        names = {a.slug: [v.name for v in a.entities.ordered] for a in articles}
        (Path(cache_dir) / "article-entities.json").write_text(json.dumps(names, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
