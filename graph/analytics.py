"""Measures over the graph a store hands out with ``Store.to_networkx``.

Input is always the MultiDiGraph of :func:`sitgraph.graph.store.build_networkx` (node
attribute ``label``, edge attribute ``type``). Two projections are measured:

* the **actor graph** (:func:`actor_graph`): one node per Actor, an edge ``a -> b`` when
  ``a`` perpetrated an event that targeted ``b`` (from Event roles and from the derived
  ``ATTACKED``/``KILLED``/… edges, counted once per event), and edges both ways between
  co-perpetrators of one event. This is the conflict network analysts ask about.
* the **full graph** (:func:`full_graph`): every node but Reports (provenance would link
  everything to everything), parallel edges collapsed into one weighted edge.

Measures return plain rows (lists of dicts) so the CLI formats them and tests compare
them. Everything is deterministic: sampled betweenness and Louvain take a seed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from sitgraph.errors import SitgraphError
from sitgraph.graph.schema import DERIVED_TYPES

# Above this many nodes betweenness is estimated from a sample of source nodes: exact
# betweenness is O(N·E), hours on a large graph; a sample of a few hundred sources ranks
# the top brokers reliably.
BETWEENNESS_SAMPLE_ABOVE = 2000
BETWEENNESS_SAMPLE_K = 200

UNATTRIBUTED = "(unattributed)"


class AnalyticsError(SitgraphError):
    """A measure cannot be computed on the graph given (unknown node, bad option)."""


# --- projections --------------------------------------------------------------------------


def prune_to_events(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Drop derived edges (``ATTACKED``, ``KILLED``…) whose ``event_id`` names an event not
    in ``g``, in place, and return ``g``.

    A filter on event kind or period removes Event nodes, but the derived edges carry their
    own date only; this keeps the two consistent. Graphs without any Event node are left
    alone (nothing to check against). Cost: O(E).
    """
    if not any(d.get("label") == "Event" for _, d in g.nodes(data=True)):
        return g
    drop = [
        (u, v, k)
        for u, v, k, d in g.edges(keys=True, data=True)
        if d.get("type") in DERIVED_TYPES and d.get("event_id") and d["event_id"] not in g
    ]
    g.remove_edges_from(drop)
    return g


def display_name(node_id: str, attrs: dict[str, Any]) -> str:
    """What to call a node: its ``name``; for an Event (which has none) kind, type and
    date (``Attack airstrike 2019-05-05``); for a Report its title; else its id."""
    if attrs.get("name"):
        return str(attrs["name"])
    if attrs.get("label") == "Event":
        parts = [attrs.get("kind"), attrs.get("type"), attrs.get("date")]
        text = " ".join(str(p) for p in parts if p)
        return text or node_id
    if attrs.get("label") == "Report" and attrs.get("title"):
        return str(attrs["title"])
    return node_id


def _node_attrs(g: nx.MultiDiGraph, n: str) -> dict[str, Any]:
    d = g.nodes[n]
    return {"label": d.get("label"), "name": display_name(n, d), "type": d.get("type")}


def actor_graph(g: nx.MultiDiGraph) -> nx.DiGraph:
    """The actor–actor conflict graph of ``g``.

    Nodes: every Actor of ``g`` (with ``label``, ``name``, ``type``). Edge ``a -> b``
    attributes: ``hostile`` (events in which ``a`` acted against ``b``), ``co`` (events
    ``a`` and ``b`` perpetrated together; such edges go both ways), ``weight`` (their sum),
    ``events`` (sorted event ids), ``first``/``last`` (dates). Self-loops (an actor
    targeting itself, e.g. infighting) are kept with their count. Cost: O(N + E).
    """
    actors = {n for n, d in g.nodes(data=True) if d.get("label") == "Actor"}
    hostile: dict[tuple[str, str], set[str]] = defaultdict(set)
    co: dict[tuple[str, str], set[str]] = defaultdict(set)
    dates: dict[str, str] = {}
    perpetrators: dict[str, set[str]] = defaultdict(set)
    targets: dict[str, set[str]] = defaultdict(set)
    for u, v, k, d in g.edges(keys=True, data=True):
        t = d.get("type")
        if t == "PERPETRATED" and u in actors:
            perpetrators[v].add(u)
        elif t == "TARGETED" and v in actors:
            targets[u].add(v)
        elif t in DERIVED_TYPES and u in actors and v in actors:
            ev = d.get("event_id") or f"{u}|{v}|{k}"
            hostile[(u, v)].add(ev)
            if d.get("date"):
                dates.setdefault(ev, str(d["date"]))
    for ev, who in perpetrators.items():
        date = g.nodes[ev].get("date") if ev in g else None
        if date:
            dates[ev] = str(date)
        for a in who:
            for b in targets.get(ev, ()):
                hostile[(a, b)].add(ev)
        ordered = sorted(who)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                co[(a, b)].add(ev)
                co[(b, a)].add(ev)
    h = nx.DiGraph()
    for n in sorted(actors):
        h.add_node(n, **_node_attrs(g, n))
    for pair in sorted(set(hostile) | set(co)):
        hs, cs = hostile.get(pair, set()), co.get(pair, set())
        evs = sorted(hs | cs)
        when = sorted(dates[e] for e in evs if e in dates)
        h.add_edge(*pair, hostile=len(hs), co=len(cs), weight=len(hs) + len(cs), events=evs,
                   first=when[0] if when else None, last=when[-1] if when else None)
    return h


