"""Unnamed attackers ("gunmen", "armed men") that are the only doers of an earlier attack the
report recalls (a background frame) and nobody puts on a group, in a report that names an armed
group of its own: the recalled act is unattributed.

The guide gives an unattributed attack no perpetrator and keeps peripheral actors optional; the
gold of such reports leaves the gunmen's act without actors and holds "gunmen" at most as an
optional actor, while the named group is the report's side. Where the report names no armed group,
the gunmen are the only word for the attackers and stay. The report's own incidents are left
alone: there the gunmen are as often the named group's fighters told before the source blames it.

Cost: one pass over the frames. A recalled attack whose gunmen were in fact the named group's
fighters, unsaid, loses them as a perpetrator (it had no named one either).
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.generic_sides import UNNAMED
from sitgraph.loaders.extract.rules import actors, rule

GUNMEN = "actor:unknown-gunmen"


@rule("actor.unblamed-gunmen", "unnamed attackers that are the only doers of a recalled earlier attack nobody "
      "gives to a group, in a report naming an armed group, are no perpetrator: the act is unattributed",
      pos=[("Al-Shabaab fighters stormed a hotel in Kismayo on 9 March 2022, killing 11 guests.\n\n"
            "On 2 February 2022 gunmen shot dead two traders at a market in Afmadow.",
            ("al-Shabaab", "civilians"))],
      neg=[("Fighters stormed a hotel in Kismayo on Monday, killing 11 guests, police said.\n\nThe attack "
            "recalled the killing of seven traders at a market in Afmadow in October 2020, when gunmen opened "
            "fire on the stalls.", ("civilians", "police", "unknown gunmen"))],
      probe=actors, off=lambda frames, table: None)
def drop_unblamed_gunmen(frames: list[Any], table: Any) -> None:
    """Take the unnamed attackers out of the recalled (background) frames they alone did when the
    report names an armed group and no frame uses them as target or source; with no act left, they
    drop out of `table`."""
    if not any(_named_group(e) for e in table.entities.values()):
        return
    gun = idle_attackers(frames, table, frozenset({GUNMEN}))
    for f in frames:
        if f.role == "background" and len(f.actors) == 1 and f.actors[0] in gun:
            eid = f.actors[0]
            f.actors = []
            f.attribution = [r for r in f.attribution if r[0] != eid]
    for eid in gun - doers(frames):
        table.drop(eid)


def idle_attackers(frames: list[Any], table: Any, keys: frozenset[str]) -> set[str]:
    """The entities of dictionary `keys` (unnamed attackers) with mentions that no frame of
    `frames` names as target or source: the ones an attacker rule may take out of `table`."""
    return table.mentioned(keys) - {a for f in frames for a in (*f.targets, *f.claimed_by)}


def doers(frames: list[Any]) -> set[str]:
    """The entity ids some frame names as perpetrator or records as a doer."""
    return {a for f in frames for a in f.actors} | {r[0] for f in frames for r in f.attribution}


def _named_group(ent: Any) -> bool:
    """Is `ent` an armed group the report names and mentions (not one of the unnamed sides)?"""
    return ent.kind == "Actor" and ent.type == "armed_group" and ent.key not in UNNAMED and bool(ent.mentions)
