"""The same incident told by several reports: linking events with ``SAME_INCIDENT {score}``.

Events stay per report (each source's account is kept as it told it); links say which
tell one incident, and :mod:`~sitgraph.graph.incidents` turns the linked events into
Incident records. Linking a batch (:func:`link_batch`) costs a few indexed lookups
in the store per window of days, never an index held in memory.

**Candidates** (:func:`compatible`), each a hard condition: the same kind; different
reports, and not two rows of one coded dataset (its coders counted each incident once);
no aggregate (an earlier incident a report recalls links as any other); days that meet within the precision both
dates allow (a day-precise date ±1 day, since a report may date by its publication; a
date vaguer than :data:`MAX_SPAN_DAYS` identifies nothing); places equal or one inside the
other (a town in its province, a facility in its town), or a shared named target.

**Vetoes**: two different named facilities of one type (a hospital vs. another hospital;
"the hospital in Hass" names no particular one); two different gazetteer towns with no
target in common (a place name the gazetteer did not know may be either).

**Score** (:func:`link_score`, 0 to 1): 0.4 for a compatible pair, then the evidence
outlets share — a shared named target (+0.25), the same town (+0.1), the very same day
(+0.15), the same type (+0.1; different: -0.15), the same perpetrator (+0.1) or both naming
none (+0.05) (different ones: -0.1, as a contested incident is still one incident), tolls
within a reporting spread (+0.15; far apart: -0.2), and the share of distinctive evidence
words in common (up to +0.3). Linked at :data:`MIN_SCORE`. Reports whose texts are near copies
(:mod:`~sitgraph.loaders.near_copies`) link their compatible events at 1.0 and are marked
``copy``, so the copy never counts as a second source. Each edge goes from the lower id to
the higher and the score is a function of the two events alone: links do not depend on
the order reports arrive in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from sitgraph.graph.incidents import MAX_SPAN_DAYS, UNCOUNTED_ROLES
from sitgraph.graph.model import Batch, EdgeRecord, NodeRecord, props
from sitgraph.graph.schema import slug
from sitgraph.loaders.near_copies import near_copies
from sitgraph.loaders.resolve import COARSE_PLACE_TYPES

MIN_SCORE = 0.6
TOLERANCE_DAYS = 1
GENERIC_VICTIM_TYPES = frozenset({"civilians"})
# Figures two outlets give for one incident: "at least 30", "35", "dozens".
SPREAD_RATIO = 1.6
SPREAD_ABS = 4

_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_STOP = frozenset("""
about after again against also among another around been before being between both could
during each even from have having into many more most much near never other over said says
same some such than that their them then there these they this those through told under
until very were what when where which while with within without would year years week weeks
people killed wounded injured dead died least attack attacks attacked today yesterday
monday tuesday wednesday thursday friday saturday sunday local officials official according
reported report reports sources source statement added including there's it's
""".split())


@dataclass(frozen=True, slots=True)
class LinkEvent:
    """What linking needs of an event: read from a batch or from the store's properties."""

    id: str
    report_id: str
    origin: str
    kind: str
    type: str | None
    role: str | None
    first: int
    last: int
    places: frozenset[str]  # towns, villages, facilities (and a facility's town)
    regions: frozenset[str]  # the provinces they are in (and coarse places themselves)
    targets: frozenset[str]  # named targets (not generic victims)
    facilities: frozenset[str]  # "type|id" of facilities named as target or place
    actors: frozenset[str]
    killed: int | None
    wounded: int | None
    words: frozenset[str]
    minhash: tuple[int, ...] = ()


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


def distinctive_words(text: str | None) -> frozenset[str]:
    """Lower-case content words of an evidence sentence (stop words, short words and
    numbers left out). Pure."""
    return frozenset(w for w in _WORD.findall((text or "").lower()) if w not in _STOP)


def region_key(props_: dict[str, Any]) -> str | None:
    """The province a place is in (or is), as ``region:<country>/<province>``; None when
    unknown."""
    name = props_.get("name") if (props_.get("type") or "") in COARSE_PLACE_TYPES else props_.get("admin1")
    if not name or (props_.get("type") or "") == "country":
        return None
    words = [w for w in slug(str(name)).split("-") if w not in ("governorate", "province", "region", "state")]
    return f"region:{slug(str(props_.get('country') or ''))}/{'-'.join(words) or 'x'}"


