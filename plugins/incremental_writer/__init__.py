"""Pelican plugin: incremental builds by render digest.

Every page and feed gets a digest of what it is rendered from; when the
previous build rendered it from the same digest, its file is reused instead
of rendered again. See writer.py, digest.py and prelink.py.
"""

from __future__ import annotations

from pelican import signals

from . import prelink
from .writer import IncrementalWriter


def _writer(pelican):
    return IncrementalWriter


def register() -> None:
    signals.get_writer.connect(_writer)
    # Once the articles are read: Pelican reads on one core while the entity
    # worker loads the model on the other; tagging leaves one idle.
    signals.article_generator_pretaxonomy.connect(prelink.start)
    # Before other plugins' finalized receivers (it comes first in PLUGINS):
    # the sitemap must not list a page the build no longer makes.
    signals.finalized.connect(prelink.settle)
