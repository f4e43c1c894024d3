"""The side blamed named with the unit or group it belongs to: "The army blamed the ELN
guerrillas of the Northeastern Front", "Police blamed fighters of Boko Haram", "the governor
accused militiamen of the Popular Defence Forces". Local dailies, wire copy and military
statements name the accused this way; the "of" phrase on the object names whose fighters they
are, not what they are accused of ("accused X of shelling the camp"), so it must not make the
accusation one about something else than the attack.

Used by :func:`attribution._of_an_attack`. Cost: a look at one phrase's children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_attributions
from sitgraph.loaders.extract.rules import rule as named_rule


@named_rule("claim.blamed-unit-owner", "'The army blamed the ELN guerrillas of the Northeastern Front': an 'of' phrase "
            "naming the group or unit the accused belong to is part of the side blamed, not what it is accused of",
            pos=[("A bomb exploded at a market in Konduga on Wednesday, killing 12 people. Police blamed fighters of "
                  "Boko Haram.", ((("Boko Haram", "accused"),),))],
            neg=[("A drone strike hit a market in Bahir Dar on Saturday, killing 26 people. The army accused Fano of "
                  "using civilians as human shields.", ((),))],
            probe=event_attributions, off=lambda prep: False)
def names_owner(prep: Any) -> bool:
    """Is `prep` an "of" hanging from the object of the verb (not from the verb) whose object
    is a proper name ("the dissidents of the 33rd Front", "fighters of Boko Haram")?"""
    if prep.lower_ != "of" or prep.head.dep_ != "dobj" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in prep.children)
