"""The review queue: what in the graph most needs a human, ranked, each with its fix.

:func:`review_queue` reads plain node and edge dicts (as the stores' ``iter_nodes`` and
``iter_edges`` give them) and finds, in order of priority:

1. ``dated_after_report`` — an event dated after the report that tells it;
2. ``place_outside_country`` — an event placed in another country than the report's
   (the country most of the report's places are in, when one leads);
3. ``contested`` — events linked as one incident that blame different actors, or an
   event an actor is said to have done and to deny;
4. ``weak_attribution`` — a perpetrator tied only by inference or suspicion, or on an
   event of confidence below 0.5;
5. ``no_perpetrator`` — an attack, capture or abduction without anyone doing it;
6. ``aggregate_near_incident`` — a toll over many incidents told in the same report
   and place as an incident (the two tolls are easily mixed up);
7. ``single_mention_actor`` — an actor mentioned once in the whole corpus (often a
   misread name, or a spelling of another actor).

Within a check, the deadliest and then the latest come first. Each item carries the
evidence sentence (or the names a report used) and a ``sitgraph review`` command that
fixes it, with ``<…>`` where the analyst supplies a value. Cost: one pass over nodes and
edges, O(N + E) memory.
"""

from __future__ import annotations

import shlex
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

CHECKS = ("dated_after_report", "place_outside_country", "contested", "weak_attribution", "no_perpetrator",
          "aggregate_near_incident", "single_mention_actor")
WEAK_HOW = frozenset({"inferred", "suspected"})
MIN_CONFIDENCE = 0.5
_DONE_TO = frozenset({"Attack", "Capture", "Abduction"})
_WHY = "--why '<reason>'"


@dataclass(frozen=True)
class QueueItem:
    """One thing to review: the check that found it, the node, why, and the fix."""

    check: str
    id: str
    what: str
    evidence: str
    report: str | None
    fix: str
    killed: int = 0
    date: str = ""

    @property
    def priority(self) -> int:
        return CHECKS.index(self.check)


def _q(text: str) -> str:
    return shlex.quote(text)


class _Graph:
    """The nodes and the edges the checks need, indexed."""

    def __init__(self, nodes: Iterable[dict[str, Any]], edges: Iterable[dict[str, Any]],
                 country: Callable[[str], str]) -> None:
        self.nodes = {n["id"]: n for n in nodes}
        self.country = country
        self.perps: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.places: dict[str, list[str]] = defaultdict(list)
        self.denied: dict[str, set[str]] = defaultdict(set)
        self.links: list[tuple[str, str]] = []
        self.mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.report_places: dict[str, list[str]] = defaultdict(list)
        for e in edges:
            t, s, d = e["type"], e["source"], e["target"]
            if t == "PERPETRATED":
                self.perps[d].append(e)
            elif t == "OCCURRED_IN":
                self.places[s].append(d)
            elif t == "DENIED":
                self.denied[d].add(s)
            elif t == "SAME_INCIDENT":
                self.links.append((s, d))
            elif t == "MENTIONS":
                self.mentions[d].append(e)
                if self.label(d) == "Place":
                    self.report_places[s].append(d)

    def label(self, node_id: str) -> str | None:
        n = self.nodes.get(node_id)
        return n["label"] if n else None

    def name(self, node_id: str) -> str:
        n = self.nodes.get(node_id) or {}
        return str(n.get("name") or node_id)

    def events(self) -> list[dict[str, Any]]:
        return [n for n in self.nodes.values() if n["label"] == "Event"]

    def report_country(self, report_id: str) -> str | None:
        counts = Counter(self.country(c) for p in self.report_places.get(report_id, ())
                         if (c := (self.nodes.get(p) or {}).get("country")))
        top = counts.most_common(2)
        if not top or (len(top) > 1 and top[0][1] == top[1][1]):
            return None
        return top[0][0]


