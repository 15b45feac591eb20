"""From one article's raw model output to canonical entity mentions.

Rules, in order (each is tested in tests/test_entities_resolve.py):
1. Only the body goes through the model; headline mentions are found by
   matching names already found, so title-case headline words never become
   entities ("Varenian Forces Reportedly").
2. Names are normalised: a leading "the" (not the capitalised "The" of a
   city such as "The Vellin"), a trailing possessive, titles such as
   "President", trailing lowercase words ("Civic Dawn party") and amounts
   ("Kessler 500 million"); a region keeps no unit word ("Orvel Prefecture"),
   but a state keeps "State" ("Orvel State"); a possessive inside a known
   place name does not split it ("Hale's Landing"); a
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
   Titles include military ranks, plural and two-word titles and role words
   opening a sentence ("Commodore", "Presidents", "High Representative",
   "Goalkeeper Jan Orvel"); a glued score goes ("Varenia 4-2"), and so do
   trailing "news agency" and "exchange". Lowercase particles ("von der",
   "bin") and two person spans one space apart ("Mirek Fahrul" + "Islam
   Dorvan") join into one name; a span stopping at a connector or a hyphen
   grows over the rest of the name ("Court of Orvel and" + "Tarsk", "Kyzyl"
   + "-Tor") unless a country stands on either side or the model tagged what
   follows. The length cap counts content words only, so long official names
   ("Armed Forces of the Republic of ...") survive.
3. Nationality words resolve to their country ("South Korean" -> South Korea),
   also when the model reads a lone one as a person or an organization ("the
   Varenian army chief"), and a country read as a nationality is the country;
   "Lake Kivra" read as a nationality is a place.
4. A span the model tagged only in part grows to the capitalised run around
   it ("Korvane" -> "DL Korvane").
5. The gazetteer and context correct types: "the village of X", "the company
   X", "X coach", "coach X", "pollster X", "the Orvel militias", "Orvel
   and Tarsk districts" / "the villages of Orvel and Tarsk" (plural place
   words: both are places, and one span holding both is split), lowercase
   features ("the Orvel exclave", "the Tarsk checkpoint"), compass cues
   ("north of Orvel"), "the exclave of X", appositions
   (", a deep-sea port on ...", ", the state nuclear corporation,"; none
   after a preposition) (cue words in entity_rules.yml); labels such as
   PRODUCT survive only when the name is a known place (Tarnwick). A known city
   the model reads as a place stays one before a company word ("the
   Tarnwick bank" names where the bank is). A cue word after a possessive is
   what the name owns ("Marrow's party"); an organization word inside a
   hyphenated name loses to a place cue ("the Centre-Orvel region").
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
   Clipped forms always written after "the" go to the organization whose first
   word they begin ("the Fed" -> "Federal Grain Board"); a country's
   abbreviation only qualifies a body ("US Federal Grain Board" -> "Federal
   Grain Board" + the country; not forces, "US Northern Command"); "Korvane,
   the Grain Alliance" is one organization; "known as PKM" defines an acronym
   whatever its letters; an undefined acronym may be the one place of several
   words with those initials ("TVR"). A nationality word and a name the text
   writes alone are one organization ("Danish Koltrax"); a capitalised run the
   model missed that ends in an organization word is one; a plural unit word is
   a place cue for both names joined by "and" ("the Orvel and Tarsk rivers").
   A country's possessive qualifies a generic body ("Varenia's Oil Ministry",
   generic_org_words), while a person's possessive is no part of a defined
   name ("Ilse Marrow's Civic Dawn Party (PZS)"); "People's" inside a name
   is no owner. "al-"/"wal-" articles give no initials; a one-word nickname
   after "known as" in a person's clause is that person; a known city after
   "in"/"from" stays a place; "gang" after a name, or before "coalition",
   makes an organization. A full name read as an organization whose surname
   alone is read as a person is a person on a tie.
   A possessive ends a person's name ("Ilse Marrow's K44"); a capitalised
   Arabic article and one word end one ("... bin Tariq Al Varsi"); a quoted
   nickname inside a name ('Jorvan "Tito" Keslar') and an acronym before a
   title ("UN Secretary-General") are no part of it. One-letter joining words
   ("Tehreek-e-Insaaf") give no initials; "known as Grainbo" after an
   organization is its short name; "Ana Orvel of the Civic Union (UCR)"
   defines the union only; "(Orvel CGS)", the name's first word and an
   acronym, is a short form even where the model splits it later. A known
   place opening with a particle ("La Paz") is no surname, a country no short
   form of a body named after it ("Bank of Varenia"), and a generic word after
   "Ministry of" does not stand alone. A name ending in place_name_words
   ("... Stadium", "... Shrine") is a place. A capitalised title right before
   a name the model read as an organization ("Interior Minister Tarek
   Dovani") makes it a person (not "Former" and the like, nor across a
   sentence's end: "... Home Secretary. Harrow Lane said"); it does not make
   a person of a run the model missed. A country's generic body with an
   acronym of its own ("Peru's Supreme Electoral Court (JNE)") is a named
   body: the possessive is no part of it. "The UN Mission in Varenia, known
   as UNMIV": when the acronym fits, the place is part of the name. An
   adjective opening a sentence ("Neighbouring Angola", "Oil-rich ...") is
   no part of the country the model missed after it. Capitals right after a
   noun that names an organization ("the peacekeeping mission, MONUV", "the
   state broadcaster RTV") are one. "The Federation of Orvel Growers" +
   "and" + "Tarsk Farmers' Unions" (plural_org_words) is one name. A
   title's possessive is part of a body's name ("the Governor's Office for
   Harbour Safety"). An organization word after a preposition with no
   article ("a bill in Congress") is the body itself, or the one longer body
   the article names with it.
   An organization's span split at "for/on/of the" is one name ("The UN
   Office" + "for" + "the Coordination of ..."), and one ending in an
   organization word takes "on"/"for" and the untagged capitals after it as
   its remit ("the Orvel Task Force on Fever Control"; not a day, month or
   known place); an acronym that opens a defined name stays in it ("UN Office
   ... (OCHA)"). A capitalised run of three or more words whose initials an
   undefined acronym in the text spells is one organization, a country at its
   start included ("Costa Rica Vesna Kora ... the CRVK"). An organization's
   span ending in "in" and a known city is the organization and the city (a
   country stays: "Interim Force in Lebanon"). A creed's word before a party
   ("the Islamist Varsa party", ideology_words) is no part of it. A country is
   a surname only of a name the model reads as a person, and not where the
   model also reads it as no person ("Radio Palau"). Capitalised words ending
   in a role word own a body as part of its name ("the Special Prosecutor's
   Office Against ..."). "X, who call themselves Y" and "X, or Y, <verb>" make
   Y a name of X (not at a list's end). A one-word plural name the model
   reads as a person and the text always writes after "the" ("the Houthis")
   is a group. A known city or region read as a people's name after "in",
   "from", "to" or "near" is that place. A name ending in place_name_words is
   a place even with an organization word inside ("Kessar Bank Stadium").
   A one-word name the text writes after an honorific that is also part of
   names ("Sheikh Orvana", name_honorifics) is that person, honorific
   included. A span or capitalised run that is part of a longer place the
   gazetteer knows, written out, grows to it ("Santa Aurélia" + " do Norte",
   "General" + "Tarvá"). A title-like first word stays in a name ending in an
   organization word ("Premier Grain League"). A generic word alone is the
   one body named as it plus an organization word or an "of" phrase ("Justice"
   -> "Justice Party", "House" -> "House of Delegates"). An organization's span
   followed by "to" and a title-case purpose ("the Orvel Fund to Fight Blight,
   Rust and Mildew") is one name, its head alone short for it; a slash joins
   two capitalised words of a remit ("on HIV/AIDS"). A person's span followed
   by a particle and one capitalised word that is no known place is one name
   ("Tomas ap Orvel"). A known place's name never read or written as a place,
   and in no longer place named, is short for the one organization it opens;
   short forms the model did not tag, typed by the gazetteer alone, do not
   outvote the model's reading of the full name ("Tarnwick" of "Tarnwick Plate").
   What the text says a side is makes a club of a name (team_cues_before,
   team_cues_after, team_roles_after): "beat X", "host X", "drew with X", "a
   2-1 win over X", "held 1-1 by X", "joined X from Y", "points behind X", "X
   travel to" (a plural verb after one name opening a clause), "X, who are",
   "the former X and Y manager"; not a country, a region's player ("the Tarsk
   midfielder"), a titled name or a full name the model reads as a person
   ("Ana Vell beat Ida Orvel"). A name the gazetteer does not know, written in
   full after "in" or "near", is a place when no cue types it (not "shares
   in X", stake_words, nor "in the House of ..."). An age (", 46,"), ", who"
   with no plural verb, ", whose wife", a person's apposition (", the
   president of", apposition_person_nouns), that noun and a comma before the
   name, a relative before it ("his father X") and "led by" before a full name
   make a person. "Analysts at X", "shares in X", "the steelmaker X", "X-based
   Y", ", whose chief executive" make a company, and ", which" or "said it"
   after a name read as a person an organization; "Tarnwick-based" is no word
   of the name after it.
8. The registry wins over everything: canonical name, type, blocked names.

Resolver runs the rules; they live, as mixins sharing its registry, gazetteer
and rules, in spans.py (span boundaries), naming.py (normalising a name),
cues.py (typing a span by its context), acronyms.py (definitions of short
forms) and shortforms.py (short forms to long ones); mention.py holds the
data classes and the text helpers they share.
"""

