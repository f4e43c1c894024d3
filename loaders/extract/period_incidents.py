"""A toll over a month or a year read as the report's own incident: the dead of a period.

The class: a sentence the role reader takes for an incident (its date is near the report's,
or nothing marks it as earlier) although it counts the dead of a month, a year or a war
("In February, 47 civilians were killed across the oblast", "173 community leaders were
killed in the country in 2024", "by the end of that year 2,000 people had been killed in
the battle for the capital"). Such a count is the guide's optional aggregate; read as an
incident it adds a period's dead to one incident (and, joined to the report's incident by
place, turns its toll into the period's). Conventions of conflict reporting in any outlet
and war:

- a toll told alone (no side, no weapon; plural "attacks" at most), placed only in a whole
  country or region and dated by a month or a year, counts the period: no single act is
  dated only by a month in the sentence that gives its toll while told as today's news;
- a count of the dead in the thousands dated by a month or a year counts a war or a battle,
  whatever act it names: a single strike of that size is told on its day (the wounded are
  not read so: one bombing may wound thousands). A toll told alone with no day that names one
  act ("killed in the massacre") or nothing at all (no place, no war, battle, plural acts or
  span) is the toll section of one incident's narrative, and stays that incident's.

A toll dated to a day ("at least 40 killed on Monday"), a toll update ("has risen to 47")
and a series' own total told on its day stay incidents. Weeks are left: an offensive the
report tells may last a week (``war_counts.period_count`` takes a week only for a
background count).

Cost: a look at the frame's date, places and triggers (those of ``war_counts``).
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.date_patterns import MONTH_STEMS, WEEKDAYS
from sitgraph.loaders.extract.rules import event_roles, nothing, rule
from sitgraph.loaders.extract.span_text import span_text
from sitgraph.loaders.extract.toll_frames import WAR_FIGURE, toll_word

MONTH_SPAN = 28  # days a frame dated by a month only is taken to span (war_counts.period_day_span)
_MONTH = rf"(?:{'|'.join(MONTH_STEMS)})[a-z]*\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])\b"  # a day of a month ("February 47 civilians" names none)
# "in February", "in August 2023", "in 2024", "within a month of clashes", "the monthly toll":
# a month's or a year's span named in the sentence when the frame took no date of its own
PERIOD_NAMED = re.compile(rf"(?i)\bin\s+(?:{_MONTH}(?:\s+(?:19|20)\d\d)?(?!\s+{_DAY})|(?:19|20)\d\d)\b"
                          r"|\b(?:within|over|during|in)\s+(?:a|one|the\s+past|the\s+last)\s+(?:month|year)\b"
                          r"|\b(?:monthly|annual|yearly)\b")
# "since January", "since 2023": a count from a date, the period rule's (roles._role_aggregate)
SINCE_DATE = re.compile(rf"(?i)\bsince\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTH}|(?:19|20)\d\d|{_DAY})")
BETWEEN = re.compile(r"(?i)\bbetween\b")
# a day named: "on 3 February", "3 February", "on Monday", "overnight": the toll of a day's act
# One act named in the singular: "in the massacre", "the attack", "this bombing".
ONE_ACT = re.compile(r"(?i)\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attack|massacre|bombing|blast|explosion|"
                     r"strike|air\s?strike|raid|ambush|assault|shooting|killing)\b(?!s)")
# What counts many acts or a span: a war, a battle, a siege, plural acts, a month or a year.
SCOPE = re.compile(r"(?i)\b(?:wars?|conflicts?|battles?|sieges?|offensives?|campaigns?|fighting|clashes|hostilities|"
                   r"attacks|strikes|airstrikes|bombings|raids|massacres|killings|violence|insurgency|uprising|genocide|"
                   r"months?|years?|weeks?|decades?|period|since|between)\b")
DAY_NAMED = re.compile(rf"(?i)\b{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY}|\b(?:{'|'.join(WEEKDAYS)})\b"
                       r"|\b(?:today|yesterday|overnight|this\s+(?:morning|evening|afternoon))\b")


@rule("assemble.role-period-incident", "a toll over a month or a year read as an incident ('In February, 47 "
      "civilians were killed across the region') counts a period: an aggregate, never the incident's toll",
      pos=[("A car bomb hit a checkpoint in Idlib on Thursday, killing five people. The clashes of last spring left "
            "the province divided. A monitor says more than 1,800 people were killed in those clashes.",
            (("Attack", "incident"), ("Attack", "aggregate")))],
      neg=[("A drone hit a bus in Kherson on Monday, killing at least 47 people.", (("Attack", "incident"),)),
           ("A drone hit a bus in Kherson on Monday. The toll from the strike has risen to 47.",
            (("Attack", "incident"),)),
           ("Gunmen killed two farmers in Kano on Tuesday. In May, gunmen attacked a market in Kano, killing 40.",
            (("Attack", "incident"), ("Attack", "background")))],
      probe=event_roles, off=nothing)
def period_incident(f: Any, sent: Any, table: Any) -> str | None:
    """``aggregate`` when frame `f` of `sent`, read as an incident, counts a month's or a
    year's dead: a toll told alone in a whole country or region, or a figure in the
    thousands, dated by a month or a year (see the module); else None."""
    from sitgraph.loaders.extract import war_counts as wc

    text = span_text(sent)
    if not (f.killed or f.wounded) or _left_to_others(f, sent):
        return None
    span, no_day = _span(f, text), not DAY_NAMED.search(text)
    # told in toll words ("were killed"), not a toll another clause gives to plural "attacks"
    alone = wc.frame_toll_only(f, sent, plural_ok=True) and any(map(toll_word, wc.frame_tokens(f, sent)))
    # The dead, not the wounded: one bombing may wound thousands ("91 killed and about 1,400
    # injured" in a toll section with no day of its own is that bombing's toll).
    # A toll section of one massacre ("At least 1,200 people were killed", "killed in the massacre"),
    # naming no war, battle, period or place of its own, is that incident's toll.
    alone = alone and not _one_incident_toll(f, text)
    if (f.killed or 0) >= WAR_FIGURE and (span >= MONTH_SPAN or alone and no_day):
        return "aggregate"  # thousands dead over a month or told in toll words with no day: a war's or a battle's
    return "aggregate" if span >= MONTH_SPAN and alone and wc.wide_place(f, table) else None


def _one_incident_toll(f: Any, text: str) -> bool:
    """Is the toll of frame `f` (its sentence `text`) the toll of one incident: the sentence names
    one act ("killed in the massacre", "the attack left 1,300 dead") or nothing at all (no place,
    no war, battle or period), while it names no war, battle, siege, plural acts or span?"""
    if SCOPE.search(text) or PERIOD_NAMED.search(text):
        return False
    return bool(ONE_ACT.search(text)) or not f.places


def _left_to_others(f: Any, sent: Any) -> bool:
    """Is frame `f` of `sent` a count the period rules of ``war_counts`` and ``surround_frames``
    read (from a date, over a range, named as a tally, in the present perfect)?"""
    from sitgraph.loaders.extract import war_counts as wc

    text = span_text(sent)
    return bool(SINCE_DATE.search(text) or BETWEEN.search(text) or wc.COUNT_OF_DEAD.search(text)) \
        or wc.told_perfect(f, sent)


def _span(f: Any, text: str) -> int:
    """Days frame `f`'s toll spans: from its own date, else, with no day in `text`, a month
    when `text` names a month's or a year's span."""
    from sitgraph.loaders.extract import war_counts as wc

    span = wc.period_day_span(f)
    if span == 0 and not (f.date and len(f.date) == 10) and not DAY_NAMED.search(text):
        return MONTH_SPAN if PERIOD_NAMED.search(text) else 0
    return span
