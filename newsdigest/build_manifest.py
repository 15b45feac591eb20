"""The incremental build manifest, between two builds of one output folder.

The incremental writer (plugins/incremental_writer) records, for every page
and feed it writes or reuses, its render digest and the files it made: one
JSON line per write call, in a part file per writing process. This module
holds what is done with those records outside the writer:

- `prelink`: a rebuild reuses nearly all of the last build's pages and
  feeds, so once Pelican has read the articles, a separate process
  hard-links them into the new build folder ahead of the writer, which then
  only checks that a reused file is there. It ends by writing a marker with
  the list of files it linked; the writer renders nothing before the marker
  exists, so a link never lands on a path the writer is about to open (the
  write would go through the link into the published site);
- `remove_unmade`: once every page is written, the prelinked files that no
  page or feed of this build made or reused (an article deleted since);
- `merge_parts`: the parts of a finished build into the next build's manifest.

    python -m newsdigest.build_manifest prelink PREVIOUS BUILD MANIFEST FRAME MARKER
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

# Calls whose files are linked ahead: pages and feeds. Search index shards are
# left to the writer: Pagefind rewrites a changed shard's files in place.
PRELINKED_KINDS = ("page:", "feed:")


def read_manifest(manifest: Path, frame: str, on_error=None) -> dict:
    """The calls of the last build's manifest, or {} when it was built from
    another frame (templates, settings, code) or cannot be read (then
    on_error(exception) is called, if given)."""
    try:
        data = json.loads(Path(manifest).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        if on_error is not None:
            on_error(exc)
        return {}
    return data.get("calls", {}) if data.get("frame") == frame else {}


def prelink(previous_output: str, build: str, manifest: Path, frame: str) -> list[str]:
    """Hard-link the last build's page and feed files into `build`; the files
    linked, relative to it. A file already there (the writer came first) or
    gone from the last build is skipped: the writer decides about it."""
    linked: list[str] = []
    folders: set[str] = set()
    for key, call in read_manifest(manifest, frame).items():
        if not key.startswith(PRELINKED_KINDS):
            continue
        for rel in call.get("files", ()):
            target = os.path.join(build, rel)
            folder = os.path.dirname(target)
            if folder not in folders:
                os.makedirs(folder, exist_ok=True)
                folders.add(folder)
            try:
                os.link(os.path.join(previous_output, rel), target)
            except OSError:
                continue
            linked.append(rel)
    return linked


def write_marker(marker: Path, linked: list[str]) -> None:
    """Atomically: the marker's existence says the prelinker is done."""
    temporary = Path(f"{marker}.tmp")
    temporary.write_text("".join(rel + "\n" for rel in linked), encoding="utf-8")
    os.replace(temporary, marker)


def read_marker(marker: Path) -> list[str]:
    return Path(marker).read_text(encoding="utf-8").splitlines()


# Part files: one per writing process of Pelican ("part-<pid>.jsonl"), and
# the search index's, written after Pelican has exited.
ALL_PARTS = "part-*.jsonl"
WRITER_PARTS = "part-[0-9]*.jsonl"
SEARCH_PART = "part-search.jsonl"


def recorded_entries(parts: Path, pattern: str = ALL_PARTS) -> list[dict]:
    """Every entry recorded in the part files matching `pattern`, in part-file order."""
    entries = []
    for part in sorted(Path(parts).glob(pattern)) if Path(parts).exists() else []:
        lines = part.read_text(encoding="utf-8").strip()
        if lines:  # one parse per file: tens of thousands of lines
            entries += json.loads("[" + lines.replace("\n", ",") + "]")
    return entries


def remove_unmade(build: str, previous_output: str, linked: list[str], parts: Path) -> list[str]:
    """Remove the prelinked files that this build neither made nor reused,
    each only while it still is the last build's file. Returns them."""
    made = {rel for entry in recorded_entries(parts) for rel in entry["files"]}
    removed = []
    for rel in linked:
        if rel in made:
            continue
        target = os.path.join(build, rel)
        try:
            if os.path.samefile(target, os.path.join(previous_output, rel)):
                os.unlink(target)
                removed.append(rel)
        except OSError:
            continue
    return removed


def merge_parts(parts: Path, frame: str, manifest: Path, *, written: list[dict] | None = None) -> tuple[int, int]:
    """Fold the part files into the next build's manifest. `written`: the
    entries of the writers' parts, when they were read already (while the
    search index was built). Returns (files rendered, files reused)."""
    entries = recorded_entries(parts) if written is None else written + recorded_entries(parts, SEARCH_PART)
    calls, rendered, reused = {}, 0, 0
    for entry in entries:
        calls[entry["key"]] = {"digest": entry["digest"], "files": entry["files"]}
        if entry["reused"]:
            reused += len(entry["files"])
        else:
            rendered += len(entry["files"])
    manifest.parent.mkdir(parents=True, exist_ok=True)
    temporary = manifest.with_suffix(".tmp")
    temporary.write_text(json.dumps({"frame": frame, "calls": dict(sorted(calls.items()))}, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, manifest)
    return rendered, reused


def main(argv: list[str]) -> int:
    if len(argv) != 6 or argv[0] != "prelink":
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    _, previous_output, build, manifest, frame, marker = argv
    linked: list[str] = []
    try:
        linked = prelink(previous_output, build, Path(manifest), frame)
    finally:
        # Always, even after an error: the writer then links or renders what
        # is missing, as it would without a prelinker.
        write_marker(Path(marker), linked)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
