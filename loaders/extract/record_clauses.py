"""A group's record told in a clause beside the incident: "The Zena Front, which has killed
more than 300 civilians since 2012, claimed the attack", "Boko Haram, whose insurgency had
killed 35,000 people over a decade, was blamed".

Encyclopedic narratives introduce the perpetrator with its record. The figure there is a
cumulative toll over years (an optional aggregate at most), never the incident's; taken as
a figure of the sentence it can outweigh the incident's toll (the largest stands). What is
masked: a clause opened after a comma by "which", "who" or "whose", with a perfect verb
("has", "have", "had") and a mark of a span of time ("since", "over the past", "in recent
years", "during the war") before the clause ends. What stays: the incident's own clause ("The
blast, which has killed 12 people, was the deadliest this year": no span of time), and a
group's record told as a sentence of its own (an aggregate read elsewhere).

Input: a sentence and its characters; the clause's characters are blanked in place. Cost:
one regex scan of a sentence that holds "which", "who" or "whose".
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS
from sitgraph.loaders.extract.rules import event_tolls, rule

_NEEDS = re.compile(r"(?i:,\s*(?:which|who|whose)\b)")
# "since 2012", "since the start of the war", "since its founding": a span of years, not "since the
# attack" (a hospital's count of this incident's wounded: "which has treated 14 people since the attack").
_MONTHS = "|".join(m.title() for m in MONTH_NUMBERS)
_SINCE = (rf"since\s+(?:(?:19|20)\d\d|(?:{_MONTHS})\b|the\s+(?:start|beginning|outbreak)\s+of"
          r"|its\s+(?:founding|creation|formation|emergence)|the\s+(?:war|conflict|insurgency|uprising|coup)\b)")
# ", which has killed ... since 2012," up to the clause's end (a comma, a semicolon, a full stop).
_RECORD = re.compile(
    rf"(?i),\s*(?:which|who|whose\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:has|have|had)\b[^,;.]*?"
    rf"\b(?:{_SINCE}|over\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:years?|decades?)|in\s+recent\s+years|during\s+the\s+(?:war|conflict|insurgency)"
    r"|over\s+(?:a|two|three|four|five|several)\s+(?:years?|decades?))\b[^,;.]*")


@rule("toll.record-clause", "'The Zena Front, which has killed 300 civilians since 2012, claimed the attack': a "
      "group's record in a clause beside the incident is no figure of it",
      pos=[("A bomb hit a market in Kauda on Sunday, killing 12 people. The Kauda Front, which has killed more than "
            "300 civilians since 2012, claimed the attack.", ((12, None, None),))],
      neg=[("A bomb hit a market in Kauda on Sunday. The blast, which has killed 12 people, was the deadliest this "
            "year.", ((12, None, None),))],
      probe=event_tolls, off=lambda sentence, chars: None)
def mask_record_clauses(sentence: str, chars: list[str]) -> None:
    """Blank in `chars` the clauses of `sentence` that tell a group's record over a span of time."""
    if not _NEEDS.search(sentence):
        return
    for m in _RECORD.finditer(sentence):
        chars[m.start():m.end()] = " " * (m.end() - m.start())
