"""A numbered unit named as what a person commands or speaks for: "commander of the 6th
Infantry Division", "a spokesman for the 34th Border Brigade".

A numbered unit standing alone is left unread (bodies.py): its acts would name the unit where
the report's other sentences name the state. Named after the people it is made of or led by,
it acts in no clause of its own: the phrase says who the commander is, and the unit is the
named body the guide makes an actor of its own. Its troops or elements named acting are left to
the state, as the unit alone is. A convention of military
reporting and encyclopedic writing in every war.

Cost: one regex match in the 40 characters before a numbered unit's name.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import branch, enabled

# "commander of the", "six soldiers of the", "troops from the", "a brigadier in the".
# Only a person's role: "troops of" or "elements of" the unit make the unit the side acting,
# where the report's other sentences name the state.
ROLE_OF = re.compile(r"(?i)\b(?:command(?:er|ers|ing\s+officer)|chief|head|spokes(?:man|woman|person))"
                     r"\s+(?:of|for|in)\s+(?:the\s+)?\Z")

UNIT_OF_ROLE = branch(
    "actor.unit-of-role", "a numbered unit named as what a person commands ('commander of the 6th Infantry Division') "
    "is read as a body of its own",
    pos=[("The operation was led by General Ramon Cruz, commander of the 6th Infantry Division.",
          ("6th Infantry Division", "Ramon Cruz"))],
    neg=[("The 6th Infantry Division shelled the village of Ampatuan.", ()),
         ("Elements of the 6th Infantry Division seized the village of Ampatuan.", ())],
    probe=actor_names, where="sitgraph.loaders.extract.bodies._owned_cand")


def unit_of_role(text: str, start: int) -> bool:
    """Does a role noun and "of" stand right before the unit named at `start`?"""
    return enabled(UNIT_OF_ROLE) and ROLE_OF.search(text, max(0, start - 40), start) is not None