def countable(role: str | None, type_: str | None) -> bool:
    """Whether an event may be an incident of its own (linkable, counted in tolls): no
    aggregate. A recalled earlier incident (``background``) is, once :func:`linkable`
    (:func:`~sitgraph.graph.incidents.counts_as_incident` asks the same)."""
    return role not in UNCOUNTED_ROLES and type_ != "aggregate"


# --- features from a batch ---------------------------------------------------------------


def link_properties(batch: Batch) -> dict[str, dict[str, Any]]:
    """Per event of ``batch``, the properties linking looks events up and compares them by
    (``day_first``, ``day_last``, ``link_places``, ``link_regions``, ``link_targets``,
    ``link_facilities``, ``link_actors``), written on the Event nodes so the store can
    answer candidate lookups from an index. Pure; O(records)."""
    nodes = {n.id: n for n in batch.nodes}
    located: dict[str, set[str]] = defaultdict(set)
    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for e in batch.edges:
        if e.type == "LOCATED_IN" and e.source_label == "Facility":
            located[e.source].add(e.target)
        elif e.type in ("TARGETED", "OCCURRED_IN"):
            roles[e.source][e.type].add(e.target)
        elif e.type == "PERPETRATED":
            roles[e.target]["PERPETRATED"].add(e.source)
    out: dict[str, dict[str, Any]] = {}
    for n in batch.nodes:
        if n.label == "Event":
            out[n.id] = _event_link_props(n, roles.get(n.id, {}), nodes, located)
    return out


def _event_link_props(n: NodeRecord, roles: dict[str, set[str]], nodes: dict[str, NodeRecord],
                      located: dict[str, set[str]]) -> dict[str, Any]:
    p = n.properties
    first, last = day_span(p.get("date"), p.get("date_end"))
    places: set[str] = set()
    regions: set[str] = set()
    targets: set[str] = set()
    facilities: set[str] = set()

    def place(pid: str) -> None:
        node = nodes.get(pid)
        props_ = node.properties if node else {}
        label = node.label if node else pid.split(":", 1)[0].title()
        if label == "Facility":
            places.add(pid)
            if _named_facility(pid, nodes):
                facilities.add(f"{props_.get('type') or ''}|{pid}")
            for town in located.get(pid, ()):
                place(town)
            return
        if label != "Place":
            return
        key = region_key(props_)
        if key:
            regions.add(key)
        if (props_.get("type") or "town") not in COARSE_PLACE_TYPES:
            places.add(pid)

    for pid in roles.get("OCCURRED_IN", ()):
        place(pid)
    for tid in roles.get("TARGETED", ()):
        node = nodes.get(tid)
        if node is None:
            continue
        if node.label == "Actor" and node.properties.get("type") in GENERIC_VICTIM_TYPES:
            continue
        if node.label in ("Facility", "Place"):
            place(tid)
        if node.label != "Place" or (node.properties.get("type") or "town") not in COARSE_PLACE_TYPES:
            targets.add(tid)
    return {"day_first": first or None, "day_last": last or None, "link_places": sorted(places),
            "link_regions": sorted(regions), "link_targets": sorted(targets),
            "link_facilities": sorted(facilities), "link_actors": sorted(roles.get("PERPETRATED", ()))}


_REPORT_LOCAL = re.compile(r"^facility:[0-9a-f]{16}-")


def _named_facility(fid: str, nodes: dict[str, NodeRecord]) -> bool:
    """Whether a facility id names one facility ("Al-Shifa hospital") rather than a kind
    of facility in a place ("the hospital in Hass": ``facility:hass-medical``) or in one
    report: only named ones can contradict each other."""
    if _REPORT_LOCAL.match(fid):
        return False
    for n in nodes.values():
        name = n.properties.get("name") if n.label == "Place" else None
        if name and fid.startswith(f"facility:{slug(name)}-"):
            return False
    return True


def with_link_properties(batch: Batch) -> Batch:
    """``batch`` with :func:`link_properties` set on its Event nodes. Pure."""
    extra = link_properties(batch)
    nodes = tuple(NodeRecord(n.label, n.id, props(**{**n.properties, **extra[n.id]})) if n.id in extra else n
                  for n in batch.nodes)
    return Batch(nodes, batch.edges)


