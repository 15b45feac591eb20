"""From one article's raw model output to canonical entity mentions.

Rules, in order (each is tested in tests/test_entities_resolve.py):
1. Only the body goes through the model; headline mentions are found by
   matching names already found, so title-case headline words never become
   entities ("Varenian Forces Reportedly").
2. Names are normalised: a leading "the" (not the capitalised "The" of a
   city such as "The Vellin"), a trailing possessive, titles such as
   "President", trailing lowercase words ("Civic Dawn party") and amounts
   ("Kessler 500 million"); a region keeps no unit word ("Orvel State"); a
   possessive inside a known place name does not split it ("Hale's Landing"); a
   person's span that stops at a particle grows over the next word
   ("Liesel von der" + "Marwitz"). Events ("... Film Festival"), quoted
   nicknames and common words that merely open a sentence ("Drought kills")
   are not entities, nor a generic word ("Fisheries Minister", "Commission")
   unless it stands alone mid-sentence ("the Kestrel government"). One span
   holding two names joined by "and" is split when each side is a known
   place or written alone elsewhere; a person span followed by one unknown
   word takes it ("Lê Quang" + "Thảo"); an organization right after "the X
   and " starts at X ("the Harbour and Canal Authority ..."); a possessive
   owner that is an organization stays one ("the Revenue Department's
   Office ..."); a direction keeps its unit word ("Western Province").
3. Nationality words resolve to their country ("South Korean" -> South Korea).
4. A span the model tagged only in part grows to the capitalised run around
   it ("Korvane" -> "DL Korvane").
5. The gazetteer and context correct types: "the village of X", "the company
   X", "X coach", "coach X" (cue words in entity_rules.yml); labels such as
   PRODUCT survive only when the name is a known place (Tarnwick). A known city
   the model reads as a place stays one before a company word ("the
   Tarnwick bank" names where the bank is).
6. Proper nouns the model missed are added when they are known places,
   registry names, or people named by a cue or a lone surname.
7. Short forms resolve to the long form of the same article: surnames and
   first names to the full name, acronyms and bracketed short names to the
   name they abbreviate ("Aceros Varenses (Acevar)", KD ~ Kessler Dynamics;
   never from a connector or a country owner: "Varenia's Coastal ... (CRA)"),
   one word to the organization it starts or ends (or the CamelCase name it
   starts: "Norvex" -> "NorvexPetro"), a longer name's head plus organization
   words or its tail ("Harlan Foundation"), "Fisheries Department" to
   "Department of Fisheries", "Varenia" (or a word the gazetteer does not know,
   "Korea") to the longer country named, a bare feature name to its place
   ("Orrin" -> "Orrin Peninsula"). Acronyms may take more than first letters
   ("NORVAC") and leave out a trailing "of <place>" ("HCA"); capitals between
   commas after an organization define one ("..., SEMA,"). A country word
   the model reads as a person is a surname ("Malta" of "Ivo Malta");
   a known place the model reads as one is no first name; a known place the
   model reads as an organization every time is a club's short form
   ("Alstad"). A full name read as a person stays one when the model
   misreads its surname alone ("Van Dorn" as an organization). One word the
   gazetteer does not know is the one longer name holding it, whatever the
   types ("City" of "Halvorsen City"); a known town plus a club word
   (club_words) is a club, and the bare town its short form unless the text
   puts it after "in", "to", "from", "near" or "of". Acronym definitions may
   hold a comma when the initials match ("Aldren Weather, Ocean ... (AWOSS)");
   a span opening with "the" grows to the capitalised run after it; a title
   only people bear makes a span read as an organization a person ("King X").
8. The registry wins over everything: canonical name, type, blocked names.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newsdigest.entities.gazetteer import Gazetteer
from newsdigest.entities.ner import RawDoc
from newsdigest.entities.propernames import capitalised_runs
from newsdigest.entities.registry import Registry, name_key
from newsdigest.entities.rules import EntityRules

_DIRECTIONS = ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_POSSESSOR_SPLIT = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<rest>[A-Z].*)$")
_ACRONYM_DEF = re.compile(
    r"(?P<long>(?:[A-Z][\w’'&.-]*)(?:,?\s+(?:of|the|and|for|on|in|de|du|des|la|le|&|[A-Z][\w’'&.-]*)){1,12})\s*\(\s*(?P<short>[A-Z][A-Za-z0-9&.-]{1,15})\s*\)"
)
_OWNER_BEFORE = re.compile(r"(?P<words>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)(?P<mark>['’])s\s+(?:the\s+)?$")
_CONNECTORS = {"of", "the", "and", "for", "on", "de", "du", "des", "la", "le", "&", "in", "to", "at"}
_DEMONYM_ENDINGS = (("ians", "ia"), ("ians", "e"), ("ian", "ia"), ("ian", "e"), ("ian", ""), ("ans", "a"), ("an", "a"), ("ns", ""),
                    ("n", ""), ("an", ""), ("ese", "a"), ("ese", ""), ("is", ""), ("i", ""), ("ish", ""), ("ic", "y"), ("s", ""))
MODEL_KINDS = ("person", "place", "organization")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;]['\"’”)]?|[\n\"“‘(\[])\s*$")
_QUOTE_PAIRS = {'"': '"', "“": "”", "‘": "’", "'": "'"}
_NAME_WORDS = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*"
_CONJOINED = re.compile(rf"(?:(?:the|The) )?(?P<a>{_NAME_WORDS}) and (?P<b>{_NAME_WORDS})")


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
    cue_person: bool = False
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
        if not self._named_with_the(name):
            name = re.sub(r"^(?:the|The|THE)\s+", "", name)
        name = _POSSESSIVE.sub("", name).rstrip("'’")
        tokens = name.split()
        if kind_hint in (None, "person"):
            while len(tokens) > 1 and tokens[0].rstrip(".").lower() in self.rules.honorifics:
                tokens = tokens[1:]
        while len(tokens) > 1 and tokens[-1].islower() and tokens[-1] in self.rules.trailing_generic_words | _CONNECTORS:
            tokens = tokens[:-1]
        # "Kessler 500 million": a number and the lowercase words after it are not part of the name.
        for i in range(1, len(tokens) - 1):
            if re.fullmatch(r"[$€£]?\d[\d.,]*", tokens[i]) and all(t.islower() for t in tokens[i + 1 :]):
                tokens = tokens[:i]
                break
        return " ".join(tokens)

    def _named_with_the(self, name: str) -> bool:
        """"The Vellin": a city whose name starts with a capitalised "The"."""
        if not name.startswith("The "):
            return False
        place = self.gaz.lookup(name)
        return place is not None and place.kind == "city" and place.population > 0

    def region_with_unit(self, name: str) -> str | None:
        """"Orvel State", "Tavara Prefecture" -> the region's name: a capitalised
        unit word (place_cues_after) after a name the gazetteer knows."""
        words = name.split()
        if len(words) < 2 or words[-1].lower() not in self.rules.place_cues_after or not words[-1][0].isupper():
            return None
        base = " ".join(words[:-1])
        if base in _DIRECTIONS:  # "Western Province": a bare direction is no name
            return None
        place = self.gaz.lookup(base)
        return base if place is not None and place.kind in ("region", "city") else None

    def is_event(self, name: str) -> bool:
        """"Velmora Film Festival", "Orrin Cup": events are not entities."""
        words = name.split()
        return len(words) > 1 and words[-1] in self.rules.event_words

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

    def _org_cue(self, text: str, start: int, surface: str, end: int) -> bool:
        """"the Wagner group", "the M12 rebel group", "the company Norvex"."""
        last = surface.split()[-1] if surface.split() else ""
        if last.islower() and last in self.rules.org_cues_after:
            return True
        following = re.match(r"\s+([a-z-]+)(?:\s+([a-z]+))?", text[end : end + 40])
        if following:
            word, then = following.groups()
            if word in self.rules.org_cues_after or (word in self.rules.org_cue_modifiers and then in self.rules.org_cues_after):
                return True
        return _cue_before(text, start, self.rules.org_cues_before)

    def _person_cue(self, text: str, start: int, end: int) -> bool:
        """"coach Anton Vell", "Anton Vell equalised"."""
        after = text[end : end + 40].lower().lstrip()
        if any(re.match(rf"{re.escape(cue)}\b", after) for cue in self.rules.person_cues_after):
            return True
        return _cue_before(text, start, self.rules.person_cues_before)

    def is_generic_org(self, name: str) -> bool:
        words = [w.lower() for w in name.split()]
        return bool(words) and all(w in self.rules.generic_org_words for w in words)

    def has_org_word(self, name: str) -> bool:
        return any(w in self.rules.org_name_words for w in re.split(r"[\s-]+", name))

    # -- one article -------------------------------------------------------
    def mentions(self, text: str, raw: RawDoc) -> list[Mention]:
        out: list[Mention] = []
        covered: list[tuple[int, int]] = []
        # Multi-word country names the model tends to split
        # ("Democratic Republic" + "Republic of Varenia").
        countries = [(m.start(), m.end(), m.group(0)) for m in self.gaz.multiword_country_pattern().finditer(text)]
        for start, end, surface in countries:
            inside_longer = any(s <= start and end <= e and (e - s) > (end - start) and self.rules.labels.get(l) == "organization"
                                for s, e, l in raw.ents)
            if not inside_longer:
                out.append(Mention(self.gaz.country(surface).name, "place", surface, start, end, label="GAZETTEER"))
                covered.append((start, end))
        runs = capitalised_runs(text)
        ents = self._joined_particles(text, sorted(raw.ents))
        ents = self._split_conjoined(text, self._joined_name_parts(text, ents))
        ents = self._with_leading_and_word(text, ents)
        for start, end, label in self._joined_places(text, self._extend_to_runs(text, ents, runs)):
            hint = self.rules.labels.get(label)
            if hint is None:
                continue
            lead = re.match(r"(?:the|The)\s+", text[start:end])
            if lead and not self._named_with_the(text[start:end]):  # "the North Koreans": the article word is not part of the name
                start += lead.end()
            if any(s < end and start < e for s, e in covered):
                continue
            surface = text[start:end]
            if "\n" in surface:
                continue
            if (_quoted(text, start, end) or self._common_word_opening_sentence(text, start, end)) and not self.registry.lookup(surface):
                continue
            out.extend(self._from_span(text, surface, start, end, label, hint))
            covered.append((start, end))
        for start, end in runs:
            if any(s < end and start < e for s, e in covered):
                continue
            out.extend(self._from_propn(text, start, end))
        return [m for m in out if self._acceptable(m)]

    def _common_word_opening_sentence(self, text: str, start: int, end: int) -> bool:
        """"Drought kills more cattle ...": one word that opens a sentence and
        that the text writes in lowercase elsewhere, never capitalised mid-sentence
        but inside a longer name ("Vintners' groups ..." beside "National Vintners' Federation")."""
        word = text[start:end]
        if " " in word or not word.isalpha() or not _OPENS_SENTENCE.search(text[max(0, start - 4) : start]):
            return False
        if not re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
            return False
        return not any(not _OPENS_SENTENCE.search(text[max(0, m.start() - 4) : m.start()]) and not _in_longer_name(text, m.start(), m.end())
                       for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))

    def _joined_particles(self, text: str, ents: list) -> list:
        """"Liesel von der" + "Marwitz": a person's span that stops at a lowercase
        particle grows over the capitalised word after it, swallowing any span there."""
        out: list = []
        skip_until = -1
        for start, end, label in ents:
            if start < skip_until:
                continue
            words = text[start:end].split()
            if label == "PERSON" and len(words) > 1 and words[-1] in self.rules.name_particles:
                nxt = re.match(r" ([A-Z][\w’'-]*)", text[end : end + 40])
                if nxt:
                    end = end + nxt.end()
                    skip_until = end
            out.append((start, end, label))
        return out

    def _joined_name_parts(self, text: str, ents: list) -> list:
        """"Lê Quang" (PERSON) + "Thảo" (GPE): a person's span followed, one
        space on, by a one-word span the gazetteer does not know is one name."""
        out: list = []
        for start, end, label in ents:
            if out and out[-1][2] == "PERSON" and label != "PERSON" and text[out[-1][1] : start] == " ":
                word = text[start:end]
                if (re.fullmatch(r"[^\W\d_][\w'’-]*", word) and word[0].isupper() and not self.gaz.lookup(word)
                        and not self.demonym_country(word) and not self.has_org_word(word)):
                    out[-1] = (out[-1][0], end, "PERSON")
                    continue
            out.append((start, end, label))
        return out

    def _split_conjoined(self, text: str, ents: list) -> list:
        """"Halvex and Norvex", "Tarvos and Orvel": one span holding two
        names joined by "and" is two names when each side is a known place or
        is written on its own elsewhere in the text."""
        out: list = []
        for start, end, label in ents:
            found = _CONJOINED.fullmatch(text[start:end])
            if found:
                sides = [(start + found.start(g), start + found.end(g)) for g in ("a", "b")]
                if all(self._known_alone(text, s, e) for s, e in sides):
                    for s, e in sides:
                        place = self.gaz.lookup(text[s:e])
                        out.append((s, e, "GPE" if place is not None and self.rules.labels.get(label) != "organization" else label))
                    continue
            out.append((start, end, label))
        return out

    def _known_alone(self, text: str, start: int, end: int) -> bool:
        name = text[start:end]
        if self.gaz.lookup(name) is not None:
            return True
        pattern = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
        return any(not (start <= m.start() < end) and not _in_longer_name(text, m.start(), m.end()) for m in re.finditer(pattern, text))

    def _with_leading_and_word(self, text: str, ents: list) -> list:
        """"the Harbour and Canal Authority of Port Aldren" read as "Canal Authority
        of Port Aldren": an organization's span right after "the X and ", where X
        is a capitalised word no span holds, starts at X."""
        out: list = []
        taken = [(s, e) for s, e, _ in ents]
        for start, end, label in ents:
            if self.rules.labels.get(label) == "organization":
                before = re.search(r"(?:^|[^\w])(?:the|The) ([A-Z][a-z]+) and $", text[max(0, start - 40) : start])
                if before:
                    word = before.group(1)
                    w_start = start - len(" and ") - len(word)
                    if (not any(s <= w_start < e for s, e in taken) and not self.gaz.lookup(word) and not self.demonym_country(word)):
                        start = w_start
            out.append((start, end, label))
        return out

    def _extend_to_runs(self, text: str, ents: list, runs: list[tuple[int, int]]) -> list:
        """The model often tags only part of a name ("Korvane" in "DL Korvane",
        "Mira Solvej" in "Mira Solvej Andersdottir"): a span grows to the whole
        capitalised run around it when that run holds no other model span
        and the added words are not titles ("Industry Minister Brandt").
        A nationality word grows only into an organization's name ("the
        company Norvish Timber"), never into "Norvish Sea"."""
        out = []
        for start, end, label in ents:
            # "the Anton Pell" in "the Anton Pell Memorial Stadium": the run starts after the article word.
            lead = re.match(r"(?:the|The) ", text[start:end])
            core = (start + lead.end(), end) if lead and not self._named_with_the(text[start:end]) else (start, end)
            run = next(((s, e) for s, e in runs if s <= core[0] and core[1] <= e and (s, e) != core), None)
            if run is not None and self._may_extend(text, core, run, ents, own=(start, end)):
                if label != "NORP":
                    start, end = run
                elif self._org_cue(text, run[0], text[run[0] : run[1]], run[1]) or self.has_org_word(text[run[0] : run[1]]):
                    start, end, label = run[0], run[1], "ORG"
            out.append((start, end, label))
        return out

    def _may_extend(self, text: str, span: tuple[int, int], run: tuple[int, int], ents: list, own: tuple[int, int] | None = None) -> bool:
        (start, end), (run_start, run_end) = span, run
        # Whole words only: "Tarnwick" does not become "Tarnwick-based".
        if (start > run_start and text[start - 1] != " ") or (end < run_end and text[end] != " "):
            return False
        if any(s < run_end and run_start < e and (s, e) not in (span, own) for s, e, _ in ents):
            return False  # "Varenian President Ilse Marrow": two names
        added = (text[run_start:start] + " " + text[end:run_end]).split()
        return not any(w.rstrip(".").lower() in self.rules.honorifics for w in added)

    def _registry_hit(self, text: str, surface: str, end: int):
        """The registry sees the name before any normalisation ("Kessler's")."""
        bare = re.sub(r"^(?:the|The)\s+", "", surface.strip())
        for candidate in (bare, bare + text[end : end + 2] if text[end : end + 2] in ("'s", "’s") else None):
            if candidate:
                entry = self.registry.lookup(candidate)
                if entry is not None:
                    return entry
        return None

    def _from_span(self, text: str, surface: str, start: int, end: int, label: str, hint: str) -> list[Mention]:
        if " (" in surface:  # "Northern Seas Council (NSC": the name stops at the bracket
            surface = surface.split(" (", 1)[0]
            end = start + len(surface)
        entry = self._registry_hit(text, surface, end)
        if entry is not None:
            return [Mention(entry.name, entry.kind, surface, start, end, label=label, from_registry=True)]
        # "Varenia's Border Police": the possessor is its own mention;
        # a generic organization name stays qualified by it.
        split = _POSSESSOR_SPLIT.match(surface)
        known = self.gaz.lookup(self.clean_name(surface, None)) if split else None
        if known is not None and known.kind in ("city", "region"):  # "Hale's Landing" is one place
            return [Mention(self.clean_name(surface, None), "place", surface, start, end, label="GAZETTEER", cue_place=True)]
        if split and hint in ("organization", "candidate", "place", "nationality"):
            owner, rest = split.group("owner"), split.group("rest")
            owner_end = start + len(owner)
            owner_kind = "place" if (self.gaz.lookup(owner) or self.demonym_country(owner)) else None
            if owner_kind is None and self.has_org_word(owner):  # "the Revenue Department's Office of ..."
                owner_kind = "organization"
            owner_label = "GPE" if owner_kind == "place" else "ORG"
            owner_mentions = [Mention(self.clean_name(owner, owner_kind), owner_kind, owner, start, owner_end, label=owner_label)] if owner_kind else []
            rest_words = {w.lower() for w in rest.split()}
            if owner_kind == "place" and rest_words <= self.rules.generic_org_words:
                name = self.clean_name(surface, "organization")
                return owner_mentions + [Mention(name, "organization", surface, start, end, label=label)]
            rest_start = end - len(rest)
            return owner_mentions + self._from_span(text, rest, rest_start, end, label, hint)
        if hint == "organization" and self._titled_person(surface):  # "King Aldric IV" read as an organization
            hint = "person"
        name = self.clean_name(surface, hint if hint in MODEL_KINDS else None)
        if not name:
            return []
        region = self.region_with_unit(name)
        if region is not None:
            return [Mention(region, "place", surface, start, end, label=label, cue_place=True)]
        if hint == "organization" and self.is_generic_org(name):
            owner = self._possessive_place_before(text, start)
            if owner:
                return [Mention(f"{owner} {name}", "organization", surface, start, end, label=label)]
        entry = self.registry.lookup(name)
        if entry is not None:
            return [Mention(entry.name, entry.kind, surface, start, end, label=label, from_registry=True)]
        cue = self._place_cue(text, start, end)
        country = self.gaz.country(name) if hint in ("place", "candidate") else None
        if country is not None:  # "VR", "Federal Republic of Varenia" -> the country's common name
            return [Mention(country.name, "place", surface, start, end, label=label)]
        org_cue = self._org_cue(text, start, surface, end)
        if hint == "place" and name.replace(".", "").isupper() and len(name) <= 5 and not self.gaz.lookup(name) and not org_cue:
            return []  # "AI", "GPU": acronyms are not places unless the gazetteer or a cue says so
        if hint == "nationality" or (hint == "place" and not self.gaz.lookup(name)):
            country = self.demonym_country(name)
            if country:
                return [Mention(country, "place", surface, start, end, label=label)]
            if hint == "nationality":  # "the town of Marbek" read as a people's name
                return [Mention(name, "place", surface, start, end, label=label, cue_place=True)] if cue else []
        if hint == "candidate":
            if self.gaz.lookup(name) or cue:
                return [Mention(name, "place", surface, start, end, label=label, cue_place=cue)]
            return []
        person_cue = self._person_cue(text, start, end)
        if not cue and org_cue != person_cue:  # the context settles the type
            kind = "organization" if org_cue else "person"
            return [Mention(name, kind, surface, start, end, label=label, cue_org=org_cue, cue_person=person_cue)]
        return [Mention(name, hint, surface, start, end, label=label, cue_place=cue)]

    _PERSON_TITLES = ("King", "Queen", "Prince", "Princess", "Pope", "Sheikh", "Emir", "Sultan", "President", "Mr", "Mrs", "Ms")

    def _titled_person(self, surface: str) -> bool:
        """"King Aldric IV": a title only people bear, then one to three
        capitalised words with no organization word and no known place."""
        words = re.sub(r"^(?:the|The)\s+", "", surface.strip()).split()
        if len(words) < 2 or len(words) > 4 or words[0].rstrip(".") not in self._PERSON_TITLES:
            return False
        rest = " ".join(words[1:])
        return all(w[:1].isupper() for w in words[1:]) and not self.has_org_word(rest) and self.gaz.lookup(rest) is None

    def _is_place_word(self, owner: str) -> bool:
        """"Varenia", "Varenian": a place or nationality (not "Orvel People" in "Orvel People's Liberation Front")."""
        return bool(self.gaz.lookup(owner) or self.demonym_country(owner))

    def _possessive_place_before(self, text: str, start: int) -> str | None:
        """"Varenia's " right before a name -> "Varenia's". The longest run of
        capitalised words that is a place wins, so a sentence's last word
        ("since March. Varenia's Energy Ministry") is not taken for part of it."""
        found = _OWNER_BEFORE.search(text[max(0, start - 60) : start])
        if not found:
            return None
        words = found.group("words").split()
        for i in range(len(words)):
            owner = " ".join(words[i:])
            if self.gaz.lookup(owner) or self.demonym_country(owner):
                return f"{owner}{found.group('mark')}s"
        return None

    _JOINERS = ("do", "da", "de", "dos", "das", "del", "di", "du", "des", "la", "le", "sur", "am", "an", "im", "upon", "on", "of")

    def _joined_places(self, text: str, ents: list) -> list:
        """Place names the model split at a particle: "São Aurélio" + "do" + "Tarvá"."""
        out: list = []
        for start, end, label in ents:
            if out:
                p_start, p_end, p_label = out[-1]
                between = text[p_end:start]
                joined = text[p_start:end]
                if re.fullmatch(r"\s+(?:%s)\s+" % "|".join(self._JOINERS), between) and self.gaz.lookup(joined):
                    out[-1] = (p_start, end, "GPE")
                    continue
            out.append((start, end, label))
        return out

    def _from_propn(self, text: str, start: int, end: int) -> list[Mention]:
        surface = text[start:end]
        name = self.clean_name(surface, None)
        entry = self.registry.lookup(name)
        if entry is not None:
            return [Mention(entry.name, entry.kind, surface, start, end, label="REGISTRY", from_registry=True)]
        if len(name) < 4 or name.replace(".", "").isupper():
            return []  # acronyms and short words ("AI", "GPU") collide with place names
        if self.demonym_country(name):
            return []  # "Velmoran forces": a nationality word, not the region of that name
        place = self.gaz.lookup(name)
        cue = self._place_cue(text, start, end)
        if place and (place.kind in ("country", "region", "continent") or place.population >= 100_000 or cue):
            return [Mention(place.name if place.kind == "country" else name, "place", surface, start, end, label="GAZETTEER", cue_place=cue)]
        if cue and len(name.split()) <= 3:  # "the village of Ozerianka", "Orvel region"
            return [Mention(name, "place", surface, start, end, label="CUE", cue_place=True)]
        return self._missed_person(text, surface, start, end)

    def _missed_person(self, text: str, surface: str, start: int, end: int) -> list[Mention]:
        """A person the model missed: two to four capitalised words after any
        title ("Finance Minister Jan Orvel" -> "Jan Orvel"), named so by a cue
        ("coach Jan Orvel") or by the surname standing alone elsewhere in the
        text ("... Orvel said"), which company and place names rarely do."""
        words = surface.split()
        titles = [i for i, w in enumerate(words) if w.rstrip(".").lower() in self.rules.honorifics]
        words = words[titles[-1] + 1 :] if titles else words
        if not 2 <= len(words) <= 4 or not all(re.fullmatch(r"[^\W\d_][\w'’-]*", w) and w[0].isupper() for w in words):
            return []
        name = " ".join(words)
        last_place = self.gaz.lookup(words[-1])  # "Lake Kivra"; many surnames are also towns ("Ventura")
        if self.has_org_word(name) or (last_place and last_place.kind != "city") or self.demonym_country(words[0]):
            return []
        if any(w in self.rules.non_person_words for w in words):
            return []
        name_start = end - len(name)
        surname = rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])"
        alone = len(re.findall(surname, text)) > len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
        if not (alone or self._person_cue(text, name_start, end)):
            return []
        return [Mention(name, "person", name, name_start, end, label="PROPN", cue_person=True)]

    def _acceptable(self, m: Mention) -> bool:
        if m.from_registry:
            return True
        name = m.name
        if len(name) < 2 or not name[0].isupper() or not any(c.isalpha() for c in name):
            return False
        if self.registry.is_blocked(name) or self.registry.is_blocked(m.surface):
            return False
        if len(name.split()) > 8 or self.is_event(name):
            return False
        return True

    def analyse(self, title: str, text: str, raw: RawDoc) -> ArticleAnalysis:
        mentions = self.mentions(text, raw)
        analysis = ArticleAnalysis()
        mentions = self._apply_definitions(text, mentions, analysis.acronyms)
        self._apply_appositions(text, mentions, analysis.acronyms)
        canonical = self._canonical_names(mentions, analysis.acronyms, text)
        groups: dict[str, list[Mention]] = defaultdict(list)
        display: dict[str, str] = {}
        for m in mentions:
            target = canonical.get(name_key(m.name), m.name)
            if target is None:  # dropped (a bare generic word such as "Commission")
                continue
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

    def _apply_definitions(self, text: str, mentions: list[Mention], acronyms: dict[str, str]) -> list[Mention]:
        """"Long Name (SHORT)": SHORT becomes an alias of Long Name, and the
        model's pieces of Long Name at that spot become one mention of it."""
        for match in _ACRONYM_DEF.finditer(text):
            short = match.group("short").replace(".", "")
            long_start, long_end = match.start("long"), match.end("long")
            words = [(w.start() + long_start, w.group(0)) for w in re.finditer(r"\S+", match.group("long"))]
            inside = [m for m in mentions if long_start <= m.start and m.end <= long_end]
            # Where the name starts: the first word the model tagged, or the
            # suffix whose initials spell the short form, or the whole phrase.
            begin, by_initials = None, False
            for i, (pos, word) in enumerate(words):
                if not word[0].isupper():  # "Halvex and Kessler Heavy Industries (KHI)": not from "and"
                    continue
                phrase = match.group("long")[pos - long_start :]
                if initials(phrase) == short.upper() or initials_with_connectors(phrase) == short.upper():
                    begin, by_initials = pos, True
                    break
            if begin is None and "," in match.group("long"):
                # "Aldren Weather, Ocean and ... (AWOSS)": a comma
                # inside the name only when the initials say so; else what follows it.
                after_comma = long_start + match.group("long").rindex(",") + 1
                inside = [m for m in inside if m.start >= after_comma]
            if begin is None and inside:
                begin = min(m.start for m in inside)
            if begin is None:
                continue
            # "Varenia's Coastal Rescue Authority (CRA)": the
            # owner is its own mention unless the rest is generic ("Varenia's Interior Ministry").
            owned = _POSSESSOR_SPLIT.match(text[begin:long_end])
            if owned and self._is_place_word(owned.group("owner")) and not self.is_generic_org(owned.group("rest")):
                begin = long_end - len(owned.group("rest"))
            long = self.clean_name(text[begin:long_end], None)
            if not long or len(long.split()) < 2 or not (short.isupper() or inside):
                continue
            if self.registry.lookup(long):
                long = self.registry.lookup(long).name
            if not short.isupper() and not self._is_short_name(short, long, inside):
                continue
            acronyms[short] = long
            swallowed = [m for m in mentions if begin <= m.start and m.end <= long_end]
            if swallowed:
                kind = "organization" if any(m.kind == "organization" for m in swallowed) or self.has_org_word(long) else None
                mentions = [m for m in mentions if m not in swallowed]
                # A defined organization keeps its type when the model misreads
                # the short form ("Elnorva" as a person).
                mentions.append(Mention(long, kind, text[begin:long_end], begin, long_end, label="DEFINED", cue_org=kind == "organization"))
        return sorted(mentions, key=lambda m: (m.start, m.end))

    def _apply_appositions(self, text: str, mentions: list[Mention], acronyms: dict[str, str]) -> None:
        """"The Velmoran Securities Market Authority, SEMA, said": an
        organization's name followed by capitals between commas defines them
        when the capitals are drawn, in order, from the starts of its words."""
        for m in mentions:
            if m.kind != "organization" and m.label not in ("ORG", "DEFINED"):
                continue
            found = re.match(r",\s+([A-Z]{2,8}),", text[m.end : m.end + 14])
            if not found or found.group(1) in acronyms or len(m.name.split()) < 2:
                continue
            short = found.group(1)
            if self.gaz.lookup(short) is None and acronym_fits(short, m.name, skip=True):
                acronyms[short] = m.name

    def _is_short_name(self, short: str, long: str, inside: list[Mention]) -> bool:
        """A bracketed word that is not all capitals ("Aceros Varenses
        (Acevar)") is a short name only after an organization, and only if it
        is not itself a place: "Tomas Brandt (Varenia)" says where he is from."""
        if " " in short or self.gaz.lookup(short) or self.demonym_country(short):
            return False
        return self.has_org_word(long) or any(m.kind == "organization" for m in inside)

    def _canonical_names(self, mentions: list[Mention], acronyms: dict[str, str], text: str = "") -> dict[str, str | None]:
        """name key -> canonical name (None: drop) for short forms in one article."""
        mapping: dict[str, str | None] = self._short_country_folds(mentions)
        full_people = self._full_people(mentions)
        org_names = {m.name for m in mentions if m.kind == "organization" or m.label in ("ORG", "DEFINED")}
        orgs = sorted(n for n in org_names if len(n.split()) > 1)
        one_word_orgs = sorted(n for n in org_names if len(n.split()) == 1)
        qualified = sorted({m.name for m in mentions if re.search(r"['’]s ", m.name) and self.is_generic_org(m.name.split("s ", 1)[-1])})
        place_names = sorted({m.name for m in mentions if m.kind == "place" and len(m.name.split()) > 1})
        for m in mentions:
            key = name_key(m.name)
            if key in mapping or m.from_registry:
                continue
            bare = m.name.replace(".", "")
            if bare in acronyms:  # "KD", or "Acevar" defined as "Aceros Varenses (Acevar)"
                mapping[key] = acronyms[bare]
                continue
            if _is_acronym(m.name):
                longs = [n for n in orgs if n != m.name and initials(n) == bare]
                if not longs:  # "NORVAC", "HCA" for "Harbour and Canal Authority of Port Aldren"
                    longs = [n for n in orgs if n != m.name and acronym_fits(bare, n)]
                if len(longs) == 1:
                    mapping[key] = longs[0]
                    continue
            longer = self._longer_org(m.name, orgs)
            if longer is not None:
                mapping[key] = longer
                continue
            if self.is_generic_org(m.name):
                # "the Defence Ministry" after "Varenia's Defence Ministry".
                owners = [q for q in qualified if name_key(q).endswith(" " + key)]
                if len(owners) == 1:
                    mapping[key] = owners[0]
                elif len(m.name.split()) == 1 and not owners and not self._stands_alone(text, m.name):
                    # "Commission", "Ministry", "Fisheries Minister": not an entity on
                    # its own; "the Kestrel government", a party, is.
                    mapping[key] = None
                continue
            # A country word the model reads as a person is a surname ("Ivo
            # Malta ... Malta said"); a known place the model reads as one
            # is no first name ("Tarnwick" beside "Tarnwick Wildfire").
            read_as_place = self.rules.labels.get(m.label) == "place" and self.gaz.lookup(m.name) is not None
            if (m.label == "PERSON" or not self.gaz.country(m.name)) and not self.has_org_word(m.name):
                parts = name_parts(m.name)
                owners = [p for p in full_people if p != m.name and _contiguous(parts, name_parts(p))
                          and not (read_as_place and name_parts(p)[: len(parts)] == parts)]
                if len(owners) > 1:
                    # Several people share the name: the one named most recently before.
                    last_seen = {p: max((o.start for o in mentions if o.name == p and o.start < m.start), default=-1) for p in owners}
                    best = max(last_seen.values())
                    owners = [p for p in owners if last_seen[p] == best and best >= 0]
                if len(owners) == 1:
                    mapping[key] = owners[0]
                    continue
            same = [o for o in mentions if o.name == m.name]
            longer_place = self._longer_place(m, same, place_names)
            if longer_place is not None:
                mapping[key] = longer_place
                continue
            # A place word that names a club or company of its own ("Alstad coach",
            # "Velmora" that the model reads as an organization each time) is still a short form.
            model_kinds = [o.kind for o in same if o.label in self.rules.labels]
            read_as_org = len(model_kinds) >= 2 and all(k == "organization" for k in model_kinds)
            placeish = (any(o.cue_place for o in same) or ((self.gaz.lookup(m.name) or any(o.kind == "place" for o in same)) and not read_as_org)) \
                and not any(o.cue_org for o in same)
            if len(m.name.split()) == 1 and not placeish and not self.is_generic_org(m.name):
                # "Halvex" after "Halvex Electronics", "Korvane" after "DL Korvane",
                # "Norvex" after "NorvexPetro", whatever the model called the short form.
                owners = [o for o in orgs if o.split()[0] == m.name or o.split()[-1] == m.name]
                owners += [o for o in one_word_orgs if len(o) > len(m.name) and o.startswith(m.name) and o[len(m.name)].isupper()]
                if len(owners) == 1:
                    mapping[key] = owners[0]
                    continue
            whole = self._one_longer_name(m, same, mentions, text)
            if whole is not None:
                mapping[key] = whole
        for key, target in list(mapping.items()):
            entry = self.registry.lookup(target) if target else None
            if entry is not None:
                mapping[key] = entry.name
        return mapping

    def _one_longer_name(self, m: Mention, same: list[Mention], mentions: list[Mention], text: str) -> str | None:
        """"City" after "Halvorsen City", whatever type the model gave either:
        one word is the one longer name of the article that holds it as a whole
        word, when it is no place the gazetteer knows, no nationality, no
        generic word, and no cue calls it a place. A known city is the short
        form of the one club named after it ("Velmora" of "Velmora United")
        when the text never puts it after "in", "to", "from" or "near"."""
        word = m.name
        if len(word.split()) != 1 or self.is_generic_org(word) or self.demonym_country(word) or _is_acronym(word):
            return None
        if any(o.cue_place for o in same):
            return None
        longer = sorted({o.name for o in mentions if len(o.name.split()) > 1 and word in o.name.split()})
        if len(longer) != 1:
            return None
        place = self.gaz.lookup(word)
        if place is None:
            return longer[0]
        if place.kind in ("city", "region") and self.is_club_name(longer[0]) and longer[0].split()[0] == word \
                and not re.search(rf"\b(?:in|to|from|near|of)\s+{re.escape(word)}\b", text):
            return longer[0]
        return None

    def is_club_name(self, name: str) -> bool:
        """"Velmora United", "Velmora City": a known place and a club word,
        where the whole is no place the gazetteer knows ("Tarnwick City")."""
        words = name.split()
        if len(words) < 2 or words[-1] not in self.rules.club_words or self.gaz.lookup(name) is not None:
            return False
        return self.gaz.lookup(" ".join(words[:-1])) is not None

    def _stands_alone(self, text: str, word: str) -> bool:
        """A generic word that names something by itself: not an organization word
        ("Commission"), and written mid-sentence with no capitalised word beside it."""
        if self.has_org_word(word):
            return False
        return any(not _OPENS_SENTENCE.search(text[max(0, m.start() - 4) : m.start()]) and not _in_longer_name(text, m.start(), m.end())
                   for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))

    def _longer_place(self, m: Mention, same: list[Mention], place_names: list[str]) -> str | None:
        """"Orrin" after "Orrin Peninsula", "Kivra" after "Lake Kivra": one word the
        gazetteer does not know, with no cue of its own, is the one longer place
        it names with feature words only (place_feature_words)."""
        if len(m.name.split()) != 1 or self.gaz.lookup(m.name) or any(o.cue_place or o.cue_org for o in same):
            return None
        features = self.rules.place_feature_words
        found = []
        for p in place_names:
            words = p.split()
            if (words[0] == m.name and all(w in features for w in words[1:])) or (words[-1] == m.name and all(w in features for w in words[:-1])):
                found.append(p)
        return found[0] if len(found) == 1 else None

    def _longer_org(self, name: str, orgs: list[str]) -> str | None:
        """The one longer organization a name of two or more words is short for:
        "Fisheries Department" for "Department of Fisheries", "Moriyama Tooling" for
        "Moriyama Tooling Industries" (only organization words added), "Harlan
        Foundation" for "Ada & Tomas Harlan Foundation" (its last words)."""
        words = name.split()
        if len(words) < 2 or self.gaz.country(name):
            return None
        inverted = {name_key(f"{words[-1]} of {' '.join(words[:-1])}"), name_key(f"{words[-1]} of the {' '.join(words[:-1])}")}
        found = []
        for o in orgs:
            longer = o.split()
            if name_key(o) in inverted:
                found.append(o)
            elif o == name or len(longer) <= len(words):
                continue
            elif longer[: len(words)] == words and all(w in self.rules.org_name_words for w in longer[len(words) :]):
                found.append(o)
            elif longer[-len(words) :] == words and words[-1] in self.rules.org_name_words and longer[-len(words) - 1] not in _CONNECTORS:
                found.append(o)
        return found[0] if len(found) == 1 else None

    def _full_people(self, mentions: list[Mention]) -> list[str]:
        """Names of two or more words that are people, in order of first use:
        tagged so, or (when the model misread the full name, "Dragan Vell" as
        an organization) owning a surname or first name tagged as a person."""
        lone_people = {name_parts(m.name)[0] for m in mentions if m.kind == "person" and len(name_parts(m.name)) == 1}
        out: list[str] = []
        for m in mentions:
            if len(m.name.split()) < 2 or m.from_registry or self.has_org_word(m.name) or m.name in out:
                continue
            parts = name_parts(m.name) or [""]
            if m.kind == "person" or m.label == "PERSON" or (m.kind != "place" and {parts[0], parts[-1]} & lone_people):
                out.append(m.name)
        return out

    def _short_country_folds(self, mentions: list[Mention]) -> dict[str, str]:
        """"Varenia" in an article about the "Democratic Republic of Varenia"
        means that country, not the one the gazetteer picks for the bare word.
        Only when the short country's full name is never written out."""
        countries = {m.name for m in mentions if m.kind == "place" and self.gaz.country(m.name)}
        written = {name_key(m.surface) for m in mentions}
        folds: dict[str, str] = {}
        for m in mentions:
            if m.name not in countries or name_key(m.name) in written:
                continue
            parts = name_parts(m.surface)
            longer = [c for c in countries if c != m.name and _contiguous(parts, name_parts(c))]
            if len(longer) == 1:
                folds[name_key(m.name)] = longer[0]
        for m in mentions:
            # "Korea" in an article about "South Korea": a place word the gazetteer
            # does not know that is part of exactly one country named.
            if m.kind != "place" or len(m.name.split()) != 1 or self.gaz.lookup(m.name) or name_key(m.name) in folds:
                continue
            longer = [c for c in countries if _contiguous(name_parts(m.name), name_parts(c))]
            if len(longer) == 1:
                folds[name_key(m.name)] = longer[0]
        return folds

    def _vote_kind(self, name: str, items: list[Mention]) -> str | None:
        registered = [m.kind for m in items if m.from_registry]
        if registered:
            return registered[0]
        if self.has_org_word(name) or self.is_club_name(name):
            return "organization"
        if any(m.cue_place for m in items):
            return "place"
        place = self.gaz.lookup(name)
        if place is not None and place.kind in ("country", "continent"):
            return "place"  # "Varenia coach ...": the national side is still the country
        org_cue, person_cue = any(m.cue_org for m in items), any(m.cue_person for m in items)
        if place is not None and org_cue and all(self.rules.labels.get(m.label) == "place" for m in items):
            return "place"  # "the Tarnwick bank": a city the model reads as one, naming where the company is
        if org_cue != person_cue:
            return "organization" if org_cue else "person"
        full = [m.kind for m in items if m.name == name]
        if place is None and len(name.split()) > 1 and full and all(k == "person" for k in full):
            return "person"  # "Mira Van Dorn" stays a person when the model misreads the lone "Van Dorn"
        labels = Counter(m.kind for m in items if m.kind in MODEL_KINDS)
        if place is not None:
            # A known city or region: the gazetteer beats a PERSON label, but a
            # clear ORG majority is a company or club that shares the name.
            orgs = labels.get("organization", 0)
            if orgs < 2 or orgs <= labels.get("place", 0) + labels.get("person", 0):
                return "place"
        if not labels:
            return None
        best = max(labels.values())
        for m in items:  # ties: the first mention's label
            if m.kind in MODEL_KINDS and labels[m.kind] == best:
                return m.kind
        return None