def full_graph(g: nx.MultiDiGraph) -> nx.DiGraph:
    """``g`` without Report nodes, parallel edges collapsed: edge ``weight`` is their number
    and ``types`` the sorted relationship types. Cost: O(N + E)."""
    h = nx.DiGraph()
    for n, d in g.nodes(data=True):
        if d.get("label") != "Report":
            h.add_node(n, **_node_attrs(g, n))
    merged: dict[tuple[str, str], list] = {}
    for u, v, t in g.edges(data="type"):
        if u in h and v in h:
            e = merged.get((u, v))
            if e is None:
                merged[(u, v)] = [1, {t}]
            else:
                e[0] += 1
                e[1].add(t)
    h.add_edges_from((u, v, {"weight": w, "types": sorted(x for x in ts if x)})
                     for (u, v), (w, ts) in merged.items())
    return h


def project(g: nx.MultiDiGraph, graph: str = "actors") -> nx.DiGraph:
    """``actor_graph(g)`` for ``graph="actors"``, ``full_graph(g)`` for ``"full"``."""
    if graph == "actors":
        return actor_graph(g)
    if graph == "full":
        return full_graph(g)
    raise AnalyticsError(f"unknown projection {graph!r}: use 'actors' or 'full'")


def _undirected(h: nx.DiGraph) -> nx.Graph:
    """Symmetric weighted view: the weights of ``a->b`` and ``b->a`` added."""
    u = nx.Graph()
    u.add_nodes_from(h.nodes(data=True))
    weights: dict[tuple, float] = {}
    for a, b, w in h.edges(data="weight", default=1):
        key = (b, a) if (b, a) in weights else (a, b)
        weights[key] = weights.get(key, 0) + w
    u.add_edges_from((a, b, {"weight": w}) for (a, b), w in weights.items())
    return u


def _without_self_loops(u: nx.Graph) -> nx.Graph:
    loops = list(nx.selfloop_edges(u))
    if not loops:
        return u
    u = u.copy()
    u.remove_edges_from(loops)
    return u


# --- measures ----------------------------------------------------------------------------


def pagerank(h: nx.DiGraph, *, weight: str | None = "weight") -> dict[str, float]:
    """PageRank on the undirected weighted view of ``h`` (involvement, whichever side an
    actor was on). Cost: O(E) per iteration, some tens of iterations."""
    return _pagerank(_undirected(h), weight)


def _pagerank(u: nx.Graph, weight: str | None = "weight") -> dict[str, float]:
    return nx.pagerank(u, weight=weight) if u.number_of_nodes() else {}


def betweenness(
    h: nx.DiGraph, *, sample_above: int = BETWEENNESS_SAMPLE_ABOVE, k: int = BETWEENNESS_SAMPLE_K,
    seed: int = 0,
) -> dict[str, float]:
    """Betweenness on the undirected, unweighted view of ``h``; estimated from ``k``
    sampled sources (seeded) when there are more than ``sample_above`` nodes.
    Cost: O(N·E) exact, O(k·E) sampled."""
    return _betweenness(_undirected(h), sample_above, k, seed)


