"""Where things are: coordinates of nodes, the located ancestor of a place without them,
and how precisely a point is known. Shared by the map and the GeoJSON/KML export."""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

# Placement follows LOCATED_IN this many steps up when a place has no coordinates.
PARENT_STEPS = 3
# Place precision, finest first: the place an event is said to be at.
_PLACE_RANK = {"town": 0, "village": 0, "landmark": 0, "district": 1, "province": 2, "state": 2,
               "region": 3, "country": 4}
_PLACE_PRECISION = {"country": "country", "province": "province", "region": "province", "state": "province",
                    "governorate": "province", "district": "district"}


def coords(d: dict[str, Any]) -> tuple[float, float] | None:
    """(lat, lon) of node attributes ``d``, or None when absent or out of range."""
    try:
        lat, lon = float(d["lat"]), float(d["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat) or math.isnan(lon):
        return None
    return lat, lon


def located(g: nx.MultiDiGraph, node: str) -> str | None:
    """``node`` if it has coordinates, else the nearest LOCATED_IN ancestor that has
    (at most :data:`PARENT_STEPS` up), else None."""
    seen = {node}
    for _ in range(PARENT_STEPS + 1):
        if coords(g.nodes[node]):
            return node
        parents = [v for _, v, d in g.out_edges(node, data=True)
                   if d.get("type") == "LOCATED_IN" and v not in seen]
        if not parents:
            return None
        node = sorted(parents)[0]
        seen.add(node)
    return None


def precision(d: dict[str, Any]) -> str:
    """How precisely a point is known: ``exact`` (a facility, or an event with its own
    coordinates), ``town``, ``district``, ``province`` or ``country`` (from a place's type)."""
    if d.get("label") in ("Facility", "Event"):
        return "exact"
    return _PLACE_PRECISION.get(str(d.get("type") or "").lower(), "town")


def event_place(g: nx.MultiDiGraph, ev: str) -> str | None:
    """The finest place (or facility) an event ``OCCURRED_IN``, or None."""
    places = [v for _, v, t in g.out_edges(ev, data="type") if t == "OCCURRED_IN"]
    if not places:
        return None

    def rank(p: str) -> tuple[int, str]:
        d = g.nodes[p]
        return (-1 if d.get("label") == "Facility" else _PLACE_RANK.get(str(d.get("type")), 0), p)

    return min(places, key=rank)
