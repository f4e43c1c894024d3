"""Dates in report text: explicit ones, and ones relative to the publication date.

:func:`find_dates` reads a sentence (or any string) and returns every date expression it
recognises as a :class:`DateMention`: its span, an ISO date (``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD``), the end of the range where the text names one, and a precision.

Conventions, chosen to match how conflict reports are written and coded:

- Numeric dates are read day first (``05/04/2019`` is 5 April), as in most reports
  written outside the US; they are read month first only when the day-first reading is
  impossible (``04/25/2019``). :func:`find_dates` takes ``dayfirst=False`` for US sources.
- A date without a year takes the publication year, moved back a year if that would put
  it more than a month after publication (a January report speaking of "December 28"
  means last December). Without a publication date such dates are skipped, as are
  relative expressions ("yesterday", "on Monday", "last weekend").
- Weekdays name the most recent such day on or before publication ("on Tuesday" in a
  Tuesday report is that day); "last Tuesday" is strictly before publication.
- "since X" is a range from X to the publication date; "early/mid/late May" are the
  days 1-10, 11-20 and 21-end; "early/mid/late 2019" the months 1-4, 5-8 and 9-12.
- Month names count only when capitalised and next to a day, a year or a preposition
  ("in May"), so the modal verb ("forces may attack") and the noun ("a march") are not
  dates; abbreviations ("Sept") count only next to a day or year. Four-digit numbers
  count as years only after a preposition ("in 2018"), in ranges, or with a month, so
  times ("1145 GMT") and counts are not dates.

Explicit dates are read here, relative ones in :mod:`relative_dates` (same pattern table).
Everything here is pure and regex based: no model, no I/O; a sentence costs a few
microseconds per pattern.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from sitgraph.errors import SitgraphError
from sitgraph.loaders.extract.rules import branch, enabled, event_dates, nothing, rule

__all__ = ["DateError", "DateMention", "find_dates", "parse_iso", "find_date_spans", "shift_back"]


class DateError(SitgraphError):
    """A date given to this module (such as a publication date) is not ISO."""


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a string.

    ``start``/``end`` are offsets into the string given to :func:`find_dates` and
    ``text`` is ``string[start:end]``. ``date`` is ISO (``YYYY-MM-DD``, ``YYYY-MM`` or
    ``YYYY``), the start of the range when there is one; ``date_end`` is the ISO end of
    the range or None. ``precision`` is ``"day"``, ``"month"``, ``"year"`` or
    ``"range"``. ``relative`` is True when the value depends on the publication date
    (relative expressions, dates without a year, ranges running up to publication).
    """

    start: int
    end: int
    text: str
    date: str
    date_end: str | None
    precision: str
    relative: bool


# ---------------------------------------------------------------------------- ISO values

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

# A partial date: (year, month, day) where month and day may be None; year may be None
# while a date is still waiting for the publication year.
_Part = tuple[int | None, int | None, int | None]


