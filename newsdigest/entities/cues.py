"""From a span to typed mentions: the registry, the gazetteer and the cue
words around a name (entity_rules.yml) decide its type."""

from __future__ import annotations

import re
from functools import lru_cache

from newsdigest.entities.capitals import CAP, NAME_UP_TO_THREE_WORDS
from newsdigest.entities.mention import _DIRECTIONS, _OPENS_SENTENCE, _POSSESSIVE, _POSSESSOR_SPLIT, LIST_WORD, MODEL_KINDS, REGNAL_OR_GENERATION, MONTHS, SENTENCE_START, WEEKDAYS, Mention, _in_longer_name, quoted, whole_word
from newsdigest.entities.propernames import _stop_words
from newsdigest.entities.registry import name_key


# "U.S. Grain Board", "VR Federal Grain Board": capitals (maybe dotted), then two or more words.
_ABBREVIATED_OWNER = re.compile(rf"(?P<owner>[{CAP}](?:\.?[{CAP}]){{1,3}}\.?) (?P<rest>[{CAP}][\w’'.&-]*(?: \S+)+)$")


# (a dot only after an abbreviation, "Sen. ", not a sentence's last word: "... Home Secretary. Downing Street")
# "Neighbouring", "Landlocked", "Oil-rich", "War-torn": a participle or compound adjective, then the rest of the run.
_ADJECTIVE_OPENER = re.compile(rf"(?:[{CAP}][a-z]+(?:ing|ed)|[{CAP}][a-z]+-[a-z]+) (?P<rest>[{CAP}].*)$")
_BRACKETED_ACRONYM = re.compile(rf" ?\([{CAP}]{{2,8}}\)")
_TITLE_BEFORE = re.compile(rf"(?<![\w-])([{CAP}][a-z]+(?:-[A-Za-z][a-z]*){{0,2}}|[{CAP}][a-z]{{0,3}}\.) $")
# Title words that qualify another title rather than stand for one ("Former", "Acting").
_TITLE_ADJECTIVES = {"former", "acting", "interim", "deputy", "chief", "businessman", "businesswoman"}

_CITY_PREPOSITION = re.compile(r"(?<![\w-])(?:[Ii]n|[Ff]rom|to|[Nn]ear) $")
# "Orvel and " + name, "Orvel, Tarsk and " + name, "Orvel, " + name: names listed before one.
_EARLIER_IN_LIST = re.compile(rf"(?<![\w’'-]){NAME_UP_TO_THREE_WORDS}(?:, {NAME_UP_TO_THREE_WORDS})*(?:,? and |, )$")
# After a name in the middle of a list: another name follows.
_LIST_GOES_ON_AFTER = re.compile(rf"(?:,|,? and) [{CAP}]")
# After a person's name: a verb of speech (not "said it", a body's), or an apposition naming a role.
# ("Lotte Chemical said in a filing that it ...": what calls itself "it" is no person.)
_SPEAKS_OR_DESCRIBED = re.compile(r"(?:,)?\s+(?:said|says|told|added|warned|argued|wrote|insisted|recalled)\b(?!\s+(?:it|its)\b)"
                                  r"(?![^.!?\"“]{0,50}?\bthat\s+it\b)"
                                  r"|,\s+(?:\d{1,3},|who\s|(?:a|an|the)\s+(?:former\s+)?(?:[a-z-]+\s+){0,3}?"
                                  r"(?:president|chief|head|leader|director|chairman|chairwoman|minister|spokesman|spokeswoman|"
                                  r"spokesperson|secretary|founder|governor|mayor|lawyer|analyst|economist|coach|captain|player|"
                                  r"striker|midfielder|defender|goalkeeper|rider|resident|farmer|trader|elder|shopkeeper|activist)\b"
                                  r"|(?:president|chief|head|leader|director|chairman|chairwoman|secretary|founder|governor)\s+of\b)"
                                  # "Aminu Gwadabe's union": what only a person has
                                  r"|['’]s\s+(?:brother|sister|son|daughter|wife|husband|father|mother|family|widow|union|lawyers?|"
                                  r"supporters|allies|aides?|spokesman|spokeswoman|campaign|party|federation|government|administration|"
                                  r"estate|behalf|death|funeral|arrest|lawyer)\b")
# A name listed right before or after another: "Bamako and " + name, name + ", Dilling".
_LISTED_NAME_BEFORE = re.compile(rf"(?<![\w’'-])(?P<name>{NAME_UP_TO_THREE_WORDS})(?:,| and| or) $")
_LISTED_NAME_AFTER = re.compile(rf"(?:,| and| or) (?P<name>{NAME_UP_TO_THREE_WORDS})(?![\w’'-])")
# "Wrestler Vinesh Phogat": a capitalised role word, then two or three capitalised words.
_ROLE_THEN_NAME = re.compile(rf"(?P<role>[{CAP}][a-z-]+) (?P<name>[{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*){{1,2}})$")
# A route's two ends: "from " + name + " to Tarnwick", "from Tarnwick to " + name.
_FROM_BEFORE = re.compile(r"(?<![\w-])from $")
_ROUTE_TO = re.compile(rf" to (?P<other>{NAME_UP_TO_THREE_WORDS})(?![\w’'-])")
_ROUTE_FROM = re.compile(rf"(?<![\w-])from (?P<other>{NAME_UP_TO_THREE_WORDS}) to $")

# "held 1-1 at home by Orvel", "lost 2-1 to Orvel": a score, then the side it was against.
_TO_INSIDE = re.compile(rf"(?<=[\w’'.]) to (?=[{CAP}])")
_SCORE_BEFORE = re.compile(r"\d+-\d+ (?:at home |away (?:from home )?)?(?:by|to|with|over|against) $")
# "joined Orvel from Tarsk": the side a player left.
_JOINED_FROM = re.compile(rf"\bjoined [{CAP}][\w’'.-]*(?: (?:[{CAP}][\w’'.-]*|de|da|do|del|di))* from $")
# A name that opens a clause: a sentence's start or a conjunction (not "and": in
# "Orvel and Tarsk have" the verb agrees with both).
_CLAUSE_OPENS = re.compile(SENTENCE_START + r"\s*$|(?:(?<![\w-])(?:while|as|but|when|after|before|whereas|though|although|if|"
                           r"where|until|since|because|so|then|now) )$")
# "Orvel, who are second": a plural verb after "who" (one person "is").
# "the mayor of Kiryat Shmona, " before "Avichai Stern,": an office held over a named place or body, then its holder.
_HOLDER_OF_BEFORE = re.compile(rf"\b(?:mayor|governor|president|chairman|chairwoman|chair|head|chief|leader|director|minister|"
                               rf"secretary|ambassador|speaker|premier|founder|owner|coach|captain|ceo|CEO)\s+of\s+(?:the\s+)?"
                               rf"{NAME_UP_TO_THREE_WORDS},\s+$")
_WHO_PLURAL = re.compile(r", who (?:are|were|have)\b")
_LOWERCASE_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z]+) $")
# "Karl Storz founded the business", "Helena Rubinstein, born in Krakow, ... died": what only a
# person does, right after the name or after one clause between commas.
_LIFE_VERB_AFTER = re.compile(r"(?:,[^,.;]{1,40},)? (?:founded|co-founded|was born|died|married|grew up|was buried|is buried|retired)\b|, born\b")
# A lowercase word right before a name, but a conjunction: the name is its object, not the sentence's subject.
_OBJECT_BEFORE = re.compile(r"(?<![\w-])(?!(?:and|but|while|as|when|after|before|because|although|though|if) )[a-z][a-z-]* $")
# "Karl Storz's daughter", "Tommy Hilfiger's brother": a kinsman after a person's possessive.
_KIN_POSSESSIVE = re.compile(r"['’]s (?:(?:late|eldest|youngest|elder|younger|great-)?(?:grand|step)?(?:son|daughter|wife|husband|widow|brother|sister|"
                             r"father|mother|nephew|niece|cousin|uncle|aunt|family|children|parents|portrait|biography|funeral|death|grave)s?)\b")
# "Carl Zeiss opened his workshop", "Laura Ashley, who founded the company with her husband": a
# person's own pronoun later in the clause (no other name, no clause end between).
_OWN_PRONOUN_AFTER = re.compile(r"(?:,? [a-z][a-z-]*){1,6}? (?:his|her|himself|herself|(?<=that )(?:he|she))\b")
_PLACE_OR_THE_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|in|at|of|from|near|on|outside|across|around|inside) $")
# What a company is: ", whose chief executive ...", "Tarnwick-based X", "copper producer X", "the oil giant X".
_COMPANY_AFTER = re.compile(r",\s+(?:whose\s+(?:chief|shares|headquarters|founder|owner|owners|parent|board|chairman|chairwoman)"
                            r"|the\s+(?:maker|developer|publisher)\s+of)\b")  # (", the maker of Fortnite"; not "a policy maker at")
_COMPANY_BEFORE = re.compile(r"(?:[^\W\d_]-based|(?<![\w-])producer|(?<![\w-])giant) $")
# "shares in ", "stake in ", "shares of " right before a name.
_STAKE_BEFORE = re.compile(r"\b(?:shares|stake)\s+(?:in|of)\s+$")
# Four to six capitals, maybe with "&" or a digit, no lowercase: a body's initials ("FGTB", "CD&V"); three are
# as often a person's ("JFK", "FDR").
_INITIALS = re.compile(rf"[{CAP}][{CAP}&0-9]{{3,5}}")
# A year or "century" right before an era marker ("500 BC", "1200s BCE", "century BC"), or a year after one ("AD 79").
_YEAR_OR_CENTURY_BEFORE = re.compile(r"(?:\d{1,4}s?|century|centuries|millennium|millennia)\s+$")
_YEAR_AFTER = re.compile(r"\s+\d{1,4}\b")
# Not a person: ", which ..." or "said (on Monday) it/its" after the name.
# ", said he", " told reporters she", " died", ", 70,": what only a person does or is, right after a name.
HE_OR_SHE_AFTER = re.compile(r",? (?:said|says|told|added|argued|insisted|wrote)(?: [a-z]+){0,2}? (?:he|she)\b| died\b| was born\b|, \d{1,3},")
_NOT_A_PERSON = re.compile(rf",\s+which\b| said(?: on [{CAP}]\w+| in a statement)? (?:it|its)\b")
_LED_BY = re.compile(r"(?<![\w-])led by $")
# "in Anbar and ", "around Goma, Uvira and ": names listed after a word of place, up to the last.
# (Not after "from": "cash from Ivo Vell and Orvel". Not ", and": "near Tarsk, and Orvel Rockets are ...".)
_PLACE_ITEM = rf"[{CAP}][\w’'-]*(?:\s+[{CAP}][\w’'-]*)?"  # one name of a list of places: one or two capitalised words
_LOCATIVE_LIST = re.compile(rf"(?<![\w-])(?:in|near|around|across)\s+(?:the\s+)?(?:{_PLACE_ITEM},\s+)*{_PLACE_ITEM}\s+(?:and|or)\s+$")
# "to Cebu, " + "Leyte" + ", Negros and Bohol", "across " + "Leyte" + " and Samar": a name first or in the middle of such a list.
# ("in", "near" and "to" only after one listed already: "wrote to Ana Vell, Orvel's leader" is no list
# of places, and a first name after "in" is _IN_OR_NEAR's, which knows stakes: "invested in Norvex and Velkor".)
_LOCATIVE_LIST_OPEN = re.compile(rf"(?<![\w-])(?:(?:around|across)\s+(?:the\s+)?(?:{_PLACE_ITEM},\s+)*"
                                 rf"|(?:in|near|to)\s+(?:the\s+)?(?:{_PLACE_ITEM},\s+)+)$")
