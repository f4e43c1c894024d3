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

from sitgraph.loaders.extract.rules import branch, enabled, event_attributions
from sitgraph.loaders.extract.rules import rule as named_rule

_BOMB = "A car bomb exploded at a market in Gao on Tuesday, killing 12 people. "
NAME_AND_KIND = branch(
    "claim.blamed-part-of-named-group", "'Officials blamed remnants of the Islamic State group', 'members of the "
    "Houthi movement': a group named by its proper name and a kind word ('group', 'movement') owns the accused as "
    "a proper name does",
    pos=[(_BOMB + "Officials blamed remnants of the Islamic State group.", ((("Islamic State", "accused"),),))],
    neg=[(_BOMB + "Leaders of the Islamic State group denied any role.", ((("Islamic State", "denied"),),))],
    probe=event_attributions, where="sitgraph.loaders.extract.blamed_units.names_owner")


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
    return any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or _name_and_kind(g)) for g in prep.children)


def _name_and_kind(noun: Any) -> bool:
    """Is `noun` a kind word after a proper name ("the Islamic State group", "the Houthi
    movement", "the al-Shabaab militant group"): a proper noun modifying it from the left?
    Wire copy names a group so as often as by its bare name. A name set off from the kind word
    by an adjective ("the 3R armed group", "the M23 rebel movement") is parsed as an nmod."""
    return enabled(NAME_AND_KIND) and noun.pos_ == "NOUN" and any(
        c.pos_ == "PROPN" and c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i for c in noun.children)