from __future__ import annotations

import copy
import re
from collections import Counter, defaultdict
from functools import lru_cache

from newsdigest.entities.capitals import CAP
from newsdigest.entities.acronyms import Definitions, _is_acronym, acronym_fits
from newsdigest.entities.cues import _FROM_BEFORE, _ROUTE_TO, RESULT_WITH_SCORE, Cues, _cue_pattern, in_place_list
from newsdigest.entities.gazetteer import Gazetteer, fold_accents
from newsdigest.entities.mention import _CONNECTORS, _POSSESSIVE, LIST_WORD, MODEL_KINDS, ArticleAnalysis, ArticleEntity, Mention, _in_longer_name, quoted, whole_word
from newsdigest.entities.naming import Naming
from newsdigest.entities.ner import RawDoc
from newsdigest.entities.propernames import ARABIC_ARTICLE_NAME, NAME_ADJECTIVE, capitalised_runs
from newsdigest.entities.registry import Registry, name_key
from newsdigest.entities.rules import EntityRules
from newsdigest.entities.shortforms import _AFTER_NAME_CONNECTOR, ShortForms
from newsdigest.entities.spans import FOREIGN_OF, SpanFinding

__all__ = ["ArticleAnalysis", "ArticleEntity", "Mention", "Resolver"]

_THE_BEFORE = re.compile(r"\b[Tt]he $")
_CAPITALISED_WORD_BEFORE = re.compile(rf"[{CAP}][\w’'.-]* $")
_PLACE_NAME_CONNECTOR = r"(?:of|of the|de|del|la|da|do|du)"
_ROLE_GOES_ON = re.compile(rf" and (?P<role>[a-z-]+)| [{CAP}]")
_CAPITALISED_WORDS_BEFORE = re.compile(rf"(?<![\w’'-])[{CAP}][\w’'-]*(?: (?:{_PLACE_NAME_CONNECTOR} )?[{CAP}][\w’'-]*){{0,2}} (?:{_PLACE_NAME_CONNECTOR} )?$")
_HYPHENATED_NAMES = re.compile(rf"(?<![\w’'-])[{CAP}][a-z]+(?:-[{CAP}][a-z]+)+(?![\w-])")
UNSEEN = "UNSEEN"  # the label of a use of a name the model tagged as nothing (Resolver._unseen_uses)
# Names listed together: "A, B and C", "A and B".
_LIST_NAME = rf"{LIST_WORD}(?:\s+{LIST_WORD}){{0,3}}"
# (Possessive repeats: a long comma list with no "and" is scanned once, not once per name.)
_NAME_LIST = re.compile(rf"(?<![\w’'.&-]){_LIST_NAME}(?:,\s+{_LIST_NAME})*+(?:,?\s+(?:and|or)\s+{_LIST_NAME})?")
_LIST_JOINT = re.compile(r"\s(?:and|or)\s")
# "trains between Orvel and Tarsk-Nishi": names after a word of route or of where are places, not companies listed together.
_ROUTE_BEFORE = re.compile(r"(?<![\w-])(?:between|near|around|towards?|via|across) $")
_THE_AND_WORDS_BEFORE = re.compile(r"\b[Tt]he (?:[a-z0-9][\w-]* ){0,2}$")  # "the ", "the young ", "the 22-year-old "
_BRACKETED_SHORT = re.compile(rf"\((?P<short>[{CAP}][A-Z.&-]{{1,9}})\)")  # "(ICC)"
# The capitalised words (and connectors) right before a bracket: "International Cricket Council ("
_NAME_BEFORE_BRACKET = re.compile(rf"([{CAP}][\w’'-]*(?:\s+(?:of|the|and|for|on|[{CAP}][\w’'-]*))*)\s*$")
_AMOUNT = re.compile(r"[$€£¥₹]\s?\d")
_NUMBERED_UNIT = re.compile(rf"\d{{1,3}}(?:st|nd|rd|th)? [{CAP}]")  # "51st Guards Army", "444 Combat Brigade"


@lru_cache(maxsize=4)
def _company_talk_patterns(after: frozenset, before: frozenset) -> tuple[re.Pattern, re.Pattern]:
    """Resolver._company_talk's patterns: a word of `after` within the sentence's next words, a word of `before` right before."""
    words_after = "|".join(sorted(map(re.escape, after))) or "(?!)"
    words_before = "|".join(sorted(map(re.escape, before), key=len, reverse=True)) or "(?!)"
    return (re.compile(rf"[^.!?\n]{{0,80}}?(?<![\w-])(?:{words_after})(?![\w-])"),
            re.compile(rf"(?<![\w-])(?:{words_before}) (?:of )?$"))


_SAID_THAT_IT = re.compile(r",?\s+(?:said|says|told|added)\b(?:\s+(?:it|its)\b|[^.!?\"“]{0,50}?\bthat\s+it\b)")
_LOCATIVE = re.compile(r"(?<![\w-])(?:in|from) $")
_WHERE_BEFORE = re.compile(r"(?<![\w-])(?:towards?|at|between|near|around|outside|via|next to) $")
_FOREIGN_OF_INSIDE = re.compile(rf" {FOREIGN_OF} ")
_IN_PLACE_BEFORE = re.compile(r"(?:(?P<word>[A-Za-z]+) )?(?<![\w-])(?:in|near|around|outside) $")
_OWNED_BY = re.compile(r"(?<![\w])(?:owned|controlled|acquired|bought|taken over) by $")
# "schools in Orvel", "near the Orvel": where something is (the word before is checked against stake_words).
_IN_OR_NEAR = re.compile(r"(?:(?<=\s)|^)(?:(?P<word>[A-Za-z]+)\s+)?(?:[Ii]n|[Nn]ear|[Aa]round)\s+(?:the\s+)?$")