def _betweenness(u: nx.Graph, sample_above: int, k: int, seed: int) -> dict[str, float]:
    n = u.number_of_nodes()
    sample = k if n > sample_above and k < n else None
    return nx.betweenness_centrality(u, k=sample, seed=seed if sample else None, normalized=True)


def core_numbers(h: nx.DiGraph) -> dict[str, int]:
    """k-core number of each node on the undirected simple view without self-loops.
    Cost: O(N + E) (see :func:`core_number`)."""
    return core_number(_undirected(h))


def core_number(u: nx.Graph) -> dict[Any, int]:
    """k-core number of each node of an undirected graph, self-loops ignored.

    The bucket algorithm of Batagelj and Zaversnik, O(N + E). networkx 3.6's
    ``core_number`` removes each processed node from its neighbours' lists (O(degree)
    per removal), quadratic around the hubs conflict graphs have: minutes where this
    takes seconds.
    """
    adj = {v: [w for w in nbrs if w != v] for v, nbrs in u.adjacency()}
    deg = {v: len(ns) for v, ns in adj.items()}
    if not deg:
        return {}
    # bin[d]: where the nodes of degree d start in ``vert`` (nodes sorted by degree)
    counts = [0] * (max(deg.values()) + 1)
    for d in deg.values():
        counts[d] += 1
    start, bins = 0, []
    for c in counts:
        bins.append(start)
        start += c
    vert: list[Any] = [None] * len(deg)
    pos: dict[Any, int] = {}
    fill = list(bins)
    for v, d in deg.items():
        pos[v] = fill[d]
        vert[fill[d]] = v
        fill[d] += 1
    for i in range(len(vert)):
        v = vert[i]
        dv = deg[v]
        for w in adj[v]:
            dw = deg[w]
            if dw > dv:
                # move w to the front of its bin, then shrink the bin past it: degree - 1
                pw, first = pos[w], bins[dw]
                x = vert[first]
                if x != w:
                    vert[first], vert[pw] = w, x
                    pos[w], pos[x] = first, pw
                bins[dw] += 1
                deg[w] = dw - 1
    return deg


def centrality(
    h: nx.DiGraph, *, top: int | None = None, with_betweenness: bool = True, seed: int = 0,
    sample_above: int = BETWEENNESS_SAMPLE_ABOVE, sample_k: int = BETWEENNESS_SAMPLE_K,
) -> list[dict[str, Any]]:
    """One row per node of ``h``, most central first (PageRank, then degree, then id).

    Columns: ``id``, ``name``, ``label``, ``degree`` (distinct neighbours),
    ``out``/``in`` (distinct targets / attackers in the actor graph), ``weight`` (sum of
    edge weights: events), ``pagerank``, ``betweenness`` (unless ``with_betweenness`` is
    False), ``core`` (k-core number). ``top`` keeps the first N rows.
    Cost: dominated by betweenness (see :func:`betweenness`).
    """
    u = _undirected(h)  # built once: every measure below reads it
    pr = _pagerank(u)
    bc = _betweenness(u, sample_above, sample_k, seed) if with_betweenness else {}
    core = core_number(u)
    rows = []
    for n, d in h.nodes(data=True):
        row = {
            "id": n, "name": d.get("name") or n, "label": d.get("label"),
            "degree": u.degree(n), "out": h.out_degree(n), "in": h.in_degree(n),
            "weight": int(u.degree(n, weight="weight")),
            "pagerank": round(pr.get(n, 0.0), 6),
        }
        if with_betweenness:
            row["betweenness"] = round(bc.get(n, 0.0), 6)
        row["core"] = core.get(n, 0)
        rows.append(row)
    rows.sort(key=lambda r: (-r["pagerank"], -r["degree"], r["id"]))
    return rows[:top] if top else rows


