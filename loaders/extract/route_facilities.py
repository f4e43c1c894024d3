"""Roads as facilities: an unnamed "the road" or "a highway" that an ambush, a roadside bomb or
a drone strike happened on is where the incident took place, not a facility the guide counts
(at most an optional one in the annotation), even when told by where it leads ("on the road
to the capital"). A road told by the two places it links ("the road between Palma and
Mocimboa da Praia") is a route the attack was aimed at, and a named road ("the M4 highway")
is a facility by its name: both stay. Cost: one anchored regex per unnamed road candidate.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import facilities, rule

ROUTE_HEADS = frozenset({"road", "highway", "motorway"})
# The two places a road links, right after it: "between Palma and Mocimboa da Praia".
BETWEEN = re.compile(r"\s+between\s+(?:the\s+)?[A-Z][^,.;]{0,40}?\s+and\s+[A-Z]")


@rule("facility.unnamed-road-no-facility", "an unnamed road or highway an incident happened on is no facility; "
      "a named one, or one told by the two places it links, is",
      pos=[("A roadside bomb hit an army truck on the road near Kunduz on Monday, killing four soldiers.", ()),
           ("Gunmen ambushed a bus on the main road outside Bunia, killing six passengers.", ())],
      neg=[("Russian jets struck a convoy on the M4 highway near Ariha on Monday.", ("M4 highway",)),
           ("Insurgents attacked trucks on the road between Palma and Mocimboa da Praia on Monday.", ("road",))],
      probe=facilities, off=lambda cands, text: cands)
def drop_unnamed_roads(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without unnamed road candidates not followed by the two places they link.
    Cost: one anchored regex per unnamed road candidate."""
    return [c for c in cands if not (c.kind == "Facility" and ":?:" in c.group and c.head in ROUTE_HEADS
                                     and not BETWEEN.match(text, c.end))]