def _item(check: str, ev: dict[str, Any], what: str, fix: str) -> QueueItem:
    return QueueItem(check, ev["id"], what, " ".join(str(ev.get("evidence") or "").split()), ev.get("report_id"), fix,
                     int(ev.get("killed") or 0), str(ev.get("date") or ""))


def _label(ev: dict[str, Any], g: _Graph) -> str:
    places = ", ".join(sorted(g.name(p) for p in g.places.get(ev["id"], ())))
    return " · ".join(x for x in (ev.get("type") or ev.get("kind"), places, ev.get("date")) if x)


def _dated_after(g: _Graph, ev: dict[str, Any]) -> QueueItem | None:
    rep = g.nodes.get(ev.get("report_id") or "") or {}
    date, published = str(ev.get("date") or ""), str(rep.get("published") or "")
    n = min(len(date), len(published))
    if not n or date[:n] <= published[:n]:
        return None
    return _item("dated_after_report", ev, f"{_label(ev, g)} (report published {published})",
                 f"sitgraph review set {_q(ev['id'])} date '<YYYY-MM-DD>' {_WHY}")


def _outside(g: _Graph, ev: dict[str, Any]) -> list[QueueItem]:
    country = g.report_country(ev.get("report_id") or "")
    out = []
    for p in sorted(g.places.get(ev["id"], ())):
        c = (g.nodes.get(p) or {}).get("country")
        if country and c and g.country(c) != country:
            out.append(_item("place_outside_country", ev, f"{g.name(p)} is in {c}, the report in {country.upper()}",
                             f"sitgraph review remove {_q(ev['id'])} place {_q(p)} {_WHY}"))
    return out


def _weak(g: _Graph, ev: dict[str, Any]) -> list[QueueItem]:
    out = []
    low = float(ev.get("confidence") if ev.get("confidence") is not None else 1.0) < MIN_CONFIDENCE
    for e in sorted(g.perps.get(ev["id"], ()), key=lambda e: e["source"]):
        how = e.get("how")
        if how in WEAK_HOW or (low and how != "corrected"):
            why = f"{how}" if how in WEAK_HOW else f"confidence {ev.get('confidence')}"
            out.append(_item("weak_attribution", ev, f"{g.name(e['source'])} ({why}): {_label(ev, g)}",
                             f"sitgraph review remove {_q(ev['id'])} perpetrator {_q(e['source'])} {_WHY}"))
    return out


def _no_perpetrator(g: _Graph, ev: dict[str, Any]) -> QueueItem | None:
    if ev.get("kind") not in _DONE_TO or g.perps.get(ev["id"]) or ev.get("role") in ("background", "aggregate"):
        return None
    if ev.get("type") == "aggregate":
        return None
    return _item("no_perpetrator", ev, _label(ev, g),
                 f"sitgraph review set {_q(ev['id'])} perpetrator '<actor>' {_WHY}")


def _contested(g: _Graph) -> list[QueueItem]:
    out = []
    for a, b in sorted(g.links):
        pa = {e["source"] for e in g.perps.get(a, ())}
        pb = {e["source"] for e in g.perps.get(b, ())}
        if pa and pb and not pa & pb and a in g.nodes and b in g.nodes:
            names = " vs ".join(", ".join(sorted(g.name(x) for x in p)) for p in (pa, pb))
            out.append(_item("contested", g.nodes[a], f"one incident blamed on {names}",
                             f"sitgraph review unlink {_q(a)} {_q(b)} {_WHY}"))
    for eid, deniers in sorted(g.denied.items()):
        both = deniers & {e["source"] for e in g.perps.get(eid, ())}
        if both and eid in g.nodes:
            who = ", ".join(sorted(g.name(x) for x in both))
            out.append(_item("contested", g.nodes[eid], f"blamed on and denied by {who}",
                             f"sitgraph review remove {_q(eid)} perpetrator {_q(sorted(both)[0])} {_WHY}"))
    return out


