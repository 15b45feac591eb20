"""A Pelican writer that reuses the previous build's file when a page's
render digest has not changed.

newsdigest.sitebuild passes, through settings:
- INCREMENTAL_FRAME: hash of everything but the articles (templates,
  settings, plugins, core code, registry). A manifest made under another
  frame is not read at all, so a theme or settings change re-renders every
  page (the digests themselves leave it out: it would be the same 64
  characters in each of tens of thousands of manifest entries).
- INCREMENTAL_PREVIOUS_OUTPUT / INCREMENTAL_MANIFEST: the published site and
  the digests it was built from.
- INCREMENTAL_MANIFEST_PARTS: a folder where each writing process (Pelican
  and the forked entity-page writers) appends one JSON line per write call;
  sitebuild merges them into the next manifest once the build succeeds.

While Pelican reads, the last build's pages and feeds are hard-linked into
the build folder ahead of this writer (prelink.py): a reused file is then
already there, and nothing is rendered before the prelinker is done.

A reused file is hard-linked from the previous output into the new build
folder, which is still swapped in atomically; the previous site is never
written to. Without these settings this is Pelican's own writer.
"""

from __future__ import annotations

import json
import logging
import os
import shutil

from pelican.writers import Writer

from newsdigest.build_manifest import read_manifest

from . import prelink
from .digest import Digester, Undigestable
from .feeds import MEMO_CLASSES, ItemXmlStore

log = logging.getLogger(__name__)


