"""Finding and growing the spans of names: joining what the model split,
splitting what it joined, growing partial spans to the capitalised run."""

from __future__ import annotations

import re
from functools import lru_cache

from newsdigest.entities.capitals import CAP, NAME_UP_TO_THREE_WORDS, OWNER_NAME
from newsdigest.entities.acronyms import initials
from newsdigest.entities.mention import REGNAL_NUMBER, _OPENS_SENTENCE, _POSSESSIVE, LED_BY_WORD, MONTHS, WEEKDAYS, _in_longer_name, whole_word
from newsdigest.entities.registry import name_key

_NAME_WORDS = rf"[{CAP}][\w’'.-]*(?: [{CAP}][\w’'.-]*)*"
# "X and France's Y" inside one span: a place's possessive after "and" opens a second name.
_AND_OWNER = re.compile(rf" and (?P<owner>{OWNER_NAME})['’]s [{CAP}]")
_CONJOINED = re.compile(rf"(?:(?:the|The) )?(?P<a>{_NAME_WORDS}) and (?P<b>{_NAME_WORDS})")
# "Court of Orvel and" + " Tarsk": the capitalised words after a span that stops at a connector.
_AFTER_CONNECTOR = re.compile(rf" [{CAP}][\w’'-]*(?: (?:of|the|and|for) [{CAP}][\w’'-]*| [{CAP}][\w’'-]*)*")
# " y Recursos Naturales" after "Fundación Ambiente": Spanish, Portuguese, French or German "and" and the words of a name.
_FOREIGN_AND_REST = re.compile(rf" (?:y|e|et|und) (?P<words>[{CAP}][\w’'-]*(?: (?:de|del|da|do|des|der) [{CAP}][\w’'-]*| [{CAP}][\w’'-]*){{0,3}})(?![\w’'-])")
# " dei Paschi di Siena" after "Banca Monte", " de Chile" after "Universidad": "of" in Italian, Spanish, Portuguese or
# French, and the capitalised words of the rest of a body's name.
FOREIGN_OF = r"(?:di|dei|degli|della|delle|del|de|da|do|dos|das|du|des|la)"
_FOREIGN_OF_REST = re.compile(rf" {FOREIGN_OF} [{CAP}][\w’'-]*(?: {FOREIGN_OF}(?: la)? [{CAP}][\w’'-]*| [{CAP}][\w’'-]*){{0,4}}(?![\w’'-])")
_SPAN_ENDS_IN_CONNECTOR = re.compile(r" (?:of|the|and|for)$")
# " of Justice" after "the East African Court": "of" and one capitalised word, the name's last.
# " of the Maldives" after "The High Court": "of the" and the rest of a body's name.
_OF_THE_REST = re.compile(rf" of the (?P<rest>{NAME_UP_TO_THREE_WORDS})(?![\w’'-]| [{CAP}]|['’]s\b| of\b| and [{CAP}])")
_OF_ONE_WORD = re.compile(rf" of (?P<word>[{CAP}][a-z]+)(?![\w’'-]| [{CAP}]|['’]s\b| of\b)")
# "the Orvel Task Force" + " on Grain Safety": a remit the model left out of the name.
# (A slash joins two capitalised words into one: "on HIV/AIDS".)
# (a word may open with a lowercase letter before capitals: "the Center for iPS Cell Research")
_REMIT = re.compile(rf" (?:on|for) (?P<words>(?:[{CAP}]|[a-z](?=[{CAP}]))[\w’'/-]*(?: (?:and|of|the) [{CAP}][\w’'/-]*| [{CAP}][\w’'/-]*)*)")
# "the National Grain Council in Tarnwick": a city after an organization's name says where it sits.
_IN_PLACE_END = re.compile(rf" in (?P<place>{NAME_UP_TO_THREE_WORDS})$")
# A possessive right after a span ("Ernst and Young" + "'s audit").
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# "Ambras Castle near Innsbruck": a place after "near" that ends a span.
_NEAR_PLACE_END = re.compile(rf" near (?P<place>{NAME_UP_TO_THREE_WORDS})$")
# "Motupe" + ", Arequipa", "Verkhny Lars" + " towards Vladikavkaz": a known place after a comma or "towards" ends a span.
_COMMA_PLACE_END = re.compile(rf", (?P<place>{NAME_UP_TO_THREE_WORDS})$")
_TOWARDS_PLACE_END = re.compile(rf" towards? (?P<place>{NAME_UP_TO_THREE_WORDS})$")
# "Auckland" + " at Faleolo International Airport": a site after "at" ends a span (up to four words).
_AT_SITE_END = re.compile(rf" at (?P<place>[{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*){{1,3}})$")
# "Luuq and Dolow in the Gedo region": a place and its unit word after "in (the)".
_IN_UNIT_END = re.compile(rf" in (?:the )?(?P<place>{NAME_UP_TO_THREE_WORDS}) (?P<unit>[a-z]+)$")
# "near Luuq and Dolow": two one-word names right after a word of place.
_LOCATIVE_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<word>[A-Za-z]+\s+)?(?:in|near|around|between|from)\s+(?:the\s+)?$")
# "(the) Ana Vell of Orvel Cycling": two or three capitalised words, "of", a capitalised rest.
_BODY_OF_PERSON = re.compile(rf"(?P<body>.+?) of (?P<person>[{CAP}][\w’'-]+(?: [{CAP}][\w’'-]+){{1,2}})")
_PERSON_OF = re.compile(rf"(?:(?:the|The) )?(?P<person>[{CAP}][\w’'-]+(?: [{CAP}][\w’'-]+){{1,2}}) of (?P<rest>[{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*)*)")
# "... for the Propagation of Virtue" + " and the Prevention of Vice"
_REMIT_END = re.compile(rf" (?:for|of) the [{CAP}][\w’'-]* of [{CAP}][\w’'-]*$")
# What ends a phrase right after a name: punctuation, a possessive, "and", "or".
_PHRASE_ENDS = re.compile(r"[,.;:)]|['’]s\b| and\b| or\b")
_OF_ONE_WORD_END = re.compile(rf" of [{CAP}][\w’'-]*$")
_REMIT_LIST = re.compile(rf"(?:, [{CAP}][\w’'-]*)+,? (?:and|&) [{CAP}][\w’'-]*(?![\w’'-]| [{CAP}]|['’]s\b)")
_SECOND_REMIT = re.compile(rf" and the (?P<remit>[{CAP}][\w’'-]* of [{CAP}][\w’'-]*)(?![\w’'-]| [{CAP}])")
# The model's labels for places, and the capitalised words opening a span ("Stung Treng" of "Stung Treng province").
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_COURT_WORDS = frozenset({"Court", "Tribunal", "Mechanism"})
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|around|across)\s+$")
_CAPITALISED_HEAD = re.compile(rf"[{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*)*")
_ACRONYM_WORD = re.compile(rf"\b[{CAP}]{{3,8}}\b")
_WEEKDAYS_MONTHS = WEEKDAYS | MONTHS
# A romanised Korean or Chinese syllable: an onset, a vowel, maybe a final ("seok", "wun", "myung", "jeou", "hsiung").
_GIVEN_NAME_SYLLABLE = re.compile(r"-(?P<syllable>(?:ch|jj|kk|pp|ss|tt|sh|zh|hs|ts|[bcdfghjklmnpqrstwxyz])?"
                                  r"(?:wae|yae|yeo|eou|ae|ai|ao|ei|eo|eu|ia|ie|io|iu|oe|oi|ou|ua|ue|ui|uo|wa|we|wi|wo|ya|ye|yo|yu|yi|ee|oo|"
                                  r"[aeiou])(?:ng|n|k|l|m|p|t|r)?)(?![\w’'-])")
# "Kyzyl" + "-Tor", "Croix" + "-des-Aubes": the hyphenated rest of a name the model cut.
# "Hamad bin Khalifa" + " Al Thani": a capitalised Arabic article and one name word.
_CAPITALISED_ARTICLE = re.compile(rf" (?:Al|El) [{CAP}][\w’'-]*(?![\w’'-]| [{CAP}])")
_HYPHEN_REST = re.compile(rf"(?:-[a-z]{{1,3}})*-(?P<word>[{CAP}][\w’']*)(?:-[{CAP}][\w’']*)*")


# A word as known_entities.yml names are split into words: dots inside a word
# ("J.P"), a lone "&" ("Johnson & Johnson"); name_key drops dots ("Dr." -> "dr").
_TEXT_WORD = re.compile(r"[^\W_](?:[\w’'&-]|\.(?=\w))*|&")
# Between two words of one name: spaces, or an abbreviation's dot ("Dr. Reddy's"), no sentence end.
_NAME_GAP_WORD = re.compile(rf" (?:[{CAP}][\w’'-]+ )?")  # one space, or one capitalised word no span holds
_CAPITALISED_NEXT = re.compile(rf" [{CAP}]")
_NAME_GAP = re.compile(r"(?<=\b\w)\.? +|(?<=\b\w\w)\. +| +")


# "Director General of " + "Police", "Minister of State for " + "Sports": up to
# four capitalised words (a title among them), then "of" or "for", right before a span.
_TITLE_OF_BEFORE = re.compile(rf"(?P<title>[{CAP}][\w-]*(?: (?:of )?[{CAP}][\w-]*){{0,3}}) (?:of|for) (?:the )?$")


# "the High Court of Cassation" + " and Justice": "and", one or two capitalised
# words, then no further name (a lowercase word, punctuation or the end).
_AND_LAST_WORDS = re.compile(rf" and (?P<words>[{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*)?)(?![\w’'-]| [{CAP}]|['’]s\b)")




# "the Leônidas and " + "Maria Deane Institute", "the Qatar Tennis, " + "Squash and Badminton
# Federation": names of up to three capitalised words, listed, right before a body's span.
_SHARED_HEAD_BEFORE = re.compile(rf"(?:^|[^\w])(?:the|The) (?P<words>(?:{NAME_UP_TO_THREE_WORDS}, )*{NAME_UP_TO_THREE_WORDS}) and $")
_SHARED_HEAD_LIST_BEFORE = re.compile(rf"(?:^|[^\w])(?:the|The) (?P<words>(?:{NAME_UP_TO_THREE_WORDS}, )+)$")


