"""Bare arms in a statement belong to a state: "the army said jets struck ..." ties the jets to
the army, but "jets bombed a monastery, a spokesman for the resistance said" does not tie them
to the resistance. Armed groups have no warplanes and do not call their own fighters "troops"
or "soldiers" (those words, bare, name the government's forces in every war's copy: "rebels
said troops had shelled the village"), so a bare word for arms ("jets", "helicopters",
"troops") in a non-state side's statement names the other side, whom the report may name
elsewhere; the statement is the speaker's account, not a claim.

Used by :mod:`own_claims` on the sides speaking a statement whose doer is named by such a
bare word (a pronoun, "it had struck", still ties the act to any speaker). Cost: one look-up
per speaking side.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, rule

# Types of a side that has an air force and calls its own men "troops".
STATE_TYPES = frozenset({"state", "state_forces"})


@rule("claim.own-arms-of-states", "bare 'jets', 'troops' in a statement are the speaker's own only when the speaker "
      "is a state: 'jets bombed X, a rebel spokesman said' ties the jets to no rebel group",
      pos=[("Two jets bombed a monastery in Depayin township on Saturday night, a spokesman for the People's "
            "Defence Force said.", ((),))],
      neg=[("The Israeli military said fighter jets struck a weapons depot in Nabatieh on Sunday, killing three "
            "people.", (("Israel",),))],
      probe=event_actors, off=lambda sides, table: sides)
def arms_owners(sides: list[str], table: Any) -> list[str]:
    """Of `sides` (entity ids of the speakers of a statement naming bare arms as the doer),
    those that own such arms: states and their forces."""
    return [a for a in sides if table.entities[a].type in STATE_TYPES]
