"""Both stores, same batches, same graph: the embedded store and Neo4j must agree.

Each test runs on both stores (``store`` is parametrised); the expected graph is built
here from the batch's records, so neither store is the other's oracle. A last test puts
the two side by side on every read the protocol offers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from sitgraph.graph.model import Batch, EdgeRecord, GraphFilter, NodeRecord, props
from sitgraph.graph.sqlite_store import SqliteStore
from sitgraph.graph.store import StoreError

pytestmark = pytest.mark.integration


@pytest.fixture(params=["sqlite", "neo4j"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    if request.param == "sqlite":
        s = SqliteStore(tmp_path / "graph.db").open()
        yield s
        s.close()
    else:
        yield request.getfixturevalue("neo4j_store")


def expected_counts(batch: Batch) -> dict[str, dict[str, int]]:
    nodes = Counter(n.label for n in {n.id: n for n in batch.nodes}.values())
    rels = Counter(e.type for e in {(e.type, e.source, e.target, e.key): e for e in batch.edges}.values())
    return {"nodes": dict(sorted(nodes.items())), "relationships": dict(sorted(rels.items()))}


def expected_graph(batch: Batch) -> nx.MultiDiGraph:
    """The graph the schema promises for a batch without repeated records."""
    g = nx.MultiDiGraph()
    for n in batch.nodes:
        attrs = {k: list(v) if isinstance(v, tuple) else v for k, v in n.props}
        if "aliases" in attrs:  # stored as a set: sorted, so write order does not matter
            attrs["aliases"] = sorted(set(attrs["aliases"]))
        g.add_node(n.id, label=n.label, **attrs)
    for e in batch.edges:
        attrs = dict(e.props)
        if "type" in attrs:  # an edge's own type property is handed out as event_type
            attrs["event_type"] = attrs.pop("type")
        g.add_edge(e.source, e.target, key=e.type + (":" + e.key if e.key else ""), type=e.type, **attrs)
    return g


def graph_dump(g: nx.MultiDiGraph) -> tuple[list, list]:
    """Nodes and edges with attributes, sorted, lists made comparable."""
    nodes = sorted((n, sorted(d.items())) for n, d in g.nodes(data=True))
    edges = sorted((u, v, k, sorted(d.items())) for u, v, k, d in g.edges(keys=True, data=True))
    return nodes, edges


def test_same_batch_same_counts_and_graph(store: Any, sample_batch: Batch) -> None:
    batch = sample_batch
    store.write(batch)
    assert store.counts() == expected_counts(batch)
    assert graph_dump(store.to_networkx()) == graph_dump(expected_graph(batch))


def test_writing_again_changes_nothing(store: Any, sample_batch: Batch) -> None:
    batch = sample_batch
    store.write(batch)
    counts, graph = store.counts(), graph_dump(store.to_networkx())
    store.write(batch)
    assert store.counts() == counts
    assert graph_dump(store.to_networkx()) == graph
    assert sum(counts["nodes"].values()) == len(batch.nodes)


def test_aliases_are_unioned_and_other_props_replaced(store: Any, sample_batch: Batch) -> None:
    store.write(sample_batch)
    store.write(Batch((NodeRecord("Actor", "actor:russia", props(name="Russian Federation", aliases=["Kremlin"])),)))
    node = store.get_node("actor:russia")
    assert node["aliases"] == ["Kremlin", "Moscow", "Russia"]
    assert node["name"] == "Russian Federation"
    assert node["type"] == "state"  # untouched properties stay
    assert [n["id"] for n in store.find_nodes("kremlin")] == ["actor:russia"]


def test_repeated_records_in_one_batch_merge_in_order(store: Any) -> None:
    batch = Batch((
        NodeRecord("Actor", "actor:x", props(name="X", aliases=["b"], type="state")),
        NodeRecord("Actor", "actor:x", props(name="X2", aliases=["a"])),
    ))
    store.write(batch)
    node = store.get_node("actor:x")
    assert (node["name"], node["aliases"], node["type"]) == ("X2", ["a", "b"], "state")


def test_edge_to_missing_node_is_refused_and_batch_rolled_back(store: Any) -> None:
    batch = Batch(
        (NodeRecord("Actor", "actor:a", props(name="A")),),
        (EdgeRecord("ATTACKED", "actor:a", "Actor", "place:nowhere", "Place"),),
    )
    with pytest.raises(StoreError, match="missing Place node place:nowhere"):
        store.write(batch)
    assert store.counts() == {"nodes": {}, "relationships": {}}


def test_keyed_edges_between_same_nodes_stay_apart(store: Any, sample_batch: Batch) -> None:
    store.write(sample_batch)
    store.write(Batch(edges=(
        EdgeRecord("KILLED", "actor:russia", "Actor", "actor:civilians", "Actor", "event:e2",
                   props(event_id="event:e2", count=7)),
    )))
    g = store.to_networkx(GraphFilter(types=frozenset({"KILLED"})))
    assert sorted(k for _, _, k in g.edges(keys=True)) == ["KILLED:event:e1", "KILLED:event:e2"]
    assert g.edges["actor:russia", "actor:civilians", "KILLED:event:e2"]["count"] == 7


def test_neo4j_and_sqlite_agree_on_every_read(neo4j_store: Any, tmp_path: Path, sample_batch: Batch) -> None:
    lite = SqliteStore(tmp_path / "graph.db").open()
    batch = sample_batch
    for s in (lite, neo4j_store):
        s.write(batch)
    try:
        assert neo4j_store.counts() == lite.counts()
        assert list(neo4j_store.iter_nodes()) == list(lite.iter_nodes())
        # Same key order too: callers print and hash these dicts.
        assert [list(n) for n in neo4j_store.iter_nodes()] == [list(n) for n in lite.iter_nodes()]
        assert [list(e) for e in neo4j_store.iter_edges()] == [list(e) for e in lite.iter_edges()]
        assert list(neo4j_store.iter_nodes(["Place", "Event"])) == list(lite.iter_nodes(["Place", "Event"]))
        assert list(neo4j_store.iter_edges()) == list(lite.iter_edges())
        assert list(neo4j_store.iter_edges(["KILLED"])) == list(lite.iter_edges(["KILLED"]))
        assert neo4j_store.get_node("place:kafranbel") == lite.get_node("place:kafranbel")
        assert neo4j_store.get_node("actor:nobody") is lite.get_node("actor:nobody") is None
        for text in ("RUSSIA", "regime", "actor:civilians", "Syria Daily", "nothing"):
            assert neo4j_store.find_nodes(text) == lite.find_nodes(text), text

        def edge_key(e: dict[str, Any]) -> tuple:
            return (e["type"], e["source"], e["target"], e["key"])

        for node_id in ("actor:russia", "event:e1", "place:kafranbel"):
            assert sorted(neo4j_store.edges_of(node_id), key=edge_key) == sorted(lite.edges_of(node_id), key=edge_key)
        assert neo4j_store.report_ids() == lite.report_ids() == {"report:r1"}
        assert neo4j_store.events() == lite.events()
        assert neo4j_store.events(actor="actor:russia") == lite.events(actor="actor:russia")
        assert neo4j_store.neighbourhood("event:e1") == lite.neighbourhood("event:e1")
        flt = GraphFilter(labels=frozenset({"Actor", "Event"}), since="2019-05-06")
        assert graph_dump(neo4j_store.to_networkx(flt)) == graph_dump(lite.to_networkx(flt))
        # the country of e1 is read through its town's province; e2 has no place
        for flt in (GraphFilter(countries=frozenset({"SY"})), GraphFilter(min_confidence=0.9),
                    GraphFilter(countries=frozenset({"SY"}), labels=frozenset({"Event"}))):
            assert graph_dump(neo4j_store.to_networkx(flt)) == graph_dump(lite.to_networkx(flt))
        syria = neo4j_store.to_networkx(GraphFilter(countries=frozenset({"SY"}), labels=frozenset({"Event"})))
        assert set(syria) == {"event:e1"}
    finally:
        lite.close()
