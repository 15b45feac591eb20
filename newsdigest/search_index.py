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
from pathlib import Path

SEARCH_ROOT = "pagefind"
PLAN_FILE = "search-plan.json"


class SearchIndexError(RuntimeError):
    pass


def pagefind_executable() -> str:
    """The Pagefind binary the pagefind_bin wheel ships (what `python -m
    pagefind` runs, without starting Python once per shard)."""
    from pagefind_bin import get_executable

    return str(get_executable())


def write_plan(parts: Path, site: Path, shards: list[dict]) -> None:
    """The shards a build must index: {name, glob, key, digest} each."""
    Path(parts).mkdir(parents=True, exist_ok=True)
    (Path(parts) / PLAN_FILE).write_text(json.dumps({"site": str(site), "shards": shards}), encoding="utf-8")


def build_planned(parts: Path, site: Path) -> int:
    """Build the shards listed in parts/search-plan.json into site; returns
    how many. Raises SearchIndexError with a one-line reason."""
    plan_path = Path(parts) / PLAN_FILE
    if not plan_path.exists():
        return 0
    plan = json.loads(plan_path.read_text(encoding="utf-8"))
    executable = pagefind_executable()
    with open(Path(parts) / "part-search.jsonl", "a", encoding="utf-8") as record:
        for shard in plan["shards"]:
            subdir = f"{SEARCH_ROOT}/{shard['name']}"
            command = [executable, "--site", str(site), "--glob", shard["glob"], "--output-subdir", subdir, "--silent"]
            code = subprocess.run(command).returncode
            if code != 0:
                raise SearchIndexError(f"search index shard {shard['name']} ({shard['glob']}) failed: pagefind exit {code}")
            folder = Path(site) / subdir
            files = sorted(os.path.relpath(os.path.join(d, f), site) for d, _, fs in os.walk(folder) for f in fs)
            if shard["digest"]:
                record.write(json.dumps({"key": shard["key"], "digest": shard["digest"], "files": files, "reused": False}) + "\n")
    return len(plan["shards"])
