"""The flight of the people an attack struck, told as who they were: "gunmen opened fire on
worshippers fleeing the blasts", "soldiers shot residents who were fleeing the village". The
participle or relative clause describes the victims at the moment they were hit; it is no
displacement of its own (a flight told for itself, "Thousands of residents fled the
village", is). A convention of English in any report.

Cost: a look at a trigger's head and its head's head.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.attack_forms import opened_fire
from sitgraph.loaders.extract.rules import event_kinds, no, rule
from sitgraph.loaders.extract.triggers import VERB_TRIGGERS

_AIMS = ("on", "at", "upon", "into")


def _struck_by(noun: Any) -> Any:
    """The verb `noun` is struck by: its direct object, or the aim of its "on"/"at"; else None."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in _AIMS and noun.head.dep_ == "prep":
        return noun.head.head
    return None


@rule("event.fleeing-victims", "'opened fire on worshippers fleeing the blasts': the flight of those an attack struck "
      "says who they were, no displacement of its own",
      pos=[("On 28 November 2014, gunmen opened fire on worshippers fleeing the blasts at the Grand Mosque in Kano.",
            ("Attack",)),
           ("On 28 November 2014, soldiers shot residents who were fleeing the village of Dogo in Borno State.",
            ("Attack",))],
      neg=[("On 28 November 2014, thousands of residents fled the village of Dogo in Borno State after gunmen "
            "attacked it.", ("Displacement", "Attack"))],
      probe=event_kinds, off=no)
def victims_fleeing(tok: Any, kind: str | None) -> bool:
    """Is trigger `tok` (of event `kind`) a flight in a clause describing the people an attack
    verb struck ("worshippers fleeing", "residents who were fleeing")?"""
    if kind != "Displacement" or tok.dep_ not in ("acl", "relcl"):
        return False
    verb = _struck_by(tok.head)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    return VERB_TRIGGERS.get(lemma) == "Attack" or opened_fire(verb, lemma)
