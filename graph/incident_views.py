"""Incidents for people: filtered lists and one incident with each source's version.

:func:`list_incidents` reads the Incident nodes of a store and keeps those matching
:class:`IncidentFilter`; :func:`incident_versions` gives one incident with the events of
every report that tells it, side by side. Both stores answer the same (they read plain
nodes and edges). Cost: one pass over Incident nodes, plus lookups for names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sitgraph.graph.store import in_period

COLUMNS = ("date", "kind", "type", "places", "perpetrators", "contested", "killed", "killed_low", "killed_high",
           "wounded", "sources", "reports", "first_reported", "last_reported", "confidence", "id")
_REGION_WORDS = re.compile(r"\s+(governorate|province|state|region|oblast)$", re.IGNORECASE)


@dataclass(frozen=True)
class IncidentFilter:
    """What to keep; None means no restriction. ``place`` and ``actor`` are names, aliases
    or ids (a place keeps incidents in it or in a place inside it)."""

    place: str | None = None
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None
    min_sources: int | None = None
    contested: bool | None = None
    min_confidence: float | None = None


def _fold(text: Any) -> str:
    return _REGION_WORDS.sub("", str(text or "").strip()).lower()


def _ids_named(store: Any, name: str, label: str) -> set[str]:
    return {n["id"] for n in store.find_nodes(name, limit=200) if n["label"] == label}


def _place_matcher(store: Any, place: str) -> Any:
    ids = _ids_named(store, place, "Place") | _ids_named(store, place, "Facility")
    want = _fold(place)
    cache: dict[str, dict[str, Any]] = {}

    def inside(pid: str) -> bool:
        if pid in ids:
            return True
        if pid not in cache:
            cache[pid] = store.get_node(pid) or {}
        node = cache[pid]
        return _fold(node.get("name")) == want or _fold(node.get("admin1")) == want

    return lambda inc: any(inside(p) for p in inc.get("place_ids") or ())


def list_incidents(store: Any, flt: IncidentFilter | None = None) -> list[dict[str, Any]]:
    """Incidents matching ``flt``, oldest first (undated last), as Incident node dicts."""
    flt = flt or IncidentFilter()
    actors = (_ids_named(store, flt.actor, "Actor") or {flt.actor}) if flt.actor else None
    in_place = _place_matcher(store, flt.place) if flt.place else None
    out = []
    for inc in store.iter_nodes(("Incident",)):
        if flt.kind and str(inc.get("kind", "")).lower() != flt.kind.lower():
            continue
        if (flt.since or flt.until) and (not inc.get("date") or not in_period(inc, flt.since, flt.until)):
            continue
        if flt.min_sources is not None and (inc.get("sources") or 0) < flt.min_sources:
            continue
        if flt.contested is not None and bool(inc.get("contested")) != flt.contested:
            continue
        if flt.min_confidence is not None and (inc.get("confidence") or 0.0) < flt.min_confidence:
            continue
        if actors is not None and not actors & set(inc.get("actor_ids") or ()):
            continue
        if in_place is not None and not in_place(inc):
            continue
        out.append(inc)
    out.sort(key=lambda i: (i.get("date") is None, str(i.get("date") or ""), i["id"]))
    return out


def incident_versions(store: Any, incident_id: str) -> dict[str, Any] | None:
    """One incident and, per report telling it, that report's version: publication,
    outlet, date, kind and type, toll, perpetrators with how each is tied, places and the
    evidence sentence. None when there is no such incident."""
    inc = store.get_node(incident_id)
    if inc is None or inc.get("label") != "Incident":
        return None
    ids = sorted(store.incident_neighbours([], [incident_id]))
    events, _ = store.incident_members(ids)
    versions = []
    for e in events:
        rep = e.get("report") or {}
        versions.append({
            "report": rep.get("id"), "source": rep.get("source") or rep.get("title"), "published": rep.get("published"),
            "event": e["id"], "date": e.get("date"), "type": e.get("type"), "killed": e.get("killed"),
            "wounded": e.get("wounded"),
            "perpetrators": [f"{a.get('name') or a['id']} ({a.get('how') or 'named'})" for a in e.get("actors") or ()],
            "places": [p.get("name") or p["id"] for p in e.get("places") or ()],
            "evidence": e.get("evidence"),
        })
    versions.sort(key=lambda v: (str(v["published"] or ""), str(v["report"]), v["event"]))
    return {"incident": inc, "versions": versions}
