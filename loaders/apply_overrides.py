"""Corrections applied to graph records: :func:`apply_overrides` and :func:`override_links`.

:func:`apply_overrides` is a pure function of a :class:`~sitgraph.graph.model.Batch`
(the records of one or more whole reports, as extraction and resolution built them) and
the corrections in force, in log order. It returns the corrected batch and the conflicts:
corrections that name an event of a report in the batch that the extraction no longer
gives, or an entity an earlier correction merged away (applied to what it was merged
into, and said so). Corrections about reports that are not in the batch are left alone:
they apply when those reports are written.

What each correction does to the records:

- ``retract``: the event goes, with every edge of it and the edges derived from it.
- ``set``/``remove`` a perpetrator, target or place: the role edges change (a set role
  replaces the role's entities; a removal takes the named ones, or all); a toll or a date:
  the event's property changes. The event's derived edges (``ATTACKED``, ``KILLED``…) are
  then derived again from its roles, tolls and date, as records are.
- ``merge`` A into B: every edge of A becomes an edge of B, A's names become B's aliases.
- ``split``: in the named reports, the entity's mentions and roles move to a new entity.
- ``alias``: the entity gets the name as an alias, and an entity of the same label that
  the batch calls by that name (its id, name or alias) is merged into it.
- ``link``/``unlink``: see :func:`override_links` (links cross reports, so they are made
  where incident links are).

Applied corrections are marked: edges a correction made carry ``override`` (its id); the
conflicts are also set on their Report node as ``override_conflicts``, so they stay with
the report in the store until it is written again. Cost: O(records × corrections) at
worst, O(records) per correction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sitgraph.graph.model import Batch, EdgeRecord, NodeRecord, props
from sitgraph.graph.schema import DERIVED_TYPES, ENTITY_LABELS, REL_TYPES, entity_id
from sitgraph.loaders.overrides import ROLE_FIELDS, TOLL_FIELDS, Conflict, Override
from sitgraph.loaders.records import geo_precision

_DERIVED_BY_KIND = {"Attack": "ATTACKED", "Capture": "CAPTURED", "Abduction": "ABDUCTED"}
_GEO_RANK = {"exact": 0, "town": 1, "district": 2, "province": 3, "country": 4}
EdgeKey = tuple[str, str, str, str]


def _fits(rel_type: str, source_label: str, target_label: str) -> bool:
    sources, targets = REL_TYPES[rel_type]
    return source_label in sources and target_label in targets


class _Work:
    """The batch as mutable maps while corrections are applied to it."""

    def __init__(self, batch: Batch) -> None:
        self.nodes: dict[str, tuple[str, dict[str, Any]]] = {n.id: (n.label, n.properties) for n in batch.nodes}
        self.edges: dict[EdgeKey, tuple[str, str, dict[str, Any]]] = {
            (e.type, e.source, e.target, e.key): (e.source_label, e.target_label, e.properties) for e in batch.edges}
        self.reports = {i for i, (label, _) in self.nodes.items() if label == "Report"}
        self.conflicts: list[Conflict] = []
        self.redirect: dict[str, str] = {}  # entity merged away -> what it was merged into
        self.changed: set[str] = set()  # events whose derived edges must be derived again

    # --- small edits ---------------------------------------------------------------------

    def label(self, node_id: str) -> str | None:
        n = self.nodes.get(node_id)
        return n[0] if n else None

    def ensure(self, ref: dict[str, Any]) -> None:
        """The entity node ``ref`` names, added (name and type only) when the batch lacks it."""
        if ref["id"] not in self.nodes:
            self.nodes[ref["id"]] = (ref["label"], {k: v for k, v in (("name", ref.get("name")),
                                                                          ("type", ref.get("type"))) if v})

    def add_edge(self, rel_type: str, source: str, target: str, key: str = "", **values: Any) -> None:
        sl, tl = self.label(source), self.label(target)
        if sl is None or tl is None or not _fits(rel_type, sl, tl):
            return
        self.edges[(rel_type, source, target, key)] = (sl, tl, {k: v for k, v in values.items() if v is not None})

    def drop_edges(self, keep: Callable[[EdgeKey], bool]) -> None:
        self.edges = {k: v for k, v in self.edges.items() if keep(k)}

    def conflict(self, o: Override, message: str, report: str | None) -> None:
        self.conflicts.append(Conflict(o.id, o.verb, message, report))

    def entity(self, o: Override, ref: dict[str, Any], report: str | None) -> dict[str, Any]:
        """``ref``, or what an earlier correction merged it into (a conflict, said)."""
        target = self.redirect.get(ref["id"])
        if target is None:
            return ref
        self.conflict(o, f"{ref['id']} was merged into {target}; applied to {target}", report)
        return {**ref, "id": target}

    def event(self, o: Override) -> str | None:
        """The event a correction names, if in the batch; a conflict when its report is
        in the batch without it."""
        eid, rid = o.args.get("event"), o.args.get("report")
        if eid in self.nodes:
            return eid
        if rid in self.reports:
            self.conflict(o, f"{eid} is no longer extracted from {rid}", rid)
        return None

    # --- entities ------------------------------------------------------------------------

    def move(self, old: str, new: str, reports: set[str] | None = None) -> None:
        """Every edge of ``old`` becomes an edge of ``new`` (only the edges of ``reports``
        — their mentions and their events' edges — when given). Duplicates are merged."""
        if reports is None:
            mine = None
        else:
            mine = {i for i, (label, p) in self.nodes.items() if label == "Event" and p.get("report_id") in reports}

        def owned(k: EdgeKey) -> bool:
            if mine is None:
                return True
            t, s, d, key = k
            return (t == "MENTIONS" and s in reports) or s in mine or d in mine or key in mine  # type: ignore[operator]

        new_label = self.nodes[new][0]
        edges: dict[EdgeKey, tuple[str, str, dict[str, Any]]] = {}
        for k, (sl, tl, p) in self.edges.items():
            t, s, d, key = k
            if old in (s, d) and owned(k):
                s, sl = (new, new_label) if s == old else (s, sl)
                d, tl = (new, new_label) if d == old else (d, tl)
                if s == d or not _fits(t, sl, tl):
                    continue
            nk = (t, s, d, key)
            if nk in edges and t == "MENTIONS":
                prev = edges[nk][2]
                p = {**prev, "forms": sorted(set(prev.get("forms") or ()) | set(p.get("forms") or ())),
                     "count": (prev.get("count") or 0) + (p.get("count") or 0),
                     "aliases": sorted(set(prev.get("aliases") or ()) | set(p.get("aliases") or ()))}
            elif nk in edges:
                continue
            edges[nk] = (sl, tl, p)
        self.edges = edges

    def add_names(self, node_id: str, names: Iterable[str]) -> None:
        """Names added to a node's aliases and to the MENTIONS of it (what the stores keep
        aliases from), so that the node is found by them."""
        names = [n for n in names if n]
        label, p = self.nodes[node_id]
        self.nodes[node_id] = (label, {**p, "aliases": sorted(set(p.get("aliases") or ()) | set(names))})
        for k, (sl, tl, ep) in list(self.edges.items()):
            if k[0] == "MENTIONS" and k[2] == node_id:
                self.edges[k] = (sl, tl, {**ep, "aliases": sorted(set(ep.get("aliases") or ()) | set(names))})

    def merge(self, old: str, new_ref: dict[str, Any]) -> None:
        new = new_ref["id"]
        if old == new or old not in self.nodes:
            return
        self.ensure(new_ref)
        _, oldp = self.nodes[old]
        self.move(old, new)
        del self.nodes[old]
        self.add_names(new, [oldp.get("name") or "", *(oldp.get("aliases") or ())])

    # --- derived edges -------------------------------------------------------------------

    def derive(self, eid: str) -> None:
        """The derived edges of an event made again from its roles, as records makes them."""
        if eid not in self.nodes:
            return
        ev = self.nodes[eid][1]
        self.drop_edges(lambda k: not (k[0] in DERIVED_TYPES and k[3] == eid))
        if "aggregate" in (ev.get("type"), ev.get("role")):
            return  # a period's toll: its dead are those of the single incidents
        actors = sorted(s for (t, s, d, _) in self.edges
                        if t == "PERPETRATED" and d == eid and self.label(s) == "Actor")
        targets = sorted(d for (t, s, d, _) in self.edges if t == "TARGETED" and s == eid)
        stamp = {"event_id": eid, "date": ev.get("date"), "type": ev.get("type")}
        derived = _DERIVED_BY_KIND.get(ev.get("kind") or "")
        target_actors = [t for t in targets if self.label(t) == "Actor"]
        civilians = [t for t in target_actors if (self.nodes[t][1].get("type") or "") == "civilians"]
        victims = (civilians or target_actors or [None])[0]
        for a in actors:
            if derived:
                for t in targets:
                    if t != a:
                        self.add_edge(derived, a, t, eid, **stamp)
            for rel_type in ("KILLED", "WOUNDED"):
                count = ev.get(rel_type.lower())
                if count and victims is not None and victims != a:
                    self.add_edge(rel_type, a, victims, eid, count=count, **stamp)

    def batch(self) -> Batch:
        # Entities no edge holds any more (merged, split or retracted away) are not written.
        held = {x for (_, s, d, _) in self.edges for x in (s, d)}
        nodes = tuple(NodeRecord(label, i, props(**p)) for i, (label, p) in sorted(self.nodes.items())
                      if label not in ENTITY_LABELS or i in held)
        edges = tuple(EdgeRecord(t, s, sl, d, tl, key, props(**p))
                      for (t, s, d, key), (sl, tl, p) in sorted(self.edges.items()))
        return Batch(nodes, edges)


# --- the corrections ------------------------------------------------------------------


def _retract(w: _Work, o: Override) -> None:
    eid = w.event(o)
    if eid is None:
        return
    del w.nodes[eid]
    w.drop_edges(lambda k: eid not in (k[1], k[2]) and not (k[0] in DERIVED_TYPES and k[3] == eid))


def _set_event_field(w: _Work, eid: str, field: str, value: Any) -> None:
    label, ev = w.nodes[eid]
    ev = dict(ev)
    if field in TOLL_FIELDS:
        ev[field] = value
    elif field == "date":
        for k in ("date", "date_end", "date_precision"):
            ev[k] = (value or {}).get(k)
    w.nodes[eid] = (label, ev)


def _set_role(w: _Work, o: Override, eid: str, rel_type: str, refs: Sequence[dict[str, Any]] | None,
              replace: bool) -> None:
    """Role edges of ``rel_type``: ``refs`` added (after removing all when ``replace``), or,
    when not ``replace``, ``refs`` removed (all of the role when None)."""
    rid = w.nodes[eid][1].get("report_id")
    out = rel_type == "PERPETRATED"  # Actor -> Event; the others go Event -> entity

    def role_of(k: EdgeKey) -> str | None:
        if k[0] != rel_type:
            return None
        if out:
            return k[1] if k[2] == eid else None
        return k[2] if k[1] == eid else None

    refs = None if refs is None else [w.entity(o, r, rid) for r in refs]
    ids = None if refs is None else {r["id"] for r in refs}
    if replace or ids is None:
        w.drop_edges(lambda k: role_of(k) is None)
    else:
        w.drop_edges(lambda k: role_of(k) not in ids)
    if replace:
        for r in refs or ():
            w.ensure(r)
            extra = {"how": "corrected"} if out else {}
            if out:
                w.add_edge(rel_type, r["id"], eid, override=o.id, **extra)
            else:
                w.add_edge(rel_type, eid, r["id"], override=o.id)
    if rel_type == "OCCURRED_IN":
        places = [k[2] for k in w.edges if k[0] == "OCCURRED_IN" and k[1] == eid]
        ranks = [geo_precision(w.nodes[p][1].get("type")) if w.label(p) == "Place" else "exact" for p in places]
        label, ev = w.nodes[eid]
        w.nodes[eid] = (label, {**ev, "geo_precision": min(ranks, key=_GEO_RANK.__getitem__) if ranks else None})
    w.changed.add(eid)


def _edit(w: _Work, o: Override) -> None:
    eid = w.event(o)
    if eid is None:
        return
    field, replace = o.args.get("field"), o.verb == "set"
    if field in ROLE_FIELDS:
        refs = o.args.get("values") if replace else o.args.get("ids")
        if not replace and refs is not None:
            refs = [{"id": i} for i in refs]
        _set_role(w, o, eid, ROLE_FIELDS[field], refs, replace)
        return
    _set_event_field(w, eid, field or "", o.args.get("value") if replace else None)
    w.changed.add(eid)


def _merge(w: _Work, o: Override) -> None:
    src, dst = o.args["source"], o.args["target"]
    # What the target was merged into since, said only where the merge does something.
    dst = w.entity(o, dst, None) if dst["id"] in w.nodes or src["id"] in w.nodes else {
        **dst, "id": w.redirect.get(dst["id"], dst["id"])}
    if dst["id"] == src["id"]:  # merged back into itself by a chain: nothing to do
        return
    w.redirect[src["id"]] = dst["id"]
    for k, v in list(w.redirect.items()):  # chains: A -> B, then B -> C
        if v == src["id"]:
            w.redirect[k] = dst["id"]
    w.merge(src["id"], dst)


def _split(w: _Work, o: Override) -> None:
    old, new = o.args["entity"], o.args["new"]
    reports = set(o.args.get("reports") or ()) & w.reports
    if not reports or old["id"] not in w.nodes:
        return
    w.nodes.setdefault(new["id"], (new["label"], {k: v for k, v in (("name", new.get("name")),
                                                                    ("type", new.get("type"))) if v}))
    w.move(old["id"], new["id"], reports)


def _alias(w: _Work, o: Override) -> None:
    ref, name = o.args["entity"], o.args["alias"]
    if ref["id"] not in w.nodes and ref["id"] not in w.redirect:
        # Only entities the batch calls by the alias are merged in.
        called = [i for i, (label, p) in w.nodes.items() if label == ref["label"] and _called(i, p, name, ref)]
        if not called:
            return
    ref = w.entity(o, ref, None)
    for i, (label, p) in list(w.nodes.items()):
        if i != ref["id"] and label == ref["label"] and _called(i, p, name, ref):
            w.merge(i, ref)
    if ref["id"] in w.nodes:
        w.add_names(ref["id"], [name])


def _called(node_id: str, p: dict[str, Any], name: str, ref: dict[str, Any]) -> bool:
    low = name.casefold()
    return (node_id == entity_id(ref["label"], name) or (p.get("name") or "").casefold() == low
            or any(a.casefold() == low for a in p.get("aliases") or ()))


_APPLY: dict[str, Callable[[_Work, Override], None]] = {
    "retract": _retract, "set": _edit, "remove": _edit, "merge": _merge, "split": _split, "alias": _alias,
}


def apply_overrides(batch: Batch, overrides: Sequence[Override]) -> tuple[Batch, list[Conflict]]:
    """The batch with the corrections applied in order, and the conflicts found.

    ``overrides`` are the corrections in force (:func:`~sitgraph.loaders.overrides.active`);
    ``link``/``unlink`` are left to :func:`override_links`, except that a link between
    two events of the batch is made here too. A batch no correction touches is returned
    as it is. Pure. Cost: O(len(batch)) per correction that applies.
    """
    if not overrides:
        return batch, []
    w = _Work(batch)
    for o in overrides:
        fn = _APPLY.get(o.verb)
        if fn is not None:
            fn(w, o)
        elif o.verb in ("link", "unlink"):
            _link_within(w, o)
    for eid in sorted(w.changed):
        w.derive(eid)
    _stamp_conflicts(w)
    out = w.batch()
    return (batch if out == batch else out), w.conflicts


def _stamp_conflicts(w: _Work) -> None:
    by_report: dict[str, list[str]] = {}
    for c in w.conflicts:
        if c.report in w.reports:
            by_report.setdefault(c.report, []).append(c.line())
    for rid, lines in by_report.items():
        label, p = w.nodes[rid]
        w.nodes[rid] = (label, {**p, "override_conflicts": sorted(set(lines))})


def _link_within(w: _Work, o: Override) -> None:
    events = o.args.get("events") or []
    reports = o.args.get("reports") or []
    for eid, rid in zip(events, reports, strict=False):
        if rid in w.reports and eid not in w.nodes:
            w.conflict(o, f"{eid} is no longer extracted from {rid}", rid)
    if len(events) != 2 or not all(e in w.nodes for e in events):
        return
    lo, hi = sorted(events)
    if o.verb == "link":
        w.add_edge("SAME_INCIDENT", lo, hi, override=o.id)
    else:
        w.drop_edges(lambda k: not (k[0] == "SAME_INCIDENT" and {k[1], k[2]} == {lo, hi}))


def override_links(links: Sequence[EdgeRecord], overrides: Sequence[Override], batch: Batch,
                   exists: Callable[[str], bool]) -> list[EdgeRecord]:
    """The incident links to write with ``batch``: ``links`` (as linking found them)
    without the pairs an ``unlink`` parts, plus a ``SAME_INCIDENT`` for each ``link``
    with an end in the batch and the other in it or already in the store (``exists``;
    an event of a report the batch rewrites counts only if the batch has it).
    Cost: O(len(links) + corrections), one ``exists`` call per link made across batches.
    """
    events = {n.id for n in batch.nodes if n.label == "Event"}
    reports = {n.id for n in batch.nodes if n.label == "Report"}
    parted = {frozenset(o.args.get("events") or ()) for o in overrides if o.verb == "unlink"}
    out = [e for e in links if frozenset((e.source, e.target)) not in parted]
    have = {frozenset((e.source, e.target)) for e in out}
    for o in overrides:
        pair = list(o.args.get("events") or ())
        if o.verb != "link" or len(pair) != 2 or frozenset(pair) in have or not set(pair) & events:
            continue
        rep = dict(zip(pair, o.args.get("reports") or (None, None), strict=False))
        if all(e in events or (rep.get(e) not in reports and exists(e)) for e in pair):
            lo, hi = sorted(pair)
            out.append(EdgeRecord("SAME_INCIDENT", lo, "Event", hi, "Event", "", props(override=o.id)))
            have.add(frozenset(pair))
    return out