_LIST_GOES_ON = re.compile(rf",\s+[{CAP}]|,?\s+(?:and|or)\s+[{CAP}]")
# What may follow a name that ends its phrase or is the subject of the sentence: punctuation, a word that opens
# another phrase, or a verb a band, channel or magazine is the subject of ("The band Jethro Tull announced";
# not a clause the name opens: "the band John Lennon formed", "the station Putin visited").
_PHRASE_ENDS = re.compile(r"\s*(?:[.;:)!?]|,(?!\s+[A-Z])|$)|\s+(?:that|which|in|on|at|for|with|said|says|announced|will|would|"
                          r"has|have|had|is|was|won|played|plays|released|broadcast|broadcasts|reported|named|published|"
                          r"aired|confirmed|denied|cancelled|canceled|headlined|headlines)\b")
# A nationality word before these names a language ("its Spanish initials", "the Arabic word").
_LANGUAGE_AFTER = re.compile(r"\s+(?:initials|acronym|abbreviation|name|names|word|words|spelling|translation|language|"
                             r"dialect|speakers?|text|version|edition|subtitles|lessons?|classes|teachers?|proficiency|"
                             r"tests?|course|literature)\b|-(?:speaking|language)\b")
# A verb right after a nationality word that opens a sentence, which makes it a language's name ("Icelandic has changed
# little"); a people's plural ("Somalis are") is no language.
_LANGUAGE_VERB_AFTER = re.compile(r" (?:is|was|has|had|remains|became|uses|used|borrows|borrowed|belongs|shares|differs|sounds)\b")
_SAID_AFTER = re.compile(r"(?:['’]s\s+\w+\s+)?\s*(?:said|says|told|announced|reported|confirmed|denied)\b")
_LANGUAGE_BEFORE = re.compile(r"(?<![\w-])(?:in|into|speaks?|spoke|speaking|learn|learning|teach|teaching|taught|fluent|"
                              r"switched to|translated into)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_UNKNOWN_ACRONYM = re.compile(r"[A-Z][A-Z&]{2,6}\+?")  # "CMVM", "JANAF", "OPEC+" (no digits: "T20", "R21" are formats and vaccines)
# A side's result and one score right after its name ("St. Gallen lost 2-1 at home", "Orvel won 26-10"; not a
# tennis match's sets, "lost 6-4 6-3", nor a boxer's cards, "won 116-112").
# (Not "led 52-46", a poll's or a match's lead, nor a range: "lost 12-14 hours", "10-15 percent".)
RESULT_WITH_SCORE = re.compile(r" (?:won|lost|drew|beat|edged|thrashed|routed|trailed)(?: [a-z]+)? \d{1,2}-\d{1,2}\b"
                               r"(?![,;]? \d{1,2}-\d)(?! (?:hours?|days?|weeks?|months?|years?|percent|per cent|points?|seats?|votes?|minutes?)\b)(?!%)")
_ONE_SCORE_AFTER = re.compile(r" \d{1,3}-\d{1,3}\b(?![,;]? \d{1,2}-\d)")
_NAME_GOES_ON = re.compile(r"[+&]|\s\d+\b(?![-–])")  # "Canal+", "Racing 92 26-10": the name goes on past the run
# A name, then "of (the)" or "on", then a place's name ("Whirlpool of the United States", "Llucmajor on Mallorca").
_NAME_OF_OR_ON_PLACE = re.compile(rf"(?P<first>[{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*)*) (?P<joint>of|on) (?:the )?(?P<place>[{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*)*)")
# A party's bracketed qualifier (bracketed_qualifiers) inside a span that stops before ")" ("Janata Dal (United"),
# or right after a span ("Janata Dal" + " (United)").
_BRACKETED_QUALIFIER = re.compile(rf".+ \((?P<word>[{CAP}][a-z-]+)")
_QUALIFIER_AFTER = re.compile(rf" \((?P<word>[{CAP}][a-z-]+)\)")
_SPEAKER_OR_FOUNDER_BEFORE = re.compile(r"(?<![\w-])(?:(?P<said>said|says|asked|added)|founded by|named after) $")
_ALSO_NAMED = rf"(?: and [{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*)?)?"  # "the former Orvel and Tarsk manager"

# One name in a list: capitalised words, maybe with particles ("Ana de Vell").
_LIST_ITEM = rf"{LIST_WORD}(?:\s+(?:{LIST_WORD}|de|da|del|van|von|al|bin|el))*"
# A span made of two names: capitalised words, "and" (maybe "the") or "in", capitalised words.
_JOINED = re.compile(rf"^(?P<left>[{CAP}][\w’'.-]*(?: (?:of the|of|de|del|al)? ?[{CAP}][\w’'.-]*)*)(?P<joint> and the | and )"
                     rf"(?P<right>[{CAP}][\w’'.-]*(?: (?:& )?[{CAP}][\w’'.-]*)*)$")
_ORDINAL_BEFORE = re.compile(r"(?<![\w,.-])(?<!about )(?<!some )(?<!nearly )(?<!around )(?<!than )(?<!over )\d{1,3}(?:st|nd|rd|th)? $")
# Military units a bare number may name ("the 444 Combat Brigade").
_UNIT_WORDS = frozenset({"Brigade", "Battalion", "Regiment", "Division", "Corps", "Squadron", "Army", "Unit", "Fleet", "Wing"})
_LIST_SEPARATOR = re.compile(r",\s|\s(?:and|or)\s")
# A lowercase word (maybe ", such as"), then a capital: where a plural may open a list.
_WORD_BEFORE_NAME = re.compile(rf"(?<![\w-])([a-z]+)(?:,?\s+(?P<such>such as|including|like))?\s+(?=[{CAP}])")
# Names listed: one, then more after commas, maybe the last after "and"/"or".
_LISTED = rf"{_LIST_ITEM}(?:,\s+{_LIST_ITEM})*(?:,?\s+(?:and|or)\s+{_LIST_ITEM})?"
_NAMES_AT = re.compile(_LISTED)
# "are among the ...", "were the biggest ...": the plural is the word after, or the one after that.
_LIST_VERB = re.compile(r"\s+(?:are|were)\s+(?:among\s+)?(?:the\s+)?(?P<words>[a-z-]+(?:\s+[a-z-]+)?)")
_LISTED_BEFORE = re.compile(rf"(?<![\w’'.&-]){_LISTED}$")


class Cues:
    """Resolver rules that type a span by its context."""

    def _list_cue(self, text: str, start: int, end: int) -> str | None:
        """"former presidents Ana Vell, Ivo Marrow and ...", "the companies Norvex and
        Tarsk", "Norvex, Tarsk and Orvel are among the companies ...": a plural noun
        for people or for bodies right before a list of two or more names, or after
        it and "are (among the)", types every name in it: "person", "organization"
        or None. ("leaders Orvel" alone is a sports table's leader, not a list.)"""
        cached = self.__dict__.get("_listed")
        if cached is None or cached[0] is not text:  # the lists are found once per text
            cached = self.__dict__["_listed"] = (text, self._lists(text))
        for list_start, list_end, kind in cached[1]:
            if list_start <= start < list_end:
                return kind
        return None

    def _lists(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, kind) of each list of names a plural types. The plurals are
        found as lowercase words, then looked up (one alternation of every plural,
        tried at every position, cost a third of a millisecond per article)."""
        found = []
        for plural in _WORD_BEFORE_NAME.finditer(text):
            kind = self._plural_kind(plural.group(1))
            names = _NAMES_AT.match(text, plural.end()) if kind else None
            # (one name is enough after "such as" or "including": "camps such as Kaptagat")
            if names and (_LIST_SEPARATOR.search(names.group(0)) or plural.group("such")):
                found.append((names.start(), names.end(), kind))
        for verb in _LIST_VERB.finditer(text):
            kind = next(filter(None, map(self._plural_kind, verb.group("words").split())), None)
            names = _LISTED_BEFORE.search(text, max(0, verb.start() - 200), verb.start()) if kind else None
            if names and _LIST_SEPARATOR.search(names.group(0)):
                found.append((names.start(), names.end(), kind))
        return found

    def _plural_kind(self, word: str) -> str | None:
        if word in self.rules.list_person_nouns:
            return "person"
        if word in self.rules.list_org_nouns:
            return "organization"
        return "place" if word in self.rules.place_plurals_before else None

    def _place_cue(self, text: str, start: int, end: int, borrowed: bool = True, route: bool = True) -> bool:
        """What the words around a name say it is a place. With `borrowed`, also
        what is said of the names it is listed with ("residents of Kherson and
        Zelensky condemned" is no list of places: see _from_span); with `route`,
        what a route's other end says ("from Seattle to Microsoft" is none)."""
        if self._place_cue_before(text, start):  # "the town of ", "the port of the "
            return True
        words = text[start:end].split()
        if len(words) >= 2 and words[-1].islower() and words[-1] in self.rules.place_cues_after and words[-2][:1].isupper() \
                and not self._nationality_or_people(" ".join(words[:-1])):
            return True  # "Orvel village": a span the model ran over the unit word (not "Vell on the edge of the area")
        first = _EARLIER_IN_LIST.search(text, max(0, start - 80), start) if borrowed else None
        if first is not None and not first.group(0).endswith(" and ") and not _LIST_GOES_ON_AFTER.match(text, end):
            first = None  # ("residents of Orvel, Ana Vell said": no list)
        if first is not None and first.group(0).endswith(", and ") and first.group(0).count(",") == 1:
            first = None  # ("based near Munich, and Orvel Rockets": a clause, not a list of two)
        if first is not None and self._place_cue_before(text, first.start()):
            return True  # "residents of Orvel and " + name, "of Orvel, " + name + " and Tarsk": the cue before the first types all
        after = text[end : end + 30].lower().lstrip()
        if _starts_with_cue(after, self.rules.place_cues_after) and not _UNIT_OF_A_BODY.match(after) \
                and not (after.startswith(("area", "village")) and self._nationality_or_people(text[start:end])):
            return True
        # "the Orvel peninsula": a feature word written in lowercase (not "Orvel Peninsula Holdings").
        if _starts_with_cue(text[end : end + 30].lstrip(), self.rules.place_features_after):
            return True
        if _apposition_pattern(self.rules.apposition_place_nouns).match(text, end, end + 80):
            return True  # "Orvel, a deep-sea port on the bay"
        return self._plural_place_cue(text, start, end) or (route and self._route_end(text, start, end)) \
            or self._list_cue(text, start, end) == "place"  # "camps such as Kaptagat", "the towns Orvel and Tarsk"

    def _nationality_or_people(self, word: str) -> bool:
        """A nationality's or a people's word ("an Arab village", "a Yazidi village"): no place's name."""
        return self._people_word(word) or word in self.rules.peoples

    def _place_cue_before(self, text: str, start: int) -> bool:
        """A place cue phrase (place_cues_before) ends right before `start`."""
        before = re.sub(r"\s+", " ", text[max(0, start - 40) : start].lower())
        return _cue_pattern(self.rules.place_cues_before, "ends").search(before) is not None

    def _route_end(self, text: str, start: int, end: int) -> bool:
        """"from Orvel to Tarnwick", "from Tarnwick to Orvel": one end of a route
        whose other end is a known city or region (not a country: "moved from
        Norvex to Varenia" says nothing of Norvex)."""
        other = _ROUTE_TO.match(text, end) if _FROM_BEFORE.search(text, max(0, start - 6), start) else None
        if other is None:
            other = _ROUTE_FROM.search(text, max(0, start - 60), start)
        if other is None:
            return False
        place = self.gaz.lookup(other.group("other"))
        return place is not None and place.kind in ("city", "region")

    def _plural_place_cue(self, text: str, start: int, end: int) -> bool:
        """"the Orvel and Tarsk districts", "the villages of Orvel and Tarsk": a
        plural unit word after or before two names joined by "and" is a cue for both."""
        after, _ = _plural_cue_patterns(self.rules.place_cues_plural)
        # ("the ports of Balboa and Cristóbal"; but "the Ruto and Odinga camps" are political camps)
        _, before = _plural_cue_patterns(self.rules.place_plurals_before)
        if self.rules.known_kinds.get(name_key(text[start:end])) == "organization":
            return False  # ("the Hamas and Hezbollah checkpoints": a well-known body's)
        return after.match(text[end : end + 60]) is not None or before.search(text[max(0, start - 60) : start]) is not None

    def _org_cue(self, text: str, start: int, surface: str, end: int) -> bool:
        """"the Wagner group", "the M12 rebel group", "the company Norvex"."""
        return self._org_cue_around(text, start, surface, end) or self._org_cue_before(text, start, end)

    def _org_cue_around(self, text: str, start: int, surface: str, end: int) -> bool:
        """_org_cue's cues but the words right before the name (_org_cue_before): a cue word the
        span ends in or that follows it, an apposition, "whose chief executive", "the oil giant"."""
        last = surface.split()[-1] if surface.split() else ""
        if last.islower() and last in self.rules.org_cues_after:
            return True
        following = re.match(r"\s+([a-z-]+)(?:\s+([a-z]+))?", text[end : end + 40])
        if following and surface.endswith(("'s", "’s")):
            following = None  # "Ilse Marrow's party": what follows a possessive is what the name owns
        if following:
            word, then = following.groups()
            if word in self.rules.org_cues_after or (word in self.rules.org_cue_modifiers and then in self.rules.org_cues_after):
                return True
        apposition = _apposition_pattern(self.rules.apposition_org_nouns).match(text, end, end + 80)
        if apposition and not (re.match(rf",\s+[{CAP}]", apposition.group(0))
                               and (self.given_name_led(surface) or apposition.group(0).rstrip().endswith(_PEOPLES_ROLES))):
            return True  # "Norvex, the Varenian state nuclear corporation," (not "Ivo Vell, Acme's administrator,")
        # "Norvex, whose chief executive", "the Tarnwick-based Norvex", "the oil giant Norvex"
        return _COMPANY_AFTER.match(text, end) is not None or _COMPANY_BEFORE.search(text, max(0, start - 20), start) is not None

    def _org_cue_before(self, text: str, start: int, end: int) -> bool:
        """"the company Norvex", "analysts at Norvex" (org_cues_before; a cue may open the sentence: "Analysts at
        Orvel said"); "his band Ngoni Ba," where the name ends the phrase (org_nouns_before_name)."""
        before = re.sub(r"\s+", " ", text[max(0, start - 40) : start]).lower()
        if _cue_pattern(self.rules.org_cues_before, "before").search(before) is not None:
            return True
        return _PHRASE_ENDS.match(text, end) is not None and _cue_pattern(self.rules.org_nouns_before_name, "before").search(before) is not None

    def _after_org_noun(self, text: str, start: int) -> bool:
        """", the peacekeeping mission, " or "the rebel group " right before a name."""
        before = re.search(r"\b(?:[Tt]he|an?|An?)\s+(?:[\w-]+\s+){0,3}?([a-z]+),?\s$", text[max(0, start - 60) : start])
        return bool(before) and (before.group(1) in self.rules.apposition_org_nouns or before.group(1) == "mission")

    def _person_cue(self, text: str, start: int, end: int, titles: bool = True) -> bool:
        """"coach Anton Vell", "Anton Vell equalised"; with `titles`, "Interior Minister Anton Vell"
        (a title types a span the model found, but does not make a person of a run it missed)."""
        after = text[end : end + 40].lower().lstrip()
        if _starts_with_cue(after, self.rules.person_cues_after):
            return True
        if self._person_context(text, start, end):
            return True
        return self._person_cue_before(text, start, titles)

    def _person_context(self, text: str, start: int, end: int) -> bool:
        """What only a person is (apposition_person_nouns): ", 46,", ", who said" (not a
        side's ", who are"), ", whose wife", ", the president of ...", ", the populist
        economist who", "a Varenian businessman, Ivo Marrow," and "led by Ivo Marrow"."""
        after, before = self._person_patterns()
        if text[end : end + 1] == "-":
            return False  # "the manager, Orvel-listed Tarsk Tankers"
        # (what follows a name after "the" or a preposition of place belongs to the name before:
        # "the Orvels, who ...", "doctors in Tarnwick, who ...", "Ivo Marrow of Tarsk Cycling, who ...")
        found = after.match(text, end)
        if found:
            guard = _PLACE_OR_THE_BEFORE.search(text, max(0, start - 10), start)
            if guard is None or (guard.group(0) == "of " and self._apposition_after_of(text, guard.start(), found.group(0))):
                return True
        return before.search(text, max(0, start - 40), start) is not None \
            or (" " in text[start:end] and _LED_BY.search(text, max(0, start - 8), start) is not None) \
            or (" " in text[start:end] and text[end : end + 1] == "," and self._person_shaped(text[start:end])
                and _HOLDER_OF_BEFORE.search(text, max(0, start - 60), start) is not None)  # (not "The owner of KFC, Yum Brands,")

    def _apposition_after_of(self, text: str, of_start: int, apposition: str) -> bool:
        """"the trial of Erion Veliaj, the suspended mayor of Tirana": after "of" and a lowercase word
        that is no holder of a post ("the head of Tarsk Cycling, the former champion" describes the
        head), an apposition with a noun only a person is describes the name."""
        word = _LOWERCASE_WORD_BEFORE.search(text, max(0, of_start - 20), of_start)
        return word is not None and word.group(1) not in self.rules.apposition_person_nouns \
            and word.group(1) not in self.rules.person_cues_before and re.match(r",\s+(?:a|an|the)\s", apposition) is not None

    def _person_patterns(self) -> tuple[re.Pattern, re.Pattern]:
        """_person_context's patterns, after and before a name (once per resolver: the cue lists are long, and every span is asked)."""
        patterns = self.__dict__.get("_person_context_cache")
        if patterns is None:
            patterns = self.__dict__["_person_context_cache"] = _person_context_patterns(self.rules.apposition_person_nouns,
                                                                                  self.rules.team_cues_after)
        return patterns

    def _described_as_person(self, text: str, end: int) -> bool:
        """What only a person is, right after the name (_person_context's apposition), wherever the name stands."""
        return self._person_patterns()[0].match(text, end) is not None

    def _kin_of_before(self, text: str, start: int) -> bool:
        """A kinship cue with "of" right before the name ("the daughter of ", "a son of ")."""
        return _cue_before(text, start, tuple(c for c in self.rules.person_cues_before if c.endswith(" of")))

    def _person_cue_before(self, text: str, start: int, titles: bool = True) -> bool:
        """A title ("Interior Minister Ana Orvel") or a role word ("coach Ana Orvel") right before the name."""
        title = _TITLE_BEFORE.search(text, max(0, start - 30), start) if titles else None
        word = title.group(1).rstrip(".").lower() if title else ""
        if word in self.rules.honorifics and word not in _TITLE_ADJECTIVES:
            return True
        return _cue_before(text, start, self.rules.person_cues_before)

    def _team_cue(self, text: str, start: int, end: int, roles: bool = True) -> bool:
        """What a team, a club or a side is (team_cues_before, team_cues_after,
        team_roles_after): "beat Orvel", "a 2-1 win over Orvel", "held 1-1 by Orvel",
        "joined Orvel from Tarsk", "points behind Orvel", "Orvel host Tarsk" and
        "Orvel travel to ..." (a plural verb after one name, which opens a clause),
        "Orvel, who are second", and with `roles` "the former Tarsk and Orvel coach"."""
        patterns = self.__dict__.get("_team_patterns")
        if patterns is None:  # (once per resolver)
            patterns = self.__dict__["_team_patterns"] = (_team_after_patterns(self.rules.team_roles_after)[0],
                                                          _team_after_patterns(self.rules.team_cues_after)[1])
        roles_after, verbs_after = patterns
        if self._team_cue_before(text, start):
            return True
        if (_WHO_PLURAL.match(text, end) and not self._list_after_words(text, start)) or (roles and roles_after.match(text, end)):
            # (after a list that words open the plural is the list's or its people's: "Teachers in Sulaimaniyah
            # and Halabja, who have staged", "the governors of Kano and Kaduna, who have"; sides open their clause)
            return True
        return verbs_after.match(text, end) is not None and _CLAUSE_OPENS.search(text, max(0, start - 12), start) is not None

    def _team_cue_before(self, text: str, start: int) -> bool:
        """What stands before a side's name: "beat Orvel", "a 2-1 win over Orvel", "held 1-1 by Orvel",
        "joined Orvel from Tarsk" (team_cues_before)."""
        before = text[max(0, start - 40) : start]
        return _lowercase_cue_before(text, start, self.rules.team_cues_before) \
            or _SCORE_BEFORE.search(before) is not None or _JOINED_FROM.search(text, max(0, start - 80), start) is not None

    def _person_shaped(self, name: str) -> bool:
        """A given name first, or two or three capitalised words with no body's, company's or place's word, no
        nationality and no plural or "-ing" word last ("Avichai Stern"; not "Yum Brands", "Qatar Holding",
        "Asia Pacific", "Consumer Banking")."""
        if self.given_name_led(name):
            return True
        words = name.split()
        return (2 <= len(words) <= 3 and all(re.fullmatch(rf"[{CAP}][\w’'-]+", w) for w in words) and not self.has_org_word(name)
                and not any(w in self.rules.company_words or self.gaz.lookup(w) is not None or self.demonym_country(w) for w in words)
                and not words[-1].endswith(("s", "ing")) and name_key(name) not in self.rules.known_kinds)

    def _list_after_words(self, text: str, start: int) -> bool:
        """A name that ends a list ("X and " + name) which a lowercase word opens: "in X and Y", "the mayors of X and Y"."""
        listed = _LISTED_NAME_BEFORE.search(text, max(0, start - 60), start)
        if listed is None:
            return False
        return re.search(r"\b[a-z]+ (?:the )?$", text[max(0, listed.start() - 30) : listed.start()]) is not None

    def _surname_of_full_name(self, text: str, name: str) -> bool:
        """"Sudani" where the text also writes "Ivo al-Sudani": a nationality word that ends a
        full name is a surname (a capitalised word before it that opens a sentence is no given
        name: "Most Kazakh crude"; nor is a nationality before a hyphen: "the Saudi-Emirati coalition")."""
        return any(not _OPENS_SENTENCE.search(text[max(0, m.start() - 4) : m.start()])
                   for m in re.finditer(rf"(?:(?<![\w’'-])[a-z]{{1,4}}-|(?!(?:The|Former|Then|Ex)\b)[{CAP}][\w’']+ ){re.escape(name)}\b", text))

    def _known_or_acronym(self, name: str) -> bool:
        """Capitals only ("CMA CGM"), or a name the lists or the gazetteer know: a name of its own."""
        return bool(re.fullmatch(rf"[{CAP}0-9&]{{2,}}(?: [{CAP}0-9&]{{2,}})*", name)) or name_key(name) in self.rules.known_kinds \
            or self.gaz.lookup(name) is not None

    def _registry_hit(self, text: str, surface: str, end: int):
        """The registry sees the name before any normalisation ("Kessler's")."""
        bare = re.sub(r"^(?:the|The)\s+", "", surface.strip())
        for candidate in (bare, bare + text[end : end + 2] if text[end : end + 2] in ("'s", "’s") else None):
            if candidate:
                entry = self.registry.lookup(candidate)
                if entry is not None:
                    return entry
        return None

    def _title_owner(self, owner: str) -> bool:
        """A title, or capitalised words ending in a title or a role word ("Special
        Prosecutor", person_cues_before), as the owner of a body: part of its name."""
        owner = re.sub(r"^(?:the|The)\s+", "", owner)
        last = owner.split()[-1].lower() if owner.split() else ""
        last_two = " ".join(owner.split()[-2:]).lower()  # ("Manhattan District Attorney": a title of two words)
        return owner.lower() in self.rules.honorifics or (
            owner[:1].isupper() and (last in self.rules.honorifics or last_two in self.rules.honorifics or last in self.rules.person_cues_before))

    def _demonym_read_as_person(self, text: str, start: int, end: int, ents: list) -> bool:
        """A nationality word alone read as a person ("Burkinabè favourite
        Ousmane Sawadogo"), unless it is the surname of a person the text
        names in full or with a title ("Bill English ... English said",
        "Mohammed Shia al-Sudani ... Sudani said", "Coach Cubas")."""
        word = text[start:end]
        if " " in word or self.demonym_country(word) is None:
            return False
        in_full_name = any(label == "PERSON" and e - s > end - start and re.search(rf"\b{re.escape(word)}\b", text[s:e]) for s, e, label in ents)
        # (nor after a given name or a title anywhere: "Bill English", "Coach Cubas", "Professor Welsh")
        return not in_full_name and not any(before in self.rules.given_names or before.rstrip(".").lower() in self.rules.honorifics
                                            for before in re.findall(rf"([{CAP}][\w’'.-]*) {re.escape(word)}\b", text))

    def _from_span(self, text: str, surface: str, start: int, end: int, label: str, hint: str) -> list[Mention]:
        verb = _verb_inside(self.rules.verbs_inside_span).search(surface)
        if verb:  # "Braga ended Porto's": two names and the verb between them, which the model read as one
            left, right = surface[: verb.start()], surface[verb.end() :]
            return self._from_span(text, left, start, start + len(left), label, hint) \
                + self._from_span(text, right, start + verb.end(), end, label, hint)
        to = _TO_INSIDE.search(surface)
        if to and self._known_or_acronym(surface[to.end() :]):
            # "sold Bolloré Logistics to CMA CGM": the model read the seller, "to" and the buyer as one name
            left, right = surface[: to.start()], surface[to.end() :]
            return self._from_span(text, left, start, start + len(left), label, hint) \
                + self._from_span(text, right, start + to.end(), end, label, hint)
        two = _NAME_OF_OR_ON_PLACE.fullmatch(surface)
        if two and self._names_two(two.group("first"), two.group("joint"), two.group("place"), hint):
            # "Whirlpool of the United States": a company and its country; "Llucmajor on Mallorca": a town and its island
            first_end, place_start = start + two.end("first"), start + two.start("place")
            first_hint = "organization" if two.group("joint") == "of" else "place"
            return self._from_span(text, two.group("first"), start, first_end, label, first_hint) \
                + [Mention(self.gaz.lookup(two.group("place")).name, "place", two.group("place"), place_start, end, label="GAZETTEER")]
        qualifier = _BRACKETED_QUALIFIER.fullmatch(surface) if text[end : end + 1] == ")" else _QUALIFIER_AFTER.match(text, end)
        unbracketed = surface.split(" (")[0]
        # (after a person's name the bracket is an affiliation: "Joe Vell (Democratic)", "Bruno Orvel (United)")
        if qualifier and qualifier.group("word") in self.rules.bracketed_qualifiers \
                and not self.given_name_led(unbracketed) and not self._titled_person(unbracketed):
            # "Janata Dal (United)": a party's bracketed qualifier is part of its name (however the model read the rest)
            end = end + 1 if qualifier.re is _BRACKETED_QUALIFIER else qualifier.end()
            surface, hint, label = text[start:end], "organization", "ORG"
        elif "(" in surface[1:]:  # "Northern Seas Council (NSC", "British National Party(BNP": the name stops at the bracket
            surface = surface[: surface.index("(", 1)].rstrip()
            end = start + len(surface)
        if label == "PERSON" and _INITIALS.fullmatch(surface) and name_key(surface) not in self.rules.known_kinds \
                and self.registry.lookup(surface) is None:
            hint, label = "organization", "ORG"  # "the FGTB union": capitals the model read as a person are a body's initials
        entry = self._registry_hit(text, surface, end)
        if entry is not None:
            return [Mention(entry.name, entry.kind, surface, start, end, label=label, from_registry=True)]
        joined = self._joined_names(text, surface, start)
        if joined is not None:  # "Orvel and the Tarsk Alliance", "the Vell Stadium in Tarnwick": two names in one span
            return [m for part, part_start in joined for m in self._from_span(text, part, part_start, part_start + len(part), label, hint)]
        ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 8), start)
        if ordinal and not ordinal.group(0).strip()[-1].isalpha() and (
                surface.split()[-1] not in _UNIT_WORDS
                or (surface.split()[-1] in ("Army", "Corps") and re.match(r" [a-z]+s\b", text[end : end + 20]))):
            # a bare number names only a unit ("444 Combat Brigade"), never "12 Boeing" jets
            # nor "5,000 Army troops", a quantity ("16 Air Assault Brigade paratroopers" is a unit)
            ordinal = None
        if ordinal and hint == "organization":  # "the 51st Guards Army": the unit's number is part of its name
            start, surface = ordinal.start(), text[ordinal.start() : end]
        led = self._demonym_led_person(text, surface, start, label)
        if led is not None:  # "American Ana Vell": the country, then the person
            country, rest_start = led
            return [Mention(country, "place", text[start:rest_start].rstrip(), start, start + len(text[start:rest_start].rstrip()), label="NORP")] + \
                self._from_span(text, text[rest_start:end], rest_start, end, "PERSON", "person")
        # "VR Federal Grain Board": a country's abbreviation in front of a name of
        # two or more words qualifies it, like a possessive, and is its own mention.
        abbreviated = _ABBREVIATED_OWNER.match(surface)
        if (abbreviated and hint == "organization" and self.gaz.country(abbreviated.group("owner")) is not None
                and surface.split()[-1] not in self.rules.country_named_forces):
            owner, rest = abbreviated.group("owner"), abbreviated.group("rest")
            country = self.gaz.country(owner).name
            return [Mention(country, "place", owner, start, start + len(owner), label="GPE")] + \
                self._from_span(text, rest, end - len(rest), end, label, hint)
        # "Varenia's Border Police": the possessor is its own mention;
        # a generic organization name stays qualified by it.
        split = _POSSESSOR_SPLIT.match(surface)
        if split and split.group("owner").split()[-1] in self.rules.name_possessives:
            split = None  # "the People's Defence Units": a possessive inside the name
        if split and self._title_owner(split.group("owner")) and self.has_org_word(split.group("rest")):
            split = None  # "the Mayor's Office for Policing": a title's possessive is part of the body's name
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
        role = _ROLE_THEN_NAME.match(surface)
        if role and self.role_opens_sentence(text, start, role.group("role")) and self._plain_name(role.group("name")) \
                and not self._opens_with_known_body(role.group("name")):
            # "Sprinter Noah Lyles won": a role word opening the sentence, then a person's name (not a
            # well-known body's: "Analyst Goldman Sachs Research")
            name_start = start + role.start("name")
            return self._from_span(text, role.group("name"), name_start, end, "PERSON", "person")
        if hint == "organization" and self._titled_person(surface):  # "King Aldric IV" read as an organization
            hint = "person"
        # "Orvel Tarsk, which ...", "Orvel said it would": a company, not a person (unless a title or role says
        # so, or the name is no subject: "the party of former president Ivo Marrow said it")
        not_person = hint == "person" and _NOT_A_PERSON.match(text, end) is not None \
            and not _PLACE_OR_THE_BEFORE.search(text, max(0, start - 10), start) and not self._person_cue_before(text, start)
        if not_person and self.gaz.lookup(self.clean_name(surface, None)) is not None:
            # ("Goma and Bukavu, which the rebels hold": a known place, not a company)
            not_person, hint = False, "place"
        elif not_person:
            hint = "organization"
        name = self.clean_name(surface, hint if hint in MODEL_KINDS else None)
        if self.era_marker(text, name, start, end):
            return []
        if not name or name_key(name) in self.rules.products or (name.endswith("s") and name_key(name[:-1]) in self.rules.products) \
                or (self.common_acronym(name) and not self._org_cue(text, start, surface, end) and not _SAID_AFTER.match(text, end)):
            # (nor a well-known product, "Ozempic", or its plural, "Shaheds", nor a common acronym the model
            # tagged, "VAT", "LNG", unless a body's cue stands by: "state broadcaster CCTV", "PMI said")
            return []
        region = self.region_with_unit(name)
        if region is not None:
            return [Mention(region, "place", surface, start, end, label=label, cue_place=True)]
        if self.named_state(name):  # "Kano State", whatever the model read it as
            return [Mention(name, "place", surface, start, end, label=label, cue_place=True)]
        # A body the text gives its own acronym ("Varenia's Supreme Federal Court (STF)") is a named
        # body, not a generic one the country's possessive qualifies.
        if hint == "organization" and self.is_generic_org(name) and not _BRACKETED_ACRONYM.match(text, end):
            owner = self._possessive_place_before(text, start)
            if owner:
                return [Mention(f"{owner} {name}", "organization", surface, start, end, label=label)]
        entry = self.registry.lookup(name)
        if entry is not None:
            return [Mention(entry.name, entry.kind, surface, start, end, label=label, from_registry=True)]
        known = self.rules.known_kinds.get(name_key(name))
        if known is None and self.country_arm(name, text, label, opens_sentence=bool(_OPENS_SENTENCE.search(text[max(0, start - 4) : start]))):
            return [Mention(name, "organization", surface, start, end, label=label, cue_org=True)]
        # "anger towards Netanyahu": a well-known person's surname the model reads as a person takes no place cue
        surname = known is None and label == "PERSON" and " " not in name and name_key(name) in self.rules.known_surnames
        # (what is said of the names listed with it, or of a route's other end, types a name the model
        # read as a person or body only when it is one word, known to no list and no body's name)
        borrowed = known is None and (label not in ("PERSON", "ORG") or (" " not in name and not self.has_org_word(name)
                                                                         and not self.given_name_led(name)))
        # (but a place's own noun and "of", or a phrase said only of places, still says so (surname_place_cues):
        # "near the town of Khar", "the mayor of Castellanos"; not "anger towards Netanyahu")
        cue = (_cue_pattern(self.rules.surname_place_cues, "ends").search(text, max(0, start - 30), start) is not None
               and text[end : end + 1] not in ("'", "’")) if surname else \
            self._place_cue(text, start, end, borrowed=borrowed, route=known is None and label not in ("PERSON", "ORG"))
        if cue and known is not None and self.gaz.lookup(name) is None:
            cue = False  # a well-known body or person no gazetteer knows as a place: "the plant at Volkswagen"
        if cue and text[end : end + 2] in ("'s", "’s") and (label == "ORG" or known == "organization"):
            cue = False  # what a body owns follows it: "the refinery at Reliance's Jamnagar complex"
        if known == "organization" and " " not in name and (label == "PERSON" or HE_OR_SHE_AFTER.match(text, end)) \
                and self._surname_of_full_name(text, name):
            known = None  # "Martin Bouygues ... Bouygues said he": the surname of a person the text names, not the firm
        if self.person_shaped_body(name) and self._said_of_a_person(text, start, end):
            # "Calvin Klein, 81, said he ...", "Hugo Boss, who founded the company": a firm named after a
            # person, and the person, whom the words around call one
            return [Mention(name, "person", surface, start, end, label=label, cue_person=True)]
        if known is not None and not cue and self.gaz.lookup(name) is None:
            # A well-known body or person (known_entities.yml), read as anything: "the Taliban"
            # read as a people, "Orvel Motors" as a place. (One that shares a known place's
            # name is left to the votes, which weigh "in Tarnwick".)
            return [Mention(name, known, surface, start, end, label=label)]
        country = self.gaz.country(name) if hint in ("place", "candidate", "nationality") else None
        if country is not None:  # "VR", "Federal Republic of Varenia" -> the country's common name
            return [Mention(country.name, "place", surface, start, end, label=label)]
        listed = self._list_cue(text, start, end)
        # (the word before says it, whatever a given name says: "his band Ngoni Ba"; not an apposition: "Rick Rubin, a record producer")
        said_org = self._org_cue_before(text, start, end) and not (label == "GPE" and self._big_place(name)
                                                                  and _STAKE_BEFORE.search(text, max(0, start - 20), start))
        org_cue = not_person or listed == "organization" or said_org or self._org_cue_around(text, start, surface, end) \
            or (label not in ("GPE", "LOC") and self._body_like_name(name, strict=label in ("PERSON", "FAC"))
                and not (label == "FAC" and self.opened_as_place(name)))  # (not "Nazi Germany", "Estadio BBVA")
        if hint == "organization" and _NOT_A_PERSON.match(text, end) and self.gaz.lookup(name) is None \
                and not _PLACE_OR_THE_BEFORE.search(text, max(0, start - 10), start):
            org_cue = True  # "Franklin Templeton said it would ...", "Orvel Tarsk, which ..." (not "the office in Bogotá said it")
        if hint == "place" and name.replace(".", "").isupper() and len(name) <= 5 and not self.gaz.lookup(name) and not org_cue:
            return []  # "AI", "GPU": acronyms are not places unless the gazetteer or a cue says so
        if hint in ("person", "organization") and len(name.split()) <= 2 and self.demonym_country(name) \
                and not self._surname_of_full_name(text, name):
            # "the Varenian army chief", "the Varenian exclave": a lone nationality word
            # the model reads as a person or an organization still names the country.
            return [Mention(self.demonym_country(name), "place", surface, start, end, label=label)]
        if hint in ("nationality", "person", "organization") and _LANGUAGE_AFTER.match(text, end) and self.demonym_country(name):
            return []  # "known by its Spanish initials ELN", "its French acronym FAMa": a language, not the country
        if hint == "nationality" and self._nationality_named_org(text, name, start, end):
            return [Mention(name, "organization", surface, start, end, label=label)]
        if hint == "nationality" and said_org and not self.demonym_country(name) and self.gaz.lookup(name) is None \
                and name not in self.rules.peoples:
            # "the payments company Payme" read as a people's name: a body's noun right before says what it is
            return [Mention(name, "organization", surface, start, end, label=label, cue_org=True)]
        if hint == "place" and not self.gaz.lookup(name) and self.demonym_country(name) and self._surname_of_full_name(text, name):
            return [Mention(name, "person", surface, start, end, label=label)]  # "backs Sudani" after "Mohammed Shia al-Sudani"
        if hint == "nationality" or (hint == "place" and not self.gaz.lookup(name)):
            country = self.demonym_country(name)
            if country:
                return [Mention(country, "place", surface, start, end, label=label)]
            if hint == "nationality":  # "the town of Marbek" read as a people's name
                words = name.split()
                feature = len(words) > 1 and (words[0] in self.rules.place_feature_words or words[-1] in self.rules.place_feature_words)
                # "Lake Kivra" read as a people's name: a feature word makes it a place
                known = self.gaz.lookup(name)
                # "a court in Tarnwick": a known city read as a people's name after "in", "from" ... is that city
                city = known is not None and known.kind in ("city", "region") and (
                    _CITY_PREPOSITION.search(text, max(0, start - 6), start)
                    # "the Lahore corps commander": a big city or a region before a noun, as a place
                    or (not known.alternate and (known.kind == "region" or known.population >= 100_000) and name not in self.rules.peoples
                        and re.match(r" [a-z]", text[end : end + 2]) is not None))
                return [Mention(name, "place", surface, start, end, label=label, cue_place=True)] if cue or feature or city else []
        if hint == "candidate":
            if self.gaz.lookup(name) or cue or self.ends_with_place_word(name):
                return [Mention(name, "place", surface, start, end, label=label, cue_place=cue)]
            if label == "WORK_OF_ART" and len(name.split()) > 1 and name.split()[-1] in self.rules.org_name_words \
                    and all(w[:1].isupper() or w in ("of", "and", "for", "the") for w in name.split()) and not re.search(r"[:,;!?]", name) \
                    and not self.is_event(name) and not quoted(text, start, end):
                # "The Tennis and Squash Federation" read as a title: a name ending in a body's word is the body
                # (not a title's words: "Star Trek: Enterprise", "Improving Opportunity, Strengthening Society")
                return [Mention(name, "organization", surface, start, end, label=label)]
            return []
        person_cue = listed == "person" or self._person_cue(text, start, end) or self._after_courtesy_title(text, surface, start) \
            or (not said_org and self.given_name_led(name) and self._reads_as_named_person(text, surface, start, end, label))
        if not cue and org_cue != person_cue:  # the context settles the type
            kind = "organization" if org_cue else "person"
            return [Mention(name, kind, surface, start, end, label=label, cue_org=org_cue, cue_person=person_cue)]
        return [Mention(name, hint, surface, start, end, label=label, cue_place=cue)]

    def _names_two(self, first: str, joint: str, place: str, hint: str) -> bool:
        """"Whirlpool of the United States" (one word, no body's, title's or place's word, then a
        country), "Agnikul Cosmos of Chennai" (two words or more, then a city): two names; not
        "Bank of England", "President of the United States", "Church of England", "National
        Theatre of Ghana". "Llucmajor on Mallorca" (a name with no body's word on a known place the
        gazetteer does not know as a whole): two places; not "Commission on Human Rights"."""
        known = self.gaz.lookup(place)
        # (a company's word ends a name that "of" a city does not go on: "Elliott Management of New York")
        company_tail = first.split()[-1] in self.rules.company_words and first.split()[-1] not in self.rules.place_named_company_words
        if known is None or self.gaz.lookup(f"{first} {joint} {place}") is not None or (self.has_org_word(first) and not company_tail):
            return False
        if first.split()[0] in self.rules.non_person_words or first.split()[-1] in self.rules.non_person_words:
            return False  # ("Conference on Cyprus", "Order of Malta")
        if joint == "on":
            return not first.startswith(("The ", "the "))
        words = first.split()
        if hint != "organization" or any(w.lower() in self.rules.generic_org_words or w.lower() in self.rules.honorifics
                                         or w in self.rules.of_place_name_words or w in self.rules.place_feature_words for w in words):
            return False
        if known.kind == "country":
            # (not "of America": "Voice of America" names the body, as "Bank of America" does; of_body_places)
            return len(words) == 1 and first not in self.rules.place_name_openers and place not in self.rules.of_body_places
        # "Agnikul Cosmos of Chennai": a company of two words or more and its city (not "Royal Bank of Scotland")
        return len(words) >= 2 and known.kind in ("city", "region") and not known.alternate

    def _body_like_name(self, name: str, strict: bool = False) -> bool:
        """"Virgin Australia", "Sputnik Azerbaijan", "Glencore Coal", "Transparency International
        Bangladesh": two or three words, the first no given name, that end in a country's name
        or open with a well-known body's name: a company or its national arm, not a person ("Ivo Malta"
        opens with a given name)."""
        words = name.split()
        if not 2 <= len(words) <= 3 or words[0] in self.rules.given_names or not all(w[:1].isupper() for w in words):
            return False
        if words[0] in _DIRECTIONS or self.gaz.lookup(name) is not None:
            return False  # "South Yemen", "New Zealand": a place
        if any(len(w) >= 3 and w.isalpha() and w.isupper() and not REGNAL_OR_GENERATION.fullmatch(w)
               and w.lower() not in self.rules.honorifics for w in words):
            return True  # "Stanbic IBTC Capital", "BBVA México": no person's name holds an acronym (not "KP Sharma Oli", "John III", "CEO Jensen Huang")
        if self.gaz.country(words[-1]) is None and self.gaz.country_written_natively(words[-1]) is not None:
            return True  # "Nu México", "Minera Panamá": a company's arm, its country written its own way
        country = self.gaz.country(words[-1])
        body_first = any(self.rules.known_kinds.get(name_key(" ".join(words[:k]))) == "organization" for k in range(1, len(words)))
        if strict:  # read as a person: both ("Sputnik Azerbaijan", "Greenpeace Brasil", "Nasdaq Helsinki"; not "Eddie Jordan", "Dell Curry")
            city = self.gaz.lookup(words[-1])
            return body_first and (country is not None or self.gaz.country_written_natively(words[-1]) is not None
                                   or (city is not None and city.kind == "city" and not city.alternate))
        # (the country's own common name: "Jools Holland" ends in no country)
        return (country is not None and country.name == words[-1]) or body_first

    def _after_courtesy_title(self, text: str, surface: str, start: int) -> bool:
        """"Mrs Damour", "Mr Lagos": a courtesy title (courtesy_titles) opening the span or right before it."""
        first = surface.split()[0].rstrip(".") if len(surface.split()) > 1 else ""
        before = re.search(r"([A-Z][a-zñ]+)\.? $", text[max(0, start - 12) : start])
        return first in self.rules.courtesy_titles or (before is not None and before.group(1) in self.rules.courtesy_titles)

    def _reads_as_named_person(self, text: str, surface: str, start: int, end: int, label: str) -> bool:
        """Where a known given name may overrule the model's place or body: not after
        "the" or a preposition of place ("the Charlotte Hornets", "flights at Charles de
        Gaulle", "on Diego Garcia"), not before a lowercase word naming a site or a stock
        ("Ben Gurion airport", "Julius Baer shares"), and not for a body's name ending in a
        known city ("Kairat Almaty"; "Janet Jackson" the model read as a place is a person)."""
        name = re.sub(r"['’]s?$", "", surface)
        for m in whole_word(name).finditer(text):
            if _SPEAKS_OR_DESCRIBED.match(text, m.end()):
                return True  # the text has the name speak, or says what only a person has or is
            before = _SPEAKER_OR_FOUNDER_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if before and (not before.group("said") or re.match(r"[,.]", text[m.end() : m.end() + 1])):
                return True  # a quote's speaker, a founder: '"...," said Tamaz Gogua, ...' (not "said Orvel Tarsk in a note")
        surname = name.split()[-1]
        if " " in name and any(_SPEAKS_OR_DESCRIBED.match(text, m.end()) and not _in_longer_name(text, m.start(), m.end())
                               for m in whole_word(surname).finditer(text)):
            return True  # or the surname alone: "Jean-Pierre Fabre ... Fabre said the party would not take part"
        if re.match(r"(?:the|The) ", surface) or re.search(r"\b[Tt]he\s+$", text[max(0, start - 8) : start]) \
                or (re.search(r"\b(?:in|at|on|near|via|into|outside|across|around|inside)\s+$", text[max(0, start - 8) : start])
                    and not _POSSESSIVE.search(surface)):  # (a preposition before an owner governs what it owns: "turned in Ivo Vell's cross")
            return False
        after = text[end : end + 24]
        if re.match(r"(?:['’]s?)? (?:airport|stadium|station|arena|port|terminal|hospital|shares|stock|brand|label|bank|group)\b", after):
            return False
        words = surface.split()
        last = self.gaz.lookup(words[-1]) if len(words) > 1 else None
        if label == "ORG" and last is not None and last.kind in ("city", "country") and not last.alternate \
                and not (len(words) >= 3 and words[1] in self.rules.given_names):
            return False  # (two given names before a city's name are a person's: "María Fernanda Coronel")
        if label != "ORG":
            return True
        # A name the model read as a body may be a company named after its founder ("Calvin Klein",
        # "Julius Baer", "Clifford Chance"): a person only with what companies' names seldom have, a
        # hyphenated given name ("Jean-Baptiste Lemoyne") or two given names ("Hernán Darío Ospina";
        # but "Herbert Smith Freehills", "Carl Zeiss Meditec" are firms), and not where its first word
        # opens another name the text gives ("Lotte Energy Materials" beside "Lotte Chemical") or is a
        # city's ("Rosario Central"), nor before a body's apposition.
        if not ("-" in words[0] or (len(words) >= 3 and words[1] in self.rules.given_names)):
            return False
        first = self.gaz.lookup(words[0])
        if first is not None and first.kind == "city" and not first.alternate:
            return False
        if any(m.start() != start for m in re.finditer(rf"(?<![\w’'-]){re.escape(words[0])} [{CAP}]", text)
               if not text.startswith(name, m.start())):
            return False
        return not _apposition_pattern(self.rules.apposition_org_nouns).match(text, end, end + 80)

    def _small_namesake(self, text: str, name: str, start: int, end: int) -> bool:
        """A town of under 100,000 people that shares a well-known name, which nothing here
        writes as a place ("The Dáil passed the bill": not Syria's Dā'il)."""
        place = self.gaz.lookup(name)
        return place is not None and place.kind == "city" and place.population < 100_000 \
            and not _CITY_PREPOSITION.search(text, max(0, start - 6), start) and not self._place_cue(text, start, end)

    def person_shaped_body(self, name: str) -> bool:
        """A well-known body whose name is a person's: a given name and one to three more
        capitalised words, no body's word ("Calvin Klein", "Harvey Norman", "Walter Reed")."""
        words = name.split()
        return self.rules.known_kinds.get(name_key(name)) == "organization" and 2 <= len(words) <= 4 \
            and words[0] in self.rules.given_names and not self.has_org_word(name) and "&" not in name

    def _said_of_a_person(self, text: str, start: int, end: int) -> bool:
        """What the words around a name say only of a person: a title or role before it, an age,
        ", who", an apposition only a person is, "said he", "died", a kinsman's possessive
        ("Karl Storz's daughter"), or "his" or "her" later in its clause ("opened his workshop")."""
        owner_end = end - 2 if text[end - 2 : end] in ("'s", "’s") else end  # (a span may hold its possessive)
        # (after "of" or "the", what follows speaks of another: "Gerry Harvey, the co-founder of Harvey Norman, said he")
        subject = _PLACE_OR_THE_BEFORE.search(text, max(0, start - 10), start) is None \
            and _OBJECT_BEFORE.search(text, max(0, start - 20), start) is None  # (nor after a verb: "who founded Huda Beauty, said she")
        return self._person_cue(text, start, end) or _KIN_POSSESSIVE.match(text, owner_end) is not None \
            or text.startswith((" himself", " herself"), end) \
            or (subject and (HE_OR_SHE_AFTER.match(text, end) is not None or _OWN_PRONOUN_AFTER.match(text, end) is not None
                             or _LIFE_VERB_AFTER.match(text, end) is not None))

    def given_name_led(self, name: str) -> bool:
        """"Kurt Okraku", "Aminu Gwadabe": two to four capitalised words (particles
        between them), the first a given name news writes (given_names.yml), no
        body's or place's word, and no place or well-known name as a whole: a person,
        whatever the model read it as."""
        words = name.split()
        # (or a hyphenated first name of given names the list lacks whole: "Anne-Sophie Vell")
        given = words[0] in self.rules.given_names or all(part in self.rules.given_names for part in words[0].split("-")) \
            or self._surname_ended(words)
        if not 2 <= len(words) <= 4 or not given or "&" in name:
            return False
        if not all(re.fullmatch(r"[^\W\d_][\w’'.-]*", w) and (w[:1].isupper() or w in self.rules.name_particles) for w in words) \
                or not words[-1][:1].isupper():
            return False  # ("Marc Rich + Co")
        if self.has_org_word(name) or self.ends_with_place_word(name) or self.gaz.lookup(name) is not None:
            return False
        if any(w in self.rules.non_person_words or w in self.rules.place_feature_words or w.lower() in self.rules.place_cues_after
               or w in self.rules.place_name_openers for w in words[1:]):
            return False  # "Abraham Accords", "Albert Park", "Lea County", "Martin Place"
        if len(words) >= 3 and self.gaz.lookup(" ".join(words[-2:])) is not None:
            return False  # "Cong An Ha Noi": a club named after its city
        return self.rules.known_kinds.get(name_key(name), "person") == "person" and self.demonym_country(words[-1]) is None

    def country_arm(self, name: str, text: str = "", label: str = "", opens_sentence: bool = False) -> bool:
        """"Lynas Malaysia", "Genting Malaysia", "Sputnik Azerbaijan": one or two capitalised words, then
        a country's name as the gazetteer writes it: a body's arm in that country, whatever the model
        read it as. A home nation ("Mowi Scotland", "Police Scotland"), or words that open a sentence
        ("Like Russia, ...", "Meiji Japan modernised"), count only where the model read a body or the
        words before the country stand alone elsewhere in the text. Not a person's name ("Michael
        Jordan": a given name first; "Will Jordan": a country that is a family name too,
        surname_countries), nor a place's ("Mount Kenya", "Northern Ireland", "Mainland China":
        country_qualifiers), nor an adjective or a common word before a country ("Pharaonic Egypt",
        "Pre-war Poland", "Despite England"; "Little Britain", "Weak US": a country's other names make
        no arm)."""
        words = name.split()
        if not 2 <= len(words) <= 4 or self.gaz.lookup(name) is not None:
            return False
        for cut in (1, 2):
            rest, country = " ".join(words[:-cut]), " ".join(words[-cut:])
            if not rest or len(rest.split()) > 2:
                continue
            home_nation = country in self.rules.home_nations
            place = self.gaz.lookup(country)
            if not home_nation and (place is None or place.kind != "country" or place.alternate or place.name != country
                                    or country in self.rules.surname_countries):
                continue
            if (home_nation or opens_sentence) and label != "ORG" \
                    and all(_in_longer_name(text, m.start(), m.end()) for m in whole_word(rest).finditer(text)):
                return False
            first = rest.split()[0]
            return all(re.fullmatch(rf"[{CAP}][\w’'&.-]*", w) for w in rest.split()) and first not in self.rules.given_names \
                and first not in _DIRECTIONS and first not in self.rules.place_name_openers and first not in self.rules.place_feature_words \
                and first not in self.rules.country_qualifiers and first not in self.rules.place_name_prefixes \
                and first.lower() not in _stop_words() and not first.endswith(_ADJECTIVE_ENDINGS) \
                and first not in self.rules.sentence_adverbs and not re.search(r"-[a-z]", first) \
                and not self.demonym_country(rest) and self.gaz.lookup(rest) is None and not self._surname_ended(words) \
                and not self.is_event(rest) and name_key(rest) not in self.rules.event_names
        return False

    def _surname_ended(self, words: list[str]) -> bool:
        """Two or three words, the last of six letters or more with a family name's ending
        (surname_endings), written in lowercase after its capital, neither the first nor the
        last a known place: "Elnara Gasimova"."""
        last = words[-1]
        return 2 <= len(words) <= 3 and len(last) >= 6 and last[0].isupper() and last[1:].islower() \
            and last.endswith(self.rules.surname_endings) and self.gaz.lookup(words[0]) is None and self.gaz.lookup(last) is None

    def _joined_names(self, text: str, surface: str, start: int) -> list[tuple[str, int]] | None:
        """Two names the model read as one, as [(surface, start)]: "Varenia and the Orvel
        Alliance"; "Tarsk and Orvel Vale" when the text also names one of them alone or
        one of them is well known (known_entities.yml)
        (not "Marlo and Vent", a name of its own, nor a known place such as "Trinidad and
        Tobago", nor a body's name, "Ministry of Trade and Industry"). (A name, "in" and
        a known place are split earlier: SpanFinding._split_located_org.)"""
        found = _JOINED.match(surface)
        if found is None or self.gaz.lookup(self.clean_name(surface, None)) or self.has_org_word(found.group("left")):
            return None
        whole = self.clean_name(surface, None)
        if any(name_key(n) in self.rules.known_kinds or self.registry.lookup(n) for n in (whole, whole.replace(" and ", " & "))):
            return None  # "Customs and Border Protection", "Marks and Spencer": one well-known name
        left, joint, right = found.group("left"), found.group("joint"), found.group("right")
        right_start = start + found.start("right")
        if " & " in right:
            return [(left, start), (right, right_start)]  # "Altor and Kobolde & Partners": "&" joins the words of the second's own name
        if joint != " and the " and (self.has_org_word(right) or left == right):
            return None
        if joint == " and " and not any(part in self.rules.known_kinds for part in (name_key(left), name_key(right))):
            # (a use inside another name is no use alone: "Fire" of "the Country Fire Authority")
            alone = [m.start() for part in (left, right) for m in whole_word(part).finditer(text)
                     if not start <= m.start() < start + len(surface) and not _in_longer_name(text, m.start(), m.end())]
            if not alone:
                return None
        return [(left, start), (right, right_start)]

    def _demonym_led_person(self, text: str, surface: str, start: int, label: str) -> tuple[str, int] | None:
        """"American Ana Vell", "New Zealander Ivo Marrow": a nationality word, then a
        name of two or more capitalised words that is no body, place or nationality,
        read by the model as a person, or not as an organization and with a last word
        the text also uses alone ("the Indonesian Red Cross ... the Red Cross" stays whole).
        Gives (the country, where the name starts)."""
        words = surface.split()
        for k in (2, 1):
            rest = words[k:]
            if len(rest) == 1 and rest[0][:1].isupper() and words[k - 1] not in self.rules.given_names \
                    and (country := self.demonym_country(" ".join(words[:k]))) is not None \
                    and not self.has_org_word(rest[0]) and self._surname_of_named_person(text, rest[0]):
                # "The American Jorgenson finished ninth": a nationality, then the surname of a person the text names
                # in full (not a given name that looks like one: "Frances Tiafoe")
                return country, start + surface.rindex(rest[0])
            if len(rest) < 2 or not all(w[:1].isupper() for w in rest):
                continue
            country = self.demonym_country(" ".join(words[:k]))
            if country is None or self.demonym_country(rest[0]) or self.has_org_word(" ".join(rest)) or self.gaz.lookup(" ".join(rest)):
                continue
            if label == "PERSON" or (label != "ORG" and len(whole_word(rest[-1]).findall(text)) > 1) or self.given_name_led(" ".join(rest)):
                return country, start + surface.index(rest[0], len(" ".join(words[:k])))
        return None

    def _surname_of_named_person(self, text: str, word: str) -> bool:
        """`word` ends a full name elsewhere in the text that opens with a known given name ("Matteo Jorgenson")."""
        if word in self.rules.of_place_name_words or word in self.rules.non_person_words or word in self.rules.place_feature_words \
                or word in self.rules.place_name_words:
            return False  # ("the Victoria and Albert Museum": no surname)
        at = text.find(" " + word)
        while at != -1:
            before = text[max(0, at - 30) : at].split()
            if before and before[-1] in self.rules.given_names and not text[at + 1 + len(word) : at + 2 + len(word)].isalnum():
                return True
            at = text.find(" " + word, at + 1)
        return False

    def _nationality_named_org(self, text: str, name: str, start: int, end: int) -> bool:
        """"Varenian Koltrax ... Koltrax said": a nationality word and a name the
        text writes alone elsewhere, read together as a people's name, are
        one organization's name ("Varenian" is no mention of the country here)."""
        words = name.split()
        if len(words) < 2 or not self.demonym_country(words[0]) or self.demonym_country(name):
            return False
        rest = " ".join(words[1:])
        if self.gaz.lookup(rest) is not None or self.demonym_country(rest):
            return False
        at = text.find(rest, start, end)
        return at >= 0 and self._known_alone(text, at, at + len(rest))

    def _from_propn(self, text: str, start: int, end: int) -> list[Mention]:
        surface = text[start:end]
        name = self.clean_name(surface, None)
        if name in WEEKDAYS or (name in MONTHS and not self._listed_with_known_place(text, start, end)):
            # "on Monday, a local resistance group said", "from November to March": a day or a month, whatever
            # cue follows (not a town listed with a known place: "homes in March and Wisbech", "March, Cambridgeshire")
            return []
        entry = self.registry.lookup(name)
        if entry is not None:
            return [Mention(entry.name, entry.kind, surface, start, end, label="REGISTRY", from_registry=True)]
        known = self.rules.known_kinds.get(name_key(name))
        if self.person_shaped_body(name) and self._said_of_a_person(text, start, end):
            return [Mention(name, "person", surface, start, end, label="KNOWN", cue_person=True)]  # (see _from_span)
        if known is not None and not quoted(text, start, end) and not self.generic_noun_here(text, name, end) \
                and (self.gaz.lookup(name) is None or self._small_namesake(text, name, start, end)):
            return [Mention(name, known, surface, start, end, label="KNOWN")]  # a well-known name the model missed
        if name.replace(".", "").isupper() and len(name) >= 3 and self._after_org_noun(text, start) \
                and self.gaz.lookup(name) is None and not self.demonym_country(name):  # (not "the coalition, US officials said")
            # "the UN peacekeeping mission, MONUV": capitals right after a noun that names an organization.
            return [Mention(name, "organization", surface, start, end, label="CUE", cue_org=True)]
        if self.is_club_name(name) and not self._place_cue(text, start, end):
            return [Mention(name, "organization", surface, start, end, label="PROPN")]  # "CSKA Sofia", "Dinamo Tbilisi" the model missed
        if _UNKNOWN_ACRONYM.fullmatch(name) and not self.common_acronym(name) and not REGNAL_OR_GENERATION.fullmatch(name) \
                and name_key(name) not in self.rules.products and self.gaz.lookup(name) is None and not self.demonym_country(name) \
                and not quoted(text, start, end) and f"({name})" not in text \
                and (self._org_cue(text, start, surface, end) or _SAID_AFTER.match(text, end) or self._body_noun_before(text, start)
                     or self._list_cue(text, start, end) == "organization"):
            # "the regulator CMVM", "JANAF said", "ADQ, the Abu Dhabi fund": capitals the model missed, with a
            # body's cue, name a body (no common acronym, currency code or place's; not one the text defines in
            # brackets, whose name the acronym module could not match: "Thyssenkrupp Steel Europe (TKSE)")
            return [Mention(name, "organization", surface, start, end, label="CAPS")]
        if len(name) < 4 or name.replace(".", "").isupper():
            return []  # acronyms and short words ("AI", "GPU") collide with place names
        if self.demonym_country(name):
            # "Ugandan helicopters", "the youngest Spaniard": a nationality word the model missed names the
            # country (not the region of that name: "Velmoran forces"; nor a language: "in broken English",
            # "the English text"; "English" alone is the language far more often than the country)
            if name == "English" or _LANGUAGE_BEFORE.search(text, max(0, start - 30), start) or _LANGUAGE_AFTER.match(text, end) \
                    or (_OPENS_SENTENCE.search(text[max(0, start - 4) : start]) and _LANGUAGE_VERB_AFTER.match(text, end)):
                return []  # (nor a language opening a sentence: "Lithuanian is one of the oldest ...")
            return [Mention(self.demonym_country(name), "place", surface, start, end, label="NORP")]
        place = self.gaz.lookup(name)
        opener = _ADJECTIVE_OPENER.match(name)
        if place is None and opener and _OPENS_SENTENCE.search(text[max(0, start - 4) : start]):
            # "Neighbouring Varenia has ...", "Oil-rich Varenia": an adjective that opens the sentence is no part of a country's name.
            country = self.gaz.country(opener.group("rest"))
            if country is not None:
                return [Mention(country.name, "place", opener.group("rest"), end - len(opener.group("rest")), end, label="GAZETTEER")]
        cue = self._place_cue(text, start, end)
        if place and not place.alternate and not cue and self._listed_with_known_place(text, start, end):
            cue = True  # "Bamako and Timbuktu", "Kadugli and Dilling": a small town listed with a known place
        if place and (place.kind in ("country", "region", "continent") or place.population >= 100_000 or cue):
            return [Mention(place.name if place.kind == "country" else name, "place", surface, start, end, label="GAZETTEER", cue_place=cue)]
        if cue and len(name.split()) <= 3 and not _NAME_GOES_ON.match(text, end):  # "the village of Ozerianka", "Orvel region" (not "entered Chapter 11")
            return [Mention(name, "place", surface, start, end, label="CUE", cue_place=True)]
        if (place is None and self.gaz.is_town(name) or place is not None and place.kind == "city" and not place.alternate and name not in MONTHS) \
                and self.written_as_town(text, start, end, None) \
                and not self._org_cue(text, start, surface, end) and not self._person_cue(text, start, end):
            # "gunmen overran Orvel ... many from Orvel"; a city of under 100,000 people, as a town: "clinics in Whangārei"
            return [Mention(name, "place", surface, start, end, label="GAZETTEER")]
        words = name.split()
        if self.opens_with_legal_form(name) and not self._person_cue(text, start, end):
            return [Mention(name, "organization", surface, start, end, label="PROPN")]  # "OOO Gazprom Export", "CV Sinar Bontang"
        located = _PLACE_OR_THE_BEFORE.search(text, max(0, start - 10), start) is not None
        if 2 <= len(words) <= 4 and not self.has_org_word(name) and (words[0] not in self.rules.given_names or len(words) > 2) and (
                self.ends_with_place_word(name) or (located and self.opened_as_place(name))):
            # a site or feature the model missed: "Sinamalé Bridge", "crossed the Col du Soulor"
            # (an opener only after "the" or a preposition: "Mount Gay Rum said" is a company)
            return [Mention(name, "place", surface, start, end, label="PROPN")]
        if len(name.split()) <= 3 and _apposition_pattern(self.rules.apposition_org_nouns).match(text, end, end + 80):
            return [Mention(name, "organization", surface, start, end, label="CUE", cue_org=True)]  # "Norvex, the state corporation,"
        head = re.split(" (?:of|for) ", name)[0]
        if (len(head.split()) >= 2 or (head != name and not _OPENS_SENTENCE.search(text[max(0, start - 4) : start]))) \
                and head.split()[-1] in self.rules.org_name_words and not self.is_generic_org(name) \
                and not any(w.lower() in self.rules.honorifics for w in name.split()[1:]):
            # "Orvel Mutual Holdings", "Orvel School of Medicine" the model missed: an organization word ends
            # it or what comes before "of" (a title-like first word is part of it: "Premier Grain League";
            # clean_name keeps it).
            return [Mention(name, "organization", surface, start, end, label="PROPN")]
        if place is None and len(words) <= 3 and not self.is_generic_org(name) and not self.is_event(name) \
                and not name.endswith(("ist", "ists")) and not _NAME_GOES_ON.match(text, end) \
                and (self._org_cue(text, start, surface, end)
                     or _lowercase_cue_before(text, start, self.rules.side_only_cues_before)
                     or (self._team_cue_before(text, start) and _ONE_SCORE_AFTER.match(text, end))):
            # "Analysts at Jefferies said", "plays for Villarreal": a body or a side the model missed (not an
            # adjective, "the Peronist coalition", nor the start of a name the run stopped in: "Canal+", "Racing 92";
            # and no cue a player shares with a side, "Usyk beat Fury", unless one score follows, not a tennis
            # match's sets: "beat Talleres 3-0", not "beat Zverev 6-4 6-3")
            return [Mention(name, "organization", surface, start, end, label="CUE", cue_org=True)]
        if 2 <= len(words) <= 4 and words[-1] in self.rules.side_plurals and not any(w.lower() in self.rules.honorifics for w in words):
            return [Mention(name, "organization", surface, start, end, label="PROPN")]  # "Remo Stars beat Enyimba": a side the model missed
        return self._missed_person(text, surface, start, end)

    def _big_place(self, name: str) -> bool:
        """A country, region, capital or city of 100,000 people or more the gazetteer knows by that name:
        where "shares in" puts a listing ("to float shares in Tashkent"), not what is bought."""
        place = self.gaz.lookup(name)
        return place is not None and not place.alternate and (place.kind in ("country", "region") or place.population >= 100_000
                                                               or name_key(name) in self.gaz.capitals)

    def era_marker(self, text: str, name: str, start: int, end: int) -> bool:
        """"500 BC", "AD 79", "the third century BCE": an era marker (era_markers) after a year or
        "century", or before a year, is part of a date."""
        return name in self.rules.era_markers and (_YEAR_OR_CENTURY_BEFORE.search(text, max(0, start - 12), start) is not None
                                                   or _YEAR_AFTER.match(text, end) is not None)

    def _body_noun_before(self, text: str, start: int) -> bool:
        """A body's noun right before the name, maybe with a comma and "the": "its investment arm XRG",
        "the state health-funds administrator, ADRES", "the stock market regulator, the CMVM"."""
        before = re.search(r"([a-z][a-z-]*),?\s+(?:the\s+)?$", text[max(0, start - 40) : start])
        return before is not None and (before.group(1) in self.rules.apposition_org_nouns or before.group(1) in self.rules.org_cues_before)

    def common_acronym(self, name: str) -> bool:
        """An acronym that names no body, person or place: common_acronyms, or an ISO currency code ("NGN", "BRL")."""
        return name in self.rules.common_acronyms or name in _currency_codes()

    def _opens_with_known_body(self, name: str) -> bool:
        """"Goldman Sachs Research": the first words are a well-known body's name."""
        words = name.split()
        return any(self.rules.known_kinds.get(name_key(" ".join(words[:k]))) == "organization" for k in range(1, len(words) + 1))

    def written_as_town(self, text: str, start: int, end: int, label: str | None) -> bool:
        """A small town of GeoNames' (Gazetteer.is_town) is a place only where the text writes
        it as one: after a word of where (town_cues_before: "in Orvel", "walked to reach Orvel"),
        not as an owner ("in Orvel's") nor as what is owned ("shares in Orvel"), or listed after
        such a word ("in Tarsk, Vell and Orvel") when the model did not read it as a person or a body."""
        if text[end : end + 1] in "'’":
            return False
        if _lowercase_cue_before(text, start, self.rules.town_cues_before):
            return not self._stake_before(text, start, words_between=1)
        if label in ("PERSON", "ORG") or not in_place_list(text, start, end):
            return False
        # (the list's word of where, which in_place_list found: no stake word before it, "stakes in Alcoa, Corning and Marathon")
        listed = _LOCATIVE_LIST.search(text, max(0, start - 80), start) or _LOCATIVE_LIST_OPEN.search(text, max(0, start - 80), start)
        return not self._stake_before(text, listed.start())

    def _stake_before(self, text: str, at: int, words_between: int = 0) -> bool:
        """A word for a stake ("shares", "stakes") before `at`, with `words_between` words between ("in")."""
        words = re.findall(r"[A-Za-z]+", text[max(0, at - 30) : at])
        return len(words) > words_between and words[-1 - words_between].lower() in self.rules.stake_words

    def _listed_with_known_place(self, text: str, start: int, end: int) -> bool:
        """The name right before ("Bamako and " + name) or after (name + ", Dilling") in
        a list is a place the gazetteer knows by its own name."""
        before = _LISTED_NAME_BEFORE.search(text, max(0, start - 60), start)
        after = _LISTED_NAME_AFTER.match(text, end, min(len(text), end + 60))
        return any(found is not None and (place := self.gaz.lookup(found.group("name"))) is not None and not place.alternate
                   for found in (before, after))

    def _country_or_region(self, word: str) -> bool:  # (for _missed_person)
        place = self.gaz.lookup(word)
        return place is not None and not place.alternate and place.kind in ("country", "region", "continent")

    def _missed_person(self, text: str, surface: str, start: int, end: int) -> list[Mention]:
        """A person the model missed: two to four capitalised words after any
        title ("Finance Minister Jan Orvel" -> "Jan Orvel"), named so by a cue
        ("coach Jan Orvel"), by the surname standing alone elsewhere in the
        text ("... Orvel said"), which company and place names rarely do, or
        by a known given name first ("Sylvain Orvel")."""
        words = surface.split()
        titles = [i for i, w in enumerate(words) if w.rstrip(".").lower() in self.rules.honorifics]
        if not titles and len(words) > 2 and self.role_opens_sentence(text, start, words[0]):
            titles = [0]  # "Referee Cüneyt Akgül sent off ...": a role word opening the sentence, as a title
        words = words[titles[-1] + 1 :] if titles else words
        if not 2 <= len(words) <= 4 or not all(re.fullmatch(r"[^\W\d_][\w'’-]*", w) and w[0].isupper() for w in words):
            return []
        name = " ".join(words)
        last_place = self.gaz.lookup(words[-1])  # "Lake Kivra"; many surnames are also towns ("Ventura")
        if self.has_org_word(name) or (last_place and last_place.kind != "city") or self.demonym_country(words[0]):
            return []
        if any(w in self.rules.non_person_words for w in words) or words[-1] in self.rules.side_plurals:
            return []  # (nor a side's plural name: "Remo Stars beat Enyimba")
        name_start = end - len(name)
        surname = next((w for w in reversed(words[1:]) if not REGNAL_OR_GENERATION.fullmatch(w)), words[-1])  # "Sanusi" of "Muhammadu Sanusi II"
        alone = len(whole_word(surname).findall(text)) > len(whole_word(name).findall(text))
        # (a title that opens the run names a person of two or three words, no country, region or
        # well-known body among them, nor a role's word: "Governor Abba Kabir Yusuf", not "Chief Operating
        # Officer of Sony")
        titled = bool(titles) and len(words) <= 3 \
            and not any(self._country_or_region(w) or self.rules.known_kinds.get(name_key(w)) == "organization"
                        or w.lower() in self.rules.honorifics or w.lower() in self.rules.person_cues_before or w.lower() == "officer"
                        for w in words) \
            and not _OF_AFTER.match(text, end)
        if not (alone or titled or self._person_cue(text, name_start, end, titles=False)
                or (self.given_name_led(name) and self._reads_as_named_person(text, name, name_start, end, ""))):
            return []
        return [Mention(name, "person", name, name_start, end, label="PROPN", cue_person=True)]


