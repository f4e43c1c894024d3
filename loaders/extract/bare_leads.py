"""A strike told first by its doer and its town alone, then, in the very next sentence, by what
hit what: "Russian forces struck Kramatorsk again. A guided bomb hit an apartment building in the
city's Sotsmisto district, killing two", "Israel struck Tyre on Monday. A drone hit a car park
near the port, killing three". Broadcasters and wires open a strike's paragraph this way; the
second sentence names no doer because the first just did, and its target is the first's.

Joins: an incident frame with a doer and a place (a town, or a province read for a city's
name) but no weapon, no toll and no named target (the bare lead), and the next sentence's
incident frame with no doer, a weapon or a toll, placed nowhere the gazetteer puts apart from
the lead (a place of the lead's, a district it does not know or puts within a city's reach of
the lead's place, or no place). Stays apart: a lead that already tells its own weapon, toll or
target ("the army shelled rebel positions near X. A rocket hit a school in Y": two acts), a
detail placed in a known town away from the lead's, a detail with a doer of its own, and a
detail two sentences on. The caller (frame_joins._continues) also keeps apart frames dated on
other days or marked as separate ("In another attack"). Cost: a few set operations and
distances per pair of adjacent frames.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.frame_overlap import BROAD_PLACES
from sitgraph.loaders.extract.rules import event_actors, rule
from sitgraph.loaders.resolve import haversine_km

# A district of a city lies within this distance of the city's point.
CITY_KM = 15.0
# Targets that leave a lead bare: the people at large, or a state whose soldiers were hit.
_UNNAMED = ("civilians", "state")


@rule("event.bare-lead-detail", "'X struck <town> again. A guided bomb hit an apartment building in the city's Y "
      "district, killing two': the next sentence's doerless strike is the bare lead's detail, one incident",
      pos=[("Russian forces struck Kramatorsk again on Thursday. A guided bomb hit an apartment building in the "
            "city's Sotsmisto district, killing two people, the governor said.", (("Russia",),))],
      neg=[("Russian forces struck Kramatorsk again on Thursday. A guided bomb hit an apartment building in Sumy, "
            "killing two people, the governor said.", (("Russia",), ())),
           ("Russian forces struck Kramatorsk with missiles on Thursday, killing one man. A guided bomb hit an "
            "apartment building in the city's Sotsmisto district, killing two people, the governor said.",
            (("Russia",), ()))],
      probe=event_actors, off=lambda prev, f, table: False)
def lead_detail(prev: Any, f: Any, table: Any) -> bool:
    """Is incident frame `f` the detail of the bare lead `prev` told in the sentence just
    before (see the module doc)?"""
    if not (prev.role == f.role == "incident" and prev.kind == f.kind == "Attack"):
        return False
    if f.sent_index != prev.last_index + 1 or not _bare(prev, table) or not _detail(f):
        return False
    ent = table.entities
    own = {x for x in f.places if ent[x].kind == "Place" and ent[x].type != "country"} - set(prev.places)
    return all(_inside(ent[x], [ent[p] for p in prev.places]) for x in own)


def _bare(prev: Any, table: Any) -> bool:
    """A lead with a doer and a place that tells no act of its own: no weapon, toll or named target."""
    ent = table.entities
    return bool(prev.actors and prev.places) and not (prev.type or prev.killed or prev.wounded) \
        and all(ent[t].type in _UNNAMED for t in prev.targets)


def _detail(f: Any) -> bool:
    """A frame with no doer that tells what hit: a weapon or a toll."""
    return not f.actors and bool(f.type or f.killed or f.wounded)


def _inside(place: Any, towns: list[Any]) -> bool:
    """Does `place` lie within one of `towns` as far as the gazetteer tells: unknown to it
    (a district it lacks), a province holding one of them, or within a city's reach of one?"""
    if place.lat is None or place.lon is None:
        return True
    if place.type in BROAD_PLACES:  # "in Sumy" read as the province: the lead's place must lie in it
        return any(place.name.lower() in ((t.admin1 or "").lower(), t.name.lower()) for t in towns)
    return any(t.lat is not None and t.lon is not None and haversine_km(place.lat, place.lon, t.lat, t.lon) <= CITY_KM
               for t in towns)