def parse_iso(value: str) -> tuple[int, int | None, int | None]:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a time after the day, ``T08:00`` or
    `` 08:00``, is ignored) into ``(year, month, day)`` with None for missing parts.

    Raises :class:`DateError` when the value is not such a date. Cost: one regex match.
    """
    text = value.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}[T\s]\d", text):
        text = text[:10]  # "2019-05-07T08:00Z", "2019-05-07 08:00": the day is what counts
    match = _ISO.match(text)
    if not match:
        raise DateError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError as exc:
        raise DateError(f"not a valid date: {value!r}") from exc
    return year, month, day  # type: ignore[return-value]


def format_iso(year: int, month: int | None = None, day: int | None = None) -> str:
    """ISO text for a partial date: ``2019``, ``2019-05`` or ``2019-05-07``."""
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _published(value: str | dt.date | None) -> tuple[dt.date | None, int | None]:
    """The publication day (None unless known to the day) and year (None if unknown)."""
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), value.year
    if isinstance(value, dt.date):
        return value, value.year
    year, month, day = parse_iso(value)
    if month is not None and day is not None:
        return dt.date(year, month, day), year
    return None, year


# ---------------------------------------------------------------------------- vocabulary

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
_ABBREV = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _cased(words: list[str]) -> str:
    """Alternation of Title-case and UPPER-case forms (month names are proper nouns)."""
    forms = sorted({w.title() for w in words} | {w.upper() for w in words}, key=len, reverse=True)
    return "|".join(forms)


_FULL = rf"(?:{_cased(list(_MONTHS))})"
# Any month name, abbreviations (with an optional dot) included.
_MON = rf"(?P<mon>{_FULL}|(?:{_cased(list(_ABBREV))})\.?)(?![\w])"
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
_WEEKDAY = rf"(?P<wd>{_cased(list(_WEEKDAYS))})(?!s?\w)"
_WEEKDAY_PREFIX = rf"(?:(?:{_cased(list(_WEEKDAYS))}),?\s+(?:the\s+)?)?"
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
    return _MONTHS.get(key) or _ABBREV[key]


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
    "month": re.compile(rf"\b(?:{_FULL}|(?:{_cased(list(_ABBREV))}))\b"),
    "weekday": re.compile(rf"(?i:{'|'.join(_WEEKDAYS)})"),
    "today": re.compile(r"(?i:today|tonight|this\s+(?:morning|afternoon|evening))"),
    "yesterday": re.compile(r"(?i:yesterday|last\s+night)"),
    "weekend": re.compile(r"(?i:weekend)"),
    "week": re.compile(r"(?i:week|days)"),
    "month_or_year": re.compile(r"(?i:month|year)"),
    "past": re.compile(r"(?i:past|last|previous)"),
    "ago": re.compile(r"(?i:\bago\b)"),
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


# ISO and numeric dates.
@_pattern(rf"{_NOT_NUMBER_BEFORE}\b{_YEAR}[-/](?P<m>\d{{1,2}})[-/](?P<d>\d{{1,2}})\b(?![\d/-])")
@rule("date.iso", "an ISO date ('2023-11-12')",
      pos=[("Gunmen killed three villagers in Kano on 2023-11-12.", (("2023-11-12", None),))],
      neg=[("Gunmen killed three villagers in Kano on November 12.", (("2023-11-12", None),))],
      probe=event_dates, off=nothing)
def _iso(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None]:
    return (int(m["year"]), int(m["m"]), int(m["d"])), None


@_pattern(
    rf"{_NOT_NUMBER_BEFORE}\b(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)"
    rf"(?P<y>(?:19|20)\d{{2}}|\d{{2}})\b(?![\d/.]\d)",
    "numeric",
    "digit",
)
@rule("date.numeric", "a numeric date, day first unless impossible ('12/11/2023')",
      pos=[("Gunmen killed three villagers in Kano on 12/11/2023.", (("2023-11-12", None),))],
      neg=[("Gunmen killed three villagers in Kano on November 12.", (("2023-11-12", None),))],
      probe=event_dates, off=nothing)
def _numeric(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None] | None:
    # Returned as (year, first, second); _candidates orders day and month.
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    if len(y) == 2 and m["sep"] != "/":
        return None
    return (int(y) if len(y) == 4 else 2000 + int(y), a, b), None


# Day ranges within a month: "1-6 January 2019", "between 4 and 6 May", "January 1-6, 2019".
@_pattern(
    rf"(?:(?i:between|from)\s+)?{_NOT_NUMBER_BEFORE}\b{_DAY}{_DASH}{_DAY2}(?:\s+of)?\s+{_MON}"
    rf"(?:,?\s+{_YEAR})?{_NOT_MEASURE}{_NOT_NAME_AFTER}"
)
@_pattern(
    rf"{_MON}\s+{_DAY}{_DASH}{_DAY2}\b(?:,?\s+{_YEAR})?{_NOT_MEASURE}"
)
@rule("date.day-range", "a range of days in one month ('November 10-12', 'between 10 and 12 November')",
      pos=[("Gunmen killed three villagers in Kano between November 10 and 12.", (("2023-11-10", "2023-11-12"),))],
      neg=[("Gunmen killed three villagers in Kano on November 12.", (("2023-11-12", None),))],
      probe=event_dates, off=nothing)
def _day_range(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, _Part] | None:
    lo, hi = _ymd(m), _ymd(m, day="day2")
    if lo[2] is None or hi[2] is None or not lo[2] < hi[2]:
        return None
    return lo, hi


# Single days: "5 May", "on 5 May 2019", "the 5th of May", "Monday, 6 May 2019".
@_pattern(
    rf"{_WEEKDAY_PREFIX}(?:the\s+)?{_NOT_NUMBER_BEFORE}\b{_DAY}(?:\s+of)?\s+{_MON}"
    rf"(?:,?\s+{_YEAR})?{_NOT_MEASURE}{_NOT_NAME_AFTER}"
)
# "May 5", "May 5th, 2019", "Monday, May 6".
@_pattern(rf"{_WEEKDAY_PREFIX}{_MON}\s+{_DAY}\b(?:,?\s+{_YEAR})?{_NOT_MEASURE}{_NOT_NAME_AFTER}")
@rule("date.day", "a month and day, with or without year or weekday ('Sunday, November 12')",
      pos=[("Gunmen killed three villagers in Kano on November 12.", (("2023-11-12", None),))],
      neg=[("Gunmen killed three villagers in Kano on 2023-11-12.", (("2023-11-12", None),))],
      probe=event_dates, off=nothing)
def _day(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None]:
    return _ymd(m), None


# Months: "March 2019", "March of 2019", "2019 May" (as coders write it).
@_pattern(rf"{_MON}(?:,?\s+of)?,?\s+{_YEAR}{_NOT_MEASURE}")
@_pattern(rf"{_NOT_NUMBER_BEFORE}\b{_YEAR}\s+{_FULLMON}(?!\s+\d)")
@rule("date.month-year", "a month and year ('October 2023', '2023 October')",
      pos=[("Gunmen killed three villagers in Kano in October 2023.", (("2023-10", None),))],
      neg=[("Gunmen killed three villagers in Kano in 2023.", (("2023", None),))],
      probe=event_dates, off=nothing)
def _month_year(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None]:
    return _ymd(m), None


_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_THIRD_WORDS = {
    "early": "early", "mid": "mid", "late": "late", "the beginning of": "early",
    "the start of": "early", "the middle of": "mid", "the end of": "late",
}
_THIRD = r"(?P<third>(?i:early|mid|late)(?:-|\s+)|(?i:the\s+(?:beginning|start|middle|end)\s+of)\s+)"


# "early May", "mid-March 2019", "the end of April".
@_pattern(rf"{_THIRD}{_MON}(?:,?\s+(?:of\s+)?{_YEAR})?(?!\s+\d)")
@rule("date.third-of-month", "'early/mid/late October': days 1-10, 11-20, 21-end",
      pos=[("Gunmen killed three villagers in Kano in early November.", (("2023-11-01", "2023-11-10"),))],
      neg=[("Gunmen killed three villagers in Kano in November.", (("2023-11", None),))],
      probe=event_dates, off=nothing)
def _third_of_month(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, _Part]:
    key = " ".join(m["third"].strip(" -").lower().split())
    first, last = _THIRDS[_THIRD_WORDS[key]]
    year, month, _ = _ymd(m)
    return (year, month, first), (year, month, last)  # last clipped to the month later


_WEEK_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


# "the first week of May", "the last week of March 2019".
@_pattern(
    rf"(?i:the\s+)(?P<nth>(?i:first|second|third|fourth|last))\s+(?i:week)\s+of\s+{_MON}"
    rf"(?:,?\s+{_YEAR})?(?!\s+\d)"
)
@rule("date.week-of-month", "'the first week of November': that week's days",
      pos=[("Gunmen killed three villagers in Kano in the first week of November.", (("2023-11-01", "2023-11-07"),))],
      neg=[("Gunmen killed three villagers in Kano in November.", (("2023-11", None),))],
      probe=event_dates, off=nothing)
def _week_of_month(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, _Part]:
    year, month, _ = _ymd(m)
    nth = m["nth"].lower()
    if nth == "last":
        # Days 22 to the end; clipped to the month's length when the year is known.
        return (year, month, 22), (year, month, 31)
    first = 1 + 7 * _WEEK_NTH[nth]
    return (year, month, first), (year, month, first + 6)


# "early 2019", "the end of 2018".
@_pattern(rf"{_THIRD}{_YEAR}{_NOT_MEASURE}")
@rule("date.third-of-year", "'early/mid/late 2022': months 1-4, 5-8, 9-12",
      pos=[("Gunmen killed three villagers in Kano in early 2023.", (("2023-01", "2023-04"),))],
      neg=[("Gunmen killed three villagers in Kano in 2023.", (("2023", None),))],
      probe=event_dates, off=nothing)
def _third_of_year(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, _Part]:
    key = " ".join(m["third"].strip(" -").lower().split())
    first, _ = _THIRDS[_THIRD_WORDS[key]]
    start = {1: 1, 11: 5, 21: 9}[first]
    return (int(m["year"]), start, None), (int(m["year"]), start + 3, None)


# A bare month after a preposition: "in May", "since last September", "by March".
_MONTH_PREP = r"(?i:in|since|during|throughout|until|till|by|from|before|after|between|of|to|and|through)"


@_pattern(rf"\b(?:{_MONTH_PREP}\s+)(?P<body>(?P<mod>(?i:last|this|past)\s+)?{_FULLMON})(?!,?\s+(?:\d|of\s+\d))")
@rule("date.bare-month", "a capitalised month after a preposition ('in October') in the publication year",
      pos=[("Gunmen killed three villagers in Kano in October.", (("2023-10", None),))],
      neg=[("Gunmen killed three villagers in Kano in October 2023.", (("2023-10", None),))],
      probe=event_dates, off=nothing)
def _bare_month(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None] | None:
    month = _month(m["mon"])
    mod = (m["mod"] or "").strip().lower()
    if mod in ("last", "past"):
        if pub is None:
            return None
        year = pub.year if month < pub.month else pub.year - 1
        return (year, month, None), None
    if mod == "this":
        return (pub.year, month, None) if pub else (None, month, None), None
    return (None, month, None), None


# Years after a preposition ("in 2018", "since 2011"), year ranges ("2011-2019").
@_pattern(
    rf"(?:(?i:from|between)\s+)?{_NOT_NUMBER_BEFORE}\b{_YEAR}\s*(?:-|–|—|to|and|until)\s*{_YEAR2}{_NOT_MEASURE}"
)
@rule("date.year-range", "a range of years ('between 2019 and 2021', '2019-2021')",
      pos=[("Gunmen killed three villagers in Kano between 2022 and 2023.", (("2022", "2023"),))],
      neg=[("Gunmen killed three villagers in Kano in 2023.", (("2023", None),))],
      probe=event_dates, off=nothing)
def _year_range(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, _Part] | None:
    lo, hi = int(m["year"]), int(m["year2"])
    return ((lo, None, None), (hi, None, None)) if lo < hi else None


_YEAR_PREP = r"(?i:in|since|during|throughout|until|till|by|before|after|from|around|of|the\s+year)"


# A year is not followed by what it would count ("in 2000 homes").
_COUNTED = (
    r"(?!\s*(?:-|–)\s*\d|\s+(?:people|persons|civilians|families|households|homes|houses|children|"
    r"refugees|fighters|troops|soldiers|cases|residents|individuals|men|women|units|tents)\b)"
)


@_pattern(rf"\b(?:{_YEAR_PREP}\s+)(?P<body>{_YEAR}){_NOT_MEASURE}{_COUNTED}")
@rule("date.year", "a year after a preposition ('in 2021'), not a count or a time",
      pos=[("Gunmen killed three villagers in Kano in 2023.", (("2023", None),))],
      neg=[("Gunmen killed three villagers in Kano in October 2021.", (("2021-10", None),))],
      probe=event_dates, off=nothing)
def _year(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None]:
    return (int(m["year"]), None, None), None


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


def shift_back(iso: str, n: int, unit: str) -> str:
    """ISO `iso` moved `n` units (days, weeks, months, years) back, at no finer precision
    than it had: "2015-03" less two months is "2015-01", "2013-01-28" less a day
    "2013-01-27"; days or weeks off a month or a year leave it as it is. Raises DateError
    on a value that is not ISO. Cost: constant."""
    y, m, d = parse_iso(iso)
    if d is not None:
        return _back(dt.date(y, m or 1, d), n, unit, False).isoformat()
    if m is not None and unit.startswith(("month", "year")):
        months = y * 12 + m - 1 - (n if unit.startswith("month") else 12 * n)
        return format_iso(months // 12, months % 12 + 1)
    if m is None and unit.startswith("year"):
        return format_iso(y - n)
    return iso


# ---------------------------------------------------------------------------- assembly


def _candidates(text: str, pub: dt.date | None, dayfirst: bool = True) -> Iterator[_Found]:
    present = {name: bool(regex.search(text)) for name, regex in _NEEDS.items()}
    for regex, handler, kind, needs in _PATTERNS:
        if needs is not None and not present[needs]:
            continue
        for match in regex.finditer(text):
            try:
                value = handler(match, pub)
            except (KeyError, ValueError):
                continue
            if value is None:
                continue
            lo, hi = value
            if kind == "numeric":
                lo, kind = _numeric_order(lo, pub, dayfirst), "abs"
            # A preposition that only licenses the date ("in 2018") is not part of it.
            start = match.start("body") if "body" in regex.groupindex else match.start()
            yield _Found(start, match.end(), lo, hi, kind != "abs", kind)


def _numeric_order(lo: _Part, pub: dt.date | None, dayfirst: bool) -> _Part:
    """(year, day, month) of a numeric date read as (year, first, second): in the order
    asked, unless only the other order is a date, or unless the asked order falls after
    publication and the other does not (a report dated 5 Dec telling of "11/12/2023" in the
    US way means 12 November)."""
    year, first, second = lo
    day, month = (first, second) if dayfirst else (second, first)
    if (month or 0) > 12 and (day or 0) <= 12:
        return year, day, month  # only the other reading is a date
    if enabled(NUMERIC_AFTER) and _after_unless_swapped(year, month, day, pub):
        return year, day, month
    return year, month, day


def _after_unless_swapped(year: int | None, month: int | None, day: int | None, pub: dt.date | None) -> bool:
    """Does (year, month, day) fall after `pub` while (year, day, month) does not?"""
    if pub is None or year is None or month is None or day is None or day > 12:
        return False
    try:
        return dt.date(year, month, day) > pub >= dt.date(year, day, month)
    except ValueError:
        return False


NUMERIC_AFTER = branch("date.numeric-not-after", "a numeric date whose usual reading falls after publication is "
                       "read the other way ('11/12/2023' in a 5 December report is 12 November)",
                       pos=[("Gunmen killed three villagers in Kano on 11/12/2023.", (("2023-11-12", None),))],
                       neg=[("Gunmen killed three villagers in Kano on 11/10/2023.", (("2023-10-11", None),))],
                       probe=event_dates, where="dates._numeric_order")


def _select(found: list[_Found]) -> list[_Found]:
    """Longest non-overlapping expressions, explicit ones before relative ones."""
    ranked = sorted(found, key=lambda f: (-(f.end - f.start), f.kind != "abs", f.start))
    taken: list[_Found] = []
    for f in ranked:
        if all(f.end <= t.start or f.start >= t.end for t in taken):
            taken.append(f)
    return sorted(taken, key=lambda f: f.start)


_JOIN = re.compile(r"^\s*(?:-|–|—|to|until|till|through|and)\s*$", re.I)
_SINCE = re.compile(r"(?i:\b(?:ever\s+)?since|\bfrom)\s+(?:the\s+(?:start|beginning)\s+of\s+)?$")
_WEEK_OF = re.compile(r"(?i:\b(?:during|in|over)\s+)?(?i:the\s+)?(?i:week)\s+(?i:of)\s+$")
_NIGHT_OF = re.compile(r"(?i:\b(?:on\s+)?the\s+(?:night|morning|evening|afternoon)\s+of)\s+$")
_OPEN = re.compile(r"(?i:\b(?:between|from))\s+$")


def _combine(text: str, found: list[_Found], pub: dt.date | None) -> list[_Found]:
    """Join explicit dates into ranges ("30 April to 5 May") and read "since X",
    "the week of X" and "the night of X" around a date."""
    out: list[_Found] = []
    i = 0
    while i < len(found):
        f = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and _joins(text, f, nxt):
            f = _range_of(text, f, nxt)
            i += 1
        out.append(_widen(text, f, pub))
        i += 1
    return out


def _joins(text: str, f: _Found, nxt: _Found) -> bool:
    """Do two explicit dates of one granularity form a range ("30 April to 5 May")? A
    bare "and" joins them only after "between" or "from"."""
    between = text[f.end : nxt.start]
    if not (f.hi is None and f.kind == nxt.kind == "abs" and _JOIN.match(between) is not None
            and (between.strip().lower() != "and" or _OPEN.search(text[: f.start]) is not None)):
        return False
    if nxt.hi is None and _granularity(f.lo) == _granularity(nxt.lo):
        return True
    # "between 24 March and early April 2021": a year-less start takes the end's year
    return f.lo[0] is None and nxt.lo[0] is not None and enabled(RANGE_YEAR)


RANGE_YEAR = branch("date.range-year", "a year-less start of a range ('between 24 March and early April 2021') takes "
                    "the year of its end, whatever the end's grain",
                    pos=[("Insurgents attacked Palma between 24 March and early April 2021, killing dozens of people.",
                          (("2021-03-24", "2021-04-10"),))],
                    neg=[("Insurgents attacked Palma between 24 March and 2 April 2021, killing dozens of people.",
                          (("2021-03-24", "2021-04-02"),))],
                    probe=event_dates, where="dates._joins")


def _range_of(text: str, f: _Found, nxt: _Found) -> _Found:
    """The range from `f` to `nxt`, taking "between"/"from" before it; a year-less start
    takes the end's year (the one before when it falls later in the year)."""
    lo = f.lo
    if lo[0] is None and nxt.lo[0] is not None:
        lo = (nxt.lo[0] - (1 if (lo[1], lo[2] or 0) > (nxt.lo[1], nxt.lo[2] or 0) else 0),) + lo[1:]
    opener = _OPEN.search(text[: f.start])
    start = opener.start() if opener else f.start
    return _Found(start, nxt.end, lo, nxt.hi or nxt.lo, f.relative or nxt.relative, "abs")


