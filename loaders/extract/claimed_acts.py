"""The acts a side claims, named by the noun of the act: "claimed the firing", "claimed the
beheadings", "claimed the assassination", "claimed the operation". Statements of every war
name the claimed act by any noun of violence, not only "the attack" (the claim words of
:mod:`attribution`): "X claimed <noun of an act>" is a claim of the incident.

Cost: one set lookup per object of "claim".
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_attributions, no
from sitgraph.loaders.extract.rules import rule as named_rule

# Nouns of a violent act, beside the "attack" words attribution.py names itself.
CLAIMED_ACTS = frozenset("firing shelling bombardment barrage shootings beheading beheadings assassination "
                         "assassinations murder murders hijacking hijackings operation operations ambushes "
                         "assaults raids explosions blasts downing".split())


@named_rule("claim.act-named", "'X claimed the firing / the beheadings / the assassination': any noun of a violent "
            "act names the incident claimed, not only 'the attack'",
            pos=[("Gunmen fired on an army post in Poonch on Sunday. The Resistance Front later claimed the firing.",
                  ((("Resistance Front", "claimed"),),))],
            neg=[("Gunmen fired on an army post in Poonch on Sunday. The Resistance Front later claimed the land.",
                  ((("unknown gunmen", "reported"),),))],
            probe=event_attributions, off=no)
def names_claimed_act(obj: Any) -> bool:
    """Is `obj` (the parsed object of "claim") a noun of a violent act?"""
    return obj.pos_ == "NOUN" and (obj.lower_ in CLAIMED_ACTS or obj.lemma_.lower() in CLAIMED_ACTS)
