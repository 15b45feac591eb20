"""Short forms to the long form of the same article: people's surnames and
first names, acronyms, organizations' heads and tails, feature names, clubs,
short country names."""

from __future__ import annotations

import re
from functools import lru_cache

from newsdigest.entities.capitals import CAP, OWNER_NAME
from newsdigest.entities.cues import _SPEAKS_OR_DESCRIBED, HE_OR_SHE_AFTER, RESULT_WITH_SCORE, _team_after_patterns
from newsdigest.entities.gazetteer import Place
from newsdigest.entities.acronyms import _is_acronym, acronym_fits, initials
from newsdigest.entities.mention import _CONNECTORS, _OPENS_SENTENCE, Mention, _contiguous, _in_longer_name, name_parts, whole_word
from newsdigest.entities.registry import name_key


# "the Ministry of Education": a word after a capitalised word and "of" ends a longer name.
# "Kaspi.kz", "Booking.com": a name and a web domain's ending.
_DOTTED_NAME = re.compile(r"[A-Z][\w-]*\.[a-z]{2,4}")
_AFTER_NAME_CONNECTOR = re.compile(rf"[{CAP}][\w’'-]* of (?:the )?$")


# What stands before a body's name to give it a country or call it the parent: "Spain's ", "Kenyan ", "its parent ".
_OWNER_BEFORE = re.compile(rf"(?:(?<![\w’'-])(?P<owner>{OWNER_NAME})(?:['’]s)? |(?P<parent>\bparent,? (?:company,? )?))$")
_PLACE_PARTICLES = {"de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "la", "el"}
_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:[Ii]n|[Ff]rom|[Tt]o|[Nn]ear|[Aa]t|[Oo]utside|[Aa]cross|[Aa]round) (?:the )?$")
_BARE_AFTER = re.compile(r"(?<![\w-])(?:in|by|to|through|before|from|into)\s$")
_BARE_BEFORE = re.compile(rf"(?:['’]s?)?\s+(?:of\b|[{CAP}])")


