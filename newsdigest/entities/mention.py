"""Mentions, the per-article result, and the text helpers the resolver's
rule modules share."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from newsdigest.entities.capitals import CAP

_DIRECTIONS = ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_POSSESSOR_SPLIT = re.compile(rf"^(?P<owner>.+?)['’]s\s+(?P<rest>[{CAP}].*)$")
# Lowercase words inside a body's name that give no initial. Besides English's, the
# "and", "of" and "the" of the languages whose official names the news quotes untranslated
# ("Ministerio de Ganadería, Agricultura y Pesca (MGAP)", "Kementerian Perladangan dan Komoditi", Bengali's
# "o" in "Ain o Salish Kendra (ASK)").
_FOREIGN_CONNECTORS = {"y", "e", "et", "o", "und", "dan", "do", "da", "dos", "das", "del", "della", "dei", "di"}
_CONNECTORS = {"of", "the", "and", "for", "on", "de", "du", "des", "la", "le", "&", "in", "to", "at"} | _FOREIGN_CONNECTORS
MODEL_KINDS = ("person", "place", "organization")
# Where a sentence starts: the text's start, end punctuation (and a closing
# quote or bracket), a line break, an opening quote or bracket.
SENTENCE_START = r"(?:^|[.!?:;]['\"’”)]?|[\n\"“‘(\[])"
_OPENS_SENTENCE = re.compile(SENTENCE_START + r"\s*$")

# "NATO-led", "Saudi-backed": a name and a participle of leading or backing, one word.
LED_BY_WORD = re.compile(rf"(?P<name>[{CAP}][\w.’']*)-(?:led|backed|brokered|funded|owned|run|allied|aligned|linked|sponsored|"
                         r"supported|controlled|mediated|based) ")


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


WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
MONTHS = frozenset("January February March April May June July August September October November December".split())

_PARTICLES = {"al", "el", "bin", "ibn", "abu", "da", "de", "do", "dos", "das", "van", "von", "der", "la", "le", "di", "du"}


# A capitalised word in a list of names. A dot only inside a word or after an
# initial ("U.S."): a word that ends a sentence ("... and Bohol. The Coast
# Guard said") ends the list.
LIST_WORD = rf"[{CAP}](?:[\w’'&-]|\.(?=\w))*(?:(?<=\b[{CAP}])\.)?"


# "Muhammadu Sanusi II", "Felipe VI", "Hank Vell Jr.": an ordinal after the first
# word, written in capitals, is no part of the name ("Sanusi" is the same man).
# ("Xi Jinping": a first word is a name; a lone "V" or "X" may be an initial.)
REGNAL_NUMBER = r"(?:II|III|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3}|XIX)"  # "II" to "XIX", as monarchs and popes number
REGNAL_OR_GENERATION = re.compile(r"(?:II|III|IV|VI{1,3}|IX|XI{1,3}|XIV|XV|XVI{1,3}|Jr\.?|Sr\.?)")


_QUOTE_PAIRS = {'"': '"', "“": "”", "‘": "’", "'": "'"}


def quoted(text: str, start: int, end: int) -> bool:
    """A name standing alone in quotation marks ("known as "El Toro"") is a
    nickname or a title, not a name of its own."""
    if start == 0 or end >= len(text):
        return False
    return _QUOTE_PAIRS.get(text[start - 1]) == text[end]


def name_parts(name: str) -> list[str]:
    """Comparable pieces of a person's name: "Tarek Hadi al-Noori" -> [tarek, hadi, noori].
    Accents are dropped: "Draganic" is "Draganić" written without them."""
    return list(_name_parts(name))


@lru_cache(maxsize=8192)  # short forms compare every name with every full name in the article
def _name_parts(name: str) -> tuple[str, ...]:
    tokens = [t for t in re.split(r"[\s\-‐]+", name.replace("’", "'")) if t]
    tokens = [t for n, t in enumerate(tokens) if not (n and REGNAL_OR_GENERATION.fullmatch(t))]
    parts = ["".join(c for c in unicodedata.normalize("NFKD", t.casefold()) if not unicodedata.combining(c)) for t in tokens]
    return tuple(p for p in parts if p and p not in _PARTICLES)


class _Use:
    """Where a word stands in a text (what callers read of an re.Match)."""

    __slots__ = ("_start", "_end", "_word")

    def __init__(self, start: int, end: int, word: str):
        self._start, self._end, self._word = start, end, word

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self, index: int = 0) -> str:
        return self._word


def _joins(char: str) -> bool:
    r"""A character that makes a word part of a longer one: what the regex
    class [\w-] matches (Unicode letters and digits, '_', '-')."""
    return char.isalnum() or char in "_-"


class WholeWord:
    r"""`word` standing alone, not inside a longer word or hyphenated name:
    the matches of the regex (?<![\w-])WORD(?![\w-]), found with str.find.
    The resolver looks up thousands of different names; compiling a regex
    for each was a tenth of its time."""

    __slots__ = ("word",)

    def __init__(self, word: str):
        self.word = word

    def finditer(self, text: str):
        word, size, position = self.word, len(self.word), 0
        if not word:
            return
        while (found := text.find(word, position)) >= 0:
            end = found + size
            if (found == 0 or not _joins(text[found - 1])) and (end == len(text) or not _joins(text[end])):
                yield _Use(found, end, word)
                position = end
            else:
                position = found + 1

    def search(self, text: str) -> _Use | None:
        return next(self.finditer(text), None)

    def findall(self, text: str) -> list[str]:
        return [use.group() for use in self.finditer(text)]


@lru_cache(maxsize=4096)
def whole_word(word: str) -> WholeWord:
    """`word` standing alone in a text (see WholeWord)."""
    return WholeWord(word)


def _contiguous(short: list[str], full: list[str]) -> bool:
    if not short or len(short) >= len(full):
        return False
    return any(full[i : i + len(short)] == short for i in range(len(full) - len(short) + 1))


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """A capitalised word right before or after (or before "of": "Ministry of Health"): part of a longer name."""
    before = re.search(rf"([{CAP}][\w’'.-]*)[’']?s? (?:of (?:the )?)?$", text[max(0, start - 30) : start])
    after = re.match(rf"(?:[’']s?)? ([{CAP}][\w’'.-]*)", text[end : end + 30])
    return bool(before or after)
