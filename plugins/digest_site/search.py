"""The Pagefind search index, in shards, built while Pelican writes the rest.

Article pages (the only ones with data-pagefind-body) are grouped into shards
by the first letter of their file name (PAGEFIND_SHARDS in pelicanconf.py).
Each shard is indexed on its own, so Pagefind's memory stays bounded by a
shard, and the search page merges them. Once the articles are written, the
shards run one after another in a background process beside the entity
pages; the build waits for them at the end and fails if one fails.

With the incremental writer, a shard whose article pages all have the same
render digests as in the last build is reused from it, like any page.
Enabled by PAGEFIND = True (newsdigest.sitebuild sets it for real builds).
"""

from __future__ import annotations

import atexit
import fnmatch
import hashlib
import logging
import os
import subprocess
import sys

log = logging.getLogger(__name__)

_STATE: dict = {}  # the running shard builder and what to record when it ends


class SearchIndexError(RuntimeError):
    pass


def shard_of(save_as: str, shards: dict[str, str]) -> str | None:
    for name, glob in shards.items():
        if fnmatch.fnmatchcase(save_as, glob):
            return name
    return None


def plan_search_index(generator) -> None:
    """Which shards have articles: the search page loads exactly those."""
    shards = generator.settings.get("PAGEFIND_SHARDS") or {}
    used = {shard_of(a.save_as, shards) for a in generator.articles}
    generator.context["search_bundles"] = [name for name in shards if name in used]


def start_search_index(generator, writer) -> None:
    settings = generator.settings
    if not settings.get("PAGEFIND"):
        return
    shards = settings.get("PAGEFIND_SHARDS") or {}
    members: dict[str, list[str]] = {name: [] for name in shards}
    for article in generator.articles:
        name = shard_of(article.save_as, shards)
        if name is not None:
            members[name].append(article.save_as)
    page_digests = getattr(writer, "page_digests", {})
    to_build, digests = [], {}
    for name, pages in members.items():
        if not pages:
            continue
        parts = [f"{p}={page_digests.get(p)}" for p in sorted(pages)]
        digests[name] = None if any(page_digests.get(p) is None for p in pages) else \
            hashlib.sha256("\n".join([shards[name], *parts]).encode()).hexdigest()
        reuse = getattr(writer, "reuse_files", None)
        if reuse is None or not reuse(f"search:{name}", digests[name]):
            to_build.append(name)
    if to_build:
        command = [sys.executable, "-m", "newsdigest.search_index", str(generator.output_path),
                   *(f"{name}={shards[name]}" for name in to_build)]
        _STATE.update(process=subprocess.Popen(command), writer=writer, built=to_build, digests=digests,
                      output=str(generator.output_path))


@atexit.register
def _stop_unfinished() -> None:
    """A build that failed before `finalized` must not leave Pagefind
    writing into the folder newsdigest.sitebuild is about to delete."""
    process = _STATE.pop("process", None)
    if process is not None and process.poll() is None:
        process.kill()
        process.wait()


def finish_search_index(pelican) -> None:
    process = _STATE.pop("process", None)
    if process is None:
        return
    if process.wait() != 0:
        raise SearchIndexError(f"Error: search indexing (pagefind) failed (exit {process.returncode})")
    record = getattr(_STATE["writer"], "record_files", None)
    for name in _STATE["built"]:
        folder = os.path.join(_STATE["output"], "pagefind", name)
        files = sorted(os.path.relpath(os.path.join(d, f), _STATE["output"]) for d, _, fs in os.walk(folder) for f in fs)
        if record is not None:
            record(f"search:{name}", _STATE["digests"][name], files)
    _STATE.clear()
