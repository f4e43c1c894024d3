"""Groups the actor dictionaries do not list, known by what the text says they did.

No dictionary holds every armed group of every war ("the Liberation Panthers of Wanni",
"the Zagros Freedom Hawks", a front or a column of a larger movement). The parser names
them organisations. An organisation the text says claimed an attack, was blamed, accused or
suspected of it, is a side of that attack like any listed armed group; a body
that speaks or counts (a ministry, an office, a centre, a committee, a network) is not,
whatever it is accused of. Cost: a look at one entity's name.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.bodies import BODY_HEADS
from sitgraph.loaders.extract.rules import event_attributions
from sitgraph.loaders.extract.rules import rule as named_rule

# Heads of bodies that speak, count or treat, never fight (besides bodies.BODY_HEADS).
NON_FIGHTING = frozenset(w.lower() for w in BODY_HEADS) | frozenset(
    "centre center department institute foundation service services bureau court hospital university "
    "society association network authority police ministry media news radio television agency".split())
# How a side is tied to an attack by a statement naming it: claimed, blamed or suspected (a
# narrated act is not enough; a body denying allegations is most often the side defending).
TIES = frozenset({"claimed", "accused", "suspected"})


@named_rule("actor.unlisted-group-tied", "an organisation no dictionary lists that claims or is blamed for an "
            "attack is a side of it ('the Liberation Panthers of Wanni'); a speaking body is not",
            pos=[("A roadside mine hit a passenger bus near Anuradhapura, Sri Lanka, on 23 September 2007, killing "
                  "22 people. The military blamed the Liberation Panthers of Wanni (LPW) for the blast; the LPW "
                  "denied involvement.", ((("Liberation Panthers of Wanni", "accused"),),))],
            neg=[("A roadside mine hit a passenger bus near Anuradhapura, Sri Lanka, on 23 September 2007, killing "
                  "22 people. The military blamed the Media Centre for National Security for the blast.", ((),))],
            probe=event_attributions, off=lambda ent, how: False)
def unlisted_side(ent: Any, how: str) -> bool:
    """May entity `ent`, tied to an attack as `how`, be a side though no dictionary lists it?
    An organisation of no dictionary whose name has no head of a speaking body."""
    if how not in TIES or ent.kind != "Actor" or ent.type != "organization" or ent.key is not None:
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", ent.name or "")}
    return not words & NON_FIGHTING
