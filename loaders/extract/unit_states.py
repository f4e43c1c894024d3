"""A unit's act is its state's: "US Central Command said its forces struck ...", "the SSPDF
shelled ...". The annotation guide makes a named unit or command its own actor, part of its
state, and lists the state among the perpetrators of what the unit does; sentences elsewhere
in a report call the same side by the state's name. So an event whose perpetrator is a unit
with its state in the report (a PART_OF relation) also names that state. (A state the report
never names is not added: the dictionary's units include a state's own army, which the
guide folds into the state where the report names both.)
Cost: linear in events and relations.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sitgraph.graph.model import Event
from sitgraph.loaders.extract.rules import event_actors, rule

UNIT_TYPES = ("state_forces",)


@rule("actor.unit-acts-for-state", "an event a named unit or command carries out also names the state it is "
      "part of ('US Central Command said its forces struck ...': the United States)",
      pos=[("US strikes hit Yemen on Friday. US Central Command said its forces struck Houthi radar sites in Yemen "
            "on Saturday.", (("United States",), ("US Central Command", "United States")))],
      neg=[("The Houthis said their forces struck a ship in the Red Sea on Saturday.", (("Houthis",),))],
      probe=event_actors, off=lambda events, relations, table: events)
def with_parent_states(events: list[Event], relations: list[Any], table: Any) -> list[Event]:
    """`events` with each unit perpetrator's state (PART_OF, a state) added after it."""
    ents = table.entities
    parent = {r.source: r.target for r in relations
              if r.type == "PART_OF" and ents[r.source].type in UNIT_TYPES and ents[r.target].type == "state"}
    out = []
    for ev in events:
        more = tuple(p for p in dict.fromkeys(parent.get(a) for a in ev.actors) if p and p not in ev.actors)
        out.append(replace(ev, actors=ev.actors + more) if more else ev)
    return out

