"""The model worker of a rebuild that brings a few new articles.

On such a rebuild the model has one or a few texts to read, and loading it
(spaCy and the pipeline, about a second) is the longest wait of the entity
step. The worker that loads it can be forked before Pelican itself is
imported (newsdigest.run_pelican), half a second earlier than the build's
plugins could fork it; EntityWorkers then takes it over.

This module imports nothing heavy, so that the fork comes first.
"""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

FEW_NEW_TEXTS = 32  # up to this many new texts expected: one worker that loads the model itself


def expected_new_texts(cache_dir: str | Path | None, content: str | Path | None) -> int | None:
    """About how many articles the model has not seen: source files added
    since the last build (edits and removals make this wrong, which costs
    time, not correctness). None for a first build."""
    last_run = Path(cache_dir) / "last-run.json" if cache_dir else None
    try:
        before = json.loads(last_run.read_text(encoding="utf-8"))["source_files"] if last_run else None
    except (OSError, ValueError, KeyError):
        return None
    return None if before is None else max(0, source_files(content) - before)


def source_files(content: str | Path | None) -> int:
    """The article sources Pelican reads: Markdown files under `content`."""
    return sum(1 for _ in Path(content).rglob("*.md")) if content else 0


def early_workers_on(settings) -> bool:
    """Whether a build with these settings forks entity workers while Pelican
    reads: several processes, and ENTITY_EARLY_WORKERS not turned off."""
    return int(settings.get("ENTITY_PROCESSES", 1)) > 1 and bool(settings.get("ENTITY_EARLY_WORKERS", True))


def wants_early_worker(settings) -> bool:
    """Whether a build with these settings uses one model worker started
    at once: early workers on, and a few new texts."""
    if not early_workers_on(settings):
        return False
    expected = expected_new_texts(settings.get("ENTITY_CACHE_DIR"), settings.get("PATH"))
    return expected is not None and 0 < expected <= FEW_NEW_TEXTS


class _Started:
    pool = None
    loading = None  # the model's loading, as an AsyncResult


def start_model_worker() -> None:
    """Fork the worker now and have it load the model."""
    from newsdigest.parallel import collector_as_usual

    if _Started.pool is None:
        _Started.pool = multiprocessing.get_context("fork").Pool(1, initializer=collector_as_usual)
        _Started.loading = _Started.pool.apply_async(load_model_alone)


def take_model_worker():
    """(pool, the model's loading) of the worker started early, handed over
    once; None when none was started."""
    started = (_Started.pool, _Started.loading) if _Started.pool is not None else None
    _Started.pool = _Started.loading = None
    return started


def discard_model_worker() -> None:
    """Stop the early worker if no build took it over."""
    if _Started.pool is not None:
        _Started.pool.terminate()
        _Started.pool.join()
        _Started.pool = _Started.loading = None


def load_model_alone() -> list:
    """A worker's first task: load the model (an empty batch's results)."""
    from newsdigest.entities.ner import load_model

    load_model()
    return []  # no results, like an empty batch
