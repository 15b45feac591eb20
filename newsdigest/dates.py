"""Finding publication dates in datelines, metadata and file names."""

from __future__ import annotations

import re
from datetime import datetime

from dateutil import parser as dateparser

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2}|UTC|GMT))?)?"
DATE_RE = re.compile(
    r"(?P<date>"
    + _WEEKDAY
    + r"(?:"
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:" + _MONTHS + r")\.?,?\s+\d{4}" + _TIME +
    r"|(?:" + _MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}" + _TIME +
    r"))",
    re.IGNORECASE,
)
_FILENAME_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-_.]?(?P<m>0[1-9]|1[0-2])[-_.]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")


def parse_date(text: str) -> datetime | None:
    """Parse one date expression; None when it is not a plausible date."""
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip(), flags=re.IGNORECASE)
    text = re.sub(r"\bat\b", " ", text, flags=re.IGNORECASE)
    try:
        value = dateparser.parse(text, fuzzy=False, dayfirst=False)
    except (ValueError, OverflowError):
        return None
    if not 1990 <= value.year <= 2100:
        return None
    return value


def dateline_date(line: str) -> datetime | None:
    """The date of a line that is nothing but a date (labels allowed)."""
    match = DATE_RE.search(line)
    if not match:
        return None
    rest = (line[: match.start()] + line[match.end():]).strip(" \t-–—|·,:()")
    # Only a dateline when the date is most of the line (a label at most).
    if len(rest.split()) > 3:
        return None
    return parse_date(match.group("date"))


def filename_date(name: str) -> datetime | None:
    match = _FILENAME_DATE.search(name)
    if not match:
        return None
    try:
        return datetime(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None


def iso(value: datetime) -> str:
    """ISO 8601 without microseconds; naive dates stay naive (site time zone)."""
    value = value.replace(microsecond=0)
    # The outlet's own UTC offset is kept: it is part of the dateline.
    return value.isoformat()
