"""A Pelican generator that writes entity pages, type indexes and entity feeds."""

from __future__ import annotations

import atexit
import gc
import multiprocessing
import os
import signal
import sys
import traceback
from contextlib import ExitStack

from pelican import signals
from pelican.contents import Content
from pelican.generators import Generator
from pelican.writers import Writer

from newsdigest.parallel import full_collections_put_off

from .views import KIND_LABELS, KIND_PATHS

PARALLEL_MIN_PAGES = 400
# A forked writer shares the build's heap, but every object it reads gets its
# page copied (reference counts are written), so at worst it doubles the
# build's memory: at 10,000 articles the fork took the build from 0.9 to 1.5
# GB. It forks only while twice the parent's resident memory stays under this.
WRITER_FORK_MEMORY_MB = 1536
# Entity pages are claimed in chunks by the writing processes (see PageChunks).
CHUNK_PAGES = 64


class PageChunks:
    """Entity pages in chunks, claimed one at a time by the writing processes
    through a counter shared across fork: forked writers take chunks from
    the front as soon as they start, the parent from the back once it has
    written the article pages. Whoever has less else to do writes more: in
    a full build the parent renders 2,000 article pages first, in a rebuild
    after one new article it has little but digests to check."""

    def __init__(self, pages: list, chunk: int = CHUNK_PAGES):
        self.pages, self.chunk = pages, chunk
        count = (len(pages) + chunk - 1) // chunk
        self._ends = multiprocessing.get_context("fork").Array("i", [0, count])  # [next from the front, end of the back]

    def _claim(self, from_back: bool) -> list | None:
        with self._ends.get_lock():
            front, back = self._ends[0], self._ends[1]
            if front >= back:
                return None
            n = back - 1 if from_back else front
            self._ends[1 if from_back else 0] = n if from_back else front + 1
        return self.pages[n * self.chunk : (n + 1) * self.chunk]

    def claimed(self, *, from_back: bool):
        """Chunks until none is left."""
        while (pages := self._claim(from_back)) is not None:
            yield from pages


class EntityPagesGenerator(Generator):
    """Entity pages, their feeds and the per-type indexes.

    Entity pages and feeds are most of the site's files. With several
    processes, workers are forked as soon as every generator has finished
    its context (`start_entity_writers`), so they write entity pages while
    the parent is still writing the article pages; the parent joins them in
    generate_output (PageChunks shares the pages out) and waits for them."""

    workers: tuple = ()

    def generate_context(self) -> None:
        pass  # the entity_tagger signal fills context["entity_pages"]

    def parallel(self) -> bool:
        pages = self.context.get("entity_pages") or []
        processes = int(self.settings.get("ENTITY_PROCESSES", 1))
        return (processes > 1 and hasattr(os, "fork") and len(pages) >= self.settings.get("ENTITY_PARALLEL_MIN_PAGES", PARALLEL_MIN_PAGES)
                and _fork_fits(int(self.settings.get("WRITER_FORK_MEMORY_MB", WRITER_FORK_MEMORY_MB)), processes))

    def start_workers(self, pelican) -> None:
        pages = self.context.get("entity_pages") or []
        relative = self.settings.get("RELATIVE_URLS")
        self.chunks = PageChunks(pages)
        # Drop Pelican's memoised renderings of every article body (one per
        # relative site URL): the workers need few of them. (The heap is
        # frozen already: see start_entity_writers.)
        _release_rendering_memos()
        sys.stdout.flush(), sys.stderr.flush()
        workers = []
        for _ in range(int(self.settings.get("ENTITY_PROCESSES", 1)) - 1):
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    self._write_entities(writer_for(pelican), self.chunks.claimed(from_back=False), relative)
                except BaseException:  # report, never fall back into Pelican's loop
                    traceback.print_exc()
                    code = 1
                sys.stdout.flush(), sys.stderr.flush()
                os._exit(code)
            workers.append(pid)
        self.workers = tuple(workers)
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
            self._write_entities(writer, self.chunks.claimed(from_back=True), relative)
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


def _fork_fits(budget_mb: int, processes: int) -> bool:
    """Whether `processes` writers, each at worst a full copy of this process's
    resident memory, stay within `budget_mb` (no budget, or no /proc: yes)."""
    resident = _resident_mb()
    return not budget_mb or resident is None or processes * resident <= budget_mb


def _resident_mb() -> float | None:
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return None


def _release_rendering_memos() -> None:
    """Entity pages list titles, not bodies; feeds render each body once
    more. Clearing Pelican's @memoized caches only costs recomputation."""
    for name in ("get_content", "get_summary"):
        memo = Content.__dict__.get(name)
        if memo is not None and isinstance(getattr(memo, "cache", None), dict):
            memo.cache.clear()


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
    # The writing makes more (digests, feed items): full passes are put off
    # until the build is done, in the forked writers too (they freed nothing
    # and took a fifth of a second of a one-article rebuild).
    _Writing.put_off = ExitStack()
    _Writing.put_off.enter_context(full_collections_put_off())
    for generator in generators:
        if isinstance(generator, EntityPagesGenerator) and _Build.pelican is not None and generator.parallel():
            generator.start_workers(_Build.pelican)


class _Writing:
    put_off: ExitStack | None = None  # the collector's full passes, put off while the pages are written


def writing_done(pelican) -> None:
    if _Writing.put_off is not None:
        # Frozen first: what the writing made lives to the end of the build,
        # and the full pass the old thresholds would start at once (a tenth
        # of a second) would walk it for nothing.
        gc.freeze()
        _Writing.put_off.close()
        _Writing.put_off = None


def get_generators(pelican):
    return EntityPagesGenerator