def link_event(p: dict[str, Any], report: dict[str, Any] | None = None) -> LinkEvent:
    """A :class:`LinkEvent` from an Event's stored properties (with ``id``) and its
    report's (``path``, ``minhash``)."""
    report = report or {}
    rid = str(p.get("report_id") or "")
    return LinkEvent(
        id=p["id"], report_id=rid, origin=origin(rid, report.get("path")), kind=str(p.get("kind")),
        type=p.get("type"), role=p.get("role"), first=int(p.get("day_first") or 0), last=int(p.get("day_last") or 0),
        places=frozenset(p.get("link_places") or ()), regions=frozenset(p.get("link_regions") or ()),
        targets=frozenset(p.get("link_targets") or ()), facilities=frozenset(p.get("link_facilities") or ()),
        actors=frozenset(p.get("link_actors") or ()), killed=_int(p.get("killed")), wounded=_int(p.get("wounded")),
        words=distinctive_words(p.get("evidence")), minhash=tuple(report.get("minhash") or ()),
    )


def _int(v: Any) -> int | None:
    return int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


# --- scoring ---------------------------------------------------------------------------


def linkable(e: LinkEvent) -> bool:
    """Whether an event could ever be linked: countable, dated closely enough, with a
    place or target to compare."""
    return (countable(e.role, e.type) and bool(e.first) and e.last - e.first <= MAX_SPAN_DAYS
            and bool(e.places or e.regions or e.targets))


def _days_meet(a: LinkEvent, b: LinkEvent) -> bool:
    return not (a.first > b.last + TOLERANCE_DAYS or b.first > a.last + TOLERANCE_DAYS)


def _resolved(places: frozenset[str]) -> frozenset[str]:
    # Gazetteer places (``place:geonames:123``, ``place:ye:sadah``); a bare slug is a
    # name the gazetteer did not know, whose identity is uncertain.
    return frozenset(p for p in places if p.startswith("place:") and p.count(":") >= 2)


def _different_towns(a: LinkEvent, b: LinkEvent) -> bool:
    ra, rb = _resolved(a.places), _resolved(b.places)
    return bool(ra and rb and not ra & rb)


def _nested(a: LinkEvent, b: LinkEvent) -> bool:
    """Places equal, or one inside the other."""
    if a.places & b.places:
        return True
    if _different_towns(a, b):
        return False
    return bool(a.regions & b.regions)


def _different_facility(a: LinkEvent, b: LinkEvent) -> bool:
    if not a.facilities or not b.facilities or a.facilities & b.facilities:
        return False
    types_a = {f.split("|", 1)[0] for f in a.facilities}
    types_b = {f.split("|", 1)[0] for f in b.facilities}
    return bool(types_a & types_b)


def compatible(a: LinkEvent, b: LinkEvent) -> bool:
    """The hard conditions for two events to tell one incident (see the module text)."""
    if a.id == b.id or a.origin == b.origin or a.kind != b.kind:
        return False
    if not linkable(a) or not linkable(b) or not _days_meet(a, b):
        return False
    return bool(a.targets & b.targets) or _nested(a, b)


def tolls_agree(x: int | None, y: int | None) -> bool | None:
    """Whether two figures fit one incident as outlets report it: None when either is
    missing, True within the spread, False when far apart."""
    if x is None or y is None:
        return None
    lo, hi = sorted((x, y))
    if hi <= lo * SPREAD_RATIO or hi - lo <= SPREAD_ABS:
        return True
    return False if hi > lo * 2.5 + SPREAD_ABS else None


def link_score(a: LinkEvent, b: LinkEvent) -> float | None:
    """The SAME_INCIDENT score of two events (two decimals), or None when not linked."""
    if not compatible(a, b) or _different_facility(a, b):
        return None
    if near_copies(a.minhash, b.minhash):
        return 1.0
    shared_target = bool(a.targets & b.targets)
    if _different_towns(a, b) and not shared_target:
        return None
    score = 0.4 + 0.25 * shared_target + 0.1 * bool(a.places & b.places)
    score += 0.15 * (a.first == a.last == b.first == b.last)
    if a.type and b.type:
        score += 0.1 if a.type == b.type else -0.15
    if a.actors and b.actors:
        score += 0.1 if a.actors & b.actors else -0.1
    elif not a.actors and not b.actors:
        score += 0.05
    agree = tolls_agree(a.killed, b.killed)
    if agree is None:
        agree = tolls_agree(a.wounded, b.wounded)
    score += {True: 0.15, False: -0.2, None: 0.0}[agree]
    union = a.words | b.words
    if union:
        score += 0.3 * min(1.0, 2 * len(a.words & b.words) / len(union))
    score = round(min(score, 1.0), 2)
    return score if score >= MIN_SCORE else None


