"""Normalising names: articles, titles, possessives, unit words, events,
nationality words, generic and titled names."""

from __future__ import annotations

import re
from functools import lru_cache

from newsdigest.entities.capitals import CAP
from newsdigest.entities.gazetteer import fold_accents
from newsdigest.entities.mention import _CONNECTORS, _DIRECTIONS, _OPENS_SENTENCE, _POSSESSIVE, REGNAL_OR_GENERATION
from newsdigest.entities.registry import name_key

_OWNER_BEFORE = re.compile(rf"(?P<words>(?:[{CAP}][\w.-]*\s+){{0,3}}[{CAP}][\w-]*)(?P<mark>['’])s\s+(?:the\s+)?$")
_INNER_NICKNAME = re.compile(rf"(?<=\w) [\"“‘'][{CAP}][\w’'.-]*(?: [{CAP}][\w’'.-]*)?[\"”’'] (?=[{CAP}])")
# "Varenia 4-2": a score glued to a team's name.
_CLUB_ADJECTIVE = re.compile(r"(?:ais|ois|ain|ien|aise|oise|aine|ienne|ano|ense)$")  # "Rochelais", "Toulousain", "Malien", "Paulistano"
_AMOUNT_TOKEN = re.compile(r"[A-Z]{0,3}[$€£¥₹][\d.,]*")
_SCORE = re.compile(r"\d{1,2}[-–](?:\d{1,2}(?:\(\d{1,2}\)?)?)?")  # "4-2", a tie-break's "7-6(4)", or the "6-" the tokenizer cut from "6-3"
_DEMONYM_ENDINGS = (("ians", "ia"), ("ians", "e"), ("ian", "ia"), ("ian", "e"), ("ian", ""), ("ans", "a"), ("an", "a"), ("ns", ""),
                    ("n", ""), ("an", ""), ("ese", "a"), ("ese", ""), ("is", ""), ("i", ""), ("ish", ""), ("ic", "y"), ("s", ""))


# "Culture Ministry", "Ministry of Electronics and Information Technology": capitalised
# words and the word Ministry, or Ministry of (or for) capitalised words joined by "and".
_MINISTRY = re.compile(rf"(?:[{CAP}][\w-]* (?:and )?)+Ministry|Ministry (?:of|for) (?:the )?[{CAP}][\w-]*(?:,? (?:and |of |for )?[{CAP}][\w-]*)*")


def _first_name_before_particle(tokens: list[str]) -> bool:
    """"Sultan bin Salim", "Sultan al-Arada": a title word that is also a first name,
    before a particle ("bin" after any word), is the first name ("President al-Assad"
    keeps no title)."""
    particle = tokens[1].lower()
    return particle in ("bin", "ibn", "bint") or (tokens[0] in ("Sultan", "Emir", "Amir") and (
        particle in ("al", "el") or particle[:3] in ("al-", "el-")))


# A bank's one-word name: "Gazprombank", "Sberbank", "Maybank".
_BANK_COMPOUND = re.compile(r"(?!(?:West|East|North|South|River)bank)[A-Z][a-z]{2,}bank")


# "Ex-" before a name ("Ex-Labour"; not "Ex-Im Bank", a name of its own).
_FORMER_PREFIX = re.compile(r"^[Ee]x-(?=[A-Z]\w{2,})")
_WORD_AFTER = re.compile(r" ([A-Za-z]+)\b")
_PARTICLES_BEFORE_LAST = {"de", "la", "del", "da", "do", "das", "dos", "of", "the", "y", "e", "and"}
_PLURALS_OF_NAMES = {"lords", "kings", "queens", "saints", "knights", "princes", "dukes", "earls", "barons"}


