"""Acronyms and bracketed short names: reading their definitions in the
text ("Long Name (SHORT)", "..., SHORT,") and matching them to long names."""

from __future__ import annotations

import re

from newsdigest.entities.capitals import CAP, NAME_UP_TO_THREE_WORDS, OWNER_NAME
from newsdigest.entities.mention import _CONNECTORS, _POSSESSOR_SPLIT, LED_BY_WORD, Mention, whole_word

# Arabic articles joined to a name word ("Jabhat Tahrir al-Qarn"): part of the name, not of its initials.
# So are elided French and Italian articles ("Côte d'Ivoire", "Banque d'Algérie").
_ARTICLE_PREFIXES = r"(?:(?:al|el|wal|ad|an|ar|as|ash|at|az|ul)-|[dl]['’])"
# Words between two names that no name of a body holds ("X on the Y", "X at Y", "X and on the Y"),
# unlike "of", "for", "and"; and "and" with an owner ("X and France's Y").
_PLACED_ON = re.compile(r"(?:,? (?:and|or))? (?:on|at|in|from|with|by|into|onto|over|under|via) (?:the )?")
_AND_OWNER = re.compile(rf" and (?:the )?{OWNER_NAME}['’]s ")
_ARTICLE_PREFIX = re.compile(rf"(?<![\w-]){_ARTICLE_PREFIXES}(?=[{CAP}])")
# A lowercase word may stand between the name and the bracket ("the Orvel
# Support mission (OSM)"); _apply_definitions keeps it only when generic.
_ACRONYM_DEF = re.compile(
    rf"(?P<long>(?:[{CAP}]%s)(?:,?[ \t]+(?:of|the|and|for|on|in|de|du|des|la|le|&|y|e|et|o|und|dan|do|da|dos|das|del|della|dei|di"
    rf"|%s[{CAP}]%s|[{CAP}]%s)){{1,12}})"
    rf"(?:[ \t]+(?P<tail>[a-z]+))?\s*\(\s*(?P<short>[{CAP}][A-Za-z0-9&.-]{{1,15}}(?: [{CAP}]{{2,8}})?)\s*\)"
    % ((r"(?:[\w’'&-]|\.(?=\w))*", _ARTICLE_PREFIXES) + (r"(?:[\w’'&-]|\.(?=\w))*",) * 2)  # a word's dot is inside it ("U.S"): "NASA. The ..." ends a sentence
)
# "The Varenian Red Cross, known as VRK," / "known by its Varenian initials VRK": the
# short form may come from another language, so its letters need not fit.
_KNOWN_AS = re.compile(rf",?\s+(?:also\s+|locally\s+)?known\s+(?:locally\s+)?(?:as|by\s+its\s+(?:[{CAP}]\w+\s+)?(?:initials|acronym|abbreviation))\s+([{CAP}]{{2,8}})\b")
# "the Varenian Grain Board, known as Grainbo,": one capitalised word, a short name of the organization.
_KNOWN_AS_WORD = re.compile(rf",\s+(?:also\s+|locally\s+|popularly\s+)?known\s+(?:locally\s+)?as\s+([{CAP}][a-z][\w’'-]*)(?=[,.;)]|\s+[a-z])")
# " in Varenia" or " in South Varenia" right after an organization's name.
_IN_PLACE = re.compile(rf" in ({NAME_UP_TO_THREE_WORDS})(?=,)")
# "Ivo Marrow, a former boxer known as Hammer, said": a person's nickname, one or two
# capitalised words, maybe after "El", "La" ... ("known as El Chapo", "widely known as Ahmed
# Madobe", "who performs as Tal B"), later in the same clause.
_NICKNAME_CUES = r"\b(?:known as|nicknamed|performs as|performing as|goes by)\b"
_NICKNAME = re.compile(rf",[^.;,()\n]{{0,60}}?{_NICKNAME_CUES}\s+[\"“]?"
                       rf"((?:(?:El|La|Le|Il|Al|Big|Lil|DJ|MC) )?[{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*)?)[\"”]?(?![\w’'-]| [{CAP}])")
# "The Tarsks, who call themselves Ansar Varen,": the name a group or a person goes by.
_CALLS_ITSELF = re.compile(r",\s+(?:who|which)\s+(?:now\s+)?calls?\s+(?:themselves|itself|himself|herself)\s+"
                           rf"([{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*){{0,3}})(?=[,.;])")