class IncrementalWriter(Writer):
    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        settings = settings or {}
        self.frame = settings.get("INCREMENTAL_FRAME") or None
        self.previous_output = settings.get("INCREMENTAL_PREVIOUS_OUTPUT") or None
        self.parts_dir = settings.get("INCREMENTAL_MANIFEST_PARTS") or None
        self.digester = Digester(settings.get("INCREMENTAL_PAGE_ONLY_ATTRS", ()))
        self.previous: dict = {}
        manifest = settings.get("INCREMENTAL_MANIFEST")
        if self.frame and self.previous_output and manifest and os.path.exists(manifest):
            self.previous = read_manifest(manifest, self.frame, on_error=lambda exc: log.warning(
                "incremental: ignoring unreadable manifest %s (%s)", manifest, exc))
        self._recording: list[str] | None = None
        self._folders: set[str] = set()
        self._feed_items: dict[tuple, tuple[object, dict]] = {}
        self._item_xml = ItemXmlStore(int(settings.get("FEED_ITEM_XML_BUDGET", 48 * 2**20)))
        self.page_digests: dict[str, str | None] = {}  # output name -> render digest, this process's pages
        self._part = None
        self._part_pid = None

    # Pelican's entry points ----------------------------------------------
    def write_file(self, name, template, context, relative_urls=False, paginated=None, template_name=None,
                   override_output=False, url=None, **kwargs):
        if not name:
            return super().write_file(name, template, context, relative_urls, paginated, template_name, override_output, url, **kwargs)
        options = {"relative_urls": relative_urls, "paginated": paginated, "template_name": template_name,
                   "override_output": override_output, "url": url}
        digest = self._digest("page", name, template, context, {**kwargs, "_options": options})
        self.page_digests[name] = digest
        return self._reuse_or_write("page:" + name, digest, lambda: super(IncrementalWriter, self).write_file(
            name, template, context, relative_urls, paginated, template_name, override_output, url, **kwargs))

    def write_feed(self, elements, context, path=None, url=None, feed_type="atom", override_output=False, feed_title=None):
        if not path:
            return super().write_feed(elements, context, path, url, feed_type, override_output, feed_title)
        values = {"elements": list(elements[: self.settings["FEED_MAX_ITEMS"]]), "url": url, "feed_type": feed_type,
                  "override_output": override_output, "feed_title": feed_title,
                  "SITEURL": context.get("SITEURL"), "FEED_DOMAIN": context.get("FEED_DOMAIN")}
        digest = self._digest("feed", path, None, context, values)
        return self._reuse_or_write("feed:" + path, digest, lambda: super(IncrementalWriter, self).write_feed(
            elements, context, path, url, feed_type, override_output, feed_title))

    def _reuse_or_write(self, key: str, digest: str | None, write):
        """Link the last build's files for `key` if its digest is unchanged;
        otherwise write, recording the files Pelican opens."""
        if self._reuse(key, digest):
            return None
        prelink.await_done()
        self._recording = []
        try:
            return write()
        finally:
            self._record(key, digest, self._recording)
            self._recording = None

    def _create_new_feed(self, feed_type, feed_title, context):
        feed = super()._create_new_feed(feed_type, feed_title, context)
        memo_class = MEMO_CLASSES.get(type(feed))
        if memo_class is not None:
            feed.__class__ = memo_class  # same feed, items serialised once per build (feeds.py)
            feed.item_xml = self._item_xml
        return feed

    def _add_item_to_the_feed(self, feed, item):
        """An article is an item of many feeds (site, category, source, each
        entity it mentions): build its item once per feed type and reuse it."""
        key = (type(feed), id(item), self.site_url)
        cached = self._feed_items.get(key)
        if cached is None or cached[0] is not item:
            super()._add_item_to_the_feed(feed, item)
            cached = self._feed_items[key] = (item, feed.items[-1])
        else:
            feed.items.append(cached[1])  # the same item dict in every feed: its XML is kept by id

    def _open_w(self, filename, encoding, override=False):
        if filename != os.devnull:
            if self._recording is not None:
                self._recording.append(os.path.relpath(filename, self.output_path))
            # Never write through a hard link into the previous site. (With no
            # previous build nothing is linked: a full build skips the check.)
            if self.previous and os.path.lexists(filename):
                os.unlink(filename)
        return super()._open_w(filename, encoding, override)

    # reuse, also for files other plugins make (the search index) ----------
    def reuse_files(self, key: str, digest: str | None) -> bool:
        """Link the files recorded under `key` from the last build if its
        digest is unchanged; False if they must be made again."""
        return self._reuse(key, digest)

    def record_files(self, key: str, digest: str | None, files: list[str]) -> None:
        """Remember files made outside the writer under `key`."""
        self._record(key, digest, files)

    def _digest(self, kind, name, template, context, values) -> str | None:
        if not self.frame:
            return None
        try:
            return self.digester.page(kind, name, template, context, values)
        except Undigestable as exc:
            log.debug("incremental: %s %s is always rendered (%s)", kind, name, exc)
            return None

    def _reuse(self, key: str, digest: str | None) -> bool:
        before = self.previous.get(key)
        if digest is None or not before or before.get("digest") != digest:
            return False
        linked, placed = [], []
        try:
            for rel in before["files"]:
                target = os.path.join(self.output_path, rel)
                placed.append(target)
                if os.path.lexists(target):
                    continue  # linked ahead by the prelinker
                folder = os.path.dirname(target)
                if folder not in self._folders:
                    os.makedirs(folder, exist_ok=True)
                    self._folders.add(folder)
                source = os.path.join(self.previous_output, rel)
                try:
                    os.link(source, target)
                except FileExistsError:
                    continue  # the prelinker got there meanwhile: the same file
                except OSError:
                    shutil.copy2(source, target)
                linked.append(target)
        except OSError:
            for target in linked:  # render afresh instead
                os.unlink(target)
            return False
        self._written_files.update(placed)
        self._record(key, digest, before["files"], reused=True)
        return True

    def _record(self, key: str, digest: str | None, files: list[str], reused: bool = False) -> None:
        if not self.parts_dir or digest is None or not files:
            return
        if self._part_pid != os.getpid():  # a forked writer keeps its own part file
            self._part_pid = os.getpid()
            os.makedirs(self.parts_dir, exist_ok=True)
            self._part = open(os.path.join(self.parts_dir, f"part-{self._part_pid}.jsonl"), "a", encoding="utf-8", buffering=1)
        self._part.write(json.dumps({"key": key, "digest": digest, "files": files, "reused": reused}, ensure_ascii=False) + "\n")

