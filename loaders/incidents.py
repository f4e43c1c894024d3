"""Likely duplicate events across reports, linked by ``SAME_INCIDENT {score}``.

Events stay per report (each source's account is kept as it told it), but one airstrike
told by three outlets must count once in tolls. Two events are linked when they come from
different reports (and not from two rows of one coded dataset, whose coders already
counted each incident once) and

- have the same kind, and neither is an ``aggregate`` toll;
- have dates that overlap, within a day (a report may date by its publication), and each
  spans at most a week (an event dated only "May 2019" identifies nothing);
- share a target that is not a generic victim group (a facility, a named actor, a place
  targeted), or else a place of town precision or finer on the very same day (sharing
  "Idlib province" proves nothing);
- name compatible perpetrators: the same one at least, or one side names none.

The score (0.4 to 1.0, two decimals) grows with a shared target (+0.25), a shared place
(+0.1), the same type (+0.1), the same day (+0.1) and a shared perpetrator (+0.15); pairs
scoring below :data:`MIN_SCORE` are not linked. The score is a function of the two events
only, and each edge goes from the lower id to the higher, so the links do not depend on
the order reports are ingested in. Cost: per new event, the events of the same kind filed
under the days it spans (an in-memory index, a few hundred bytes per event).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sitgraph.graph.model import Batch, EdgeRecord, props
from sitgraph.loaders.resolve import COARSE_PLACE_TYPES

MIN_SCORE = 0.6
MAX_SPAN_DAYS = 7
TOLERANCE_DAYS = 1
GENERIC_VICTIM_TYPES = frozenset({"civilians"})


@dataclass(frozen=True, slots=True)
class EventSketch:
    """What incident linking needs of an event."""

    id: str
    report_id: str
    origin: str  # the coded dataset file a row came from, else the report id
    kind: str
    type: str | None
    first: int  # first and last day (proleptic ordinals), or 0 when undated
    last: int
    # Sorted tuples, not sets: a small tuple costs a fifth of a frozenset, and the index
    # holds one sketch per event of the graph.
    actors: tuple[str, ...]
    targets: tuple[str, ...]  # anchors among its targets
    places: tuple[str, ...]  # anchors among its places


def day_span(date: str | None, date_end: str | None = None) -> tuple[int, int]:
    """First and last day ordinal an ISO date (of any precision) and optional end cover;
    ``(0, 0)`` when there is no usable date."""
    def bounds(text: str) -> tuple[int, int] | None:
        try:
            parts = [int(p) for p in text[:10].split("-")]
            if len(parts) == 3:
                d = dt.date(*parts).toordinal()
                return d, d
            if len(parts) == 2:
                first = dt.date(parts[0], parts[1], 1)
                nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
                return first.toordinal(), nxt.toordinal() - 1
            return dt.date(parts[0], 1, 1).toordinal(), dt.date(parts[0], 12, 31).toordinal()
        except (ValueError, TypeError):
            return None

    a = bounds(str(date)) if date else None
    if a is None:
        return 0, 0
    b = bounds(str(date_end)) if date_end else None
    return a[0], max(a[1], b[1]) if b else a[1]


def origin(report_id: str, path: str | None) -> str:
    """Where a report comes from, for linking: rows of one coded dataset (``file.csv#row=N``)
    share their file, since a dataset's coders already counted each incident once."""
    if path and "#row=" in path:
        return path.split("#row=", 1)[0]
    return report_id


def sketch(event: dict[str, Any], roles: dict[str, list[tuple[str, str]]],
           node_types: dict[str, tuple[str, str | None]], report_paths: dict[str, str | None] | None = None
           ) -> EventSketch:
    """An :class:`EventSketch` from an event's properties (with ``id``), its role edges
    ``{type: [(other id, other label)]}``, the label and type of the nodes they reach,
    and the paths of reports (for :func:`origin`)."""
    first, last = day_span(event.get("date"), event.get("date_end"))
    targets = set()
    for oid, label in roles.get("TARGETED", ()):
        kind = node_types.get(oid, (label, None))[1]
        if not (label == "Actor" and kind in GENERIC_VICTIM_TYPES):
            targets.add(oid)
    places = set()
    for oid, label in roles.get("OCCURRED_IN", ()):
        kind = node_types.get(oid, (label, None))[1]
        if label == "Facility" or (kind or "town") not in COARSE_PLACE_TYPES:
            places.add(oid)
    return EventSketch(
        id=event["id"], report_id=str(event.get("report_id") or ""),
        origin=origin(str(event.get("report_id") or ""), (report_paths or {}).get(str(event.get("report_id")))),
        kind=str(event.get("kind")),
        type=event.get("type"), first=first, last=last,
        actors=tuple(sorted({o for o, _ in roles.get("PERPETRATED", ())})),
        targets=tuple(sorted(targets)), places=tuple(sorted(places)),
    )


def sketches_from_batch(batch: Batch, known_types: dict[str, tuple[str, str | None]] | None = None
                        ) -> list[EventSketch]:
    """Sketches of the events a batch writes. Cost: O(records)."""
    types = dict(known_types or {})
    events: dict[str, dict[str, Any]] = {}
    paths: dict[str, str | None] = {}
    for n in batch.nodes:
        if n.label == "Event":
            events[n.id] = {"id": n.id, **n.properties}
        elif n.label == "Report":
            paths[n.id] = n.properties.get("path")
        else:
            types[n.id] = (n.label, n.properties.get("type"))
    roles: dict[str, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for e in batch.edges:
        if e.type in ("TARGETED", "OCCURRED_IN") and e.source in events:
            roles[e.source][e.type].append((e.target, e.target_label))
        elif e.type == "PERPETRATED" and e.target in events:
            roles[e.target][e.type].append((e.source, e.source_label))
    return [sketch(events[i], roles[i], types, paths) for i in sorted(events)]


def sketches_from_store(store: Any) -> Iterator[EventSketch]:
    """Sketches of every event in a store. Cost: one pass over events, role edges and
    place/actor nodes."""
    types = {n["id"]: (n["label"], n.get("type")) for n in store.iter_nodes(("Actor", "Place", "Facility"))}
    paths = {n["id"]: n.get("path") for n in store.iter_nodes(("Report",))}
    roles: dict[str, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for e in store.iter_edges(("PERPETRATED", "TARGETED", "OCCURRED_IN")):
        if e["type"] == "PERPETRATED":
            roles[e["target"]][e["type"]].append((e["source"], types.get(e["source"], ("Actor", None))[0]))
        else:
            roles[e["source"]][e["type"]].append((e["target"], types.get(e["target"], ("Place", None))[0]))
    for n in store.iter_nodes(("Event",)):
        yield sketch(n, roles.get(n["id"], {}), types, paths)


def _meet(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return any(x in b for x in a)


def incident_score(a: EventSketch, b: EventSketch) -> float | None:
    """The SAME_INCIDENT score of two events, or None when they are not linked."""
    if a.id == b.id or a.origin == b.origin or a.kind != b.kind:
        return None
    if "aggregate" in (a.type, b.type) or not a.first or not b.first:
        return None
    if a.last - a.first > MAX_SPAN_DAYS or b.last - b.first > MAX_SPAN_DAYS:
        return None
    if a.first > b.last + TOLERANCE_DAYS or b.first > a.last + TOLERANCE_DAYS:
        return None
    shared_target = _meet(a.targets, b.targets)
    shared_place = _meet(a.places, b.places)
    same_day = a.first == a.last == b.first == b.last
    if not shared_target and not (shared_place and same_day):
        return None  # a shared town alone is common: it must be the very same day
    shared_actor = _meet(a.actors, b.actors)
    if a.actors and b.actors and not shared_actor:
        return None
    score = 0.4 + 0.25 * shared_target + 0.1 * shared_place + 0.15 * shared_actor
    score += 0.1 * (a.type is not None and a.type == b.type)
    score += 0.1 * same_day
    score = round(min(score, 1.0), 2)
    return score if score >= MIN_SCORE else None


def linkable(s: EventSketch) -> bool:
    """Whether an event could ever be linked: dated closely enough, not an aggregate, with
    a target or place to share."""
    return (bool(s.first) and s.last - s.first <= MAX_SPAN_DAYS and s.type != "aggregate"
            and bool(s.targets or s.places))


class IncidentIndex:
    """Events filed by (kind, day) for finding link candidates."""

    def __init__(self, sketches: Iterable[EventSketch] = ()) -> None:
        self._by_id: dict[str, EventSketch] = {}
        self._days: dict[tuple[str, int], set[str]] = defaultdict(set)
        self._by_report: dict[str, list[str]] = defaultdict(list)
        for s in sketches:
            self.add(s)

    def __len__(self) -> int:
        return len(self._by_id)  # the events that may still be linked

    def add(self, s: EventSketch) -> None:
        if s.id in self._by_id or not linkable(s):
            return  # an event that can never be linked costs no memory
        # Node ids recur across thousands of events: one copy of each.
        s = EventSketch(sys.intern(s.id), sys.intern(s.report_id), sys.intern(s.origin), s.kind, s.type,
                        s.first, s.last,
                        tuple(map(sys.intern, s.actors)), tuple(map(sys.intern, s.targets)),
                        tuple(map(sys.intern, s.places)))
        self._by_id[s.id] = s
        self._by_report[s.report_id].append(s.id)
        for d in range(s.first, s.last + 1):
            self._days[(s.kind, d)].add(s.id)

    def discard_reports(self, report_ids: Iterable[str]) -> None:
        """Forget the events of these reports (they are being replaced). Cost: their events."""
        for rid in report_ids:
            for eid in self._by_report.pop(rid, ()):
                s = self._by_id.pop(eid, None)
                if s is None:
                    continue
                for d in range(s.first, s.last + 1):
                    ids = self._days.get((s.kind, d))
                    if ids is not None:
                        ids.discard(eid)
                        if not ids:
                            del self._days[(s.kind, d)]

    def candidates(self, s: EventSketch) -> list[EventSketch]:
        if not linkable(s):
            return []
        ids: set[str] = set()
        for d in range(s.first - TOLERANCE_DAYS, s.last + TOLERANCE_DAYS + 1):
            ids |= self._days.get((s.kind, d), set())
        return [self._by_id[i] for i in sorted(ids)]


def link_incidents(new: Iterable[EventSketch], index: IncidentIndex) -> list[EdgeRecord]:
    """SAME_INCIDENT edges between each new event and those in ``index`` (earlier ones and
    the new ones before it), adding the new ones to the index. Order-independent result."""
    out: dict[tuple[str, str], EdgeRecord] = {}
    for s in new:
        for c in index.candidates(s):
            score = incident_score(s, c)
            if score is None:
                continue
            lo, hi = sorted((s.id, c.id))
            out[(lo, hi)] = EdgeRecord("SAME_INCIDENT", lo, "Event", hi, "Event", "", props(score=score))
        index.add(s)
    return [out[k] for k in sorted(out)]
