"""Making, undoing and checking corrections against a store.

A correction is recorded in the override log (:mod:`sitgraph.loaders.overrides`) and then
made visible by *re-deriving* the reports it touches: their files are read, extracted and
resolved again, every correction in force is applied (:func:`apply_overrides` in the
ingest pipeline) and their records replace the old ones. Undoing is the same with the
correction marked undone, so the graph is always what the reports say plus the
corrections in force, whatever order things happened in, and ``ingest --force`` or a
rebuild from scratch gives the same graph.

The functions here build a correction's ``args`` from what the store holds
(:func:`entity_ref`, :func:`event_ref`), find the reports it touches
(:func:`affected_reports`), re-derive them (:func:`rederive`) — or, for reports no file
gives any more, apply a new correction to their stored records (:func:`apply_stored`) —
and list conflicts (:func:`conflicts`). Cost: re-deriving is an ingest of the touched reports' files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sitgraph.graph.model import Batch, EdgeRecord, NodeRecord, props
from sitgraph.graph.schema import DERIVED_TYPES, ENTITY_LABELS, entity_id
from sitgraph.loaders.overrides import (
    ROLE_FIELDS,
    TOLL_FIELDS,
    Conflict,
    Override,
    OverrideError,
    active,
    append_override,
    read_overrides,
)

_ROLE_LABELS = {"perpetrator": ("Actor",), "target": ENTITY_LABELS, "place": ("Place", "Facility")}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def overrides_path(store_url: str, database: str | None = None) -> Path:
    """Where a store's override log is by default: beside an embedded store's database
    (``overrides.jsonl`` for ``graph.db``, ``<name>.overrides.jsonl`` for another), and
    ``.sitgraph/overrides-<host>-<port>-<database>.jsonl`` for a Neo4j server."""
    parts = urlsplit(store_url)
    if parts.scheme.lower() == "sqlite" or (not parts.scheme and store_url.endswith(".db")):
        db = Path(store_url[len("sqlite:///"):] if parts.scheme else store_url)
        name = "overrides.jsonl" if db.name == "graph.db" else f"{db.stem}.overrides.jsonl"
        return db.with_name(name)
    host = re.sub(r"[^A-Za-z0-9.-]+", "_", parts.hostname or "localhost")
    return Path(".sitgraph") / f"overrides-{host}-{parts.port or 7687}-{database or 'neo4j'}.jsonl"


# --- what a correction names ------------------------------------------------------------


def _ref(node: dict[str, Any]) -> dict[str, Any]:
    return {"id": node["id"], "label": node["label"], "name": node.get("name"), "type": node.get("type")}


def entity_ref(store: Any, text: str, labels: Iterable[str] = ENTITY_LABELS, *, create: str | None = None
               ) -> dict[str, Any]:
    """The entity ``text`` names (an id, a name or an alias) among ``labels``, as a
    correction stores it. With ``create`` (a label), a name nothing carries gives a new
    entity of that label. Raises OverrideError when nothing or several things match."""
    labels = tuple(labels)
    node = store.get_node(text)
    found = [node] if node is not None else store.find_nodes(text, limit=20)
    found = [n for n in found if n["label"] in labels]
    if len(found) == 1:
        return _ref(found[0])
    if len(found) > 1:
        ids = ", ".join(n["id"] for n in found)
        raise OverrideError(f"{text!r} names several nodes ({ids}): give one id")
    if create and ":" not in text:
        return {"id": entity_id(create, text), "label": create, "name": text, "type": None}
    raise OverrideError(f"no {' or '.join(labels)} has the id, name or alias {text!r}")


def event_ref(store: Any, event: str) -> dict[str, Any]:
    """``{"event", "report"}`` of an event id. Raises OverrideError for anything else."""
    node = store.get_node(event)
    if node is None or node["label"] != "Event":
        raise OverrideError(f"no event {event!r} in the store (events are named by id: event:…)")
    return {"event": node["id"], "report": node.get("report_id")}


def parse_date(text: str, end: str | None = None) -> dict[str, Any]:
    """``{"date", "date_end", "date_precision"}`` for ``YYYY[-MM[-DD]]`` (and an end)."""
    for t in (text, end):
        if t is not None and not _DATE.match(t):
            raise OverrideError(f"{t!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    if end and end < text:
        raise OverrideError(f"the period ends ({end}) before it starts ({text})")
    precision = "range" if end and end != text else {4: "year", 7: "month"}.get(len(text), "day")
    return {"date": text, "date_end": end if end and end != text else None, "date_precision": precision}


def edit_args(store: Any, verb: str, event: str, field: str, values: list[str]) -> dict[str, Any]:
    """The ``args`` of ``set``/``remove`` FIELD on an event."""
    args = {**event_ref(store, event), "field": field}
    if field in ROLE_FIELDS:
        labels = _ROLE_LABELS[field]
        if verb == "set":
            if not values:
                raise OverrideError(f"set {field} needs at least one entity")
            create = labels[0]
            args["values"] = [entity_ref(store, v, labels, create=create) for v in values]
        else:
            args["ids"] = [entity_ref(store, v, labels)["id"] for v in values] or None
    elif field in TOLL_FIELDS:
        if verb == "set":
            if len(values) != 1 or not values[0].isdigit():
                raise OverrideError(f"set {field} takes one whole number")
            args["value"] = int(values[0])
    elif field == "date":
        if verb == "set":
            if len(values) not in (1, 2):
                raise OverrideError("set date takes a date, or a first and a last date")
            args["value"] = parse_date(values[0], values[1] if len(values) > 1 else None)
    else:
        raise OverrideError(f"unknown field {field!r}")
    return args


def merge_args(store: Any, source: str, target: str) -> dict[str, Any]:
    src, dst = entity_ref(store, source), entity_ref(store, target)
    if src["id"] == dst["id"]:
        raise OverrideError("an entity cannot be merged into itself")
    if src["label"] != dst["label"]:
        raise OverrideError(f"cannot merge a {src['label']} into a {dst['label']}")
    return {"source": src, "target": dst}


def split_args(store: Any, entity: str, new_name: str, reports: list[str], forms: list[str]) -> dict[str, Any]:
    """``split``: the reports (named, or mentioning the entity by one of ``forms``) whose
    mentions of the entity move to a new entity called ``new_name``."""
    ref = entity_ref(store, entity)
    mentions = [e for e in store.edges_of(ref["id"]) if e["type"] == "MENTIONS"]
    chosen = set(reports) | {e["source"] for e in mentions if set(e.get("forms") or ()) & set(forms)}
    unknown = sorted(chosen - {e["source"] for e in mentions})
    if unknown:
        raise OverrideError(f"{ref['id']} is not mentioned by {', '.join(unknown)}")
    if not chosen:
        raise OverrideError("name the reports (--report) or forms (--form) whose mentions move")
    new = {"id": entity_id(ref["label"], new_name), "label": ref["label"], "name": new_name, "type": ref["type"]}
    if new["id"] == ref["id"]:
        raise OverrideError(f"the new entity needs a name other than {ref['name']!r}")
    return {"entity": ref, "new": new, "reports": sorted(chosen)}


def link_args(store: Any, first: str, second: str) -> dict[str, Any]:
    a, b = event_ref(store, first), event_ref(store, second)
    if a["event"] == b["event"]:
        raise OverrideError("an event cannot be linked to itself")
    pairs = sorted([(a["event"], a["report"]), (b["event"], b["report"])])
    return {"events": [p[0] for p in pairs], "reports": [p[1] for p in pairs]}


# --- what a correction touches ----------------------------------------------------------


def _reports_of(store: Any, node_id: str) -> set[str]:
    """Reports that mention a node or tell an event it has a role in."""
    out: set[str] = set()
    for e in store.edges_of(node_id):
        if e["type"] == "MENTIONS":
            out.add(e["source"])
        else:
            other = e["target"] if e["source"] == node_id else e["source"]
            if other.startswith("event:"):
                ev = store.get_node(other)
                if ev and ev.get("report_id"):
                    out.add(ev["report_id"])
    return out


def affected_reports(store: Any, o: Override, *, undo: bool = False) -> set[str]:
    """Reports whose records a correction changes (or, with ``undo``, changed): those to
    re-derive. A merge changes the reports of the entity merged away; once made, those
    are among the reports of what it was merged into."""
    a = o.args
    if "report" in a:
        return {a["report"]} - {None}
    if o.verb in ("link", "unlink"):
        return set(a.get("reports") or ()) - {None}
    keys = (("source", "target") if undo else ("source",)) if o.verb == "merge" else ("entity", "new")
    ids = [a[k]["id"] for k in keys if isinstance(a.get(k), dict)]
    if o.verb == "alias":
        ids.append(entity_id(a["entity"]["label"], a["alias"]))
        ids += [n["id"] for n in store.find_nodes(a["alias"], limit=50) if n["label"] == a["entity"]["label"]]
    out = set(a.get("reports") or ())
    for i in dict.fromkeys(ids):
        out |= _reports_of(store, i)
    return out


def report_files(store: Any, report_ids: Iterable[str], read: Any = None) -> tuple[list[str], list[str]]:
    """The files holding these reports (the part of a path before ``#row=``/``#item=``),
    and the reports no file gives any more: read from standard input, moved, or changed
    since (re-reading a changed file would add its new text beside the old report, so it
    is left alone). Cost: reading (not extracting) the files."""
    from sitgraph.loaders.readers import iter_reports

    wanted: dict[str, set[str]] = {}
    missing: list[str] = []
    for rid in sorted(report_ids):
        node = store.get_node(rid) or {}
        path = str(node.get("path") or "").split("#", 1)[0]
        if path and Path(path).is_file():
            wanted.setdefault(path, set()).add(rid)
        else:
            missing.append(rid)
    files = []
    for path, ids in wanted.items():
        given = {r.id for o in iter_reports([path], read) for r in (*o.reports, *(x.report for x in o.extractions))}
        if ids <= given:
            files.append(path)
        else:
            missing += sorted(ids - given)
    return files, sorted(missing)


def rederive(store: Any, report_ids: Iterable[str], records: list[Override], resolver: Any = None,
             options: Any = None) -> tuple[Any, list[str]]:
    """Ingest again (``force``) the files of these reports with the corrections in force;
    returns the ingest summary (None when there was nothing to read) and the reports whose
    files are gone, which keep their records until ingested again."""
    from dataclasses import replace

    from sitgraph.loaders.pipeline import IngestOptions, ingest

    files, missing = report_files(store, report_ids, getattr(options, "read", None))
    if not files:
        return None, missing
    opts = replace(options or IngestOptions(), force=True, overrides=tuple(active(records)))
    return ingest(files, store, resolver, opts), missing


def stored_batch(store: Any, report_ids: Iterable[str]) -> Batch:
    """The records a store holds for these reports, as a batch: their Report nodes, their
    events with every edge of them and the edges derived from them, their ``MENTIONS``,
    and the entities at the ends. Cost: a read per report and event, and one pass over
    the derived edges."""
    nodes: dict[str, NodeRecord] = {}
    edges: dict[tuple[str, str, str, str], EdgeRecord] = {}

    def node(i: str) -> str | None:
        if i not in nodes and (n := store.get_node(i)) is not None:
            nodes[i] = NodeRecord(n["label"], i, props(**{k: v for k, v in n.items() if k not in ("id", "label")}))
        return nodes[i].label if i in nodes else None

    def edge(e: dict[str, Any]) -> None:
        sl, tl = node(e["source"]), node(e["target"])
        if sl and tl:
            extra = {k: v for k, v in e.items() if k not in ("type", "source", "target", "key")}
            key = (e["type"], e["source"], e["target"], e.get("key") or "")
            edges[key] = EdgeRecord(e["type"], e["source"], sl, e["target"], tl, key[3], props(**extra))

    events: set[str] = set()
    for rid in sorted(report_ids):
        for e in store.edges_of(rid):
            if e["source"] == rid and e["type"] in ("REPORTS", "MENTIONS"):
                edge(e)
                if e["type"] == "REPORTS":
                    events.add(e["target"])
    for eid in sorted(events):
        for e in store.edges_of(eid):
            edge(e)
    if events:
        for e in store.iter_edges(DERIVED_TYPES):
            if e.get("key") in events:
                edge(e)
    return Batch(tuple(nodes[k] for k in sorted(nodes)), tuple(edges[k] for k in sorted(edges)))


def apply_stored(store: Any, report_ids: Iterable[str], correction: Override) -> list[Conflict]:
    """Apply one new correction to the records the store holds for these reports (those
    whose files cannot be read again), in one write that replaces them; returns its
    conflicts. Undoing cannot be done this way: it needs the extraction."""
    from sitgraph.loaders.apply_overrides import apply_overrides, override_links

    report_ids = sorted(report_ids)
    batch = stored_batch(store, report_ids)
    if not batch.nodes:
        return []
    batch, found = apply_overrides(batch, [correction])
    links = [e for e in batch.edges if e.type == "SAME_INCIDENT"]
    kept = Batch(batch.nodes, tuple(e for e in batch.edges if e.type != "SAME_INCIDENT"))
    links = override_links(links, [correction], kept, lambda i: store.get_node(i) is not None)
    with store.writer_lock():
        store.write(Batch(kept.nodes, kept.edges + tuple(links)), replace=report_ids)
    return found


@dataclass(frozen=True)
class Applied:
    """What making corrections visible did: the ingest that re-derived reports (None when
    no file was read), the reports corrected in the store instead, the reports left as
    they are until ingested again, and the conflicts found."""

    summary: Any
    stored: tuple[str, ...]
    stale: tuple[str, ...]
    conflicts: tuple[Conflict, ...]


def make_visible(store: Any, reports: Iterable[str], records: list[Override], new: Override | None = None,
                 resolver: Any = None, options: Any = None) -> Applied:
    """Re-derive these reports with the log ``records``; those no file gives any more get
    ``new`` (a correction just made) applied to their stored records, or, without one (an
    undo), stay as they are. Cost: an ingest of the reports' files."""
    summary, missing = rederive(store, reports, records, resolver, options)
    conflicts = list(summary.conflicts) if summary is not None else []
    if new is not None and missing:
        conflicts += apply_stored(store, missing, new)
        return Applied(summary, tuple(missing), (), tuple(conflicts))
    return Applied(summary, (), tuple(missing), tuple(conflicts))


def record(store: Any, path: str | Path, verb: str, args: dict[str, Any], *, by: str, when: str, why: str
           ) -> tuple[Override, set[str]]:
    """Append a correction to the log (under the store's writer lock); returns it and the
    reports it touches."""
    touched = affected_reports(store, Override(0, verb, args))
    with store.writer_lock():
        made = append_override(path, verb, args, by=by, when=when, why=why)
    return made, touched


def undo(store: Any, path: str | Path, override_id: int, *, by: str, when: str, why: str
         ) -> tuple[Override, set[str]]:
    """Append the undo of a correction in force; returns the undo record and the reports
    the correction touched. Raises OverrideError for an id not in force."""
    live = {o.id: o for o in active(read_overrides(path))}
    if override_id not in live:
        raise OverrideError(f"no correction #{override_id} in force in {path} (see `sitgraph review list --all`)")
    touched = affected_reports(store, live[override_id], undo=True)
    with store.writer_lock():
        made = append_override(path, "undo", {"override": override_id}, by=by, when=when, why=why)
    return made, touched


# --- conflicts --------------------------------------------------------------------------

_LINE = re.compile(r"^#(\d+) (\w+): (.*)$")


def conflicts(store: Any, records: list[Override]) -> list[dict[str, Any]]:
    """Every conflict of the corrections in force with the graph as it is: those the last
    write of each report found (its ``override_conflicts``), and corrections whose report
    is not in the store. Rows ``{"override", "verb", "report", "message"}``, by override."""
    rows: list[dict[str, Any]] = []
    for rep in store.iter_nodes(("Report",)):
        for line in rep.get("override_conflicts") or ():
            m = _LINE.match(str(line))
            if m:
                rows.append({"override": int(m.group(1)), "verb": m.group(2), "report": rep["id"],
                             "message": m.group(3)})
    live = {o.id for o in active(records)}
    rows = [r for r in rows if r["override"] in live]
    reports = store.report_ids()
    for o in active(records):
        wanted = [o.args.get("report")] if "report" in o.args else list(o.args.get("reports") or ())
        if o.verb == "split":
            wanted = []  # its reports are where it applies, not what it needs
        for rid in wanted:
            if rid and rid not in reports:
                rows.append({"override": o.id, "verb": o.verb, "report": rid,
                             "message": f"report {rid} is not in the store"})
    rows.sort(key=lambda r: (r["override"], r["report"] or "", r["message"]))
    return rows
