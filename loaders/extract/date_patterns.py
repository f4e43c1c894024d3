"""The table of date patterns and what its handlers share.

Every date expression :func:`dates.find_dates` reads is a regex registered here with
:func:`_pattern` beside a handler turning its match into a partial date ``(year, month,
day)`` (:data:`_Part`, parts may be None) and the end of its range; the explicit
expressions register in :mod:`explicit_dates`, the relative ones in :mod:`relative_dates`
and :mod:`named_days`, in that order (the order breaks ties between expressions of one
span). Also here: the vocabulary the patterns are written with (month and weekday names,
counts, units, the guards around a day or a year) and the day arithmetic of relative
expressions. Pure and regex based: no model, no I/O.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

# A partial date: (year, month, day) where month and day may be None; year may be None
# while a date is still waiting for the publication year.
_Part = tuple[int | None, int | None, int | None]

# ---------------------------------------------------------------------------- vocabulary

# Month names, lower-case, and their numbers; weekday names in week order (Monday first, as
# ``date.weekday()`` counts). Public: the day readers, the readers that must not take a date
# for part of a name (fronted_dates, conjoined_places, org_tails, toll_named) and every other
# reader that names a weekday or a month in its patterns or word sets spell the calendar from these.
MONTH_NUMBERS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
# Abbreviated month names and their numbers ("may" is a full name, in MONTH_NUMBERS).
MONTH_ABBREVS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Short weekday names as headings and logs write them ("Tue 3 June", "Thurs."); no day reader
# takes them for a date, only the readers of a line that stamps a day (layout).
WEEKDAY_ABBREVS = ("mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun")
# Every short form of a month in calendar order, "sep" before "sept" ("may" among them): the
# readers that spell a month by its stem and any ending after it ("Sept.", "Dec") alternate these.
_SHORT = {**MONTH_ABBREVS, "may": 5}
MONTH_STEMS = tuple(sorted(_SHORT, key=lambda a: (_SHORT[a], len(a))))
# Every month word, full or short ("december", "dec", "sept"), longest first so that an
# alternation of them takes a whole name before its short form: the readers that take a month
# only as it is written (not by its stem and any ending) alternate these.
MONTH_WORDS = tuple(sorted((*MONTH_NUMBERS, *MONTH_ABBREVS), key=len, reverse=True))


def _cased(words: list[str]) -> str:
    """Alternation of Title-case and UPPER-case forms (month names are proper nouns)."""
    forms = sorted({w.title() for w in words} | {w.upper() for w in words}, key=len, reverse=True)
    return "|".join(forms)


_FULL = rf"(?:{_cased(list(MONTH_NUMBERS))})"
# Any month name, abbreviations (with an optional dot) included.
_MON = rf"(?P<mon>{_FULL}|(?:{_cased(list(MONTH_ABBREVS))})\.?)(?![\w])"
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_FULLMON = rf"(?P<mon>{_FULL})(?![\w])"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})(?![\d])"
_YEAR2 = r"(?P<year2>(?:19|20)\d{2})(?![\d])"
# A day or year must not run on into a number, time, measure or age.
_NOT_MEASURE = r"(?!\d|:\d|\.\d|\s*(?:%|GMT|UTC|LT\b|hrs\b|h\b|am\b|pm\b|a\.m\.|p\.m\.)|-(?:km|year|month|day|week))"
_NOT_NUMBER_BEFORE = r"(?<![\d,.:/\-–])"
# Named days that are proper names, not dates ("the 17 February Revolution").
_NOT_NAME_AFTER = (
    r"(?!\s+(?:Revolution|Brigades?|Battalions?|Movement|Martyrs|Coalition|Street|Square|Bridge"
    r"|Uprising|Front|Camp|Hospital|Road|Stadium|University|Forces)\b)"
)
_DASH = r"\s*(?:-|–|—|to|until|till|through|and)\s*"
_WEEKDAY = rf"(?P<wd>{_cased(list(WEEKDAYS))})(?!s?\w)"
_WEEKDAY_PREFIX = rf"(?:(?:{_cased(list(WEEKDAYS))}),?\s+(?:the\s+)?)?"
_PART_OF_DAY = r"(?:\s+(?i:morning|afternoon|evening|night))?"

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "few": 3, "couple of": 2,
    "several": 3,
}
_COUNT = r"(?P<n>\d{1,4}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNIT = r"(?P<unit>hours?|days?|nights?|weeks?|months?|years?)"


def _count(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBER_WORDS[text.lower()]


def _month(text: str) -> int:
    key = text.rstrip(".").lower()
    return MONTH_NUMBERS.get(key) or MONTH_ABBREVS[key]


# ---------------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class _Found:
    """A date expression before year filling: start and optional end of range."""

    start: int
    end: int
    lo: _Part
    hi: _Part | None = None
    relative: bool = False
    kind: str = "abs"  # abs (explicit), rel (relative), weekday


_Handler = Callable[[re.Match[str], dt.date | None], "tuple[_Part, _Part | None] | None"]
_PATTERNS: list[tuple[re.Pattern[str], _Handler, str, str | None]] = []
# What a pattern cannot match without; a text lacking it skips the pattern.
_NEEDS = {
    "digit": re.compile(r"\d"),
    "month": re.compile(rf"\b(?:{_FULL}|(?:{_cased(list(MONTH_ABBREVS))}))\b"),
    "weekday": re.compile(rf"(?i:{'|'.join(WEEKDAYS)})"),
    "today": re.compile(r"(?i:today|tonight|this\s+(?:morning|afternoon|evening))"),
    "yesterday": re.compile(r"(?i:yesterday|last\s+night)"),
    "weekend": re.compile(r"(?i:weekend)"),
    "week": re.compile(r"(?i:week|days)"),
    "month_or_year": re.compile(r"(?i:month|year)"),
    "past": re.compile(r"(?i:past|last|previous)"),
    "ago": re.compile(r"(?i:\bago\b)"),
    "week_part": re.compile(r"(?i:mid-?week|(?:beginning|start|middle|end|early|late|mid)\S*\s+(?:of|in|this|the))"),
}


def _pattern(regex: str, kind: str = "abs", needs: str | None = None) -> Callable[[_Handler], _Handler]:
    """Register a handler turning a match into (lo, hi), or None to reject it."""

    need = needs
    if need is None and kind == "weekday":
        need = "weekday"
    elif need is None and kind == "abs":
        # Explicit dates name a month or else are made of digits.
        need = "month" if "January" in regex else "digit"

    def register(handler: _Handler) -> _Handler:
        _PATTERNS.append((re.compile(regex), handler, kind, need))
        return handler

    return register


def _ymd(m: re.Match[str], year: str = "year", mon: str = "mon", day: str = "day") -> _Part:
    gd = m.groupdict()
    return (
        int(gd[year]) if gd.get(year) else None,
        _month(gd[mon]) if gd.get(mon) else None,
        int(gd[day]) if gd.get(day) else None,
    )


_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_THIRD_WORDS = {
    "early": "early", "mid": "mid", "late": "late", "the beginning of": "early",
    "the start of": "early", "the middle of": "mid", "the end of": "late",
}
_THIRD = r"(?P<third>(?i:early|mid|late)(?:-|\s+)|(?i:the\s+(?:beginning|start|middle|end)\s+of)\s+)"


def _third_days(m: re.Match[str]) -> tuple[int, int]:
    """The first and last day of the third of a month that a match's ``third`` group names
    ("early": 1-10, "mid": 11-20, "late": 21-31, clipped to the month later)."""
    return _THIRDS[_THIRD_WORDS[" ".join(m["third"].strip(" -").lower().split())]]


def _third_months(m: re.Match[str]) -> tuple[int, int]:
    """The first and last month of the third of a year that a match's ``third`` group names
    ("early": 1-4, "mid": 5-8, "late": 9-12)."""
    start = {1: 1, 11: 5, 21: 9}[_third_days(m)[0]]
    return start, start + 3


# ---------------------------------------------------------------------------- relative


def _day_part(day: dt.date) -> _Part:
    return day.year, day.month, day.day


def _rel(lo: dt.date, hi: dt.date | None = None) -> tuple[_Part, _Part | None]:
    return _day_part(lo), (_day_part(hi) if hi is not None and hi != lo else None)


def _back(pub: dt.date, n: int, unit: str, up: bool) -> dt.date:
    """The day ``n`` units before ``pub``; hours round up to whole days ("72 hours": 3)."""
    if unit.startswith("hour"):
        return pub - dt.timedelta(days=max(1, -(-n // 24)) if up else n // 24)
    if unit.startswith(("day", "night")):
        return pub - dt.timedelta(days=n)
    if unit.startswith("week"):
        return pub - dt.timedelta(days=7 * n)
    if unit.startswith("month"):
        months = pub.year * 12 + pub.month - 1 - n
        year, month = divmod(months, 12)
        return dt.date(year, month + 1, min(pub.day, calendar.monthrange(year, month + 1)[1]))
    year = pub.year - n
    return dt.date(year, pub.month, min(pub.day, calendar.monthrange(year, pub.month)[1]))


def _granularity(part: _Part) -> str:
    return "year" if part[1] is None else "month" if part[2] is None else "day"


def iso_precision(date: str) -> str:
    """The precision an ISO date is written to: "day" ("2024-05-03"), "month" ("2024-05"),
    else "year"; for a date counted or copied without its precision."""
    return {10: "day", 7: "month"}.get(len(date), "year")