def _since(f: _Found, since: re.Match[str], pub: dt.date | None) -> _Found:
    """"since X": from X to publication (known only with a publication date)."""
    if pub is not None and f.kind != "rel":
        return _Found(since.start(), f.end, f.lo, _day_part(pub), True, f.kind)
    return f


def _week_of(f: _Found, week: re.Match[str]) -> _Found:
    """"the week of X": the seven days from a day X."""
    hi = f.hi
    if hi is None and _granularity(f.lo) == "day" and f.lo[0] is not None:
        hi = _day_part(dt.date(*f.lo) + dt.timedelta(days=6))  # type: ignore[arg-type]
    return replace(f, start=week.start(), hi=hi)


def _widen(text: str, f: _Found, pub: dt.date | None) -> _Found:
    """A date with the words before it that change what it spans: "since", "the week of",
    "the night of" ("from X" alone changes nothing)."""
    before = text[: f.start]
    since = _SINCE.search(before)
    if since and since.group(0).lower().strip().startswith(("since", "ever")):
        return _since(f, since, pub)
    if week := _WEEK_OF.search(before):
        return _week_of(f, week)
    if night := _NIGHT_OF.search(before):
        return replace(f, start=night.start())
    return f


def _granularity(part: _Part) -> str:
    return "year" if part[1] is None else "month" if part[2] is None else "day"


