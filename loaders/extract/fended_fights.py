"""A foiled act that ended in a fight happened: "Troops foiled an ambush on the Damboa road on
Sunday. In the ensuing firefight, 11 insurgents were killed." Military statements, police
briefings and wire copy in every war tell a clash this way: the side that fended the act off
says it "foiled" or "thwarted" it, then tells the fight that followed and its toll. The fight
is the incident, at the place and on the day of the foiled act; without it, the next
sentence's "ensuing firefight" is read alone, with no place, no day and no sides.

A foiled plot, plan or attempt with no fight told after it stays no event ("Police foiled a plot
to bomb a church in Jos": nothing happened; trigger_mood.py).

:func:`fought_after` tells, for a trigger under a verb of foiling, whether a fight followed: in a
clause of the same verb that kills ("foiled an ambush, killing 11 insurgents") or in a phrase
of the next sentence ("in the ensuing firefight", "the gunfight that followed"). Cost: a walk
over the verb's children and a regex over one sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_places, no, rule
from sitgraph.loaders.extract.span_text import span_text

# Verbs of foiling: the act they govern did not happen as planned.
FOILING = frozenset("foil thwart avert".split())
# Verbs of a clause that tells the fight's dead ("foiled an ambush, killing 11 insurgents").
KILLING = frozenset("kill neutralise neutralize eliminate".split())
# Fights told as following what went before.
_FIGHTS = (r"(?:fire\s*fight|gun\s*fight|gun\s*battle|shoot-?out|exchange\s+of\s+(?:fire|gunfire)|encounter"
           r"|clash(?:es)?)")
FIGHT_AFTER = re.compile(
    rf"(?i)\b(?:ensuing|subsequent|resulting)\s+(?:\w+\s+)?{_FIGHTS}\b|\b{_FIGHTS}\s+that\s+(?:followed|ensued)\b")


def _killing_clause(verb: Any) -> bool:
    """Does `verb` ("foiled") carry a participle clause that kills ("..., killing 11 insurgents")?"""
    return any(c.dep_ in ("advcl", "conj") and c.lemma_.lower() in KILLING and c.tag_ == "VBG"
               for c in verb.children)


def _next_sentence(sent: Any) -> Any:
    """The sentence after `sent` in its document, None at the end."""
    doc = sent.doc
    return doc[sent.end].sent if sent.end < len(doc) else None


@rule("event.foiled-then-fought", "'troops foiled an ambush near X on Sunday. In the ensuing firefight, 11 insurgents "
      "were killed': a foiled act that ended in a fight is the fight's incident, at its place and day",
      pos=[("Troops foiled an ambush on the road to Damboa on Sunday. In the ensuing firefight, 11 insurgents were "
            "killed.", (("Damboa",),)),
           ("Soldiers foiled an attack on a checkpoint near Gao on Friday, killing four assailants.", (("Gao",),))],
      neg=[("Police foiled a plot to bomb a church in Jos on Sunday. Three suspects were arrested.", ()),
           ("Troops foiled an ambush on the road to Damboa on Sunday. The army said the road was reopened.", ())],
      probe=event_places, off=no)
def fought_after(tok: Any, verb: Any) -> bool:
    """Is trigger `tok`, governed by `verb` (a verb of foiling), an act that ended in a fight:
    the verb kills in a clause of its own, or the next sentence tells the fight that followed?
    Only the verb's object itself counts ("foiled an ambush"), never a plot or a plan to act."""
    if verb.lemma_.lower() not in FOILING or tok.head.i != verb.i or tok.dep_ != "dobj":
        return False
    return _fight_followed(tok, verb)


def _fight_followed(tok: Any, verb: Any) -> bool:
    """Does a fight follow the act `tok` that `verb` fended off: a killing clause of the verb,
    a fight that followed in the same or the next sentence?"""
    if _killing_clause(verb):
        return True
    if FIGHT_AFTER.search(span_text(tok.sent)):
        return True  # "... foiled an ambush and killed 11 insurgents in the ensuing firefight"
    nxt = _next_sentence(tok.sent)
    return nxt is not None and FIGHT_AFTER.search(nxt.text) is not None


# Verbs of fending off an act (foiled, or driven back by force).
FENDING = FOILING | frozenset("repel repulse".split())
# Words of a crossing by armed men that is no attack word of its own ("an infiltration bid").
CROSSING = frozenset("infiltration incursion".split())
BIDS = frozenset("bid attempt".split())


@rule("event.fended-crossing", "'troops foiled an infiltration bid near X on Monday. In the ensuing firefight, two "
      "intruders were killed': a crossing fended off that ended in a fight is an attack",
      # the two-sentence form also reaches Uri through place.scene-told-before (the ensuing fight
      # takes the scene before it), so the example that only this rule gives is the killing clause
      pos=[("Troops foiled an infiltration bid near Uri on Monday night, killing two intruders in a firefight.",
            (("Uri",),))],
      neg=[("Troops foiled an infiltration bid near Uri on Monday night, the army said.", ()),
           ("Troops foiled an infiltration bid near Uri on Monday night. The army said searches went on.", ())],
      probe=event_places, off=no)
def fended_crossing(tok: Any) -> bool:
    """Is noun `tok` a crossing ("infiltration", "an infiltration bid") that a verb of fending
    ("foiled", "repulsed") takes as its object, with a fight told after it?"""
    low = tok.lemma_.lower()
    if low in BIDS:
        if not any(c.lemma_.lower() in CROSSING and c.dep_ in ("compound", "amod", "nmod") for c in tok.children):
            return False
    elif low not in CROSSING:
        return False
    verb = tok.head
    return tok.dep_ == "dobj" and verb.lemma_.lower() in FENDING and _fight_followed(tok, verb)
