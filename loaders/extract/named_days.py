"""Months and days told by name against the publication date: "in March last year", "on
Christmas Eve", "on New Year's Day".

News copy names a month of the year before by "last year" ("in March last year"), and a few
days by their fixed feast ("on Christmas Day", "on New Year's Eve"). Conventions (see
:mod:`dates`): "<month> last year" is that month of the year before publication, "<month>
this year" of its year; a feast is a day without a year, given one as any such day is (the
publication's year, the year before when it would fall after publication); feasts counted from
Easter ("on Easter Sunday 2019", "Pentecost Sunday") are computed for the year told or the last
one on or before publication. Feasts of the lunar calendar (Eid) are not read, nor is "last March" (a dated recall of
that kind keeps a background event the stages after read no side for).

Each expression registers with the pattern table (:mod:`date_patterns`; imported by
:mod:`relative_dates`); pure and regex based, a sentence costs a few microseconds.
"""

from __future__ import annotations

import datetime as dt
import re

from sitgraph.loaders.extract.date_patterns import _FULLMON, _month, _Part, _pattern
from sitgraph.loaders.extract.rules import event_dates, nothing, rule


@_pattern(rf"\b(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_FULLMON}(?:\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?"
          r",?\s+(?:(?i:of)\s+)?(?P<which>(?i:last|this))\s+(?i:year)\b", "rel", "month")
@rule("date.month-of-last-year", "'in March last year', 'on 8 October last year': that month or day of the year before "
      "publication ('this year': of its year)",
      pos=[("Gunmen killed three villagers in Kano in March last year, police said.", (("2022-03", None),)),
           ("Gunmen killed three villagers in Kano on 8 March last year, police said.", (("2022-03-08", None),))],
      neg=[("Gunmen killed three villagers in Kano in March, police said.", (("2023-03", None),))],
      probe=event_dates, off=nothing)
def _month_of_year(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None] | None:
    if pub is None:
        return None
    day = m["day"] or m["day2"]
    return (pub.year - (m["which"].lower() == "last"), _month(m["mon"]), int(day) if day else None), None


FEASTS = {"christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
          "new year's day": (1, 1), "new year's eve": (12, 31)}


@_pattern(r"\b(?P<feast>Christmas\s+(?:Day|Eve)|New\s+Year['’]s\s+(?:Day|Eve)|Boxing\s+Day)\b", "rel")
@rule("date.feast-day", "a feast on a fixed day ('on Christmas Eve', 'on New Year's Day'): that day, in the year "
      "that puts it on or before publication",
      pos=[("Gunmen attacked villages in Plateau state on Christmas Eve, killing 100 people.",
            (("2022-12-24", None),))],
      neg=[("Gunmen attacked villages in Plateau state on December 24, killing 100 people.",
            (("2022-12-24", None),))],
      probe=event_dates, off=nothing)
def _feast(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None]:
    key = " ".join(m["feast"].lower().replace("’", "'").split())
    month, day = FEASTS[key]
    return (None, month, day), None


@_pattern(r"\b(?i:on)\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)(?:\s+of\s+(?P<which>(?i:this|last))\s+(?i:month)\b"
          r"|(?=\s*[,.;)]|\s+(?:at|in|when|and|as)\b))", "rel", "digit")
@rule("date.ordinal-day", "'on the 12th', 'on the 3rd of this month': that day of the publication's month (of the "
      "month before when it would fall after publication, or told as 'of last month')",
      pos=[("Gunmen killed three villagers in Kano on the 12th, police said.", (("2023-11-12", None),)),
           ("Gunmen killed three villagers in Kano on the 3rd of this month.", (("2023-11-03", None),))],
      neg=[("Gunmen killed three villagers on the 12th floor of a building in Kano.", (("2023-11-16", None),))],
      probe=event_dates, off=nothing)
def _ordinal_day(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None] | None:
    """The day of "on the 12th" in the publication's month, or the month before ("of last
    month", or a day after publication's); None without a publication day."""
    if pub is None:
        return None
    day = int(m["day"])
    back = (m["which"] or "").lower() == "last" or (m["which"] is None and day > pub.day)
    year, month = (pub.year, pub.month) if not back else divmod(pub.year * 12 + pub.month - 2, 12)
    month = month if not back else month + 1
    return (year, month, day), None


@_pattern(r"\b(?P<n>(?i:a|one|two))\s+(?i:fortnights?)\s+(?i:ago)\b", "rel", "ago")
@rule("date.fortnight-ago", "'a fortnight ago': fourteen days before publication",
      pos=[("Gunmen killed three villagers in Kano a fortnight ago, police said.", (("2023-11-02", None),))],
      neg=[("Gunmen killed three villagers in Kano a week ago, police said.", (("2023-11-09", None),))],
      probe=event_dates, off=nothing)
def _fortnight_ago(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None] | None:
    if pub is None:
        return None
    day = pub - dt.timedelta(days=14 * (2 if m["n"].lower() == "two" else 1))
    return (day.year, day.month, day.day), None


# Feasts counted from Easter (the Western churches' reckoning), in days.
EASTER_FEASTS = {"palm sunday": -7, "good friday": -2, "holy saturday": -1, "easter sunday": 0, "easter day": 0,
                 "easter monday": 1, "pentecost sunday": 49, "pentecost": 49, "whit sunday": 49, "whitsunday": 49}


def easter(year: int) -> dt.date:
    """Easter Sunday of `year` in the Gregorian calendar (the Meeus/Jones/Butcher computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@_pattern(r"\b(?P<feast>(?:Palm|Easter|Pentecost|Whit)\s+Sunday|Good\s+Friday|Holy\s+Saturday|Easter\s+(?:Day|Monday)"
          r"|Whitsunday|Pentecost)\b(?:,?\s+(?P<year>(?:19|20)\d{2})\b)?(?!\s+(?:Agreement|Accords?)\b)", "rel")
@rule("date.easter-feast", "a feast counted from Easter ('on Easter Sunday 2019', 'during Pentecost Sunday mass'): "
      "that day of the year told, else the last one on or before publication",
      pos=[("Suicide bombers struck three churches in Colombo on Easter Sunday 2019, killing 269 people.",
            (("2019-04-21", None),)),
           ("Gunmen attacked a church in Owo during Pentecost Sunday mass, killing 40 worshippers.",
            (("2023-05-28", None),))],
      neg=[("Gunmen attacked a church in Owo during Sunday mass, killing 40 worshippers.", (("2023-11-12", None),))],
      probe=event_dates, off=nothing)
def _easter_feast(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None] | None:
    """The day of the feast `m` names in its year, or without one in the last year that puts it
    on or before `pub`; None without either."""
    shift = dt.timedelta(days=EASTER_FEASTS[" ".join(m["feast"].lower().split())])
    if m["year"]:
        day = easter(int(m["year"])) + shift
    elif pub is not None:
        day = easter(pub.year) + shift
        day = day if day <= pub else easter(pub.year - 1) + shift
    else:
        return None
    return (day.year, day.month, day.day), None


# Parts of a week or a month register their patterns after the named days (a module of their own).
from sitgraph.loaders.extract import week_parts  # noqa: E402,F401
