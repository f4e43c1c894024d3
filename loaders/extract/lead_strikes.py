"""A lead naming the side of a day's strikes, then each strike told on its own without it.

Broadcasters open on the total and its side ("Israeli strikes have killed 17 people across
Gaza", "Russian missile strikes killed 12 across Ukraine overnight", "Government shelling has
killed 18 in the north") and then tell the strikes one by one in sentences of their own
("Overnight, a strike on a tent in X killed five", "In Kharkiv, a missile hit a dormitory").
Those sentences name no side: the lead told it, for the whole set. The side premodifying the
lead's plural strike noun is the side of the later strikes of the same day that name none.

Narrow on purpose: only the report's first incident as the lead, only its side written
right before a plural noun of strikes or shelling, only later incidents of the lead's day (or
its range) told with a strike word, naming no side and no tie of their own, not struck at the
lead's side, and not set apart ("separately", "a similar strike last month").
Cost: a regex match per mention of the lead's sides, one per later frame.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_actors, nothing
from sitgraph.loaders.extract.rules import rule as named_rule

# The lead's plural noun for a set of strikes, right after the side's name ("Israeli strikes",
# "Russian missile strikes", "government shelling", "RSF drone attacks").
SET_NOUN = re.compile(r"(?i)[ \t]+(?:(?:air|missile|drone|artillery|rocket|mortar)[ \t]+)?(?:strikes|airstrikes"
                      r"|shelling|bombardments?|bombing|raids|attacks)\b")
# A later sentence telling a strike of its own.
STRIKE_WORD = re.compile(r"(?i)\b(?:strike|airstrike|air[ \t]+strike|shell(?:s|ing|ed)?|missiles?|drones?|rockets?"
                         r"|mortars?|warplanes?|air[ \t]+raid|bombardment)\b")
# A strike set apart from the lead's set.
APART = re.compile(r"(?i)\b(?:separately|separate|similar|earlier[ \t]+this|last[ \t]+(?:week|month|year)"
                   r"|a[ \t]+(?:week|month|year)[ \t]+ago)\b")

_LEAD = ("Israeli strikes killed at least 14 people across the Gaza Strip overnight and on Monday, including six in "
         "a strike on a school in Gaza City, the health ministry said. ")


@named_rule("actor.lead-strikes-side", "'Israeli strikes killed 14 across Gaza ... Overnight, a strike on a tent in X "
            "killed five': a strike told after a lead naming the side of the day's strikes, and naming none of its "
            "own, is that side's",
            pos=[(_LEAD + "Overnight, a strike on a tent in the al-Mawasi area of Khan Younis killed five people.",
                  (("Israel",), ("Israel",)))],
            neg=[(_LEAD + "A similar strike on a school in Jabalia last month killed 11 people.", (("Israel",), ())),
                 (_LEAD + "Separately, a rocket fired from Gaza hit a house in Sderot, Israel, wounding two people.",
                  (("Israel",), ()))],
            probe=event_actors, off=nothing)
def lend_lead_side(frames: list[Any], table: Any, text: str) -> None:
    """Give the lead's side (see the module) to the later strikes of its day naming none."""
    lead = next((f for f in frames if f.role == "incident"), None)
    if lead is None or not lead.actors:
        return
    sides = _set_sides(lead, table, text)
    if not sides:
        return
    for f in frames:
        if f is not lead and _untold_strike(f, sides, text) and _same_day(lead, f):
            f.actors = list(sides)
            f.attribution.extend((a, "reported", None, text[f.sent_start:f.sent_end]) for a in sides)


def _untold_strike(f: Any, sides: list[str], text: str) -> bool:
    """Is `f` an incident told as a strike, naming no side and no tie of its own, not set
    apart from the lead's set and not struck at the lead's `sides`?"""
    if f.role != "incident" or f.kind != "Attack" or f.actors or f.attribution:
        return False
    said = text[f.sent_start:f.sent_end]
    return bool(STRIKE_WORD.search(said)) and not APART.search(said) and not set(f.targets) & set(sides)


def _set_sides(lead: Any, table: Any, text: str) -> list[str]:
    """The lead's actors one of whose mentions in its sentences stands right before a plural
    noun of strikes."""
    out: list[str] = []
    for s, e in [(lead.sent_start, lead.sent_end), *lead.evidences]:
        for _ms, me, eid in table.in_span(s, e):
            if eid in lead.actors and eid not in out and SET_NOUN.match(text, me):
                out.append(eid)
    return out


def _same_day(lead: Any, f: Any) -> bool:
    """Is `f` dated within the lead's day or range (an undated one is taken as the lead's)?"""
    if f.date is None or lead.date is None:
        return True
    return lead.date[:10] <= f.date[:10] <= (lead.date_end or lead.date)[:10]
