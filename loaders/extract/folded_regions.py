"""A country's compass region written as the possessive qualifier of the place after it
("northern Mozambique's Cabo Delgado province", "eastern Congo's Ituri province") is a form of
the country, not a place of its own.

Compass regions are places of their own (regions.py) so that an incident told "in northern
Mali" can be placed there (event_regions.py), as the annotation guide asks for every named
sub-region used to locate events. In the possessive the region only qualifies the province
or town that locates the incident, and the annotation lists it among the country's forms
("Names list the forms used, with and without qualifiers"), so a second entity is a false
one. Once events are built, a region no event uses and every mention of which is such a
qualifier folds into its country's Place, when the report names the country as a place; its
relations move with it. A region an event is placed in or named on its own elsewhere
(annotators differ on a background mention, "violence in central Nigeria": most gold keeps
it apart), a town's compass part, a name that opens with a compass word ("North Darfur",
"South Sudan", "West Bank": dictionary places, not regions) and a country only named as an
actor are left alone.

Pure function over the entity table, events and relations; cost: linear in entities,
events and relations.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.entity_folds import fold_entities, follow_folds
from sitgraph.loaders.extract.event_records import used_ids
from sitgraph.loaders.extract.rules import places, rule

COUNTRY_REGION = re.compile(r"^place:([a-z]{2}):[a-z]+-region$")
POSSESSIVE = re.compile(r"['\u2019]s\s+\S")


@rule("place.possessive-region-folds", "a country's compass region in the possessive before the place it "
      "qualifies ('northern Mozambique's Cabo Delgado province') is a form of the country's place",
      pos=[("A drone struck a fuel depot in southern Russia's Rostov region on Tuesday.", ("Rostov", "Russia"))],
      # an incident placed in the region keeps it apart
      neg=[("Jihadists attacked a military base in northern Mali on Tuesday, killing 10 soldiers. "
            "Mali has fought insurgents since 2012.", ("Mali", "northern Mali"))],
      probe=places, off=lambda table, events: {})
def unplaced_regions(table: Any, events: list[Any]) -> dict[str, str]:
    """Region id -> country id for the compass regions of `table` that no event of `events`
    uses, written only as possessive qualifiers, whose country the report names as a place."""
    countries = {e.country: eid for eid, e in table.entities.items()
                 if e.kind == "Place" and e.type == "country" and e.country}
    used = used_ids(events, [])
    text = table.report.text
    out = {}
    for eid, e in table.entities.items():
        m = COUNTRY_REGION.match(e.key or "") if e.kind == "Place" else None
        if m is None or eid in used or not all(_qualifies(x, text) for x in e.mentions):
            continue
        cid = countries.get(m.group(1).upper()) or countries.get(m.group(1))
        if cid is not None:
            out[eid] = cid
    return out


def _qualifies(m: Any, text: str) -> bool:
    """Is region mention `m` a possessive qualifier of the place after it ("northern
    Mozambique's Cabo Delgado province")? That place, not the region, locates what follows."""
    return POSSESSIVE.match(text, m.end) is not None


def fold_unplaced_regions(table: Any, events: list[Any], relations: list[Any]) -> list[Any]:
    """Fold each possessive compass region of `table` into its country (mentions joined, the
    region's entity dropped) and return `relations` with the region's id replaced by the
    country's (a relation between the two, now a loop, dropped; duplicates kept once)."""
    folded = unplaced_regions(table, events)
    if not folded:
        return relations
    fold_entities(table, folded)
    return follow_folds(relations, folded)
