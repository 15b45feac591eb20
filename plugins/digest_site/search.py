"""The Pagefind search index, in shards: which shards to build.

Article pages (the only ones with data-pagefind-body) are grouped into shards
by the first letter of their file name (PAGEFIND_SHARDS in pelicanconf.py).
Each shard is indexed on its own, so Pagefind's memory stays bounded by a
shard, and the search page merges them.

This plugin only plans: with the incremental writer, a shard whose article
pages all have the same render digests as in the last build is reused from
it, like any page; the others are listed in a plan file that
newsdigest.sitebuild carries out (newsdigest/search_index.py) once Pelican
has exited, so Pagefind never shares the memory with a whole Pelican build.
Enabled by PAGEFIND = True, which newsdigest.sitebuild sets.
"""

from __future__ import annotations

import fnmatch
import hashlib
import logging

from newsdigest.search_index import write_plan

log = logging.getLogger(__name__)


def shard_of(save_as: str, shards: dict[str, str]) -> str | None:
    for name, glob in shards.items():
        if fnmatch.fnmatchcase(save_as, glob):
            return name
    return None


def shard_members(articles, shards: dict[str, str]) -> dict[str, list[str]]:
    """{shard: the output paths of its article pages}, in shard order."""
    members: dict[str, list[str]] = {name: [] for name in shards}
    for article in articles:
        name = shard_of(article.save_as, shards)
        if name is not None:
            members[name].append(article.save_as)
    return members


def plan_search_index(generator) -> None:
    """Which shards have articles: the search page loads exactly those."""
    members = shard_members(generator.articles, generator.settings.get("PAGEFIND_SHARDS") or {})
    generator.context["search_bundles"] = [name for name, pages in members.items() if pages]


def start_search_index(generator, writer) -> None:
    settings = generator.settings
    if not settings.get("PAGEFIND"):
        return
    parts = settings.get("INCREMENTAL_MANIFEST_PARTS")
    if not parts:
        log.warning("search: PAGEFIND is on but no build folder for the plan; build with newsdigest.sitebuild")
        return
    shards = settings.get("PAGEFIND_SHARDS") or {}
    members = shard_members(generator.articles, shards)
    page_digests = getattr(writer, "page_digests", {})
    reuse = getattr(writer, "reuse_files", None)
    to_build = []
    for name, pages in members.items():
        if not pages:
            continue
        digest = None
        if all(page_digests.get(p) for p in pages):
            digest = hashlib.sha256("\n".join([shards[name], *(f"{p}={page_digests[p]}" for p in sorted(pages))]).encode()).hexdigest()
        if reuse is None or not reuse(f"search:{name}", digest):
            to_build.append({"name": name, "glob": shards[name], "key": f"search:{name}", "digest": digest})
    write_plan(parts, generator.output_path, to_build)
