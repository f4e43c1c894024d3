"""The attackers' dead told by a pronoun after a repelled attack: "Insurgents stormed an army post
on Tuesday. Soldiers killed 18 of them before the rest fled." The sentence after the attack
names those who fought it off (troops, soldiers, police, guards ...) killing a number "of them":
"them" is the attackers just told, and the count is the attackers' dead of that incident, on top
of its victims (eval/GUIDE.md, Tolls: attackers killed in the incident count). Without this the
sentence reads as a toll of its own and takes the place of the victims' count, or the victims'
count told after it ("Three soldiers were killed") is lost.

What joins: a defending force as the subject, a killing verb and "N of them" / "all of them" /
"both of them" within one clause. What stays apart: "them" after a killing by the attackers
("the gunmen seized ten villagers and killed three of them": no defending force before the
verb), "many of them were women" (no killing verb), and a force's own raid told elsewhere
(the sentence is only read as an account of the attack told before; separate acts are
told apart by retellings._tells_account first).

Cost: one regular-expression search per sentence read as a side's account.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.quantities import parse_number
from sitgraph.loaders.extract.roles import NUM_WORD
from sitgraph.loaders.extract.rules import event_tolls, no
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.wordlists import DOER_NOUNS, nouns_alternation

# Those who fend an attack off, as the subject of the killing: the state's forces and guards by
# their common nouns ("troops", "our soldiers", "the security forces", "police officers").
_DEFENDERS = (r"troops|soldiers|forces|police(?:men)?|officers|guards|gendarmes|army|military|sentries|"
              r"defenders|peacekeepers|militiamen|commandos|units?|personnel")

THEM_KILLED = re.compile(
    rf"(?i)\b(?:{_DEFENDERS})\b(?P<gap>[^.;:]{{0,80}}?)\b(?:killed|shot\s+dead|gunned\s+down|neutrali[sz]ed|"
    rf"eliminated)\s+[\"\u201c'\u2018]?(?:all|both|{NUM_WORD})\s+of\s+them\b")

# A side named between the force and the verb ("pursued the rebels and killed five of them"):
# "them" are those, who may be the struck side of a raid (or the attackers named there, read by
# toll.pursued-attackers), not the attackers of the sentence before.
_NAMED_BETWEEN = re.compile(rf"(?i)\b(?:{nouns_alternation(DOER_NOUNS, 'plural')})\b")


@named_rule("toll.defenders-killed-them", "'Insurgents stormed an army post. Soldiers killed 18 of them': the "
            "attackers' dead told by a pronoun after the attack count on top of its victims",
            pos=[("Insurgents stormed an army post near Kidira on Tuesday night. The defence ministry said soldiers "
                  "killed 18 of them. Three soldiers were killed and five wounded.", ((21, 5, None),))],
            neg=[("Militants abducted ten farmers near Gao on Tuesday, residents said. They killed three of them "
                  "before fleeing.", ((None, None, None), (3, None, None)))],
            probe=event_tolls, off=no)
def defenders_killed_them(text: str) -> bool:
    """Does `text` tell a defending force killing a number "of them" (the attackers told before)?"""
    m = THEM_KILLED.search(text)
    return m is not None and _NAMED_BETWEEN.search(m["gap"]) is None


def them_as_attackers(counts: Any, sentence: str) -> Any:
    """The casualties `counts` of a toll sentence read after an incident, with its dead marked
    as the attackers' when `sentence` tells a defending force killing them ("of them")."""
    if counts.killed and not counts.attackers_killed and defenders_killed_them(sentence):
        return replace(counts, attackers_killed=counts.killed)
    return counts


# "Nineteen people were killed, including five attackers": a toll that already holds the
# attackers' dead, told as a part of it (their count is not added again when their deaths are
# told later, "police killed two of them").
_HELD = re.compile(
    rf"(?i)\b(?:including|among\s+them|of\s+whom)\s+(?P<n>{NUM_WORD})\s+(?:of\s+the\s+)?(?:suicide\s+)?"
    r"(?:attackers|assailants|gunmen|militants|insurgents|bombers|terrorists)\b")


def mark_them_dead(f: Any, text: str) -> None:
    """Mark the dead of frame `f` (its sentence `text`) as the attackers' when the sentence tells
    a defending force killing them ("of them"), so that they count on top of the victims; or,
    where its toll is told holding the attackers ("including five attackers"), mark that part,
    so that their dead told again later add nothing."""
    if not f.killed or f.attackers_killed:
        return
    if defenders_killed_them(text):
        f.attackers_killed = f.killed
    elif (m := _HELD.search(text)) is not None and (held := parse_number(m["n"])) and held < f.killed:
        f.attackers_killed = held
