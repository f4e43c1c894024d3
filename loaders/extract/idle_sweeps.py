"""A plural of group nouns that does nothing in the report ("armed groups have competed for the
port since 2019", "armed groups operate across the region", "rights groups say armed groups
recruit the young") is a sweep over a war's groups, not a party: no actor of its own.

The dictionary reads such plurals as its unnamed rebels. Where the report uses them as a side (the
perpetrator or target of an incident, a source, an attribution record) they stay; where no frame
uses them, the entity is left without mentions and drops out, as the guide keeps actors for
parties. A count or sweep opening the plural ("all armed groups", "the two armed groups") is
:func:`generic_sides.counted_group_plurals`' business and is left to it.

Cost: one pass over the frames and the generic side's mentions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.generic_sides import QUANTIFIED
from sitgraph.loaders.extract.rules import actors, rule

# A side's mention that is a set of groups, not fighters ("armed groups", "the factions").
GROUP_PLURAL = re.compile(r"(?i)\b(?:groups|factions|movements|organi[sz]ations|coalitions|alliances)\s*$")


@rule("actor.idle-group-sweep", "a plural of group nouns ('armed groups', 'armed factions') that is nobody's "
      "perpetrator, target, source or record is a sweep over the war's groups, not a party",
      pos=[("Gunmen killed four traders in Tibesti on Monday, police said.\n\nArmed groups linked to gold "
            "smuggling have fought over the area for years.", ("civilians", "police", "unknown gunmen"))],
      neg=[("Armed groups attacked a camp near Bunia on Monday, killing nine people.", ("civilians", "rebels"))],
      probe=actors, off=lambda frames, table, text: None)
def drop_idle_sweeps(frames: list[Any], table: Any, text: str) -> None:
    """Take out of `table` the generic side whose every mention is a plural of group nouns when
    no frame uses it (as perpetrator, target, source, attribution record or its giver): the
    report sweeps over the groups of a war ("armed groups have fought there for a decade"),
    it names no party. Cost: one pass over the frames."""
    used = _used(frames)
    for eid, ent in list(table.entities.items()):
        if ent.key == "actor:rebels" and ent.mentions and eid not in used and _sweep(ent, text):
            table.entities[eid] = replace(ent, mentions=())
            table.spans[:] = [sp for sp in table.spans if sp[2] != eid]
            table.weak.add(eid)


def _used(frames: list[Any]) -> set[str]:
    """The entity ids `frames` name as perpetrator, target, source, attribution record or its giver."""
    used = {a for f in frames for a in (*f.actors, *f.targets, *f.claimed_by)}
    return used | {x for f in frames for a, _how, by, _ev in f.attribution for x in (a, by) if x}


def _sweep(ent: Any, text: str) -> bool:
    """Is every mention of `ent` a plural of group nouns no count opens? (A counted sweep, "all
    armed groups", is generic_sides.counted_group_plurals' own.)"""
    return all(GROUP_PLURAL.search(m.text) and not QUANTIFIED.search(text[max(0, m.start - 40):m.start])
               for m in ent.mentions)
