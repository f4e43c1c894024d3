"""Explicit date expressions: ISO and numeric dates, days, day ranges, months, thirds of a
month or a year, weeks of a month, bare months and years.

Each registers its regex and handler in the pattern table (:mod:`date_patterns`) when this
module is imported (:mod:`dates` imports it, before the relative expressions); the
conventions they follow are stated in :mod:`dates`. Pure and regex based: a sentence costs a
few microseconds per pattern.
"""

from __future__ import annotations

import datetime as dt
import re

from sitgraph.loaders.extract.date_patterns import (
    _DASH,
    _DAY,
    _DAY2,
    _FULLMON,
    _MON,
    _NOT_MEASURE,
    _NOT_NAME_AFTER,
    _NOT_NUMBER_BEFORE,
    _THIRD,
    _WEEKDAY_PREFIX,
    _YEAR,
    _YEAR2,
    _month,
    _Part,
    _pattern,
    _third_days,
    _third_months,
    _ymd,
)
from sitgraph.loaders.extract.rules import branch, enabled, event_dates, nothing, rule


# ISO and numeric dates.
@_pattern(rf"{_NOT_NUMBER_BEFORE}\b{_YEAR}[-/](?P<m>\d{{1,2}})[-/](?P<d>\d{{1,2}})\b(?![\d/-])")
@rule("date.iso", "an ISO date ('2023-11-12')",
      pos=[("Gunmen killed three villagers in Kano on 2023-11-12.", (("2023-11-12", None),))],
      neg=[("Gunmen killed three villagers in Kano on November 12.", (("2023-11-12", None),))],
      probe=event_dates, off=nothing)
def _iso(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None]:
    return (int(m["year"]), int(m["m"]), int(m["d"])), None