# "Vetkora, or Self-Rule, holds": a translated name between commas after an organization's.
_OR_GLOSS = re.compile(rf",\s+or\s+([{CAP}][\w’'-]*(?: [{CAP}][\w’'-]*){{0,4}}),\s+[a-z]")
# "Korvane, the Grain Alliance": a one-word name and, after ", the", the organization it names.
_COMMA_THE = re.compile(r", the $")
_AFTER_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|across|around)(?: [a-z]+){0,3} $")  # (not "according to X, the Y")


# One-letter joining words inside a hyphenated name ("Tehreek-e-Insaf", "Ulema-e-Islam"): no initial of their own.
_JOINING_LETTER = re.compile(rf"(?<=\w)-[eio]-(?=[{CAP}])")


# The end of a list before its last name: "X and the " (a plain "and" may be inside one
# name: "Marks and Spencer (M&S)", "Ministry of Foreign Affairs and International Cooperation").
_LIST_GOES_ON_TO = re.compile(r"\band\s+the\s+$")


# "Kuomintang (KMT)": a one-word name, then capitals in brackets.
_ONE_WORD_DEF = re.compile(rf"(?<![\w’'.-])(?P<long>[{CAP}][a-z][\w’'-]+)\s*\(\s*(?P<short>[{CAP}]{{2,6}})\s*\)")
# A capitalised word before a name, but for the sentence's article: the name goes on before it.
_CAPITALISED_WORD_BEFORE = re.compile(rf"(?<![\w’'-])(?!(?:The|the) $)[{CAP}][\w’'-]* $")


_MEMBER_OF = re.compile(r" of (?:the )?")


def _letters_in_order(short: str, word: str) -> bool:
    """"KMT" in "Kuomintang": the first letters match and the rest follow in order."""
    word = word.upper()
    if word[0] != short[0]:
        return False
    pos = 1
    for letter in short[1:]:
        pos = word.find(letter, pos) + 1
        if not pos:
            return False
    return True


def initials(name: str) -> str:
    name = _JOINING_LETTER.sub(" ", name)
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _CONNECTORS]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def _is_acronym(name: str) -> bool:
    bare = name.replace(".", "")
    return 2 <= len(bare) <= 8 and bare.isupper() and bare.isalpha()


def initials_with_connectors(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isalpha()).upper()


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


