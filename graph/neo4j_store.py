"""The Neo4j store: the store of record for Cypher, through the official Bolt driver.

Same semantics as :class:`~sitgraph.graph.sqlite_store.SqliteStore` (MERGE on ids,
``SET n += props``, ``aliases`` unioned and sorted, edges MERGEd on (type, source, target,
key), edges to missing nodes refused, one transaction per batch), so both stores give the
same counts and the same ``to_networkx`` graph for the same batches.

Writing groups nodes by label and edges by (type, source label, target label) and sends
each group as ``UNWIND $rows AS r MERGE ...`` in chunks of :data:`CHUNK` rows, all inside
one managed write transaction. Labels and types are put into Cypher text only after
:func:`~sitgraph.graph.schema.check_batch` has accepted them; every value travels as a
parameter. Reports written again have their previous records removed in that same
transaction (:meth:`Neo4jStore.write`).

One writer at a time: :meth:`Neo4jStore.writer_lock` is a lease, a ``:Lock`` node that
its holder renews while it lives and that expires ``lock_ttl`` seconds after a killed
holder's last renewal (server clock). Every write of the holder checks, in its own
transaction, that the lease is still its own.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Any

from sitgraph.graph.cypher_guard import CypherRefused, check_read_only
from sitgraph.graph.locks import LockOwner, StoreLockedError, locked_message
from sitgraph.graph.model import Batch
from sitgraph.graph.read_cap import ReadCap, ReadShare, Recheck
from sitgraph.graph.schema import (
    DERIVED_TYPES,
    ENTITY_LABELS,
    ID_PREFIX,
    LIVELY_TYPES,
    LOCK_LABEL,
    NODE_LABELS,
    REL_TYPES,
    check_batch,
    constraint_statements,
)
from sitgraph.graph.store import UNION_PROPS, StoreError, StoreReads, merge_props, names_taken_away

# The driver logs failures it also raises (e.g. "Unable to retrieve routing information");
# without a handler Python prints those to stderr, doubling our one-line errors.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

CHUNK = 5000  # rows per UNWIND statement: large enough to amortise round trips, small in memory
DEFAULT_DATABASE = "neo4j"
LOCK_TTL = 60.0  # seconds a writer's lease outlives its last renewal
LEASE_CHECK_EVERY = 1.0  # seconds a reader trusts its last look at the writer lease
_ANY_NODE = "(n:" + "|".join(NODE_LABELS) + ")"  # the graph's nodes, never the lock's
_PRIMITIVES = (str, bool, int, float)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class CypherError(StoreError):
    """Neo4j refused or failed a Cypher statement (syntax, types, a write in read mode...)."""


def _nocase(text: str) -> str:
    # SQLite's NOCASE folds ASCII letters only; find_nodes matches the embedded store.
    return text.translate(_ASCII_LOWER)


def _label_of(node_id: str) -> str | None:
    prefix = node_id.split(":", 1)[0] + ":"
    for label, p in ID_PREFIX.items():
        if p == prefix:
            return label
    return None


def _entity_groups(ids: Iterable[str]) -> dict[str, list[str]]:
    """Entity ids by label (from their prefix); other ids are left out."""
    out: dict[str, list[str]] = {}
    for nid in ids:
        label = _label_of(nid)
        if label in ENTITY_LABELS:
            out.setdefault(label, []).append(nid)
    return out


def server_message(text: str, limit: int = 300) -> str:
    """A Neo4j error message as one clean line of at most ``limit`` characters.

    Neo4j ends a syntax error with the statement echoed and a caret under the fault, which
    mean nothing once folded onto one line (the ``(line L, column C (offset: O))`` before
    them says where), and ends some messages (a refused ``LOAD CSV``) with the empty
    parentheses of an absent cause, ``()``: both go. Cost: O(length).
    """
    lines = str(text).splitlines()
    if len(lines) >= 2 and set(lines[-1].strip()) == {"^"}:
        lines = lines[:-2]
    folded = _EMPTY_CAUSE.sub("", " ".join(" ".join(lines).split()))
    return folded if len(folded) <= limit else folded[: limit - 1] + "…"


_EMPTY_CAUSE = re.compile(r"(?:\s*\(\))+$")


def _first_line(exc: BaseException) -> str:
    return server_message(getattr(exc, "message", None) or str(exc)) or type(exc).__name__


def _reason(exc: BaseException) -> str:
    """The socket-level reason in a driver connection error ("connection refused")."""
    m = re.search(r"reason (?:\[Errno -?\d+\] )?([^)]+)\)", str(exc))
    return (m.group(1) if m else _first_line(exc)).strip().lower()


def _storable(owner: str, key: str, value: Any) -> Any:
    """``value`` as Neo4j stores it (tuples as lists); StoreError for maps, mixed lists,
    and other values a property cannot hold."""
    if isinstance(value, _PRIMITIVES):
        return value
    if isinstance(value, (list, tuple)):
        kinds = {str if isinstance(v, str) else (float if isinstance(v, float) else type(v)) for v in value}
        if len(kinds) > 1 or not kinds <= set(_PRIMITIVES):
            raise StoreError(f"property {key!r} of {owner} is a list Neo4j cannot store (mixed or nested values)")
        return list(value)
    raise StoreError(f"property {key!r} of {owner} is a {type(value).__name__}, which Neo4j cannot store")


def _props_for_neo4j(owner: str, props: dict[str, Any]) -> dict[str, Any]:
    # Neo4j has no null property values (SET n.x = null removes x); None is simply not written.
    return {k: _storable(owner, k, v) for k, v in props.items() if v is not None}


def to_plain(value: Any) -> Any:
    """A driver value as JSON-able Python: nodes as ``{"id", "label", **props}``,
    relationships as ``{"type", "source", "target", **props}``, paths as
    ``{"nodes", "relationships"}``, temporal values as ISO strings, points as dicts."""
    from neo4j.graph import Node, Path, Relationship

    if value is None or isinstance(value, _PRIMITIVES):
        return value
    if isinstance(value, Node):
        labels = sorted(value.labels)
        props = {k: to_plain(v) for k, v in sorted(value.items()) if k != "id"}
        return {"id": value.get("id"), "label": labels[0] if len(labels) == 1 else labels, **props}
    if isinstance(value, Relationship):
        start, end = value.start_node, value.end_node
        props = {k: to_plain(v) for k, v in sorted(value.items())}
        return {"type": value.type, "source": start.get("id") if start is not None else None,
                "target": end.get("id") if end is not None else None, **props}
    if isinstance(value, Path):
        return {"nodes": [to_plain(n) for n in value.nodes],
                "relationships": [to_plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    if hasattr(value, "iso_format"):  # neo4j.time Date, DateTime, Time, Duration
        return value.iso_format()
    if hasattr(value, "srid"):  # spatial points
        return {"srid": value.srid, "coordinates": list(value)}
    return str(value)


class Neo4jStore(StoreReads):
    """A Neo4j database reached at ``url`` (``neo4j://``, ``bolt://``, ``neo4j+s://`` ...).

    The constructor records settings only; :meth:`open` connects, checks the credentials
    and creates the uniqueness constraints and indexes of :mod:`~sitgraph.graph.schema`.

    ``max_concurrent_reads`` (None: no cap) bounds how many read transactions the threads
    sharing this store run at once; a thread over the cap waits for one to finish, first
    come, first served (:class:`~sitgraph.graph.read_cap.ReadCap`). It is
    fairness to a writer on the same server: readers that never pause take every core the
    server has, and the writer's statements wait for one. The server cannot do this itself:
    when its Bolt thread pool is full it refuses new work (the writer's too) rather than
    queueing it.

    ``read_share_during_ingest`` (None: off) makes reads yield to an ingest in progress:
    while any process holds the writer lease (its ``:Lock`` node, looked at once every
    ``lease_check_every`` seconds at most), this store's reads run one at a time and busy at
    most that share of the wall time (:class:`~sitgraph.graph.read_cap.ReadShare`; 0.25:
    after a read of 1 s the next waits 3 s). Otherwise the cap above applies. Reads of the
    store that holds the lease are the ingest's own and never wait. Results are the same
    either way; only when reads run changes.
    """

    def __init__(
        self,
        url: str,
        *,
        username: str = "neo4j",
        password: str = "",
        database: str | None = None,
        connection_timeout: float = 10.0,
        lock_ttl: float = LOCK_TTL,
        max_concurrent_reads: int | None = None,
        read_share_during_ingest: float | None = None,
        lease_check_every: float = LEASE_CHECK_EVERY,
    ) -> None:
        if max_concurrent_reads is not None and max_concurrent_reads < 1:
            raise StoreError(f"max_concurrent_reads must be at least 1, not {max_concurrent_reads}")
        if read_share_during_ingest is not None and not 0 < read_share_during_ingest <= 1:
            raise StoreError(f"read_share_during_ingest must be more than 0 and at most 1, "
                             f"not {read_share_during_ingest}")
        self.url = url
        self.username = username
        self._password = password
        self.database = database or DEFAULT_DATABASE
        self.connection_timeout = connection_timeout
        self.lock_ttl = lock_ttl
        self._driver: Any = None
        self._lease: Neo4jLease | None = None  # the writer lease this store holds
        self.max_concurrent_reads = max_concurrent_reads
        self._reads = ReadCap(max_concurrent_reads) if max_concurrent_reads else None
        self.read_share_during_ingest = read_share_during_ingest
        self._share = ReadShare(read_share_during_ingest) if read_share_during_ingest else None
        self._ingest_seen = Recheck(self._lease_held_elsewhere, lease_check_every)

    def __repr__(self) -> str:
        return f"Neo4jStore({self.url!r}, database={self.database!r})"

    # --- lifecycle ----------------------------------------------------------------------

    def open(self) -> Neo4jStore:
        """Connect, verify the credentials and create constraints; returns self.

        Raises StoreError (one line) when the URL is malformed, the server unreachable,
        the credentials refused or the database missing. Cost: one round trip per
        constraint and index (about 20 statements; instant when they exist).
        """
        import neo4j
        from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable

        try:
            driver = neo4j.GraphDatabase.driver(
                self.url, auth=(self.username, self._password), connection_timeout=self.connection_timeout,
                user_agent="sitgraph",
                # Our own statements are known-good; server notifications (a relationship
                # type not yet written...) would only be noise on stderr.
                notifications_min_severity="OFF",
            )
        except (ConfigurationError, ValueError) as exc:
            raise StoreError(f"malformed store URL {self.url!r}: {_first_line(exc)}") from None
        try:
            driver.verify_connectivity()
            for statement in constraint_statements():
                driver.execute_query(statement, database_=self.database)
        except AuthError:
            driver.close()
            raise StoreError(f"Neo4j at {self.url} refused the credentials for user {self.username}") from None
        except ServiceUnavailable as exc:
            driver.close()
            raise StoreError(f"cannot reach Neo4j at {self.url}: {_reason(exc)}") from None
        except Neo4jError as exc:
            driver.close()
            if "database" in str(exc).lower() and "not" in str(exc).lower():
                raise StoreError(f"Neo4j at {self.url} has no database {self.database!r}") from None
            raise StoreError(f"Neo4j at {self.url}: {_first_line(exc)}") from None
        except (OSError, ValueError) as exc:
            driver.close()
            raise StoreError(f"cannot reach Neo4j at {self.url}: {_first_line(exc)}") from None
        self._driver = driver
        return self

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def driver(self) -> Any:
        if self._driver is None:
            raise StoreError(f"store {self.url} is not open")
        return self._driver

    def _session(self, read: bool = True) -> Any:
        import neo4j

        mode = neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS
        return self.driver.session(database=self.database, default_access_mode=mode)

    def _read(self, query: str, **params: Any) -> list[Any]:
        """Records of a read query run in a managed read transaction (retried if transient)."""

        def work(tx: Any) -> list[Any]:
            return list(tx.run(query, params))

        return self._transact(work, read=True, failed=lambda exc: CypherError(f"Neo4j at {self.url}: {exc}"))

    # --- writing ------------------------------------------------------------------------

    def writer_lock(self) -> Neo4jLease:
        """The store's writer lease (a context manager); entering it raises
        :class:`~sitgraph.graph.locks.StoreLockedError` while another writer holds it and
        its lease has not expired."""
        return Neo4jLease(self, self.lock_ttl)

    def write(self, batch: Batch, replace: Iterable[str] = ()) -> None:
        """MERGE every record of ``batch`` in one write transaction (all or nothing),
        after removing the previous records of the reports ``replace`` names (see
        :meth:`~sitgraph.graph.store.Store.write`).

        Edges whose end nodes are neither stored nor in the batch are refused
        (StoreError), as the embedded store refuses them; so is any write while this
        store holds a lease that another writer has taken over. Cost: one UNWIND
        statement per label, per (type, end labels) group and per :data:`CHUNK` rows,
        plus one read per group that sets ``aliases``; replacing adds about ten
        statements.
        """

        check_batch(batch)  # after this, labels and types are known schema words
        node_groups = self._node_groups(batch)
        edge_groups = self._edge_groups(batch)
        replace = sorted(set(replace))
        if not node_groups and not edge_groups and not replace:
            return
        lease = self._lease

        def work(tx: Any) -> None:
            if lease is not None:
                lease.confirm(tx)
            touched, taken = self._remove_reports(tx, replace) if replace else ([], {})
            for label, rows in node_groups.items():
                self._write_node_group(tx, label, rows)
            for (rel_type, src, dst), rows in edge_groups.items():
                self._write_edge_group(tx, rel_type, src, dst, rows)
            if touched:
                self._remove_orphans(tx, touched)
                self._refresh_aliases(tx, names_taken_away(taken, batch))

        self._execute_write(work, "writing to")

    @staticmethod
    def _remove_reports(tx: Any, report_ids: list[str]) -> tuple[list[str], dict[str, set[str]]]:
        """Delete the reports, their events (detached: roles, REPORTS, SAME_INCIDENT), the
        derived edges keyed by those events and the reports' MENTIONS; returns the ids of
        the entities they touched, and the names (aliases) those mentions gave each."""
        def ids(query: str, **params: Any) -> list[str]:
            return list(tx.run(query, params).single()["ids"])

        events = ids("UNWIND $ids AS rid MATCH (:Report {id: rid})-[:REPORTS]->(e:Event) "
                     "RETURN collect(DISTINCT e.id) AS ids", ids=report_ids)
        taken: dict[str, set[str]] = {}
        for rec in tx.run("UNWIND $ids AS rid MATCH (:Report {id: rid})-[m:MENTIONS]->(x) "
                          "RETURN x.id AS id, m.aliases AS names", ids=report_ids):
            taken.setdefault(rec["id"], set()).update(rec["names"] or ())
        touched = set(taken)
        touched.update(ids("UNWIND $events AS eid MATCH (:Event {id: eid})--(x) WHERE NOT x:Event AND NOT x:Report "
                           "RETURN collect(DISTINCT x.id) AS ids", events=events))
        for rel_type in DERIVED_TYPES:  # keyed by their event; indexed on key
            tx.run(f"UNWIND $events AS eid MATCH ()-[d:{rel_type} {{key: eid}}]->() DELETE d",
                   events=events).consume()
        tx.run("UNWIND $events AS eid MATCH (e:Event {id: eid}) DETACH DELETE e", events=events).consume()
        tx.run("UNWIND $ids AS rid MATCH (r:Report {id: rid}) DETACH DELETE r", ids=report_ids).consume()
        return sorted(touched), taken

    @staticmethod
    def _remove_orphans(tx: Any, candidates: list[str]) -> None:
        """Delete the entities among ``candidates`` that no report mentions and no event
        involves any more, with their standing relations."""
        lively = "|".join(LIVELY_TYPES)
        for label, ids in _entity_groups(candidates).items():
            tx.run(f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) "
                   f"WHERE NOT EXISTS {{ (n)-[:{lively}]-() }} DETACH DELETE n", ids=ids).consume()

    @staticmethod
    def _refresh_aliases(tx: Any, candidates: list[str]) -> None:
        """Set the aliases of the entities among ``candidates`` to the names the reports
        mentioning them give (their MENTIONS' ``aliases``), dropping those of replaced
        reports; as the embedded store does."""
        for label, ids in _entity_groups(candidates).items():
            tx.run(f"UNWIND $ids AS id MATCH (n:{label} {{id: id}})<-[m:MENTIONS]-() "
                   "WITH n, collect(m.aliases) AS given, count(m) AS k WHERE size(given) = k "
                   "UNWIND given AS names UNWIND names AS a WITH n, a ORDER BY a "
                   "WITH n, collect(DISTINCT a) AS aliases SET n.aliases = aliases", ids=ids).consume()

    @staticmethod
    def _node_groups(batch: Batch) -> dict[str, list[dict[str, Any]]]:
        # Records repeated within a batch merge in order, as successive writes would.
        merged: dict[str, tuple[str, dict[str, Any]]] = {}
        for n in batch.nodes:
            prev = merged.get(n.id)
            merged[n.id] = (n.label, merge_props(prev[1] if prev else {}, n.properties))
        groups: dict[str, list[dict[str, Any]]] = {}
        for node_id, (label, props) in merged.items():
            props = _props_for_neo4j(f"{label} {node_id}", props)
            props.pop("id", None)
            groups.setdefault(label, []).append({"id": node_id, "props": props})
        return groups

    @staticmethod
    def _edge_groups(batch: Batch) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
        merged: dict[tuple[str, str, str, str], tuple[tuple[str, str], dict[str, Any]]] = {}
        for e in batch.edges:
            k = (e.type, e.source, e.target, e.key)
            prev = merged.get(k)
            merged[k] = ((e.source_label, e.target_label), merge_props(prev[1] if prev else {}, e.properties))
        groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        for (rel_type, source, target, key), ((src, dst), props) in merged.items():
            props = _props_for_neo4j(f"{rel_type} edge {source}->{target}", props)
            props.pop("key", None)  # the key is the MERGE property, stored as `key`
            row = {"source": source, "target": target, "key": key, "props": props}
            groups.setdefault((rel_type, src, dst), []).append(row)
        return groups

    @staticmethod
    def _union_with_stored(rows: list[dict[str, Any]], stored: dict[Any, dict[str, Any]],
                           row_key: Callable[[dict[str, Any]], Any]) -> None:
        for r in rows:
            old = stored.get(row_key(r))
            if old:
                kept = {k: v for k, v in old.items() if k in UNION_PROPS}
                r["props"] = merge_props(kept, r["props"])

    def _write_node_group(self, tx: Any, label: str, rows: list[dict[str, Any]]) -> None:
        for i in range(0, len(rows), CHUNK):
            chunk = rows[i:i + CHUNK]
            unioned = [r for r in chunk if UNION_PROPS & r["props"].keys()]
            if unioned:
                res = tx.run(
                    f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN n.id AS id, properties(n) AS p",
                    ids=[r["id"] for r in unioned],
                )
                stored = {rec["id"]: rec["p"] for rec in res}
                self._union_with_stored(unioned, stored, lambda r: r["id"])
            tx.run(f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET n += r.props", rows=chunk).consume()

    def _write_edge_group(self, tx: Any, rel_type: str, src: str, dst: str, rows: list[dict[str, Any]]) -> None:
        for i in range(0, len(rows), CHUNK):
            chunk = rows[i:i + CHUNK]
            unioned = [r for r in chunk if UNION_PROPS & r["props"].keys()]
            if unioned:
                res = tx.run(
                    f"UNWIND $rows AS r MATCH (a:{src} {{id: r.source}})-[e:{rel_type} {{key: r.key}}]->"
                    f"(b:{dst} {{id: r.target}}) RETURN r.source AS s, r.target AS t, r.key AS k, "
                    "properties(e) AS p",
                    rows=[{"source": r["source"], "target": r["target"], "key": r["key"]} for r in unioned],
                )
                stored = {(rec["s"], rec["t"], rec["k"]): rec["p"] for rec in res}
                self._union_with_stored(unioned, stored, lambda r: (r["source"], r["target"], r["key"]))
            written = tx.run(
                f"UNWIND $rows AS r MATCH (a:{src} {{id: r.source}}) MATCH (b:{dst} {{id: r.target}}) "
                f"MERGE (a)-[e:{rel_type} {{key: r.key}}]->(b) SET e += r.props RETURN count(*) AS n",
                rows=chunk,
            ).single()["n"]
            if written != len(chunk):
                self._refuse_missing_end(tx, rel_type, src, dst, chunk)

    @staticmethod
    def _refuse_missing_end(tx: Any, rel_type: str, src: str, dst: str, rows: list[dict[str, Any]]) -> None:
        found: dict[str, set[str]] = {}
        for label, field in ((src, "source"), (dst, "target")):
            res = tx.run(f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN n.id AS id",
                         ids=list({r[field] for r in rows}))
            found[field] = {rec["id"] for rec in res}
        for r in rows:
            for label, field in ((src, "source"), (dst, "target")):
                if r[field] not in found[field]:
                    raise StoreError(f"{rel_type} edge refers to a missing {label} node {r[field]}")
        raise StoreError(f"{rel_type} edges from {src} to {dst} were not all written")

    def clear(self) -> None:
        """Delete every node and relationship (not the constraints), in chunks of 10,000
        so a large graph does not need one huge transaction. Irreversible."""
        from neo4j.exceptions import Neo4jError, ServiceUnavailable

        try:
            with self._session(read=False) as s:
                s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
        except ServiceUnavailable as exc:
            raise StoreError(f"cannot reach Neo4j at {self.url}: {_reason(exc)}") from None
        except Neo4jError as exc:
            raise StoreError(f"clearing Neo4j at {self.url} failed: {_first_line(exc)}") from None

    # --- reading ------------------------------------------------------------------------

    def counts(self) -> dict[str, dict[str, int]]:
        """Nodes per label and relationships per type (schema ones, non-zero), from
        Neo4j's count store: O(labels + types), not O(graph)."""
        parts = [f"MATCH (n:{label}) RETURN 'node' AS what, '{label}' AS name, count(n) AS c"
                 for label in NODE_LABELS]
        parts += [f"MATCH ()-[r:{t}]->() RETURN 'rel' AS what, '{t}' AS name, count(r) AS c" for t in REL_TYPES]
        nodes: dict[str, int] = {}
        rels: dict[str, int] = {}
        for rec in self._read(" UNION ALL ".join(parts)):
            if rec["c"]:
                (nodes if rec["what"] == "node" else rels)[rec["name"]] = rec["c"]
        return {"nodes": dict(sorted(nodes.items())), "relationships": dict(sorted(rels.items()))}

    @staticmethod
    def _node(rec: Any) -> dict[str, Any]:
        # Properties in name order, as the embedded store (sorted JSON) hands them out.
        props = dict(sorted(rec["p"].items()))
        props.pop("id", None)
        return {"id": rec["id"], "label": rec["label"], **props}

    @staticmethod
    def _edge(rec: Any) -> dict[str, Any]:
        props = dict(sorted(rec["p"].items()))
        key = props.pop("key", None)
        # As in the embedded store: an edge's own ``type`` property (derived edges carry the
        # event's type) must not hide the relationship type, so it is handed out as event_type.
        if "type" in props:
            props["event_type"] = props.pop("type")
        return {"type": rec["type"], "source": rec["s"], "target": rec["t"], "key": key or "", **props}

    _NODE_RETURN = "RETURN n.id AS id, head(labels(n)) AS label, properties(n) AS p"
    _EDGE_RETURN = "RETURN type(e) AS type, a.id AS s, b.id AS t, e.key AS k, properties(e) AS p"

    @staticmethod
    def _known(words: Iterable[str], known: Iterable[str]) -> list[str]:
        # Only schema words reach Cypher text; unknown ones cannot match anything anyway.
        allowed = set(known)
        return sorted({w for w in words if w in allowed})

    def iter_nodes(self, labels: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        """Nodes ordered by id. Cost: one label scan; all rows are fetched before yielding."""
        if labels is None:
            pattern = _ANY_NODE
        else:
            wanted = self._known(labels, NODE_LABELS)
            if not wanted:
                return
            pattern = f"(n:{'|'.join(wanted)})"
        for rec in self._read(f"MATCH {pattern} {self._NODE_RETURN} ORDER BY id"):
            yield self._node(rec)

    def iter_edges(self, types: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        """Relationships ordered by type, source, target, key."""
        if types is None:
            pattern = "(a)-[e]->(b)"
        else:
            wanted = self._known(types, REL_TYPES)
            if not wanted:
                return
            pattern = f"(a)-[e:{'|'.join(wanted)}]->(b)"
        query = f"MATCH {pattern} {self._EDGE_RETURN} ORDER BY type, s, t, coalesce(k, '')"
        for rec in self._read(query):
            yield self._edge(rec)

    def get_node(self, node_id: str) -> dict[str, Any] | None:
        label = _label_of(node_id)
        pattern = f"(n:{label} {{id: $id}})" if label else _ANY_NODE + " WHERE n.id = $id"
        rows = self._read(f"MATCH {pattern} {self._NODE_RETURN} LIMIT 1", id=node_id)
        return self._node(rows[0]) if rows else None

    def find_nodes(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Nodes whose id is ``text`` or whose name (a report's title) or an alias equals it,
        ASCII case-insensitively as the embedded store compares. Cost: one node scan."""
        rows = self._read(
            f"MATCH {_ANY_NODE} WHERE n.id = $text OR toLower(coalesce(n.name, n.title)) = toLower($text) "
            "OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower($text)) "
            f"{self._NODE_RETURN}",
            text=text,
        )
        want = _nocase(text)
        out = []
        for rec in rows:
            node = self._node(rec)
            name = node.get("name") or node.get("title")
            aliases = node.get("aliases") or []
            if (node["id"] == text or isinstance(name, str) and _nocase(name) == want
                    or any(isinstance(a, str) and _nocase(a) == want for a in aliases)):
                out.append(node)
        out.sort(key=lambda n: (n["label"], n["id"]))
        return out[:limit]

    def edges_of(self, node_id: str) -> list[dict[str, Any]]:
        """Relationships leaving the node, then those entering it (a self-loop once)."""
        label = _label_of(node_id)
        n = f"(n:{label} {{id: $id}})" if label else _ANY_NODE + " WHERE n.id = $id"
        order = "ORDER BY type, s, t, coalesce(k, '')"
        out = self._read(f"MATCH {n} MATCH (a)-[e]->(b) WHERE a = n {self._EDGE_RETURN} {order}", id=node_id)
        inc = self._read(f"MATCH {n} MATCH (a)-[e]->(b) WHERE b = n AND a <> n {self._EDGE_RETURN} {order}",
                         id=node_id)
        return [self._edge(r) for r in out + inc]

    def report_ids(self) -> set[str]:
        return {rec["id"] for rec in self._read("MATCH (n:Report) RETURN n.id AS id")}

    # --- incidents ----------------------------------------------------------------------

    def incident_candidates(self, kind: str, lo: int, hi: int,
                            keys: Collection[str] | None = None) -> list[dict[str, Any]]:
        """Events of ``kind`` whose ``day_first`` is in [lo, hi], each with its ``report``
        (``path``, ``minhash``); with ``keys``, only those whose ``link_places``,
        ``link_regions`` or ``link_targets`` hold one of them (filtered in the server, so
        neither the wire nor the client carries the rest). Cost: one range seek on the
        ``day_first`` index, the filter over that range."""
        shared = "" if keys is None else (
            " AND (any(k IN coalesce(e.link_places, []) WHERE k IN $keys) "
            "OR any(k IN coalesce(e.link_regions, []) WHERE k IN $keys) "
            "OR any(k IN coalesce(e.link_targets, []) WHERE k IN $keys))")
        rows = self._read(
            f"MATCH (e:Event) WHERE e.day_first >= $lo AND e.day_first <= $hi AND e.kind = $kind{shared} "
            "OPTIONAL MATCH (r:Report {id: e.report_id}) "
            "RETURN e.id AS id, properties(e) AS p, r.path AS path, r.minhash AS minhash ORDER BY id",
            kind=kind, lo=lo, hi=hi, keys=sorted(keys or ()))
        return [{**dict(r["p"]), "id": r["id"], "report": {"path": r["path"], "minhash": r["minhash"]}}
                for r in rows]

    def incident_neighbours(self, event_ids: list[str], incident_ids: list[str] = ()) -> set[str]:  # type: ignore[assignment]
        """Ids of the events linked to ``event_ids`` (SAME_INCIDENT, either way), of the
        events sharing their incident, and of the events of ``incident_ids``."""
        rows = self._read(
            "CALL () { UNWIND $ids AS i MATCH (:Event {id: i})-[:SAME_INCIDENT]-(x:Event) RETURN x.id AS o "
            "UNION UNWIND $ids AS i MATCH (e:Event {id: i}) WHERE e.incident IS NOT NULL "
            "MATCH (x:Event {incident: e.incident}) RETURN x.id AS o "
            "UNION UNWIND $incs AS c MATCH (x:Event {incident: c}) RETURN x.id AS o } RETURN o",
            ids=list(event_ids), incs=list(incident_ids))
        return {r["o"] for r in rows}

    def incident_members(self, event_ids: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The events ``event_ids`` as incident summaries need them (properties, ``actors``
        ``[{id, name, how, by, by_name}]``, ``places`` ``[{id, name}]``, ``targets`` (ids of
        the actors targeted), ``report``) and the SAME_INCIDENT links among them (``source``,
        ``target``, ``copy``)."""
        ids = sorted(set(event_ids))
        rows = self._read(
            "UNWIND $ids AS i MATCH (e:Event {id: i}) OPTIONAL MATCH (r:Report {id: e.report_id}) "
            "RETURN e.id AS id, properties(e) AS p, "
            "r {.published, .source, .title} AS report, "
            "COLLECT { MATCH (a:Actor)-[t:PERPETRATED|DENIED]->(e) OPTIONAL MATCH (b:Actor {id: t.by}) "
            "  RETURN {id: a.id, name: a.name, how: CASE type(t) WHEN 'DENIED' THEN 'denied' ELSE t.how END, "
            "          by: t.by, by_name: b.name} } AS actors, "
            "COLLECT { MATCH (e)-[:OCCURRED_IN]->(p) RETURN {id: p.id, name: p.name} } AS places, "
            "COLLECT { MATCH (e)-[:TARGETED]->(t:Actor) RETURN t.id } AS targets, "
            "COLLECT { MATCH (e)-[l:SAME_INCIDENT]->(x:Event) WHERE x.id IN $ids "
            "  RETURN {source: e.id, target: x.id, copy: coalesce(l.copy, false)} } AS links",
            ids=ids)
        events, links = [], []
        for r in rows:
            e = {**dict(r["p"]), "id": r["id"]}
            e["report"] = {**(dict(r["report"]) if r["report"] else {}), "id": e.get("report_id")}
            e["actors"] = sorted((dict(a) for a in r["actors"]), key=lambda a: (a["id"], a["how"] or ""))
            e["places"] = sorted((dict(p) for p in r["places"]), key=lambda p: p["id"])
            e["targets"] = sorted(set(r["targets"]))
            events.append(e)
            links.extend(dict(x) for x in r["links"])
        events.sort(key=lambda e: e["id"])
        return events, sorted(links, key=lambda x: (x["source"], x["target"]))

    def events_without_incident(self) -> list[str]:
        """Ids of the events that count as incidents but carry no incident id (written by
        an ingest killed between a batch and its incidents, or before incidents were kept).
        Cost: one label scan of the events."""
        rows = self._read(
            "MATCH (e:Event) WHERE e.incident IS NULL AND NOT coalesce(e.role, '') IN ['aggregate', 'background'] "
            "AND coalesce(e.type, '') <> 'aggregate' RETURN e.id AS id ORDER BY id")
        return [r["id"] for r in rows]

    def replace_incidents(self, incidents: list[Any], removed: list[str], assign: dict[str, str | None]) -> None:
        """In one write transaction: delete the Incident nodes ``removed``, write
        ``incidents`` (NodeRecords, replacing any stored properties) and set each event's
        ``incident`` (removed when None)."""

        rows = [{"id": n.id, "props": _props_for_neo4j(f"Incident {n.id}", n.properties)} for n in incidents]
        pairs = [{"id": k, "incident": v} for k, v in sorted(assign.items())]

        def work(tx: Any) -> None:
            tx.run("UNWIND $ids AS i MATCH (n:Incident {id: i}) DETACH DELETE n", ids=sorted(set(removed))).consume()
            for i in range(0, len(rows), CHUNK):
                tx.run("UNWIND $rows AS r MERGE (n:Incident {id: r.id}) SET n = r.props, n.id = r.id",
                       rows=rows[i:i + CHUNK]).consume()
            for i in range(0, len(pairs), CHUNK):
                tx.run("UNWIND $rows AS r MATCH (e:Event {id: r.id}) SET e.incident = r.incident",
                       rows=pairs[i:i + CHUNK]).consume()

        self._execute_write(work, "writing incidents to")

    def _execute_write(self, work: Callable[[Any], Any], what: str) -> Any:
        """Run ``work`` in one managed write transaction (retried on transient errors);
        driver errors become one-line StoreErrors saying ``what`` failed."""
        return self._transact(work, read=False,
                              failed=lambda exc: StoreError(f"{what} Neo4j at {self.url} failed: {exc}"))

    def _transact(self, work: Callable[[Any], Any], *, read: bool, failed: Callable[[str], Exception]) -> Any:
        """Run ``work`` in one managed read or write transaction (retried on transient
        errors); a read first waits for its turn under ``read_share_during_ingest`` while
        another process ingests, else for a place under ``max_concurrent_reads``. An
        unreachable server is a StoreError; any other driver error becomes
        ``failed(its first line)``."""
        from neo4j.exceptions import Neo4jError, ServiceUnavailable

        def run() -> Any:
            with self._session(read=read) as s:
                return s.execute_read(work) if read else s.execute_write(work)

        try:
            if read and self._yields_to_ingest():
                return self._share.run(run)  # type: ignore[union-attr]
            with self._reads if read and self._reads else contextlib.nullcontext():
                return run()
        except ServiceUnavailable as exc:
            raise StoreError(f"cannot reach Neo4j at {self.url}: {_reason(exc)}") from None
        except Neo4jError as exc:
            raise failed(_first_line(exc)) from None

    def _yields_to_ingest(self) -> bool:
        """Whether a read now goes through the read share: one is set, this store holds no
        writer lease itself, and another holder's lease was seen at the last look."""
        return self._share is not None and self._lease is None and self._ingest_seen()

    def _lease_held_elsewhere(self) -> bool:
        """Whether the writer lease is held and not expired (server clock). One indexed
        read, outside any cap; False when it cannot be read (the read itself will say why)."""
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            with self._session(read=True) as s:
                rec = s.run(f"MATCH (l:{LOCK_LABEL} {{id: $name}}) RETURN l.expires > timestamp() AS held",
                            name=Neo4jLease.NAME).single()
        except (DriverError, Neo4jError, OSError, StoreError):
            return False
        return bool(rec and rec["held"])

    # --- Cypher (Neo4j only) ------------------------------------------------------------

    def run_cypher(self, query: str, params: dict[str, Any] | None = None, write: bool = False) -> list[dict[str, Any]]:
        """Rows of ``query`` (values as parameters) as JSON-able dicts.

        Unless ``write``, two locks: :func:`~sitgraph.graph.cypher_guard.check_read_only`
        refuses LOAD CSV, admin commands, writes and procedures off its allow-list before
        anything is sent, and the statement runs in a READ transaction, so
        the server itself refuses writes. Raises CypherError (one line) when Neo4j rejects
        the query.
        """
        if not write:
            try:
                check_read_only(query)
            except CypherRefused as exc:
                raise CypherError(str(exc)) from None

        def work(tx: Any) -> list[dict[str, Any]]:
            result = tx.run(query, params or {})
            return [{k: to_plain(v) for k, v in rec.items()} for rec in result]

        return self._transact(work, read=not write, failed=lambda exc: CypherError(f"Cypher failed: {exc}"))

    def explain(self, query: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """The plan Neo4j would use for ``query`` (``EXPLAIN``: nothing is executed), as a
        nested dict (``operatorType``, ``arguments``, ``identifiers``, ``children``).
        Raises CypherError when the query does not compile."""

        def work(tx: Any) -> Any:
            return tx.run("EXPLAIN " + query, params or {}).consume().plan

        plan = self._transact(work, read=True, failed=lambda exc: CypherError(f"Cypher failed: {exc}"))
        return to_plain(plan or {})


class Neo4jLease:
    """The writer lease of a Neo4j store: a ``:Lock {id: 'ingest'}`` node holding its
    owner (user, host, pid, since), a random token and an expiry time (server clock, ms).

    Taking it is one write transaction that first write-locks the node (so concurrent
    takers queue), then reads it: free, expired, already ours, or held by a process of
    this host that no longer exists, it is claimed; else
    :class:`StoreLockedError` names the holder. While held, a daemon thread renews the
    expiry every ``ttl / 4`` seconds, and each write of the store confirms the token in
    its own transaction; a holder killed by any signal stops renewing, and its lease
    expires ``ttl`` seconds later. Releasing deletes the node.
    """

    NAME = "ingest"

    def __init__(self, store: Neo4jStore, ttl: float = LOCK_TTL) -> None:
        self.store = store
        self.ttl_ms = max(1, int(ttl * 1000))
        self.token = uuid.uuid4().hex
        self.lost = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _run(self, work: Callable[[Any], Any]) -> Any:

        return self.store._execute_write(work, "the write lock of")

    def acquire(self) -> Neo4jLease:
        owner = LockOwner.current().to_dict()

        def work(tx: Any) -> dict[str, Any] | None:
            # The SET write-locks the node: a concurrent taker waits here until we commit,
            # then reads what we wrote.
            tx.run(f"MERGE (l:{LOCK_LABEL} {{id: $name}}) SET l.checked = timestamp()", name=self.NAME).consume()
            rec = tx.run(f"MATCH (l:{LOCK_LABEL} {{id: $name}}) RETURN properties(l) AS p, timestamp() AS now",
                         name=self.NAME).single()
            held = rec["p"]
            left = (held.get("expires") or 0) - rec["now"]
            mine_or_free = held.get("token") in (None, self.token)
            if not mine_or_free and left > 0 and not LockOwner.from_dict(held).is_dead_here():
                return {**held, "left_ms": left}
            tx.run(f"MATCH (l:{LOCK_LABEL} {{id: $name}}) SET l += $owner, l.token = $token, "
                   "l.expires = timestamp() + $ttl", name=self.NAME, owner=owner, token=self.token,
                   ttl=self.ttl_ms).consume()
            return None

        held = self._run(work)
        if held is not None:
            left = -(-int(held["left_ms"]) // 1000)
            raise StoreLockedError(locked_message(self.store.url, LockOwner.from_dict(held),
                                                  f"; if it was killed, its lock expires within {left} s"))
        self.store._lease = self
        self._stop.clear()
        self._thread = threading.Thread(target=self._renew_forever, name="sitgraph-lease", daemon=True)
        self._thread.start()
        return self

    def confirm(self, tx: Any) -> None:
        """Renew the lease inside ``tx`` (a write of its holder); StoreError if another
        writer has taken it over, which rolls the write back."""
        n = tx.run(f"MATCH (l:{LOCK_LABEL} {{id: $name}}) WHERE l.token = $token "
                   "SET l.expires = timestamp() + $ttl RETURN count(l) AS n",
                   name=self.NAME, token=self.token, ttl=self.ttl_ms).single()["n"]
        if not n:
            self.lost = True
            raise StoreError(self._lost_message())

    def _lost_message(self) -> str:
        return (f"lost the write lock of {self.store.url}: it expired (no renewal for "
                f"{self.ttl_ms / 1000:g} s) and another writer took it")

    def _renew_forever(self) -> None:
        while not self._stop.wait(self.ttl_ms / 4000):
            try:
                self._run(self.confirm)
            except StoreError:
                if self.lost:
                    return
                # unreachable for now: the next renewal, or the next write, will tell

    def check(self) -> None:
        """Raise StoreError if the lease was lost (found by the renewing thread)."""
        if self.lost:
            raise StoreError(self._lost_message())

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None
        if self.store._lease is self:
            self.store._lease = None

        def work(tx: Any) -> None:
            tx.run(f"MATCH (l:{LOCK_LABEL} {{id: $name}}) WHERE l.token = $token DELETE l",
                   name=self.NAME, token=self.token).consume()

        if not self.lost and self.store._driver is not None:
            try:
                self._run(work)
            except Exception:  # noqa: BLE001 - whatever went wrong, the lease expires by itself
                pass

    def __enter__(self) -> Neo4jLease:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
