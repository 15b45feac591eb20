"""Running one benchmark step as a process tree and measuring it.

Wall time, CPU time (user + system of the whole tree, from wait4), and peak
memory: the largest sum of proportional resident memory (PSS) over the
process tree, sampled from /proc every 50 ms (spaCy's worker processes and
forked page writers count too).
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Measurement:
    name: str
    wall: float
    cpu: float
    peak_rss_mb: float
    pages: int = 0
    note: str = ""


SAMPLE_SECONDS = 0.25


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                out.extend(int(c) for c in handle.read().split())
    except OSError:
        pass
    return out


def _memory(pid: int) -> int:
    """Proportional set size (PSS): pages shared after fork() are split between
    the processes that share them instead of being counted once per process."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def _tree_rss(pid: int) -> int:
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += _memory(p)
        stack.extend(_children(p))
    return total


def run(name: str, command: list[str], *, cwd: Path, env: dict | None = None) -> Measurement:
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            # Reading PSS walks the page tables of every process in the tree:
            # at 20 Hz that took a third of a core from the build it measures.
            time.sleep(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{name} failed (exit {proc.returncode}):\n{stderr[-4000:]}")
    return Measurement(name, wall, usage.ru_utime + usage.ru_stime, peak / 2**20)


def count_pages(output: Path) -> int:
    return sum(1 for p in output.rglob("*") if p.suffix in (".html", ".xml", ".json") and "pagefind" not in p.parts)