# A body's remit listed with commas, up to its last "and": "Ministry of Environment, Climate and".
_REMIT_LIST_AND = re.compile(rf" (?:of|for) [{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*)*(?:, [{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*)*)+,? and$")


def _strip_the(name: str) -> str:
    return re.sub(r"^(?:the|The) ", "", name)


# A word in -ing of six letters or more, then the rest of a span: "Praising" + " Celtic".
_GERUND_FIRST = re.compile(rf"(?P<word>[{CAP}][a-z]{{2,}}ing) (?=[{CAP}])")


# Lowercase words that end a span ("Baluchestan province").
_LOWERCASE_TAIL = re.compile(r"(?: [a-z]+)+$")


# A preposition right before a word: "In Tawila ...", "For Nvidia ...".
_PREPOSITION_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]or|[Ff]rom|[Uu]nder|[Ww]ith|[Bb]y|[Oo]n|[Tt]o|[Nn]ear|[Aa]cross|[Ii]nside) $")


class SpanFinding:
    """Resolver rules that fix the model's span boundaries."""

    def _split_listed(self, text: str, ents: list) -> list:
        """"Paiporta, Catarroja", "Cargill, Bunge": one span holding names a comma
        separates, one of them a place the gazetteer knows or all of them well
        known, is that list: each name on its own (places as places). Not a known
        whole ("Washington, D.C." is one place)."""
        out: list = []
        for start, end, label in ents:
            surface = text[start:end]
            if ", " not in surface or self.gaz.lookup(surface) is not None or name_key(surface) in self.rules.known_kinds:
                out.append((start, end, label))
                continue
            parts = [(m.start() + start + (m.group(0)[:1] == " "), m.end() + start) for m in re.finditer(r"[^,]+", surface)]
            names = [text[s:e] for s, e in parts]
            places = [self.gaz.lookup(n) for n in names]
            if all(re.fullmatch(NAME_UP_TO_THREE_WORDS, n) for n in names) \
                    and ((label != "ORG" and any(places))
                         or all(p is not None or name_key(n) in self.rules.known_kinds for n, p in zip(names, places))):  # (not "Paul, Weiss")
                out.extend((s, e, "GPE" if p is not None else label) for (s, e), p in zip(parts, places))
                continue
            out.append((start, end, label))
        return out

    def _split_led_by(self, text: str, ents: list) -> list:
        """"the NATO-led Kosovo Force": a span opening with "<name>-led" (backed,
        brokered ...) is that name, then the rest, the model's span."""
        out: list = []
        for start, end, label in ents:
            found = LED_BY_WORD.match(text, start, end)
            if found and found.end() < end and text[found.end()].isupper():
                name = found.group("name")
                out.append((start, start + len(name), "GPE" if self.gaz.lookup(name) or self.demonym_country(name) else "ORG"))
                out.append((found.end(), end, label))
                continue
            out.append((start, end, label))
        return out

    def _joined_and_names(self, text: str, ents: list) -> list:
        """A body's name with "and" inside, cut by the model at it: "the High Court of
        Cassation" + " and Justice", "the Office for Kosovo" + " and Metohija": a name
        with "of" or "for", then "and" and one or two last words that the model tagged
        as no body or person and that are no country or well-known name ("the Bank of
        Orvel and Norvex" stays two when the model reads Norvex as a body). (The
        other way round, "Punjab and " + "Haryana High Court", is left to
        known_entities.yml: lists of companies look the same, "Norvex and Tarsk Group".)"""
        out: list = []
        skip: set = set()
        for start, end, label in ents:
            if (start, end) in skip:
                continue
            surface = text[start:end]
            if label == "ORG" and re.search(r" (?:of|for) ", surface):
                tail = _AND_LAST_WORDS.match(text, end)
                if tail:
                    t_start, t_end = tail.start("words"), tail.end("words")
                    inside = [(s, e, l) for s, e, l in ents if t_start <= s and e <= t_end]
                    words = tail.group("words")
                    if all(l not in ("ORG", "PERSON", "GPE", "LOC", "NORP") for _, _, l in inside) \
                            and name_key(words) not in self.rules.known_kinds and self.gaz.lookup(words) is None \
                            and not self.demonym_country(words.split()[0]):  # ("the Ministry of Health and Gaza residents")
                        skip.update((s, e) for s, e, _ in inside)
                        out.append((start, t_end, "ORG"))
                        continue
            out.append((start, end, label))
        return out

    def _split_title_portfolio(self, text: str, ents: list) -> list:
        """"Director General of Police Gaurav Orvel", "Minister of State for Sports
        Ivo Marrow": the model reads the portfolio's one word and the name as one span.
        After a title and "of" or "for", a first word followed by a name of two or
        three capitalised words (no body's word) is the portfolio; the rest is a person."""
        out: list = []
        for start, end, label in ents:
            words = text[start:end].split(" ")
            if label in ("PERSON", "ORG") and 3 <= len(words) <= 4 and all(w[:1].isupper() for w in words) \
                    and not self.has_org_word(" ".join(words[1:])) and self.gaz.lookup(" ".join(words[:2])) is None:
                title = _TITLE_OF_BEFORE.search(text, max(0, start - 60), start)
                if title and self._has_title(title.group("title")):
                    # the name starts at its given name when one is known ("Foreign Affairs Ivo Marrow"), else after one word
                    first = next((k for k in range(1, len(words) - 1) if words[k] in self.rules.given_names), 1)
                    out.append((start + len(" ".join(words[:first])) + 1, end, "PERSON"))
                    continue
            out.append((start, end, label))
        return out

    def _has_title(self, words: str) -> bool:
        """One of the words, or two of them together, is a title ("Director General")."""
        parts = words.split()
        pairs = (" ".join(parts[i : i + 2]) for i in range(len(parts) - 1))
        return any(w.lower() in self.rules.honorifics for w in (*parts, *pairs))

    def surname_read_as_date(self, text: str, ents: list) -> list:
        """"Abraham" + "Tolentino" read as a person and a date: one capitalised word (no month,
        weekday, holiday or number) that the model reads as a date right after a person's span is the
        rest of the name, so the person's span may grow over it (_extend_to_runs)."""
        # (or after a given name and a surname the model read as a body: "Ramiro Esquer" + "Valdez")
        people_ends = {e for s, e, label in ents if label == "PERSON" or (label == "ORG" and text[s:e].split()[0] in self.rules.given_names
                                                                            and len(text[s:e].split()) == 2 and not self.has_org_word(text[s:e]))}
        return [(s, e, label) for s, e, label in ents
                if not (label in ("DATE", "TIME") and s - 1 in people_ends and text[s - 1 : s] == " "
                        and re.fullmatch(rf"[{CAP}][^\W\d_]+", text[s:e]) and text[s:e] not in _WEEKDAYS_MONTHS
                        and name_key(text[s:e]) not in self.rules.event_names)]  # (nor a holiday: "Christmas")

    def hyphenated_given_names(self, text: str, ents: list) -> list:
        """"Cheng Li" + "-wun", "Kim Min" + "-seok": the model stops a Chinese or Korean
        given name at its hyphen; a short lowercase syllable after it, right after a
        person's short last word, is the rest of the name (not a suffix: "Kim-led",
        "Xi-era"; hyphen_suffixes)."""
        out = []
        for start, end, label in ents:
            rest = _GIVEN_NAME_SYLLABLE.match(text, end) if label == "PERSON" else None
            if rest and len(text[start:end].split()[-1]) <= 4 and rest.group("syllable") not in self.rules.hyphen_suffixes:
                end = rest.end()
            out.append((start, end, label))
        return out

    def royal_names(self, text: str, ents: list) -> list:
        """"King Leopold II", "King Baudouin": a monarch's or pope's title (royal_titles) before one
        capitalised word and maybe a regnal number, which the model tagged as nothing, is a person's
        name (not a longer name that goes on: "King Baudouin Foundation", "King Fahd Causeway"; nor
        a place the gazetteer knows: "Prince George", "Prince Rupert")."""
        out = list(ents)
        for found in _royal_name(self.rules.royal_titles).finditer(text):
            start, end = found.start("name"), found.end()
            if any(s < end and start < e for s, e, _ in ents) or self.gaz.lookup(f"{found.group('title')} {found.group('given')}") is not None:
                continue
            if found.group("given") not in self.rules.given_names and not found.group("number"):
                continue  # ("Emperor Penguin colonies", "Empress Market": a word, no name, without a number)
            out.append((start, end, "PERSON"))
        return sorted(out)

    def _known_names(self, text: str, ents: list) -> list:
        """A well-known name of two words or more (known_entities.yml) written
        out in full is one span, whatever pieces the model made of it
        ("Islamic" + "State" + "Sahel Province"), unless the model's own span
        around it is longer ("Federal Reserve Bank of New York"). Written
        capitalised at both ends, within one sentence ("China. Airlines
        cancelled ..." is no "China Airlines")."""
        index = self.rules.known_multiword
        words = [(m.start(), m.end()) for m in _TEXT_WORD.finditer(text)]
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            start = words[i][0]
            lengths = index.get(name_key(text[start : words[i][1]])) if text[start].isupper() else None
            match = None
            for length in lengths or ():
                if i + length > len(words):
                    continue
                end = words[i + length - 1][1]
                surface = text[start:end]
                gaps = (text[words[k][1] : words[k + 1][0]] for k in range(i, i + length - 1))
                if all(_NAME_GAP.fullmatch(g) for g in gaps) and (surface[-1].isdigit() or text[words[i + length - 1][0]].isupper()) \
                        and self.rules.known_kinds.get(name_key(surface)) is not None \
                        and not (self.rules.known_kinds[name_key(surface)] == "person" and _CAPITALISED_NEXT.match(text, end)):
                    # (a person's name that a capitalised word goes on from names something else: "the Thomas Sankara Prize")
                    match = (start, end, self.rules.known_kinds[name_key(surface)], length)
                    break
            if match is None:
                i += 1
                continue
            found.append(match[:3])
            i += match[3]
        if not found:
            return ents
        out = list(ents)
        for start, end, kind in found:
            overlapping = [e for e in out if e[0] < end and start < e[1]]
            # (a leading "the" of the model's span is no part of it: "the All England Lawn Tennis" + "Croquet Club")
            if any(not (start <= s + (4 if text[s : s + 4] in ("the ", "The ") else 0) and e <= end) for s, e, _ in overlapping):
                continue  # a longer or crossing model span: the model's reading stands
            out = [e for e in out if e not in overlapping] + [(start, end, "PERSON" if kind == "person" else "ORG")]
        return sorted(out)

    def _gerund_opening_sentence(self, text: str, start: int, end: int) -> int:
        """"Praising Celtic fans, ...", "Combining SMFG and UFJ ...": a word in -ing opening a sentence
        before a name is a verb, no part of it, unless a list knows it (a place, a given name, a
        well-known name: "Reading FC", "Boeing", "Beijing"). Where the name starts, or `start`. (A double
        name opening with such a word, "Fleming Rose", loses it: no BBC article of 2,225 had one, a dozen
        had the verb.)"""
        first = _GERUND_FIRST.match(text, start, end)
        if first is None or not _OPENS_SENTENCE.search(text[max(0, start - 4) : start]):
            return start
        word = first.group("word")
        if word in self.rules.given_names or self.gaz.lookup(word) is not None or name_key(word) in self.rules.known_kinds \
                or self.registry.lookup(word) is not None or name_key(text[start:end]) in self.rules.known_kinds \
                or self.registry.lookup(text[start:end]) is not None or self.gaz.lookup(text[start:end]) is not None \
                or self.ends_with_place_word(text[start:end]) or self.has_org_word(text[start:end]) \
                or any(w in self.rules.non_person_words for w in text[first.end() : end].split()):
            return start  # (nor a place's, a thing's or a body's name: "Downing Street", "Sterling Bank")
        # (and the rest is a name the text writes elsewhere too: not "Downing St", "Shining City")
        rest = text[first.end() : end]
        return first.end() if any(m.start() != first.end() for m in whole_word(rest).finditer(text)) else start

    def _common_word_opening_sentence(self, text: str, start: int, end: int) -> bool:
        """"Drought kills more cattle ...": one word that opens a sentence and
        that the text writes in lowercase elsewhere, never capitalised mid-sentence
        but inside a longer name ("Vintners' groups ..." beside "National Vintners' Federation")."""
        word = text[start:end]
        if " " in word or not word.isalpha() or not _OPENS_SENTENCE.search(text[max(0, start - 4) : start]):
            return False
        if not whole_word(word.lower()).search(text):
            return False
        return not any(not _OPENS_SENTENCE.search(text[max(0, m.start() - 4) : m.start()]) and not _in_longer_name(text, m.start(), m.end())
                       for m in whole_word(word).finditer(text))

    def _lone_word_read_as_person(self, text: str, start: int, end: int, label: str) -> bool:
        """"Smaller parties are fighting ...", "Older disputes remain": one word ending in "-er"
        the model read as a person, opening a sentence before a lowercase plural, that the text
        writes nowhere else (no surname of a person named in full) and that no list knows (no
        given name, well-known name or place): a comparative, not a name. (Not any word so placed:
        "Kovaro shares jumped", "Orkla of Norway" name companies the text may name once.)"""
        word = text[start:end]
        if label != "PERSON" or " " in word or not word.isalpha() or not word.endswith("er") \
                or not _OPENS_SENTENCE.search(text[max(0, start - 4) : start]) or not re.match(r" [a-z]+s\b", text[end : end + 30]):
            return False
        if word in self.rules.given_names or name_key(word) in self.rules.known_kinds or name_key(word) in self.rules.known_surnames \
                or self.gaz.lookup(word) is not None or self.demonym_country(word):
            return False
        return sum(1 for _ in whole_word(word).finditer(text)) == 1

    def _grown_over_joins(self, text: str, ents: list) -> list:
        """A span that stops at a connector grows over the capitalised words
        after it ("The Court of Orvel and" + "Tarsk"), and one cut at a hyphen
        over the hyphenated rest of the name ("Kyzyl" + "-Tor", "Croix" +
        "-des-Aubes"), unless a country or nationality stands on either side
        ("Orvelia-Tarsk talks", "Rwanda-Orvel") or the model tagged the words
        after it ("Orvel Motors and" + "Tarsk & Sons")."""
        out: list = []
        grown_to = -1
        for start, end, label in ents:
            if start < grown_to:
                continue
            new_end, foreign, body_of = end, None, None
            if _SPAN_ENDS_IN_CONNECTOR.search(text, start, end):
                after = _AFTER_CONNECTOR.match(text, end)
                if after:
                    # (a possessive after the name is no part of it: "The Stock Exchange of" + "Thailand" + "'s")
                    new_end = after.end() - (2 if _POSSESSIVE.search(after.group(0)) else 0)
            elif (label in ("ORG", "FAC") or (label == "PERSON" and self.has_org_word(text[start:end]))) and len(text[start:end].split()) >= 2 \
                    and (foreign := _FOREIGN_AND_REST.match(text, end)) \
                    and self._rest_of_foreign_name(text[start:end], foreign.group("words")):
                # "Fundación Ambiente" + " y Recursos Naturales": Spanish, Portuguese, French or German "and"
                # inside a body's name (which the model may read as a person's, but a body's word says what it is,
                # or as a building's: "the Museo Nacional de Arqueología" + " y Etnología")
                new_end = foreign.end()
            elif text[start:end].split()[0] in self.rules.org_words_first_only and (body_of := _FOREIGN_OF_REST.match(text, end)):
                # "Banca Monte" + " dei Paschi di Siena", "Universidad" + " de Chile": a body's first word in another
                # language, then "of" in that language and the rest of the name, the place it names too
                new_end = body_of.end()
            elif label == "ORG" and text[start:end].split()[-1] in self.rules.org_name_words \
                    and (of_word := _OF_ONE_WORD.match(text, end)) and self._remit_word(of_word.group("word")):
                new_end = of_word.end()  # "the East African Court" + " of Justice": one lowercase-able word after "of" ends the name
            elif label == "ORG" and text[start:end].split()[-1] in self.rules.org_name_words and (of_the := _OF_THE_REST.match(text, end)) \
                    and not (text[start:end].split()[-1] in self.rules.company_words and self.gaz.country(of_the.group("rest"))):
                # "The Ogoni Council" + " of the Elders" (not a company and its country: "APA Corporation of the United
                # States"); over a name the model tagged only from a country's generic body: "The High Court" + " of the
                # Maldives" (not "Kestrel Bank" + " of the Netherlands")
                new_end = of_the.end()
                if self.is_generic_org(_strip_the(text[start:end])):
                    body_of = of_the
            elif label != "NORP":
                rest = _HYPHEN_REST.match(text, end)
                if rest and ((not self._country_word(text[start:end]) and not self._country_word(rest.group("word")))
                             or self.gaz.lookup(re.sub(r"['’]s$", "", text[start : rest.end()])) is not None):
                    new_end = rest.end()  # (a country's name may open a known place's: "Guinea" + "-Bissau")
            tagged_after = [(s, e, l) for s, e, l in ents if end <= s < new_end]
            # ("The Ministry of Environment, Climate and" + "Wildlife": a remit listed with commas goes on
            # over what the model tagged after its "and", as far as the name it reads goes)
            remit_list = _REMIT_LIST_AND.search(text, start, end) is not None and len(tagged_after) == 1 \
                and tagged_after[0][2] == "ORG" and tagged_after[0][1] == new_end
            # (after a foreign "and", the rest is no known place: _rest_of_foreign_name; the model may still read it as one)
            if tagged_after and not remit_list and not (foreign and all(e <= new_end and l != "NORP" for _, e, l in tagged_after)) \
                    and not (body_of and all(e <= new_end for _, e, _ in tagged_after)) \
                    and not (text.endswith(" of", start, end) and len(tagged_after) == 1 and tagged_after[0][2] in ("GPE", "LOC")
                                     and tagged_after[0][1] == new_end):
                new_end = end  # "Tata Motors and" + "Mahindra & Mahindra": the model tagged what follows
                # (but "the National Observatory of" + "Tarnwick": a place ends the name)
            if new_end != end:
                grown_to = new_end
            out.append((start, new_end, label))
        return out

    def _remit_word(self, word: str) -> bool:
        """A body's remit after "of" ("Justice", "Appeal", "Auditors"): no place, nationality,
        given name or well-known name (a small town may be: "the Diocese of Wabag" ends there too)."""
        return self.gaz.lookup(word) is None and not self.demonym_country(word) and word not in self.rules.given_names \
            and name_key(word) not in self.rules.known_kinds

    def _rest_of_foreign_name(self, first: str, rest: str) -> bool:
        """"Recursos Naturales" after "Fundación Ambiente y": words that are no name of their own (no known
        body, place, country, acronym or given name: not "Partido Popular y Vox", "Renault et Nissan", "Pablo
        Iglesias y Yolanda Díaz"), after a first part that opens with a body's word or is no known name either."""
        words = rest.split()
        if any(w.isupper() or name_key(w) in self.rules.known_kinds for w in words) or name_key(rest) in self.rules.known_kinds \
                or self.gaz.lookup(rest) or self._country_word(words[0]) or words[0] in self.rules.given_names:
            return False
        return name_key(first) not in self.rules.known_kinds and first.split()[0] not in self.rules.given_names

    def _country_word(self, name: str) -> bool:
        place = self.gaz.lookup(_strip_the(name))
        return (place is not None and place.kind in ("country", "region", "continent")) or bool(self.demonym_country(name))

    def _joined_particles(self, text: str, ents: list) -> list:
        """"Liesel von der" + "Marwitz": a person's span that stops at a lowercase
        particle grows over the capitalised word after it, swallowing any span there.
        A person's span right before one that opens with a particle is one name
        ("Prince Omar" + "bin Tariq"), and so is one followed by a particle and one
        capitalised word that is no known place ("Tomas" + " ap Orvel")."""
        out: list = []
        skip_until = -1
        for start, end, label in ents:
            if start < skip_until:
                continue
            if (label == "PERSON" and out and out[-1][2] == "PERSON" and text[out[-1][1] : start] == " "
                    and text[start:end].split()[0] in self.rules.name_particles):
                out[-1] = (out[-1][0], end, "PERSON")
                continue
            gap = text[out[-1][1] : start] if out else ""
            if out and out[-1][2] == "PERSON" and re.fullmatch(r"(?: [a-z]{1,3})+ ", gap) and all(w in self.rules.name_particles for w in gap.split()) \
                    and len(text[start:end].split()) <= 2 and self.gaz.lookup(text[start:end]) is None \
                    and name_key(text[start:end]) not in self.rules.known_kinds and not self.has_org_word(text[start:end]):
                # "Bendito" + " dos " + "Santos Freitas" (read as a body): a person's name goes on after its particle
                out[-1] = (out[-1][0], end, "PERSON")
                continue
            words = text[start:end].split()
            article = _CAPITALISED_ARTICLE.match(text, end) if label == "PERSON" and len(words) > 1 else None
            if article and not any(end < s < article.end() for s, _, _ in ents):
                # "Mohammed bin Abdulrahman" + "Al Thani": a capitalised article and the word after it end the name
                end = article.end()
                skip_until = end
            elif label == "PERSON" and len(words) > 1 and words[-1] in self.rules.name_particles:
                # (more particles may come first: "Dolf van" + " den Brink")
                nxt = re.match(rf"((?: [a-z]{{1,3}})*) ([{CAP}][\w’'-]*)", text[end : end + 40])
                if nxt and all(w in self.rules.name_particles for w in nxt.group(1).split()):
                    end = end + nxt.end()
                    skip_until = end
            elif label == "PERSON" and len(words) > 1 and (nxt := re.match(r" ([a-zğı]+)(?![\w’'-])", text[end : end + 16])) \
                    and nxt.group(1) in self.rules.patronymic_suffixes:
                # "Makhabat Tazhibek" + " kyzy": a patronymic's lowercase word ends the name
                end = end + nxt.end()
                skip_until = end
            elif label == "PERSON" and (nxt := re.match(rf" ([a-z]{{1,3}}) ([{CAP}][\w’'-]*)(?![\w’'-]| [{CAP}])", text[end : end + 40])) \
                    and nxt.group(1) in self.rules.name_particles and not self._is_place_word(nxt.group(2)):
                # "Tomas" + " ap Orvel", whatever the model read the last word as
                end = end + nxt.end()
                skip_until = end
            out.append((start, end, label))
        return out

    def _joined_given_name_and_surname(self, text: str, ents: list) -> list:
        """"coach Thilina" + "Kandamby", each read as a place: two spans of one capitalised word each,
        a space apart, after a role or title or opening with a given name, that no list knows (no
        place, nationality or well-known name) are one person's name."""
        out: list = []
        for start, end, label in ents:
            if out and text[out[-1][1] : start] == " " and not (label == out[-1][2] == "PERSON"):
                first, word = text[out[-1][0] : out[-1][1]], text[start:end]
                if all(re.fullmatch(rf"[{CAP}][a-z’'-]+", w) and self.gaz.lookup(w) is None and not self.demonym_country(w)
                       and name_key(w) not in self.rules.known_kinds for w in (first, word)) \
                        and (first in self.rules.given_names or self._person_cue_before(text, out[-1][0])):
                    out[-1] = (out[-1][0], end, "PERSON")
                    continue
            out.append((start, end, label))
        return out

    def _joined_body_opener(self, text: str, ents: list) -> list:
        """"Organización" + "Soriana": a span that is one foreign body's opening
        word (org_words_first_only), right before another span, opens that
        name: one organization."""
        out: list = []
        for start, end, label in ents:
            if out and text[out[-1][1] : start] == " " and _strip_the(text[out[-1][0] : out[-1][1]]) in self.rules.org_words_first_only:
                out[-1] = (out[-1][0], end, "ORG")
                continue
            out.append((start, end, label))
        return out

    def _joined_plural_org(self, text: str, ents: list) -> list:
        """"the International Federation of Red Cross" + " and " + "Red Crescent Societies": an
        organization's span with an "of" phrase, then "and" and a span ending in a plural
        organization word (plural_org_words), is one name."""
        out: list = []
        for start, end, label in ents:
            if (out and out[-1][2] == "ORG" and label == "ORG" and text[out[-1][1] : start] == " and "
                    and " of " in text[out[-1][0] : out[-1][1]] and text[start:end].split()[-1] in self.rules.plural_org_words
                    and not text[start:end].startswith(("the ", "The "))):
                out[-1] = (out[-1][0], end, "ORG")
                continue
            out.append((start, end, label))
        return out

    def _joined_remit_org(self, text: str, ents: list) -> list:
        """"The Orvel Office" + " for " + "the Coordination of Grain Affairs": an
        organization's span ending in an organization word, then "for", "on" or
        "of" and an organization's span opening with a lowercase "the", is one
        name; and such a span followed by "on"/"for" and capitalised words the
        model left untagged ("the Global Task Force on Grain Safety") grows over
        them, unless they name a known place or a date ("the Council on Monday")."""
        out: list = []
        for start, end, label in ents:
            if (out and out[-1][2] == "ORG" and label == "ORG" and text[out[-1][1] : start] in (" for ", " on ", " of ")
                    and text.startswith("the ", start) and text[out[-1][0] : out[-1][1]].split()[-1] in self.rules.org_name_words
                    and text[start + 4 : start + 5].isupper()):
                out[-1] = (out[-1][0], end, "ORG")
                continue
            out.append((start, end, label))
        grown: list = []
        skip_to = -1
        for i, (start, end, label) in enumerate(out):
            if start < skip_to:
                continue
            remit = _REMIT.match(text, end) if label == "ORG" and text[start:end].split()[-1] in self.rules.org_name_words else None
            if remit and remit.group("words")[0].islower() and " " not in remit.group("words"):
                remit = None  # (a product or a topic: "fined by the Authority for iPhone slowdowns"; a name goes on: "iPS Cell Research")
            # (the model may read the remit's last words as a body of their own: "Center" + " for iPS " +
            # "Cell Research and Application")
            inside = [(s, e, l) for s, e, l in out[i + 1 :] if remit and s < remit.end()]
            if remit and all(e <= remit.end() and l == "ORG" and s > end + 5 for s, e, l in inside):
                words = remit.group("words")
                if not (set(words.split()) & _WEEKDAYS_MONTHS) and not self.gaz.lookup(words) and not self._country_word(words):
                    end = skip_to = remit.end()
            grown.append((start, end, label))
        return grown

    _PURPOSE = re.compile(rf" to (?P<first>[{CAP}][\w’'/-]*(?: [{CAP}][\w’'/-]*)+)(?P<list>(?:, [{CAP}][\w’'/-]*)*,? and [{CAP}][\w’'/-]*)?")

    _FOR_THE = re.compile(r" for (?:the )?")

    def _joined_body_for_country(self, text: str, ents: list) -> list:
        """"the Special Court" + " for " + "Sierra Leone": an organization's span ending in a court's or
        tribunal's word (_COURT_WORDS), then "for" and a country the model tagged, with nothing after it
        that the name could go on with (no possessive, no capitalised word): one body's name, no mention
        of the country. (Not a fund's: "the Global Fund" + " for " + "Malawi" names the country.)"""
        out: list = []
        for start, end, label in ents:
            if out:
                p_start, p_end, p_label = out[-1]
                gap = self._FOR_THE.fullmatch(text, p_end, start)
                if gap and self.rules.labels.get(p_label) == "organization" and text[p_start:p_end].split()[-1] in _COURT_WORDS \
                        and self.gaz.country(text[start:end]) is not None and not re.match(rf"['’]s\b| [{CAP}]", text[end : end + 3]):
                    out[-1] = (p_start, end, "ORG")
                    continue
            out.append((start, end, label))
        return out

    def _joined_purpose_org(self, text: str, ents: list) -> list:
        """"the Orvel Fund" + " to Fight Grain Blight, Rust and Mildew": an organization's
        span ending in an organization word, then "to" and capitalised words (a purpose
        written in title case, maybe a list closed by "and"), is one name; not where those
        words hold a known place, a nationality, an acronym in the list or a span the
        model read as a person or place ("the Grain Fund to Tarsk and Orvel")."""
        out: list = []
        skip_to = -1
        for start, end, label in ents:
            if start < skip_to:
                continue
            purpose = self._PURPOSE.match(text, end) if label == "ORG" and text[start:end].split()[-1] in self.rules.org_name_words else None
            if purpose:
                items = re.split(r", (?:and )?|,? and ", purpose.group(0)[4:])
                inside = [(s, e, l) for s, e, l in ents if end < s < purpose.end()]
                if (not any(e > purpose.end() or self.rules.labels.get(l) in ("person", "place") for s, e, l in inside)
                        and not any(self.gaz.lookup(w) or self._country_word(w) or self.demonym_country(w)
                                    for item in items for w in [item, *item.split()])
                        and not any(item.isupper() for item in items[1:])):
                    end, skip_to = purpose.end(), purpose.end()
            out.append((start, end, label))
        return out

    def _joined_remit_list(self, text: str, ents: list) -> list:
        """"the Ministry of Education" + ", Culture and Science": the span of a ministry,
        department or secretariat ending in "of" and one word grows over a list of single
        capitalised words after it closed by "and" (one remit of several portfolios):
        a ministry's list of portfolio words (portfolio_words) whatever else they name,
        any list only where no word of it is a known name, a place, a nationality,
        capitals or a span the model read."""
        out: list = []
        skip_to = -1
        for start, end, label in ents:
            if start < skip_to:
                continue  # ("Culture and Science", read as a work's title, is the rest of the ministry's name)
            listed = _REMIT_LIST.match(text, end) if label == "ORG" and _OF_ONE_WORD_END.search(text, start, end) else None
            head = text[start:end].split()[0 if not text.startswith(("the ", "The "), start) else 1] if listed else ""
            if head in self.rules.remit_heads:
                words = re.findall(rf"[{CAP}][\w’'-]*", listed.group(0))
                # (not a list of other names: "the Ministry of Health, WHO and UNICEF", "the Department of Energy, Exxon
                # and Chevron"; but "of Health, Labour and Welfare", though "Labour" is a party too; only a ministry's:
                # "the Department of Justice, Treasury and Commerce" are three departments)
                portfolios = head == "Ministry" and all(w in self.rules.portfolio_words for w in words)
                if portfolios or (not any(end <= s < listed.end() and (e > listed.end() or l in ("ORG", "PERSON", "GPE", "LOC", "NORP", "FAC", "PRODUCT"))
                                          for s, e, l in ents)
                                  and not any(w.isupper() or name_key(w) in self.rules.known_kinds or self.gaz.lookup(w) or self._country_word(w)
                                              or self.demonym_country(w) or w in self.rules.demonyms for w in words)):
                    end = skip_to = listed.end()
            out.append((start, end, label))
        return out

    def _joined_second_remit(self, text: str, ents: list) -> list:
        """"the Ministry for the Propagation of Virtue" + " and the Prevention
        of Vice": a body's span ending in a remit ("for the X of Y") grows
        over a second remit of the same shape after "and the", unless that is
        a body's name itself ("... of Health and the Ministry of Finance")."""
        out: list = []
        for start, end, label in ents:
            if label == "ORG" and _REMIT_END.search(text, start, end):
                second = _SECOND_REMIT.match(text, end)
                if second and not self.has_org_word(second.group("remit")) and not any(end <= s < second.end() for s, _, _ in ents):
                    end = second.end()
            out.append((start, end, label))
        return out

    def _joined_portfolios(self, text: str, ents: list) -> list:
        """"Treasury" + " and " + "Finance Ministry": two portfolios of one
        generic body (a ministry, a department) are one name, which a
        country's possessive before it then qualifies ("Varenia's Treasury
        and Finance Ministry")."""
        out: list = []
        for start, end, label in ents:
            if (out and out[-1][2] == "ORG" and label == "ORG" and text[out[-1][1] : start] == " and "
                    and self.is_generic_org(text[out[-1][0] : end]) and len(text[out[-1][0] : out[-1][1]].split()) == 1):
                out[-1] = (out[-1][0], end, "ORG")
                continue
            out.append((start, end, label))
        return out

    def _joined_country_org(self, text: str, ents: list) -> list:
        """A country that ends an organization's official name is part of it:
        "the Law Society" + " of " + "Varenia", "the Reconstruction Program" +
        " for " + "Varenia", "the Verification Mission" + " in " + "Varenia"
        (a mission's or office's seat), "Amnesty International" + " " +
        "Varenia" (a national chapter); so is a city after a body's word and
        "of" ("the National Observatory of Tarnwick"). A city after "in" says
        where a body sits (see _split_located_org)."""
        out: list = []
        for start, end, label in ents:
            after_body = out and out[-1][2] == "ORG"
            place = self.gaz.lookup(text[start:end]) if after_body and self.rules.labels.get(label) in ("place", "nationality", "candidate") else None
            if place is None and after_body and label in ("GPE", "ORG", "LOC") and text[out[-1][1] : start] == " of " \
                    and " " not in text[start:end] and text[out[-1][0] : out[-1][1]].split()[-1] in self.rules.org_name_words \
                    and not self.demonym_country(text[start:end]) and name_key(text[start:end]) not in self.rules.known_kinds:
                # "the Catholic Diocese" + " of " + "Wabag": one word the gazetteer does not know
                # after a body's word and "of" is the end of its name, as a known city is
                out[-1] = (out[-1][0], end, "ORG")
                continue
            if place is not None:
                body_start, body_end, _ = out[-1]
                last = text[body_start:body_end].split()[-1]
                joint = text[body_end:start]
                country = self.gaz.country(text[start:end]) is not None
                # (a company's word and "of" a city is no name, "Sun Pharma of Mumbai", "Elliott Management of New York";
                # an institution's is, "University of Mumbai", and so are "National Oil Corporation of Kenya", "Contact Group for Libya";
                # not "Mahindra Group of Mumbai")
                named_for_place = last not in self.rules.company_words or last in self.rules.place_named_company_words
                if ((joint == " of " and last in self.rules.org_name_words and named_for_place and (country or place.kind == "city"))
                        or (joint == " for " and last in self.rules.org_name_words and (named_for_place or last == "Group") and country)
                        or (country and joint == " in " and last in self.rules.seated_org_words)
                        or (country and joint == " " and last == "International")
                        or (country and joint == " " and (last in self.rules.org_name_words or last in self.rules.company_words)
                            and _PHRASE_ENDS.match(text, end) and self._sibling_arm(text, text[body_start:body_end], text[start:end]))):
                    # ("Equity Bank" + " " + "Rwanda,", a national arm named at the end of a phrase beside another
                    # arm of the body, "Equity Bank Uganda"; not "According to the World Bank Kenya's economy ...")
                    out[-1] = (body_start, end, "ORG")
                    continue
            out.append((start, end, label))
        return out

    def _sibling_arm(self, text: str, body: str, country: str) -> bool:
        """The text also names the body with another country after it ("Equity Bank Uganda")."""
        return any(self.gaz.country(m.group(1)) is not None and m.group(1) != country
                   for m in re.finditer(rf"\b{re.escape(body)} ([{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*)?)", text))

    def _split_person_of(self, text: str, ents: list) -> list:
        """"Ana Vell of Varenia", "Jon Pell of Orvel Cycling": a person's full
        name, "of", and the country or team they stand for, read as one
        organization, are the person and that place or body. Only where the
        name is a person's: listed as one, or its surname read alone as a
        person elsewhere, or a country after "of"; never an official name
        the gazetteer or the lists know ("Democratic Republic of Varenia")."""
        out: list = []
        for start, end, label in ents:
            found = _PERSON_OF.fullmatch(text, start, end) if self.rules.labels.get(label) in ("organization", "person") else None
            if found:
                person, rest = found.span("person"), found.span("rest")
                words = text[person[0] : person[1]].split()
                whole = text[found.start("person") : end]
                # ("of America" ends bodies' names, "Writers Guild of America", more than people's: of_body_places)
                country = self.gaz.country(text[rest[0] : rest[1]]) if text[rest[0] : rest[1]] not in self.rules.of_body_places else None
                if (not self.gaz.lookup(whole) and name_key(whole) not in self.rules.known_kinds and not self.registry.lookup(whole)
                        and not any(w in self.rules.org_name_words or w in self.rules.place_feature_words or w.rstrip(".").lower() in self.rules.honorifics
                                    or ((place := self.gaz.lookup(w)) is not None and place.kind == "country") for w in words)
                        and (self.rules.known_kinds.get(name_key(" ".join(words))) == "person" or country is not None
                             or self.given_name_led(" ".join(words))
                             or any(l == "PERSON" and text[s:e] == words[-1] for s, e, l in ents))):
                    out.append((person[0], person[1], "PERSON"))
                    out.append((rest[0], rest[1], "GPE" if country is not None else "ORG"))
                    continue
            out.append((start, end, label))
        return out

    def _split_body_of_person(self, text: str, ents: list) -> list:
        """"the People's Party of Inga Sæland": the name of a body a person
        leads (led_body_words: Party, Movement, Government ...), "of" and a
        person's full name (given_name_led) read as one name are the body and
        the person. (Bodies named after a person stay whole: "the University
        of Cheikh Anta Diop"; so do names the lists know.)"""
        out: list = []
        for start, end, label in ents:
            found = _BODY_OF_PERSON.fullmatch(text, start, end) if label == "ORG" else None
            if found:
                body, person = found.group("body"), found.group("person")
                if body.split()[-1] in self.rules.led_body_words and self.given_name_led(person) and not self.gaz.lookup(text[start:end]) \
                        and name_key(text[start:end]) not in self.rules.known_kinds and not self.registry.lookup(text[start:end]):
                    out.append((start, found.end("body"), "ORG"))
                    out.append((found.start("person"), end, "PERSON"))
                    continue
            out.append((start, end, label))
        return out

    def _split_located_org(self, text: str, ents: list) -> list:
        """A name, "in" and a known place, read as one span, are the name and
        where it is: "the National Grain Council in Tarnwick", "the Vell
        Stadium in Tarnwick". An organization's span splits only before a city
        or region (not a country: "Interim Force in Varenia" is a name), and
        no span splits where the body is a mission or office named after the
        place ("the Hybrid Operation in Darfur") or where the whole is one
        known place's name ("Sankt Johann in Tirol"). A known place, "at" and
        a site ("Auckland at Faleolo International Airport") are two places."""
        out: list = []
        for start, end, label in ents:
            near = _NEAR_PLACE_END.search(text, start, end) if self.rules.labels.get(label) else None
            if near is not None and near.start() > start:
                # "Ambras Castle near Innsbruck", "the River Niger near Ibaji": a name and what it is near
                out.append((start, near.start(), label))
                out.append((near.start("place"), end, "GPE"))
                continue
            route = (_COMMA_PLACE_END.search(text, start, end)
                     if label in ("GPE", "LOC") or (label == "ORG" and _LOCATIVE_BEFORE.search(text, max(0, start - 30), start)) else None) \
                or (_TOWARDS_PLACE_END.search(text, start, end) if label != "PERSON" and self.rules.labels.get(label) else None)
            known = self.gaz.lookup(route.group("place")) if route is not None and route.start() > start else None
            if known is not None and not known.alternate and known.kind in ("country", "region", "city") \
                    and self.gaz.lookup(_strip_the(text[start:end])) is None and not self.has_org_word(text[start : route.start()]):
                # "in Motupe, Arequipa and Cusco", "from Verkhny Lars towards Vladikavkaz": two places
                out.append((start, route.start(), "GPE"))
                out.append((route.start("place"), end, "GPE"))
                continue
            site = _AT_SITE_END.search(text, start, end) if self.rules.labels.get(label) else None
            if site is not None and site.start() > start and self.ends_with_place_word(site.group("place")) \
                    and self.gaz.lookup(_strip_the(text[start : site.start()])) is not None:
                # "arrivals from Auckland at Faleolo International Airport": a known place, then the site where
                out.append((start, site.start(), "GPE"))
                out.append((site.start("place"), end, "FAC"))
                continue
            located = _IN_PLACE_END.search(text, start, end) if self.rules.labels.get(label) else None
            place = self.gaz.lookup(located.group("place")) if located else None
            body = text[start : located.start()].split() if located else []
            if located is None and label != "ORG" and self.rules.labels.get(label):
                # (not a body's name: "the Council in the Gedo region" is left whole)
                located = _IN_UNIT_END.search(text, start, end)
                if located and located.group("unit") in self.rules.place_cues_after:
                    out.append((start, located.start(), "GPE"))  # (what stands in a region is a place too)
                    out.append((located.start("place"), located.end("place"), "GPE"))
                    continue
                located = None
            if place is not None and body and body[-1] not in self.rules.seated_org_words:
                if label == "ORG":
                    # (or one word that is no body's word before any place: "from Formia in Italy")
                    split = (place.kind in ("city", "region") and len(body) >= 2) \
                        or (len(body) == 1 and not self.has_org_word(body[0]) and not self.is_generic_org(body[0]))
                else:
                    # (a known place before "in" too, unless the whole is one place's name: "the Morumbi
                    # in São Paulo", not "Sankt Johann in Tirol")
                    bare = _strip_the(text[start : located.start()])
                    split = not self.has_org_word(bare) and (self.gaz.lookup(bare) is None or self.gaz.lookup(_strip_the(text[start:end])) is None)
                if split:
                    out.append((start, located.start(), label))
                    out.append((located.start("place"), end, "GPE"))
                    continue
            out.append((start, end, label))
        return out

    def acronym_runs(self, text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Capitalised runs of three or more words whose initials an acronym
        written elsewhere in the text spells ("the Orvel Tarsk Civic Union ...
        the OTCU"): each is one organization's name, even where it opens with
        a country ("Sri Lanka Freedom Party ... SLFP")."""
        acronyms = set(_ACRONYM_WORD.findall(text))
        if not acronyms:
            return []
        # (a run that goes on over "of" after a body's word counts up to there too: "National Gas Company" of
        # "National Gas Company of Trinidad and Tobago (NGC)")
        candidates = [(s, e) for s, e in runs] + [(s, s + found.start()) for s, e in runs for found in re.finditer(" of ", text[s:e])]
        return sorted({(s, e) for s, e in candidates if len(text[s:e].split()) >= 3 and initials(text[s:e]) in acronyms})

    def _acronym_run_orgs(self, ents: list, acronym_runs: list[tuple[int, int]]) -> list:
        """The model's spans inside an acronym's run (acronym_runs) become that run, an organization."""
        if not acronym_runs:
            return ents
        out: list = []
        for start, end, label in ents:
            run = next(((s, e) for s, e in acronym_runs if s <= start and end <= e), None)
            if run is None:
                out.append((start, end, label))
            elif not out or out[-1][:2] != run:
                out.append((run[0], run[1], "ORG"))
        return out

    def _joined_nationality_org(self, text: str, ents: list) -> list:
        """"Sacred" (NORP) + "Covenant" (ORG) in "the Sacred Covenant group": a
        nationality-like word that names no country, right before an
        organization's span, is the first word of that organization's name."""
        out: list = []
        for start, end, label in ents:
            if (out and out[-1][2] == "NORP" and label == "ORG" and text[out[-1][1] : start] == " "
                    and not self.demonym_country(text[out[-1][0] : out[-1][1]])):
                out[-1] = (out[-1][0], end, "ORG")
                continue
            out.append((start, end, label))
        return out

    def _joined_name_parts(self, text: str, ents: list) -> list:
        """"Lê Quang" (PERSON) + "Thảo" (GPE): a person's span followed, one
        space on, by a one-word span the gazetteer does not know is one name;
        so is such a word right before a person's span ("Mehidy" + "Hasan Miraz")."""
        out: list = []
        for start, end, label in ents:
            if out and out[-1][2] == "PERSON" and _POSSESSIVE.search(text, out[-1][0], out[-1][1]):
                out.append((start, end, label))  # "Ilse Marrow's Kestrel": a possessive ends the person's name
                continue
            if out and out[-1][2] == "ORG" and text[out[-1][1] : start] == " " and text[start:end].split()[-1] in self.rules.org_name_words \
                    and getattr(self.gaz.lookup(text[out[-1][0] : out[-1][1]]), "kind", "city") == "city" \
                    and not _POSSESSIVE.search(text, out[-1][0], out[-1][1]):
                # "Toyota" + "Gazoo Racing": one body's name, split by the model (not "the Union's" +
                # "Peace Council"; a country or region read as a body qualifies the next: "Kenya" + "Rugby Union")
                out[-1] = (out[-1][0], end, "ORG")
                continue
            if out and out[-1][2] == "ORG" and label in ("PERSON", "ORG") and text[out[-1][1] : start] == " " \
                    and self._second_word_of_body(text, out[-1][0], out[-1][1], text[start:end]):
                out[-1] = (out[-1][0], end, "ORG")  # "Toyota" + "Tsusho" (PERSON): one company's name
                continue
            if out and _NAME_GAP_WORD.fullmatch(text, out[-1][1], start) and self._generic_name_tail(text[start:end]) \
                    and not _POSSESSIVE.search(text, out[-1][0], out[-1][1]):
                # "Abeid Amani Karume" + "International Airport", "Abeid Amani" + " Karume " + "International Airport":
                # the words that make the name before them a thing
                out[-1] = (out[-1][0], end, label)
                continue
            if out and out[-1][2] == "PERSON" and label == "PERSON" and text[out[-1][1] : start] == " ":
                out[-1] = (out[-1][0], end, "PERSON")  # "Ilse Marrow" + "Vell Anders": one long name, split by the model
                continue
            if out and out[-1][2] == "PERSON" and label != "PERSON" and text[out[-1][1] : start] == " ":
                if self._unknown_name_word(text[start:end]):
                    out[-1] = (out[-1][0], end, "PERSON")
                    continue
            if out and out[-1][2] in ("GPE", "LOC", "ORG", "FAC", "PRODUCT") and label == "PERSON" and text[out[-1][1] : start] == " " \
                    and self._unknown_name_word(text[out[-1][0] : out[-1][1]]) \
                    and name_key(text[out[-1][0] : out[-1][1]]) not in self.rules.known_kinds \
                    and not self._known_owner(text[out[-1][0] : out[-1][1]]) \
                    and not _PREPOSITION_BEFORE.search(text, max(0, out[-1][0] - 8), out[-1][0]):
                # (not "In Tawila" + "Fatima Adam", "OpenAI" + "Sam Altman", "Guinea-Bissau's" + "Ana Vell")
                out[-1] = (out[-1][0], end, "PERSON")  # "Mehidy" (GPE) + "Hasan Miraz" (PERSON): the first name
                continue
            out.append((start, end, label))
        return out

    def _generic_name_tail(self, surface: str) -> bool:
        """"International Airport", "National Stadium": words that name no place or body of their own,
        only what the name before them is (place_name_words, after maybe name_tail_qualifiers)."""
        words = surface.split()
        if not 1 <= len(words) <= 3 or words[-1] not in self.rules.place_name_words:
            return False
        return all(w in self.rules.name_tail_qualifiers for w in words[:-1])

    def _known_owner(self, surface: str) -> bool:
        """"Guinea-Bissau's", "Flamengo's": a known place or body in the possessive, which owns the name after it."""
        owner = _POSSESSIVE.sub("", surface)
        return owner != surface and (self.gaz.lookup(owner) is not None or name_key(owner) in self.rules.known_kinds)

    def _second_word_of_body(self, text: str, body_start: int, body_end: int, word: str) -> bool:
        """"Tsusho" after "Toyota": one word no list knows (no place, given name, body
        or product) that the text never writes without the body's one-word name before
        it is the rest of that body's name."""
        body = text[body_start:body_end]
        if body.isupper():
            return False  # (not after capitals, a broadcaster's or an agency's: "told CNN Zelensky")
        return (" " not in body and self._unknown_name_word(word)
                and word not in self.rules.given_names and name_key(word) not in self.rules.known_kinds
                and name_key(word) not in self.rules.products
                and len(whole_word(word).findall(text)) == len(whole_word(f"{body} {word}").findall(text)))

    def _unknown_name_word(self, word: str) -> bool:
        """One capitalised word that is no known place, nationality, people, day, month or body's word."""
        return (re.fullmatch(r"[^\W\d_][\w'’-]*", word) is not None and word[0].isupper() and not self.gaz.lookup(word)
                and not self.demonym_country(word) and word not in self.rules.demonyms and word not in self.rules.peoples
                and word not in _WEEKDAYS_MONTHS and not self.has_org_word(word))

    def _split_conjoined(self, text: str, ents: list) -> list:
        """"Halvex and Norvex", "Tarvos and Orvel": one span holding two
        names joined by "and" is two names when each side is a known place or
        is written on its own elsewhere in the text."""
        out: list = []
        for start, end, label in ents:
            owned = _AND_OWNER.search(text, start, end)
            if owned and self.gaz.lookup(owned.group("owner")) is not None and label in ("ORG", "FAC"):
                # "Addis Ababa University and France's National Centre for ...": a place's possessive after
                # "and" opens a second name
                out += [(start, owned.start(), label), (owned.start() + 5, end, label)]
                continue
            found = _CONJOINED.fullmatch(text[start:end])
            if found and (country := self.gaz.lookup(text[start:end])) is not None and country.kind == "country":
                found = None  # one country's name: "São Tomé and Príncipe"
            if found:
                sides = [(start + found.start(g), start + found.end(g)) for g in ("a", "b")]
                # "the villages of Orvel and Tarsk": a plural unit word says both are places.
                plural = self._plural_place_cue(text, start, end) or self._two_places_after_locative(text, start, end, found, label)
                if plural or all(self._known_alone(text, s, e) for s, e in sides):
                    for s, e in sides:
                        place = self.gaz.lookup(text[s:e])
                        out.append((s, e, "GPE" if plural or (place is not None and self.rules.labels.get(label) != "organization") else label))
                    continue
            out.append((start, end, label))
        return out

    def _two_places_after_locative(self, text: str, start: int, end: int, found: re.Match, label: str) -> bool:
        """"near Luuq and Dolow": two names of one or two words joined by "and" right after
        "in", "near", "around", "between" or "from" (not after a stake, "shares
        in", and not one known name, "Trinidad and Tobago") are two places."""
        before = _LOCATIVE_BEFORE.search(text, max(0, start - 30), start)
        # (a body's span only after "near" or "around": "the sector around Bukima and Rumangabo"; or "in" where
        # nothing calls the two bodies: "the washing plants in Redeyef and Moularès")
        nearby = before is not None and re.search(r"(?:near|around|in)\s+(?:the\s+)?$", before.group(0)) is not None \
            and not _POSSESSIVE_AFTER.match(text, end) and not _POSSESSIVE.search(text, start, end) \
            and not (before.group(0).rstrip().endswith("in") and self._said_to_be_bodies(text, found, end))
        if before is None or (before.group("word") or "").strip().lower() in self.rules.stake_words \
                or label in ("PERSON", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT") or (label == "ORG" and not nearby):
            return False  # (not "between Putin and Zelensky", "from Abercrombie and Fitch", "in Romeo and Juliet")
        whole = text[start:end]
        if len(found.group("a").split()) > 2 or len(found.group("b").split()) > 2 or self.gaz.lookup(whole) is not None:
            return False
        return not any(name_key(w) in self.rules.known_kinds or self.registry.lookup(w) for w in (whole, whole.replace(" and ", " & ")))

    def _said_to_be_bodies(self, text: str, found: re.Match, end: int) -> bool:
        """"Orvel Bank and Tarsk", "Halvorsen and Brisk, the failed broker": two names joined by "and"
        of which one has a body's word or is a well-known name, or that an apposition calls bodies."""
        sides = (found.group("a"), found.group("b"))
        return any(self.has_org_word(side) or name_key(side) in self.rules.known_kinds for side in sides) \
            or _bodies_apposition(self.rules.pair_apposition_nouns).match(text, end) is not None

    def _known_alone(self, text: str, start: int, end: int) -> bool:
        name = text[start:end]
        if self.gaz.lookup(name) is not None or (" " in name and name_key(name) in self.rules.known_kinds):
            return True  # (a place, or a well-known name of two words or more: "Amnesty International and Human Rights Watch")
        pattern = whole_word(name)
        return any(not (start <= m.start() < end) and not _in_longer_name(text, m.start(), m.end()) for m in pattern.finditer(text))

    def _with_leading_and_word(self, text: str, ents: list) -> list:
        """"the Harbour and Canal Authority of Port Aldren" read as "Canal Authority
        of Port Aldren": an organization's span right after "the X and ", where X
        is a capitalised word no span holds, starts at X; so does one that opens
        with "Y and" right after "the X, " ("the Tides, Currents and Weather
        Office" read as "Currents and Weather Office")."""
        out: list = []
        taken = [(s, e) for s, e, _ in ents]
        absorbed: set = set()
        for start, end, label in ents:
            if self.rules.labels.get(label) == "organization":
                before = re.search(rf"(?:^|[^\w])(?:the|The) ((?:[{CAP}][a-z]+, )*[{CAP}][a-z]+) and $", text[max(0, start - 60) : start])
                if before is None and re.match(rf"[{CAP}][a-z]+ and [{CAP}]", text[start:end]):
                    before = re.search(rf"(?:^|[^\w])(?:the|The) ((?:[{CAP}][a-z]+, )+)$", text[max(0, start - 60) : start])
                if before:
                    words = re.findall(rf"[{CAP}][a-z]+", before.group(1))
                    w_start = start - len(before.group(0)) + before.group(0).index(before.group(1))
                    if (not any(s <= w_start < e or s < start <= e and s > w_start for s, e in taken)
                            and not any(self.gaz.lookup(w) or self.demonym_country(w) for w in words)):
                        start = w_start
                        before = None
                shared = _SHARED_HEAD_BEFORE.search(text, max(0, start - 80), start)
                if before is None and shared is None and re.match(rf"[{CAP}][\w’'-]* and [{CAP}]", text[start:end]):
                    shared = _SHARED_HEAD_LIST_BEFORE.search(text, max(0, start - 80), start)
                if shared and not re.match(r"(?:the|The) ", text[start:end]) and self.has_org_word(text[start:end].split()[-1]) \
                        and (first := self._first_part_of_shared_head(text, ents, shared.start("words"), start)) is not None:
                    absorbed.update(first)
                    start = shared.start("words")
            out.append((start, end, label))
        return [e for e in out if (e[0], e[1]) not in absorbed]

    def _first_part_of_shared_head(self, text: str, ents: list, w_start: int, start: int) -> set | None:
        """"the Leônidas and Maria Deane Institute", "The National Solidarity, Brotherhood
        and Democracy Commission": the words before "and" (or before the list's comma) share
        the body's last word, though the model read them as a name of their own. Gives
        the model's spans over those words, which the body's span takes in; None when
        they are no such part: a span reaching past them, a place, a nationality, a
        well-known name, a body's name with a head of its own ("the Nepali Army and"), or
        a name the text also writes alone."""
        inside = [(s, e, l) for s, e, l in ents if s < start and w_start - 4 < e and (s, e) != (w_start, start)]
        if not inside or any(not (w_start - 4 <= s and e <= start) or l in ("GPE", "LOC", "NORP", "PERSON") for s, e, l in inside):
            return None
        words = re.sub(r",? and $|, $", "", text[w_start:start])
        if any(self.gaz.lookup(part) or self.demonym_country(part) or name_key(part) in self.rules.known_kinds
               or self.registry.lookup(part) or self.has_org_word(part) for part in re.split(r", ", words)):
            return None
        if any(not (w_start <= m.start() < start) for m in whole_word(words).finditer(text)):
            return None  # written alone elsewhere: a name of its own ("Orvel and the Tarsk Institute")
        return {(s, e) for s, e, _ in inside}

    def _extend_to_runs(self, text: str, ents: list, runs: list[tuple[int, int]]) -> list:
        """The model often tags only part of a name ("Korvane" in "DL Korvane",
        "Mira Solvej" in "Mira Solvej Andersdottir"): a span grows to the whole
        capitalised run around it when that run holds no other model span
        and the added words are not titles ("Industry Minister Brandt").
        A nationality word grows only into an organization's name ("the
        company Norvish Timber"), never into "Norvish Sea"."""
        ents = self._surname_read_as_place(text, _joined_person_parts(text, ents, self.rules.honorifics))
        out = []
        for start, end, label in ents:
            if label == "NORP" and text[start:end] in self.rules.place_name_openers:
                label = "FAC"  # "Stade" (read as a nationality) + "Marcel-Deflandre": a place's opener, the name goes on
            # "the Anton Pell" in "the Anton Pell Memorial Stadium": the run starts after the article word.
            lead = re.match(r"(?:the|The) ", text[start:end])
            core = (start + lead.end(), end) if lead and not self._named_with_the(text[start:end]) else (start, end)
            # "al-Haq militia" in "the Asa'ib Ahl al-Haq militia": the capitalised part is what grows.
            tail_start = _lowercase_tail(text, core[0], core[1])
            if tail_start > core[0] and label != "NORP":
                core = (core[0], tail_start)
            run = next(((s, e) for s, e in runs if s <= core[0] and core[1] <= e and (s, e) != core), None)
            if run is None and label in ("PERSON", "ORG"):
                grown = self._grown_leftwards(text, core, runs, ents, own=(start, end))
                if grown is not None:
                    start = grown
                    core = (start, core[1])
            # ("Havildar Gurnam" + "Singh", the surname read as a place: a title only a person bears opens the run)
            titled = run is not None and label in ("GPE", "LOC", "ORG") and run[0] < core[0] \
                and any(text.startswith(t + " ", run[0]) for t in self.rules.person_only_titles)
            if run is not None and (label == "PERSON" or titled) and run[0] < core[0] \
                    and not self._may_extend(text, core, run, ents, own=(start, end), person=True):
                # "Chief Justice Satiu Simativa" + " Perese", "President Mahamat" + "Idriss Deby": the
                # title before stays out, the rest of the name (before and after the span) comes in
                after_title = self._after_last_title(text, run[0], core[0])
                if after_title is not None and self._may_extend(text, core, (after_title, run[1]), ents, own=(start, end)):
                    start, end = min(start, after_title), run[1]
                    run = None
                    label = "PERSON" if titled else label
            if run is not None and self._may_extend(text, core, run, ents, own=(start, end), person=label == "PERSON"):
                if label == "NORP" and text[core[0] : core[1]] in self.rules.ideology_words and core[0] == run[0] and core[1] < run[1]:
                    # "the Islamist Orvel party": a creed's word is no part of the name after it
                    rest = (core[1] + 1, run[1])
                    if self._org_cue(text, rest[0], text[rest[0] : rest[1]], rest[1]) or self.has_org_word(text[rest[0] : rest[1]]):
                        start, end, label = rest[0], rest[1], "ORG"
                elif label != "NORP":
                    start, end = run[0], max(run[1], end)
                elif (self._org_cue(text, run[0], text[run[0] : run[1]], run[1]) or self.has_org_word(text[run[0] : run[1]])
                      or (run[0] == core[0] and not self._people_word(text[core[0] : core[1]])
                          and self.is_generic_org(text[core[1] : run[1]]))):
                    # "Sacred State fighters": a word naming no country or people, then generic
                    # organization words only, is an organization's name ("Kurdish State" is not).
                    start, end, label = run[0], run[1], "ORG"
            out.append((start, end, label))
        return out

    def _surname_read_as_place(self, text: str, ents: list) -> list:
        """"Marcelo" + " Tavares " + "Lima", "Henriette" + " Mbuyi " + "Kalala": a person's
        span that opens with a given name, one or two middle names, then one word the model
        read as a place or a body, that ends the capitalised run, is one person's name (not
        a country's, a nationality's or a well-known body's name)."""
        out: list = []
        for start, end, label in sorted(ents):
            if out and out[-1][2] == "PERSON" and label in ("GPE", "LOC", "ORG") and " " not in text[start:end] \
                    and text[out[-1][0] : out[-1][1]].split()[0] in self.rules.given_names and len(text[out[-1][0] : out[-1][1]].split()) <= 2 \
                    and _MIDDLE_NAMES.fullmatch(text, out[-1][1], start) \
                    and not any(w.rstrip(".").lower() in self.rules.honorifics for w in text[out[-1][1] : start].split()) \
                    and self.gaz.country(text[start:end]) is None and not self.demonym_country(text[start:end]) \
                    and name_key(text[start:end]) not in self.rules.known_kinds and not _CAPITALISED_NEXT.match(text, end) \
                    and text[end : end + 1] not in ("'", "’", "-"):
                out[-1] = (out[-1][0], end, "PERSON")
                continue
            out.append((start, end, label))
        return out

    def _after_last_title(self, text: str, run_start: int, span_start: int) -> int | None:
        """Where the words after the last title between `run_start` and `span_start`
        begin ("President Mahamat ..." -> at "Mahamat", "Closer Ezequiel ..." -> at "Ezequiel",
        a role word opening the sentence); None without a title there."""
        cut = None
        for word in re.finditer(r"\S+", text[run_start:span_start]):
            if word.group(0).rstrip(".").lower() in self.rules.honorifics or (
                    word.start() == 0 and self.role_opens_sentence(text, run_start, word.group(0))):
                cut = run_start + word.end() + 1  # (a role word opening the sentence stands as a title: "Closer Ana Vell")
        title = text[run_start:span_start].split()[-1] if cut == span_start else ""
        surname = re.match(r"[\w’'-]+", text[span_start:])
        if title and surname and self._given_name_title(title, surname.group(0)):
            # "Secretary General Baron" + "Waqa": the last title is the first name, the one before still a title
            cut = self._after_last_title(text, run_start, span_start - len(title) - 1) if span_start - run_start > len(title) + 1 else None
        return cut

    def _grown_leftwards(self, text: str, core: tuple[int, int], runs: list, ents: list, own: tuple[int, int]) -> int | None:
        """"Ana" + "María Ruiz de Velasco": where a capitalised run that starts
        before the span and ends inside it (at a particle) starts, when its
        added words are name words: no title, body, place or nationality, and
        not a sentence's first words, where an unlisted title stands
        ("Auctioneer Ana Vell")."""
        before = next(((s, e) for s, e in runs if s < core[0] < e <= core[1]), None)
        if before is None or _OPENS_SENTENCE.search(text[max(0, before[0] - 4) : before[0]]):
            return None
        added = text[before[0] : core[0]].strip()
        if not self._may_extend(text, (core[0], core[0]), (before[0], core[0] - 1), ents, own=own) or self.has_org_word(added) \
                or self.gaz.lookup(added) is not None or self.demonym_country(added):
            return None
        return before[0]

    def _people_word(self, word: str) -> bool:
        """A nationality or a people: "Varenian", "Kurdish", "Arabs"."""
        return bool(word in self.rules.demonyms or (word.endswith("s") and word[:-1] in self.rules.demonyms) or self.demonym_country(word))

    def _may_extend(self, text: str, span: tuple[int, int], run: tuple[int, int], ents: list, own: tuple[int, int] | None = None,
                    person: bool = False) -> bool:
        (start, end), (run_start, run_end) = span, run
        # Whole words only: "Tarnwick" does not become "Tarnwick-based".
        if (start > run_start and text[start - 1] != " ") or (end < run_end and text[end] != " "):
            return False
        if any(s < run_end and run_start < e and (s, e) not in (span, own) for s, e, _ in ents):
            return False  # "Varenian President Ilse Marrow": two names
        before = text[run_start:start].split()
        if before and self._given_name_title(before[-1], text[start:end]):
            before = before[:-1]  # "Prince" + "Dube": the title is his first name
        added = before + text[end:run_end].split()
        # (a title word before a particle opens a place's name: "Col du Soulor", not Colonel Soulor;
        # a role word is no part of a person's name: "Cyclist Merhawi Tesfamariam won", though it
        # may be of a body's: "Editor Media Group")
        return not any((w.rstrip(".").lower() in self.rules.honorifics and not self.opens_place_name(w, nxt))
                       or (person and w.lower() in self.rules.person_cues_before) for w, nxt in zip(added, added[1:] + [""]))

    _JOINERS = ("do", "da", "de", "dos", "das", "del", "di", "du", "des", "la", "le", "sur", "am", "an", "im", "upon", "on", "of")
    _ROMANCE_JOINERS = ("do", "da", "de", "dos", "das", "del", "di", "du", "des", "della")

    def _joined_places(self, text: str, ents: list) -> list:
        """Place names the model split at a particle: "São Aurélio" + "do" + "Tarvá",
        or at "and", when the whole is a region or a country ("Jammu and Kashmir");
        a span that is part of a longer place the gazetteer knows, written out in
        the text, grows to it ("Santa Aurélia" + " do Norte", "General" + "Tarvá")."""
        out: list = []
        for start, end, label in ents:
            if out:
                p_start, p_end, p_label = out[-1]
                between = text[p_end:start]
                joined = text[p_start:end]
                if re.fullmatch(r"\s+(?:%s)\s+" % "|".join(self._JOINERS), between) and self.gaz.lookup(joined):
                    out[-1] = (p_start, end, "GPE")
                    continue
                if re.fullmatch(r" (?:%s) " % "|".join(self._ROMANCE_JOINERS), between) and p_label in _PLACE_LABELS and label in _PLACE_LABELS \
                        and not any(self._country_word(part) or part in self.rules.home_nations for part in (text[p_start:p_end], text[start:end])):
                    # "Santana" + " do " + "Livramento", both read as places: one place's name, known or not
                    # (English text puts no Portuguese, Spanish, French or Italian "of" between two places; but
                    # "Spain do Croatia a favour": no country on either side)
                    out[-1] = (p_start, end, "GPE")
                    continue
                known = self.gaz.lookup(joined) if between == " and " else None
                unit = _LOWERCASE_TAIL.search(joined) if between == " and " and known is None else None
                if unit is not None:  # "Sistan" + " and " + "Baluchestan province": the region with its unit word
                    known = self.gaz.lookup(joined[: unit.start()])
                if known is not None and known.kind in ("region", "country"):
                    out[-1] = (p_start, end if unit is None else end - len(unit.group(0)), "GPE")  # "Jammu" + " and " + "Kashmir": one region
                    continue
                if between == " " and p_label in _PLACE_LABELS and label in _PLACE_LABELS:
                    # "Stung" + "Treng province": one place the model split, known in full
                    head = _CAPITALISED_HEAD.match(joined)
                    known = self.gaz.lookup(head.group(0)) if head else None
                    if known is not None and not known.alternate:
                        out[-1] = (p_start, end, "GPE")
                        continue
                    # "in Gida" + "Ayana": two names read as places one by one, neither a country, region or
                    # continent, at most one a place known by itself, after a preposition of place or before a
                    # place's unit word: one place the model split (not "Ozeki" + "Kotozakura", a rank and a wrestler)
                    parts = (text[p_start:p_end], text[start:end])
                    if known is None and all(_CAPITALISED_HEAD.fullmatch(_strip_the(part)) for part in parts) \
                            and (_PLACE_PREPOSITION_BEFORE.search(text, max(0, p_start - 12), p_start) or self._place_cue(text, p_start, end)) \
                            and not any(self._country_word(part) for part in parts) \
                            and sum(self.gaz.lookup(_strip_the(part)) is not None for part in parts) <= 1:
                        out[-1] = (p_start, end, "GPE")
                        continue
                if p_start <= start and end <= p_end:
                    continue  # inside the place the last span grew to
            grown = self.known_place_extent(text, start, end) if label in self.rules.labels else None
            if grown is not None and not any(s < grown[1] and grown[0] < e and not (grown[0] <= s and e <= grown[1]) for s, e, _ in ents):
                start, end, label = grown[0], grown[1], "GPE"
            out.append((start, end, label))
        return out

    _PLACE_BEFORE = re.compile(rf"(?<![\w’'-])([{CAP}][\w’'-]*) $")

    def known_place_extent(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The longest place of two words or more the gazetteer knows (a region,
        or a city with people) that holds the words start:end and at most one
        capitalised word before them and a particle and up to two capitalised
        words after ("Rio Tarvo do Sul"), or that is those words."""
        after = re.match(rf"(?: (?:{'|'.join(self._JOINERS)}))? [{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*)?", text[end : end + 60])
        ends = [end]
        if after:
            words = re.finditer(rf" [{CAP}][\w’'-]*", after.group(0))
            ends += [end + w.end() for w in words]
        before = self._PLACE_BEFORE.search(text, max(0, start - 30), start)
        starts = [start] + ([before.start(1)] if before else [])
        best = None
        for s in starts:
            for e in ends:
                if best and e - s <= best[1] - best[0]:
                    continue  # (the run itself counts: "Cruzeiro do Sul", particles included)
                place = self.gaz.lookup(text[s:e])
                if place is not None and (place.kind == "region" or place.population > 0) and len(text[s:e].split()) > 1:
                    best = (s, e)
        return best


# Between two parts of one person's name: one or two capitalised words, nothing else.
_MIDDLE_NAMES = re.compile(rf" (?:[{CAP}][\w’'-]* ){{1,2}}")


def _lowercase_tail(text: str, start: int, end: int) -> int:
    """Where the lowercase words that end text[start:end] begin ("al-Haq militia"
    -> at " militia"); `end` when it ends in no lowercase word. A scan back
    from the end: a regex searched over the span would be quadratic in it."""
    cut = end
    while True:
        space = text.rfind(" ", start, cut)
        if space < 0 or not text[space + 1 : space + 2].islower() or not all(c.isalnum() or c in "’'-" for c in text[space + 1 : cut]):
            return cut
        cut = space


def _joined_person_parts(text: str, ents: list, titles: frozenset) -> list:
    """"Mame" and "Niang" read as two people in "Mame Mandiaye Niang": two person
    spans with only a middle name or two between them are one name (not a title:
    "Tarsk Chief Minister Ivo Vell")."""
    out: list = []
    for start, end, label in sorted(ents):
        middle = _MIDDLE_NAMES.fullmatch(text, out[-1][1], start) if out else None
        if (middle and label == "PERSON" and out[-1][2] == "PERSON"
                and not any(w.rstrip(".").lower() in titles for w in middle.group(0).split())):
            out[-1] = (out[-1][0], end, label)
        else:
            out.append((start, end, label))
    return out


@lru_cache(maxsize=4)
def _bodies_apposition(nouns: frozenset) -> re.Pattern:
    """", two mid-sized insurers", ", the failed broker": what two names before are, in a few words:
    a noun of pair_apposition_nouns, singular or plural ("company", "companies")."""
    forms = sorted(f"{w}|{w[:-1]}ies" if w.endswith("y") else f"{w}s?" for w in nouns) or ["(?!)"]
    return re.compile(rf",\s+(?:a|an|the|two|three|both)\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(forms)})\b")


@lru_cache(maxsize=4)
def _royal_name(titles: frozenset) -> re.Pattern:
    """A royal title, then a name of one capitalised word and maybe a regnal number, that no capitalised word follows."""
    alternation = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?P<title>{alternation}) (?P<name>(?P<given>[{CAP}][^\W\d_]+)(?: (?P<number>{REGNAL_NUMBER}))?)(?![\w’'-])(?! [{CAP}\d])")
