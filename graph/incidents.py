"""Incidents as data: clusters of linked events, each an ``Incident`` node.

:func:`incident_records` turns events (each with its ``actors`` and ``report``) and the
``SAME_INCIDENT`` links among them into Incident node records and each event's
``incident`` id. The id is stable: ``incident:`` and a hash of the smallest event id in
the cluster, so re-ingesting the same reports gives the same ids, and a cluster keeps its
id until an event with a smaller id joins it.

An Incident carries: ``kind``, ``type`` (the most given), ``date``/``date_end`` (the span
its events cover), ``killed``/``wounded`` (the best figure, :mod:`~sitgraph.graph.tolls`)
with ``killed_low``/``killed_high`` and ``wounded_low``/``wounded_high``, ``events``,
``reports``, ``sources`` (independent ones: reports joined by a near-copy link or from one
outlet count once), ``first_reported``/``last_reported`` (publication dates),
``perpetrators`` and ``actor_ids`` (every actor any source names), ``attributions`` (one
``"<actor>: <how>[ by <who>] (<source>)"`` per source and actor), ``contested`` (two
sources name perpetrators with none in common; a denial names none), ``places``/``place_ids``, ``confidence``
(the highest of its events) and ``report_ids``. For the named queries that aggregate over
incidents rather than over every event: ``kinds`` (every kind its events have; one unless
a correction linked events of two kinds) and ``attacks_from``/``attacks_on``, two lists of
equal length whose i-th entries are an actor that perpetrated one of its events and another
actor that event targeted (each pair once).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sitgraph.graph.model import NodeRecord, props
from sitgraph.graph.tolls import figure_range, source_figures

UNCOUNTED_ROLES = frozenset({"aggregate"})
# A date wider than this (a month, a year) tells no incident apart from another.
MAX_SPAN_DAYS = 7


def recognisable(event: dict[str, Any]) -> bool:
    """Whether another report's telling of the event could be recognised as the same
    incident: dated within :data:`MAX_SPAN_DAYS` (``day_first``/``day_last``) and placed
    below the country or aimed at a named target (``link_places``, ``link_regions``,
    ``link_targets``), the properties incident linking compares. Pure."""
    first, last = event.get("day_first"), event.get("day_last")
    if not isinstance(first, int) or not isinstance(last, int) or not first or last - first > MAX_SPAN_DAYS:
        return False
    return bool(event.get("link_places") or event.get("link_regions") or event.get("link_targets"))


def counts_as_incident(event: dict[str, Any]) -> bool:
    """Whether an event is (part of) an incident. An aggregate (a toll over many incidents
    or a period) never is. An earlier incident a report recalls (role ``background``) is,
    when :func:`recognisable`: its dead are dead of a real incident, and linking joins the
    recall to any other report's telling of it, so it is counted once. A recall dated only
    by month or year, or not placed, is left out: every report recalling it again would add
    its toll again."""
    if event.get("role") in UNCOUNTED_ROLES or event.get("type") == "aggregate":
        return False
    return event.get("role") != "background" or recognisable(event)


def incident_id(event_ids: Iterable[str]) -> str:
    """``incident:<hash>`` of the smallest event id of a cluster."""
    return "incident:" + hashlib.sha256(min(event_ids).encode("utf-8")).hexdigest()[:16]


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def clusters(events: list[dict[str, Any]], links: Iterable[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Countable events grouped by the links among them; each group sorted by id, groups by
    their first id. Pure; O(events + links)."""
    uf = _Union()
    ids = {e["id"] for e in events if counts_as_incident(e)}
    for link in links:
        if link["source"] in ids and link["target"] in ids:
            uf.union(link["source"], link["target"])
    groups: dict[str, list[dict[str, Any]]] = {}
    for e in sorted(events, key=lambda e: e["id"]):
        if e["id"] in ids:
            groups.setdefault(uf.find(e["id"]), []).append(e)
    return [groups[k] for k in sorted(groups)]


