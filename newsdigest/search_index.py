"""Building the Pagefind search index shards a build planned.

plugins/digest_site/search.py writes the plan (which shards changed, with
their globs and render digests); newsdigest.sitebuild calls build_planned()
once Pelican has exited. Shards are built one after another, so memory is
bounded by the largest shard, not the whole archive; each built shard is
recorded for the incremental manifest like any written page.
"""

from __future__ import annotations

import json
import os
import subprocess
import threading
from pathlib import Path

from newsdigest.build_manifest import SEARCH_PART

SEARCH_ROOT = "pagefind"
PLAN_FILE = "search-plan.json"


class SearchIndexError(RuntimeError):
    pass


class SearchIndexCancelled(SearchIndexError):
    pass


# How often a running shard looks whether the build it serves was cancelled.
_CANCEL_POLL_SECONDS = 0.1


def pagefind_executable() -> str:
    """The Pagefind binary the pagefind_bin wheel ships (what `python -m
    pagefind` runs, without starting Python once per shard)."""
    from pagefind_bin import get_executable

    return str(get_executable())


def write_plan(parts: Path, site: Path, shards: list[dict]) -> None:
    """The shards a build must index: {name, glob, key, digest} each."""
    Path(parts).mkdir(parents=True, exist_ok=True)
    (Path(parts) / PLAN_FILE).write_text(json.dumps({"site": str(site), "shards": shards}), encoding="utf-8")


def build_planned(parts: Path, site: Path, *, concurrent: int = 1, cancel: threading.Event | None = None) -> int:
    """Build the shards listed in parts/search-plan.json into site, `concurrent`
    at a time; returns how many. Raises SearchIndexError with a one-line
    reason. One at a time by default: Pagefind already uses every core, and
    two shards at once on two cores measured slower, not faster. Once `cancel`
    is set (the build this index serves has failed), every running Pagefind is
    stopped at once and SearchIndexCancelled is raised."""
    plan_path = Path(parts) / PLAN_FILE
    if not plan_path.exists():
        return 0
    plan = json.loads(plan_path.read_text(encoding="utf-8"))
    executable = pagefind_executable()
    waiting = list(plan["shards"])
    running: list[tuple[dict, subprocess.Popen]] = []
    limit = max(1, concurrent)
    try:
        with open(Path(parts) / SEARCH_PART, "a", encoding="utf-8") as record:
            while waiting or running:
                while waiting and len(running) < limit:
                    shard = waiting.pop(0)
                    command = [executable, "--site", str(site), "--glob", shard["glob"],
                               "--output-subdir", f"{SEARCH_ROOT}/{shard['name']}", "--silent"]
                    running.append((shard, subprocess.Popen(command)))
                shard, process = running[0]
                code = _wait(process, cancel)
                running.pop(0)
                if code != 0:
                    raise SearchIndexError(f"search index shard {shard['name']} ({shard['glob']}) failed: pagefind exit {code}")
                folder = Path(site) / SEARCH_ROOT / shard["name"]
                files = sorted(os.path.relpath(os.path.join(d, f), site) for d, _, fs in os.walk(folder) for f in fs)
                if shard["digest"]:
                    record.write(json.dumps({"key": shard["key"], "digest": shard["digest"], "files": files, "reused": False}) + "\n")
    finally:
        for _, process in running:  # after a failure or a cancel: stop the others
            process.kill()
            process.wait()
    return len(plan["shards"])


def _wait(process: subprocess.Popen, cancel: threading.Event | None) -> int:
    """The process's exit code; SearchIndexCancelled as soon as `cancel` is set."""
    while True:
        if cancel is not None and cancel.is_set():
            raise SearchIndexCancelled("search index cancelled: the build failed")
        try:
            return process.wait(timeout=_CANCEL_POLL_SECONDS if cancel is not None else None)
        except subprocess.TimeoutExpired:
            continue
