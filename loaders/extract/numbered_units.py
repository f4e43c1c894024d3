"""A numbered unit's name keeps its number: "the 58th Combined Arms Army", "the 9th Brigade".

Armies name their formations by an ordinal and a unit word in every war; the number is what
tells one division from another, and the guide's names keep it ("90th Tank Division"). spaCy
often leaves the ordinal outside the organisation it finds ("58th" ORDINAL, "Combined Arms
Army" ORG), so the candidate another reader made of the words after an ordinal is widened to
take it. Only a candidate ending in a unit word is widened; a dictionary name is left as it
is. Cost: one regex match before each actor candidate.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.bodies import UNIT_HEADS
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule

# An ordinal right before a candidate: "58th " of "the 58th Combined Arms Army".
ORDINAL_BEFORE = re.compile(r"(?<![\w\-])\d{1,3}(?:st|nd|rd|th)\s+$")


@rule("actor.unit-keeps-number", "a unit named after an ordinal keeps the ordinal in its name ('the 58th Combined "
      "Arms Army', not 'Combined Arms Army')",
      pos=[("Russia said the 58th Combined Arms Army shelled Orikhiv on Monday.",
            ("58th Combined Arms Army", "Russia"))],
      neg=[("Fighters of the Arakan Army attacked a police post in Maungdaw.", ("Arakan Army",))],
      probe=actor_names, off=lambda cands, text: cands)
def numbered_unit_forms(cands: list[Cand], text: str) -> list[Cand]:
    """`cands`, an actor candidate ending in a unit word and standing right after an ordinal
    widened to take it (its name with it)."""
    out = []
    for c in cands:
        words = c.text.split()
        m = ORDINAL_BEFORE.search(text, max(0, c.start - 8), c.start) if c.kind == "Actor" and c.rank >= 2 \
            and words and words[-1] in UNIT_HEADS else None
        if m is None:
            out.append(c)
            continue
        surface = text[m.start():c.end]
        out.append(replace(c, start=m.start(), text=surface, name=surface))
    return out
