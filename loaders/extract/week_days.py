"""A weekday tied to last week: "on Tuesday of last week", "Tuesday last week", "last week
Tuesday", "last week on Tuesday", "on Tuesday, last week", "the Tuesday before last".

News copy names the week as well as the day when the day has come round again since the
incident: a Wednesday report's "Tuesday last week" is eight days back, not yesterday. Read
apart, the weekday alone gives the most recent such day and the week the whole of last week,
and the weekday wins. Conventions (see :mod:`relative_dates`): a week runs Monday to Sunday,
as "last week" does (rule ``date.week``), so "Sunday last week" is the Sunday just gone in a
report of Monday to Saturday; "before last" counts back a week from the most recent such day
strictly before publication. Not read: "the previous week" (counted from a day told before,
not from publication), a weekday after "every" or "a" (no one day), a possessive ("on Tuesday
last week's toll rose", "said last week Tuesday's raid"), and "last week, on Tuesday" inside a
clause (a contrast, "unlike last week, on Tuesday the market was quiet", more often than a
date); opening a sentence it is read.

Each expression registers with the pattern table (:mod:`date_patterns`; imported by
:mod:`week_parts`); pure and regex based, a sentence costs a few microseconds.
"""

from __future__ import annotations

import datetime as dt
import re

from sitgraph.loaders.extract.date_patterns import _PART_OF_DAY, _WEEKDAY, WEEKDAYS, _day_part, _Part, _pattern
from sitgraph.loaders.extract.rules import event_dates, nothing, rule

_WEEKDAY2 = _WEEKDAY.replace("?P<wd>", "?P<wd2>")
_WEEKDAY3 = _WEEKDAY.replace("?P<wd>", "?P<wd3>")
_WEEKDAY4 = _WEEKDAY.replace("?P<wd>", "?P<wd4>")
# Words before a weekday that make it no one day ("every Tuesday last week").
_ANY_DAY = re.compile(r"(?i)\b(?:a|an|every|each|any|one|another)\s+$")


@_pattern(
    # "on Tuesday (night) of last week", "Tuesday last week", "on Tuesday, last week"
    rf"\b{_WEEKDAY}{_PART_OF_DAY},?\s+(?i:of\s+)?(?i:last)\s+(?i:week)\b(?![’']s)"
    # "last week Tuesday", "last week on Tuesday" (Nigerian, Ghanaian and South Asian copy)
    rf"|\b(?i:last)\s+(?i:week)\s+(?:(?i:on)\s+)?{_WEEKDAY2}\b(?![’']s)"
    # "Last week, on Tuesday, ..." opening a sentence or a clause after a colon or semicolon
    rf"|(?:(?m:^)|(?<=[.;:]\s))[ \t]*Last\s+week,\s+on\s+{_WEEKDAY4}\b",
    "rel", "week",
)
# "(on) the Tuesday before last": no "week" in it, so a pattern of its own needing a weekday
@_pattern(rf"\b(?:(?i:the)\s+)?{_WEEKDAY3}{_PART_OF_DAY}\s+(?i:before\s+last)\b", "rel", "weekday")
@rule("date.weekday-of-last-week", "a weekday tied to last week ('on Tuesday of last week', 'last week Tuesday', "
      "'the Tuesday before last'): that day of the week before publication's, not the most recent one",
      pos=[("Gunmen killed three villagers in Kano on Tuesday of last week.", (("2023-11-07", None),)),
           ("Gunmen killed three villagers in Kano last week Wednesday.", (("2023-11-08", None),)),
           ("Gunmen killed three villagers in Kano on the Tuesday before last.", (("2023-11-07", None),))],
      neg=[("Gunmen killed three villagers in Kano on Tuesday.", (("2023-11-14", None),)),
           ("Gunmen killed three villagers in Kano every Tuesday last week.", (("2023-11-06", "2023-11-12"),))],
      probe=event_dates, off=nothing)
def _weekday_of_last_week(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None] | None:
    if pub is None or _ANY_DAY.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    groups = m.groupdict()  # the two patterns name their weekdays apart
    if groups.get("wd3"):
        target = WEEKDAYS.index(groups["wd3"].lower())
        back = (pub.weekday() - target) % 7 or 7  # the most recent such day strictly before publication
        return _day_part(pub - dt.timedelta(days=back + 7)), None
    target = WEEKDAYS.index((groups["wd"] or groups["wd2"] or groups["wd4"]).lower())
    monday = pub - dt.timedelta(days=pub.weekday() + 7)
    return _day_part(monday + dt.timedelta(days=target)), None


# What may not follow an ordinal read as a day: a month ("the 4th of June" is the explicit
# day's), a floor, a round or an anniversary.
_NOT_DAY_AFTER = r"(?!\s+(?i:of\b|floor|stor(?:e)?y|round|anniversary|century|time|day|week|month|year))"
_ORD = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"


@_pattern(rf"\b{_WEEKDAY},?\s+the\s+{_ORD}{_NOT_DAY_AFTER}", "rel", "weekday")
@_pattern(rf"\bthe\s+{_ORD}\s*\(\s*{_WEEKDAY}\s*\)", "rel", "weekday")
@_pattern(rf"\bthe\s+(?i:morning|afternoon|evening|night)\s+of\s+(?:{_WEEKDAY},?\s+)?the\s+{_ORD}{_NOT_DAY_AFTER}",
          "rel", "digit")
@rule("date.weekday-ordinal", "an ordinal day told with its weekday or a part of the day ('on Tuesday the 7th', "
      "'the 7th (Tuesday)', 'on the night of the 7th'): the most recent such day on or before publication",
      pos=[("Gunmen killed three villagers in Kano on Tuesday the 7th, police said.", (("2023-11-07", None),)),
           ("Gunmen killed three villagers in Kano on the night of the 12th, police said.", (("2023-11-12", None),))],
      neg=[("Gunmen killed three villagers in Kano on Tuesday, police said.", (("2023-11-14", None),)),
           ("Gunmen killed three villagers in Kano on Tuesday the 7th of November, police said.",
            (("2023-11-07", None),))],
      probe=event_dates, off=nothing)
def _weekday_ordinal(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, None] | None:
    """Day `day` of the publication's month or of the latest month before it whose such day is
    on or before publication and, when a weekday is told, falls on it (a year back at most);
    None without a publication day or when no month of that year fits."""
    if pub is None:
        return None
    day = int(m["day"])
    wd = m.groupdict().get("wd")
    target = WEEKDAYS.index(wd.lower()) if wd else None
    months = pub.year * 12 + pub.month - 1
    for back in range(13):
        year, month = divmod(months - back, 12)
        try:
            candidate = dt.date(year, month + 1, day)
        except ValueError:
            continue  # no 31st in this month
        if candidate <= pub and (target is None or candidate.weekday() == target):
            return _day_part(candidate), None
    return None