# A sentence speaking of what is to come: a year-less day after publication may be this year's.
_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|would|is\s+to|are\s+to|due|scheduled|planned|expected|set\s+to|upcoming|next|until|till"
    r"|deadline|from\s+\w+\s+on|starting|beginning|ahead\s+of|before|postponed|to\s+be\s+held)\b|['’]ll\b")
PAST_YEAR = branch("date.past-year", "a day and month without a year that would fall after publication, in a "
                   "sentence not speaking of the future, is last year's ('on 5 December' in a November report)",
                   pos=[("Gunmen killed three villagers in Kano on 5 December.", (("2022-12-05", None),))],
                   neg=[("Gunmen killed three villagers in Kano on 15 November.", (("2023-11-15", None),)),
                        ("Gunmen killed three villagers in Kano on 5 December 2022.", (("2022-12-05", None),))],
                   probe=event_dates, where="dates._fill_year")


def _fill_year(part: _Part, pub: dt.date | None, pub_year: int | None, future: bool = True) -> _Part | None:
    """Give a year-less date the publication year, or the one before when the date would
    fall more than a month after publication, or more than a day after it in a sentence
    that does not speak of the future (`future` False): what happened before its report."""
    if part[0] is not None:
        return part
    if pub_year is None:
        return None
    year = pub_year
    if pub is not None:
        month, day = part[1] or 1, part[2] or 1
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 29 February in a year without one
            candidate = dt.date(year, month, 28)
        ahead = 31 if future or not enabled(PAST_YEAR) else 1
        if candidate > pub + dt.timedelta(days=ahead):
            year -= 1
    return (year,) + part[1:]


