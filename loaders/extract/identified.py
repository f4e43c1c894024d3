"""Unnamed attackers the report identifies: "gunmen believed to be Boko Haram militants",
"assailants suspected to be members of al-Shabaab". The generic group ("gunmen") is, in
that report, the named group it is said to be.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actor_forms, rule

GENERIC = frozenset({"actor:unknown-gunmen", "actor:rebels", "actor:militia"})
ARMED = frozenset({"armed_group", "state_forces", "state"})
# ", believed to be", "suspected of being", "identified as": what ties the generic word to a name.
IDENTIFIED_AS = re.compile(
    r"\s*,?\s*(?:who\s+(?:are|were)\s+)?(?:(?:believed|thought|suspected|said|reported|understood|alleged)\s+to\s+"
    r"(?:be|have\s+been)|suspected\s+of\s+being|identified\s+as)\s+(?:members\s+of\s+|fighters\s+(?:of|from)\s+)?"
    r"(?:the\s+)?$", re.IGNORECASE)


@rule("actor.identified-generic", "'gunmen believed to be Boko Haram militants': the report's unnamed gunmen are "
      "the group they are said to be",
      pos=[("Gunmen believed to be Boko Haram militants attacked Buni Yadi. The gunmen burned a school.",
            (("Boko Haram", "Boko Haram militants"), ("Boko Haram", "Gunmen"), ("Boko Haram", "gunmen")))],
      neg=[("Gunmen attacked a school in Buni Yadi. Boko Haram militants burned a school in Gujba.",
            (("Boko Haram", "Boko Haram militants"), ("unknown gunmen", "Gunmen")))],
      probe=actor_forms, off=lambda cands, text: cands)
def identified_generics(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` (in text order) with every mention of a generic armed group the report ties
    to a named armed actor ("gunmen believed to be X") regrouped as that actor; a generic
    group tied to two named actors stays as it is. Cost: linear in candidates."""
    named: dict[str, set[str]] = {}
    by_group: dict[str, Cand] = {}
    for a, b in zip(cands, cands[1:], strict=False):
        if (a.kind == "Actor" and a.group in GENERIC and b.kind == "Actor" and b.type in ARMED
                and b.group not in GENERIC and a.end <= b.start and IDENTIFIED_AS.match(text[a.end:b.start])):
            named.setdefault(a.group, set()).add(b.group)
            by_group[b.group] = b
    join = {g: by_group[next(iter(n))] for g, n in named.items() if len(n) == 1}
    return [replace(c, group=join[c.group].group, name=join[c.group].name, key=join[c.group].key,
                    type=join[c.group].type) if c.kind == "Actor" and c.group in join else c for c in cands]
