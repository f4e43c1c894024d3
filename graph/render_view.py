"""What the relationship graph draws: the part of the graph an analyst can read.

A conflict graph has a few nodes everything touches: the victim group "civilians", role
words such as "rebels" or "officials" (one node for every report's unnamed rebels), whole
countries. Drawn as they are they become hubs that pull every event into one hairball, and
an ego network of depth 2 reaches half the graph through them. So here:

- **generic actors** and facilities named by common words only (:func:`is_generic`) are
  never expanded through and never ranked; each event drawn gets its own small copy of
  them (``actor:civilians@event:…``);
- **barriers** (:func:`is_barrier`: generic actors, countries and regions, media) end an
  ego expansion: they are drawn when reached but not walked through;
- events of one **incident** (``SAME_INCIDENT``) are drawn as one node;
- derived edges (``ATTACKED``, ``KILLED``…) are left out where their event is drawn, as
  the event already joins perpetrator and target;
- the rest is capped to the most central nodes (PageRank).

Events are named by :func:`event_label`: "airstrike · Kafr Nabl · 5 May 2019".
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from typing import Any

import networkx as nx

from sitgraph.errors import SitgraphError
from sitgraph.graph.analytics import display_name, full_graph, pagerank
from sitgraph.graph.geo import event_place
from sitgraph.graph.schema import DERIVED_TYPES

GENERIC_ACTOR_TYPES = frozenset({"civilians"})
# Words that name a kind of facility, not one: "the hospital", "a water station".
FACILITY_WORDS = frozenset("""
hospital hospitals clinic clinics health medical centre center school schools university market markets mosque
mosques church churches bakery bakeries water station stations power plant camp camps shelter shelters base bases
checkpoint checkpoints airport bridge road roads house houses home homes building buildings office offices
police military army prison hotel warehouse factory field main local the a an
""".split())
_ROLE_NAME = re.compile(r"[a-z]+(?:[ -][a-z]+)*")
BARRIER_PLACE_TYPES = frozenset({"country", "region"})
BARRIER_ACTOR_TYPES = frozenset({"media"})


class RenderError(SitgraphError):
    """A picture cannot be made or written."""


def is_generic(d: dict[str, Any]) -> bool:
    """A role-named actor (victim group, "rebels", "unknown gunmen"): type ``civilians``,
    or a name of plain lower-case words, as the dictionaries and the speaker rules write
    every role word ("rebels", "officials") and no proper name; or a facility named by
    common words only ("Hospital", "Water station"), which stands for many places."""
    name = str(d.get("name") or "")
    if d.get("label") == "Facility":
        # "Hospital", "water station": a facility named by common words only is no one place
        words = name.lower().replace("-", " ").split()
        return bool(words) and all(w in FACILITY_WORDS for w in words)
    if d.get("label") != "Actor":
        return False
    return d.get("type") in GENERIC_ACTOR_TYPES or bool(_ROLE_NAME.fullmatch(name))


def is_barrier(d: dict[str, Any]) -> bool:
    """A node an ego expansion stops at: generic actors, countries and regions, media."""
    return (is_generic(d) or (d.get("label") == "Place" and d.get("type") in BARRIER_PLACE_TYPES)
            or (d.get("label") == "Actor" and d.get("type") in BARRIER_ACTOR_TYPES))


def _short_date(date: Any, precision: Any) -> str:
    s = str(date or "")
    try:
        if len(s) >= 10 and precision in (None, "day", "range"):
            d = dt.date.fromisoformat(s[:10])
            return f"{d.day} {d:%b %Y}"
        if len(s) >= 7:
            return dt.date.fromisoformat(s[:7] + "-01").strftime("%b %Y")
    except ValueError:
        return s
    return s


def event_label(g: nx.MultiDiGraph, ev: str) -> str:
    """"airstrike · Kafr Nabl · 5 May 2019": the event's type (or kind), its finest place,
    its date at its precision; parts missing are left out."""
    d = g.nodes[ev]
    place = event_place(g, ev)
    parts = [str(d.get("type") or d.get("kind") or "event").replace("_", " ").lower(),
             display_name(place, g.nodes[place]) if place else "",
             _short_date(d.get("date"), d.get("date_precision"))]
    return " · ".join(p for p in parts if p)


def ego_nodes(g: nx.MultiDiGraph, center: str, depth: int) -> set[str]:
    """Nodes within ``depth`` hops of ``center`` (edges either way) without walking
    through barriers (:func:`is_barrier`), which are included when reached. Cost: O(E)."""
    seen = {center}
    frontier = [center]
    for _ in range(depth):
        nxt = []
        for n in frontier:
            if n != center and is_barrier(g.nodes[n]):
                continue
            for m in list(g.successors(n)) + list(g.predecessors(n)):
                if m not in seen:
                    seen.add(m)
                    nxt.append(m)
        frontier = nxt
    return seen


def incident_groups(g: nx.MultiDiGraph, events: set[str]) -> dict[str, str]:
    """Event -> the event standing for its incident (the smallest id of the events joined
    by ``SAME_INCIDENT`` among ``events``); events alone map to themselves."""
    h = nx.Graph()
    h.add_nodes_from(events)
    h.add_edges_from((u, v) for u, v, t in g.edges(data="type")
                     if t == "SAME_INCIDENT" and u in events and v in events)
    out = {}
    for comp in nx.connected_components(h):
        rep = min(comp)
        out.update({e: rep for e in comp})
    return out


def _ranked(g: nx.MultiDiGraph, nodes: set[str], generic: set[str], center: str | None,
            top: int | None) -> set[str]:
    """``nodes`` but ``generic`` cut to ``top`` by PageRank."""
    core = nodes - generic
    if top is None or len(core) <= top:
        return core
    pr = pagerank(full_graph(nx.MultiDiGraph(g.subgraph(core))))
    return set(sorted(core, key=lambda n: (n != center, -pr.get(n, 0.0), n))[:top])


def _add_edge(view: nx.MultiDiGraph, u: str, v: str, d: dict[str, Any]) -> None:
    if u != v:
        view.add_edge(u, v, **d)


def select_view(
    g: nx.MultiDiGraph, *, center: str | None = None, depth: int = 2, top: int | None = None,
) -> nx.MultiDiGraph:
    """The graph to draw (module docstring): Reports left out, the ego network of
    ``center`` within ``depth`` hops when given, at most ``top`` ranked nodes, incidents
    merged (node attribute ``merged``: the event ids), generic actors copied per event
    (attribute ``generic_of``). Raises RenderError for an unknown center.
    Cost: O(E) plus PageRank when capping."""
    if center is not None and (center not in g or g.nodes[center].get("label") == "Report"):
        raise RenderError(f"node {center!r} is not in the graph drawn (check the filters)")
    nodes = {n for n, d in g.nodes(data=True) if d.get("label") != "Report"}
    if center is not None:
        sub = g.subgraph(nodes)
        nodes = ego_nodes(sub, center, depth)
    generic = {n for n in nodes if n != center and is_generic(g.nodes[n])}
    kept = _ranked(g, nodes, generic, center, top)
    events = {n for n in kept if g.nodes[n].get("label") == "Event"}
    rep = incident_groups(g, events)
    view = nx.MultiDiGraph()
    for n in sorted(kept):
        if rep.get(n, n) == n:
            view.add_node(n, **g.nodes[n])
    for ev, r in rep.items():
        view.nodes[r].setdefault("merged", []).append(ev)
    for u, v, d in g.edges(data=True):
        t = d.get("type")
        if t in ("SAME_INCIDENT", "REPORTS", "MENTIONS"):
            continue
        if t in DERIVED_TYPES and d.get("event_id") in rep:
            continue  # the event drawn already joins the two
        su, sv = rep.get(u, u), rep.get(v, v)
        if u in generic and sv in events:
            copy = f"{u}@{sv}"
            view.add_node(copy, **g.nodes[u], generic_of=u)
            _add_edge(view, copy, sv, d)
        elif v in generic and su in events:
            copy = f"{v}@{su}"
            view.add_node(copy, **g.nodes[v], generic_of=v)
            _add_edge(view, su, copy, d)
        elif su in view and sv in view and u not in generic and v not in generic:
            _add_edge(view, su, sv, d)
    return view


def view_counts(view: nx.MultiDiGraph) -> dict[str, int]:
    """Nodes per label of a view (generic copies counted once per copy)."""
    out: dict[str, int] = defaultdict(int)
    for _, d in view.nodes(data=True):
        out[d.get("label") or ""] += 1
    return dict(out)
