"""Boilerplate and metadata-line rules, loaded from YAML data files.

The rules themselves live in `newsdigest/data/boilerplate.yml` (and an
optional project file that extends them) so editors can add patterns without
touching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

DEFAULT_RULES = Path(__file__).parent / "data" / "boilerplate.yml"


@dataclass(frozen=True)
class Rules:
    line: tuple[tuple[str, re.Pattern], ...] = ()
    block_start: tuple[tuple[str, re.Pattern], ...] = ()
    tail_start: tuple[tuple[str, re.Pattern], ...] = ()
    metadata: dict[str, tuple[re.Pattern, ...]] = field(default_factory=dict)
    source_suffixes: tuple[re.Pattern, ...] = ()

    def boilerplate_family(self, text: str) -> str | None:
        """Name of the family whose `line` pattern matches the whole text."""
        for family, pattern in self.line:
            if pattern.fullmatch(text):
                return family
        return None

    def starts_block(self, text: str) -> str | None:
        for family, pattern in self.block_start:
            if pattern.fullmatch(text):
                return family
        return None

    def starts_tail(self, text: str) -> str | None:
        for family, pattern in self.tail_start:
            if pattern.fullmatch(text):
                return family
        return None

    def metadata_value(self, kind: str, text: str) -> str | None:
        for pattern in self.metadata.get(kind, ()):
            match = pattern.fullmatch(text)
            if match:
                return match.group("value").strip()
        return None

    def strip_source_suffix(self, name: str) -> str:
        for pattern in self.source_suffixes:
            name = pattern.sub("", name)
        return name.strip()


def _compile(pattern: str, where: str) -> re.Pattern:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"{where}: bad regular expression {pattern!r}: {exc}") from None


def _merge(data: dict, into: dict) -> None:
    for family, kinds in (data.get("families") or {}).items():
        for kind, patterns in (kinds or {}).items():
            into.setdefault(kind, []).extend((family, p) for p in patterns or [])
    for kind, patterns in (data.get("metadata") or {}).items():
        into.setdefault("metadata", {}).setdefault(kind, []).extend(patterns or [])
    into.setdefault("source_suffixes", []).extend(data.get("source_suffixes") or [])


@lru_cache(maxsize=8)
def load_rules(*extra_files: Path) -> Rules:
    """Built-in rules plus any extra YAML files (missing ones are ignored)."""
    merged: dict = {}
    for path in (DEFAULT_RULES, *extra_files):
        path = Path(path)
        if not path.exists():
            continue
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ValueError(f"{path}: not valid YAML: {exc}") from None
        _merge(data, merged)

    def fams(kind: str) -> tuple:
        return tuple((f, _compile(p, f"{kind}/{f}")) for f, p in merged.get(kind, []))

    return Rules(
        line=fams("line"),
        block_start=fams("block_start"),
        tail_start=fams("tail_start"),
        metadata={k: tuple(_compile(p, f"metadata/{k}") for p in v) for k, v in merged.get("metadata", {}).items()},
        source_suffixes=tuple(_compile(p, "source_suffixes") for p in merged.get("source_suffixes", [])),
    )
