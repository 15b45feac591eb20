"""Errors the converter reports as one clear line per file."""


class SeedError(Exception):
    """A seed that cannot become an article; the message says why."""
