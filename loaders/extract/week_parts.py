"""Parts of a week or a month told against the publication date: "at the start of the week",
"at the end of last week", "in the middle of last week", "midweek", "late in the week", "at
the beginning of the month".

News copy dates an incident it has no day for by the part of the week or month it fell in.
Read as the whole week (or as no date at all, the publication day), such an incident starts
days before or after the part told. Conventions (see :mod:`relative_dates`, rule
``date.part-of-week``): a week runs Monday to Sunday; its start is Monday and Tuesday, its
middle Wednesday and Thursday, its end Friday to Sunday, "early" its first three days and
"late" its last four; a month's start is days 1-10, its middle 11-20, its end 21 to the last
(as "early/mid/late October"). "The week" or "the month" is the publication's one when the
part told has begun by publication, else the one before (a past act told in a Tuesday report
"at the end of the week" fell the week before); "this week" never reaches back. A range never
runs past publication. In a sentence telling what is to come ("talks will resume at the end of
the week"), only last week's or month's parts are read.

Each expression registers with the pattern table (:mod:`date_patterns`; imported by
:mod:`named_days`); pure and regex based, a sentence costs a few microseconds.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from sitgraph.loaders.extract.date_patterns import _Part, _pattern, _rel
from sitgraph.loaders.extract.rules import event_dates, nothing, rule

# Days of the week (Monday = 0) each part covers, first to last.
_WEEK_PARTS = {"start": (0, 1), "middle": (2, 3), "end": (4, 6), "early": (0, 2), "late": (3, 6)}
# Days of the month each part covers (the last clipped to the month's length).
_MONTH_PARTS = {"start": (1, 10), "middle": (11, 20), "end": (21, 31), "early": (1, 10), "late": (21, 31)}
_PART_WORDS = {"beginning": "start", "start": "start", "middle": "middle", "end": "end", "early": "early",
               "late": "late", "mid": "middle"}

_WHICH = r"(?P<which>the|this|last|the\s+previous|the\s+past)"
# A sentence telling what is to come ("talks will resume at the end of the week"): "the week"
# and "this week" there are days ahead, which no incident is dated by.
_TO_COME = re.compile(r"(?i)\b(?:will|would|shall|is\s+to|are\s+to|due|scheduled|planned|expected|set\s+to|next)\b"
                      r"|['’]ll\b")


def _part(m: re.Match[str]) -> str:
    return _PART_WORDS[m["part"].lower()]


def _which(m: re.Match[str]) -> str:
    """"this", "last" or "the" (which of the publication's week or the one before fits)."""
    which = " ".join((m["which"] or "the").lower().split())
    return "last" if which in ("last", "the previous", "the past") else which


def _week_part(part: str, which: str, pub: dt.date) -> tuple[_Part, _Part | None] | None:
    first, last = _WEEK_PARTS[part]
    monday = pub - dt.timedelta(days=pub.weekday())
    if which == "last" or (which == "the" and pub.weekday() < first):
        monday -= dt.timedelta(days=7)
    lo, hi = monday + dt.timedelta(days=first), min(monday + dt.timedelta(days=last), pub)
    return _rel(lo, hi) if lo <= pub else None


def _month_part(part: str, which: str, pub: dt.date) -> tuple[_Part, _Part | None] | None:
    first, last = _MONTH_PARTS[part]
    month = pub
    if which == "last" or (which == "the" and pub.day < first):
        month = pub.replace(day=1) - dt.timedelta(days=1)
    lo = dt.date(month.year, month.month, first)
    hi = min(dt.date(month.year, month.month, min(last, calendar.monthrange(month.year, month.month)[1])), pub)
    return _rel(lo, hi) if lo <= pub else None


@_pattern(
    rf"\b(?i:(?:at|in|by|towards?|around)\s+)?(?i:the\s+(?P<part>beginning|start|middle|end)\s+of\s+{_WHICH}\s+"
    r"(?P<unit>week|month))\b"
    r"|\b(?i:(?P<part2>early|late|mid)(?:-|\s+)?(?:in\s+)?(?P<which2>the|this)\s+(?P<unit2>week|month))\b"
    r"|\b(?i:(?P<mid>mid-?week))\b",
    "rel", "week_part",
)
@rule("date.part-of-week-told", "'at the start of the week', 'at the end of last week', 'midweek', 'at the beginning "
      "of the month': those days of that week or month, not the whole of it nor the publication day",
      pos=[("Gunmen killed three villagers in Kano at the start of the week.", (("2023-11-13", "2023-11-14"),)),
           ("Gunmen killed three villagers in Kano at the end of last week.", (("2023-11-10", "2023-11-12"),)),
           ("Gunmen killed three villagers in Kano at the beginning of the month.", (("2023-11-01", "2023-11-10"),))],
      neg=[("Gunmen killed three villagers in Kano last week.", (("2023-11-06", "2023-11-12"),)),
           ("Gunmen killed three villagers in Kano at the end of the road.", (("2023-11-16", None),))],
      probe=event_dates, off=nothing)
def _part_of_week_told(m: re.Match[str], pub: dt.date | None) -> tuple[_Part, _Part | None] | None:
    """The days of the part of the week or month `m` tells, counted from `pub` (see the module
    notes); None without a publication date or when the part has not begun by it."""
    if pub is None or (not (m["which"] or "").lower().startswith(("last", "the p")) and _to_come(m)):
        return None
    if m["mid"]:
        return _week_part("middle", "the", pub)
    if m["part2"]:
        part, which, unit = _PART_WORDS[m["part2"].lower()], m["which2"].lower(), m["unit2"].lower()
    else:
        part, which, unit = _part(m), _which(m), m["unit"].lower()
    return (_week_part if unit == "week" else _month_part)(part, which, pub)


def _to_come(m: re.Match[str]) -> bool:
    """Does the sentence around match `m` (from the last full stop before it to the next
    after it) speak of what is to come?"""
    text = m.string
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    end = text.find(".", m.end())
    return _TO_COME.search(text, start, end if end >= 0 else len(text)) is not None


# Weekdays tied to last week register their patterns after the parts of a week (a module of their own).
from sitgraph.loaders.extract import week_days  # noqa: E402,F401
