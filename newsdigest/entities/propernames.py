"""Candidate proper names from capitalisation alone.

The resolver looks at capitalised runs the model did not tag, to find places
it missed ("the town of Marbek"). A part-of-speech tagger's proper-noun runs
would do, but the tagger costs as much as the entity recogniser itself; these
rules give the same candidates on our evaluation articles at no model cost.
"""

from __future__ import annotations

import importlib.util
import re
import runpy
from functools import lru_cache
from pathlib import Path

from newsdigest.entities.capitals import CAP
from newsdigest.entities.mention import SENTENCE_START
from newsdigest.entities.registry import name_key

# A word: letters or digits, with inner hyphens, apostrophes or dots ("Saint-Aldric", "O'Neill", "K.D").
_WORD = re.compile(r"[^\W_][\w]*(?:[-'’.&][^\W_][\w]*)*")
_OPENS_SENTENCE = re.compile(SENTENCE_START + r"\s*$")
# "al-Qaeda", "el-Fasher", "ash-Sham": a name that opens with an Arabic article written in lowercase.
ARABIC_ARTICLE_NAME = re.compile(rf"(?:al|el|ad|an|ar|as|ash|at|az|ul)-[{CAP}]")
# "Defensoría del Pueblo", "Ruiz de Velasco", "Place de la Nation": particles between capitalised words.
# "d'Eril", "dell'Acqua": an elided particle glued to a capitalised word, as in Italian and French names.
ELIDED_PARTICLE_NAME = re.compile(rf"(?:d|dell|dall|degl|l)['’][{CAP}]")
_PARTICLE_WORDS = frozenset("de del della di da do dos das du des la le van von der den aan bin ibn por para pour pelo pela".split())
_PARTICLE_GAP = re.compile(r" (?:(?:" + "|".join(sorted(_PARTICLE_WORDS)) + r") ){1,2}")
# After a body's word, anywhere in the run so far, "of" and "of the" go on with its name ("Chamber of Commerce",
# "High Court of the Maldives"); after a body named for a purpose, "for" and "for the" too ("Alliance for the Republic").
_BODY_JOINERS = frozenset({"of", "for", "the"})
_BODY_GAP = re.compile(r" (?:of|for)(?: the)? ")
_TITLE_CASE_SHARE = 0.75  # a line this capitalised is a headline, not prose
# "Tarnwick-based", "Orvel-backed": an adjective made from a name, no word of the name after it.
NAME_ADJECTIVE = re.compile(r"[^\W_][\w’']*-(?:based|backed|led|owned|listed|funded|run|controlled|registered|born)")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset:
    # spaCy's English stop words, read from their own module without importing
    # spaCy (half a second or more): a rebuild resolves its few new articles in
    # a process that never needs the model.
    spec = importlib.util.find_spec("spacy")
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / "en" / "stop_words.py"
    return frozenset(runpy.run_path(str(path))["STOP_WORDS"])


def _capitalised_words(text: str):
    """(start, end, possessive, opens_sentence) of each capitalised word."""
    for m in _WORD.finditer(text):
        start, end = m.span()
        if not (text[start].isupper() or ARABIC_ARTICLE_NAME.match(text, start, end) or ELIDED_PARTICLE_NAME.match(text, start, end)) \
                or (text.find("-", start, end) > 0 and NAME_ADJECTIVE.fullmatch(text, start, end)):
            yield start, end, None, False
            continue
        possessive = text[start:end].endswith(("'s", "’s"))
        if possessive:
            end -= 2
        yield start, end, possessive, bool(_OPENS_SENTENCE.search(text[max(0, start - 4) : start]))


