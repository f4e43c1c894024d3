"""The embedded store: idempotent writes, counts, reads, the networkx graph."""

from __future__ import annotations

import pytest

from sitgraph.graph.model import Batch, EdgeRecord, GraphFilter, NodeRecord, props
from sitgraph.graph.schema import SchemaError
from sitgraph.graph.store import StoreError, open_store


@pytest.fixture
def store(tmp_path):
    with open_store(f"sqlite:///{tmp_path}/g.db") as s:
        yield s


def test_write_twice_changes_nothing(store, sample_batch):
    store.write(sample_batch)
    first = (store.counts(), list(store.iter_nodes()), list(store.iter_edges()))
    store.write(sample_batch)
    assert (store.counts(), list(store.iter_nodes()), list(store.iter_edges())) == first
    assert first[0]["nodes"]["Actor"] == 3
    assert first[0]["relationships"]["PERPETRATED"] == 2


def test_aliases_are_unioned_across_writes(store):
    store.write(Batch((NodeRecord("Actor", "actor:x", props(name="X", aliases=["A", "B"])),)))
    store.write(Batch((NodeRecord("Actor", "actor:x", props(name="X", aliases=["C", "A"])),)))
    assert store.get_node("actor:x")["aliases"] == ["A", "B", "C"]
    assert [n["id"] for n in store.find_nodes("c")] == ["actor:x"]


def test_to_networkx_filters(store, sample_batch):
    store.write(sample_batch)
    g = store.to_networkx()
    assert g.number_of_nodes() == len(sample_batch.nodes)
    assert g.number_of_edges() == len(sample_batch.edges)
    assert g.nodes["event:e1"]["label"] == "Event"
    assert g.edges["actor:russia", "actor:civilians", "KILLED:event:e1"]["count"] == 2
    only = store.to_networkx(GraphFilter(labels=frozenset({"Actor"})))
    assert set(only.nodes) == {"actor:russia", "actor:syrian-government", "actor:civilians"}
    assert sorted(k for _, _, k in only.edges(keys=True)) == ["ALLIED_WITH", "KILLED:event:e1"]
    late = store.to_networkx(GraphFilter(since="2019-05-06"))
    assert "event:e1" not in late and "event:e2" in late


def test_events_by_role_and_period(store, sample_batch):
    store.write(sample_batch)
    rows = store.events(actor="actor:russia")
    assert [r["id"] for r in rows] == ["event:e1"]
    assert rows[0]["targets"] == ["actor:civilians", "facility:kafranbel-hospital"]
    assert store.events(actor="actor:russia", since="2019-05-06") == []
    assert [r["id"] for r in store.events(since="2019-05")] == ["event:e1", "event:e2"]
    assert [r["id"] for r in store.events(kind="Violation")] == ["event:e2"]


def test_edge_to_missing_node_is_refused_and_nothing_written(store):
    bad = Batch(
        (NodeRecord("Actor", "actor:a", props(name="A")),),
        (EdgeRecord("PERPETRATED", "actor:a", "Actor", "event:missing", "Event"),),
    )
    with pytest.raises(StoreError, match="missing Event node event:missing"):
        store.write(bad)
    assert store.counts() == {"nodes": {}, "relationships": {}}


def test_labels_and_types_are_checked_against_the_schema(store):
    with pytest.raises(SchemaError):
        store.write(Batch((NodeRecord("Weapon", "weapon:x"),)))
    with pytest.raises(SchemaError):
        store.write(Batch((), (EdgeRecord("LOVES", "actor:a", "Actor", "actor:b", "Actor"),)))


@pytest.mark.parametrize("url", ["sqlite:/x.db", "mysql://host/db", "bolt://", "neo4j://host:notaport"])
def test_malformed_urls(url):
    with pytest.raises(StoreError, match="malformed store URL"):
        open_store(url)