class Definitions:
    """Resolver rules for definitions of acronyms and short names."""

    def _nicknames_the_person(self, clause: str) -> bool:
        """The words between the name and "known as" describe the person, if anything: ", widely known as",
        ", a former boxer known as" (not ", who lives in a district known as", ", who played for a club known as")."""
        gap = re.split(_NICKNAME_CUES, clause)[0]
        gap = re.sub(r"(?:\s+(?:\w+ly|also|better|now|still|often))+\s*$", " ", gap)  # ("the RSF commander widely known as")
        nouns = re.findall(r"\b(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?([a-z][\w-]*)\s*$", gap)
        return not nouns or nouns[-1] in self.rules.apposition_person_nouns or nouns[-1] in self.rules.person_cues_before

    def _apply_definitions(self, text: str, mentions: list[Mention], acronyms: dict[str, str]) -> list[Mention]:
        """"Long Name (SHORT)": SHORT becomes an alias of Long Name, and the
        model's pieces of Long Name at that spot become one mention of it."""
        for match in _ACRONYM_DEF.finditer(text):
            if match.group("tail") and match.group("tail") not in self.rules.trailing_generic_words:
                continue
            short = match.group("short").replace(".", "")
            long_start, long_end = match.start("long"), match.end("long")
            words = [(w.start() + long_start, w.group(0)) for w in re.finditer(r"\S+", match.group("long"))]
            inside = [m for m in mentions if long_start <= m.start and m.end <= long_end]
            # Where the name starts: the first word the model tagged, or the
            # suffix whose initials spell the short form, or the whole phrase.
            begin = None
            for i, (pos, word) in enumerate(words):
                if not word[0].isupper():  # "Halvex and Kessler Heavy Industries (KHI)": not from "and"
                    continue
                phrase = match.group("long")[pos - long_start :]
                # (a short name built from the words' first letters and more, in order, where the
                # model tagged nothing of the name: "Petróleos Mexicanos (Pemex)")
                if short.upper() in (initials(phrase), initials_with_connectors(phrase), initials(_ARTICLE_PREFIX.sub("", phrase))) \
                        or (not inside and not short.isupper() and len(short) >= 4 and acronym_fits(short, phrase)):
                    begin = pos
                    # "the UN Office for the Coordination of ... (OCHA)": an acronym that
                    # opens the tagged name, and is no country's, stays part of it.
                    if i and _is_acronym(words[i - 1][1]) and not self._country_word(words[i - 1][1]) \
                            and any(m.start == words[i - 1][0] and m.end >= long_end for m in inside):
                        begin = words[i - 1][0]
                    elif i and (words[i - 1][1] in self.rules.org_name_words or words[i - 1][1] in self.rules.org_words_first_only) and not any(m.end > words[i - 1][0] for m in inside
                                                                                    if m.start < words[i - 1][0]):
                        begin = words[i - 1][0]  # so does a body's word the acronym leaves out: "Parti Pesaka Bumiputera Bersatu (PBB)", "Banca Monte dei Paschi di Siena (MPS)"
                    break
            if begin is None and short.isupper() and len(short) >= 4:
                # "Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)": capitals that pass over
                # one word of the name, from its first (the first the model tagged, if any); "The Group for the
                # Support of Islam and Muslims (JNIM)": a body's name in another language's capitals, from a body's
                # word after "the", where the model tagged nothing of it
                first_tagged = min((m.start for m in inside), default=None)
                for pos, word in words:
                    phrase = match.group("long")[pos - long_start :]
                    content = [w for w in re.split(r"[\s-]+", phrase) if w and w.lower() not in _CONNECTORS]
                    if word[0] == short[0] and len(short) <= len(content) <= len(short) + 1 and first_tagged in (None, pos) \
                            and acronym_fits(short, phrase, skip=True):
                        begin = pos
                        break
                    if word.rstrip(",") in self.rules.org_name_words and len(content) >= 3 and re.search(r"(?:^|\s)[Tt]he\s+$", text[max(0, pos - 5) : pos]) \
                            and not inside:
                        begin = pos
                        break
            if begin is None and "," in match.group("long"):
                # "Aldren Weather, Ocean and ... (AWOSS)": a comma
                # inside the name only when the initials say so or a name the text
                # gives runs over it; else what follows it.
                after_comma = long_start + match.group("long").rindex(",") + 1
                inside = [m for m in inside if m.end > after_comma]
            last = max(inside, key=lambda m: m.start, default=None)
            if begin is None and len(inside) > 1 and last.end == long_end and _LIST_GOES_ON_TO.search(text, long_start, last.start):
                # "the National Federation Party and the Social Democratic Liberal Party (SODELPA)":
                # initials that fit no suffix, after a list: the bracket names the last name of it
                begin = last.start
            if begin is None and inside:
                begin = min(m.start for m in inside)
                # "Ana Paz of the Civic Union (UCV)": a person before "of" is a member, not part of the name.
                first = min(inside, key=lambda m: m.start)
                named = [m for m in inside if m.end == long_end and m.start > first.end and m.kind != "person"]
                member_of = _MEMBER_OF.match(text, first.end)
                if (first.kind == "person" or first.label == "PERSON") and member_of \
                        and any(m.start == member_of.end() and m.kind != "person" for m in inside):
                    begin = member_of.end()  # (and the name may go on: "Gabriela Mora of the Chamber of Exporters of Costa Rica")
                elif named and named[-1].kind != "place" and (_PLACED_ON.fullmatch(text, first.end, named[-1].start)
                                                              or _AND_OWNER.fullmatch(text, first.end, named[-1].start)):
                    # "list Dangote Petroleum Refinery on the Nigerian Exchange (NGX)", "Addis Ababa University
                    # and France's National Centre ... (CNRS)": a preposition no name holds, or "and" and an
                    # owner, between two names; the bracket names the last
                    begin = named[-1].start
            if begin is None:
                continue
            led = LED_BY_WORD.match(text, begin, long_end)
            if led and led.end() < long_end:
                begin = led.end()  # "the NATO-led Kosovo Force (KFOR)": NATO leads it, and is no part of its name
            # "Varenia's Coastal Rescue Authority (CRA)": the owner is its own mention.
            # A person's possessive is never part of the name: "Ilse Marrow's Civic Dawn
            # Party (CDP)"; an organization's may be ("the Revenue Department's Office ...").
            owned = _POSSESSOR_SPLIT.match(text[begin:long_end])
            if owned and owned.group("owner").split()[-1] in self.rules.name_possessives:
                owned = None  # "the Orvel People's Defence Units"
            # A country's generic body with an acronym of its own ("Varenia's Supreme Court (VSC)") is a named body.
            if owned and (self._is_place_word(owned.group("owner")) or (
                    not self.is_generic_org(owned.group("rest")) and not self.has_org_word(owned.group("owner")))):
                begin = long_end - len(owned.group("rest"))
            long = self.clean_name(text[begin:long_end], None)
            syllabic = bool(long) and not short.isupper() and len(short) >= 4 and acronym_fits(short, long)
            if not long or len(long.split()) < 2 or not (short.isupper() or inside or syllabic):
                continue
            if self.registry.lookup(long):
                long = self.registry.lookup(long).name
            if " " in short:
                # "Africa Centres for Disease Control (Africa CDC)": the name's first word and an
                # acronym of the rest.
                head, letters = short.split(" ", 1)
                rest = long.split(" ", 1)[1] if " " in long else ""
                # (the acronym may leave out the name's last words: "CDC" of "Centres for Disease Control and Prevention")
                if long.split()[0] != head or not rest or not (initials(rest).startswith(letters) or acronym_fits(letters, rest)):
                    continue
            elif not short.isupper() and not syllabic and not self._is_short_name(short, long, inside):
                continue
            acronyms[short] = long
            swallowed = [m for m in mentions if begin <= m.start and m.end <= long_end]
            if swallowed:
                kind = "organization" if any(m.kind == "organization" for m in swallowed) or self.has_org_word(long) else None
                mentions = [m for m in mentions if m not in swallowed]
                # A defined organization keeps its type when the model misreads
                # the short form ("Elnorva" as a person).
                mentions.append(Mention(long, kind, text[begin:long_end], begin, long_end, label="DEFINED", cue_org=kind == "organization"))
        for match in _ONE_WORD_DEF.finditer(text):
            # "The Kuomintang (KMT)": a one-word name and capitals in brackets whose letters it holds in
            # order, from its first ("KuoMinTang"); not a place's name ("Kenya (KE)"), nor the last word of a longer name
            long, short = match.group("long"), match.group("short")
            # (not a code the text brackets after other names too, a party's in a list of seats or votes: "Coutinho (CON)
            # and ... Leadbeater (LAB)", "Clacton (CON) and Boston (CON)")
            if short in acronyms or text.count(f"({short})") > 1 or re.search(rf"[{CAP}][\w’'-]* \([{CAP}]{{2,6}}\)", text[match.end() : match.end() + 60]) \
                    or _CAPITALISED_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()) \
                    or not _letters_in_order(short, long) or self.gaz.lookup(long) is not None or self._country_word(long) \
                    or not any(m.start == match.start("long") and m.end == match.end("long") and m.kind != "person" for m in mentions):
                continue
            acronyms[short] = long
        for short, long in list(acronyms.items()):
            if " " not in short:
                continue
            # The model splits a short form of two words ("Africa" + "CDC") where it stands alone later.
            for use in whole_word(short).finditer(text):
                if text[use.start() - 1 : use.start()] == "(":
                    continue
                covered = [m for m in mentions if use.start() <= m.start and m.end <= use.end()]
                if covered:
                    mentions = [m for m in mentions if m not in covered]
                    mentions.append(Mention(long, "organization" if self.has_org_word(long) else None, short, use.start(), use.end(),
                                            label="DEFINED", cue_org=self.has_org_word(long)))
        return sorted(mentions, key=lambda m: (m.start, m.end))

    def _apply_appositions(self, text: str, mentions: list[Mention], acronyms: dict[str, str]) -> None:
        """"The Velmoran Securities Market Authority, SEMA, said": an
        organization's name followed by capitals between commas defines them
        when the capitals are drawn, in order, from the starts of its words."""
        for m in mentions:
            gloss = _OR_GLOSS.match(text, m.end) if m.kind != "place" else None
            if (gloss and gloss.group(1) not in acronyms and not self._is_place_word(gloss.group(1))
                    and not re.search(r"(?:,|\band|\bor)\s*(?:the\s+)?$", text[max(0, m.start - 12) : m.start])):
                # (not in a list: "the Orvel Party, the Tarsk Front, or Civic Union, said")
                acronyms[gloss.group(1)] = m.name
                continue
            calls = _CALLS_ITSELF.match(text, m.end)
            if calls and calls.group(1) not in acronyms and calls.group(1) != m.name and not self._is_place_word(calls.group(1)):
                acronyms[calls.group(1)] = m.name
                continue
            if (m.kind == "person" or m.label == "PERSON") and len(m.name.split()) >= 2:
                nickname = _NICKNAME.match(text[m.end : m.end + 90])
                if nickname and nickname.group(1) not in acronyms and self._nicknames_the_person(nickname.group(0)):
                    acronyms[nickname.group(1)] = m.name
                continue
            if m.kind != "organization" and m.label not in ("ORG", "DEFINED"):
                continue
            placed = _IN_PLACE.match(text, m.end)
            if placed:
                # "the UN Mission in Varenia, known as UNMIV": the model stopped at "in", the acronym says
                # the place is part of the name.
                known = _KNOWN_AS.match(text[placed.end() : placed.end() + 60])
                long = f"{m.name} in {placed.group(1)}"
                if known and known.group(1) not in acronyms and acronym_fits(known.group(1), long):
                    acronyms[known.group(1)] = long
                    m.name, m.end = long, placed.end()
                    continue
            known = _KNOWN_AS.match(text[m.end : m.end + 60]) or _KNOWN_AS_WORD.match(text[m.end : m.end + 60])
            if known and known.group(1) not in acronyms and len(m.name.split()) >= 2 and not self._is_place_word(known.group(1)):
                acronyms[known.group(1)] = m.name
                continue
            found = re.match(rf",\s+([{CAP}]{{2,8}}),", text[m.end : m.end + 14])
            if not found or found.group(1) in acronyms or len(m.name.split()) < 2:
                continue
            short = found.group(1)
            if self.gaz.lookup(short) is None and acronym_fits(short, m.name, skip=True):
                acronyms[short] = m.name

    def _apply_comma_names(self, text: str, mentions: list[Mention], acronyms: dict[str, str]) -> list[Mention]:
        """"Korvane, the Grain Alliance, said": a one-word name followed by ", the"
        and an organization's name of several words is one organization of
        that whole name, and each part alone is short for it. Not in a list:
        "Korvane, the Grain Alliance and Tarvos" or "..., the Grain Alliance, Tarvos"."""
        merged: list[Mention] = []
        taken: set[int] = set()
        for i, a in enumerate(mentions):
            if i in taken or " " in a.name or _is_acronym(a.name) or self._is_place_word(a.name) \
                    or _AFTER_PLACE_PREPOSITION.search(text, max(0, a.start - 40), a.start):
                continue  # ("homes in southern Tigray, the African Union said": a place, then the speaker)
            b = next((n for n in mentions[i + 1 :] if n.start == a.end + len(", the ")), None)
            if b is None or not _COMMA_THE.match(text[a.end : b.start]) or len(b.name.split()) < 2 or not self.has_org_word(b.name):
                continue
            if b.surface != b.name or re.match(rf"\s+(?:and|or)\b|,\s+(?:the\s+)?[{CAP}]", text[b.end : b.end + 12]):
                continue
            name = f"{a.name}, the {b.name}"
            taken |= {i, mentions.index(b)}
            acronyms[a.name], acronyms[b.name] = name, name
            merged.append(Mention(name, "organization", text[a.start : b.end], a.start, b.end, label="DEFINED", cue_org=True))
        if not merged:
            return mentions
        return sorted([m for i, m in enumerate(mentions) if i not in taken] + merged, key=lambda m: (m.start, m.end))

    def _is_short_name(self, short: str, long: str, inside: list[Mention]) -> bool:
        """A bracketed word that is not all capitals ("Aceros Varenses
        (Acevar)") is a short name only after an organization, and only if it
        is not itself a place: "Tomas Brandt (Varenia)" says where he is from."""
        if " " in short or self.gaz.lookup(short) or self.demonym_country(short):
            return False
        return self.has_org_word(long) or any(m.kind == "organization" for m in inside)