_PARTICLES = {"al", "el", "bin", "ibn", "abu", "da", "de", "do", "dos", "das", "van", "von", "der", "la", "le", "di", "du"}


def name_parts(name: str) -> list[str]:
    """Comparable pieces of a person's name: "Tarek Hadi al-Noori" -> [tarek, hadi, noori].
    Accents are dropped: "Draganic" is "Draganić" written without them."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.casefold().replace("’", "'")) if not unicodedata.combining(c))
    parts = [p for p in re.split(r"[\s\-‐]+", plain) if p]
    return [p for p in parts if p not in _PARTICLES]


def _contiguous(short: list[str], full: list[str]) -> bool:
    if not short or len(short) >= len(full):
        return False
    return any(full[i : i + len(short)] == short for i in range(len(full) - len(short) + 1))


def acronym_fits(short: str, long: str, *, skip: bool = False) -> bool:
    """Whether `short` abbreviates `long` by more than first letters: each
    word gives its first letter and maybe more of its letters ("NORVAC":
    NORthern VAlley Council), a trailing "of ..." may be left out ("HCA": Harbour and Canal
    Authority of Port Aldren), and with `skip` words may be passed over
    ("SEMA": Velmoran SEcurities Market Authority)."""
    short = short.upper()
    heads = [long]
    if " of " in long and long.rsplit(" of ", 1)[1][:1].isupper():
        heads.append(long.rsplit(" of ", 1)[0])
    for head in heads:
        words = [w.upper() for w in re.split(r"[\s-]+", head) if w and w.lower() not in _CONNECTORS and w[0].isalpha()]
        if len(words) >= 2 and (skip or words[0][0] == short[0]) and _prefix_chunks(short, words, skip):
            return True
    return False


def _prefix_chunks(short: str, words: list[str], skip: bool) -> bool:
    """Each word gives its first letter and maybe more of its letters, in order."""
    if not short:
        return not words or skip
    if not words:
        return False
    word = words[0]
    if word[0] == short[0]:
        taken, pos = 1, 1
        while True:
            if _prefix_chunks(short[taken:], words[1:], skip):
                return True
            if taken >= len(short):
                break
            pos = word.find(short[taken], pos)
            if pos < 0:
                break
            taken, pos = taken + 1, pos + 1
    return skip and _prefix_chunks(short, words[1:], skip)


def initials_with_connectors(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isalpha()).upper()


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """A capitalised word right before or after: part of a longer name."""
    before = re.search(r"([A-Z][\w’'.-]*)[’']?s? $", text[max(0, start - 30) : start])
    after = re.match(r"(?:[’']s?)? ([A-Z][\w’'.-]*)", text[end : end + 30])
    return bool(before or after)


def _quoted(text: str, start: int, end: int) -> bool:
    """A name standing alone in quotation marks ("known as "El Toro"") is a
    nickname or a title, not a name of its own."""
    if start == 0 or end >= len(text):
        return False
    return _QUOTE_PAIRS.get(text[start - 1]) == text[end]


def _cue_before(text: str, start: int, cues: tuple) -> bool:
    """One of the lowercase cue phrases ends right before `start` ("the company ")."""
    before = re.sub(r"\s+", " ", text[max(0, start - 40) : start])
    return any(re.search(rf"(?<![\w-]){re.escape(cue)} $", before) for cue in cues)


def _contains(haystack: str, needle: str) -> bool:
    if not needle:
        return False
    return re.search(rf"(?<![\w]){re.escape(needle)}(?![\w])", haystack) is not None
