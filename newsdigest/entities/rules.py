"""Entity rules from newsdigest/data/entity_rules.yml."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path

import yaml

from newsdigest.entities.propernames import ARABIC_ARTICLE_NAME
from newsdigest.entities.registry import name_key
from newsdigest.kvcache import key_of, source_version, stored_object

RULES_FILE = Path(__file__).resolve().parent.parent / "data" / "entity_rules.yml"
# Well-known organizations and people, by type: what the gazetteer is for places.
KNOWN_FILE = RULES_FILE.with_name("known_entities.yml")
# Given names news writes: a first word that says a name is a person's.
GIVEN_NAMES_FILE = RULES_FILE.with_name("given_names.yml")
# Well-known products (drugs, devices, models, indices ...): no entity, whatever the model read them as.
PRODUCTS_FILE = RULES_FILE.with_name("known_products.yml")


@dataclass(frozen=True)
class EntityRules:
    labels: dict
    honorifics: frozenset
    place_cues_before: tuple
    place_cues_after: frozenset
    org_cues_after: frozenset
    org_cue_modifiers: frozenset
    org_cues_before: tuple
    person_cues_before: tuple
    person_cues_after: tuple
    non_person_words: frozenset
    org_name_words: frozenset
    generic_org_words: frozenset
    trailing_generic_words: frozenset
    demonyms: dict
    patronymic_suffixes: frozenset = frozenset()
    era_markers: frozenset = frozenset()
    agency_words_before_country: frozenset = frozenset()
    purpose_body_words: frozenset = frozenset()
    led_body_words: frozenset = frozenset()
    listing_names: frozenset = frozenset()
    pair_apposition_nouns: frozenset = frozenset()
    lowercase_known: tuple = ()  # well-known names with a lowercase first letter, as written
    given_name_titles: frozenset = frozenset()
    company_talk_after: frozenset = frozenset()
    company_talk_before: frozenset = frozenset()
    event_words: frozenset = frozenset()
    event_openers: frozenset = frozenset()
    event_names: frozenset = frozenset()  # name keys
    possessive_event_names: tuple = ()  # event names holding a possessive ("America's Cup"), as written
    peoples: frozenset = frozenset()
    person_only_titles: frozenset = frozenset()
    courtesy_titles: frozenset = frozenset()
    # Phrases before a well-known person's surname that still make it a place: each noun of apposition_place_nouns
    # with "of" ("town of"), then surname_place_cues (yml: "mayor of", "road to").
    surname_place_cues: tuple = ()
    name_tail_qualifiers: frozenset = frozenset()
    disease_words_after: tuple = ()
    name_particles: frozenset = frozenset()
    place_feature_words: frozenset = frozenset()
    club_words: frozenset = frozenset()
    side_plurals: frozenset = frozenset()
    work_nouns_before: tuple = ()
    generic_noun_followers: frozenset = frozenset()
    not_surnames_after_initial: frozenset = frozenset()
    club_openers: frozenset = frozenset()
    country_named_forces: frozenset = frozenset()
    place_cues_plural: tuple = ()
    place_features_after: tuple = ()
    name_possessives: frozenset = frozenset()
    apposition_place_nouns: tuple = ()
    apposition_org_nouns: tuple = ()
    place_name_words: frozenset = frozenset()
    place_name_openers: frozenset = frozenset()
    place_name_openers_after_the: frozenset = frozenset()
    plural_org_words: frozenset = frozenset()
    ideology_words: frozenset = frozenset()
    name_honorifics: frozenset = frozenset()
    postnominal_letters: frozenset = frozenset()
    surname_endings: tuple = ()
    surname_countries: frozenset = frozenset()
    country_qualifiers: frozenset = frozenset()
    team_cues_before: tuple = ()
    team_cues_after: tuple = ()
    team_roles_after: tuple = ()
    stake_words: frozenset = frozenset()
    apposition_person_nouns: tuple = ()
    given_names: frozenset = frozenset()
    weak_org_name_words: frozenset = frozenset()
    legal_form_prefixes: frozenset = frozenset()
    bracketed_qualifiers: frozenset = frozenset()
    org_words_last_only: frozenset = frozenset()
    side_only_cues_before: tuple = ()
    town_cues_before: tuple = ()
    legislature_words: frozenset = frozenset()
    common_acronyms: frozenset = frozenset()
    org_nouns_before_name: tuple = ()
    products: frozenset = frozenset()  # name keys (known_products.yml)
    verbs_inside_span: tuple = ()
    hyphen_suffixes: frozenset = frozenset()
    royal_titles: frozenset = frozenset()
    place_name_prefixes: frozenset = frozenset()
    portfolio_words: frozenset = frozenset()
    org_words_first_only: frozenset = frozenset()
    remit_heads: frozenset = frozenset()
    place_named_company_words: frozenset = frozenset()
    of_body_places: frozenset = frozenset()
    institution_words: frozenset = frozenset()
    parent_group_words: frozenset = frozenset()
    side_next_verbs: tuple = ()
    club_things_after: tuple = ()
    home_nations: frozenset = frozenset()
    side_words_before_names: frozenset = frozenset()
    company_words: frozenset = frozenset()
    of_place_name_words: frozenset = frozenset()
    combining_country_forms: dict = field(default_factory=dict)
    org_words_not_first: frozenset = frozenset()
    place_plurals_before: tuple = ()  # place_cues_plural, then place_list_plurals (yml): the plurals that type the names after them
    event_body_words: frozenset = frozenset()
    known_surnames: frozenset = frozenset()  # name keys of the last words of well-known people's names
    # Plurals before or after a list of names that type every name in it
    # ("former presidents A, B and C", "the companies A and B"): made from
    # the singular person and organization nouns above.
    list_person_nouns: frozenset = frozenset()
    list_org_nouns: frozenset = frozenset()
    portfolio_titles: tuple = ()  # "Minister", "Secretary": "Social Welfare Secretary Rex Vell" names a portfolio, no body
    seated_org_words: frozenset = frozenset()  # "Mission", "Office": "... Mission in Varenia" is the body's name
    sentence_adverbs: frozenset = frozenset()  # "Later", "Separately": a sentence's first word, no part of a name after it
    known_kinds: dict = field(default_factory=dict)  # name key -> "organization" or "person" (known_entities.yml)
    # Known names of two words or more: their first word's key -> their lengths in words, longest first.
    known_multiword: dict = field(default_factory=dict)


def plural(noun: str) -> str:
    """English plural of a role or body noun ("company" -> "companies",
    "chairman" -> "chairmen", "coach" -> "coaches", "wife" -> "wives"; a noun
    already plural, "rivals", stays)."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("fe"):
        return noun[:-2] + "ves"  # wife
    if noun.endswith("half"):
        return noun[:-1] + "ves"  # fly-half
    if noun.endswith("s") and not noun.endswith(("ss", "us")):
        return noun  # already plural ("rivals")
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    return noun + "s"


