"""The care of an incident's wounded told after its toll, joined to that incident: "Doctors at
the Y hospital in Z, where the wounded were flown by helicopter, said they had received 11
injured".

Such a sentence tells no act: its only event word is "the wounded"/"the injured", a noun for
people already told of, and the verb over it (or the clause on it) moves them to care. Yet the
sentence often names a hospital in another town, the vehicle that flew them (a helicopter
made it an air strike) or the dead, so its frame kept a place, a target or a type of its own
and stood as an incident apart (the earlier care rules, :mod:`cared_wounded` and
:mod:`care_places`, only take the hospital away from a frame that names nothing else). The
guide: one incident; the hospital is no target and no place of it; a figure the sentence gives
is the incident's toll. So such a frame loses its places, targets, doers and type, and is
merged as a bare toll into the incident told last (:func:`nonevents.casualties_to_last`).
Only frames the sentence gave a type (the helicopter that flew them) are joined: untyped ones
("the injured were shifted to the hospital in X") mostly merge by place already, and joining
them to the incident told last lost events and dates on the written dev set.

Not joined: a hospital struck ("a second bomb wounded three guards at the hospital": the
trigger is a verb), a separate attack whose wounded went to the same hospital (its own act
word is a trigger), a hospital's cumulative count ("the hospital has received 300 wounded
since October": no definite article, no one told before).

Cost: a look at each trigger's head and children, for frames told only by hurt nouns.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.care_moves import moves_or_treats
from sitgraph.loaders.extract.rules import event_kinds
from sitgraph.loaders.extract.rules import rule as named_rule

_NOUNS = frozenset({"wounded", "injured"})
_DEFINITE = frozenset({"the", "those", "these"})


def _moved(tok: Any) -> bool:
    """Is the hurt noun `tok` moved to care by the verb over it ("the injured were shifted
    to", "where the wounded were flown") or by a clause on it ("the 33 injured, who were
    taken to")?"""
    verbs = [tok.head] if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else []
    verbs += [c for c in tok.children if c.dep_ in ("relcl", "acl")]
    return any(moves_or_treats(v) for v in verbs)


def _definite(tok: Any) -> bool:
    """Has the hurt noun `tok` a definite article, its own or its figure's ("the injured",
    "the 33 injured"): people told before?"""
    near = [tok, *[c for c in tok.children if c.dep_ == "nummod"]]
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for t in near for c in t.children)


def _cared_told(tok: Any) -> bool:
    """Is trigger `tok` "the wounded"/"the injured" (people told before) moved to care?"""
    return tok.lower_ in _NOUNS and _definite(tok) and _moved(tok)


@named_rule("event.care-joins-last", "'The injured were shifted to the hospital in X', 'doctors at Y, where the "
            "wounded were flown by helicopter, said ...': the care of the incident's wounded joins that incident",
            pos=[("A car bomb exploded at a checkpoint in Kurram on Sunday, killing four soldiers. Doctors at the "
                  "military hospital in Rawalpindi, where the wounded were flown by helicopter, said they had "
                  "received seven injured men.", ("Attack",))],
            neg=[("Militants attacked a police post in Loralai on Monday, killing three policemen. A second bomb "
                  "wounded three guards at the civil hospital in Quetta on Tuesday.", ("Attack", "Attack")),
                 ("A car bomb exploded at a checkpoint in Kurram on Sunday, killing four soldiers. The civil "
                  "hospital in Parachinar has received 300 wounded since October.", ("Attack", "Attack"))],
            probe=event_kinds, off=lambda told, doc: [])
def care_of_told(told: list[Any], doc: Any) -> list[Any]:
    """The frames of `told` (one sentence's hurt-noun frames, parsed in `doc`) whose every
    trigger is the hurt told before moved to care, which name no doer but were given a type by
    the sentence (the helicopter that flew them): the care of the incident told last. Untyped
    ones are left to the place merge (joining them too lost written_dev events and dates)."""
    return [f for f in told
            if f.kind == "Attack" and f.type and not f.actors and f.triggers
            and all(_cared_told(doc[i]) for i in f.triggers)]


def as_bare(cared: list[Any]) -> None:
    """Strip the frames `cared` (:func:`care_of_told`) of what their sentence lent them (the
    hospital, its town, a helicopter's type): left a bare toll of the incident told last."""
    for f in cared:
        f.actors, f.places, f.targets, f.type = [], [], [], None
