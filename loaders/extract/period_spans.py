"""The opening months of a year told as one span: "in the first nine months of the year",
"in the first six months of 2023", "in the first half of this year".

Monitors, think tanks and UN offices of every region give their period tolls by the opening
months of a year. The referee's guide gives a period as a range; the span was read as the
publication day (the year's words were no date) or as the whole year ("of 2023"), so the
toll's range missed its first months. The span runs from the first of January to the last
day of the last month counted, of the year told: a year's number, "this year" or "the year"
(the publication's), "last year" (the one before). Its ends are days, so that it holds a
range given by days ("1 January to 30 September") as well as one given by months.

Each expression registers with the pattern table (:mod:`date_patterns`; imported by
:mod:`relative_dates`); pure and regex based, a sentence costs a few microseconds.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from sitgraph.loaders.extract.date_patterns import _COUNT, _count, _Part, _pattern
from sitgraph.loaders.extract.rules import event_dates, nothing, rule

# "the first nine months", "the first half", "the first quarter"
_OPENING = rf"\b(?i:the\s+first\s+(?:(?:{_COUNT})\s+months?|(?P<part>half|quarter|three\s+quarters)))\s+(?i:of)\s+"
_PART_MONTHS = {"half": 6, "quarter": 3, "three quarters": 9}


def _last_month(m: re.Match[str]) -> int | None:
    """The last month of the span match `m` counts ("nine months": 9, "the first half": 6);
    None past twelve or under one."""
    n = _PART_MONTHS[" ".join(m["part"].lower().split())] if m["part"] else _count(m["n"])
    return n if 1 <= n <= 12 else None


def _span(year: int, m: re.Match[str]) -> tuple[_Part, _Part | None] | None:
    """(the first of January of `year`, the last day of the last month `m` counts): the span's
    days, so that it holds a range given by days ("1 January to 30 September") or by months;
    None for a count past twelve months."""
    last = _last_month(m)
    if last is None:
        return None
    return (year, 1, 1), (year, last, calendar.monthrange(year, last)[1])


@_pattern(rf"{_OPENING}(?P<year>(?:19|20)\d\d)\b")
@rule("date.opening-months-of-year", "'in the first nine months of 2023': January to September of that year, "
      "not the whole year",
      pos=[("Militants killed 300 police officers in Khyber province in the first nine months of 2023.",
            (("2023-01-01", "2023-09-30"),))],
      # a year alone is the whole year
      neg=[("Militants killed 300 police officers in Khyber province in the first week of 2023.", (("2023", None),))],
      probe=event_dates, off=nothing)
def _opening_months_of_year(m: re.Match[str], _pub: dt.date | None) -> tuple[_Part, _Part | None] | None:
    return _span(int(m["year"]), m)


@_pattern(rf"{_OPENING}(?P<which>(?i:the|this|last))\s+(?i:year)\b", "rel", "month_or_year")
@rule("date.opening-months-of-this-year", "'in the first six months of the year': January to June of the "
      "publication's year ('last year': the one before)",
      pos=[("Militants killed 300 police officers in Khyber province in the first six months of the year, a "
            "monitor said.", (("2023-01-01", "2023-06-30"),)),
           ("Militants killed 300 police officers in Khyber province in the first half of last year.",
            (("2022-01-01", "2022-06-30"),))],
      # "the past six months" runs back from publication
      neg=[("Militants killed 300 police officers in Khyber province over the past six months.",
            (("2023-05-16", "2023-11-16"),))],
      probe=event_dates, off=nothing)
def _opening_months_of_this_year(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, _Part | None] | None:
    if pub is None:
        return None
    year = pub.year - (m["which"].lower() == "last")
    span = _span(year, m)
    if span is None or (year, _last_month(m) or 1) > (pub.year, pub.month):
        return None  # months still to come are no span told of the past
    return span