def communities(
    h: nx.DiGraph, *, seed: int = 0, resolution: float = 1.0, top: int | None = None,
    members_shown: int = 10,
) -> list[dict[str, Any]]:
    """Louvain communities of the undirected weighted view of ``h``, largest first.

    Columns: ``community`` (1-based rank), ``size``, ``members`` (names of the
    ``members_shown`` best-connected members), ``ids`` (every member id, sorted).
    Isolated nodes form their own communities. Cost: about O(E log N).
    """
    u = _undirected(h)
    if u.number_of_nodes() == 0:
        return []
    parts = nx.community.louvain_communities(u, weight="weight", resolution=resolution, seed=seed)
    deg = dict(u.degree(weight="weight"))
    parts = sorted(parts, key=lambda p: (-len(p), min(p)))
    rows = []
    for i, part in enumerate(parts, 1):
        best = sorted(part, key=lambda n: (-deg[n], n))
        rows.append({
            "community": i, "size": len(part),
            "members": [u.nodes[n].get("name") or n for n in best[:members_shown]],
            "ids": sorted(part),
        })
    return rows[:top] if top else rows


def k_core(h: nx.DiGraph, k: int | None = None) -> nx.Graph:
    """The k-core (main core when ``k`` is None) of the undirected simple view of ``h``."""
    return nx.k_core(_without_self_loops(_undirected(h)), k)


def _require(h: nx.Graph, node: str) -> None:
    if node not in h:
        raise AnalyticsError(f"node {node!r} is not in the graph analysed (check --graph and the filters)")


def shortest_path(g: nx.MultiDiGraph, h: nx.DiGraph, source: str, target: str) -> list[dict[str, Any]]:
    """The shortest chain of relationships from ``source`` to ``target`` in ``h`` taken
    undirected (a path may follow edges against their direction).

    Returns one row per hop: ``step``, ``id``, ``name``, ``label``, and ``via`` (the
    relationship types joining it to the previous node, with ``<-`` for those pointing
    backwards; from ``g`` when it has them, else from ``h``). Raises AnalyticsError when
    either node is missing or no path exists. Cost: O(N + E) (breadth-first).
    """
    _require(h, source)
    _require(h, target)
    try:
        path = nx.shortest_path(h.to_undirected(as_view=True), source, target)
    except nx.NetworkXNoPath:
        raise AnalyticsError(f"no path between {source!r} and {target!r}") from None
    rows = []
    for i, n in enumerate(path):
        via: list[str] = []
        if i:
            prev = path[i - 1]
            via = _edge_types(g, prev, n) or _edge_types(h, prev, n)
        d = h.nodes[n]
        rows.append({"step": i, "id": n, "name": d.get("name") or n, "label": d.get("label"),
                     "via": via})
    return rows


def _edge_types(g: nx.Graph, a: str, b: str) -> list[str]:
    """Relationship types from ``a`` to ``b`` and (marked ``<-``) from ``b`` to ``a``."""
    out: list[str] = []
    for x, y, mark in ((a, b, ""), (b, a, "<-")):
        if not g.has_edge(x, y):
            continue
        if g.is_multigraph():
            types = {d.get("type") for d in g[x][y].values()}
        else:
            d = g[x][y]
            types = set(d.get("types") or ()) or ({"hostile"} if d.get("hostile") else set()) | (
                {"co"} if d.get("co") else set())
        out += [mark + t for t in sorted(t for t in types if t)]
    return out


def ego(h: nx.DiGraph, center: str, radius: int = 2) -> list[dict[str, Any]]:
    """Nodes within ``radius`` hops of ``center`` in ``h`` taken undirected, nearest first.

    Columns: ``distance``, ``id``, ``name``, ``label``, ``degree`` (inside the ego
    network). Cost: O(size of the ego network).
    """
    _require(h, center)
    if radius < 0:
        raise AnalyticsError(f"radius must be 0 or more, not {radius}")
    u = h.to_undirected(as_view=True)  # a view: no copy of a large graph for a small answer
    dist = nx.single_source_shortest_path_length(u, center, cutoff=radius)
    sub = u.subgraph(dist)
    rows = [{"distance": dist[n], "id": n, "name": u.nodes[n].get("name") or n,
             "label": u.nodes[n].get("label"), "degree": sub.degree(n)} for n in dist]
    rows.sort(key=lambda r: (r["distance"], -r["degree"], r["id"]))
    return rows


def ego_graph(g: nx.MultiDiGraph, center: str, radius: int = 2) -> nx.MultiDiGraph:
    """The part of ``g`` within ``radius`` hops of ``center`` (edges taken both ways)."""
    _require(g, center)
    dist = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), center, cutoff=radius)
    return g.subgraph(dist).copy()


# --- events over time --------------------------------------------------------------------


