"""Classifying one line (or HTML block) of scraped text.

A line is either body text, boilerplate to drop, or metadata (byline, editor,
dateline, source, original URL) that moves into the article's header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdigest.dates import dateline_date
from newsdigest.rules import Rules

_NAME_PARTICLES = {"de", "da", "del", "der", "van", "von", "al", "el", "bin", "ibn", "la", "le", "di", "du", "dos", "ben", "abu", "y"}
# Small words allowed inside an outlet's name ("Times of India", "News & Star").
_NAME_CONNECTORS = {"of", "the", "and", "&", "for", "de", "du", "la", "le", "el", "al", "on", "in", "—", "–", "-", "|"}
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.)$")
_SEGMENT_SPLIT = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")


@dataclass
class LineInfo:
    kind: str  # "body", "boilerplate", "byline", "editor", "date", "source", "url", "meta"
    value: object = None
    family: str | None = None
    # For lines that mix several metadata (a byline and a date), each part.
    parts: tuple = ()


def split_names(value: str) -> list[str] | None:
    """Names in a byline value, or None when it does not read as names."""
    value = re.sub(r"\s+", " ", value).strip(" .,:;")
    if not value or len(value) > 100:
        return None
    parts = [p.strip() for p in re.split(r",\s*|\s+(?:and|&)\s+", value) if p.strip()]
    names = []
    for part in parts:
        tokens = part.split()
        if not 1 <= len(tokens) <= 5:
            return None
        capitals = [t for t in tokens if t.lower() not in _NAME_PARTICLES]
        if not capitals or not all(_NAME_TOKEN.match(t) for t in capitals):
            return None
        names.append(part)
    return names


def _classify_segment(text: str, rules: Rules) -> LineInfo | None:
    editor = rules.metadata_value("editor", text)
    if editor is not None:
        names = split_names(editor)
        if names:
            return LineInfo("editor", names[0])
    byline = rules.metadata_value("byline", text)
    if byline is not None:
        names = split_names(byline)
        if names:
            return LineInfo("byline", names)
    url = rules.metadata_value("original_url", text)
    if url is not None:
        return LineInfo("url", url)
    labelled = rules.metadata_value("dateline", text)
    if labelled is not None:
        when = dateline_date(labelled)
        if when is not None:
            return LineInfo("date", when)
    when = dateline_date(text)
    if when is not None and len(text) < 80:
        return LineInfo("date", when)
    source = rules.metadata_value("source", text)
    if source is not None and looks_like_source_line(source.rstrip(".")):
        return LineInfo("source", rules.strip_source_suffix(source.rstrip(".")))
    return None


def classify(text: str, rules: Rules) -> LineInfo:
    text = text.strip()
    if not text:
        return LineInfo("boilerplate", family="blank")
    if len(text) <= 200:
        info = _classify_segment(text, rules)
        if info:
            return info
        segments = [s for s in _SEGMENT_SPLIT.split(text) if s.strip()]
        if len(segments) > 1:
            infos = [_classify_segment(s.strip(), rules) for s in segments]
            if all(infos):
                return LineInfo("meta", parts=tuple(infos))
    family = rules.boilerplate_family(text)
    if family:
        return LineInfo("boilerplate", family=family)
    return LineInfo("body")


def looks_like_source_line(text: str) -> bool:
    """A short, title-cased line without sentence punctuation: an outlet name."""
    words = text.split()
    if not 1 <= len(words) <= 10 or len(text) > 90:
        return False
    if _SENTENCE_END.search(text) or text.endswith(":"):
        return False
    if not words[0][:1].isupper():
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_CONNECTORS)
    return capitalised == len(words)


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.strip()))

