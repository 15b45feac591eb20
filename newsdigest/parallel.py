"""Mapping a pure function over many items on every core, by forking.

Forked workers inherit what the parent has loaded (gazetteer, rules,
parsers), so nothing is pickled but the items and the results. Small batches
run in-process: starting workers would cost more than it saves. A worker
runs the cyclic collector as usual even if its parent had put off full
passes (a build does while it reads and tags the articles).
"""

from __future__ import annotations

import gc
import multiprocessing
from contextlib import contextmanager
from typing import Callable, Sequence

_FUNCTION: Callable | None = None
# The collector as Python sets it up, read when this module is first imported
# (a build later puts off full passes while it reads: see entity_tagger).
_COLLECTOR_THRESHOLDS = gc.get_threshold()


# A full pass of the cyclic collector walks every object not frozen. While a
# build makes objects that live to its end (tagging, writing), or a worker
# fills large acyclic tables (related articles), those passes free nothing:
# they are put off meanwhile. The young generations, where short-lived
# cycles die, are still collected. (Turning the collector off altogether
# while a build read its articles let those pile up: +700 MB at 10,000.)
FULL_PASS_PUT_OFF = 1_000_000


@contextmanager
def full_collections_put_off():
    thresholds = gc.get_threshold()
    gc.set_threshold(thresholds[0], thresholds[1], FULL_PASS_PUT_OFF)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def collector_as_usual() -> None:
    """In a forked worker: the cyclic collector on, with Python's thresholds
    (the worker makes short-lived objects, whatever its parent was doing)."""
    gc.enable()
    gc.set_threshold(*_COLLECTOR_THRESHOLDS)


def _call(item):
    return _FUNCTION(item)


def fork_map(function: Callable, items: Sequence, *, processes: int, min_items: int = 200, chunksize: int = 32) -> list:
    """[function(item) for item in items], in `processes` forked workers when
    there are at least `min_items` items and the platform can fork."""
    global _FUNCTION
    if processes <= 1 or len(items) < min_items or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item) for item in items]
    _FUNCTION = function
    # Workers then share the parent's objects instead of copying them as the
    # collector walks them. A caller's own freeze (a build freezes what lives
    # to its end) is left as it was.
    frozen_by_caller = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(processes, initializer=collector_as_usual) as pool:
            return pool.map(_call, items, chunksize=chunksize)
    finally:
        _FUNCTION = None
        if not frozen_by_caller:
            gc.unfreeze()


class ForkedCall:
    """function(*args) computed in a forked child while the caller goes on;
    get() waits for it. With fork=False (or no fork on this platform) it is
    computed right away in this process."""

    def __init__(self, function: Callable, *args, fork: bool = True):
        self._process = None
        if not fork or "fork" not in multiprocessing.get_all_start_methods():
            self._value = function(*args)
            return
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)

        def run() -> None:
            collector_as_usual()
            try:
                send.send((True, function(*args)))
            except BaseException as exc:  # reported by get() in the parent
                send.send((False, f"{type(exc).__name__}: {exc}"))

        self._process = context.Process(target=run, daemon=True)
        self._process.start()
        send.close()

    def get(self):
        if self._process is None:
            return self._value
        try:
            ok, value = self._receive.recv()
        except EOFError:
            ok, value = False, f"worker exited with code {self._process.exitcode}"
        self._process.join()
        self._process = None
        if not ok:
            raise RuntimeError(f"background step failed: {value}")
        self._value = value
        return value
