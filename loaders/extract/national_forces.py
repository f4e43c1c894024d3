"""A national army's acronym kept apart from the state its name was read as: one party as two.

The guide keeps a state and everything that acts for it without a name of its own as one actor.
A national army whose full name is made only of a demonym and force words ("the Malian Armed
Forces") is read as the state by `actor.unnamed-forces-are-the-state`, while its acronym in the
same report ("FAMa") matches the dictionary's forces entry and became a second actor: one name,
two parties, and the gold lists the acronym among the state's names. The acronym joins the state
when the report's own words for the army, in the entry's canonical name, were read as that state.

Left apart: an acronym the report never spells out as the state ("the FAMa" alone), a named
army the rules keep as itself ("the Somali National Army"), a named unit, a foreign army. Not
joined either: the army's acronym beside a mere alias read as the state ("the Malian army ...
FAMa"), where the merge moved an event's target, and force words ("gendarmes", "police",
"soldiers") read as the country's forces entry beside the acting state; both were measured and
left out (docs/EVALUATION.md, "a state's army and police beside the state").

Cost: linear in the candidates.
"""

from __future__ import annotations

from dataclasses import replace

from sitgraph.loaders.extract.actors import ActorDictionary, ActorEntry
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actor_forms, rule


def _as(c: Cand, entry: ActorEntry) -> Cand:
    return replace(c, group="actor:" + entry.key, name=entry.name, key=entry.entity_key, type=entry.type)


def _entry(c: Cand, actors: ActorDictionary) -> ActorEntry | None:
    return actors.get(c.group[6:]) if c.kind == "Actor" and c.group.startswith("actor:") else None


@rule("actor.army-acronym-with-its-state", "a national army's acronym ('FAMa') joins the state when the "
      "report's own words for that army ('the Malian Armed Forces') were read as the state",
      pos=[("Jihadists attacked a camp of the Malian Armed Forces (FAMa) near Boni, Mali, killing soldiers.",
            (("Mali", "FAMa"), ("Mali", "Malian Armed Forces"), ("rebels", "Jihadists")))],
      neg=[("Jihadists attacked a camp of the FAMa near Boni, Mali, on Monday.",
            (("Malian Armed Forces", "FAMa"), ("rebels", "Jihadists")))],
      probe=actor_forms, off=lambda cands, actors: cands)
def army_with_its_state(cands: list[Cand], actors: ActorDictionary) -> list[Cand]:
    """`cands` with a forces entry that is part of a state joined to that state where a mention of
    the state is the entry's own canonical name (one name is never two parties)."""
    said = {(c.group, fold(c.text)) for c in cands if c.kind == "Actor" and c.type == "state"}
    out = []
    for c in cands:
        entry = _entry(c, actors)
        state = actors.get(entry.part_of) if entry is not None and entry.part_of else None
        if entry is not None and entry.type == "state_forces" and state is not None and state.type == "state":
            if ("actor:" + state.key, fold(entry.name)) in said:
                c = _as(c, state)
        out.append(c)
    return out