_OF_AFTER = re.compile(r" of\b")  # "Chief Operating Officer of Sony": an office, no person


def _cue_before(text: str, start: int, cues: tuple) -> bool:
    """One of the lowercase cue phrases ends right before `start` ("the company ")."""
    before = re.sub(r"\s+", " ", text[max(0, start - 40) : start])
    return _cue_pattern(cues, "before").search(before) is not None


def _lowercase_cue_before(text: str, start: int, cues: tuple) -> bool:
    """One of the cue phrases ends right before `start`, in any case ("Plays for ", "beat ")."""
    return _cue_pattern(cues, "before").search(text[max(0, start - 40) : start].lower()) is not None


# Bodies' apposition nouns that are people's roles too, after an owner's possessive ("Ivo Vell, Acme's administrator,").
_PEOPLES_ROLES = ("administrator", "sponsor", "partner")
# Endings of adjectives and adverbs, which open no body's name before a country ("Pharaonic Egypt", "Peronist Argentina").
_ADJECTIVE_ENDINGS = ("ly", "ing", "ed", "ic", "ist", "ian", "ean", "ese", "ish")
# "the Hamas area commander", "the Amazon area manager": a unit word before a role noun is a body's unit, no place's.
_UNIT_OF_A_BODY = re.compile(r"(?:area|village|district|region|state|province|county) (?:commanders?|managers?|chairm[ae]n|chairs?|organisers?|organizers?|"
                             r"offices?|teams?|directors?|heads?|chiefs?|coordinators?|representatives?|leaders?|secretar(?:y|ies))\b")


