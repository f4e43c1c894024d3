"""A numbered unit named after the state's people in it: "troops of the 101st Infantry Brigade",
"soldiers from the 33rd Infantry Battalion".

A numbered unit standing alone is left unread (bodies.py): its acts would name the unit where
the report's other sentences name the state. After its members' noun the phrase names both:
the noun ("troops", "soldiers") is the state's own mention and the unit the guide's named body,
an actor of its own, so an act told this way has the state and the unit as its sides, as the
guide lists them, and a unit struck this way is a target with its state. Military statements,
wire copy and encyclopedic articles in every war write units so.

Cost: one regex match in the 40 characters before a numbered unit's name.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import branch, enabled

# "troops of the", "soldiers from the": the state's own word for its people. "Elements of the" or
# "a truck of the" name no state, so the unit alone would act where the report's other
# sentences name the state; those stay unread.
MEMBERS_OF = re.compile(r"(?i)\b(?:troops|soldiers|servicemen|marines|paratroopers)\s+(?:of|from)\s+(?:the\s+)?\Z")

# A numbered unit's name: "101st Infantry Brigade", "the 90th Tank Division".
ORDINAL_OPENS = re.compile(r"(?i)(?:the\s+)?\d{1,3}(?:st|nd|rd|th)\s")

UNIT_OF_MEMBERS = branch(
    "actor.unit-of-members", "a numbered unit after the state's word for its people ('troops of the 101st Infantry "
    "Brigade', 'soldiers from the 33rd Battalion') is read as a body of its own, the word staying the state's",
    pos=[("Troops of the 101st Infantry Brigade arrested a bomb-maker in Tipo-Tipo on Monday.",
          ("101st Infantry Brigade", "government forces"))],
    neg=[("The 101st Infantry Brigade arrested a bomb-maker in Tipo-Tipo on Monday.", ())],
    probe=actor_names, where="sitgraph.loaders.extract.bodies._owned_cand")


def state_unit_members(members: Cand, unit: Cand) -> bool:
    """Are `members` ("troops") the state's own mention before its numbered unit `unit` ("of the
    101st Infantry Brigade"), to be kept apart so that both are the sides of what they do?"""
    return (enabled(UNIT_OF_MEMBERS) and members.type == "state_forces" and unit.type == "state_forces"
            and unit.group.startswith("org:") and ORDINAL_OPENS.match(unit.text) is not None)


def unit_of_members(text: str, start: int) -> bool:
    """Does a members' noun and "of" stand right before the unit named at `start`?"""
    return enabled(UNIT_OF_MEMBERS) and MEMBERS_OF.search(text, max(0, start - 40), start) is not None


def unit_and_state(a: Any, b: Any) -> bool:
    """Are entities `a` and `b` a numbered unit and a government side ("101st Infantry Brigade"
    and "government forces"), one side acting together, not allies?"""
    def unit(e: Any) -> bool:
        return e.type == "state_forces" and not e.key and ORDINAL_OPENS.match(e.name + " ") is not None
    gov = ("state", "state_forces")
    return enabled(UNIT_OF_MEMBERS) and ((unit(a) and b.type in gov) or (unit(b) and a.type in gov))
