"""A Pelican generator that writes entity pages, type indexes and entity feeds."""

from __future__ import annotations

import atexit
import gc
import os
import signal
import sys
import traceback

from pelican import signals
from pelican.contents import Content
from pelican.generators import Generator
from pelican.writers import Writer

from .views import KIND_LABELS, KIND_PATHS

PARALLEL_MIN_PAGES = 400


# The parent process also writes the article pages while the forked workers
# write their entity pages, so it takes a smaller share of them.
PARENT_SHARE_WEIGHT = 0.6


class EntityPagesGenerator(Generator):
    """Entity pages, their feeds and the per-type indexes.

    Entity pages and feeds are most of the site's files. With several
    processes, workers are forked as soon as every generator has finished
    its context (`start_entity_writers`), so they write their share while
    the parent is still writing the article pages; the parent writes the
    rest in generate_output and waits for them."""

    workers: tuple = ()

    def generate_context(self) -> None:
        pass  # the entity_tagger signal fills context["entity_pages"]

    def parallel(self) -> bool:
        pages = self.context.get("entity_pages") or []
        return (int(self.settings.get("ENTITY_PROCESSES", 1)) > 1 and hasattr(os, "fork")
                and len(pages) >= self.settings.get("ENTITY_PARALLEL_MIN_PAGES", PARALLEL_MIN_PAGES))

    def start_workers(self, pelican) -> None:
        pages = self.context.get("entity_pages") or []
        relative = self.settings.get("RELATIVE_URLS")
        shares = split_shares(pages, int(self.settings.get("ENTITY_PROCESSES", 1)))
        # Drop Pelican's memoised renderings of every article body (one per
        # relative site URL): the workers need few of them. (The heap is
        # frozen already: see start_entity_writers.)
        _release_rendering_memos()
        sys.stdout.flush(), sys.stderr.flush()
        workers = []
        for share in shares[1:]:
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    self._write_entities(writer_for(pelican), share, relative)
                except BaseException:  # report, never fall back into Pelican's loop
                    traceback.print_exc()
                    code = 1
                sys.stdout.flush(), sys.stderr.flush()
                os._exit(code)
            workers.append(pid)
        self.workers = tuple(workers)
        self.parent_share = shares[0]
        atexit.register(self._stop_workers)  # a failed build leaves no worker writing into its folder

    def _stop_workers(self) -> None:
        for pid in self.workers:  # only workers not yet waited for: their pids are still ours
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
        self.workers = ()

    def generate_output(self, writer) -> None:
        pages = self.context.get("entity_pages") or []
        relative = self.settings.get("RELATIVE_URLS")
        if self.workers:
            self._write_entities(writer, self.parent_share, relative)
            failed = [pid for pid in self.workers if os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) != 0]
            self.workers = ()
            if failed:
                raise RuntimeError(f"entity page writer processes failed: {failed}")
        else:
            self._write_entities(writer, pages, relative)
        self._write_indexes(writer, pages, relative)

    def _write_entities(self, writer, pages, relative) -> None:
        entity_template = self.get_template("entity")
        for page in pages:
            writer.write_file(page.save_as, entity_template, self.context, relative_urls=relative, entity=page, page_name=page.url[:-5])
            if page.articles:
                title = f"{self.settings.get('SITENAME')}: {page.name}"
                writer.write_feed(page.articles, self.context, page.atom_feed, feed_type="atom", feed_title=title)
                writer.write_feed(page.articles, self.context, page.rss_feed, feed_type="rss", feed_title=title)

    def _write_indexes(self, writer, pages, relative) -> None:
        kinds = []
        type_template = self.get_template("entity_type")
        for kind, label in KIND_LABELS.items():
            items = sorted((p for p in pages if p.kind == kind), key=lambda p: (-len(p.articles), p.name))
            kinds.append((kind, label, f"entities/{KIND_PATHS[kind]}.html", items))
            writer.write_file(f"entities/{KIND_PATHS[kind]}.html", type_template, self.context, relative_urls=relative,
                              kind=kind, kind_label=label, entities=items, page_name=f"entities/{KIND_PATHS[kind]}")
        writer.write_file("entities/index.html", self.get_template("entities"), self.context, relative_urls=relative,
                          entity_kinds=kinds, page_name="entities/index")


def _release_rendering_memos() -> None:
    """Entity pages list titles, not bodies; feeds render each body once
    more. Clearing Pelican's @memoized caches only costs recomputation."""
    for name in ("get_content", "get_summary"):
        memo = Content.__dict__.get(name)
        if memo is not None and isinstance(getattr(memo, "cache", None), dict):
            memo.cache.clear()


def split_shares(pages: list, processes: int) -> list[list]:
    """Pages for the parent (first) and each worker, in page order, the
    parent's share weighted by PARENT_SHARE_WEIGHT. Deterministic."""
    weights = [PARENT_SHARE_WEIGHT] + [1.0] * (processes - 1)
    shares, loads = [[] for _ in weights], [0] * len(weights)
    for page in pages:
        n = min(range(len(weights)), key=lambda i: ((loads[i] + 1) / weights[i], i))
        shares[n].append(page)
        loads[n] += 1
    return shares


def writer_for(pelican):
    """The writer Pelican itself makes (a plugin may choose its class through get_writer)."""
    classes = [w for _, w in signals.get_writer.send(pelican) if isinstance(w, type)]
    return (classes[0] if classes else Writer)(pelican.output_path, settings=pelican.settings)


class _Build:
    """The Pelican run this process belongs to, for writers made in forked workers."""

    pelican = None


def remember_build(pelican) -> None:
    _Build.pelican = pelican


def start_entity_writers(generators) -> None:
    # Every long-lived object of the build exists now (articles, entities,
    # the context): freeze them, so the collector's full passes during the
    # writing that follows skip them (they took about a tenth of the time),
    # and forked writers do not copy the pages the collector would touch.
    gc.collect()
    gc.freeze()
    for generator in generators:
        if isinstance(generator, EntityPagesGenerator) and _Build.pelican is not None and generator.parallel():
            generator.start_workers(_Build.pelican)


def get_generators(pelican):
    return EntityPagesGenerator