def _starts_with_cue(text: str, cues: tuple) -> bool:
    """`text` opens with one of the cue words, as a whole word ("coach", not "coaches")."""
    return _cue_pattern(cues, "after").match(text) is not None


@lru_cache(maxsize=8)
def _apposition_pattern(nouns: tuple) -> re.Pattern:
    """", a deep-sea port on", ", the Varenian state corporation,", ", the farming and chemicals
    group he founded", ", the festival's main sponsor,": a or the, or an owner's name and "'s" (", Tarsk's refining
    joint venture in"), up to four words (no preposition: ", a spokesperson for the agency"
    is no cue, but "and" may join two), the noun, then the end of the phrase."""
    words = "|".join(re.escape(w) for w in nouns) or "(?!)"
    return re.compile(rf",\s+(?:a|an|the|[{CAP}][\w.&-]*(?: [{CAP}][\w.&-]*)?['’]s)\s+(?:(?!(?:of|for|at|to|with|in|on|from|by|and)\b)[\w-]+(?:['’]s?)?\s+(?:and\s+)?){{0,4}}?(?:{words})"
                      rf"(?=[,.;:)]|\s+(?:in|on|near|that|which|where|whose|based|with|from|run|owned|founded|of|and|at|he|she|they|we"
                      rf"|by|controlled|held|policed|dominated|populated|known|located|home|once|worth|loyal|led|headed|backed"
                      rf"|north|south|east|west|northeast|northwest|southeast|southwest|upstream|downstream|outside|along)\b)")


