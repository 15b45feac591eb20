"""The editors' entity registry: canonical names, types, aliases, blocks.

Format (content/entities.yml):

    entities:
      - name: Northern Seas Council
        type: organization
        aliases: [NSC, N.S.C.]
        description: Intergovernmental organization.
        wikidata: Q1234567
    block:
      - Western

The registry wins over the model: a name or alias listed here always
resolves to its entity, with its type; a blocked name is never an entity.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from newsdigest.entities import ENTITY_TYPES


class RegistryError(Exception):
    """A malformed registry: the message names the file, line and reason."""


@dataclass(frozen=True)
class RegistryEntry:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    wikidata: str | None = None


@lru_cache(maxsize=65536)  # called for every mention of every article on each build
def name_key(name: str) -> str:
    """Comparison key for names: case, dots, apostrophe style and spaces ignored."""
    name = name.replace("’", "'").replace(".", "")
    return " ".join(name.split()).casefold()


@dataclass
class Registry:
    entries: list[RegistryEntry] = field(default_factory=list)
    blocked: set[str] = field(default_factory=set)  # name keys
    digest: str = "empty"
    _by_key: dict[str, RegistryEntry] = field(default_factory=dict)

    def lookup(self, name: str) -> RegistryEntry | None:
        return self._by_key.get(name_key(name))

    def is_blocked(self, name: str) -> bool:
        return name_key(name) in self.blocked

    def without(self, names) -> "Registry":
        """This registry with `names` unknown (for one article that defines them otherwise)."""
        keys = {name_key(n) for n in names}
        return Registry(self.entries, self.blocked, self.digest, {k: e for k, e in self._by_key.items() if k not in keys})


def _line(node) -> int:
    return node.start_mark.line + 1


def load_registry(path: Path | str | None) -> Registry:
    """Load and validate; raise RegistryError naming file, line and reason."""
    if path is None or not Path(path).exists():
        return Registry()
    path = Path(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
        root = yaml.compose(text)
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except yaml.YAMLError as exc:
        # The context mark (where the broken construct starts) is more useful
        # than the problem mark when the parser only notices at the end of file.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise RegistryError(f"{path}{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    registry = Registry(digest=hashlib.sha256(raw).hexdigest()[:16])
    if root is None:
        return registry
    if not isinstance(root, yaml.MappingNode):
        raise RegistryError(f"{path}:{_line(root)}: expected a mapping with 'entities' and 'block'")
    owners: dict[str, tuple[str, int]] = {}
    for key_node, value_node in root.value:
        key = key_node.value
        if key == "entities":
            if not isinstance(value_node, yaml.SequenceNode):
                raise RegistryError(f"{path}:{_line(value_node)}: 'entities' must be a list")
            for item in value_node.value:
                entry = _entry(path, item)
                for alias in (entry.name, *entry.aliases):
                    k = name_key(alias)
                    if k in owners and owners[k][0] != entry.name:
                        other, other_line = owners[k]
                        raise RegistryError(
                            f"{path}:{_line(item)}: alias {alias!r} of {entry.name!r} is already claimed by {other!r} (line {other_line})"
                        )
                    owners[k] = (entry.name, _line(item))
                    registry._by_key[k] = entry
                registry.entries.append(entry)
        elif key == "block":
            if not isinstance(value_node, yaml.SequenceNode):
                raise RegistryError(f"{path}:{_line(value_node)}: 'block' must be a list of names")
            for item in value_node.value:
                if not isinstance(item, yaml.ScalarNode) or not item.value.strip():
                    raise RegistryError(f"{path}:{_line(item)}: a blocked name must be a non-empty string")
                registry.blocked.add(name_key(item.value))
        else:
            raise RegistryError(f"{path}:{_line(key_node)}: unknown key {key!r} (expected 'entities' or 'block')")
    for k in registry.blocked & set(registry._by_key):
        raise RegistryError(f"{path}: {registry._by_key[k].name!r} is both listed and blocked")
    return registry


def _entry(path: Path, node) -> RegistryEntry:
    line = _line(node)
    if not isinstance(node, yaml.MappingNode):
        raise RegistryError(f"{path}:{line}: each entity must be a mapping with name and type")
    fields: dict = {}
    for key_node, value_node in node.value:
        key = key_node.value
        if key not in ("name", "type", "aliases", "description", "wikidata"):
            raise RegistryError(f"{path}:{_line(key_node)}: unknown field {key!r}")
        if key == "aliases":
            if not isinstance(value_node, yaml.SequenceNode) or not all(isinstance(v, yaml.ScalarNode) for v in value_node.value):
                raise RegistryError(f"{path}:{_line(value_node)}: aliases must be a list of names")
            fields[key] = tuple(v.value.strip() for v in value_node.value if v.value.strip())
        else:
            if not isinstance(value_node, yaml.ScalarNode):
                raise RegistryError(f"{path}:{_line(value_node)}: {key} must be a single value")
            fields[key] = str(value_node.value).strip()
    name = fields.get("name")
    if not name:
        raise RegistryError(f"{path}:{line}: entity without a name")
    kind = fields.get("type", "")
    if kind not in ENTITY_TYPES:
        raise RegistryError(f"{path}:{line}: unknown type {kind!r} for {name!r} (expected one of {', '.join(ENTITY_TYPES)})")
    wikidata = fields.get("wikidata") or None
    if wikidata and not re.fullmatch(r"Q\d+", wikidata):
        raise RegistryError(f"{path}:{line}: wikidata id {wikidata!r} for {name!r} must look like Q12345")
    return RegistryEntry(name=name, kind=kind, aliases=fields.get("aliases", ()), description=fields.get("description", ""), wikidata=wikidata)
