"""A toll over a year or a decade told by a span the period words missed: "Militant attacks
killed more than 3,000 people in Pakistan that year", "The group killed 2,000 civilians in
Borno over the following year", "Over the decade, bombings in the city killed 1,000 people".
Encyclopedia articles on one attack close their background or aftermath so, and wire copy
ends a story with the year's count; the period is named by "that", "the same", "the
following", "the previous" year or a decade, not by "this year" or "since". Such a count is
the period's, never the toll of the attack told before it: folded into the attack, its
figure (the larger) replaced the attack's own.

A sentence that compares ("the deadliest bombing in the region that year", "the worst attack
of the following year") tells the attack's rank, not a count of the period: its toll stays
the attack's. Nor is an act told with its article ("The previous year, a bomber killed 14
worshippers at a mosque"): an earlier attack dated by the span.

Used by :mod:`roles` (the frame is an aggregate) and :mod:`toll_scope` (a background count,
written apart from the events). Pure; a regex scan or two of the sentence.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_roles, no, rule

# "later that year", "earlier that year" name a point in that year (an inquiry "published later
# that year"), not a count over it.
_SPAN = re.compile(
    r"(?i)(?<!later\s)(?<!earlier\s)\b(?:that|the\s+same|the\s+following|the\s+previous|the\s+preceding|the\s+next|the\s+whole|the\s+entire)"
    r"\s+year\b"
    r"|\b(?:over|during|in|within|throughout)\s+the\s+(?:following|next|ensuing|previous|preceding|subsequent)\s+"
    r"(?:\w+\s+)?(?:years?|decades?)\b"
    r"|\b(?:over|during|throughout|in)\s+the\s+decade\b|\bover\s+the\s+year\b")
# A rank among the period's acts: the sentence tells how the attack compares, not a count.
_COMPARES = re.compile(r"(?i)\b(?:deadliest|worst|bloodiest|largest|biggest|most\s+\w+|first|second|third|last|only)"
                       r"\b[^.;]{0,80}$")

# One act told with its article ("The previous year, a bomber had killed 14 worshippers"): an
# earlier attack dated by the span, not a count over it.
_ONE_ACT = re.compile(r"(?i)\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:bomber|bomb|attack|raid|strike|airstrike|ambush"
                      r"|blast|explosion|massacre|gunman|shooting|assault|bombing|grenade|rocket|missile|drone)\b")

_LEAD = "The 2009 Lahore attack was an assault on a police academy in Lahore, Pakistan, on 30 March 2009. "


@rule("assemble.year-span-toll", "'Militant attacks killed more than 3,000 people in Pakistan that year': a toll over "
      "a year or a decade named by 'that', 'the following' or 'the previous' is the period's, not the attack's",
      pos=[(_LEAD + "Five people were killed. Militant attacks killed more than 300 people in Pakistan that year.",
            (("Attack", "incident"), ("Attack", "aggregate")))],
      neg=[(_LEAD + "Five people were killed, making it the deadliest attack on the city that year.",
            (("Attack", "incident"),))],
      probe=event_roles, off=no)
def year_span(sentence: str) -> bool:
    """Does `sentence` count over a year or a decade named by its span ("that year", "over the
    following years", "during the decade") without ranking an act within it?"""
    m = _SPAN.search(sentence)
    return m is not None and _COMPARES.search(sentence[:m.start()]) is None and _ONE_ACT.search(sentence) is None