@lru_cache(maxsize=8)
def _plural_cue_patterns(plurals: tuple) -> tuple[re.Pattern, re.Pattern]:
    words = "|".join(re.escape(w) for w in plurals) or "(?!)"
    other = rf"[{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*)?"
    return re.compile(rf"(?: and {other})? (?:{words})\b"), re.compile(rf"\b(?:{words}) of (?:the )?(?:{other} and )?$")


@lru_cache(maxsize=4)
def _person_context_patterns(nouns: tuple, plural_verbs: tuple) -> tuple[re.Pattern, re.Pattern]:
    """After a name: an age, ", who" and no plural verb, ", whose" and a relative, or an apposition
    whose noun only a person is; before it: that noun and a comma."""
    words = "|".join(re.escape(w) for w in nouns) or "(?!)"
    plural = "|".join(re.escape(w) for w in plural_verbs) or "(?!)"
    return (re.compile(rf",\s+(?:\d{{1,3}},|who\s+(?!(?:{plural})\b)|whose\s+(?:wife|husband|father|mother|son|daughter|family|brother|sister)\b"
                       rf"|(?:a|an|the)\s+(?:(?!(?:of|for|at|to|with|in|on|from|by|and)\b)[\w'’-]+\s+){{0,4}}?(?:{words})"
                       rf"(?=[,.;:)]|\s+(?:of|for|who|at|and|since|to|from|with|based|living|working|killed|born)\b|(?<!leader)\s+in\b))"),
            re.compile(rf"(?<![\w-])(?:{words}),\s$"))