def _plurals(*lists) -> frozenset:
    return frozenset(plural(w.lower()) for items in lists for w in items if " " not in w)


# libyaml's loader when PyYAML has it: the pure-Python one takes a tenth of a
# second over these files, in every process that loads the rules.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_data_file(path: Path):
    """One of the entity data files (rules, well-known names, well-known places)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


# Words after a surname that are no surname: "Donald Trump Jr.", "King Charles III".
_NAME_SUFFIX_KEYS = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "vi"})


def _surname_key(key: str) -> str | None:
    """The name key of a well-known person's surname: the last word but a suffix, of three
    letters or more ("Bong Go" and "de la O" give no surname that stands alone in news)."""
    words = key.split()
    while len(words) > 1 and words[-1] in _NAME_SUFFIX_KEYS:
        words.pop()
    return words[-1] if len(words) > 1 and len(words[-1]) >= 3 else None


def known_kinds(path: Path = KNOWN_FILE, data: dict | None = None) -> dict[str, str]:
    """{name key: type} of the well-known names in `path` (or its parsed `data`; the first type listed wins)."""
    if data is None:
        data = load_data_file(path) if path.exists() else None
    kinds: dict[str, str] = {}
    for kind in ("organization", "person"):
        for name in (data or {}).get(kind) or ():
            kinds.setdefault(name_key(str(name)), kind)
    return kinds


def lowercase_known_names(data: dict | None) -> tuple:
    """The well-known names written with a lowercase first letter ("xAI", "flydubai", "eBay"),
    which no capitalised run finds (not those opening with an Arabic article: "al-Qaeda" is one)."""
    names = {str(n) for kind in ("organization", "person") for n in (data or {}).get(kind) or ()}
    return tuple(sorted(n for n in names if n[:1].islower() and not ARABIC_ARTICLE_NAME.match(n)))


def multiword_index(kinds: dict[str, str]) -> dict[str, tuple[int, ...]]:
    """{first word: (word counts, longest first)} of the names of two words or more in `kinds`."""
    lengths: dict[str, set[int]] = {}
    for key in kinds:
        words = key.split()
        if len(words) > 1:
            lengths.setdefault(words[0], set()).add(len(words))
    return {first: tuple(sorted(counts, reverse=True)) for first, counts in lengths.items()}


def _phrases(items) -> tuple:
    """Lowercase cue phrases, longest first so "on loan from" is tried before "from"."""
    return tuple(sorted((c.lower() for c in items), key=len, reverse=True))


# The rules this process uses, once read (from the data files, or from the build cache).
_LOADED: list = []


def entity_rules() -> EntityRules:
    """The rules of entity_rules.yml and the lists beside it, read once per process."""
    if not _LOADED:
        _LOADED.append(_read_entity_rules())
    return _LOADED[0]


def stored_entity_rules(cache_path: Path | None) -> EntityRules:
    """entity_rules(), kept pickled in the build cache (as the gazetteer is): parsing
    the lists' YAML took a quarter of a second of every rebuild; unpickling takes a
    fraction of that. Keyed by this module and the data files."""
    if not _LOADED and cache_path is not None:
        key = key_of(source_version(Path(__file__), RULES_FILE, KNOWN_FILE, GIVEN_NAMES_FILE, PRODUCTS_FILE), yaml.__version__)
        _LOADED.append(stored_object(cache_path, "entity_rules", key, _read_entity_rules))
    return entity_rules()


def _read_entity_rules() -> EntityRules:
    data = load_data_file(RULES_FILE)
    built = dict(
        labels=dict(data["labels"]),
        honorifics=frozenset(h.lower() for h in data["honorifics"]),
        place_cues_before=_phrases(data["place_cues_before"]),
        place_cues_after=frozenset(c.lower() for c in data["place_cues_after"]),
        org_cues_after=frozenset(c.lower() for c in data["org_cues_after"]),
        org_cue_modifiers=frozenset(c.lower() for c in data["org_cue_modifiers"]),
        org_cues_before=_phrases(data["org_cues_before"]),
        person_cues_before=_phrases(data["person_cues_before"]),
        person_cues_after=_phrases(data["person_cues_after"]),
        non_person_words=frozenset(data["non_person_words"]),
        org_name_words=frozenset(data["org_name_words"]),
        generic_org_words=frozenset(w.lower() for w in data["generic_org_words"]),
        trailing_generic_words=frozenset(w.lower() for w in data["trailing_generic_words"]),
        demonyms=dict(data["demonyms"]),
        event_names=frozenset(name_key(n) for n in data.get("event_names", ())),
        possessive_event_names=tuple(n for n in data.get("event_names", ()) if "'s " in n or "’s " in n),
        disease_words_after=_phrases(data.get("disease_words_after", ())),
        team_cues_before=_phrases(data.get("team_cues_before", ())),
        team_cues_after=_phrases(data.get("team_cues_after", ())),
        team_roles_after=_phrases(data.get("team_roles_after", ())),
        list_person_nouns=_plurals(data.get("apposition_person_nouns", ()), data["person_cues_before"]),
        list_org_nouns=_plurals(data.get("apposition_org_nouns", ()), data["org_cues_before"]),
        products=frozenset(name_key(str(n)) for n in (load_data_file(PRODUCTS_FILE) or {}).get("products") or ()),
        combining_country_forms={str(k): str(v) for k, v in (data.get("combining_country_forms") or {}).items()},
        place_plurals_before=(*data.get("place_cues_plural", ()), *sorted(data.get("place_list_plurals", ()))),
        given_names=frozenset(str(n) for n in (load_data_file(GIVEN_NAMES_FILE) or {}).get("given_names") or ()),
        known_kinds=(known := known_kinds(data=(known_data := load_data_file(KNOWN_FILE)))),
        lowercase_known=lowercase_known_names(known_data),
        known_surnames=frozenset(filter(None, (_surname_key(key) for key, kind in known.items() if kind == "person"))),
        known_multiword=multiword_index(known),
        surname_place_cues=(*(f"{noun} of" for noun in data.get("apposition_place_nouns", ())), *data.get("surname_place_cues", ())),
    )
    # Every other list of entity_rules.yml is read as written, under its field's name: a set, or a
    # tuple where the order counts. (A list the file lacks is empty.)
    plain = {f.name: type(f.default)(data.get(f.name, ())) for f in fields(EntityRules)
             if f.name not in built and isinstance(f.default, (frozenset, tuple))}
    return EntityRules(**built, **plain)
