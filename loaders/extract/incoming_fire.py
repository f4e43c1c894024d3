"""Air defences bringing down incoming fire: no attack of the defender's own.

Reports of drone, missile and rocket attacks in every war add the defender's account: "the
army said its air defences shot down four of the drones", "the air force said it had downed
40 of 50 drones", "its units destroyed most of the missiles". The side speaking is the one
attacked; what it brought down is the attacker's fire. Such a clause ties the speaker to no
attack (it claims nothing), whoever its doer is ("it", "its air defences", "our units").

Used by :mod:`own_claims`. Cost: a look at the children of one verb and of its objects.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, no
from sitgraph.loaders.extract.rules import rule as named_rule

# What air defences bring down.
INCOMING = frozenset("drone drones uav uavs missile missiles rocket rockets projectile projectiles shell shells "
                     "shahed shaheds".split())
# Verbs of bringing down ("shot down", "downed", "destroyed", "intercepted", "brought down").
DOWNING_VERBS = frozenset("shoot down destroy intercept bring neutralise neutralize".split())


@named_rule("claim.defences-downed", "'the army said its air defences shot down four of the drones': bringing down "
            "incoming drones, missiles or rockets is the attacked side's defence, no claim of the attack",
            pos=[("RSF drones struck a fuel depot in Kosti overnight, the state government said. The army said its "
                  "air defences shot down four of the drones.", (("Rapid Support Forces",),)),
                 ("Ukrainian drones hit an oil depot in Bryansk on Monday. Russia's defence ministry said its air "
                  "defence systems destroyed 30 drones over the region.", (("Ukraine",),))],
            neg=[("A drone strike hit a car near Sinjar on Sunday, killing two men. Turkey's defence ministry said "
                  "its forces had destroyed two PKK vehicles in the area.", (("Turkey",),))],
            probe=event_actors, off=no)
def brings_down_incoming(verb: Any) -> bool:
    """Does `verb` (a parsed verb) tell incoming fire brought down: a verb of downing whose
    object is a drone, missile, rocket or shell, directly or through a quantity ("four of
    the drones", "40 of 50 drones", "most of them")?"""
    if verb.lemma_.lower() not in DOWNING_VERBS and verb.lower_ not in DOWNING_VERBS:
        return False
    if verb.lemma_.lower() in ("shoot", "bring") and not any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children):
        return False  # "its forces shot two fighters": no downing
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(_incoming(o) for o in objs)


def _incoming(obj: Any) -> bool:
    """Is the object `obj` incoming fire, itself or the "of" phrase of a quantity on it?"""
    if obj.lower_ in INCOMING or obj.lemma_.lower() in INCOMING:
        return True
    of = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(g.lower_ in INCOMING or g.lemma_.lower() in INCOMING or g.lower_ == "them" for g in of)
