"""The embedded store: one SQLite file, standard library only.

Two tables, ``nodes(id, label, name, props)`` and ``edges(type, source, target, key,
props)``, with primary keys on the ids, so writing is an upsert (MERGE) and re-writing a
batch changes nothing. Each :meth:`SqliteStore.write` is one transaction: an interrupted
ingest leaves whole batches or nothing of them; the previous records of reports written
again are removed in that same transaction. One writer at a time holds
:meth:`SqliteStore.writer_lock`, an OS lock on ``<db>.lock`` beside the database.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

from sitgraph.graph.incidents import counts_as_incident
from sitgraph.graph.locks import FileLock
from sitgraph.graph.model import Batch
from sitgraph.graph.schema import DERIVED_TYPES, ENTITY_LABELS, LIVELY_TYPES, check_batch
from sitgraph.graph.store import StoreError, StoreReads, encode, merge_props, names_taken_away

_DDL = """
CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    name TEXT,
    props TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS nodes_label ON nodes(label);
CREATE INDEX IF NOT EXISTS nodes_name ON nodes(name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS edges (
    type TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    key TEXT NOT NULL DEFAULT '',
    props TEXT NOT NULL,
    PRIMARY KEY (type, source, target, key)
);
CREATE INDEX IF NOT EXISTS edges_source ON edges(source);
CREATE INDEX IF NOT EXISTS edges_target ON edges(target);
-- incident linking: candidates by kind and first day, members by incident (lookups, not scans)
CREATE INDEX IF NOT EXISTS nodes_event_day ON nodes(json_extract(props, '$.kind'), json_extract(props, '$.day_first'))
    WHERE label = 'Event';
CREATE INDEX IF NOT EXISTS nodes_event_incident ON nodes(json_extract(props, '$.incident'))
    WHERE label = 'Event';
CREATE INDEX IF NOT EXISTS edges_key ON edges(key) WHERE key != '';
CREATE TABLE IF NOT EXISTS aliases (
    alias TEXT NOT NULL COLLATE NOCASE,
    id TEXT NOT NULL,
    PRIMARY KEY (alias, id)
);
"""


class SqliteStore(StoreReads):
    """The embedded store at ``path`` (created, with its folder, on :meth:`open`)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.url = f"sqlite:///{path}"
        self._db: sqlite3.Connection | None = None

    # --- lifecycle ----------------------------------------------------------------------

    def open(self) -> SqliteStore:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA busy_timeout=30000")
            db.executescript(_DDL)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from None
        self._db = db
        return self

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise StoreError(f"store {self.path} is not open")
        return self._db

    def writer_lock(self) -> FileLock:
        """The store's writer lock (a context manager); entering it raises
        :class:`~sitgraph.graph.locks.StoreLockedError` while another writer holds it."""
        return FileLock(self.path.with_name(self.path.name + ".lock"), str(self.path))

    # --- writing ------------------------------------------------------------------------

    def write(self, batch: Batch, replace: Iterable[str] = ()) -> None:
        """Upsert every record of ``batch`` in one transaction, after removing the previous
        records of the reports ``replace`` names (see :meth:`Store.write`). Edges whose ends
        are not in the store (nor in the batch) are refused, as a MATCH would find nothing
        in Neo4j."""
        check_batch(batch)
        db = self.db
        try:
            db.execute("BEGIN IMMEDIATE")
            touched, taken = self._remove_reports(sorted(set(replace)))
            self._write_nodes(batch)
            self._write_edges(batch)
            self._remove_orphans(touched)
            self._refresh_aliases(names_taken_away(taken, batch))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _remove_reports(self, report_ids: list[str]) -> tuple[set[str], dict[str, set[str]]]:
        """Delete the reports' nodes, events, mentions and the edges of their events;
        returns the entities those records touched, and the names (aliases) their
        mentions gave each entity. Cost: a few indexed statements per report and per event."""
        db = self.db
        touched: set[str] = set()
        taken: dict[str, set[str]] = {}
        derived = ",".join("?" * len(DERIVED_TYPES))
        for rid in report_ids:
            events = [r[0] for r in db.execute(
                "SELECT target FROM edges WHERE source = ? AND type = 'REPORTS'", (rid,))]
            for nid, raw in db.execute("SELECT target, props FROM edges WHERE source = ? AND type = 'MENTIONS'",
                                       (rid,)):
                touched.add(nid)
                taken.setdefault(nid, set()).update(json.loads(raw).get("aliases") or ())
            for eid in events:
                for a, b in db.execute("SELECT source, target FROM edges WHERE source = ? OR target = ?", (eid, eid)):
                    touched.update((a, b))
                db.execute("DELETE FROM edges WHERE source = ? OR target = ?", (eid, eid))
                # "key != ''" lets SQLite use the partial index on key.
                db.execute(f"DELETE FROM edges WHERE key = ? AND key != '' AND type IN ({derived})",
                           (eid, *DERIVED_TYPES))
                db.execute("DELETE FROM nodes WHERE id = ?", (eid,))
            db.execute("DELETE FROM edges WHERE source = ? OR target = ?", (rid, rid))
            db.execute("DELETE FROM nodes WHERE id = ?", (rid,))
        return touched, taken

    def _remove_orphans(self, candidates: set[str]) -> None:
        """Delete the entities among ``candidates`` that no report mentions and no event
        involves any more, with their standing relations."""
        db = self.db
        lively = ",".join("?" * len(LIVELY_TYPES))
        labels = ",".join("?" * len(ENTITY_LABELS))
        for nid in sorted(candidates):
            row = db.execute(f"SELECT 1 FROM nodes WHERE id = ? AND label IN ({labels})",
                             (nid, *ENTITY_LABELS)).fetchone()
            if row is None:
                continue
            alive = db.execute(
                f"SELECT 1 FROM edges WHERE source = ? AND type IN ({lively}) "
                f"UNION ALL SELECT 1 FROM edges WHERE target = ? AND type IN ({lively}) LIMIT 1",
                (nid, *LIVELY_TYPES, nid, *LIVELY_TYPES)).fetchone()
            if alive is None:
                db.execute("DELETE FROM edges WHERE source = ? OR target = ?", (nid, nid))
                db.execute("DELETE FROM aliases WHERE id = ?", (nid,))
                db.execute("DELETE FROM nodes WHERE id = ?", (nid,))

    def _write_nodes(self, batch: Batch) -> None:
        db = self.db
        merged: dict[str, tuple[str, dict[str, Any]]] = {}
        for n in batch.nodes:
            prev = merged.get(n.id)
            merged[n.id] = (n.label, merge_props(prev[1] if prev else {}, n.properties))
        for node_id, (label, new) in merged.items():
            row = db.execute("SELECT label, props FROM nodes WHERE id = ?", (node_id,)).fetchone()
            if row is not None and row[0] != label:
                raise StoreError(f"node {node_id} is a {row[0]}, cannot write it as a {label}")
            props = merge_props(json.loads(row[1]) if row else {}, new)
            db.execute(
                "INSERT INTO nodes(id, label, name, props) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET name = excluded.name, props = excluded.props",
                (node_id, label, props.get("name") or props.get("title"), encode(props)),
            )
            for alias in props.get("aliases") or ():
                db.execute("INSERT OR IGNORE INTO aliases(alias, id) VALUES (?, ?)", (alias, node_id))

    def _write_edges(self, batch: Batch) -> None:
        db = self.db
        for e in batch.edges:
            for end, label in ((e.source, e.source_label), (e.target, e.target_label)):
                row = db.execute("SELECT label FROM nodes WHERE id = ?", (end,)).fetchone()
                if row is None or row[0] != label:
                    raise StoreError(f"{e.type} edge refers to a missing {label} node {end}")
            row = db.execute(
                "SELECT props FROM edges WHERE type = ? AND source = ? AND target = ? AND key = ?",
                (e.type, e.source, e.target, e.key),
            ).fetchone()
            props = merge_props(json.loads(row[0]) if row else {}, e.properties)
            db.execute(
                "INSERT INTO edges(type, source, target, key, props) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(type, source, target, key) DO UPDATE SET props = excluded.props",
                (e.type, e.source, e.target, e.key, encode(props)),
            )

    def _refresh_aliases(self, candidates: list[str]) -> None:
        """Set the aliases of the entities among ``candidates`` to the names the reports
        mentioning them give (their MENTIONS' ``aliases``), dropping those of replaced
        reports. An entity with a MENTIONS from before those carried aliases is left as is."""
        db = self.db
        for nid in candidates:
            row = db.execute("SELECT props FROM nodes WHERE id = ?", (nid,)).fetchone()
            given = [json.loads(r[0]).get("aliases") for r in db.execute(
                "SELECT props FROM edges WHERE target = ? AND type = 'MENTIONS'", (nid,))]
            if row is None or not given or any(g is None for g in given):
                continue
            names = sorted({a for g in given for a in g})
            props = json.loads(row[0])
            if names == props.get("aliases"):
                continue
            props["aliases"] = names
            db.execute("UPDATE nodes SET props = ? WHERE id = ?", (encode(props), nid))
            db.execute("DELETE FROM aliases WHERE id = ?", (nid,))
            db.executemany("INSERT OR IGNORE INTO aliases(alias, id) VALUES (?, ?)", [(a, nid) for a in names])

    # --- reading ------------------------------------------------------------------------

    def counts(self) -> dict[str, dict[str, int]]:
        nodes = dict(self.db.execute("SELECT label, count(*) FROM nodes GROUP BY label ORDER BY label"))
        rels = dict(self.db.execute("SELECT type, count(*) FROM edges GROUP BY type ORDER BY type"))
        return {"nodes": nodes, "relationships": rels}

    @staticmethod
    def _node(row: tuple) -> dict[str, Any]:
        return {"id": row[0], "label": row[1], **json.loads(row[2])}

    @staticmethod
    def _edge(row: tuple) -> dict[str, Any]:
        props = json.loads(row[4])
        # Derived edges carry the event's ``type`` (airstrike…): it must not hide the
        # relationship type, so it is handed out as ``event_type``.
        if "type" in props:
            props["event_type"] = props.pop("type")
        return {"type": row[0], "source": row[1], "target": row[2], "key": row[3], **props}

    def iter_nodes(self, labels: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        if labels is None:
            rows = self.db.execute("SELECT id, label, props FROM nodes ORDER BY id")
        else:
            labels = list(labels)
            marks = ",".join("?" * len(labels))
            rows = self.db.execute(
                f"SELECT id, label, props FROM nodes WHERE label IN ({marks}) ORDER BY id", labels
            )
        for row in rows.fetchall():
            yield self._node(row)

    def iter_edges(self, types: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        cols = "type, source, target, key, props"
        if types is None:
            rows = self.db.execute(f"SELECT {cols} FROM edges ORDER BY type, source, target, key")
        else:
            types = list(types)
            marks = ",".join("?" * len(types))
            rows = self.db.execute(
                f"SELECT {cols} FROM edges WHERE type IN ({marks}) ORDER BY type, source, target, key",
                types,
            )
        for row in rows.fetchall():
            yield self._edge(row)

    def get_node(self, node_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT id, label, props FROM nodes WHERE id = ?", (node_id,)).fetchone()
        return self._node(row) if row else None

    def find_nodes(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, label, props FROM nodes WHERE id = ? OR name = ? COLLATE NOCASE "
            "OR id IN (SELECT id FROM aliases WHERE alias = ?) ORDER BY label, id LIMIT ?",
            (text, text, text, limit),
        ).fetchall()
        return [self._node(r) for r in rows]

    def edges_of(self, node_id: str) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT type, source, target, key, props FROM edges WHERE source = ? "
            "UNION ALL SELECT type, source, target, key, props FROM edges WHERE target = ? AND source != ?",
            (node_id, node_id, node_id),
        ).fetchall()
        return [self._edge(r) for r in rows]

    def report_ids(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT id FROM nodes WHERE label = 'Report'")}

    # --- incidents ----------------------------------------------------------------------

    def incident_candidates(self, kind: str, lo: int, hi: int,
                            keys: Collection[str] | None = None) -> Iterator[dict[str, Any]]:
        """Events of ``kind`` whose ``day_first`` is in [lo, hi], each with its ``report``
        (``path``, ``minhash``), one at a time in id order; with ``keys``, only those whose
        ``link_places``, ``link_regions`` or ``link_targets`` hold one of them (filtered
        here, so a busy month of one town does not bring every event of it into memory).
        Cost: one range lookup on the (kind, day_first) index, the filter over that range."""
        shared = ""
        params: tuple[Any, ...] = (kind, lo, hi)
        if keys is not None:
            params = (kind, lo, hi, json.dumps(sorted(keys)))
            shared = " AND EXISTS (" + " UNION ALL ".join(
                f"SELECT 1 FROM json_each(e.props, '$.{field}') k WHERE k.value IN (SELECT value FROM json_each(?4))"
                for field in ("link_places", "link_regions", "link_targets")) + ")"
        rows = self.db.execute(
            "SELECT e.id, e.props, json_extract(r.props, '$.path'), json_extract(r.props, '$.minhash') "
            "FROM nodes e LEFT JOIN nodes r ON r.id = json_extract(e.props, '$.report_id') "
            "WHERE e.label = 'Event' AND json_extract(e.props, '$.kind') = ?1 "
            f"AND json_extract(e.props, '$.day_first') BETWEEN ?2 AND ?3{shared} ORDER BY e.id",
            params,
        )
        # One row at a time, and the report's path and signature only (not its text).
        signatures: dict[str, Any] = {}
        for eid, props, path, minhash in rows:
            if minhash is not None and minhash not in signatures:
                signatures[minhash] = json.loads(minhash)
            yield {"id": eid, **json.loads(props),
                   "report": {"path": path, "minhash": signatures.get(minhash) if minhash is not None else None}}

    def incident_neighbours(self, event_ids: list[str], incident_ids: list[str] = ()) -> set[str]:  # type: ignore[assignment]
        """Ids of the events linked to ``event_ids`` (SAME_INCIDENT, either way), of the
        events sharing their incident, and of the events of ``incident_ids``."""
        out: set[str] = set()
        incidents = set(incident_ids)
        for chunk in _chunks(event_ids):
            marks = ",".join("?" * len(chunk))
            out.update(r[0] for r in self.db.execute(
                f"SELECT target FROM edges WHERE type = 'SAME_INCIDENT' AND source IN ({marks}) "
                f"UNION SELECT source FROM edges WHERE type = 'SAME_INCIDENT' AND target IN ({marks})", chunk + chunk))
            incidents.update(r[0] for r in self.db.execute(
                f"SELECT json_extract(props, '$.incident') FROM nodes WHERE id IN ({marks})", chunk) if r[0])
        for chunk in _chunks(sorted(incidents)):
            marks = ",".join("?" * len(chunk))
            out.update(r[0] for r in self.db.execute(
                f"SELECT id FROM nodes WHERE label = 'Event' AND json_extract(props, '$.incident') IN ({marks})",
                chunk))
        return out

    def incident_members(self, event_ids: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The events ``event_ids`` as incident summaries need them (properties, ``actors``
        ``[{id, name, how, by, by_name}]``, ``places`` ``[{id, name}]``, ``targets`` (ids of
        the actors targeted), ``report``) and the SAME_INCIDENT links among them (``source``,
        ``target``, ``copy``)."""
        ids = sorted(set(event_ids))
        events = {n["id"]: n for n in (self.get_node(i) for i in ids) if n and n["label"] == "Event"}
        names: dict[str, dict[str, Any] | None] = {}

        def node(i: str) -> dict[str, Any]:
            if i not in names:
                names[i] = self.get_node(i)
            return names[i] or {}

        links = []
        for e in events.values():
            e["actors"], e["places"], e["targets"] = [], [], []
            rep = node(str(e.get("report_id")))
            e["report"] = {k: rep.get(k) for k in ("published", "source", "title")} | {"id": e.get("report_id")}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for t, src, dst, raw in self.db.execute(
                    f"SELECT type, source, target, props FROM edges WHERE type IN ('PERPETRATED', 'DENIED') "
                    f"AND target IN ({marks}) UNION ALL SELECT type, source, target, props FROM edges "
                    f"WHERE type IN ('OCCURRED_IN', 'SAME_INCIDENT', 'TARGETED') AND source IN ({marks})",
                    chunk + chunk):
                p = json.loads(raw)
                if t == "OCCURRED_IN":
                    events[src]["places"].append({"id": dst, "name": node(dst).get("name")})
                elif t == "TARGETED":
                    if node(dst).get("label") == "Actor":
                        events[src]["targets"].append(dst)
                elif t == "SAME_INCIDENT":
                    if dst in events:
                        links.append({"source": src, "target": dst, "copy": bool(p.get("copy"))})
                elif dst in events:
                    by = p.get("by")
                    events[dst]["actors"].append({
                        "id": src, "name": node(src).get("name"), "how": "denied" if t == "DENIED" else p.get("how"),
                        "by": by, "by_name": node(by).get("name") if by else None})
        for e in events.values():
            e["actors"].sort(key=lambda a: (a["id"], a["how"] or ""))
            e["places"].sort(key=lambda p: p["id"])
            e["targets"] = sorted(set(e["targets"]))
        return [events[i] for i in sorted(events)], sorted(links, key=lambda x: (x["source"], x["target"]))

    def events_without_incident(self) -> list[str]:
        """Ids of the events that count as incidents but carry no incident id (written by
        an ingest killed between a batch and its incidents, or before incidents were kept).
        Cost: one pass over the events' index entries; the events in no incident are read
        whole, as whether a recalled earlier incident counts depends on its date and place."""
        rows = self.db.execute(
            "SELECT id, props FROM nodes WHERE label = 'Event' AND json_extract(props, '$.incident') IS NULL "
            "AND coalesce(json_extract(props, '$.role'), '') != 'aggregate' "
            "AND coalesce(json_extract(props, '$.type'), '') != 'aggregate' ORDER BY id")
        return [eid for eid, raw in rows if counts_as_incident(json.loads(raw))]

    def replace_incidents(self, incidents: list[Any], removed: list[str], assign: dict[str, str | None]) -> None:
        """In one transaction: delete the Incident nodes ``removed``, write ``incidents``
        (NodeRecords, replacing any stored properties) and set each event's ``incident``
        (removed when None)."""
        db = self.db
        try:
            db.execute("BEGIN IMMEDIATE")
            for chunk in _chunks(sorted(set(removed))):
                db.execute(f"DELETE FROM nodes WHERE label = 'Incident' AND id IN ({','.join('?' * len(chunk))})",
                           chunk)
            for n in incidents:
                db.execute("INSERT INTO nodes(id, label, name, props) VALUES (?, 'Incident', NULL, ?) "
                           "ON CONFLICT(id) DO UPDATE SET props = excluded.props", (n.id, encode(n.properties)))
            for eid, inc in sorted(assign.items()):
                if inc is None:
                    db.execute("UPDATE nodes SET props = json_remove(props, '$.incident') WHERE id = ?", (eid,))
                else:
                    db.execute("UPDATE nodes SET props = json_set(props, '$.incident', ?) WHERE id = ?", (inc, eid))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    items = list(items)
    return [items[i:i + size] for i in range(0, len(items), size)]
