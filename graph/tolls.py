"""Tolls that count each incident once.

Several reports of one airstrike give several Event nodes linked by ``SAME_INCIDENT``.
An *incident* is a connected component of events under those links (an unlinked event is
an incident of its own). Per incident, the killed (and wounded) figure is the **most
conservative** one its reports give — the smallest number any of them states — as ACLED
codes conflicting sources; events that state no figure do not count as zero. Events of
type ``aggregate`` (a toll over many incidents, "35 killed since Tuesday") are left out
of the sums, since their dead are those of the single incidents.
"""

from __future__ import annotations

from typing import Any


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:  # path compression
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def incident_groups(events: list[dict[str, Any]], links: list[tuple[str, str]]) -> list[list[dict[str, Any]]]:
    """Events grouped into incidents by the links (pairs of event ids); sorted by first id."""
    uf = _UnionFind()
    ids = {e["id"] for e in events}
    for a, b in links:
        if a in ids and b in ids:
            uf.union(a, b)
    groups: dict[str, list[dict[str, Any]]] = {}
    for e in sorted(events, key=lambda e: e["id"]):
        groups.setdefault(uf.find(e["id"]), []).append(e)
    return [groups[k] for k in sorted(groups)]


def _conservative(values: list[Any]) -> int | None:
    nums = [int(v) for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
    return min(nums) if nums else None


def totals(events: list[dict[str, Any]], links: list[tuple[str, str]]) -> dict[str, int]:
    """``events``, ``incidents``, ``killed``, ``wounded`` (each incident once, most
    conservative figure) and ``killed_reported``/``wounded_reported`` (plain sums over
    events, what a naive count would say). Pure; O(events + links)."""
    out = {"events": len(events), "incidents": 0, "killed": 0, "wounded": 0,
           "killed_reported": 0, "wounded_reported": 0}
    for group in incident_groups(events, links):
        out["incidents"] += 1
        counted = [e for e in group if e.get("type") != "aggregate"]
        for field in ("killed", "wounded"):
            out[field] += _conservative([e.get(field) for e in counted]) or 0
            out[field + "_reported"] += sum(_conservative([e.get(field)]) or 0 for e in counted)
    return out


def incident_totals(store: Any) -> dict[str, int]:
    """:func:`totals` of every event in a store. Cost: one pass over events and links."""
    events = list(store.iter_nodes(("Event",)))
    links = [(e["source"], e["target"]) for e in store.iter_edges(("SAME_INCIDENT",))]
    return totals(events, links)