class ShortForms:
    """Resolver rules that map each short name to its canonical name."""

    def _canonical_names(self, mentions: list[Mention], acronyms: dict[str, str], text: str = "") -> dict[str, str | None]:
        """name key -> canonical name (None: drop) for short forms in one article."""
        mapping: dict[str, str | None] = self._short_country_folds(mentions)
        full_people = self._full_people(mentions, text)
        # (not a name the model read as a body that a cue makes a person: "JBS" is no "José Batista Sobrinho")
        org_names = {m.name for m in mentions if m.kind == "organization" or (m.label in ("ORG", "DEFINED") and m.kind != "person")}
        orgs = sorted(n for n in org_names if len(n.split()) > 1)
        one_word_orgs = sorted(n for n in org_names if len(n.split()) == 1)
        qualified = sorted({m.name for m in mentions if re.search(r"['’]s ", m.name) and self.is_generic_org(m.name.split("s ", 1)[-1])})
        place_names = sorted({m.name for m in mentions if m.kind == "place" and len(m.name.split()) > 1})
        for m in mentions:
            key = name_key(m.name)
            if key in mapping or m.from_registry:
                continue
            if " " not in m.name and m.name + "s" in org_names:
                mapping[key] = m.name + "s"  # "Houthi attacks" beside "the Houthis": the group's own adjective
                continue
            bare = m.name.replace(".", "")
            if bare in acronyms:  # "KD", or "Acevar" defined as "Aceros Varenses (Acevar)"
                mapping[key] = acronyms[bare]
                continue
            if _is_acronym(m.name):
                longs = [n for n in orgs if n != m.name and initials(n) == bare]
                if not longs:  # "NORVAC", "HCA" for "Harbour and Canal Authority of Port Aldren"
                    # (not a name that holds the acronym itself: "Spain's BBVA" is the parent of "BBVA México")
                    longs = [n for n in orgs if n != m.name and acronym_fits(bare, n) and m.name not in n.split()]
                if not longs:  # "DRC", "VR": the one place of several words with those initials
                    longs = [n for n in place_names if initials(n) == bare]
                if len(longs) > 1:  # "Swiss National Bank ... Saudi National Bank ... the SNB": the latest named before it
                    longs = _named_last_before(longs, min(o.start for o in mentions if name_key(o.name) == key), mentions)
                if len(longs) == 1:
                    mapping[key] = longs[0]
                    continue
            clipped = self._clipped_org(m.name, orgs, mentions, text)
            if clipped is not None:
                mapping[key] = clipped
                continue
            # (a name a cue calls a person is no body's short form: "Ana Vell said" beside "the Ana Vell Trust")
            person_cue = any(o.cue_person for o in mentions if o.name == m.name)
            spoken = m.kind == "person" and not self.has_org_word(m.name) and person_cue
            longer = None if spoken else self._longer_org(m.name, orgs, legal_form=m.kind == "organization",
                                                         person=person_cue or any(_SPEAKS_OR_DESCRIBED.match(text, o.end)
                                                                                  for o in mentions if o.name == m.name))
            if longer is not None:
                mapping[key] = longer
                continue
            if self.is_generic_org(m.name):
                # "the Defence Ministry" after "Varenia's Defence Ministry".
                owners = [q for q in qualified if name_key(q).endswith(" " + key)]
                if len(owners) > 1:  # "China's Foreign Ministry ... Japan's Foreign Ministry ... a Foreign Ministry official": the latest named before it
                    owners = _named_last_before(owners, min(o.start for o in mentions if name_key(o.name) == key), mentions)
                # "Grain" after "Grain Party", "the House" after "House of Delegates": a generic
                # word that opens the one body named as it plus an organization word or an "of" phrase.
                heads = [o for o in orgs if o.split()[0] == m.name and (o.split()[1] == "of" or o.split()[1:] == [o.split()[-1]]
                                                                         and o.split()[-1] in self.rules.org_name_words)]
                # (or a country's: "the House" after "Nepal's House of Representatives")
                heads = heads or [q for q in qualified if q.split("s ", 1)[-1].split()[:2] == [m.name, "of"]]
                if len(owners) == 1:
                    mapping[key] = owners[0]
                elif len(m.name.split()) == 1 and not owners and len(heads) == 1:
                    mapping[key] = heads[0]
                elif len(m.name.split()) == 1 and not owners and (self._body_named_bare(text, m.name) or self._legislature_alone(text, m.name)):
                    # "a bill in Congress": the body itself, or the one longer body the article names with it.
                    longer = [o for o in orgs if m.name in (o.split()[0], o.split()[-1])]
                    if len(longer) == 1:
                        mapping[key] = longer[0]
                elif len(m.name.split()) == 1 and not owners and not self._stands_alone(text, m.name):
                    # "Commission", "Ministry", "Fisheries Minister": not an entity on
                    # its own; "the Kestrel government", a party, is.
                    mapping[key] = None
                continue
            # A country word the model reads as a person is a surname ("Ivo
            # Malta ... Malta said"); a known place the model reads as one
            # is no first name ("Tarnwick" beside "Tarnwick Wildfire").
            read_as_place = self.rules.labels.get(m.label) == "place" and self.gaz.lookup(m.name) is not None
            # A known place that opens with a particle ("La Paz") is no surname ("Ana Paz").
            particle_place = read_as_place and len(m.name.split()) > len(name_parts(m.name))
            # (A well-known body's name is no surname: "Porsche" beside "Wolfgang Porsche".)
            # ("Bouygues said he" beside "Martin Bouygues" is the man: what only a person does follows)
            known_org = self.rules.known_kinds.get(key) == "organization" and m.label != "PERSON" \
                and not any(o.name == m.name and HE_OR_SHE_AFTER.match(text, o.end) for o in mentions)
            if (m.label == "PERSON" or not self.gaz.country(m.name)) and not self.has_org_word(m.name) and not particle_place \
                    and not known_org:
                parts = name_parts(m.name)
                owners = [p for p in full_people if p != m.name and _contiguous(parts, name_parts(p))
                          and not (read_as_place and name_parts(p)[: len(parts)] == parts)]
                if any(o.cue_place for o in mentions if o.name == m.name) and self.gaz.lookup(m.name) is not None:
                    # (a known place the text writes as one is no surname of a well-known body the model
                    # read as a person: "from Jakarta to Bandung" beside "Persija Jakarta")
                    owners = [p for p in owners if self.rules.known_kinds.get(name_key(p)) != "organization"]
                if self.gaz.country(m.name):
                    # A country is a surname only of a name the model reads as a person
                    # ("Ivo Malta"), and never where the model also reads it as no person
                    # ("Azerbaijan recalled ..." beside "Sputnik Azerbaijan", "Radio Vanuatu").
                    if any(o.name == m.name and o.label in self.rules.labels and o.label != "PERSON" for o in mentions):
                        owners = []
                    # (and a person's, not a body's a cue makes of it: "Météo Madagascar")
                    owners = [p for p in owners if any(o.name == p and o.label == "PERSON" and o.kind == "person" for o in mentions)]
                if not owners and len(parts) == 1 and not self.gaz.lookup(m.name) \
                        and m.name not in self.rules.given_names and key not in self.rules.known_kinds \
                        and not any(o.cue_org for o in mentions if o.name == m.name):
                    # (not a relative or another person named by a given name: "his son Josh" beside "John Shaw")
                    # "Jokowi" for "Joko Widodo", "ScoMo" for "Scott Morrison": a nickname blended from
                    # the start of the given name and the start of the surname
                    owners = [p for p in full_people if _blended_name(m.name, name_parts(p))]
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
            if len(m.name.split()) == 1 and not placeish and not self.is_generic_org(m.name) and not self.gaz.country(m.name):
                # (a country is never short for a body named after it: "Bank of Varenia")
                # "Halvex" after "Halvex Electronics", "Korvane" after "DL Korvane",
                # "Norvex" after "NorvexPetro", whatever the model called the short form.
                # ("Maersk" after "A.P. Moller-Maersk": the last part of a hyphenated last word too)
                owners = [o for o in orgs if o.split()[0] == m.name or m.name in (o.split()[-1], o.split()[-1].rsplit("-", 1)[-1])]
                owners += [o for o in one_word_orgs if len(o) > len(m.name) and o.startswith(m.name) and o[len(m.name)].isupper()]
                # ("Jamaat" after "Jamaat-e-Islami": the first part of a hyphenated name)
                owners += [o for o in one_word_orgs if o.startswith(m.name + "-") and o.count("-") >= 2]
                owners = [o for o in owners if not self._town_named_in(o, m.name, text)]
                owners = [o for o in owners if not self._national_arm(m.name, o, text)]
                if len(owners) > 1:
                    # "Ignitis" beside "Ignitis Group" and "Ignitis Renewables": the parent, the one
                    # name that adds only a group's words to it ("Equity Group Holdings"), is what the bare word names
                    parents = [o for o in owners if o.split()[0] == m.name and len(o.split()) >= 2 and all(w in self.rules.parent_group_words for w in o.split()[1:])]
                    owners = parents if len(parents) == 1 else owners
                if len(owners) == 1 and not _named_alone_first(m.name, owners[0], mentions):
                    mapping[key] = owners[0]
                    continue
            elif len(m.name.split()) == 1 and not self.gaz.country(m.name) and not self._located(text, m.name) \
                    and not any(o.cue_place or self.rules.labels.get(o.label) == "place" for o in same) \
                    and not any(m.name in p.split() for p in place_names):
                # A known place's name that the model never reads as a place, the text never writes
                # after "in", "from", "near" ... and no longer place named holds ("Korea" of "South
                # Korea") is short for the one organization it opens
                # ("Tarnwick" after "Tarnwick Plate", a club; "the Tarnwick leader" after "Tarnwick Democrats").
                # (not where the place has a body named by function: "Karnataka" beside "Karnataka Legislative
                # Assembly" is the state, a polity, whatever else it names)
                owners = [o for o in orgs if o.split()[0] == m.name]
                if len(owners) == 1 and not any(self.is_generic_org(" ".join(o.split()[1:])) for o in owners):
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

    def _clipped_org(self, word: str, orgs: list[str], mentions: list[Mention], text: str) -> str | None:
        """"the Fed" for "Federal Grain Board", "the Prov" for "Provincial Guard":
        a word of three or more letters, always written after "the", that the
        first word of an organization's name begins with; of several such
        organizations, the one named last before the word first appears."""
        if len(word) < 3 or not word.isalpha() or not word[0].isupper() or word.isupper() or self.gaz.lookup(word):
            return None
        uses = list(whole_word(word).finditer(text))
        if not uses or not all(re.search(r"\b[Tt]he $", text[max(0, u.start() - 4) : u.start()]) for u in uses):
            return None
        owners = [o for o in orgs if len(o.split()[0]) > len(word) and o.split()[0].startswith(word)]
        if len(owners) > 1:
            owners = _named_last_before(owners, uses[0].start(), mentions)
        return owners[0] if len(owners) == 1 else None

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
        dotted = {o.name for o in mentions if _DOTTED_NAME.fullmatch(o.name) and o.name.split(".")[0] == word}
        if len(dotted) == 1:
            return dotted.pop()  # "Kaspi" of "Kaspi.kz": a company named by its web address (beside "Kaspi Bank", its arm)
        longer = sorted({o.name for o in mentions if len(o.name.split()) > 1 and word in o.name.split()})
        if len(longer) != 1 or self._national_arm(word, longer[0], text):
            return None
        if self.rules.known_kinds.get(name_key(word)) == "organization" and any(o.name == longer[0] and o.kind == "person" for o in mentions):
            return None  # "Porsche" beside "Wolfgang Porsche": a well-known company is no one's surname
        place = self.gaz.lookup(word)
        if place is None and self._town_named_in(longer[0], word, text):
            return None
        if place is None or (place.alternate and not self._located(text, word)):
            # ("Hindenburg" of "Hindenburg Research": a town's former or foreign name, never written as a place here)
            return None if _named_alone_first(word, longer[0], mentions) else longer[0]
        if place.kind in ("city", "region") and self.is_club_name(longer[0]) and longer[0].split()[0] == word \
                and not re.search(rf"\b(?:in|to|from|near|of)\s+{re.escape(word)}\b", text):
            return longer[0]
        if place.kind == "city" and longer[0].split()[-1] == word and self._side_uses_only(word, text):
            return longer[0]  # "the Phoenix's winless run", "Phoenix coach ..." after "Wellington Phoenix": no city takes "the"
        return None

    def _side_uses_only(self, word: str, text: str) -> bool:
        """Every use of `word` alone is after "the" and ends its phrase ("the Phoenix's winless run", "beat
        the Phoenix.", not "the Miami heat", "the Athens police") or is before a side's role word ("coach", "fans")."""
        uses = [u for u in whole_word(word).finditer(text) if not _in_longer_name(text, u.start(), u.end())]
        roles = _team_after_patterns(self.rules.team_roles_after)[1]
        return bool(uses) and all((re.search(r"\b[Tt]he $", text[max(0, u.start() - 4) : u.start()]) and re.match(r"['’]s\b|[,.;:!?)]", text[u.end() : u.end() + 2]))
                                  or roles.match(text, u.end()) for u in uses)

    def arm_country(self, name: str) -> Place | None:
        """"BBVA México" -> Mexico, "Saputo Dairy UK" -> United Kingdom: the country a body's name
        of two words or more ends in, written in English or its own way; None otherwise."""
        words = name.split()
        for k in range(1, len(words)):  # (the longest ending first: "Bosnia and Herzegovina")
            country = self.gaz.country_written_natively(" ".join(words[k:]))
            if country is not None:
                return country
        return None

    def _national_arm(self, word: str, longer: str, text: str) -> bool:
        """A body's national arm is another body than the body where the text gives the
        body another country or calls it the parent: "Spain's BBVA" beside "BBVA México",
        "Kenya's Safaricom" beside "Safaricom Ethiopia" (the country written its own way
        too). "Reform" stays short for "Reform UK", whose name holds its country."""
        arm = self.arm_country(longer) if longer.split()[0] == word else None
        if arm is None:
            return False
        for use in whole_word(word).finditer(text):
            before = _OWNER_BEFORE.search(text, max(0, use.start() - 40), use.start())
            if before is None:
                continue
            owner = self.gaz.country(before.group("owner")) if before.group("owner") else None
            if owner is None and before.group("owner"):
                owner = self.gaz.country(self.demonym_country(before.group("owner")) or "")
            if (owner is not None and owner.name != arm.name) or before.group("parent"):
                return True
        return False

    def is_club_name(self, name: str) -> bool:
        """"Velmora United", "Velmora City": a known place and a club word, or a
        club's opening word and more ("Deportivo Riestra", club_openers), or capitals
        and a city ("FAR Rabat"), where the whole is no place the gazetteer knows
        ("Tarnwick City")."""
        words = name.split()
        if len(words) < 2 or self.gaz.lookup(name) is not None:
            return False
        if words[0] in self.rules.club_openers:
            return not self.ends_with_place_word(name)  # (the club's ground is a place: "Zenit Arena")
        if len(words) == 2 and re.fullmatch(r"[A-Z]{2,5}", words[0]) and self.gaz.country(words[0]) is None \
                and words[0] not in self.rules.common_acronyms:  # (not "the VAR Stockholm hub")
            # "FAR Rabat", "PSV Eindhoven", "AEK Athens": capitals, then the city a club plays in
            return name_key(words[1]) in self.gaz.city_keys  # (a city, whatever region shares its name: "Rabat")
        return words[-1] in self.rules.club_words and self.gaz.lookup(" ".join(words[:-1])) is not None

    def club_before_city(self, name: str, text: str) -> bool:
        """"Persib Bandung", "Polissya Zhytomyr": a word no list knows (no place, given name,
        nationality, title, body's word or place's prefix: "Greater", "Port"), then a city, where
        the text also writes the first word alone ("Persib took the lead") and a side's cue stands
        by the name or the word ("beat", "coach", a score): a club and its city, not a person
        ("Zhou Yongkang ... Zhou said", "Naoko Fujisawa")."""
        words = name.split()
        if len(words) != 2 or not self._club_word_before_city(words[0]) or name_key(words[1]) not in self.gaz.city_keys:
            return False
        uses = list(whole_word(words[0]).finditer(text))
        alone = [u for u in uses
                 if not _WORD_OF_NAME_BEFORE.search(text, max(0, u.start() - 30), u.start()) and not _WORD_OF_NAME_AFTER.match(text, u.end())]
        if not alone or any(_SPEAKS_OR_DESCRIBED.match(text, u.end()) for u in uses):  # ("Sakichi's son")
            return False
        full = list(whole_word(name).finditer(text))
        side_will = _side_will(self.rules.side_next_verbs)
        # (what a side will do next, "will face", "host", a player does too: after the full name, "Zrinjski
        # Mostar will face", or the word alone before another name, "Botev will host Levski"; not "Zhao will
        # face a Danish opponent" after "badminton player Zhao Yulin")
        return any(self._team_cue(text, u.start(), u.end()) or RESULT_WITH_SCORE.match(text, u.end()) for u in full + alone) \
            or any(side_will.match(text, u.end()) for u in full) \
            or any((will := side_will.match(text, u.end())) and re.match(rf" [{CAP}]", text[will.end() : will.end() + 2]) for u in alone)

    def _club_word_before_city(self, word: str) -> bool:
        return (re.fullmatch(rf"[{CAP}][a-zà-ÿ’'-]{{2,}}", word) is not None and word not in self.rules.given_names
                and self.gaz.lookup(word) is None and not self.gaz.is_town(word) and not self.demonym_country(word)
                and word not in self.rules.demonyms and word not in self.rules.peoples and not self.has_org_word(word)
                and word.lower() not in self.rules.honorifics and word not in self.rules.place_name_openers
                and word not in self.rules.place_name_prefixes
                and name_key(word) not in self.rules.known_kinds)

    def _town_named_in(self, body: str, word: str, text: str) -> bool:
        """"a hospital in Wabag" beside "the Catholic Diocese of Wabag": `word` ends
        the body's name after "of" and the text writes it as a place too; it is
        the town the body is named after, no short form of the body."""
        return body.endswith(" of " + word) and self._located(text, word)

    def _located(self, text: str, word: str) -> bool:
        """`word`, alone (no capitalised word after it), written after a preposition of place."""
        return any(_PLACE_PREPOSITION.search(text[max(0, m.start() - 12) : m.start()]) and not re.match(rf" [{CAP}]", text[m.end() : m.end() + 2])
                   for m in whole_word(word).finditer(text))

    def _body_named_bare(self, text: str, word: str) -> bool:
        """"a bill in Congress", "approved by Parliament": an organization word after a
        preposition, with no article, and no name or "of" after it, names the body itself."""
        if not self.has_org_word(word):
            return False
        return any(_BARE_AFTER.search(text[max(0, m.start() - 12) : m.start()]) and not _BARE_BEFORE.match(text, m.end())
                   for m in whole_word(word).finditer(text))

    def _legislature_alone(self, text: str, word: str) -> bool:
        """"The Senate voted", "a vote in the Senate": a legislature's one-word name (legislature_words)
        written alone, with no capitalised word or "of" beside it ("Parliament Speaker Nabih Berri",
        "the Ceylon Workers' Congress", "the Congress of Deputies", "the Library of Congress" are other things)."""
        if word not in self.rules.legislature_words:
            return False
        for m in whole_word(word).finditer(text):
            before = text[max(0, m.start() - 30) : m.start()].split()
            previous = before[-1] if before else ""
            if previous == "of" and len(before) > 1 and before[-2][:1].isupper():
                continue  # "the Library of Congress", "the Houses of Parliament"
            if (not previous or previous[0].islower() or previous in ("The", "the") or previous[-1] in ".!?\"”“(") \
                    and not _BARE_BEFORE.match(text, m.end()):
                return True
        return False

    def _stands_alone(self, text: str, word: str) -> bool:
        """A generic word that names something by itself: not an organization word
        ("Commission"), and written mid-sentence with no capitalised word beside it."""
        if self.has_org_word(word):
            return False
        return any(not _OPENS_SENTENCE.search(text[max(0, m.start() - 4) : m.start()]) and not _in_longer_name(text, m.start(), m.end())
                   and not _AFTER_NAME_CONNECTOR.search(text[max(0, m.start() - 40) : m.start()])
                   for m in whole_word(word).finditer(text))

    def _longer_place(self, m: Mention, same: list[Mention], place_names: list[str]) -> str | None:
        """"Orrin" after "Orrin Peninsula", "Kivra" after "Lake Kivra": one word
        that names no country or city of its own, with no cue of its own, is the
        one longer place it names with feature words only (place_feature_words)."""
        known = self.gaz.lookup(m.name)
        # (a country or a city of its own is no short form: "Niger" beside "the Niger River";
        # a region or a city known only by an alternate name may be: "the Chenab" for the river)
        if len(m.name.split()) != 1 or (known is not None and (known.kind in ("country", "continent") or (known.kind == "city" and not known.alternate))) \
                or any(o.cue_place or o.cue_org for o in same):
            return None
        features = self.rules.place_feature_words
        found = []
        for p in place_names:
            words = p.split()
            # ("Kachin" after "Kachin State"; not "Kano", a city too)
            state = words[0] == m.name and self.named_state(p) and name_key(m.name) not in self.gaz.city_keys
            if (words[0] == m.name and all(w in features for w in words[1:])) or (words[-1] == m.name and all(w in features for w in words[:-1])) \
                    or state:
                found.append(p)
        if not found and (known is None or known.kind == "region" or known.population < 100_000) and m.name not in self.rules.given_names \
                and not self.gaz.is_capital(m.name) and name_key(m.name) not in self.gaz.us_states \
                and any(o.kind == "place" for o in same) and not any(o.kind == "organization" for o in same):
            # "the Golan" after "the Golan Heights", "Rio" after "Rio de Janeiro": the first word of one
            # longer place the article names, read as a place (not "Kano" beside "Kano State", "Quebec"
            # beside "Quebec City"; nor a city, a capital or a US state: "Washington" beside "Washington Heights")
            # (only a feature's name or one that goes on after a particle: not "Crimea Bridge", "York
            # Minster", "Bahia Blanca", "Everest Base Camp", other places that share the word)
            found = [p for p in place_names if p.split()[0] == m.name and name_key(m.name) not in self.gaz.city_keys
                     and (all(w in features or w == "Heights" for w in p.split()[1:]) or p.split()[1] in _PLACE_PARTICLES)]
        return found[0] if len(found) == 1 else None

    def _longer_org(self, name: str, orgs: list[str], legal_form: bool = True, person: bool = False) -> str | None:
        """The one longer organization a name of two or more words is short for:
        "Fisheries Department" for "Department of Fisheries", "Moriyama Tooling" for
        "Moriyama Tooling Industries" (only organization words added), "Harlan
        Foundation" for "Ada & Tomas Harlan Foundation" (its last words), "Orvel
        Fund" for "Orvel Fund to Fight Blight" or "... for Grain Safety" (a remit after it);
        with `legal_form`, "Sulawesi Raya" for "PT Sulawesi Raya Nickel"."""
        words = name.split()
        if len(words) < 2 or self.gaz.lookup(name) is not None:
            return None  # (a known place is no short form: "the Suez Canal" beside "the Suez Canal Authority")
        inverted = {name_key(f"{words[-1]} of {' '.join(words[:-1])}"), name_key(f"{words[-1]} of the {' '.join(words[:-1])}")}
        found = []
        for o in orgs:
            longer = o.split()
            if name_key(o) in inverted:
                found.append(o)
            elif o == name or len(longer) <= len(words):
                continue
            elif longer[: len(words)] == words and all(w in self.rules.org_name_words for w in longer[len(words) :]) \
                    and not ((words[-1] in self.rules.org_name_words or (person and self.given_name_led(name))
                              or self.rules.known_kinds.get(name_key(name)) == "organization")
                             and any(w in self.rules.institution_words for w in longer[len(words) :])):
                # (not "Kyoto University" for "Kyoto University Hospital": a body's full name, ending in a body's word, is no
                # short form of the hospital it runs, nor is a person a cue calls one for the school named after them;
                # "Johns Hopkins" is short for "Johns Hopkins University", "Kamal Adwan" for "Kamal Adwan Hospital")
                found.append(o)
            elif legal_form and longer[0] in self.rules.legal_form_prefixes and longer[1 : len(words) + 1] == words \
                    and len(longer) <= len(words) + 2:
                found.append(o)  # "Sulawesi Raya" read as a body, for "PT Sulawesi Raya Nickel" (not "on Pulau Obi", a place)
            elif longer[: len(words)] == words and words[-1] in self.rules.org_name_words and longer[len(words)] in ("to", "for", "on"):
                found.append(o)  # "Orvel Fund" for "Orvel Fund to Fight Blight, Rust and Mildew": the name before its purpose
            elif longer[-len(words) :] == words and words[-1] in self.rules.org_name_words and longer[-len(words) - 1] not in _CONNECTORS:
                found.append(o)
        return found[0] if len(found) == 1 else None

    def _full_people(self, mentions: list[Mention], text: str) -> list[str]:
        """Names of two or more words that are people, in order of first use:
        tagged so, or (when the model misread the full name, "Dragan Vell" as
        an organization) owning a surname or first name tagged as a person."""
        lone_people = {name_parts(m.name)[0] for m in mentions if m.kind == "person" and len(name_parts(m.name)) == 1}
        out: list[str] = []
        for m in mentions:
            if len(m.name.split()) < 2 or m.from_registry or self.has_org_word(m.name) or m.name in out:
                continue
            if self.ends_with_place_word(m.name) or self.named_state(m.name) or (self.club_before_city(m.name, text) and not m.cue_person):
                continue  # "Vilnius Airport", "Kano State" or "Persija Jakarta" read as a person owns no "Vilnius", "Kano", "Jakarta"
            parts = name_parts(m.name) or [""]
            # (not a name the model read as a person that a cue calls a body: "BBVA México, the local arm of ...")
            if m.kind == "person" or (m.label == "PERSON" and not m.cue_org) or (m.kind != "place" and {parts[0], parts[-1]} & lone_people):
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
            # (a nationality word names its own country: "French" is France beside "French Guiana")
            if m.name not in countries or name_key(m.name) in written or self.demonym_country(m.surface):
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