def _edge(a: LinkEvent, b: LinkEvent, score: float) -> EdgeRecord:
    lo, hi = sorted((a.id, b.id))
    copy = near_copies(a.minhash, b.minhash) or None
    return EdgeRecord("SAME_INCIDENT", lo, "Event", hi, "Event", "", props(score=score, copy=copy))


def _keys(e: LinkEvent) -> frozenset[str]:
    # Every compatible pair shares one of these: a named target, a place or a province
    # (see compatible and _nested).
    return e.places | e.regions | e.targets


def _pair_index(events: Iterable[tuple[int, LinkEvent]]) -> dict[tuple[str, str, int], list[int]]:
    """Positions of linkable events by (kind, key, day), for every key and every day of
    each event's span (at most MAX_SPAN_DAYS + 1)."""
    index: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    for pos, e in events:
        for key in _keys(e):
            for day in range(e.first, e.last + 1):
                index[(e.kind, key, day)].append(pos)
    return index


def _candidates(a: LinkEvent, index: dict[tuple[str, str, int], list[int]]) -> set[int]:
    """Positions of the indexed events that share a key with ``a`` on a day within its
    span widened by TOLERANCE_DAYS: a superset of the ones :func:`compatible` with it."""
    return {pos for key in _keys(a) for day in range(a.first - TOLERANCE_DAYS, a.last + TOLERANCE_DAYS + 1)
            for pos in index.get((a.kind, key, day), ())}


def link_pairs(new: list[LinkEvent], known: Iterable[LinkEvent]) -> list[EdgeRecord]:
    """SAME_INCIDENT edges between each new event and the known ones, and among the new
    ones. Pure; sorted, so the result does not depend on input order. Only pairs that
    share a key (place, province or target) on days that meet are scored, found in an
    index of (kind, key, day): cost O(events × keys × days) plus the pairs scored, not
    O(new × known)."""
    new = [e for e in new if linkable(e)]
    others = [*new, *(k for k in known if linkable(k))]  # positions below len(new): new ones
    index = _pair_index(enumerate(others))
    out: dict[tuple[str, str], EdgeRecord] = {}
    for i, a in enumerate(new):
        for j in sorted(_candidates(a, index)):
            if j < len(new) and j <= i:  # a pair of new events is scored once, from its first
                continue
            b = others[j]
            if (a.id, b.id) in out or (b.id, a.id) in out:
                continue
            score = link_score(a, b)
            if score is not None:
                edge = _edge(a, b, score)
                out[(edge.source, edge.target)] = edge
    return [out[k] for k in sorted(out)]


# --- linking a batch against the store ---------------------------------------------------


def _windows(events: list[LinkEvent]) -> list[tuple[str, int, int]]:
    """Merged (kind, first day, last day) windows of ``day_first`` values candidates may have."""
    spans = sorted((e.kind, e.first - MAX_SPAN_DAYS - TOLERANCE_DAYS, e.last + TOLERANCE_DAYS) for e in events)
    out: list[tuple[str, int, int]] = []
    for kind, lo, hi in spans:
        if out and out[-1][0] == kind and lo <= out[-1][2] + 1:
            out[-1] = (kind, out[-1][1], max(out[-1][2], hi))
        else:
            out.append((kind, lo, hi))
    return out


def batch_link_events(batch: Batch) -> list[LinkEvent]:
    """The linkable events a batch (with link properties) writes. Pure."""
    reports = {n.id: n.properties for n in batch.nodes if n.label == "Report"}
    out = []
    for n in batch.nodes:
        if n.label == "Event":
            p = {"id": n.id, **n.properties}
            e = link_event(p, reports.get(str(p.get("report_id"))))
            if linkable(e):
                out.append(e)
    return sorted(out, key=lambda e: e.id)