class Resolver(SpanFinding, Naming, Cues, Definitions, ShortForms):
    """The rules above, applied to one article at a time (see analyse); the
    mixins expect `registry`, `gaz` and `rules`, set here."""

    def __init__(self, registry: Registry, gazetteer: Gazetteer, rules: EntityRules):
        self.registry = registry
        self.gaz = gazetteer
        self.rules = rules
        self._nationality_words = frozenset(w for w, country in rules.demonyms.items() if country)  # (for capitalised_runs)
        titles = "|".join(re.escape(t) for t in sorted(rules.portfolio_titles, key=len, reverse=True)) or "(?!)"
        self._portfolio_title = re.compile(rf" ({titles}) [{CAP}]")  # a title, then a name

    def _known_or_named(self, name: str) -> bool:
        """A name a list knows (a place, a well-known name) or one a given name opens: after a work's
        noun, the subject of what follows, not the work's title ("the film Steven Spielberg directed",
        "a film Jordan's government banned")."""
        name = _POSSESSIVE.sub("", name)
        return self.gaz.lookup(name) is not None or name_key(name) in self.rules.known_kinds or self.demonym_country(name) is not None \
            or name.split()[0] in self.rules.given_names

    def _names_a_work(self, text: str, start: int) -> bool:
        """"the film Vera Drake", "his latest novel Small Island": a name right after a work's noun
        (work_nouns_before) that a determiner or a possessive opens is that work's title."""
        pattern = self.__dict__.get("_work_before")
        if pattern is None:  # (once per resolver)
            nouns = "|".join(re.escape(n) for n in sorted(self.rules.work_nouns_before, key=len, reverse=True)) or "(?!)"
            pattern = self.__dict__["_work_before"] = re.compile(
                rf"(?:\b(?:the|a|an|his|her|their|its|my|our|your|this|that|The|A|An|His|Her|Their|Its)|\w['’]s)(?: [\w-]+){{0,2}} (?:{nouns}) $")
        return pattern.search(text, max(0, start - 60), start) is not None

    def _lowercase_known_pattern(self) -> re.Pattern:
        pattern = self.__dict__.get("_lowercase_known")
        if pattern is None:  # (once per resolver)
            names = "|".join(re.escape(n) for n in sorted(self.rules.lowercase_known, key=len, reverse=True)) or "(?!)"
            pattern = self.__dict__["_lowercase_known"] = re.compile(rf"(?<![\w’'@./-])(?:{names})(?![\w-]|\.\w)")
        return pattern

    def mentions(self, text: str, raw: RawDoc) -> list[Mention]:
        out: list[Mention] = []
        covered: list[tuple[int, int]] = []
        # Multi-word country names the model tends to split
        # ("Democratic Republic" + "Republic of Varenia").
        countries = [(m.start(), m.end(), text[m.start() : m.end()]) for m in self.gaz.multiword_country_pattern().finditer(fold_accents(text))]
        runs = capitalised_runs(text, self.rules.sentence_adverbs | self.rules.side_words_before_names, self.rules.name_possessives,
                                self.rules.known_kinds, self.rules.org_name_words, self.rules.purpose_body_words,
                                self._nationality_words, self.rules.honorifics)
        acronym_runs = self.acronym_runs(text, runs)
        model_ents = _grown_over_countries(text, _cut_at_breaks(text, sorted(raw.ents)), countries, self.rules.labels, self.has_org_word)
        model_ents = self._joined_body_for_country(text, model_ents)
        for found in self._lowercase_known_pattern().finditer(text):  # "xAI", "flydubai": no capitalised run holds them
            name = found.group(0)
            out.append(Mention(name, self.rules.known_kinds[name_key(name)], name, found.start(), found.end(), label="KNOWN"))
            covered.append(found.span())
        for start, end, surface in countries:
            # (a body's name, or a site's: "Hong Kong International Airport", "Sri Lanka Cricket Ground")
            inside_longer = any(s <= start and end <= e and (e - s) > (end - start)
                                and (self.rules.labels.get(l) == "organization" or self.ends_with_place_word(text[s:e]))
                                for s, e, l in model_ents) or any(s <= start and end < e for s, e in acronym_runs)
            agency = _WORD_BEFORE.search(text, max(0, start - 20), start)
            if not inside_longer and agency and agency.group("word") in self.rules.agency_words_before_country \
                    and not _CAPITALISED_WORD_BEFORE.search(text, max(0, agency.start() - 30), agency.start()):
                # "Health New Zealand", "Statistics Canada": a government agency, no mention of the country
                name = text[agency.start("word") : end]
                out.append(Mention(name, "organization", name, agency.start("word"), end, label="GAZETTEER"))
                covered.append((agency.start("word"), end))
            elif not inside_longer:
                out.append(Mention(self.gaz.country_written_natively(surface).name, "place", surface, start, end, label="GAZETTEER"))
                covered.append((start, end))
        for compound in _HYPHENATED_NAMES.finditer(text):  # "the Uzbek-Turkmen border", "the Belgrade-Pristina dialogue"
            parts = self._compound_countries(compound.group(0)) or self._compound_places(compound.group(0))
            if parts and _CAPITALISED_WORD_BEFORE.search(text, max(0, compound.start() - 30), compound.start()) \
                    and not self._compound_countries(compound.group(0)):
                parts = None  # "Antoine Lyon-Caen": a double surname, not two cities
            if parts and not any(s < compound.end() and compound.start() < e for s, e in covered):
                position = compound.start()
                for word, country in parts:
                    out.append(Mention(country, "place", word, position, position + len(word), label="NORP"))
                    position += len(word) + 1
                covered.append(compound.span())
        ents = self._joined_nationality_org(text, self._joined_body_opener(text, self._joined_given_name_and_surname(text, self._joined_particles(text, self._grown_over_joins(text, self._known_names(text, self.surname_read_as_date(text, self.royal_names(text, self.hyphenated_given_names(text, model_ents)))))))))
        ents = self._split_listed(text, self._joined_and_names(text, ents))
        ents = self._acronym_run_orgs(self._joined_remit_org(text, self._joined_plural_org(text, ents)), acronym_runs)
        ents = self._split_located_org(text, self._joined_country_org(text, self._joined_purpose_org(text, self._joined_second_remit(text, self._joined_remit_list(text, self._joined_portfolios(text, ents))))))
        ents = self._split_body_of_person(text, self._split_person_of(text, self._split_conjoined(text, self._joined_name_parts(text, ents))))
        ents = self._with_leading_and_word(text, ents)
        for start, end, label in self._joined_places(text, self._split_led_by(text, self._split_title_portfolio(text, self._extend_to_runs(text, ents, runs)))):
            if label == "PERSON" and self._demonym_read_as_person(text, start, end, model_ents):
                label = "NORP"  # "Burkinabè favourite Ousmane Sawadogo"
            hint = self.rules.labels.get(label)
            if hint is None:
                continue
            lead = re.match(r"(?:the|The)\s+", text[start:end])
            if lead and not self._named_with_the(text[start:end]):  # "the North Koreans": the article word is not part of the name
                start += lead.end()
            start = self._gerund_opening_sentence(text, start, end)
            if any(s < end and start < e for s, e in covered):
                continue
            surface = text[start:end]
            if "\n" in surface or (surface.islower() and not self.registry.lookup(surface)):
                continue  # (a common word the model tagged: "Equatorial Guinea's navy sent two boats")
            opener = self._body_before_event(surface)
            if opener:  # "a UNESCO World Heritage site": the body, not the listing
                end, surface = start + len(opener), opener
            if self.generic_noun_here(text, surface, end) and not self.registry.lookup(surface):
                continue  # "Labour market minister ...": the common noun, not the party
            if ((self._names_a_work(text, start) and not self._known_or_named(surface))
                    or (_AWARD_WON_AFTER.match(text, end) and self.rules.known_kinds.get(name_key(surface)) != "person"
                        and name_key(surface) not in self.rules.known_surnames)) and not self.registry.lookup(surface):
                covered.append((start, end))  # (nor is the title a run of names the model missed)
                continue
            if (quoted(text, start, end) or self._common_word_opening_sentence(text, start, end)
                    or self._lone_word_read_as_person(text, start, end, label)) and not self.registry.lookup(surface):
                continue
            if self._opens_possessive_event(text, start):
                continue  # "America" in "the America's Cup"
            role = _ROLE_GOES_ON.match(text, end) if " " not in surface and surface.lower() in self.rules.person_cues_before else None
            if role and (not role.group("role") or role.group("role") in self.rules.person_cues_before or role.group("role") in self.rules.honorifics
                         or role.group("role") == "chief"):
                continue  # a role word before another or a name: "Founder and chief executive Ivo Vell said" (not "Coach and its sister brands")
            out.extend(self._from_span(text, surface, start, end, label, hint))
            covered.append((start, end))
        nationality_spans = {(m.start, m.end) for m in out if m.label == "NORP" and m.kind == "place"}
        for start, end in _cut_before_covered_of(text, runs, covered):
            inside = [(s, e) for s, e in covered if s < end and start < e]
            if inside:
                found = self._person_after_nationality(text, start, end, inside, nationality_spans) \
                    or self._place_before_title(text, start, inside)
                if found is not None:
                    out.append(found)
                    covered.append((found.start, found.end))
                continue
            grown = self.known_place_extent(text, start, end)  # "Santa Aurélia" + " do Norte", a known place the model missed
            if grown is not None and not any(s < grown[1] and grown[0] < e for s, e in covered):
                covered.append(grown)
                surface = text[grown[0] : grown[1]]
                place = self.gaz.lookup(surface)  # (named as the text writes it, a country as the gazetteer does: "Ha Tinh", not "Hà Tĩnh")
                out.append(Mention(place.name if place.kind == "country" else surface, "place", surface, grown[0], grown[1], label="GAZETTEER"))
                continue
            if not self._opens_possessive_event(text, start):  # ("the America's Cup": no America)
                out.extend(self._from_propn(text, start, end))
        in_adjectives = self._places_in_adjectives(text, covered)
        # (a place the runs found inside a longer one an adjective names goes: "Porto" of "the Porto Alegre-based group")
        out = [m for m in out if not any(p.start <= m.start and m.end <= p.end and m.end - m.start < p.end - p.start and m.kind == "place"
                                         for p in in_adjectives)] + in_adjectives
        portfolios = [m for m in out if self._portfolio(text, m)]
        out = [m for m in out if self._acceptable(m) and m not in portfolios] + [c for m in portfolios if (c := self._country_of_portfolio(m))]
        self._companies_listed_together(text, out)
        self._people_listed_together(text, out)
        return out

    def _person_after_nationality(self, text: str, start: int, end: int, inside: list, nationalities: set) -> Mention | None:
        """"the young German Florian Vell": a run whose only span is its
        nationality word, after "the", goes on with a person the model missed
        (two or three capitalised words, no body, place or nationality)."""
        if len(inside) != 1 or inside[0] not in nationalities or inside[0][0] != start or text[inside[0][1] : inside[0][1] + 1] != " ":
            return None
        rest_start = inside[0][1] + 1
        words = text[rest_start:end].split()
        name = " ".join(words)
        if not 2 <= len(words) <= 3 or not all(re.fullmatch(rf"[{CAP}][\w'’-]*", w) for w in words) or self.has_org_word(name) \
                or self.gaz.lookup(name) is not None or self.demonym_country(words[0]) or _THE_AND_WORDS_BEFORE.search(text, max(0, start - 30), start) is None \
                or any(w in self.rules.non_person_words for w in words):
            return None
        return Mention(name, "person", name, rest_start, end, label="PROPN", cue_person=True)

    def _compound_countries(self, compound: str) -> list[tuple[str, str]] | None:
        """"Uzbek-Turkmen", "Franco-German", "Sino-Indian": nationality words (or a
        country's combining form before one) joined by hyphens, as (word, country)
        pairs; None unless every part names a country and at least two differ
        ("Indo-Pacific" is a region, "Anglo American" a company)."""
        words = compound.split("-")
        countries = [self.demonym_country(w) or (self.rules.combining_country_forms.get(w) if i < len(words) - 1 else None)
                     or self._country_of_people(w) for i, w in enumerate(words)]
        if not all(countries) or len(set(countries)) < 2:
            return None
        return list(zip(words, countries))

    def _compound_places(self, compound: str) -> list[tuple[str, str]] | None:
        """"Belgrade-Pristina", "Kyiv-Moscow": two or more known places joined by hyphens, no
        place as a whole ("Guinea-Bissau", "Emilia-Romagna"), each a country or a city of
        100,000 people or more, as (word, place) pairs; None otherwise."""
        if self.gaz.lookup(compound) is not None:
            return None
        found = [self.gaz.lookup(w) for w in compound.split("-")]
        if not all(p is not None and not p.alternate and (p.kind == "country" or (p.kind == "city" and p.population >= 100_000)) for p in found):
            return None
        return [(w, p.name) for w, p in zip(compound.split("-"), found)]

    def _country_of_people(self, word: str) -> str | None:
        """A people's name that no nationality list maps (a people of several countries:
        "Turkmen") names, beside another country's, the one country named after it
        ("Turkmenistan"), if there is one ("Kurd": no Kurdistan among the countries)."""
        if word not in self.rules.demonyms:
            return None
        country = self.gaz.country(word + "istan")
        return country.name if country is not None else None

    def _body_before_event(self, surface: str) -> str | None:
        """"UNESCO World Heritage": a well-known body's name or an acronym, then
        a listing's name (listing_names): the body's name."""
        first, _, rest = surface.partition(" ")
        if rest in self.rules.listing_names \
                and (_is_acronym(first) or self.rules.known_kinds.get(name_key(first)) == "organization"):
            return first
        return None

    def _places_in_adjectives(self, text: str, covered: list) -> list[Mention]:
        """"Hyderabad-based Skyroot", "a Tigray-backed militia": a known place
        (no town known only by an alternate name) in an adjective made from
        a name, which no span holds, is a mention of the place, as a
        country's is ("Rwanda-backed"), and a nationality word its country's
        ("Mongolian-born")."""
        out = []
        for found in NAME_ADJECTIVE.finditer(text):
            start, end = found.start(), found.start() + found.group(0).index("-")
            if start and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
                continue
            # (the place's name may hold words before: "the Porto Alegre-based group")
            before = _CAPITALISED_WORDS_BEFORE.search(text, max(0, start - 40), start)
            longer = None
            if before:
                words = [w.start() for w in re.finditer(r"\S+", before.group(0)) if w.group(0)[0].isupper()]
                longer = next((before.start() + w for w in words if self._gazetteer_place(text, before.start() + w, end) is not None), None)
                start = longer if longer is not None else start
            overlapping = [(s, e) for s, e in covered if s < end and start < e]
            # (a longer place may hold what the model read: "Spain" of "Port of Spain-based")
            if overlapping and not (longer is not None and all(start <= s and e <= end for s, e in overlapping)):
                continue
            place = self._gazetteer_place(text, start, end, cue_place=True)
            if place is None and longer is None and (country := self.demonym_country(text[start:end])):
                # "Mongolian-born grand champion ...": a nationality word in an adjective (one the model
                # read opens no sentence, where the model often misses it) names its country
                place = Mention(country, "place", text[start:end], start, end, label="NORP")
            if place is not None:
                out.append(place)
        return out

    def _gazetteer_place(self, text: str, start: int, end: int, cue_place: bool = False) -> Mention | None:
        """text[start:end] as a mention of the country, region or city the gazetteer
        knows by that name (not a town known only by an alternate name), if any."""
        name = text[start:end]
        place = self.gaz.lookup(name)
        if place is None or place.kind not in ("country", "region", "city") or place.alternate:
            return None
        return Mention(place.name if place.kind == "country" else name, "place", name, start, end, label="GAZETTEER", cue_place=cue_place)

    def _place_before_title(self, text: str, start: int, inside: list) -> Mention | None:
        """"Andhra Pradesh Chief Minister N. Vell": a run the model tagged only
        from the person on opens with a known place, then a title, which the
        model left out; the place is a mention."""
        first = min(s for s, _ in inside)
        words = text[start:first].split()
        for k in range(len(words) - 1, 0, -1):
            name = " ".join(words[:k])
            rest = [w.rstrip(".").lower() for w in words[k:]]
            titled = rest and (rest[0] in self.rules.honorifics or " ".join(rest[:2]) in self.rules.honorifics)
            place = self._gazetteer_place(text, start, start + len(name)) if titled else None
            if place is not None:
                return place
        return None

    def _companies_listed_together(self, text: str, mentions: list[Mention]) -> None:
        """"Norvex, Tarnwick and Velkor have argued ...": a known town's or region's
        name listed with a name the model reads as an organization (and the
        gazetteer does not know) is a company too, unless a cue calls it a place
        or it is a capital (which stands for a government, a place)."""
        towns = [m for m in mentions if m.kind in ("place", "organization") and not m.cue_place and not m.from_registry
                 and (place := self.gaz.lookup(m.name)) is not None and place.kind in ("city", "region") and not self.gaz.is_capital(m.name)]
        if not towns:
            return
        companies = [m.start for m in mentions if m.label == "ORG" and m.kind == "organization" and self.gaz.lookup(m.name) is None]
        for found in _NAME_LIST.finditer(text):
            if _LIST_JOINT.search(found.group(0)) and any(found.start() <= start < found.end() for start in companies) \
                    and not _ROUTE_BEFORE.search(text, max(0, found.start() - 10), found.start()):
                for m in towns:
                    if found.start() <= m.start < found.end():
                        m.kind, m.cue_org = "organization", True

    def _portfolio(self, text: str, m: Mention) -> bool:
        """"Social Welfare Secretary Rex Vell", "Federal Resources Minister Ana
        Tarsk": capitalised words the model reads as an organization, right
        before a minister's or secretary's title and a name, are the title's
        portfolio, no body (unless a list or the registry knows them, or they
        are a place or an acronym: "Kenya Defence Minister", "UN Secretary")."""
        if m.kind != "organization" or m.from_registry or m.cue_org or m.name.replace(".", "").isupper():
            return False
        title = self._portfolio_title.match(text, m.end)
        if not title or name_key(m.name) in self.rules.known_kinds or self.gaz.lookup(m.name) is not None:
            return False
        # ("Orvel Bank Spokesman Ana Vell": the bank is a body; "Sports Cabinet Secretary": a title's first word)
        words = m.name.split()
        return not self.has_org_word(m.name) or f"{words[-1]} {title.group(1)}" in self.rules.portfolio_titles

    def _country_of_portfolio(self, m: Mention) -> Mention | None:
        """"US Treasury" of "US Treasury Secretary Scott Bessent": the country that opens a title's portfolio."""
        words = m.surface.split()
        if len(words) > 2 and self.gaz.country(" ".join(words[:2])) is None \
                and (self.gaz.lookup(" ".join(words[:2])) is not None or self.named_state(" ".join(words[:2]))):
            return None  # ("Mexico City Security Secretary", "Niger State Health Commissioner": no country; "Hong Kong" is one)
        for k in (2, 1):
            owner = " ".join(words[:k])
            country = self.gaz.country(owner) if len(words) > k else None
            if country is not None:
                return Mention(country.name, "place", owner, m.start, m.start + len(owner), label="GAZETTEER")
        return None

    def _people_listed_together(self, text: str, mentions: list[Mention]) -> None:
        """"Nika Vell and Ana Tarsk", "his coaches, Jon Pell and Ivo Marrow":
        a full name the model read as an organization, joined by "and" or a
        comma to a person's full name, is a person too, when nothing marks it
        as a body (no organization word, cue, list or registry entry, no known
        place or body)."""
        ordered = sorted(mentions, key=lambda m: m.start)
        for left, right in zip(ordered, ordered[1:]):
            if text[left.end : right.start] not in (" and ", ", ", ", and "):
                continue
            for org, person in ((left, right), (right, left)):
                if (person.kind == "person" and 2 <= len(person.name.split()) <= 3 and org.kind == "organization" and org.label == "ORG"
                        and not (org.cue_org or org.cue_place or org.from_registry) and 2 <= len(org.name.split()) <= 3
                        and org.name == org.surface and all(w[:1].isupper() and w.isalpha() for w in org.name.split())
                        and not self.has_org_word(org.name) and self.gaz.lookup(org.name) is None
                        and name_key(org.name) not in self.rules.known_kinds):
                    org.kind, org.cue_person = "person", True

    def _opens_possessive_event(self, text: str, start: int) -> bool:
        """An event's name with a possessive inside opens here ("America's Cup")."""
        return any(name_key(text[start : start + len(e)]) == name_key(e) for e in self.rules.possessive_event_names)

    def _acceptable(self, m: Mention) -> bool:
        if m.from_registry:
            return True
        name = m.name
        if len(name) < 2 or not (name[0].isupper() or _NUMBERED_UNIT.match(name) or ARABIC_ARTICLE_NAME.match(name) or name in self.rules.lowercase_known) \
                or not any(c.isalpha() for c in name):
            return False
        if self.registry.is_blocked(name) or self.registry.is_blocked(m.surface):
            return False
        if _AMOUNT.search(name):
            return False  # a sum of money the model read as a name: "NZ$2", "A$1.5 billion"
        # A long official name counts its content words only ("Armed Forces of the Republic of ...").
        if sum(w not in _CONNECTORS for w in name.split()) > 8 or self.is_event(name) or name in self.rules.sentence_adverbs:
            return False  # (nor a word that opens sentences and names nothing: "Turnout was 62 percent")
        if name in self.rules.peoples and not (m.kind == "place" and m.cue_place and m.label != "NORP" and name not in self.rules.demonyms):
            return False  # (a people, "the Tuareg", is no entity either; "the Amhara region" is a place)
        return True

    def analyse(self, title: str, text: str, raw: RawDoc) -> ArticleAnalysis:
        # "the International Cricket Council (ICC)": an acronym the article defines as
        # another body than the registry's (the International Criminal Court) is the
        # article's body here; the registry does not know it while this article is read.
        redefined = self._acronyms_defined_otherwise(text)
        resolver = self._with_registry(self.registry.without(redefined)) if redefined else self
        return resolver._analyse(title, text, raw)

    def _with_registry(self, registry: Registry) -> "Resolver":
        """This resolver reading `registry` instead (a copy: this one is left as
        it is; the copy shares the compiled patterns, which depend only on rules)."""
        clone = copy.copy(self)
        clone.registry = registry
        return clone

    def _acronyms_defined_otherwise(self, text: str) -> list[str]:
        out = []
        for found in _BRACKETED_SHORT.finditer(text):
            short = found.group("short")
            entry = self.registry.lookup(short)
            if entry is None:
                continue
            before = text[max(0, found.start() - 100) : found.start()]
            names = [entry.name, *(a for a in entry.aliases if len(a) > len(short))]
            # another body, whose name right before the bracket spells the acronym
            defined = _NAME_BEFORE_BRACKET.search(before)
            if defined and acronym_fits(short, defined.group(1), skip=True) and not any(n in before for n in names):
                out.append(short)
        return out

    def _analyse(self, title: str, text: str, raw: RawDoc) -> ArticleAnalysis:
        mentions = self.mentions(text, raw)
        analysis = ArticleAnalysis()
        mentions = self._apply_definitions(text, mentions, analysis.acronyms)
        mentions = self._apply_comma_names(text, mentions, analysis.acronyms)
        self._apply_appositions(text, mentions, analysis.acronyms)
        canonical = self._canonical_names(mentions, analysis.acronyms, text)
        groups: dict[str, list[Mention]] = defaultdict(list)
        display: dict[str, str] = {}
        for m in mentions:
            target = canonical.get(name_key(m.name), m.name)
            if target is None:  # dropped (a bare generic word such as "Commission")
                continue
            if target != m.name and self._city_written_as_place(m, target, text):
                target = m.name  # "The crowd in Lahore" beside "Lahore" for "Lahore Qalandars": the city itself
            key = name_key(target)
            groups[key].append(m)
            display.setdefault(key, target)
        lede_end = text.find("\n\n") if "\n\n" in text else len(text)
        disease = _cue_pattern(self.rules.disease_words_after, "after")
        spans = [(m.start, m.end) for m in mentions]
        named: dict[tuple[str, str], ArticleEntity] = {}  # (name, type) -> the entity, for a country written two ways
        for key, items in groups.items():
            if not any(m.label == "PERSON" or m.from_registry for m in items) \
                    and any(disease.match(text, m.end + 1) and text[m.end : m.end + 1] == " " for m in items):
                continue  # "the Orvel virus": a disease named after a place (not "Ivo Vell fever", a craze for a person)
            kind = self._vote_kind(display[key], items + self._unseen_uses(display[key], text, spans), text)
            if kind is None:
                continue
            if " " not in display[key] and (honorific := self.honorific_name(display[key], text)):
                # "Sheikh Orvana ... Orvana": one word after a name-forming honorific, no fuller name:
                # a person, unless a cue calls it a place ("Sheikh Orvana, a district of ...").
                display[key] = honorific
                kind = kind if any(m.cue_place for m in items) else "person"
            if kind == "place" and not any(m.from_registry for m in items) and (country := self.gaz.country(display[key])) is not None:
                display[key] = country.name  # "DR Congo", "DRC": a country goes by the gazetteer's name, one page whatever the spelling
            surfaces = sorted({m.surface for m in items} | {display[key]}, key=lambda s: (-len(s), s))
            entity = ArticleEntity(
                name=display[key],
                kind=kind,
                count=len(items),
                first=min(m.start for m in items),
                surfaces=surfaces,
                in_headline=any(_contains(title, s) for s in surfaces),
                in_lede=any(m.start < lede_end for m in items),
            )
            same = named.get((entity.name, kind))
            if same is None:
                analysis.entities.append(entity)
                named[(entity.name, kind)] = entity
            else:  # (the country written both ways: "DR Congo ... the Democratic Republic of the Congo")
                same.count, same.first = same.count + entity.count, min(same.first, entity.first)
                same.surfaces = sorted(set(same.surfaces) | set(entity.surfaces), key=lambda s: (-len(s), s))
                same.in_headline, same.in_lede = same.in_headline or entity.in_headline, same.in_lede or entity.in_lede
        self._retype_group_companies(analysis.entities)
        for ent in analysis.entities:
            ent.score = round(ent.count + (3.0 if ent.in_headline else 0.0) + (1.5 if ent.in_lede else 0.0) + 1.0 / (1 + ent.first / 500), 4)
        analysis.entities.sort(key=lambda e: (-e.score, e.first, e.name))
        analysis.full_names = sorted({e.name for e in analysis.entities if e.kind == "person" and len(e.name.split()) >= 2})
        return analysis

    def _city_written_as_place(self, m: Mention, target: str, text: str) -> bool:
        """A known city or region whose name is short for a club or body named after it
        ("Lahore" for "Lahore Qalandars"), written here after "in", "near" or "around" ("the
        crowd in Lahore"): this use names the city."""
        place = self.gaz.lookup(m.name)
        if place is None or place.kind not in ("city", "region") or " " in m.name or m.name not in target.split() \
                or self.gaz.lookup(target) is not None or self.named_state(target) or self.ends_with_place_word(target) \
                or target.split()[0] in self.rules.org_name_words or target.split()[0] in self.rules.org_words_first_only:
            return False  # (a place's longer name is the same place: "in Rivers" for "Rivers State"; a body opened by its
            # word in another language is named after its city and "in" follows many words: "gains in Santander" for Banco Santander)
        before = _IN_PLACE_BEFORE.search(text, max(0, m.start - 24), m.start)
        # (not what is owned: "shares in Santander")
        return before is not None and (before.group("word") or "").lower() not in self.rules.stake_words and text[m.end : m.end + 1] not in "'’"

    def _retype_group_companies(self, entities: list[ArticleEntity]) -> None:
        """What the article's other bodies say of a name: "Safaricom Ethiopia" beside "Kenya's
        Safaricom" is a body's national arm; "Lotte Shopping" beside "Lotte Chemical" and
        "Lotte Holdings" (a brand and a body's word) is one more company of the group, though
        "Lotte" is a given name (not "Ana Vell" beside "Ana Vell Foundation": the bodies' names
        must not hold it). (A full name read as a body that shares its surname with people of the
        article is no person for that: "Estée Lauder" beside "William Lauder" is the company.)"""
        bodies = [e.name for e in entities if e.kind == "organization"]
        # (a parent named with its legal form or group word names its brand too: "Saputo Inc", "Saputo")
        keys = {name_key(b) for b in bodies} | {name_key(b.split()[0]) for b in bodies
                                                 if len(b.split()) == 2 and b.split()[1] in self.rules.parent_group_words}
        # (a group's companies: a brand, then a body's word: "Lotte Chemical", "Lotte Holdings"; not the
        # universities and foundations named after people: "Kim Il Sung University", "Nelson Mandela Foundation")
        openers = Counter(b.split()[0] for b in bodies if len(b.split()) == 2 and b.split()[1] in self.rules.company_words)
        for ent in entities:
            words = ent.name.split()
            if len(words) < 2:
                continue
            if ent.kind != "organization" and name_key(words[0]) in keys and self.arm_country(ent.name) is not None:
                ent.kind = "organization"
            elif ent.kind == "person" and len(words) == 2 and openers[words[0]] >= 2 and not any(b.startswith(ent.name + " ") for b in bodies):
                ent.kind = "organization"

    def _unseen_uses(self, name: str, text: str, spans: list[tuple[int, int]]) -> list[Mention]:
        """The name's other uses in the text, which the model tagged as nothing ("US battery
        start-up Lyten restarted ...", "Lyten chief executive Dan Cook"), as mentions with no
        type of their own: what the words around them say still counts in the vote."""
        uses = []
        for use in whole_word(name).finditer(text):
            start, end = use.span()
            if any(s < end and start < e for s, e in spans) or _in_longer_name(text, start, end) \
                    or _AFTER_NAME_CONNECTOR.search(text, max(0, start - 40), start):
                continue  # (part of a longer name: "the Six Federations of the Tropics of Cochabamba, the growers' union")
            uses.append(Mention(name, None, name, start, end, label=UNSEEN,
                                cue_place=self._place_cue(text, start, end, borrowed=False, route=False),
                                cue_org=self._org_cue(text, start, name, end),
                                cue_person=self._person_cue(text, start, end)))
        return uses

    def _vote_kind(self, name: str, items: list[Mention], text: str = "") -> str | None:
        registered = [m.kind for m in items if m.from_registry]
        if registered:
            return registered[0]
        known = self.rules.known_kinds.get(name_key(name))
        place = self.gaz.lookup(name)
        if self.person_shaped_body(name) and any(m.cue_person for m in items if m.name == name) \
                and not any(m.cue_org for m in items):
            return "person"  # "Calvin Klein, 81, said he ...": the person a well-known firm is named after
        if known is not None and not any(m.cue_place for m in items) \
                and not (place is not None and not place.alternate and self._written_in(name, items, text)):
            # A well-known body or person, whatever the model or the gazetteer says; a place
            # cue, or a known place's name written after "in" ("riots in Tarnwick"), still wins
            # (not a town known only by an alternate name: "near Rafah and Hamas fighters").
            return known
        if self.ends_with_place_word(name) and not any(f" {joint} " in name and self.has_org_word(name.split(f" {joint} ")[0])
                                                       for joint in ("of", "for")) \
                and not ((len(name.split()) == 2 or name.split()[-1] in self.rules.org_name_words)
                         and name.split()[0] in self.rules.given_names and any(m.label == "PERSON" for m in items)
                         and not any((text[max(0, m.start - 20) : m.start].split() or [""])[-1].rstrip(".").lower() in self.rules.honorifics
                                     or m.surface.split()[0].rstrip(".").lower() in self.rules.honorifics for m in items)):
            # "Orvel Tarsk Stadium", whatever the model read it as (not "Armed Forces of the Orvel
            # Islands", "International Fund for Saving the Orvel Sea", nor "Sam Port", a given name and a place word
            # the model read as a person, nor "Mohammed bin Rashid Space Centre", whose word is a body's too;
            # but "Siaka Stevens Stadium" is named after one)
            return "place"
        if place is None and _INITIAL_AND_SURNAME.fullmatch(name) and not self.has_org_word(name) and not any(m.cue_org or m.cue_place for m in items) \
                and name.split()[-1].lower() not in self.rules.generic_org_words and name.split()[-1] not in self.rules.non_person_words \
                and name.split()[-1] not in self.rules.not_surnames_after_initial:  # (not "V Sports", "Q Magazine")
            return "person"  # "S Marconnet", "J-P Grandclaude": an initial before a surname, as line-ups and match reports write people
        words = name.split()
        if len(words) == 2 and words[0] in self.rules.place_name_openers_after_the and not self.has_org_word(name) \
                and any(_THE_BEFORE.search(text, max(0, m.start - 4), m.start) for m in items):
            return "place"  # "the River Niger" (not "River Phoenix", "River Island said")
        if self.named_state(name) and not any(m.cue_org for m in items):
            return "place"  # "Kano State", "Bayelsa State": a state named so, whatever the model read
        if self.opened_as_place(name) and not self.has_org_word(name) and name.split()[-1] not in self.rules.side_plurals \
                and not any(m.cue_person or m.cue_org for m in items) and not self._team_named(name, items, text):
            return "place"  # "Place de la Nation", "Col du Tarsk" (not "Mayor Ras Baraka", "beat Cerro Porteño")
        cue_place = any(m.cue_place for m in items)
        if cue_place and " " not in name and place is not None:
            return "place"  # "the Centre department": a known region whose name is also an organization word
        if place is not None and " " in name and place.kind in ("region", "country") and not place.alternate \
                and name_key(place.name) == name_key(name) and not any(m.cue_org for m in items) \
                and not self._team_named(name, items, text):
            return "place"  # "the West Bank": a region the gazetteer names in full, though it ends in a body's word (not a side: "West Coast")
        # An organization word inside a hyphenated place name ("Centre-Orvel region") loses to a place cue.
        whole_org_word = any(w in self.rules.org_name_words for w in name.split())
        # (a club's shape of name written after "in", which no list knows as a club, is the city it names:
        # "reporters in Toyota City"; not "fans in Bristol City shirts", "in Hull City's academy")
        if (self.has_org_word(name) and (whole_org_word or not cue_place)) or ((
                (self.is_club_name(name) and not (self._written_in(name, items, text) and name_key(name) not in self.rules.known_kinds
                                                  and not any(_club_thing_after(self.rules.club_things_after).match(text, m.end)
                                                              or text[m.end - 1 : m.end] in ("'", "’")
                                                              for m in items if m.name == name)))
                or (self.club_before_city(name, text) and not any(m.cue_person for m in items))) and not cue_place):
            return "organization"
        if cue_place:
            return "place"
        if place is not None and (place.kind in ("country", "continent") or name in self.rules.home_nations):
            return "place"  # "Varenia coach ...", "Wales will play England": the national side is still the country
        if self._team_named(name, items, text):
            return "organization"  # "Tarnwick host Orvel", "a 2-1 win over Tarnwick": a club, whatever the model read
        if place is not None and self.gaz.is_capital(name) and not any(m.cue_org for m in items):
            return "place"  # "accused Tarnwick of ...": a capital standing for its government is still the place
        org_cue, person_cue = any(m.cue_org for m in items), any(m.cue_person for m in items)
        if place is not None and org_cue and all(self.rules.labels.get(m.label) == "place" for m in items):
            return "place"  # "the Tarnwick bank": a city the model reads as one, naming where the company is
        if (place is None and not person_cue and " " not in name and len(name) > 3 and name.endswith("s") and name[-2] != "s"
                and not self._people_word(name)
                and all(m.label == "PERSON" and _THE_BEFORE.search(text, max(0, m.start - 4), m.start)
                        for m in items if m.surface == name and m.label != UNSEEN)):
            # "the Houthis", always after "the", read as a person: a plural name is a group, not one person
            return "organization"
        if place is not None and not place.alternate and place.kind in ("region", "city") and not org_cue \
                and (read := [self.rules.labels.get(m.label) for m in items if m.label in self.rules.labels]) and set(read) == {"place"} \
                and all(self._kin_of_before(text, m.start) and not self._described_as_person(text, m.end) for m in items if m.cue_person):
            # "a son of Mindanao": a known place the model reads as one every time is no person for a kinship
            # cue alone (but "her son, Phoenix," and "Toledo, the former Peruvian president," are people)
            return "place"
        if place is None and not org_cue and not person_cue and self._unknown_word_written_as_somewhere(name, items, text):
            return "place"  # "from Rubavu to Musanze", "at Birtamod"
        if len(name.split()) > 2 and name.split()[0] in self.rules.org_words_first_only and _FOREIGN_OF_INSIDE.search(name) and not person_cue:
            return "organization"  # "Banca Monte dei Paschi di Siena", "Universidad de Chile": a body's first word and "of" its place
        if org_cue != person_cue:
            return "organization" if org_cue else "person"
        if place is None and not person_cue and len(name.split()) > 1 and name.split()[-1] in self.rules.side_plurals:
            return "organization"  # "Remo Stars", "Solomon Warriors": a side's plural name, whatever the model read
        if place is None and not org_cue and self._given_name_read_as_body(name, items, text):
            return "person"  # "... and Timur Akmatov to three years": a given name and a surname the model read as a body
        full = [m.kind for m in items if m.name == name and m.label != UNSEEN]
        if place is None and len(name.split()) > 1 and full and all(k == "person" for k in full) \
                and not (name.split()[0] not in self.rules.given_names and not person_cue and self._written_in(name, items, text)
                         and len(whole_word(name.split()[-1]).findall(text)) == len(whole_word(name).findall(text))):
            # "Mira Van Dorn" stays a person when the model misreads the lone "Van Dorn" (but no known
            # given name, written after "in", with no surname alone elsewhere, is a place: "hamlets in Bac Ha and Si Ma Cai")
            return "person"
        # A short form the model did not tag, typed by the gazetteer alone ("Tarnwick" for
        # "Tarnwick Plate"), does not outvote the model's reading of the full name.
        full_read = any(m.name == name and m.label in self.rules.labels for m in items)
        labels = Counter(m.kind for m in items if m.kind in MODEL_KINDS and not (full_read and m.label == "GAZETTEER" and m.name != name))
        alone = [m.kind for m in items if m.name == name.split()[-1]]
        if (place is None and len(name.split()) > 1 and alone and all(k == "person" for k in alone)
                and 2 * labels.get("person", 0) >= sum(labels.values())):
            return "person"  # "Ilan Vark" read as an organization, "Vark" alone as a person: a tie goes to the person
        if place is None and not org_cue and not person_cue and self._written_in(name, items, text):
            return "place"  # "seats in Orvel", "crashed near the Orvel": no cue says what else it is
        orgs = labels.get("organization", 0)
        org_majority = orgs >= 2 and orgs > labels.get("place", 0) + labels.get("person", 0)  # (a clear one)
        if place is None and not org_cue and not person_cue and self.gaz.is_town(name) and not org_majority \
                and any(m.name == name and self.written_as_town(text, m.start, m.end, m.label) for m in items):
            # "walked for two days to reach Orvel": a small town the text puts a word of where before (as
            # for a city, a clear ORG majority is a body that shares the name: "prices at Orvel")
            return "place"
        if place is not None:
            # A known city or region: the gazetteer beats a PERSON label, but a
            # clear ORG majority is a company or club that shares the name, unless
            # the text puts the name after "in" or "from" ("schools in Tarnwick", not
            # "the biggest signing in Tarnwick's history").
            if any(_OWNED_BY.search(text, max(0, m.start - 30), m.start) for m in items):
                return "organization"  # "once owned by Tarnwick": a company that shares a town's name
            if not org_majority or (not org_cue and any((_LOCATIVE.search(text, max(0, m.start - 8), m.start)
                                                         or in_place_list(text, m.start, m.end)) and text[m.end : m.end + 1] not in "'’"
                                                        for m in items)):
                return "place"
        if not labels:
            return None
        best = max(labels.values())
        for m in items:  # ties: the first mention's label
            if m.kind in MODEL_KINDS and labels[m.kind] == best:
                return m.kind
        return None

    def _given_name_read_as_body(self, name: str, items: list[Mention], text: str) -> bool:
        """A given name and one or two more capitalised words, with no body's word and no
        well-known name among them, that the model read only as an organization: a person
        (the small model reads many unfamiliar people so). Not a club or a side."""
        words = name.split()
        rules = self.rules
        if not 2 <= len(words) <= 3 or words[0] not in rules.given_names or self.has_org_word(name) \
                or any(w in rules.place_name_words or w in rules.club_words or w in rules.non_person_words or w in rules.institution_words
                       or w in rules.company_words or w in rules.event_words or name_key(w) in rules.known_kinds for w in words[1:]) \
                or not all(w[:1].isupper() for w in words) or any(w.isupper() for w in words):
            return False
        read = [m for m in items if m.name == name and m.label in rules.labels]
        if {m.label for m in read} != {"ORG"} or self._team_named(name, items, text):
            return False
        opening = " ".join(words[:2])
        if any(m.group(0) != name and not name.startswith(m.group(0)) for m in re.finditer(rf"(?<![\w-]){re.escape(opening)} [{CAP}][\w’'-]*", text)):
            return False  # its opening opens another name too: "Jean-Luc Varn Group ... Jean-Luc Varn Ventra"
        # (not somewhere, "soldiers at Walter Reed"; nor what calls itself "it", "Julius Vellmar said in a filing that it";
        # nor a firm named after its founder that the sentence talks of as one: "Harvey Norman reported a drop in
        # annual profit", "the owner of Calvin Klein")
        return not any(_WHERE_BEFORE.search(text, max(0, m.start - 12), m.start) or _LOCATIVE.search(text, max(0, m.start - 6), m.start)
                       or _SAID_THAT_IT.match(text, m.end) or self._company_talk(text, m.start, m.end) for m in read)

    def _company_talk(self, text: str, start: int, end: int) -> bool:
        """What the sentence says of a company: company_talk_after within its next words ("lowered its
        guidance", "a fall in first-half profit"), or company_talk_before right before the name
        ("the owner of", "private bank")."""
        after, before = _company_talk_patterns(self.rules.company_talk_after, self.rules.company_talk_before)
        return after.match(text, end) is not None or before.search(text, max(0, start - 30), start) is not None

    def _unknown_word_written_as_somewhere(self, name: str, items: list[Mention], text: str) -> bool:
        """"from Rubavu to Musanze", "at Birtamod": one word no list knows (no given name, no well-known
        surname unless a small town's), never in capitals, that the model reads only as a person, written
        after a word of where or as a route's start (not "an offer from Musk", "a letter to Ruto": no bare
        "from" or "to"; nor before a possessive)."""
        if " " in name or name.isupper() or name in self.rules.given_names or name_key(name) in self.rules.known_kinds \
                or (name_key(name) in self.rules.known_surnames and not self.gaz.is_town(name)):
            return False
        if {m.label for m in items if m.label in self.rules.labels} != {"PERSON"}:
            return False
        return any(m.name == name and text[m.end : m.end + 1] not in ("'", "’")
                   and (_WHERE_BEFORE.search(text, max(0, m.start - 12), m.start)
                        or (_FROM_BEFORE.search(text, max(0, m.start - 6), m.start) and _ROUTE_TO.match(text, m.end)))
                   for m in items)

    def _written_in(self, name: str, items: list[Mention], text: str) -> bool:
        """The name in full (not a short form or an acronym of it) written after "in"
        or "near" (maybe "the"), not as an owner ("in Orvel's history") and not after
        a word for a stake ("shares in Orvel", stake_words). A generic body's word and
        "of" ("in the House of Delegates") name a body."""
        words = name.split()
        if len(words) > 2 and words[1] == "of" and words[0].lower() in self.rules.generic_org_words:
            return False
        for m in items:
            if m.name != name or m.surface.isupper():
                continue
            found = _IN_OR_NEAR.search(text, max(0, m.start - 30), m.start)
            if found and (found.group("word") or "").lower() not in self.rules.stake_words and text[m.end : m.end + 1] not in ("'", "’") \
                    and not _POSSESSIVE.search(m.surface):
                return True
            if in_place_list(text, m.start, m.end):
                return True
        return False

    def _team_named(self, name: str, items: list[Mention], text: str) -> bool:
        """A side (cues._team_cue) that no title or role word makes a person, and that
        is no full name the model reads as a person: "Ana Vell beat Ida Orvel" are people.
        A region's player or coach ("the Tarsk midfielder") plays for its national side, the region."""
        if not text or (len(name.split()) > 1 and any(m.name == name and (m.label == "PERSON" or m.cue_person) for m in items)):
            return False  # (nor a full name a cue calls a person: "beat Casper Ruud 6-3 6-2")
        place = self.gaz.lookup(name)
        roles = place is None or place.kind != "region" or name_key(name) in self.gaz.city_keys  # (a city that names its region too: "Porto coach")
        # (a result and one score make a side only of a name the model never read as a person: not
        # "O'Sullivan won 10-5", "Zelensky won 73-24"; nor of a home nation, which stays the place: "Wales lost 3-0")
        scored = not any(m.label == "PERSON" or m.cue_person for m in items) and name not in self.rules.home_nations \
            and any(RESULT_WITH_SCORE.match(text, m.end) for m in items)
        if not scored and not any(self._team_cue(text, m.start, m.end, roles) for m in items):
            return False
        return not any(self._person_cue_before(text, m.start) for m in items)