def capitalised_runs(text: str, openers: frozenset = frozenset(), name_possessives: frozenset = frozenset(),
                     known=frozenset(), body_words: frozenset = frozenset(), purpose_words: frozenset = frozenset(),
                     nationalities=frozenset(), titles=frozenset()) -> list[tuple[int, int]]:
    """Runs of capitalised words joined by single spaces: candidate proper names.

    They stand in for a part-of-speech tagger's proper-noun runs, which cost as
    much as the entity recogniser itself. The resolver decides what a run is;
    here we only avoid runs that are plainly not names:
    - leading function words and `openers` (sentence adverbs: "Later") are
      dropped ("But Marbek" -> "Marbek"), not capitalised abbreviations
      that spell one ("AT Halvex"), nor a plural opener before a body's word
      of `body_words` that ends the run ("Investors Bank", "Villagers FC");
    - particles join capitalised words ("Defensoría del Pueblo", "Ruiz de
      Velasco", "Wijk aan Zee"), and so do "of" and "of the" after a body's
      word of `body_words` ("Quito Chamber of Commerce"), "for" and "for the"
      after a body named for a purpose, `purpose_words` ("Alliance for the
      Republic");
    - a possessive ends a run ("Varenia's Tarvos" -> "Varenia", "Tarvos"),
      but not a plural one inside a name ("Brewers' Association"), one of
      `name_possessives` ("the Supreme People's Procuracy"), nor a title's
      (lowercase `titles`) before a body's word ("the Orvel District
      Attorney's Office");
    - a lone word that opens a sentence counts only if the text also
      capitalises it mid-sentence ("Mobile phones ..." is not a city), or
      its name key is `known` (a well-known body: "Glencore, the Swiss group",
      "UNICEF welcomed ..."; not an acronym the text also writes in brackets,
      which stands for the name before the bracket: "(ICC)"), or it is one of
      `nationalities` ("Lithuanian officials said ...");
    - in a title-case line (a headline) only words the prose capitalises
      mid-sentence count ("Floods Around Marbek" -> "Marbek");
    - "and" joins two runs into one body's name when the first follows "the"
      and holds no body's word, and the second ends in one ("the Competition
      and Consumer Protection Tribunal", "the Mongolian Wool and Cashmere
      Association").
    """
    lines: list[list[tuple[int, int, bool | None, bool]]] = []
    line_start = 0
    for line in text.split("\n"):
        lines.append([(s + line_start, e + line_start, p, o) for s, e, p, o in _capitalised_words(line)])
        line_start += len(line) + 1
    headline = [len(ws) >= 3 and sum(p is not None for _, _, p, _ in ws) >= _TITLE_CASE_SHARE * len(ws) for ws in lines]
    mid_sentence = {text[s:e] for ws, h in zip(lines, headline) if not h for s, e, p, o in ws if p is not None and not o}

    runs: list[list[tuple[int, int]]] = []
    for words, is_headline in zip(lines, headline):
        current: list[tuple[int, int]] = []
        for start, end, possessive, _ in words:
            if possessive is None or (is_headline and text[start:end] not in mid_sentence):
                if possessive is None and current and not is_headline and (text[start:end] in _PARTICLE_WORDS or (
                        text[start:end] in _BODY_JOINERS and _joins_body(text, current, text[current[-1][1] : end] + " ", body_words, purpose_words))):
                    continue  # "del" in "Defensoría del Pueblo", "of" in "Quito Chamber of Commerce": the next word decides
                current = _close(runs, current)
                continue
            gap = text[current[-1][1] : start] if current else ""
            # "Brewers' Association": a plural possessive inside a name does not end it.
            if not (gap == " " or (gap in ("' ", "’ ") and text[current[-1][1] - 1] == "s") or _PARTICLE_GAP.fullmatch(gap)
                    or _joins_body(text, current, gap, body_words, purpose_words)
                    or (gap in ("'s ", "’s ") and (text[current[-1][0] : current[-1][1]] in name_possessives
                                                   or _title_owns_body(text, current, current[-1][1], titles, body_words)))):
                current = _close(runs, current)
            current.append((start, end))
            if possessive and text[start:end] not in name_possessives and not _title_owns_body(text, current, end, titles, body_words):
                current = _close(runs, current)
        _close(runs, current)
    runs = _joined_at_and(text, runs, body_words)

    out = []
    stop_words = _stop_words()
    for run in runs:
        # ("AT Halvex": a stop word in capitals is an abbreviation, and stays)
        while run and (text[run[0][0] : run[0][1]].lower() in stop_words and not (text[run[0][0] : run[0][1]].isupper() and run[0][1] - run[0][0] > 1)
                       or (text[run[0][0] : run[0][1]] in openers
                           and not (len(run) > 1 and text[run[0][1] - 1] == "s" and text[run[-1][0] : run[-1][1]] in body_words))):
            run = run[1:]
        if not run:
            continue
        start, end = run[0][0], run[-1][1]
        word = text[start:end]
        if len(run) == 1 and word not in mid_sentence and word not in nationalities \
                and (name_key(word) not in known or (word.isupper() and f"({word})" in text)):
            continue
        out.append((start, end))
    return out


def _joins_body(text: str, current: list, gap: str, body_words: frozenset, purpose_words: frozenset) -> bool:
    """Whether `gap` (" of ", " of the ", " for ", " for the ") goes on with the name of the run so far:
    "of" after any body's word in it, "for" after a body named for a purpose (purpose_words)."""
    if _BODY_GAP.fullmatch(gap) is None:
        return False
    words = body_words if gap.startswith(" of") else purpose_words
    return any(text[s:e] in words for s, e in current)


def _title_owns_body(text: str, current: list, end: int, titles: frozenset, body_words: frozenset) -> bool:
    """The run so far ends in a title (one word or two) whose possessive a body's word follows:
    "District Attorney" + "'s Office"."""
    after = re.match(r"['’]s ([^\W\d_][\w’'-]*)", text[end : end + 40])
    if not titles or after is None or after.group(1) not in body_words:
        return False
    words = [text[s:e].lower() for s, e in current[-2:]]
    return words[-1] in titles or " ".join(words) in titles


_THE_BEFORE_RUN = re.compile(r"(?:^|(?<=[^\w’'-]))[Tt]he $")


def _joined_at_and(text: str, runs: list, body_words: frozenset) -> list:
    """Runs A and B with only " and " between them are one name (see capitalised_runs) when A
    opens with "The" or follows "the" and holds no body's word, and B ends in a body's word.
    (Without "the", two names listed: "Tarsk and Orvel Mining Company".)"""
    out: list = []
    for run in runs:
        if out and text[out[-1][-1][1] : run[0][0]] == " and " and text[run[-1][0] : run[-1][1]] in body_words:
            first = out[-1]
            words = [text[s:e] for s, e in first]
            opened = words[0] in ("The", "the") or _THE_BEFORE_RUN.search(text, max(0, first[0][0] - 4), first[0][0])
            name = " ".join(w for w in words if w not in ("The", "the"))
            if opened and name and not any(w in body_words for w in words):
                out[-1] = first + run
                continue
        out.append(run)
    return out


def _close(runs: list, current: list) -> list:
    if current:
        runs.append(current)
    return []