@lru_cache(maxsize=8)
def _team_after_patterns(words: tuple) -> tuple[re.Pattern, re.Pattern]:
    """The words after a name, or after "and" and a second name; and right after the name."""
    alternation = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(rf"{_ALSO_NAMED} (?:{alternation})\b"), re.compile(rf" (?:{alternation})\b")


@lru_cache(maxsize=64)
def _cue_pattern(cues: tuple, where: str) -> re.Pattern:
    """One compiled alternation per cue list: the resolver asks about every
    span, and compiling a pattern per cue and span was a third of its time."""
    if not cues:
        return re.compile(r"(?!)")  # matches nothing, like any() over no cues
    words = "|".join(re.escape(cue) for cue in sorted(cues, key=lambda c: (-len(c), c)))
    return re.compile({"before": rf"(?<![\w-])(?:{words}) $", "ends": rf"(?<![\w-])(?:{words})(?: the)? $", "after": rf"(?:{words})\b"}[where])


def in_place_list(text: str, start: int, end: int) -> bool:
    """One of names listed after a word of place: the last ("in Anbar and
    Orvel", "around Tarsk, Vell and Orvel") or one in the middle ("to Cebu,
    Leyte, Negros and Bohol")."""
    return bool(_LOCATIVE_LIST.search(text, max(0, start - 80), start)
                or (_LOCATIVE_LIST_OPEN.search(text, max(0, start - 80), start) and _LIST_GOES_ON.match(text, end)))


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset:
    """ISO 4217 codes ("NGN", "BRL", "GHS"): amounts, not bodies."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


@lru_cache(maxsize=4)
def _verb_inside(verbs: tuple) -> re.Pattern:
    """A verb inside a span, between two capitalised words: any past tense in -ed, or one of `verbs`
    (verbs_inside_span: "Azam trail Simba", "Braga beat Porto")."""
    words = "|".join(re.escape(v) for v in sorted(verbs, key=lambda v: (-len(v), v)))
    return re.compile(rf"(?<=[\w’'.]) (?:[a-z]{{2,}}ed|{words or '(?!)'}) (?=[{CAP}])")
