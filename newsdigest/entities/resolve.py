"""From one article's raw model output to canonical entity mentions.

Rules, in order (each is tested in tests/test_entities_resolve.py):
1. Only the body goes through the model; headline mentions are found by
   matching names already found, so title-case headline words never become
   entities ("North Korean Forces Reportedly").
2. Names are normalised: a leading "the", a trailing possessive, titles such
   as "President", and trailing lowercase words ("Georgian Dream party").
3. Nationality words resolve to their country ("South Korean" -> South Korea).
4. The gazetteer and context ("the village of X") correct types; labels such
   as PRODUCT survive only when the name is a known place (Kursk).
5. Proper nouns the model missed are added when they are known places or
   registry names.
6. Surnames resolve to the full name used earlier; acronyms to the name they
   abbreviate ("Rapid Support Forces (RSF)", or UN ~ United Nations).
7. The registry wins over everything: canonical name, type, blocked names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newsdigest.entities.gazetteer import Gazetteer
from newsdigest.entities.ner import RawDoc
from newsdigest.entities.registry import Registry, name_key
from newsdigest.entities.rules import EntityRules

_DIRECTIONS = ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_POSSESSOR_SPLIT = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<rest>[A-Z].*)$")
_ACRONYM_DEF = re.compile(
    r"(?P<long>(?:[A-Z][\w’'&.-]*)(?:\s+(?:of|the|and|for|on|de|du|des|la|le|&|[A-Z][\w’'&.-]*)){1,9})\s*\(\s*(?P<short>[A-Z][A-Za-z&.]{1,11})\s*\)"
)
_CONNECTORS = {"of", "the", "and", "for", "on", "de", "du", "des", "la", "le", "&", "in", "to", "at"}
_DEMONYM_ENDINGS = (("ians", "ia"), ("ians", "e"), ("ian", "ia"), ("ian", "e"), ("ian", ""), ("ans", "a"), ("an", "a"), ("ns", ""),
                    ("n", ""), ("an", ""), ("ese", "a"), ("ese", ""), ("is", ""), ("i", ""), ("ish", ""), ("ic", "y"), ("s", ""))
MODEL_KINDS = ("person", "place", "organization")


@dataclass
class Mention:
    name: str
    kind: str | None  # None: let the votes decide
    surface: str
    start: int
    end: int
    label: str = ""
    cue_place: bool = False
    cue_org: bool = False
    from_registry: bool = False


@dataclass
class ArticleEntity:
    name: str
    kind: str
    count: int
    first: int
    surfaces: list[str]
    in_headline: bool = False
    in_lede: bool = False
    score: float = 0.0


@dataclass
class ArticleAnalysis:
    entities: list[ArticleEntity] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)  # short -> long, defined in this text
    full_names: list[str] = field(default_factory=list)


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _CONNECTORS]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def _is_acronym(name: str) -> bool:
    bare = name.replace(".", "")
    return 2 <= len(bare) <= 8 and bare.isupper() and bare.isalpha()


class Resolver:
    def __init__(self, registry: Registry, gazetteer: Gazetteer, rules: EntityRules):
        self.registry = registry
        self.gaz = gazetteer
        self.rules = rules

    # -- names -------------------------------------------------------------
    def clean_name(self, surface: str, kind_hint: str | None) -> str:
        name = re.sub(r"\s+", " ", surface).strip(" \t\"“”‘'.,;:()[]")
        name = re.sub(r"^(?:the|The|THE)\s+", "", name)
        name = _POSSESSIVE.sub("", name).rstrip("'’")
        tokens = name.split()
        if kind_hint in (None, "person"):
            while len(tokens) > 1 and tokens[0].rstrip(".").lower() in self.rules.honorifics:
                tokens = tokens[1:]
        while len(tokens) > 1 and tokens[-1].islower() and tokens[-1] in self.rules.trailing_generic_words | _CONNECTORS:
            tokens = tokens[:-1]
        return " ".join(tokens)

    def demonym_country(self, name: str) -> str | None:
        """'South Korean' -> 'South Korea'; None when not a nationality word."""
        words = name.split()
        direction = words[0] if len(words) > 1 and words[0] in _DIRECTIONS else None
        base = " ".join(words[1:]) if direction else name
        target = None
        if base in self.rules.demonyms:
            target = self.rules.demonyms[base]
            if target is None:
                return None
        elif base.endswith("s") and base[:-1] in self.rules.demonyms:
            target = self.rules.demonyms[base[:-1]]
            if target is None:
                return None
        if target is not None:
            if direction:
                place = self.gaz.country(f"{direction} {target}")
                return place.name if place else None
            place = self.gaz.country(target)
            return place.name if place else target
        for ending, replacement in _DEMONYM_ENDINGS:
            if base.endswith(ending) and len(base) > len(ending) + 2:
                candidate = base[: -len(ending)] + replacement
                full = f"{direction} {candidate}" if direction else candidate
                place = self.gaz.country(full)
                if place:
                    return place.name
        return None

    def _place_cue(self, text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 40) : start].lower()
        before = re.sub(r"\s+", " ", before)
        if any(before.endswith(cue + " ") or before.endswith(cue + " the ") for cue in self.rules.place_cues_before):
            return True
        after = text[end : end + 30].lower().lstrip()
        return any(re.match(rf"{re.escape(cue)}\b", after) for cue in self.rules.place_cues_after)

    def _org_cue(self, text: str, surface: str, end: int) -> bool:
        last = surface.split()[-1] if surface.split() else ""
        if last.islower() and last in self.rules.org_cues_after:
            return True
        following = re.match(r"\s+([a-z]+)", text[end : end + 20])
        return bool(following and following.group(1) in self.rules.org_cues_after)

    # -- one article -------------------------------------------------------
    def mentions(self, text: str, raw: RawDoc) -> list[Mention]:
        out: list[Mention] = []
        covered: list[tuple[int, int]] = []
        for start, end, label in sorted(raw.ents):
            hint = self.rules.labels.get(label)
            if hint is None:
                continue
            surface = text[start:end]
            if "\n" in surface:
                continue
            out.extend(self._from_span(text, surface, start, end, label, hint))
            covered.append((start, end))
        for start, end in raw.propn:
            if any(s < end and start < e for s, e in covered):
                continue
            out.extend(self._from_propn(text, start, end))
        return [m for m in out if self._acceptable(m)]

    def _from_span(self, text: str, surface: str, start: int, end: int, label: str, hint: str) -> list[Mention]:
        # "Ukraine's Special Operations Forces": the possessor is its own mention;
        # a generic organization name stays qualified by it.
        split = _POSSESSOR_SPLIT.match(surface)
        if split and hint in ("organization", "candidate", "place", "nationality"):
            owner, rest = split.group("owner"), split.group("rest")
            owner_end = start + len(owner)
            owner_kind = "place" if (self.gaz.lookup(owner) or self.demonym_country(owner)) else None
            owner_mentions = [Mention(self.clean_name(owner, owner_kind), owner_kind, owner, start, owner_end, label="GPE")] if owner_kind else []
            rest_words = {w.lower() for w in rest.split()}
            if owner_kind and rest_words <= self.rules.generic_org_words:
                name = self.clean_name(surface, "organization")
                return owner_mentions + [Mention(name, "organization", surface, start, end, label=label)]
            rest_start = end - len(rest)
            return owner_mentions + self._from_span(text, rest, rest_start, end, label, hint)
        name = self.clean_name(surface, hint if hint in MODEL_KINDS else None)
        if not name:
            return []
        entry = self.registry.lookup(name)
        if entry is not None:
            return [Mention(entry.name, entry.kind, surface, start, end, label=label, from_registry=True)]
        cue = self._place_cue(text, start, end)
        if hint == "nationality" or (hint == "place" and not self.gaz.lookup(name)):
            country = self.demonym_country(name)
            if country:
                return [Mention(country, "place", surface, start, end, label=label)]
            if hint == "nationality":
                return []
        if hint == "candidate":
            if self.gaz.lookup(name) or cue:
                return [Mention(name, "place", surface, start, end, label=label, cue_place=cue)]
            return []
        org_cue = self._org_cue(text, surface, end)
        if org_cue and not cue:
            return [Mention(name, "organization", surface, start, end, label=label, cue_org=True)]
        return [Mention(name, hint, surface, start, end, label=label, cue_place=cue)]

    def _from_propn(self, text: str, start: int, end: int) -> list[Mention]:
        surface = text[start:end]
        name = self.clean_name(surface, None)
        entry = self.registry.lookup(name)
        if entry is not None:
            return [Mention(entry.name, entry.kind, surface, start, end, label="REGISTRY", from_registry=True)]
        place = self.gaz.lookup(name)
        cue = self._place_cue(text, start, end)
        if place and (place.kind in ("country", "region", "continent") or place.population >= 100_000 or cue):
            return [Mention(place.name if place.kind == "country" else name, "place", surface, start, end, label="GAZETTEER", cue_place=cue)]
        return []

    def _acceptable(self, m: Mention) -> bool:
        if m.from_registry:
            return True
        name = m.name
        if len(name) < 2 or not name[0].isupper() or not any(c.isalpha() for c in name):
            return False
        if self.registry.is_blocked(name) or self.registry.is_blocked(m.surface):
            return False
        if len(name.split()) > 8:
            return False
        return True

    def analyse(self, title: str, text: str, raw: RawDoc) -> ArticleAnalysis:
        mentions = self.mentions(text, raw)
        analysis = ArticleAnalysis()
        # Acronyms defined in the text: "Rapid Support Forces (RSF)".
        for match in _ACRONYM_DEF.finditer(text):
            long, short = self.clean_name(match.group("long"), None), match.group("short").replace(".", "")
            words = long.split()
            # The long form may carry extra leading words ("the paramilitary Rapid ..."): trim to match initials.
            for i in range(len(words)):
                candidate = " ".join(words[i:])
                if initials(candidate) == short.upper():
                    analysis.acronyms[short] = candidate
                    break
        canonical = self._canonical_names(mentions, analysis.acronyms)
        groups: dict[str, list[Mention]] = defaultdict(list)
        display: dict[str, str] = {}
        for m in mentions:
            target = canonical.get(name_key(m.name), m.name)
            key = name_key(target)
            groups[key].append(m)
            display.setdefault(key, target)
        lede_end = text.find("\n\n") if "\n\n" in text else len(text)
        for key, items in groups.items():
            kind = self._vote_kind(display[key], items)
            if kind is None:
                continue
            surfaces = sorted({m.surface for m in items} | {display[key]}, key=lambda s: (-len(s), s))
            analysis.entities.append(
                ArticleEntity(
                    name=display[key],
                    kind=kind,
                    count=len(items),
                    first=min(m.start for m in items),
                    surfaces=surfaces,
                    in_headline=any(_contains(title, s) for s in surfaces),
                    in_lede=any(m.start < lede_end for m in items),
                )
            )
        for ent in analysis.entities:
            ent.score = round(ent.count + (3.0 if ent.in_headline else 0.0) + (1.5 if ent.in_lede else 0.0) + 1.0 / (1 + ent.first / 500), 4)
        analysis.entities.sort(key=lambda e: (-e.score, e.first, e.name))
        analysis.full_names = sorted({e.name for e in analysis.entities if e.kind == "person" and len(e.name.split()) >= 2})
        return analysis

    def _canonical_names(self, mentions: list[Mention], acronyms: dict[str, str]) -> dict[str, str]:
        """name key -> canonical name, for surnames and acronyms in one article."""
        mapping: dict[str, str] = {}
        full_people = []
        for m in mentions:
            if len(m.name.split()) >= 2 and (m.kind == "person" or m.label == "PERSON") and not m.from_registry:
                if m.name not in full_people:
                    full_people.append(m.name)
        org_names = {m.name for m in mentions if m.kind == "organization" or m.from_registry}
        for m in mentions:
            key = name_key(m.name)
            if key in mapping or m.from_registry:
                continue
            tokens = m.name.split()
            if len(tokens) <= 2 and m.name not in full_people and (m.kind in ("person", None) or m.label in ("PERSON", "ORG", "GPE")):
                owners = [p for p in full_people if p.split()[-len(tokens):] == tokens and p != m.name]
                if len(owners) == 1 and not self.gaz.country(m.name):
                    mapping[key] = owners[0]
                    continue
            bare = m.name.replace(".", "")
            if _is_acronym(m.name):
                if bare in acronyms:
                    mapping[key] = acronyms[bare]
                    continue
                longs = sorted(n for n in org_names if n != m.name and len(n.split()) > 1 and initials(n) == bare)
                if len(longs) == 1:
                    mapping[key] = longs[0]
        # Registry aliases of a long form win (e.g. the long form itself is registered).
        for key, target in list(mapping.items()):
            entry = self.registry.lookup(target)
            if entry is not None:
                mapping[key] = entry.name
        return mapping

    def _vote_kind(self, name: str, items: list[Mention]) -> str | None:
        registered = [m.kind for m in items if m.from_registry]
        if registered:
            return registered[0]
        if any(m.cue_place for m in items):
            return "place"
        if any(m.cue_org for m in items):
            return "organization"
        place = self.gaz.lookup(name)
        labels = Counter(m.kind for m in items if m.kind in MODEL_KINDS)
        if place is not None and place.kind in ("country", "continent"):
            return "place"
        if place is not None and labels.get("person", 0) <= labels.get("place", 0) + labels.get("organization", 0):
            return "place"
        if place is not None and len(name.split()) == 1 and place.kind == "region":
            return "place"
        if not labels:
            return None
        best = max(labels.values())
        for m in items:  # ties: the first mention's label
            if m.kind in MODEL_KINDS and labels[m.kind] == best:
                return m.kind
        return None


def _contains(haystack: str, needle: str) -> bool:
    if not needle:
        return False
    return re.search(rf"(?<![\w]){re.escape(needle)}(?![\w])", haystack) is not None
