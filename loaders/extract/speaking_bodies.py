"""A side's own body speaking of the side's forces: "Ukraine's General Staff said its forces hit
a depot", "the ISPR said its troops killed six militants", "the Security Media Cell said its
forces ...", a group's news outlet saying its fighters struck.

Armies and armed groups speak through bodies of their own: a general staff, a military press
office, an operations command, a news agency. The actor dictionary lists such a body as an actor
of its own, part of its state or group (`part_of`), typed as an organisation or an outlet, not as
an armed side, so a statement "its forces did X" by it had no side to claim the act and the act
kept no doer. By both guides the side speaking of its own forces' act is its doer: the body's
side. Only bodies the dictionary places in an armed side count (a UN agency or a ministry of
health has no forces).

Used by :func:`sitgraph.loaders.extract.own_claims._speaking_sides`. Cost: a dictionary look-up
per actor named in the speaker's phrase, only when no armed side is named there.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES, load_actors
from sitgraph.loaders.extract.rules import event_actors, none_found, rule


@rule("claim.body-of-side", "'Ukraine's General Staff said its forces hit ...': a body the dictionary places in an "
      "armed side speaks for that side, which claims its forces' act",
      pos=[("Ukraine's General Staff said its forces hit a Russian ammunition depot near the village of Hola "
            "Prystan on Tuesday night. Russia did not comment on the claim by Ukraine.", (("Ukraine",),))],
      neg=[("Ukraine's State Emergency Service said its teams put out a fire at a depot near the village of "
            "Hola Prystan on Tuesday night after a Russian drone hit it.", (("Russia",),))],
      probe=event_actors, off=none_found)
def body_sides(ents: list[str], table: Any) -> list[str]:
    """The armed sides, named in the report, that the bodies among `ents` (actor ids of the
    speaker's phrase) belong to by the dictionary. A side the report does not name is not added:
    the body alone is no side to hold the act."""
    actors = load_actors()
    out: list[str] = []
    for e in ents:
        entry = actors.get(_dictionary_key(table.entities[e].key))
        parent = actors.get(entry.part_of) if entry is not None and entry.part_of else None
        if parent is None or parent.type not in ARMED_TYPES:
            continue
        side = table.by_group.get("actor:" + parent.key)
        if side is not None and side not in out:
            out.append(side)
    return out


def _dictionary_key(key: str | None) -> str:
    """The dictionary key of an entity key ("actor:ukraine-general-staff")."""
    return (key or "").removeprefix("actor:")
