"""Acts told as a pattern lasting months or years: "armed groups have fought there for more than
a decade", "the port has come under repeated attack since the deal collapsed", "rebels have
raided the district repeatedly for years". Wire and broadcast copy of every war closes a story
with such a sentence to place the incident in its war; it tells how long (or how often) a side
has acted, never one incident, and gold counts no event for it.

The cue is the tense and the span together: a trigger in the present perfect (simple or
progressive: "have fought", "have been fighting") told over a span of a month or more ("for
months", "for more than a decade", "for two years") or as repeated ("repeatedly", "repeated
attacks"), with no toll and no day of its own. A figure makes the sentence a count
(:mod:`war_counts`, :mod:`toll_scope`), and a day ("on Sunday") an incident told in the
perfect; a span of days or weeks ("for three days") can be one battle's, so it stays.

Used by :mod:`war_counts` (its ``counted_role``). Cost: a look at the triggers' children and
one regex scan of the sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_roles, nothing, rule
from sitgraph.loaders.extract.span_text import span_text

# "for more than a decade", "for years", "for nearly two years", "for several months", "for
# decades": a span of a month or more (weeks and days can be one battle's).
LONG_SPAN = re.compile(
    r"(?i)\bfor\s+(?:(?:more\s+than|over|nearly|almost|about|around|at\s+least|the\s+(?:past|last))\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|\d+)\s+)?"
    r"(?:months|years?|decades?)\b")
# "repeatedly", "repeated attacks", "time and again": many acts, not one.
REPEATED = re.compile(r"(?i)\b(?:repeated(?:ly)?|time\s+and\s+(?:time\s+)?again|again\s+and\s+again)\b")
PERFECT_AUX = frozenset({"has", "have", "'ve", "'s"})


def _perfect(tok: Any) -> bool:
    """Is `tok` a verb in the present perfect, simple or progressive ("have fought", "has been
    fighting"), or a noun under such a verb ("have come under repeated attack")?"""
    verb = tok
    if tok.pos_ not in ("VERB", "AUX"):
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children)


@rule("assemble.role-duration-pattern", "an act in the present perfect over months or years or told as repeated "
      "('armed groups have fought there for more than a decade') is a pattern, no incident",
      pos=[("Jihadist groups have fought in the north of Burkina Faso for more than a decade.", ()),
           ("The port of Mykolaiv has come under repeated attack since the spring.", ())],
      neg=[("Jihadist groups have attacked an army post in the north of Burkina Faso on Sunday.",
            (("Attack", "incident"),)),
           ("Jihadists have fought troops near Djibo for three days, killing 12 soldiers.",
            (("Attack", "incident"),))],
      probe=event_roles, off=nothing)
def duration_pattern(f: Any, sent: Any) -> str | None:
    """``generic`` when act frame `f` of `sent`, with no toll and no day of its own, has a
    trigger in the present perfect told over a month or more (:data:`LONG_SPAN`) or as
    repeated (:data:`REPEATED`); else None."""
    if f.kind not in ("Attack", "Abduction", "Capture") or f.killed or f.wounded or f.displaced:
        return None
    if f.date_explicit and f.precision == "day":
        return None
    text = span_text(sent)
    if not (LONG_SPAN.search(text) or REPEATED.search(text)):
        return None
    doc = sent.doc
    toks = [doc[i] for i in f.triggers if 0 <= i < len(doc)]
    return "generic" if toks and any(_perfect(t) for t in toks) else None