PERIODS = ("day", "week", "month")


def period_of(date: str | None, by: str) -> str | None:
    """The bin a date falls in: ``2019-05-05`` by day, ``2019-W18`` by ISO week,
    ``2019-05`` by month. None when the date is missing or coarser than the bin
    (``2019-05`` cannot be put in a week)."""
    if by not in PERIODS:
        raise AnalyticsError(f"unknown period {by!r}: use day, week or month")
    if not date:
        return None
    date = str(date)
    if by == "month":
        return date[:7] if len(date) >= 7 else None
    if len(date) < 10:
        return None
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    if by == "day":
        return day.isoformat()
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass(frozen=True)
class Timeline:
    """Events per actor per period. ``rows``: ``actor``, ``name``, ``period``,
    ``events``, ``killed``, ``wounded``, ``change`` (events minus the actor's previous
    non-empty period; None for its first). ``skipped``: events whose date is missing
    or coarser than the period."""

    rows: tuple[dict[str, Any], ...]
    skipped: int


def events_by_actor(g: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Perpetrator ids of every Event node of ``g`` (empty list when unattributed)."""
    out: dict[str, list[str]] = {n: [] for n, d in g.nodes(data=True) if d.get("label") == "Event"}
    for u, v, d in g.edges(data=True):
        if d.get("type") == "PERPETRATED" and v in out:
            out[v].append(u)
    return {k: sorted(set(v)) for k, v in out.items()}


def timeline(
    g: nx.MultiDiGraph, *, by: str = "week", actors: Iterable[str] | None = None,
    include_unattributed: bool = True,
) -> Timeline:
    """Events per perpetrator per day, ISO week or month: the escalation view.

    ``actors`` (ids) restricts the rows; events with no perpetrator count under
    ``(unattributed)`` unless ``include_unattributed`` is False. Rows are ordered by actor
    name, then period. Cost: O(N + E).
    """
    keep = set(actors) if actors is not None else None
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    skipped = 0
    for ev, who in events_by_actor(g).items():
        d = g.nodes[ev]
        period = period_of(d.get("date"), by)
        if period is None:
            skipped += 1
            continue
        for a in who or ([UNATTRIBUTED] if include_unattributed else []):
            if keep is not None and a not in keep:
                continue
            c = counts[(a, period)]
            c[0] += 1
            c[1] += _int(d.get("killed"))
            c[2] += _int(d.get("wounded"))
    names = {a: (g.nodes[a].get("name") or a) if a in g else a for a, _ in counts}
    rows: list[dict[str, Any]] = []
    previous: dict[str, int] = {}
    for (a, period), (n, killed, wounded) in sorted(counts.items(), key=lambda kv: (names[kv[0][0]], kv[0])):
        rows.append({"actor": a, "name": names[a], "period": period, "events": n, "killed": killed,
                     "wounded": wounded, "change": n - previous[a] if a in previous else None})
        previous[a] = n
    return Timeline(tuple(rows), skipped)


def _int(value: Any) -> int:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return 0
    return 0 if math.isnan(v) else int(v)


def escalation(tl: Timeline, *, recent: int = 1) -> list[dict[str, Any]]:
    """Per actor: events in its last ``recent`` periods against the mean of the earlier
    ones, most escalating first. Columns: ``actor``, ``name``, ``periods``, ``recent``,
    ``before_mean``, ``ratio`` (recent mean / earlier mean; None without history)."""
    per: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in tl.rows:
        per[r["actor"]].append(r)
    out = []
    for a, rows in per.items():
        last, before = rows[-recent:], rows[:-recent]
        recent_mean = sum(r["events"] for r in last) / len(last)
        before_mean = sum(r["events"] for r in before) / len(before) if before else None
        out.append({"actor": a, "name": rows[0]["name"], "periods": len(rows),
                    "recent": sum(r["events"] for r in last),
                    "before_mean": round(before_mean, 3) if before_mean is not None else None,
                    "ratio": round(recent_mean / before_mean, 3) if before_mean else None})
    out.sort(key=lambda r: (-(r["ratio"] or 0), -r["recent"], r["name"]))
    return out


def label_counts(g: nx.Graph) -> Counter:
    """How many nodes of each label ``g`` holds."""
    return Counter(d.get("label") for _, d in g.nodes(data=True))