# A capitalised word right before or after a word, in the same sentence: the word is part of a longer name.
_WORD_OF_NAME_BEFORE = re.compile(rf"[{CAP}][\w’'-]*[’']?s? $")
_WORD_OF_NAME_AFTER = re.compile(rf"(?:[’']s?)? [{CAP}]")


@lru_cache(maxsize=4)
def _side_will(verbs: tuple) -> re.Pattern:
    """"Zrinjski will face", "Botev travel": what a side does next (side_next_verbs), after "will" or not."""
    return re.compile(rf"(?: will| would)? (?:{'|'.join(re.escape(v) for v in verbs) or '(?!)'})\b")


def _blended_name(word: str, parts: list[str]) -> bool:
    """"Jokowi" of ["Joko", "Widodo"]: two letters or more from the start of the first part, then
    two or more from the start of the last, and nothing else."""
    if len(parts) < 2 or len(word) < 4:
        return False
    low, first, last = word.lower(), parts[0].lower(), parts[-1].lower()
    return any(first.startswith(low[:i]) and last.startswith(low[i:]) for i in range(2, len(low) - 1))


def _named_last_before(names: list[str], position: int, mentions: list[Mention]) -> list[str]:
    """Of several names, the one whose last mention before `position` is the
    latest (several on a tie, none when none is named before it)."""
    last_seen = {n: max((m.start for m in mentions if m.name == n and m.start < position), default=-1) for n in names}
    best = max(last_seen.values())
    return [n for n in names if last_seen[n] == best and best >= 0]


def _named_alone_first(word: str, longer: str, mentions: list[Mention]) -> bool:
    """"workers at Orvel ... Orvel Defense Systems": a body's first word, named
    alone before the body is, is a parent of its own, not a short form."""
    if longer.split()[0] != word:
        return False
    alone = [m.start for m in mentions if m.name == word]
    full = [m.start for m in mentions if m.name == longer]
    return bool(alone and full) and min(alone) < min(full)