def _valid(part: _Part) -> _Part | None:
    year, month, day = part
    if year is None:
        return None
    if month is None:
        return part
    if not 1 <= month <= 12:
        return None
    if day is None:
        return part
    last = calendar.monthrange(year, month)[1]
    return part if 1 <= day <= last else None


def _end_part(lo: _Part, hi: _Part) -> _Part:
    """A range's end with the start's year when it has none (the next year when it falls
    earlier in the year), and its day no later than its month's last: "late February"
    ends with the month, whatever its length."""
    if hi[0] is None:
        hi = (lo[0] + (1 if (hi[1] or 0, hi[2] or 0) < (lo[1] or 0, lo[2] or 0) else 0),) + hi[1:]  # type: ignore[operator]
    if hi[2] is not None and hi[1] is not None and hi[0] is not None:
        hi = (hi[0], hi[1], min(hi[2], calendar.monthrange(hi[0], hi[1])[1]))
    return hi


def _mention(text: str, f: _Found, pub: dt.date | None, pub_year: int | None) -> DateMention | None:
    """The mention a found expression gives, or None when its date (or its range's end)
    is not a real one or needs a publication year that is unknown."""
    lo = _fill_year(f.lo, pub, pub_year, future=_FUTURE.search(text) is not None)
    if lo is None:
        return None
    relative = f.relative or f.lo[0] is None
    hi = _end_part(lo, f.hi) if f.hi is not None else None
    lo = _valid(lo)
    hi = _valid(hi) if hi is not None else None
    if lo is None or (f.hi is not None and hi is None):
        return None
    date = format_iso(*lo)  # type: ignore[arg-type]
    date_end = format_iso(*hi) if hi is not None else None  # type: ignore[arg-type]
    if date_end == date:
        date_end = None
    precision = "range" if date_end else _granularity(lo)
    return DateMention(f.start, f.end, text[f.start : f.end], date, date_end, precision, relative)


