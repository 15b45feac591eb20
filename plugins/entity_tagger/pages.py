"""A Pelican generator that writes entity pages, type indexes and entity feeds."""

from __future__ import annotations

import gc
import os
import traceback

from pelican.contents import Content
from pelican.generators import Generator

from .views import KIND_LABELS, KIND_PATHS

PARALLEL_MIN_PAGES = 400


class EntityPagesGenerator(Generator):
    def generate_context(self) -> None:
        pass  # the entity_tagger signal fills context["entity_pages"]

    def generate_output(self, writer) -> None:
        pages = self.context.get("entity_pages") or []
        relative = self.settings.get("RELATIVE_URLS")
        processes = int(self.settings.get("ENTITY_PROCESSES", 1))
        if processes > 1 and len(pages) >= self.settings.get("ENTITY_PARALLEL_MIN_PAGES", PARALLEL_MIN_PAGES) and hasattr(os, "fork"):
            # Entity pages and feeds are most of the files: write them from
            # forked workers (they inherit the finished context) on every core.
            # Drop Pelican's memoised renderings of every article body (one per
            # relative site URL, kept for the whole build), then freeze the
            # heap: the collector would otherwise touch every object in each
            # worker and copy the whole parent's memory.
            _release_rendering_memos()
            gc.freeze()
            workers = []
            for n in range(1, processes):
                pid = os.fork()
                if pid == 0:
                    code = 0
                    try:
                        self._write_entities(writer, pages[n::processes], relative)
                    except BaseException:  # report, never fall back into Pelican's loop
                        traceback.print_exc()
                        code = 1
                    os._exit(code)
                workers.append(pid)
            self._write_entities(writer, pages[0::processes], relative)
            failed = [pid for pid in workers if os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) != 0]
            gc.unfreeze()
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


def get_generators(pelican):
    return EntityPagesGenerator
