"""newsdigest: turn scraped news articles into a published digest.

The package is the pure-Python core (no Pelican imports): converting seeds to
Markdown, the entity model and the scoring used to relate articles. Pelican,
the CLI and tasks.py are thin adapters around it.
"""

__version__ = "0.1.0"
