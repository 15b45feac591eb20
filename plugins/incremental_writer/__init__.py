"""Pelican plugin: incremental builds by render digest.

Every page and feed gets a digest of what it is rendered from; when the
previous build rendered it from the same digest, its file is reused instead
of rendered again. See writer.py and digest.py.
"""

from __future__ import annotations

from pelican import signals

from .writer import IncrementalWriter


def _writer(pelican):
    return IncrementalWriter


def register() -> None:
    signals.get_writer.connect(_writer)
