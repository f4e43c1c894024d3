"""A definite word for a state's forces ("the military", "the army", "the junta") standing for
the forces the report named before with that word as the head of one of their mentions
("Myanmar's military", "the Sudanese army"), though the entity's name ends otherwise
("Tatmadaw", "Sudanese Armed Forces").

Wires close an incident with its source and the source's blame ("according to the shadow
government, which blamed the military"; "the monitor accused the army"). The blame's side was
looked for as an armed side whose *name* ends in the noun, so a state's forces whose dictionary
name is another word were never found, and the incident lost the doer gold gives it. A mention
written with that head noun is how the report itself named them, so it may stand for them.

Only state forces and states (an armed group's "the military wing" is its own name), and only
the three words for a state's forces. Used by :func:`definite_actors.definite_actor`.

Cost: one look at the mentions of each entity passed back over.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_attributions, no
from sitgraph.loaders.extract.rules import rule as named_rule

FORCE_NOUNS = frozenset({"military", "army", "junta"})


@named_rule("claim.definite-forces-mention", "'according to X, which blamed the military': the definite word "
            "stands for the state forces the report named with that head noun ('Myanmar's military')",
            pos=[("Myanmar's military has fought the Ta'ang National Liberation Army in Shan State since October. "
                  "On Nov. 3, artillery shells hit a school in Kutkai, killing four children, according to the "
                  "National Unity Government, which blamed the military.", ((("Tatmadaw", "accused"),),))],
            neg=[("Myanmar's military has fought the Ta'ang National Liberation Army in Shan State since October. "
                  "On Nov. 3, artillery shells hit a school in Kutkai, killing four children, according to the "
                  "National Unity Government, which condemned the military.", ((),))],
            probe=event_attributions, off=no)
def named_with(ent: Any, noun: str) -> bool:
    """Is state or state-forces entity `ent` mentioned with `noun` ("military", "army",
    "junta") as the last word of a mention ("Myanmar's military")?"""
    if noun not in FORCE_NOUNS or ent.kind != "Actor" or ent.type not in ("state", "state_forces"):
        return False
    return any(m.text.lower().split()[-1:] == [noun] for m in ent.mentions)