@_pattern(
    rf"{_NOT_NUMBER_BEFORE}\b(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)"
    rf"(?P<y>(?:19|20)\d{{2}}|\d{{2}})\b(?![\d/.-]\d)",
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
    if m["sep"] == "-" and not enabled(DASHED):
        return None  # only a four-digit year makes dashed figures a date ("3-1-22" is no day)
    return (int(y) if len(y) == 4 else 2000 + int(y), a, b), None


DASHED = branch("date.numeric-dashed", "a numeric date written with dashes and a four-digit year ('12-11-2023', "
                "as South Asian and West African papers write it): day first, like the slashed form",
                pos=[("Gunmen killed three villagers in Kano on 12-11-2023.", (("2023-11-12", None),))],
                # two-digit years and counts with dashes are no dates
                neg=[("Gunmen killed 10-12 villagers in Kano on 12-11-23.", (("2023-11-16", None),))],
                probe=event_dates, where="explicit_dates._numeric")


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


# A count before a dotted month and its day is no day-first date: in a headline's "kills 23 Feb. 10"
# the day is "Feb. 10" and 23 is the toll (the dot is the month-first abbreviation of wire style;
# a full month stays day-first: "on 5 May 12 people were killed").
_NOT_ABBREV_DAY_AFTER = r"(?!\.\s+[0-3]?\d\b|(?<=\.)\s+[0-3]?\d\b)"


# Single days: "5 May", "on 5 May 2019", "the 5th of May", "Monday, 6 May 2019".
@_pattern(
    rf"{_WEEKDAY_PREFIX}(?:the\s+)?{_NOT_NUMBER_BEFORE}\b{_DAY}(?:\s+of)?\s+{_MON}{_NOT_ABBREV_DAY_AFTER}"
    rf"(?:,?\s+{_YEAR})?{_NOT_MEASURE}{_NOT_NAME_AFTER}"
)
# "May 5", "May 5th, 2019", "Monday, May 6".
@_pattern(rf"{_WEEKDAY_PREFIX}{_MON}\s+{_DAY}\b(?:,?\s+{_YEAR})?{_NOT_MEASURE}{_NOT_NAME_AFTER}")
@rule("date.day", "a month and day, with or without year or weekday ('Sunday, November 12')",
      pos=[("Gunmen killed three villagers in Kano on November 12.", (("2023-11-12", None),))],
      neg=[("Gunmen killed three villagers in Kano on 2023-11-12.", (("2023-11-12", None),))],
      probe=event_dates, off=nothing)
def _day(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None] | None:
    if not m["year"] and _PLACE_NAMED.match(m.string, m.end()) and enabled(NAMED_PLACE):
        return None  # "6th of October City", "the 22 May district": a place named for a day
    return _ymd(m), None


# Places named for a day ("6th of October City", "the 22 May neighbourhood of El Obeid") besides
# the names the day patterns themselves refuse (date_patterns._NOT_NAME_AFTER: "Street", "Square", ...).
_PLACE_NAMED = re.compile(r"\s+(?:City|Avenue|Boulevard|Park|Mosque|Market|School|Airport|Prison|Barracks|Division"
                          r"|Regiment|Corps|Memorial|Palace|(?i:district|neighbou?rhood|quarter))\b")
NAMED_PLACE = branch("date.day-named-place", "a day and month without a year naming a place ('6th of October City', "
                     "'the 22 May district') is the place's name, not a date",
                     pos=[("RSF fighters attacked the 22 May district of El Obeid on Tuesday, killing nine people.",
                           (("2023-11-14", None),))],
                     neg=[("RSF fighters attacked a district of El Obeid on 22 May, killing nine people.",
                           (("2023-05-22", None),))],
                     probe=event_dates, where="explicit_dates._day")


# Months: "March 2019", "March of 2019", "2019 May" (as coders write it).
@_pattern(rf"{_MON}(?:,?\s+of)?,?\s+{_YEAR}{_NOT_MEASURE}")
@_pattern(rf"{_NOT_NUMBER_BEFORE}\b{_YEAR}\s+{_FULLMON}(?!\s+\d)")
@rule("date.month-year", "a month and year ('October 2023', '2023 October')",
      pos=[("Gunmen killed three villagers in Kano in October 2023.", (("2023-10", None),))],
      neg=[("Gunmen killed three villagers in Kano in 2023.", (("2023", None),))],
      probe=event_dates, off=nothing)
def _month_year(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None]:
    return _ymd(m), None




# "early May", "mid-March 2019", "the end of April".
@_pattern(rf"{_THIRD}{_MON}(?:,?\s+(?:of\s+)?{_YEAR})?(?!\.?\s+\d)")
@rule("date.third-of-month", "'early/mid/late October': days 1-10, 11-20, 21-end",
      pos=[("Gunmen killed three villagers in Kano in early November.", (("2023-11-01", "2023-11-10"),))],
      neg=[("Gunmen killed three villagers in Kano in November.", (("2023-11", None),))],
      probe=event_dates, off=nothing)
def _third_of_month(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, _Part]:
    first, last = _third_days(m)
    year, month, _ = _ymd(m)
    return (year, month, first), (year, month, last)  # last clipped to the month later


_WEEK_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


# "the first week of May", "the last week of March 2019".
@_pattern(
    rf"(?i:the\s+)(?P<nth>(?i:first|second|third|fourth|last))\s+(?i:week)\s+of\s+{_MON}"
    rf"(?:,?\s+{_YEAR})?(?!\.?\s+\d)"
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
    start, end = _third_months(m)
    return (int(m["year"]), start, None), (int(m["year"]), end, None)


# A bare month after a preposition: "in May", "since last September", "by March".
_MONTH_PREP = r"(?i:in|since|during|throughout|until|till|by|from|before|after|between|of|to|and|through)"


# Not a day or a year after it ("in March 30", "in March, 2013"); a count after a comma ends the
# fronted phrase ("In March, 30 people were killed") and leaves the month bare.
@_pattern(rf"\b(?:{_MONTH_PREP}\s+)(?P<body>(?P<mod>(?i:last|this|past)\s+)?{_FULLMON})"
          r"(?!\s+\d|,?\s+of\s+\d|,\s*\d{4}\b|,\s*\d{1,2}(?:st|nd|rd|th)?\s*(?:[,.;]|\d{4}|$))")
@rule("date.bare-month", "a capitalised month after a preposition ('in October') in the publication year",
      pos=[("Gunmen killed three villagers in Kano in October.", (("2023-10", None),))],
      neg=[("Gunmen killed three villagers in Kano in October 2023.", (("2023-10", None),))],
      probe=event_dates, off=nothing)
def _bare_month(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None] | None:
    month = _month(m["mon"])
    mod = (m["mod"] or "").strip().lower()
    if _PLACE_NAMED.match(m.string, m.end()) and enabled(NAMED_PLACE):
        return None  # "6th of October City": a place named for a day
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
def _year(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None] | None:
    if _CLOCK_AFTER.match(m.string, m.end()) and enabled(CLOCK_TIME):
        return None  # "around 2000 local time", "from 1900 to 0600": a time of day
    return (int(m["year"]), None, None), None


# A time of day written as four digits ("at around 2000 local time", "2130 hours", a curfew
# "from 1900 to 0600"): military statements and agency copy write the clock so.
_CLOCK_AFTER = re.compile(r"\s*(?:local\s+time\b|hours\b|hrs\b|[Zz]ulu\b|(?:-|–|to|until|and)\s*0\d{3}\b)")
CLOCK_TIME = branch("date.clock-time", "four digits told as a time of day ('around 2000 local time', 'from 1900 to "
                    "0600') are no year",
                    pos=[("Gunmen killed three villagers in Kano around 2000 local time, police said.",
                          (("2023-11-16", None),))],
                    neg=[("Gunmen killed three villagers in Kano in early 2000, local officials said.",
                          (("2000-01", "2000-04"),))],
                    probe=event_dates, where="explicit_dates._year")
