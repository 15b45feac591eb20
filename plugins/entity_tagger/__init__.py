"""Pelican plugin: entity tagging (filled in by the entity issue)."""

from pelican import signals


def register() -> None:
    pass
