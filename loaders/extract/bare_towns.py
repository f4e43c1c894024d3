"""A scene placed only by "the town": "Armed men struck the eastern side of the town, near the
water point" in a report whose lead named one town, Djibo. The bare definite settlement noun
("the town", "the city", "the village", with no name after it) points back to the one
settlement the report named before the sentence; a frame with no settlement of its own is
placed there too, so the accounts and claims told of that town can join it.

Every outlet writes a feature so: the town is named in the lead, then told back as "the town".
Not when two settlements were named before ("the town" could be either: nothing added), not
"the town of X" (named there), not "the capital" (often a country's, named nowhere near).
Cost: one search of each incident sentence and a pass over the mentions before it.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_places, nothing, rule

# Settlement types a bare "the town" may point back to.
SETTLEMENTS = frozenset({"town", "city", "village"})
# Kinds whose frames are incidents a place locates.
PLACED = frozenset({"Attack", "Abduction", "Capture"})
# "the town" with no name after it ("the town of X", "the town Y" name their own).
# "the city's power station" names a facility of a town the sentence fronts, not the scene's town.
BARE = re.compile(r"\bthe\s+(?:town|city|village)\b(?!\s+(?:of|[A-Z])|['’]s)")
# Places that make "the town" ambiguous when named before it: a town, or a province or district
# that shares a town's name ("Kunduz" read as the province).
NAMED_BEFORE = SETTLEMENTS | frozenset({"province", "district", "region", "state", "county"})


def _settlement(table: Any, eid: str) -> bool:
    e = table.entities.get(eid)
    return e is not None and e.kind == "Place" and e.type in SETTLEMENTS


def _one_told_before(table: Any, start: int) -> str | None:
    """The one settlement mentioned before offset `start`, else None (none, or two)."""
    told = {eid for s, _e, eid in table.starting_in(0, start) if _named_place(table, eid)}
    return next(iter(told)) if len(told) == 1 and _settlement(table, next(iter(told))) else None


def _named_place(table: Any, eid: str) -> bool:
    e = table.entities.get(eid)
    return e is not None and e.kind == "Place" and e.type in NAMED_BEFORE


@rule("place.bare-town-told-back", "'struck the eastern side of the town': a scene placed only by a bare 'the "
      "town' takes the one settlement the report named before it",
      pos=[("Gunmen on motorbikes attacked Kaya on Tuesday. They struck the eastern side of the town, near the "
            "well at Tindabouli.", (("Kaya", "Tindabouli"),))],
      neg=[("Gunmen on motorbikes attacked Kaya and Dori on Tuesday. They struck the eastern side of the town, "
            "near the well at Tindabouli.", (("Dori", "Kaya"), ("Tindabouli",))),
           ("Gunmen on motorbikes attacked Kaya on Tuesday. They struck the eastern side of the town of Dori, "
            "near the well at Tindabouli.", (("Kaya",), ("Dori", "Tindabouli"))),
           ("Gunmen on motorbikes attacked Kaya on Tuesday. They struck the eastern side of the capital, near "
            "the well at Tindabouli.", (("Kaya",), ("Tindabouli",)))],
      probe=event_places, off=nothing)
def place_bare_towns(frames: list[Any], texts: dict[int, str], table: Any) -> None:
    """Add to each incident frame whose sentence says a bare "the town" / "the city" / "the
    village", and which has no settlement of its own, the one settlement named before it."""
    for f in frames:
        if f.role != "incident" or f.kind not in PLACED or any(_settlement(table, x) for x in f.places):
            continue
        if not BARE.search(texts.get(f.sent_index, "")):
            continue
        town = _one_told_before(table, f.sent_start)
        if town is not None:
            f.places.append(town)
