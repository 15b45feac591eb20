"""Linking the last build's pages and feeds ahead of the writer.

A rebuild reuses nearly every page and feed of the last build. A separate
process (newsdigest.build_manifest, `prelink`) hard-links them into the new
build folder while Pelican tags the articles (which leaves a core idle);
the writer only finds them there. It starts once the articles are read.

The writer renders nothing before the prelinker has written its marker (a
link must never land on a path a render is about to open), and once every
page is written, `settle` removes the prelinked files no page made or reused
(an article deleted since), before the plugins that list the site's files
(the sitemap) run: incremental_writer comes first in PLUGINS.
"""

from __future__ import annotations

import atexit
import os
import subprocess
import sys
import time
from pathlib import Path

import newsdigest
from newsdigest.build_manifest import read_marker, remove_unmade

MARKER = "prelink-done"
TIMEOUT = 600.0


class _Prelink:
    """This build's prelinker (forked page writers inherit `marker`)."""

    process: subprocess.Popen | None = None
    owner: int | None = None  # the pid that started it (only it can wait for it)
    marker: str | None = None  # set until the prelinker is known to be done


def start(generator) -> None:
    settings = generator.settings
    previous, manifest = settings.get("INCREMENTAL_PREVIOUS_OUTPUT"), settings.get("INCREMENTAL_MANIFEST")
    parts, frame = settings.get("INCREMENTAL_MANIFEST_PARTS"), settings.get("INCREMENTAL_FRAME")
    if _Prelink.process is not None or not (previous and manifest and parts and frame) or not os.path.exists(manifest):
        return
    os.makedirs(parts, exist_ok=True)
    marker = os.path.join(parts, MARKER)
    core_parent = str(Path(newsdigest.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (core_parent, os.environ.get("PYTHONPATH")) if p)}
    command = [sys.executable, "-m", "newsdigest.build_manifest", "prelink", previous, str(generator.output_path), manifest, frame, marker]
    _Prelink.process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL)
    _Prelink.owner, _Prelink.marker = os.getpid(), marker
    atexit.register(_stop)  # a failed build leaves no process linking into its folder


def await_done() -> None:
    """Return once the prelinker has finished (at once when there is none)."""
    marker = _Prelink.marker
    if marker is None:
        return
    deadline = time.monotonic() + TIMEOUT
    while not os.path.exists(marker):
        process = _Prelink.process if _Prelink.owner == os.getpid() else None
        if process is not None and process.poll() is not None and not os.path.exists(marker):
            raise RuntimeError(f"incremental: the prelinker exited ({process.returncode}) without finishing")
        if time.monotonic() > deadline:
            raise RuntimeError(f"incremental: the prelinker did not finish within {TIMEOUT:.0f} s")
        time.sleep(0.005)
    _Prelink.marker = None


def settle(pelican) -> None:
    """Every page is written: remove the prelinked files no page made."""
    process = _Prelink.process
    if process is None or _Prelink.owner != os.getpid():
        return
    await_done()
    process.wait()
    settings = pelican.settings
    marker = os.path.join(settings["INCREMENTAL_MANIFEST_PARTS"], MARKER)
    remove_unmade(str(pelican.output_path), settings["INCREMENTAL_PREVIOUS_OUTPUT"], read_marker(marker), Path(settings["INCREMENTAL_MANIFEST_PARTS"]))
    _Prelink.process = None


def _stop() -> None:
    process = _Prelink.process
    if process is not None and _Prelink.owner == os.getpid() and process.poll() is None:
        process.kill()
        process.wait()
