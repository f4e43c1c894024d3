"""The `Store` protocol, `open_store(url)`, and what both stores share.

A store keeps nodes (label, id, properties) and relationships (type, source, target,
key, properties) and writes a :class:`~sitgraph.graph.model.Batch` idempotently: MERGE
on ids, properties set (``aliases`` are unioned, so names seen in earlier reports stay).

Two implementations: :mod:`sitgraph.graph.sqlite_store` (``sqlite:///PATH``, embedded,
the default) and :mod:`sitgraph.graph.neo4j_store` (``neo4j://``, ``bolt://``,
``neo4j+s://`` …). Reads that both can serve from plain node and edge streams
(``to_networkx``, ``events``, ``neighbourhood``) live here, so the two stores give the
same answers by construction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol, runtime_checkable
from urllib.parse import urlsplit

import networkx as nx

from sitgraph.errors import SitgraphError
from sitgraph.graph.model import Batch, GraphFilter

# Properties whose values are lists unioned across writes instead of replaced.
UNION_PROPS = frozenset({"aliases"})


class StoreError(SitgraphError):
    """The store cannot be opened, reached or written."""


def merge_props(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """``old`` updated with ``new`` as Cypher's ``SET n += new`` does, lists in
    :data:`UNION_PROPS` unioned (sorted, so the result does not depend on write order)."""
    out = dict(old)
    for k, v in new.items():
        if k in UNION_PROPS and isinstance(v, (list, tuple)):
            out[k] = sorted(set(out.get(k) or ()) | set(v))
        else:
            out[k] = list(v) if isinstance(v, tuple) else v
    return out


def names_taken_away(taken: dict[str, set[str]], batch: Batch) -> list[str]:
    """Entities that may have lost names: ``taken`` holds the names the removed MENTIONS of
    replaced reports gave each entity; those the batch's MENTIONS give again are not lost.
    Re-ingesting with unchanged extraction thus re-computes no aliases. Cost: O(batch)."""
    given: dict[str, set[str]] = {}
    for e in batch.edges:
        if e.type == "MENTIONS":
            given.setdefault(e.target, set()).update(e.properties.get("aliases") or ())
    return sorted(nid for nid, names in taken.items() if names - given.get(nid, set()))


def in_period(props: dict[str, Any], since: str | None, until: str | None) -> bool:
    """Whether a node or edge with ``date``/``date_end`` overlaps [since, until].

    Dates are ISO strings of any precision; ``"2019-05"`` overlaps since ``2019-05-01``.
    Items without a date are kept. Comparison appends ``~`` (sorts after digits) to the
    end of the item's period so a coarser date covers every day it contains.
    """
    date = props.get("date")
    if not date:
        return True
    end = props.get("date_end") or date
    if since and str(end) + "~" < since:
        return False
    return not (until and str(date) > until)


def event_countries(nodes: dict[str, dict[str, Any]], edges: Iterable[dict[str, Any]]) -> dict[str, set[str]]:
    """Event id -> the countries (``country`` codes, upper case) of the places it
    ``OCCURRED_IN``, a facility counting with the places it is ``LOCATED_IN``. Cost: O(E)."""
    occurred: list[tuple[str, str]] = []
    located: dict[str, list[str]] = {}
    for e in edges:
        if e["type"] == "OCCURRED_IN":
            occurred.append((e["source"], e["target"]))
        elif e["type"] == "LOCATED_IN":
            located.setdefault(e["source"], []).append(e["target"])

    def country(node: str) -> str | None:
        c = (nodes.get(node) or {}).get("country")
        return str(c).upper() if c else None

    out: dict[str, set[str]] = {}
    for ev, where in occurred:
        found = {c for c in [country(where)] + [country(p) for p in located.get(where, ())] if c}
        out.setdefault(ev, set()).update(found)
    return out


def _keeps_node(n: dict[str, Any], flt: GraphFilter, countries: dict[str, set[str]] | None) -> bool:
    if flt.labels is not None and n["label"] not in flt.labels:
        return False
    if flt.labels is None and n["label"] == "Incident":
        return False  # incident summaries join nothing: kept only when asked for by label
    if n["label"] == "Place" and flt.countries is not None and n.get("country"):
        return str(n["country"]).upper() in flt.countries
    if n["label"] != "Event":
        return True
    if flt.event_kinds is not None and n.get("kind") not in flt.event_kinds:
        return False
    conf = n.get("confidence")
    if flt.min_confidence is not None and isinstance(conf, (int, float)) and conf < flt.min_confidence:
        return False
    if countries is not None and not (countries.get(n["id"], set()) & (flt.countries or set())):
        return False
    return in_period(n, flt.since, flt.until)


def build_networkx(
    nodes: Iterable[dict[str, Any]], edges: Iterable[dict[str, Any]], flt: GraphFilter | None = None
) -> nx.MultiDiGraph:
    """A MultiDiGraph from node dicts (``id``, ``label``, props) and edge dicts (``type``,
    ``source``, ``target``, ``key``, props), keeping what ``flt`` allows (see
    :class:`~sitgraph.graph.model.GraphFilter`; the country filter needs every Place and
    the ``OCCURRED_IN``/``LOCATED_IN`` edges among the input).

    Node attributes: ``label`` and the properties; edge attributes: ``type`` and the
    properties; edge keys ``TYPE`` or ``TYPE:key``. Cost: O(N + E).
    """
    flt = flt or GraphFilter()
    countries = None
    if flt.countries is not None:
        nodes, edges = {n["id"]: n for n in nodes}, list(edges)
        countries = event_countries(nodes, edges)
        nodes = nodes.values()
    g = nx.MultiDiGraph()
    for n in nodes:
        if _keeps_node(n, flt, countries):
            g.add_node(n["id"], **{k: v for k, v in n.items() if k != "id"})
    for e in edges:
        if flt.types is not None and e["type"] not in flt.types:
            continue
        if e["source"] not in g or e["target"] not in g:
            continue
        if not in_period(e, flt.since, flt.until):
            continue
        key = e["type"] + (":" + e["key"] if e.get("key") else "")
        attrs = {k: v for k, v in e.items() if k not in ("source", "target", "key")}
        g.add_edge(e["source"], e["target"], key=key, **attrs)
    return g


@runtime_checkable
class Store(Protocol):
    """What every store offers. Open one with :func:`open_store`; close it (or use
    ``with``) when done."""

    url: str

    def write(self, batch: Batch, replace: Iterable[str] = ()) -> None:
        """Write all records of ``batch`` in one transaction, MERGE semantics.

        ``replace`` names reports written before whose records the batch replaces: in the
        same transaction, first their Report nodes, their events (with every edge of an
        event: roles, ``REPORTS``, ``SAME_INCIDENT``, and the derived edges keyed by it)
        and their ``MENTIONS`` are deleted; after the batch is written, the entities those
        records touched that no report mentions and no event involves any more are
        deleted with their standing relations. Re-ingesting a report after a change of
        rules or aliases thus leaves what a fresh ingest would."""

    def writer_lock(self) -> Any:
        """The store's writer lock, a context manager held by one writer at a time:
        entering it raises :class:`~sitgraph.graph.locks.StoreLockedError` (naming the
        holder) while another holds it. Its ``check()`` raises if the lock was lost."""

    def counts(self) -> dict[str, dict[str, int]]:
        """``{"nodes": {label: n}, "relationships": {type: n}}``."""

    def iter_nodes(self, labels: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        """Every node (optionally of some labels) as ``{"id", "label", **props}``."""

    def iter_edges(self, types: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        """Every relationship as ``{"type", "source", "target", "key", **props}``."""

    def get_node(self, node_id: str) -> dict[str, Any] | None:
        """One node by id, or None."""

    def find_nodes(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Nodes whose id equals ``text`` or whose name or an alias equals it (case-insensitive)."""

    def edges_of(self, node_id: str) -> list[dict[str, Any]]:
        """Every relationship that starts or ends at the node."""

    def report_ids(self) -> set[str]:
        """Ids of the Report nodes written: the ingest ledger."""

    def to_networkx(self, flt: GraphFilter | None = None) -> nx.MultiDiGraph:
        """The graph (or the part ``flt`` keeps) as a networkx MultiDiGraph."""

    def open(self) -> Store:
        """Connect (create the file, or reach the server and create constraints); returns self."""

    def close(self) -> None:
        """Release connections."""

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...