@lru_cache(maxsize=4)
def _club_thing_after(things: tuple) -> re.Pattern:
    """What follows a club's name and not a city's: a possessive, or a word of club_things_after
    ("in Bristol City shirts", "in Hull City's academy", "in Wigan Athletic colours")."""
    words = "|".join(re.escape(w) for w in sorted(things, key=lambda w: (-len(w), w)))
    return re.compile(rf"['’](?:s\b|\s)| (?:{words or '(?!)'})\b")

def _contains(haystack: str, needle: str) -> bool:
    if not needle or needle not in haystack:  # the cheap test first: most names are not in the headline
        return False
    return re.search(rf"(?<![\w]){re.escape(needle)}(?![\w])", haystack) is not None


# One capitalised word right before a name ("Health " of "Health New Zealand").
_WORD_BEFORE = re.compile(rf"(?<![\w’'-])(?P<word>[{CAP}][a-z]+) $")


def _cut_before_covered_of(text: str, runs: list, covered: list) -> list:
    """A run that went on over "of" after a body's word ("National Gas Company of Trinidad") where a
    name already found begins after "of" (the country "Trinidad and Tobago") is the part before "of"."""
    out = []
    for start, end in runs:
        of = text.find(" of ", start, end)
        if of > start and any(of < s < end for s, _ in covered) and not any(s < of and start < e for s, e in covered):
            end = of
        out.append((start, end))
    return out


