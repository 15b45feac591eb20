"""The Pagefind search index, built while Pelican writes the rest of the site.

Only article pages are indexed (they carry data-pagefind-body), so Pagefind
starts as soon as the articles are written and runs beside the entity pages
and feeds; the build waits for it at the end and fails if it fails.
Enabled by PAGEFIND = True (newsdigest.sitebuild sets it for real builds).
"""

from __future__ import annotations

import atexit
import logging
import subprocess
import sys

log = logging.getLogger(__name__)

_RUNNING: list = []


class SearchIndexError(RuntimeError):
    pass


def start_search_index(generator, writer) -> None:
    settings = generator.settings
    if not settings.get("PAGEFIND"):
        return
    command = [sys.executable, "-m", "pagefind", "--site", str(generator.output_path), "--silent"]
    if settings.get("PAGEFIND_GLOB"):
        command += ["--glob", settings["PAGEFIND_GLOB"]]
    _RUNNING.append(subprocess.Popen(command))


@atexit.register
def _stop_unfinished() -> None:
    """A build that failed before `finalized` must not leave Pagefind
    writing into the folder newsdigest.sitebuild is about to delete."""
    for process in _RUNNING:
        process.kill()
        process.wait()


def finish_search_index(pelican) -> None:
    while _RUNNING:
        process = _RUNNING.pop()
        if process.wait() != 0:
            raise SearchIndexError(f"Error: search indexing (pagefind) failed (exit {process.returncode})")
