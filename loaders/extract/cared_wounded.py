"""The wounded of an incident told at their care: "the wounded were taken to X hospital",
"two of the wounded remain in critical condition at the referral hospital", "doctors at the
district hospital said many of the injured were in serious condition".

News copy follows an incident with where its wounded went and how they fare. Such a sentence
tells no act: its only event word is "wounded" or "injured" used as a noun for people already
told of ("the wounded", "many of the injured"), and the hospital it names received them, it
was not struck (the guide: a hospital that treated the wounded is not a target). Read as an
event, the hospital made it a strike of its own on a medical facility. The frame is dropped;
a figure it gives ("two of the wounded ...") stays a toll of the incident told last
(extractor._toll_after).

Cost: a look at each frame's trigger tokens.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds
from sitgraph.loaders.extract.rules import rule as named_rule

_NOUNS = frozenset({"wounded", "injured"})
_DEFINITE = frozenset({"the", "those", "these"})


def _told_wounded(tok: Any) -> bool:
    """Is `tok` "wounded"/"injured" used as a noun for people told of before: with a definite
    determiner of its own ("the wounded", "many of the injured")?"""
    return tok.lower_ in _NOUNS and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)


@named_rule("event.wounded-at-care", "'The wounded were taken to X hospital', 'two of the wounded remain in critical "
            "condition at the hospital': the incident's wounded told at their care, no strike on the hospital",
            pos=[("A bomb exploded at a market in Quetta on Monday, killing eight people. Doctors at the district "
                  "hospital said the wounded were in critical condition.", ("Attack",))],
            neg=[("A bomb exploded at a market in Quetta on Monday, killing eight people. A second bomb wounded "
                  "three guards at the district hospital.", ("Attack", "Attack"))],
            probe=event_kinds, off=lambda found, doc, table: found)
def without_cared_wounded(found: list[Any], doc: Any, table: Any) -> list[Any]:
    """The frames `found` of one sentence (of spaCy `doc`) but those whose every event word is
    the noun "the wounded"/"the injured", naming no side and no weapon: the care of an
    incident's wounded, no incident of its own."""
    for f in found:
        if f.actors or f.type or not f.triggers or not all(_told_wounded(doc[i]) for i in f.triggers):
            continue
        f.targets = [t for t in f.targets if table.entities[t].type != "medical"]
    return found