# An award's name before what it made of a work or a person: "the Oscar-winning film", "a Bafta-nominated actor"
# (not a well-known person's: "an Obama-nominated judge").
_AWARD_WON_AFTER = re.compile(r"-(?:[Aa]ward-)?(?:winning|nominated|shortlisted|longlisted)\b")
# One initial, or two joined by a hyphen, then a surname: "S Marconnet", "J-P Grandclaude" (not "A Coruña", "O Globo":
# vowels alone are words of their own in several languages).
_INITIAL_AND_SURNAME = re.compile(r"[B-DF-HJ-NP-TV-Z](?:-[A-Z])?\.? [A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*")
# Pieces of a span between line breaks and spaced dashes ("Korea Development Bank - one of its creditors -"),
# which no name holds; a name's hyphen has no space beside it ("Guinea-Bissau").
_SPACED_DASH = re.compile(r" [-–—] ")
_DASH_EDGE = re.compile(r"^[-–—] | [-–—]$")
_LINE_PIECE = re.compile(r"(?:(?! [-–—] )[^\n])+")
_PIECE_EDGES = re.compile(r"^[\s.,;:–—-]+|[\s.,;:–—-]+$")


def _cut_at_breaks(text: str, ents: list) -> list:
    """A span the model ran over a paragraph's end ("the University of
    Auckland.\n\nHealth") or a spaced dash ("the Expediency Council - Iran's
    ruling body -") is the names on either side: no name goes on past a line
    break or a dash between spaces (each piece without the sentence's end, a
    comma or the dash)."""
    out = []
    for start, end, label in ents:
        if "\n" not in text[start:end] and not _SPACED_DASH.search(text, start, end) and not _DASH_EDGE.search(text[start:end]):
            out.append((start, end, label))
            continue
        for piece in _LINE_PIECE.finditer(text, start, end):
            edges = [m.span() for m in _PIECE_EDGES.finditer(piece.group(0))]
            s, e = piece.start(), piece.end()
            for a, b in edges:
                if a == 0:
                    s = piece.start() + b
                if b == len(piece.group(0)):
                    e = piece.start() + a
            if e > s and any(c.isupper() for c in text[s:e]):
                out.append((s, e, label))
    return out


