"""Graph records from one extraction: the nodes and edges of one report, with stable ids.

:func:`extraction_to_batch` is a pure function of an :class:`Extraction` and a
:class:`~sitgraph.loaders.resolve.Resolver`: the Report node; a node per resolved entity
(several local entities that resolve to one id give one node); an Event node per event
with its role edges (``PERPETRATED``, ``TARGETED``, ``OCCURRED_IN``, ``CLAIMED``,
``CONCERNS``); the direct edges derived from it (``ATTACKED``, ``KILLED {count}``,
``WOUNDED {count}``, ``CAPTURED``, ``ABDUCTED``, keyed by the event id and carrying
``event_id``, ``date``, ``type``); the standing relations; and the provenance edges
``REPORTS {evidence, start, end}`` and ``MENTIONS {forms, count, aliases}`` (the names
this report gives the entity: what it adds to the node's ``aliases``, kept so that a
report replaced later takes its names away with it). Every edge is checked
against :data:`~sitgraph.graph.schema.REL_TYPES`; one whose ends do not fit (a place as a
perpetrator) is dropped, never written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sitgraph.graph.model import ATTRIBUTION_HOWS, Batch, EdgeRecord, Event, Extraction, NodeRecord, props
from sitgraph.graph.schema import REL_TYPES
from sitgraph.loaders.resolve import Resolved, Resolver

# Precision of a place, for an event's geo_precision (as ACLED codes it).
_GEO_PRECISION = {"country": "country", "province": "province", "region": "province", "state": "province",
                  "district": "district"}
_GEO_RANK = {"exact": 0, "town": 1, "district": 2, "province": 3, "country": 4}
_DERIVED_BY_KIND = {"Attack": "ATTACKED", "Capture": "CAPTURED", "Abduction": "ABDUCTED"}


def event_id(report_id: str, start: int | None, end: int | None, kind: str, extra: str = "") -> str:
    """``event:<hash>`` of the report, the evidence span and the kind (stable across runs)."""
    raw = f"{report_id}\x1f{start}\x1f{end}\x1f{kind}\x1f{extra}"
    return "event:" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def geo_precision(place_type: str | None) -> str:
    """``town`` for towns, villages and landmarks; ``district``, ``province``, ``country`` else."""
    return _GEO_PRECISION.get((place_type or "town").lower(), "town")


@dataclass(frozen=True)
class _Ref:
    id: str
    label: str


def _fits(rel_type: str, source_label: str, target_label: str) -> bool:
    sources, targets = REL_TYPES[rel_type]
    return source_label in sources and target_label in targets


class _Builder:
    """Collects the records of one report, merging duplicates as it goes."""

    def __init__(self) -> None:
        self.nodes: dict[str, NodeRecord] = {}
        self.edges: dict[tuple[str, str, str, str], EdgeRecord] = {}

    def node(self, record: NodeRecord) -> None:
        prev = self.nodes.get(record.id)
        if prev is None:
            self.nodes[record.id] = record
            return
        merged = prev.properties
        for k, v in record.props:
            if k == "aliases":
                merged[k] = sorted(set(merged.get(k) or ()) | set(v))
            elif merged.get(k) is None:
                merged[k] = v
        self.nodes[record.id] = NodeRecord(prev.label, prev.id, props(**merged))

    def edge(self, rel_type: str, source: _Ref, target: _Ref, key: str = "", **values: object) -> None:
        if not _fits(rel_type, source.label, target.label):
            return
        self.edges.setdefault(
            (rel_type, source.id, target.id, key),
            EdgeRecord(rel_type, source.id, source.label, target.id, target.label, key, props(**values)),
        )

    def batch(self) -> Batch:
        # Sorted, so one report always gives the same batch, record for record.
        return Batch(tuple(self.nodes[k] for k in sorted(self.nodes)),
                     tuple(self.edges[k] for k in sorted(self.edges)))


def _entity_node(r: Resolved) -> NodeRecord:
    values: dict[str, object] = {"name": r.name, "type": r.type, "aliases": list(r.aliases)}
    if r.label in ("Place", "Facility"):
        values.update(lat=r.lat, lon=r.lon)
    if r.label == "Place":
        values.update(country=r.country, admin1=r.admin1, geo_precision=geo_precision(r.type))
    return NodeRecord(r.label, r.id, props(**values))


def extraction_to_batch(extraction: Extraction, resolver: Resolver) -> Batch:
    """The graph records of one report. Pure; cost linear in its entities and events
    (plus the resolver's lookups)."""
    report = extraction.report
    b = _Builder()
    rep = _Ref(report.id, "Report")
    b.node(NodeRecord("Report", report.id, props(title=report.title, published=report.published,
                                                  source=report.source, url=report.url, path=report.path)))
    refs: dict[str, _Ref] = {}
    resolved: dict[str, Resolved] = {}
    mentions: dict[str, tuple[list[str], int]] = {}
    for ent in extraction.entities:
        r = resolver.resolve(ent, extraction)
        resolved[ent.id] = r
        refs[ent.id] = _Ref(r.id, r.label)
        b.node(_entity_node(r))
        forms, count = mentions.get(r.id, ([], 0))
        for f in ent.forms or (ent.name,):
            if f not in forms:
                forms.append(f)
        mentions[r.id] = (forms, count + max(1, len(ent.mentions)))
    for rid, (forms, count) in mentions.items():
        node = b.nodes[rid]
        b.edge("MENTIONS", rep, _Ref(rid, node.label), forms=sorted(forms), count=count,
               aliases=sorted(node.properties.get("aliases") or ()))

    seen_ids: set[str] = set()
    ids: dict[str, _Ref] = {}
    for ev in extraction.events:
        ids[ev.id] = _event_records(b, rep, ev, refs, resolved, seen_ids, report.id)
    for ev in extraction.events:
        if ev.parent and ev.parent in ids:
            b.edge("PART_OF", ids[ev.id], ids[ev.parent])  # one place's strike in the stated total

    for rel in extraction.relations:
        s, t = refs.get(rel.source), refs.get(rel.target)
        if s is None or t is None or s.id == t.id:
            continue
        if rel.type == "ALLIED_WITH" and s.id > t.id:
            s, t = t, s  # symmetric: one edge whichever way the report put it
        b.edge(rel.type, s, t)
    return b.batch()


def _event_records(b: _Builder, rep: _Ref, ev: Event, refs: dict[str, _Ref],
                   resolved: dict[str, Resolved], seen_ids: set[str], report_id: str) -> _Ref:
    start = ev.evidence.start if ev.evidence else None
    end = ev.evidence.end if ev.evidence else None
    eid = event_id(report_id, start, end, ev.kind)
    if eid in seen_ids:  # two events of one kind read from one sentence
        eid = event_id(report_id, start, end, ev.kind, ev.id)
    seen_ids.add(eid)
    e = _Ref(eid, "Event")
    places = [refs[p] for p in ev.places if p in refs]
    precisions = [geo_precision(resolved[p].type) if resolved[p].label == "Place" else "exact"
                  for p in ev.places if p in resolved]
    b.node(NodeRecord("Event", eid, props(
        kind=ev.kind, type=ev.type, date=ev.date, date_end=ev.date_end, date_precision=ev.date_precision,
        killed=ev.killed, wounded=ev.wounded, displaced=ev.displaced, confidence=ev.confidence,
        evidence=ev.evidence.text if ev.evidence else None, report_id=report_id,
        geo_precision=min(precisions, key=_GEO_RANK.__getitem__) if precisions else None,
        role=ev.role if ev.role != "incident" else None,
    )))
    if ev.evidence is not None:
        b.edge("REPORTS", rep, e, evidence=ev.evidence.text, start=ev.evidence.start, end=ev.evidence.end)
    else:
        b.edge("REPORTS", rep, e)
    actors = [refs[a] for a in dict.fromkeys(ev.actors) if a in refs]
    targets = [refs[t] for t in dict.fromkeys(ev.targets) if t in refs]
    _attribution_edges(b, ev, e, actors, refs)
    for t in targets:
        b.edge("TARGETED", e, t)
    for p in places:
        b.edge("OCCURRED_IN", e, p)
    for c in (refs[x] for x in dict.fromkeys(ev.claimed_by) if x in refs):
        b.edge("CLAIMED", c, e)
    if ev.agreement and ev.agreement in refs:
        b.edge("CONCERNS", e, refs[ev.agreement])

    # Derived direct edges: who did what to whom, one per (actor, target, event).
    stamp = {"event_id": eid, "date": ev.date, "type": ev.type}
    derived = _DERIVED_BY_KIND.get(ev.kind)
    if ev.type == "aggregate" or ev.role == "aggregate":
        return e  # a period's toll: its dead are those of the single incidents
    victims = _victims(targets, resolved, ev)
    for a in actors:
        if a.label != "Actor":
            continue
        if derived:
            for t in targets:
                if t.id != a.id:
                    b.edge(derived, a, t, eid, **stamp)
        for rel_type, count in (("KILLED", ev.killed), ("WOUNDED", ev.wounded)):
            if count and victims is not None and victims.id != a.id:
                b.edge(rel_type, a, victims, eid, count=count, **stamp)
    return e


_HOW_RANK = {h: i for i, h in enumerate(ATTRIBUTION_HOWS)}


def _attribution_edges(b: _Builder, ev: Event, e: _Ref, actors: list[_Ref], refs: dict[str, _Ref]) -> None:
    """PERPETRATED with how and by whom each side is tied; DENIED for each side that denied."""
    ties = _ties(ev, refs)
    for a in actors:
        how, by = ties.get(a.id, (None, None))
        b.edge("PERPETRATED", a, e, how=how, by=by)
    denied = {refs[x.actor].id: refs[x.actor] for x in ev.attribution if x.how == "denied" and x.actor in refs}
    for a in denied.values():
        b.edge("DENIED", a, e)


def _ties(ev: Event, refs: dict[str, _Ref]) -> dict[str, tuple[str, str | None]]:
    """Per perpetrator (graph id): how the report ties it to the event (its strongest
    statement: claimed, confirmed, reported, accused, suspected, inferred) and who said so."""
    out: dict[str, tuple[str, str | None]] = {}
    for x in sorted(ev.attribution, key=lambda x: _HOW_RANK.get(x.how, 99)):
        if x.how == "denied" or x.actor not in refs:
            continue
        ref = refs[x.actor]
        by = refs[x.by].id if x.by and x.by in refs else None
        out.setdefault(ref.id, (x.how, by))
    return out


def _victims(targets: list[_Ref], resolved: dict[str, Resolved], ev: Event) -> _Ref | None:
    """Whom an event's dead and wounded were: its civilian target, else its (first)
    targeted actor; None when no actor was targeted (the toll stays on the event)."""
    by_id = {r.id: r for r in resolved.values()}
    actors = [t for t in targets if t.label == "Actor"]
    for t in actors:
        if (by_id[t.id].type or "") == "civilians":
            return t
    return actors[0] if actors else None