def source_groups(events: list[dict[str, Any]], links: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Report id -> its independent source: reports whose events a near-copy link joins,
    or that one outlet (``source``) published, are one source. Pure."""
    uf = _Union()
    report_of = {e["id"]: str((e.get("report") or {}).get("id") or e.get("report_id") or "") for e in events}
    by_outlet: dict[str, str] = {}
    for e in events:
        rid = report_of[e["id"]]
        uf.find(rid)
        outlet = str((e.get("report") or {}).get("source") or "").strip().lower()
        if outlet:
            uf.union(rid, by_outlet.setdefault(outlet, rid))
    for link in links:
        if link.get("copy") and link["source"] in report_of and link["target"] in report_of:
            uf.union(report_of[link["source"]], report_of[link["target"]])
    return {rid: uf.find(rid) for rid in set(report_of.values())}


def _attributions(events: list[dict[str, Any]]) -> tuple[list[str], list[str], list[str], bool]:
    names: dict[str, str] = {}
    lines: set[str] = set()
    sets: set[frozenset[str]] = set()
    for e in events:
        rep = e.get("report") or {}
        outlet = rep.get("source") or rep.get("title") or rep.get("id") or e.get("report_id")
        ids = set()
        for a in e.get("actors") or ():
            if a.get("how") == "denied":  # a denial is told, but names no perpetrator
                lines.add(f"{a.get('name') or a['id']}: denied ({outlet})")
                continue
            names[a["id"]] = a.get("name") or a["id"]
            ids.add(a["id"])
            how = a.get("how") or "named"
            by = f" by {a['by_name'] or a['by']}" if a.get("by") else ""
            lines.add(f"{names[a['id']]}: {how}{by} ({outlet})")
        if ids:
            sets.add(frozenset(ids))
    order = sorted(names, key=lambda i: (names[i].lower(), i))
    contested = any(not a & b for a in sets for b in sets)
    return [names[i] for i in order], order, sorted(lines), contested


def _attack_pairs(events: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(attackers, targets), position by position: each (perpetrator, targeted actor) of one
    event, the two different, once, sorted. A denial names no perpetrator."""
    pairs = sorted({(a["id"], t) for e in events for a in e.get("actors") or () if a.get("how") != "denied"
                    for t in e.get("targets") or () if t != a["id"]})
    return [a for a, _ in pairs], [t for _, t in pairs]


def summarise(cluster: list[dict[str, Any]], source_of: dict[str, str]) -> NodeRecord:
    """The Incident record of one cluster (events with ``actors``, ``report``, ``places``).
    Pure; O(events)."""
    values: dict[str, Any] = {}
    for field in ("killed", "wounded"):
        low, best, high = figure_range(source_figures(cluster, source_of, field))
        values.update({field: best, f"{field}_low": low, f"{field}_high": high})
    reports = {str((e.get("report") or {}).get("id") or e.get("report_id")): e.get("report") or {} for e in cluster}
    published = sorted(str(r.get("published")) for r in reports.values() if r.get("published"))
    dates = sorted(str(e["date"]) for e in cluster if e.get("date"))
    ends = sorted(str(e.get("date_end") or e["date"]) for e in cluster if e.get("date"))
    types = Counter(e.get("type") for e in cluster if e.get("type"))
    perpetrators, actor_ids, attributions, contested = _attributions(cluster)
    place_names: dict[str, str] = {}
    for e in cluster:
        for p in e.get("places") or ():
            place_names[p["id"]] = p.get("name") or p["id"]
    place_ids = sorted(place_names)
    attacks_from, attacks_on = _attack_pairs(cluster)
    confidences = [float(e["confidence"]) for e in cluster if isinstance(e.get("confidence"), (int, float))]
    return NodeRecord("Incident", incident_id(e["id"] for e in cluster), props(
        kind=cluster[0].get("kind"),
        type=min(types, key=lambda t: (-types[t], t)) if types else None,
        date=dates[0] if dates else None, date_end=ends[-1] if ends and ends[-1] != dates[0] else None,
        events=len(cluster), reports=len(reports), sources=len({source_of.get(r, r) for r in reports}),
        first_reported=published[0] if published else None, last_reported=published[-1] if published else None,
        perpetrators=perpetrators, actor_ids=actor_ids, attributions=attributions, contested=contested,
        # Names sorted on their own, as the bulk CSV writer stores every list: the same
        # property whichever path wrote the incident.
        places=sorted(place_names[p] for p in place_ids), place_ids=place_ids,
        confidence=max(confidences) if confidences else None, report_ids=sorted(reports),
        kinds=sorted({str(e["kind"]) for e in cluster if e.get("kind")}), attacks_from=attacks_from,
        attacks_on=attacks_on, **values,
    ))


def incident_records(events: list[dict[str, Any]], links: list[dict[str, Any]]
                     ) -> tuple[list[NodeRecord], dict[str, str | None]]:
    """Incident records of ``events`` (every member of the clusters concerned) and each
    event's incident id (None for an event that is no incident). Pure."""
    source_of = source_groups(events, links)
    records = []
    assign: dict[str, str | None] = {e["id"]: None for e in events}
    for cluster in clusters(events, links):
        record = summarise(cluster, source_of)
        records.append(record)
        for e in cluster:
            assign[e["id"]] = record.id
    return records, assign


def linked_report_pairs(store: Any) -> set[tuple[str, str]]:
    """Pairs of report ids (sorted within a pair) that tell one incident: both have an
    event in one Incident. Cost: one pass over Incident nodes."""
    out: set[tuple[str, str]] = set()
    for inc in store.iter_nodes(("Incident",)):
        reports = sorted(set(inc.get("report_ids") or ()))
        out.update((a, b) for i, a in enumerate(reports) for b in reports[i + 1:])
    return out
