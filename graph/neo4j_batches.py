"""How the Neo4j store writes a batch, and takes replaced reports away, inside one transaction.

A batch is grouped by node label and by (edge type, source label, target label)
(:func:`node_groups`, :func:`edge_groups`; records repeated within a batch merge in order,
as successive writes would) and each group is sent as ``UNWIND $rows ... MERGE`` in chunks
of :data:`CHUNK` rows (:func:`write_node_group`, :func:`write_edge_group`). Replacing
reports deletes their records (:func:`remove_reports`), then the entities nothing holds any
more (:func:`remove_orphans`), and sets the aliases of those that stay from the reports
still mentioning them (:func:`refresh_aliases`). Every statement comes from
:mod:`~sitgraph.graph.neo4j_cypher`; ``tx`` is a managed write transaction of the driver.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitgraph.graph import neo4j_cypher as cypher
from sitgraph.graph.model import Batch
from sitgraph.graph.neo4j_values import entity_groups, props_for_neo4j
from sitgraph.graph.schema import DERIVED_TYPES, LIVELY_TYPES
from sitgraph.graph.store import UNION_PROPS, StoreError, merge_props

CHUNK = 5000  # rows per UNWIND statement: large enough to amortise round trips, small in memory

Row = dict[str, Any]


def node_groups(batch: Batch) -> dict[str, list[Row]]:
    """The batch's nodes as MERGE rows (``id``, ``props``) by label. Cost: O(nodes)."""
    # Records repeated within a batch merge in order, as successive writes would.
    merged: dict[str, tuple[str, dict[str, Any]]] = {}
    for n in batch.nodes:
        prev = merged.get(n.id)
        merged[n.id] = (n.label, merge_props(prev[1] if prev else {}, n.properties))
    groups: dict[str, list[Row]] = {}
    for node_id, (label, props) in merged.items():
        props = props_for_neo4j(f"{label} {node_id}", props)
        props.pop("id", None)
        groups.setdefault(label, []).append({"id": node_id, "props": props})
    return groups


def edge_groups(batch: Batch) -> dict[tuple[str, str, str], list[Row]]:
    """The batch's edges as MERGE rows (``source``, ``target``, ``key``, ``props``) by
    (type, source label, target label). Cost: O(edges)."""
    merged: dict[tuple[str, str, str, str], tuple[tuple[str, str], dict[str, Any]]] = {}
    for e in batch.edges:
        k = (e.type, e.source, e.target, e.key)
        prev = merged.get(k)
        merged[k] = ((e.source_label, e.target_label), merge_props(prev[1] if prev else {}, e.properties))
    groups: dict[tuple[str, str, str], list[Row]] = {}
    for (rel_type, source, target, key), ((src, dst), props) in merged.items():
        props = props_for_neo4j(f"{rel_type} edge {source}->{target}", props)
        props.pop("key", None)  # the key is the MERGE property, stored as `key`
        row = {"source": source, "target": target, "key": key, "props": props}
        groups.setdefault((rel_type, src, dst), []).append(row)
    return groups


def _union_with_stored(rows: list[Row], stored: dict[Any, dict[str, Any]],
                       row_key: Callable[[Row], Any]) -> None:
    for r in rows:
        old = stored.get(row_key(r))
        if old:
            kept = {k: v for k, v in old.items() if k in UNION_PROPS}
            r["props"] = merge_props(kept, r["props"])


def write_node_group(tx: Any, label: str, rows: list[Row]) -> None:
    """MERGE the nodes ``rows`` of ``label`` (a checked schema label), a union property
    (``aliases``) joined with the stored one. Cost: one or two statements per CHUNK rows."""
    for i in range(0, len(rows), CHUNK):
        chunk = rows[i:i + CHUNK]
        unioned = [r for r in chunk if UNION_PROPS & r["props"].keys()]
        if unioned:
            res = tx.run(cypher.NODE_STORED.format(label=label), ids=[r["id"] for r in unioned])
            stored = {rec["id"]: rec["p"] for rec in res}
            _union_with_stored(unioned, stored, lambda r: r["id"])
        tx.run(cypher.NODE_MERGE.format(label=label), rows=chunk).consume()