def find_dates(
    text: str, published: str | dt.date | None, *, dayfirst: bool = True
) -> list[DateMention]:
    """Every date expression in ``text``, in order of position.

    ``published`` is the report's publication date (ISO string, ``datetime.date`` or
    None). Relative expressions and dates without a year are resolved against it and
    skipped when it is None (a year-only or year-month publication date still gives
    year-less dates their year). ``dayfirst`` chooses how ``05/04/2019`` is read.
    Raises :class:`DateError` when ``published`` is not ISO. Cost: linear in the text,
    about twenty regex scans.
    """
    pub, pub_year = _published(published)
    found = _select(list(_candidates(text, pub, dayfirst)))
    found = _combine(text, found, pub)
    mentions = (_mention(text, f, pub, pub_year) for f in found)
    return [m for m in mentions if m is not None]


def find_date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of explicit date expressions ("5 May", "2019-05-05", "in 2018"), with or
    without a year, regardless of any publication date: for other extractors to mask
    dates so their digits are not read as counts. Cost: as :func:`find_dates`."""
    return [(f.start, f.end) for f in _select(list(_candidates(text, None))) if f.kind == "abs"]


# The relative expressions register their patterns here (a module of their own).
from sitgraph.loaders.extract import relative_dates  # noqa: E402,F401
