"""The one definition of a toll: each incident once, with its best figure.

An *incident* is a cluster of events that reports tell of (linked ``SAME_INCIDENT``; an
unlinked event is an incident of its own); each has an ``Incident`` node
(:mod:`~sitgraph.graph.incidents`). Events whose role or type is ``aggregate`` (a toll over
many incidents or a period) belong to no incident and never enter a toll. An earlier
incident a report recalls (role ``background``) is an incident like any other when it is
dated to the week and placed, so that another report's telling of it is linked to it and
counted once; a recall dated only by month or year, or with no place, belongs to none
(:func:`~sitgraph.graph.incidents.counts_as_incident`).

Per incident, each independent source (:func:`source_figures`) gives one figure: that of
its latest report. Across sources:

- **low** / **high**: the smallest and largest figure;
- **best** (:func:`best_figure`): the figure the most independent sources give; on a tie,
  the figure of the latest report among the tied (by publication date, then report id).

A toll (``stats``, every named query, ``analyze``, ``sitgraph incidents``) is the sum of
the incidents' best figures; events that state no figure count as no figure, not zero.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

FIGURES = ("killed", "wounded")


def number(value: Any) -> int | None:
    """An integer figure, or None for anything that is not a number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return int(value)


def best_figure(figures: list[tuple[int, tuple[str, str]]]) -> int | None:
    """The best of ``(figure, (published, report id))`` pairs, one per independent source:
    the most given, ties to the latest report. Pure."""
    if not figures:
        return None
    counts = Counter(f for f, _ in figures)
    top = max(counts.values())
    tied = [(when, f) for f, when in figures if counts[f] == top]
    return max(tied)[1]


def source_figures(events: Iterable[dict[str, Any]], source_of: dict[str, str],
                   field: str) -> list[tuple[int, tuple[str, str]]]:
    """Per independent source, the figure of its latest report that gives one, with that
    report's ``(published, report id)``. ``events`` carry ``report`` (``id``,
    ``published``); ``source_of`` maps report ids to source groups. Within one report the
    largest figure of its events in the incident counts. Pure."""
    per_report: dict[str, tuple[int, tuple[str, str]]] = {}
    for e in events:
        value = number(e.get(field))
        if value is None:
            continue
        rep = e.get("report") or {}
        rid = str(rep.get("id") or e.get("report_id") or "")
        when = (str(rep.get("published") or ""), rid)
        if rid not in per_report or value > per_report[rid][0]:
            per_report[rid] = (value, when)
    per_source: dict[str, tuple[int, tuple[str, str]]] = {}
    for rid, (value, when) in per_report.items():
        group = source_of.get(rid, rid)
        if group not in per_source or when > per_source[group][1]:
            per_source[group] = (value, when)
    return sorted(per_source.values(), key=lambda x: x[1])


def figure_range(figures: list[tuple[int, tuple[str, str]]]) -> tuple[int | None, int | None, int | None]:
    """``(low, best, high)`` of per-source figures (Nones when no source gives one)."""
    if not figures:
        return None, None, None
    values = [f for f, _ in figures]
    return min(values), best_figure(figures), max(values)


def totals(events: list[dict[str, Any]], incidents: list[dict[str, Any]]) -> dict[str, int]:
    """``events``, ``incidents``, ``killed``/``wounded`` (sum of incidents' best figures),
    ``killed_low``/``killed_high`` (sums of their ranges) and ``killed_reported``/
    ``wounded_reported`` (plain sums over every event with its own figure, what a naive
    count says, aggregates and background included). Pure; O(events + incidents)."""
    out = {"events": len(events), "incidents": len(incidents), "killed": 0, "wounded": 0,
           "killed_low": 0, "killed_high": 0, "killed_reported": 0, "wounded_reported": 0}
    for i in incidents:
        for key in ("killed", "wounded", "killed_low", "killed_high"):
            out[key] += number(i.get(key)) or 0
    for e in events:
        out["killed_reported"] += number(e.get("killed")) or 0
        out["wounded_reported"] += number(e.get("wounded")) or 0
    return out


def incident_totals(store: Any) -> dict[str, int]:
    """:func:`totals` of a store, from its Event and Incident nodes. Cost: one pass over both."""
    return totals(list(store.iter_nodes(("Event",))), list(store.iter_nodes(("Incident",))))


def event_shares(events: Iterable[dict[str, Any]], incidents: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per event id, the toll it stands for in pictures and analytics, so that summing
    events gives :func:`totals`: the first event of an incident (the one its id is made
    from) carries the incident's best ``killed``/``wounded``, the other events of it none,
    and an event in no incident (an aggregate, a recall not placed in time and space) none;
    each keeps its own figures as ``killed_reported``/``wounded_reported``. Events of a store without incidents keep
    their figures. Pure; one hash per event."""
    from sitgraph.graph.incidents import incident_id

    best = {i["id"]: i for i in incidents}
    out: dict[str, dict[str, Any]] = {}
    for e in events:
        if not best and not e.get("incident"):
            continue
        share: dict[str, Any] = {f + "_reported": e.get(f) for f in FIGURES}
        inc = best.get(e.get("incident") or "")
        first = inc is not None and incident_id([e["id"]]) == inc["id"]
        for f in FIGURES:
            share[f] = inc.get(f) if first else None
        out[e["id"]] = share
    return out