def write_edge_group(tx: Any, rel_type: str, src: str, dst: str, rows: list[Row]) -> None:
    """MERGE the edges ``rows`` of ``rel_type`` from ``src`` to ``dst`` nodes (checked
    schema words); StoreError when an end node is missing. Cost: one or two statements
    per CHUNK rows."""
    words = {"rel_type": rel_type, "src": src, "dst": dst}
    for i in range(0, len(rows), CHUNK):
        chunk = rows[i:i + CHUNK]
        unioned = [r for r in chunk if UNION_PROPS & r["props"].keys()]
        if unioned:
            res = tx.run(
                cypher.EDGE_STORED.format(**words),
                rows=[{"source": r["source"], "target": r["target"], "key": r["key"]} for r in unioned],
            )
            stored = {(rec["s"], rec["t"], rec["k"]): rec["p"] for rec in res}
            _union_with_stored(unioned, stored, lambda r: (r["source"], r["target"], r["key"]))
        written = tx.run(cypher.EDGE_MERGE.format(**words), rows=chunk).single()["n"]
        if written != len(chunk):
            _refuse_missing_end(tx, rel_type, src, dst, chunk)


def _refuse_missing_end(tx: Any, rel_type: str, src: str, dst: str, rows: list[Row]) -> None:
    found: dict[str, set[str]] = {}
    for label, field in ((src, "source"), (dst, "target")):
        res = tx.run(cypher.NODE_IDS_FOUND.format(label=label), ids=list({r[field] for r in rows}))
        found[field] = {rec["id"] for rec in res}
    for r in rows:
        for label, field in ((src, "source"), (dst, "target")):
            if r[field] not in found[field]:
                raise StoreError(f"{rel_type} edge refers to a missing {label} node {r[field]}")
    raise StoreError(f"{rel_type} edges from {src} to {dst} were not all written")


def remove_reports(tx: Any, report_ids: list[str]) -> tuple[list[str], dict[str, set[str]]]:
    """Delete the reports, their events (detached: roles, REPORTS, SAME_INCIDENT), the
    derived edges keyed by those events and the reports' MENTIONS; returns the ids of
    the entities they touched, and the names (aliases) those mentions gave each."""
    def ids(query: str, **params: Any) -> list[str]:
        return list(tx.run(query, params).single()["ids"])

    events = ids(cypher.REPORT_EVENTS, ids=report_ids)
    taken: dict[str, set[str]] = {}
    for rec in tx.run(cypher.REPORT_MENTIONS, ids=report_ids):
        taken.setdefault(rec["id"], set()).update(rec["names"] or ())
    touched = set(taken)
    touched.update(ids(cypher.EVENT_PARTICIPANTS, events=events))
    for rel_type in DERIVED_TYPES:  # keyed by their event; indexed on key
        tx.run(cypher.DERIVED_DELETE.format(rel_type=rel_type), events=events).consume()
    tx.run(cypher.EVENTS_DELETE, events=events).consume()
    tx.run(cypher.REPORTS_DELETE, ids=report_ids).consume()
    return sorted(touched), taken


def remove_orphans(tx: Any, candidates: list[str]) -> None:
    """Delete the entities among ``candidates`` that no report mentions and no event
    involves any more, with their standing relations."""
    lively = "|".join(LIVELY_TYPES)
    for label, ids in entity_groups(candidates).items():
        tx.run(cypher.ORPHANS_DELETE.format(label=label, lively=lively), ids=ids).consume()


def refresh_aliases(tx: Any, candidates: list[str]) -> None:
    """Set the aliases of the entities among ``candidates`` to the names the reports
    mentioning them give (their MENTIONS' ``aliases``), dropping those of replaced
    reports; as the embedded store does."""
    for label, ids in entity_groups(candidates).items():
        tx.run(cypher.ALIASES_REFRESH.format(label=label), ids=ids).consume()