class Naming:
    """Resolver rules for what a name is, one name at a time."""

    def clean_name(self, surface: str, kind_hint: str | None) -> str:
        name = re.sub(r"\s+", " ", surface).strip(" \t\"“”‘'.,;:()[]")
        if re.search(r" \([^()\s]+\)$", surface.rstrip()) and name.count("(") == name.count(")") + 1:
            name += ")"  # a bracketed qualifier closes the name: "Janata Dal (United)"
        if not self._named_with_the(name):
            name = re.sub(r"^(?:the|The|THE)\s+", "", name)
        if re.match(rf"An? [{CAP}]", name) and name_key(name) not in self.rules.known_kinds and self.registry.lookup(name) is None \
                and self.gaz.lookup(name) is None and self.has_org_word(name.split(" ", 1)[1]) and name.count(" ") >= 2:
            # "An International Monetary Fund mission" (not "A Just Russia", "A Coruña", "An Se-young", "An Post")
            name = name.split(" ", 1)[1]
        name = _POSSESSIVE.sub("", name).rstrip("'’")
        name = _FORMER_PREFIX.sub("", name)  # "Ex-Labour MP ...", "an ex-BBC presenter": the body, not a former one
        if kind_hint in (None, "person"):  # 'Ana "Chispa" Orvel': a quoted nickname inside a name is no part of it
            name = _INNER_NICKNAME.sub(" ", name)
        tokens = name.split()
        if len(tokens) > 2 and tokens[0] in self.rules.side_words_before_names:
            tokens = tokens[1:]  # "Holders Pyramids FC beat ...": a word that opens the sentence, before any body's name
        # "the Premier Grain League", "the General Confederation of Labour": a name with an
        # organization word after its first keeps a title-like first word.
        # ("King Fahd Stadium": a site named after a titled person keeps the title)
        # (a courtesy title opening a span the model read as a place makes it a person's: "Mr Senanayake said")
        courtesy = kind_hint == "place" and len(tokens) > 1 and tokens[0].rstrip(".") in self.rules.courtesy_titles
        if (kind_hint in (None, "person") or courtesy) and not (len(tokens) > 1 and any(t in self.rules.org_name_words for t in tokens[1:])) \
                and not (kind_hint is None and self.ends_with_place_word(" ".join(tokens))):
            # "UN Secretary-General Ana Orvel": an organization's acronym before a title goes with it.
            if len(tokens) > 2 and re.fullmatch(rf"[{CAP}]{{2,6}}", tokens[0]) and (
                    tokens[1].rstrip(".").lower() in self.rules.honorifics or " ".join(tokens[1:3]).lower() in self.rules.honorifics):
                tokens = tokens[1:]
            while len(tokens) > 1 and not _first_name_before_particle(tokens) and len(tokens[1]) > 1 \
                    and not self.opens_place_name(tokens[0], tokens[1]):
                # (nor a place's opener before a particle: "Col du Soulor" is a mountain pass, not Colonel Soulor)
                # (nor a single letter: "Gen Z Madagascar" is a movement, not General Z)
                # ("Sultan bin Salim", "Sultan al-Arada": a particle after it makes the word a first name, not a title)
                # two-word titles first ("Crown Prince", whose first word alone is none)
                if len(tokens) == 2 and self._given_name_title(tokens[0], tokens[1]):
                    break  # "Prince Dube", "Emir Halilović": a title that is also a given name, before a surname, not a given name
                if len(tokens) == 2 and tokens[0].isupper() and len(tokens[0]) > 1 and kind_hint != "person":
                    break  # "MP Promotions": a title's initials before one word the model read as no person open a body's name
                if len(tokens) > 2 and self._title(" ".join(tokens[:2]).lower()):
                    tokens = tokens[2:]
                elif self._title(tokens[0].rstrip(".").lower()) or tokens[0] in self.rules.sentence_adverbs \
                        or tokens[0].lower().replace("-", " ") in self.rules.honorifics:  # ("Vice-President")
                    tokens = tokens[1:]
                else:
                    break
        # "Brokerage SSI Securities": a company's role word (org_cues_before) before a body's name of
        # two words or more is no part of it (a whole the lists know keeps it: "Carrier Global"; so
        # does one whose next word is a connector: "Group for the Support of ...").
        if kind_hint in (None, "organization") and len(tokens) >= 3 and tokens[0][1:].islower() and tokens[1][:1].isupper() \
                and tokens[0].lower() in self.rules.org_cues_before and name_key(" ".join(tokens)) not in self.rules.known_kinds:
            tokens = tokens[1:]
        # "Auctioneer Mallika Sagar": a role word (person_cues_before) opening a sentence
        # before a person's name is no part of it (never in a body's name).
        # (also when the model read the whole as a body, before a given name: "Opener Kushal Bhurtel")
        if (kind_hint in (None, "person") or tokens[1:2] and tokens[1] in self.rules.given_names) and 3 <= len(tokens) <= 4 \
                and tokens[0][1:].islower() and tokens[0].lower() in self.rules.person_cues_before \
                and not any(t in self.rules.org_name_words for t in tokens):
            tokens = tokens[1:]
        # "Kessler 500 million": a number and the lowercase words after it are not part of the name.
        for i in range(1, len(tokens) - 1):
            if re.fullmatch(r"[$€£]?\d[\d.,]*", tokens[i]) and all(t.islower() for t in tokens[i + 1 :]):
                tokens = tokens[:i]
                break
        while len(tokens) > 1 and tokens[-1].islower() and (tokens[-1] in self.rules.trailing_generic_words | _CONNECTORS
                                                            or (tokens[-1].isalpha() and tokens[-1] not in self.rules.name_particles
                                                                and tokens[-1] not in self.rules.patronymic_suffixes)):
            tokens = tokens[:-1]  # ("Ivo Marrow third", "the Orvel valley": no lowercase word ends a name)
        for i in range(1, len(tokens)):  # "Varenia 4-2 on penalties", "beat Ivo Marrow 6-4 3" (a set's score cut by the tokenizer)
            if _SCORE.fullmatch(tokens[i]) and all(_SCORE.fullmatch(t) or t.isdigit() for t in tokens[i + 1 :]):
                tokens = tokens[:i]
                break
        while len(tokens) > 1 and len(tokens[-1]) > 2 and tokens[-1].endswith("s") and tokens[-1][:-1].isupper() \
                and tokens[-1][:-1].lower() in self.rules.honorifics:
            tokens = tokens[:-1]  # "Labour MPs": the party, not its members
        while len(tokens) > 1 and _AMOUNT_TOKEN.fullmatch(tokens[-1]):  # "fined Sun Hung Kai HK$2 million"
            tokens = tokens[:-1]
        if (kind_hint in (None, "person") or tokens[0] in self.rules.given_names) and len(tokens) >= 3 and tokens[-1] in self.rules.postnominal_letters \
                and tokens[-2][:1].isupper() and not any(t in self.rules.org_name_words for t in tokens):
            tokens = tokens[:-1]  # "Ana Orvel KC": a silk's letters, no part of her name
        return " ".join(tokens)

    def _given_name_title(self, word: str, rest: str) -> bool:
        """A title that is also a given name (given_name_titles) before one word that is no
        given name, no regnal number and no acronym: "Prince Dube", "Emir Halilović"."""
        return word in self.rules.given_name_titles and " " not in rest and rest not in self.rules.given_names \
            and not REGNAL_OR_GENERATION.fullmatch(rest) and not rest.isupper()

    def _title(self, words: str) -> bool:
        """A title (honorifics), also in the plural before a list of names ("Deputy Prime Ministers Mher
        Grigoryan and ...", "Justices Samuel Alito and ..."; not the plurals that open other names:
        "Lords Cricket Ground", "Kings XI Punjab", "Queens Park Rangers")."""
        if words in self.rules.honorifics:
            return True
        return len(words) > 4 and words.endswith("s") and words[:-1] in self.rules.honorifics and words.split()[-1] not in _PLURALS_OF_NAMES

    def _named_with_the(self, name: str) -> bool:
        """"The Vellin": a city whose name starts with a capitalised "The"."""
        if not name.startswith("The "):
            return False
        place = self.gaz.lookup(name)
        return place is not None and place.kind == "city" and place.population > 0

    def region_with_unit(self, name: str) -> str | None:
        """"Tavara Prefecture", "Orvel Province" -> the region's name: a capitalised
        unit word (place_cues_after) after a name the gazetteer knows. Not "County",
        which is part of a county's name ("Bungoma County", "Changhua County"), nor "State":
        "Kano State" is a state's own name, another place than the city of Kano (and
        "Niger State" than the country; "Arizona State" is a university), nor "Village" or "Area": "Greenwich
        Village", "the Olympic Village" and "the Bay Area" are places of their own."""
        words = name.split()
        if len(words) < 2 or words[-1].lower() not in self.rules.place_cues_after or not words[-1][0].isupper() \
                or words[-1] in ("State", "County", "Village", "Area"):
            return None
        base = " ".join(words[:-1])
        if all(part in _DIRECTIONS for part in re.split(r"[\s-]+", base)):
            return None  # "Western Province", "North-Western Province": a bare direction is no name
        place = self.gaz.lookup(base)
        return base if place is not None and place.kind in ("region", "city") else None

    def named_state(self, name: str) -> bool:
        """"Kano State", "Rivers State": a region or city the gazetteer knows, then "State"
        (not "Islamic State": no place; not a US state's name, which is as often a
        university's: "Ohio State", "Arizona State")."""
        words = name.split()
        if len(words) < 2 or words[-1] != "State" or name_key(" ".join(words[:-1])) in self.gaz.us_states:
            return False
        place = self.gaz.lookup(" ".join(words[:-1]))
        return place is not None and place.kind in ("region", "city", "country") and not place.alternate

    def is_event(self, name: str) -> bool:
        """"Velmora Film Festival", "Orrin Cup", "Hurricane Velia": events are not entities."""
        words = name.split()
        # ("Copa Airlines" is a company: a body's word outweighs an event's opener)
        # ("the Peruvian Episcopal Conference" is a body: event_body_words before the event's word)
        return (len(words) > 1 and ((words[-1] in self.rules.event_words and words[-2] not in self.rules.event_body_words)
                                    or (any(name.startswith(opener + " ") for opener in self.rules.event_openers)
                                        and not self.has_org_word(name)))) \
            or name_key(name) in self.rules.event_names \
            or (len(words) > 2 and name_key(" ".join(words[1:])) in self.rules.event_names)  # "African Champions League"

    def role_opens_sentence(self, text: str, start: int, word: str) -> bool:
        """`word`, at `start`, is a role word (person_cues_before) opening a sentence, which
        stands before a person's name as a title does ("Sprinter Noah Lyles won", "Referee
        Cüneyt Akgül sent off ...")."""
        return word.lower() in self.rules.person_cues_before and _OPENS_SENTENCE.search(text[max(0, start - 4) : start]) is not None

    def demonym_country(self, name: str) -> str | None:
        """'South Korean' -> 'South Korea'; None when not a nationality word."""
        words = name.split()
        # ("South African" is listed whole: "African" alone names no country)
        whole = name in self.rules.demonyms or (name.endswith("s") and name[:-1] in self.rules.demonyms)
        direction = words[0] if len(words) > 1 and words[0] in _DIRECTIONS and not whole else None
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

    def generic_noun_here(self, text: str, name: str, end: int) -> bool:
        """"Labour market minister ...", "Labour costs": one generic word (generic_org_words) before a
        lowercase word that makes it the common noun (generic_noun_followers), whatever body the lists
        know by that word (the party)."""
        words = name.split()
        if len(words) == 2 and words[1] in self.rules.generic_noun_followers:  # (the model's span: "Labour ministry")
            name, end = words[0], end - len(words[1]) - 1
        if " " in name or name.lower() not in self.rules.generic_org_words or name_key(name) not in self.rules.known_kinds:
            return False
        after = _WORD_AFTER.match(text, end)
        start = end - len(name)
        return (after is not None and (after.group(1) in self.rules.generic_noun_followers
                                       or after.group(1)[0].isupper() and after.group(1).lower() in self.rules.honorifics
                                       or after.group(1)[0].isupper() and after.group(1).lower() in self.rules.generic_org_words)) \
            or re.search(r"\bof (?:the )?$", text[max(0, start - 8) : start]) is not None

    def is_generic_org(self, name: str) -> bool:
        """A body every country has, named by its function: "Defence Ministry",
        "Border Police", and any ministry ("Culture Ministry", "Ministry of Mines
        and Energy"), which only a country's name before it makes one body."""
        # ("Prosecutor General's Office": a possessive inside is still the function's word)
        words = [_POSSESSIVE.sub("", w.lower()) for w in name.split()]
        if not words or len(words) == 1 and name_key(name) in self.rules.known_kinds:
            return False  # (a word the lists know as a body of its own: "Labour", the party, not a ministry's portfolio)
        return all(w in self.rules.generic_org_words for w in words) or _MINISTRY.fullmatch(name) is not None

    def has_org_word(self, name: str) -> bool:
        """A body's word in the name (org_name_words); a weak one (weak_org_name_words:
        "Co", "Board") only after another word and not after a given name ("Co Antrim"
        is a county, "Ian Board" a person), and "Co" only after "&", "+" or "and"
        ("Marc Rich + Co"; "Zaldy Co" is a person)."""
        words = re.split(r"[\s-]+", name)
        if self.opens_with_legal_form(name):
            return True  # "PT Sulawesi Raya Nickel", "CV Sinar Bontang": a legal form opens a company's name
        if len(words) == 1 and _BANK_COMPOUND.fullmatch(name) and self.gaz.lookup(name) is None:
            return True  # "Promsvyazbank", "Sberbank": a bank's one-word name (not "Burbank", a city, nor "Richard Fairbank")
        def counts(i: int, w: str) -> bool:
            if w not in self.rules.org_name_words:
                return False
            if w in self.rules.org_words_not_first:
                return i > 0
            if w in self.rules.org_words_first_only:
                return i == 0 and len(words) > 1
            if w in self.rules.org_words_last_only:  # (not after a particle: "Semana de la Energía")
                return 0 < i == len(words) - 1 and words[i - 1] not in _PARTICLES_BEFORE_LAST
            if w not in self.rules.weak_org_name_words:
                return True
            if w == "Co":
                return i > 0 and words[i - 1] in ("&", "+", "and")
            return i > 0 and (words[0] not in self.rules.given_names or words[i + 1 : i + 2] == ["of"])
        return any(counts(i, w) for i, w in enumerate(words))

    def opens_with_legal_form(self, name: str) -> bool:
        """"PJSC Orvel", "PT Sulawesi Raya Nickel": a legal form (legal_form_prefixes) first. The two-letter
        ones are also a person's initials ("PT Usha", "CV Ananda Bose"): with two words or more after them,
        the first no given name."""
        words = name.split()
        if len(words) < 2 or words[0] not in self.rules.legal_form_prefixes:
            return False
        return len(words[0]) > 2 or (len(words) >= 3 and words[1] not in self.rules.given_names)

    def opened_as_place(self, name: str) -> bool:
        """"Place de la Nation", "Stade Ernest-Wallon", "Estadio Azteca": a place's opener
        (place_name_openers) and more, but not before one nationality-like adjective,
        which makes a club ("Stade Rochelais", "Stade Malien", "Stade Français")."""
        words = name.split()
        if len(words) < 2 or words[0] not in self.rules.place_name_openers:
            return False
        # (nor "Stade" before a city's name that no particle joins: "Stade Rennes", "Stade Malherbe Caen" are clubs;
        # "Stade de France" is a place; an adjective goes first in longer clubs' names: "Stade Brestois 29")
        # (only "Stade": "Estadio Panamericano", "Estadio Nacional" are stadiums)
        if words[0] == "Stade" and (words[1] in self.rules.demonyms or _CLUB_ADJECTIVE.search(words[1])):
            return False
        last = self.gaz.lookup(words[-1].split("-")[0])
        return not (words[0] == "Stade" and last is not None and last.kind == "city" and words[-2] not in self.rules.name_particles
                    and words[1] not in self.rules.given_names)  # (a person's name: "Stade Nelson Mandela")

    def opens_place_name(self, word: str, next_word: str) -> bool:
        """"Col du Soulor", "Mount of Olives": a place's opener (place_name_openers)
        before a particle opens a place's name, whatever title it spells (Colonel)."""
        return word in self.rules.place_name_openers and next_word in self.rules.name_particles

    def ends_with_place_word(self, name: str) -> bool:
        """"Orvel Tarsk Stadium", "Tarsk Space Centre": a name of two words or
        more whose last word, or last two, is a place's (place_name_words)."""
        words = name.split()
        return any(len(words) > k and " ".join(words[-k:]) in self.rules.place_name_words for k in (1, 2))

    def honorific_name(self, word: str, text: str) -> str | None:
        """"Sheikh Orvana" for a one-word name that the text writes at least once
        right after an honorific that is also part of names (name_honorifics),
        with no capitalised word after it: that is a person, and with no fuller
        name to own the word, the honorific is the first part of her name."""
        if not self.rules.name_honorifics or not any(h in text for h in self.rules.name_honorifics):
            return None  # (most texts have none: no pattern to compile for the word)
        if self.gaz.lookup(word) is not None:
            return None
        found = re.search(rf"(?<![\w-])({'|'.join(sorted(self.rules.name_honorifics))}) {re.escape(word)}(?![\w-])(?! [{CAP}])", text)
        return f"{found.group(1)} {word}" if found else None

    def _titled_person(self, surface: str) -> bool:
        """"King Aldric IV": a title only people bear, then one to three
        capitalised words with no organization word and no known place."""
        words = re.sub(r"^(?:the|The)\s+", "", surface.strip()).split()
        title = 2 if " ".join(words[:2]) in self.rules.person_only_titles else 1  # "Field Marshal Ivo Marrow"
        words = words[title - 1 :]
        if len(words) < 2 or len(words) > 4 or (title == 1 and words[0].rstrip(".") not in self.rules.person_only_titles):
            return False
        return self._plain_name(" ".join(words[1:]))  # ("Prince Orvel Stadium" is a thing)

    def _plain_name(self, name: str) -> bool:
        """Capitalised words with no body's word, no known place and no thing's word: a person's name could be."""
        words = name.split()
        return all(w[:1].isupper() for w in words) and not self.has_org_word(name) and self.gaz.lookup(name) is None \
            and not any(w in self.rules.non_person_words for w in words)

    def _is_place_word(self, owner: str) -> bool:
        """"Varenia", "Varenian": a place or nationality (not "Orvel People" in "Orvel People's Liberation Front")."""
        return bool(self.gaz.lookup(owner) or self.demonym_country(owner))

    def _possessive_place_before(self, text: str, start: int) -> str | None:
        """"Varenia's " right before a name -> "Varenia's". The longest run of
        capitalised words that is a place wins, so a sentence's last word
        ("since March. Varenia's Energy Ministry") is not taken for part of it."""
        country = _country_owner(self.gaz.multiword_country_pattern()).search(fold_accents(text), max(0, start - 60), start)
        if country:  # "Bosnia and Herzegovina's Constitutional Court": a country's name holds "and"
            return f"{text[country.start('country') : country.end('country')]}{country.group('mark')}s"
        found = _OWNER_BEFORE.search(text[max(0, start - 60) : start])
        if not found:
            return None
        words = found.group("words").split()
        for i in range(len(words)):
            owner = " ".join(words[i:])
            if self.gaz.lookup(owner) or self.demonym_country(owner):
                return f"{owner}{found.group('mark')}s"
        return None


@lru_cache(maxsize=4)
def _country_owner(countries: re.Pattern) -> re.Pattern:
    """A country's name of several words, then "'s" (and maybe "the"), right before a name."""
    return re.compile(rf"(?P<country>{countries.pattern})(?P<mark>['’])s\s+(?:the\s+)?$")