class StoreReads:
    """Reads built on the primitive ones, shared by both stores (mixin)."""

    def to_networkx(self, flt: GraphFilter | None = None) -> nx.MultiDiGraph:
        """The graph as networkx; Event nodes carry the toll they stand for
        (:func:`~sitgraph.graph.tolls.event_shares`: each incident once, at its best
        figure), so the map, the timeline and analytics count as ``stats`` does."""
        from sitgraph.graph.tolls import event_shares

        flt = flt or GraphFilter()
        # The country of an event is read through its places: read them whatever the labels.
        wide = flt.countries is not None
        nodes = list(self.iter_nodes(None if wide else flt.labels))  # type: ignore[attr-defined]
        if flt.labels is None or "Event" in flt.labels:
            incidents = list(self.iter_nodes(("Incident",)))  # type: ignore[attr-defined]
            shares = event_shares((n for n in nodes if n["label"] == "Event"), incidents)
            nodes = [{**n, **shares[n["id"]]} if n["id"] in shares else n for n in nodes]
        return build_networkx(nodes, self.iter_edges(None if wide else flt.types), flt)  # type: ignore[attr-defined]

    def neighbourhood(self, node_id: str) -> dict[str, Any] | None:
        """A node with its relationships and the nodes at their other ends.

        Returns ``{"node": {...}, "edges": [{"direction": "out"|"in", "type", "other": {...},
        **props}]}`` or None when no such node.
        """
        node = self.get_node(node_id)  # type: ignore[attr-defined]
        if node is None:
            return None
        rows = []
        for e in self.edges_of(node_id):  # type: ignore[attr-defined]
            out = e["source"] == node_id
            other = self.get_node(e["target"] if out else e["source"])  # type: ignore[attr-defined]
            rows.append({**e, "direction": "out" if out else "in", "other": other})
        rows.sort(key=lambda r: (r["type"], r["direction"], str(r.get("date") or ""), r["other"]["id"]))
        return {"node": node, "edges": rows}

    def events(
        self,
        *,
        actor: str | None = None,
        target: str | None = None,
        place: str | None = None,
        kind: str | None = None,
        type: str | None = None,  # noqa: A002 - the schema's word
        since: str | None = None,
        until: str | None = None,
    ) -> list[dict[str, Any]]:
        """Events matching every given condition, oldest first.

        ``actor``/``target``/``place`` are node ids (a perpetrator, something targeted, a
        place it occurred in). Each row is the event's properties plus ``actors``,
        ``targets``, ``places`` and ``claimed_by`` (lists of ids). Cost: one pass over
        events and role edges.
        """
        roles: dict[str, dict[str, list[str]]] = {}
        for e in self.iter_edges(("PERPETRATED", "TARGETED", "OCCURRED_IN", "CLAIMED")):  # type: ignore[attr-defined]
            if e["type"] in ("PERPETRATED", "CLAIMED"):
                ev, other = e["target"], e["source"]
            else:
                ev, other = e["source"], e["target"]
            role = {"PERPETRATED": "actors", "TARGETED": "targets", "OCCURRED_IN": "places",
                    "CLAIMED": "claimed_by"}[e["type"]]
            roles.setdefault(ev, {}).setdefault(role, []).append(other)
        out = []
        for n in self.iter_nodes(("Event",)):  # type: ignore[attr-defined]
            if kind and n.get("kind") != kind or type and n.get("type") != type:
                continue
            if not in_period(n, since, until):
                continue
            r = roles.get(n["id"], {})
            row = {**n, **{k: sorted(r.get(k, [])) for k in ("actors", "targets", "places", "claimed_by")}}
            if actor and actor not in row["actors"]:
                continue
            if target and target not in row["targets"]:
                continue
            if place and place not in row["places"]:
                continue
            out.append(row)
        out.sort(key=lambda r: (str(r.get("date") or ""), r["id"]))
        return out