def _grown_over_countries(text: str, ents: list, countries: list[tuple[int, int, str]], labels: dict, is_body=lambda name: False) -> list:
    """"Trinidad" + "Tobago Police Service", "the Court of Bosnia and" + "Herzegovina": a body's span
    the model began or ended inside a country's name of several words grows over the whole name (and
    the model's pieces of the name inside it go); one begun inside the name and going on after its
    possessive begins after it ("Trinidad and Tobago's Energy Chamber"). A span of any label that holds
    the country's possessive and a body's name after it (`is_body`) is the body's name: "The Dominican
    Republic's Public Health Ministry", read whole as a place."""
    out = list(ents)
    for c_start, c_end, _ in countries:
        for span in list(out):
            s, e, label = span
            if s <= c_start and c_end + 3 < e and text[s:c_start] in ("", "The ", "the ") and text[c_end : c_end + 3] in ("'s ", "’s ") \
                    and is_body(text[c_end + 3 : e]):
                out = [x for x in out if x != span] + [(c_end + 3, e, "ORG")]
                continue
            if labels.get(label) != "organization" or span not in out:
                continue
            if c_start < s < c_end < e and text[c_end : c_end + 2] in ("'s", "’s"):
                grown = (c_end + 3, e, label)  # "Trinidad and Tobago's Energy Chamber": the country owns the body
            elif c_start < s < c_end < e:
                grown = (c_start, e, label)
            elif s < c_start < e < c_end:
                grown = (s, c_end, label)
            else:
                continue
            out = [x for x in out if x != span and not (grown[0] <= x[0] and x[1] <= grown[1])]
            if grown[0] < grown[1]:  # (nothing is left of "Príncipe's" but the country's possessive)
                out.append(grown)
    return sorted(out)