def link_batch(store: Any, batch: Batch, replaced: Iterable[str] = ()) -> list[EdgeRecord]:
    """SAME_INCIDENT edges for the events of ``batch`` (which must carry
    :func:`link_properties`): against the store's events found by
    ``store.incident_candidates(kind, lo, hi)`` — an indexed range lookup on ``day_first``
    per merged window of days — and among themselves. Events of reports in ``replaced``
    (about to be rewritten) are left out. Cost: one lookup per window plus O(new ×
    candidates sharing a place, province or target on days that meet) comparisons."""
    new = batch_link_events(batch)
    skip = set(replaced) | {e.report_id for e in new}
    # Only events sharing a place, province or target with a new one of their kind can
    # link (see _keys); the store filters on them.
    keys: dict[str, set[str]] = defaultdict(set)
    for e in new:
        keys[e.kind] |= _keys(e)
    known: dict[str, LinkEvent] = {}
    signatures: dict[str, tuple[int, ...]] = {}  # one MinHash tuple per report, shared by its events
    for kind, lo, hi in _windows(new):
        for row in store.incident_candidates(kind, lo, hi, keys[kind]):
            e = link_event(row, row.get("report"))
            if e.report_id not in skip and linkable(e):
                known[e.id] = replace(e, minhash=signatures.setdefault(e.report_id, e.minhash))
    return link_pairs(new, [known[k] for k in sorted(known)])


# --- incidents of the clusters a write touched --------------------------------------------

MAX_CLUSTER = 5000  # a safety stop: clusters stay far smaller (tens of events)


def cluster_members(store: Any, event_ids: Iterable[str], incident_ids: Iterable[str] = ()) -> set[str]:
    """Every event in the clusters of ``event_ids`` and of ``incident_ids``: the closure
    under SAME_INCIDENT links and shared incident ids. Cost: one lookup per step of the
    walk (two or three for clusters built a batch at a time)."""
    members = set(event_ids)
    frontier = sorted(members)
    incidents = sorted(set(incident_ids))
    while (frontier or incidents) and len(members) < MAX_CLUSTER:
        found = store.incident_neighbours(frontier, incidents) - members
        members |= found
        frontier, incidents = sorted(found), []
    return members


def refresh_incidents(store: Any, event_ids: Iterable[str], incident_ids: Iterable[str] = ()) -> int:
    """Recompute the Incident nodes of the clusters ``event_ids`` and ``incident_ids`` are
    in (after a write added events or links, or removed events) and store them with
    ``store.replace_incidents``; returns how many incidents were written. Cost: a few
    lookups plus O(cluster members)."""
    from sitgraph.graph.incidents import incident_records

    incident_ids = set(incident_ids)
    members = cluster_members(store, event_ids, incident_ids)
    events, links = store.incident_members(sorted(members))
    records, assign = incident_records(events, links)
    before = {e.get("incident") for e in events if e.get("incident")} | incident_ids
    stored = {e["id"]: e.get("incident") for e in events}
    changed = {k: v for k, v in assign.items() if v != stored.get(k)}
    store.replace_incidents(records, sorted(before - {r.id for r in records}), changed)
    return len(records)


def rebuild_incidents(store: Any, chunk: int = 2000) -> int:
    """Recompute every incident of a store (after linking rules changed, or for a store
    written before incidents existed). Cost: a pass over events, a chunk at a time."""
    return _refresh_all(store, [n["id"] for n in store.iter_nodes(("Event",))], chunk)


def repair_incidents(store: Any, chunk: int = 2000) -> int:
    """Recompute the incidents of the events that should have one and have none
    (``store.events_without_incident()``): what an ingest killed between writing a batch
    and writing its incidents leaves. Cost: one pass over event ids, plus the clusters of
    the events found (none after a clean run)."""
    return _refresh_all(store, store.events_without_incident(), chunk)


def _refresh_all(store: Any, ids: list[str], chunk: int) -> int:
    done: set[str] = set()
    total = 0
    for i in range(0, len(ids), chunk):
        todo = [x for x in ids[i:i + chunk] if x not in done]
        if todo:
            members = cluster_members(store, todo)
            done |= members
            total += refresh_incidents(store, sorted(members))
    return total


def incidents_of_reports(store: Any, report_ids: Iterable[str]) -> list[str]:
    """The incident ids of the events the reports ``report_ids`` hold in the store (read
    before a write replaces them, so their incidents can be recomputed after). Cost: one
    edge lookup per report and one node lookup per event."""
    out: set[str] = set()
    for rid in report_ids:
        for e in store.edges_of(rid):
            if e["type"] == "REPORTS" and e["source"] == rid:
                node = store.get_node(e["target"]) or {}
                if node.get("incident"):
                    out.add(node["incident"])
    return sorted(out)