def encode(props: dict[str, Any]) -> str:
    """Properties as canonical JSON (sorted keys) for storage and comparison."""
    return json.dumps(props, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


SQLITE_HEADER = b"SQLite format 3\x00"
STORE_TABLES = frozenset({"nodes", "edges"})


def sqlite_tables(path: Path) -> set[str] | None:
    """The table names of the SQLite database at ``path`` (read-only, nothing created),
    or None when the file is not an SQLite database. Cost: one small read."""
    import sqlite3

    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError:
        return None
    if header == b"":
        return set()  # SQLite takes an empty file as an empty database
    if header != SQLITE_HEADER:
        return None
    try:
        db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            db.close()
    except sqlite3.Error:
        return None


def check_sqlite_path(path: Path, *, create: bool) -> None:
    """Refuse (StoreError, one line) a path that is not a sitgraph store: a folder, a file
    that is not SQLite, an SQLite database of something else; and, unless ``create``, a
    path where nothing is (a mistyped ``--store`` must not become a new empty store)."""
    if path.is_dir():
        raise StoreError(f"store {path} is a folder, not a sitgraph database file")
    if not path.exists():
        if create:
            return
        where = "its folder does not exist" if not path.parent.is_dir() else "no such file"
        raise StoreError(f"no sitgraph store at {path} ({where}): check --store, or create one with `sitgraph ingest`")
    tables = sqlite_tables(path)
    if tables is None:
        raise StoreError(f"{path} is not a sitgraph database (not an SQLite file)")
    if tables and not STORE_TABLES <= tables:
        raise StoreError(f"{path} is not a sitgraph database (an SQLite file without its nodes and edges tables)")
    if not tables and not create:
        raise StoreError(f"{path} is an empty database: nothing ingested yet (run `sitgraph ingest`)")


def open_store(
    url: str,
    *,
    username: str | None = None,
    password: str | None = None,
    database: str | None = None,
    create: bool = True,
    max_concurrent_reads: int | None = None,
    read_share_during_ingest: float | None = None,
) -> Store:
    """Open the store a URL names.

    ``sqlite:///relative/path.db``, ``sqlite:////absolute/path.db``, or a bare path ending
    in ``.db`` open the embedded store: created (with its folder) if absent when
    ``create``, else refused, as is a path holding anything but a sitgraph database
    (:func:`check_sqlite_path`). ``neo4j://``, ``neo4j+s://``,
    ``neo4j+ssc://``, ``bolt://``, ``bolt+s://``, ``bolt+ssc://`` open Neo4j (user
    ``neo4j`` unless given). Raises :class:`StoreError` with a one-line message for a
    malformed URL, an unreachable server or refused credentials. ``max_concurrent_reads``
    caps the read transactions a Neo4j store runs at once from threads sharing it (see
    :class:`~sitgraph.graph.neo4j_store.Neo4jStore`); ``read_share_during_ingest`` makes a
    Neo4j store's reads take turns, busy at most that share of the time, while an ingest
    holds the writer lease (same place). The embedded store ignores both.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "sqlite" or (not scheme and url.endswith(".db")):
        from sitgraph.graph.sqlite_store import SqliteStore

        path = url[len("sqlite:///"):] if scheme else url
        if scheme and not url.lower().startswith("sqlite:///") or not path:
            raise StoreError(f"malformed store URL {url!r}: expected sqlite:///PATH")
        check_sqlite_path(Path(path), create=create)
        return SqliteStore(path).open()
    if scheme in ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"):
        if not parts.hostname:
            raise StoreError(f"malformed store URL {url!r}: no host")
        try:
            parts.port  # noqa: B018 - raises ValueError on a bad port
        except ValueError:
            raise StoreError(f"malformed store URL {url!r}: bad port") from None
        from sitgraph.graph.neo4j_store import Neo4jStore

        # The constructor only records settings; open() connects, verifies credentials and
        # creates the constraints, so errors surface here as one StoreError.
        store = Neo4jStore(url, username=username or "neo4j", password=password or "", database=database,
                           max_concurrent_reads=max_concurrent_reads,
                           read_share_during_ingest=read_share_during_ingest)
        return store.open()
    raise StoreError(
        f"malformed store URL {url!r}: use sqlite:///PATH, neo4j://HOST:PORT or bolt://HOST:PORT"
    )
