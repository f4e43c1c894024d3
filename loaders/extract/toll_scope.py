"""Which aggregates are the report's own and which are background: a toll over many incidents
is either the total of the incidents this report tells (a day's or a raid's total, the lead's
figure for a series broken down by place, "the attacks killed 35 since Tuesday") or a running
count the report recalls for context (a war's toll, a year's, a month's, a monitor's tally).

Conventions of conflict reporting in any outlet and war:

- a total the report breaks down (parts PART_OF it), or one that refers back to the report's
  own attacks ("by the attacks", "these strikes") is its own;
- a toll over a day, a night or a few days ("over the past day", "in 24 hours", "since
  clashes began on Sunday"), or told on a day of its own, is a total of the report's days;
- a count the report cites a source for ("..., the UN said") is that source's statement and
  stays an event (the guide's optional aggregate, with its claimer), unless it is a period's
  count first read as an incident and placed nowhere: a record, its sources kept on it;
- any other count dated over more than six days (a month, a year, "since April 2023"), or,
  with no date of its own, told over years or a war ("this year", "since the start of the
  war", "the war has killed") or in the thousands, is background: the writer's context, a toll
  record of the report written apart from its events (output.py ``tolls``). Weeks and months
  with no date of their own stay events: a battle or an offensive the report tells may last
  that long (measured: as background, one cost a blind set an incident's toll).

Cost: a few regex scans of the aggregate's sentence and a date difference per aggregate.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sitgraph.loaders.extract.date_patterns import MONTH_STEMS, WEEKDAYS
from sitgraph.loaders.extract.roles import REFERS_BACK, RELATIVE_ASIDE, WAR_KILLED
from sitgraph.loaders.extract.rules import no, rule
from sitgraph.loaders.extract.surround_frames import COMPARED
from sitgraph.loaders.extract.toll_frames import WAR_FIGURE
from sitgraph.loaders.extract.year_tolls import year_span

OWN_DAYS = 6  # a toll over less than a week: the report's days, not a period's

# Words of a year's or a war's span, told without a date the frame could carry (weeks and months
# are left: a battle or an offensive the report tells may last that long).
LONG_PERIOD = re.compile(
    r"(?i)\b(?:this|last|so\s+far\s+this|earlier\s+this)\s+year\b"
    r"|\b(?:in|over|during|within)\s+(?:the\s+)?(?:past|last|previous|first)?\s*(?:\w+\s+)?(?:years|decades?)\b"
    r"|\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?(?:war|conflict|insurgency"
    r"|invasion|year)\b|\bsince\s+(?:19|20)\d\d\b")
SINCE = re.compile(r"(?i)\bsince\b")
_MONTH = rf"(?:{'|'.join(MONTH_STEMS)})[a-z]*\.?"
# "on 20 May 2024", "on Tuesday": a day of its own, told of the toll's act
ON_DAY = re.compile(rf"(?i)\bon\s+(?:(?:{'|'.join(w[:-3] for w in WEEKDAYS)})day\b|\d{{1,2}}\s+{_MONTH}\b"
                    rf"|{_MONTH}\s+\d{{1,2}}\b)")
# A day's or a few days' total: the report's own days.
SHORT_PERIOD = re.compile(
    r"(?i)\b(?:(?:in|over|during|within)\s+(?:the\s+)?(?:past|last|previous)\s+(?:24|twenty-four|48|forty-eight|72)"
    r"\s+hours|(?:over|in|during)\s+the\s+(?:past|last)\s+day|overnight|(?:in|on)\s+a\s+single\s+day)\b")


def _scopes(x: Any) -> tuple[tuple[str, str, bool], ...]:
    """(kind, type, written apart as a background count) of every event of extraction `x`."""
    return tuple((v.kind, v.type or "", v.background_toll) for v in x.events)


_LEAD = "A roadside bomb killed six soldiers near Gao on Sunday. "


@rule("assemble.background-toll", "a running count the writer recalls for context ('Violence this year has killed "
      "3,000 people') is a toll record apart from the events; a total of the report's days, or one a source is "
      "cited for, stays an event",
      pos=[(_LEAD + "Violence this year has killed more than 3,000 people in Mali.",
            (("Attack", "bombing", False), ("Attack", "aggregate", True))),
           (_LEAD + "Since 2012, more than 2,000 Malian soldiers have been killed in Mali.",
            (("Attack", "bombing", False), ("Attack", "aggregate", True))),
           ("A car bomb hit a checkpoint in Idlib on Thursday, killing five people. The clashes of last spring left "
            "the province divided. The Idlib Medical Monitor says more than 1,800 people were killed in those clashes.",
            (("Attack", "bombing", False), ("Attack", "aggregate", True)))],
      neg=[(_LEAD + "Violence this year has killed more than 3,000 people in Mali, the UN said.",
            (("Attack", "bombing", False), ("Attack", "aggregate", False))),
           ("Fighting in Gao has killed at least 60 people since Friday.", (("Attack", "aggregate", False),)),
           ("Attacks by jihadists in Mali killed 14 people in 24 hours.", (("Attack", "", False),))],
      probe=_scopes, off=no)
def background_toll(f: Any, sentence: str, published: str | None, has_parts: bool) -> bool:
    """Is aggregate frame `f` (its sentence `sentence`, its report published on ISO
    `published`) a background count told by the writer rather than a total of the report's
    own incidents? `has_parts` says whether incidents of the report are PART_OF it. A count
    the report cites a source for ("the UN said", "according to the health ministry") is a
    statement of that source and stays an event, unless it is a month's or a year's dead first
    read as an incident (``period_incidents``) and placed nowhere: no place of the graph holds
    it, so it is a record, its sources kept on it. False for any frame that is no aggregate."""
    if f.role != "aggregate" or has_parts or REFERS_BACK.search(sentence):
        return False
    if f.period_counted and not f.places:
        return True  # a period's dead first read as an incident, placed nowhere: a record, its sources kept on it
    return not f.claimed_by and _writers_count(f, sentence, published)


def _writers_count(f: Any, sentence: str, published: str | None) -> bool:
    """Is source-free aggregate frame `f` of `sentence` a count over more than the report's
    days (a span of its own over six days, else a war's figure or years)?"""
    own = COMPARED.sub("", RELATIVE_ASIDE.sub("", sentence))
    if SHORT_PERIOD.search(own) or (ON_DAY.search(own) and not SINCE.search(own) and (f.killed or 0) < WAR_FIGURE):
        return False
    span = _span_days(f, own, published)
    if span is not None:
        return span > OWN_DAYS
    return max(f.killed or 0, f.displaced or 0) >= WAR_FIGURE or _over_years(own)


def _over_years(sentence: str) -> bool:
    """Does `sentence` count over a year or more, or over a war ("this year", "that year",
    "since 2019", "the war has killed")?"""
    return LONG_PERIOD.search(sentence) is not None or WAR_KILLED.search(sentence) is not None \
        or year_span(sentence)


def _span_days(f: Any, sentence: str, published: str | None) -> int | None:
    """How many days frame `f`'s explicit date covers: to its end when it has one, to the
    report's date when it is the start of a period ("since Sunday"), else a day; a month
    or a year counts as a long span. None when the frame was dated by nothing of its own
    (it took the report's or a neighbour's date)."""
    if not (f.date_explicit and f.date):
        return None
    if len(f.date) < 10:
        return 365 if len(f.date) == 4 else 28
    end = f.date_end or (published if SINCE.search(sentence) else None) or f.date
    try:
        return (dt.date.fromisoformat(end[:10]) - dt.date.fromisoformat(f.date)).days
    except ValueError:
        return None


def mark_background(frames: list[Any], texts: dict[int, str], published: str | None) -> None:
    """Mark each background aggregate of `frames` (:func:`background_toll`): its event is a
    toll record of the report, written apart from its events (output.py "tolls"), never one
    of them. `texts` maps a frame's sentence index to its sentence. Cost: linear in the frames.
    The mark is an attribute set on the frame (:func:`marked` reads it)."""
    parents = {id(f.parent) for f in frames if f.parent is not None}
    for f in frames:
        if background_toll(f, texts.get(f.sent_index, ""), published, id(f) in parents):
            f.background_toll = True


def marked(f: Any) -> bool:
    """Was frame `f` marked a background count (:func:`mark_background`)?"""
    return getattr(f, "background_toll", False)
