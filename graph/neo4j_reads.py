"""The reads of the Neo4j store: nodes, edges, lookups and what incidents need.

:class:`Neo4jReads` gives :class:`~sitgraph.graph.neo4j_store.Neo4jStore` the read side of
:class:`~sitgraph.graph.store.StoreReads` in Cypher, with the embedded store's semantics
(same order, same property names), over the store's :meth:`Neo4jReads._read` (one managed
read transaction per query). Only schema words reach Cypher text; values are parameters.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from typing import Any

from sitgraph.graph.incidents import counts_as_incident
from sitgraph.graph.neo4j_values import label_of, nocase
from sitgraph.graph.schema import NODE_LABELS, REL_TYPES
from sitgraph.graph.store import StoreReads

_ANY_NODE = "(n:" + "|".join(NODE_LABELS) + ")"  # the graph's nodes, never the lock's


class Neo4jReads(StoreReads):
    """The read methods of the Neo4j store; the store supplies :meth:`_read`."""

    def _read(self, query: str, **params: Any) -> list[Any]:
        """Records of a read query (the store runs it in a managed read transaction)."""
        raise NotImplementedError

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
        label = label_of(node_id)
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
        want = nocase(text)
        out = []
        for rec in rows:
            node = self._node(rec)
            name = node.get("name") or node.get("title")
            aliases = node.get("aliases") or []
            if (node["id"] == text or isinstance(name, str) and nocase(name) == want
                    or any(isinstance(a, str) and nocase(a) == want for a in aliases)):
                out.append(node)
        out.sort(key=lambda n: (n["label"], n["id"]))
        return out[:limit]

    def edges_of(self, node_id: str) -> list[dict[str, Any]]:
        """Relationships leaving the node, then those entering it (a self-loop once)."""
        label = label_of(node_id)
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
        Cost: one label scan of the events; the events in no incident are read whole, as
        whether a recalled earlier incident counts depends on its date and place."""
        rows = self._read(
            "MATCH (e:Event) WHERE e.incident IS NULL AND coalesce(e.role, '') <> 'aggregate' "
            "AND coalesce(e.type, '') <> 'aggregate' RETURN e.id AS id, properties(e) AS p ORDER BY id")
        return [r["id"] for r in rows if counts_as_incident(dict(r["p"]))]
