"""Building Pagefind search index shards, one after another.

    python -m newsdigest.search_index SITE NAME=GLOB [NAME=GLOB ...]

Each shard indexes the pages its glob selects into SITE/pagefind/NAME/; the
search page merges the shards. One Pagefind process at a time keeps memory
bounded by the largest shard, not the whole archive. Stops at the first
failure with a one-line reason.
"""

from __future__ import annotations

import subprocess
import sys

SEARCH_ROOT = "pagefind"


def build_shard(site: str, name: str, glob: str) -> int:
    command = [sys.executable, "-m", "pagefind", "--site", site, "--glob", glob,
               "--output-subdir", f"{SEARCH_ROOT}/{name}", "--silent"]
    return subprocess.run(command).returncode


def main(argv: list[str]) -> int:
    site, shards = argv[0], [arg.split("=", 1) for arg in argv[1:]]
    for name, glob in shards:
        code = build_shard(site, name, glob)
        if code != 0:
            print(f"Error: search index shard {name} ({glob}) failed: pagefind exit {code}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