def _aggregates(g: _Graph) -> list[QueueItem]:
    by_report: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev in g.events():
        by_report[ev.get("report_id") or ""].append(ev)
    out = []
    for evs in by_report.values():
        aggs = [e for e in evs if e.get("type") == "aggregate" or e.get("role") == "aggregate"]
        for agg in aggs:
            where = set(g.places.get(agg["id"], ()))
            for ev in (e for e in evs if e not in aggs and where & set(g.places.get(e["id"], ()))):
                told = agg.get("evidence") or agg["id"]
                out.append(_item("aggregate_near_incident", ev, f"{_label(ev, g)}; the report's period toll: {told}",
                                 f"sitgraph review set {_q(ev['id'])} killed '<n>' {_WHY}"))
    return out


def _single_mentions(g: _Graph) -> list[QueueItem]:
    out = []
    for nid, node in g.nodes.items():
        if node["label"] != "Actor" or node.get("type") == "civilians":
            continue
        ms = g.mentions.get(nid, ())
        if sum(int(m.get("count") or 1) for m in ms) != 1:
            continue
        m = ms[0]
        rep = g.nodes.get(m["source"]) or {}
        forms = ", ".join(m.get("forms") or ()) or g.name(nid)
        out.append(QueueItem("single_mention_actor", nid, f"{g.name(nid)} ({node.get('type') or 'actor'})",
                             f"named once, as {forms!r}, in {rep.get('title') or m['source']}", m["source"],
                             f"sitgraph review merge {_q(nid)} '<actor>' {_WHY}"))
    return out


def review_queue(nodes: Iterable[dict[str, Any]], edges: Iterable[dict[str, Any]],
                 country: Callable[[str], str] = str.lower) -> list[QueueItem]:
    """Every item to review, most pressing first (see the module text for the order).
    ``country`` maps a place's ``country`` to a key that is equal for the same country
    (places carry ISO codes or names)."""
    g = _Graph(nodes, edges, country)
    items: list[QueueItem] = []
    for ev in g.events():
        if (it := _dated_after(g, ev)) is not None:
            items.append(it)
        items += _outside(g, ev)
        items += _weak(g, ev)
        if (it := _no_perpetrator(g, ev)) is not None:
            items.append(it)
    items += _contested(g) + _aggregates(g) + _single_mentions(g)
    items.sort(key=lambda i: (i.priority, -i.killed, _neg(i.date), i.id, i.fix))
    return items


def _neg(date: str) -> tuple[int, ...]:
    """A sort key putting later ISO dates first (undated last)."""
    return tuple(-ord(c) for c in date) if date else (1,)


def queue_from_store(store: Any) -> list[QueueItem]:
    """:func:`review_queue` of a store's whole graph, countries compared by ISO code."""
    from sitgraph.loaders.coded_cells import country_of

    def country(text: str) -> str:
        found = country_of(text, text)
        return found[0] if found else text.lower()

    return review_queue(store.iter_nodes(), store.iter_edges(), country)


def queue_counts(items: Iterable[QueueItem]) -> dict[str, int]:
    """How many items each check found, every check listed."""
    counts = Counter(i.check for i in items)
    return {c: counts.get(c, 0) for c in CHECKS}


def summary_line(counts: dict[str, int]) -> str:
    """One line for the end of an ingest: the counts and the command to see them."""
    words = {"dated_after_report": "dated after their report", "place_outside_country": "placed outside the "
             "report's country", "contested": "contested", "weak_attribution": "weak attributions",
             "no_perpetrator": "without a perpetrator", "aggregate_near_incident": "aggregates near incidents",
             "single_mention_actor": "actors named once"}
    total = sum(counts.values())
    parts = ", ".join(f"{counts[c]} {words[c]}" for c in CHECKS if counts.get(c))
    return f"review queue: {total} to check" + (f" ({parts}); see `sitgraph review queue`" if total else "")
