"""Neo4j: reads yield to an ingest (``read_share_during_ingest``) while another store holds
the writer lease, and only then; the lease holder's own reads never wait; the results are
the same either way."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sitgraph.graph.model import Batch, EdgeRecord, NodeRecord
from sitgraph.graph.neo4j_store import Neo4jStore

pytestmark = pytest.mark.integration

QUERY = "MATCH (a:Actor)-[r:ATTACKED]->(b:Actor) RETURN a.name AS a, b.name AS b ORDER BY a, b"


def _batch() -> Batch:
    actors = [NodeRecord("Actor", f"actor:x{i}", (("name", f"Force {i}"), ("type", "armed_group"))) for i in range(3)]
    edges = [EdgeRecord("ATTACKED", "actor:x0", "Actor", "actor:x1", "Actor", "event:1"),
             EdgeRecord("ATTACKED", "actor:x1", "Actor", "actor:x2", "Actor", "event:2")]
    return Batch(tuple(actors), tuple(edges))


@pytest.fixture
def open_store(neo4j_url: str, neo4j_auth: tuple[str, str]) -> Iterator:
    opened: list[Neo4jStore] = []

    def make(share: float | None) -> Neo4jStore:
        # Looks at the lease on every read, so the test needs no waiting.
        store = Neo4jStore(neo4j_url, username=neo4j_auth[0], password=neo4j_auth[1],
                           read_share_during_ingest=share, lease_check_every=0.0).open()
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


def _answers(store: Neo4jStore) -> tuple:
    return store.counts(), store.run_cypher(QUERY), [n["id"] for n in store.iter_nodes()]


def test_reads_take_turns_only_while_another_store_holds_the_lease(neo4j_store, open_store) -> None:
    neo4j_store.write(_batch())
    reader, writer = open_store(0.5), open_store(0.5)
    alone = _answers(reader)
    assert alone[1] == [{"a": "Force 0", "b": "Force 1"}, {"a": "Force 1", "b": "Force 2"}]
    assert reader._share.reads == 0  # no ingest: reads as usual
    with writer.writer_lock():
        assert _answers(reader) == alone
        assert reader._share.reads == 3  # each of the three reads took its turn
        assert _answers(writer) == alone
        assert writer._share.reads == 0  # the ingest's own reads never wait
    assert _answers(reader) == alone
    assert reader._share.reads == 3  # released: reads as usual again
    assert writer._share.reads == 0


def test_an_expired_lease_is_no_ingest(neo4j_store, open_store) -> None:
    neo4j_store.write(_batch())
    reader = open_store(0.25)
    # The lease of a killed writer whose renewals stopped: its expiry has passed.
    neo4j_store.run_cypher("CREATE (:Lock {id: 'ingest', token: 'gone', expires: timestamp() - 1000})", write=True)
    reader.counts()
    assert reader._share.reads == 0
    neo4j_store.run_cypher("MATCH (l:Lock {id: 'ingest'}) SET l.expires = timestamp() + 60000", write=True)
    reader.counts()
    assert reader._share.reads == 1
    neo4j_store.run_cypher("MATCH (l:Lock) DELETE l", write=True)
    reader.counts()
    assert reader._share.reads == 1


def test_without_a_share_nothing_changes_during_an_ingest(neo4j_store, open_store) -> None:
    neo4j_store.write(_batch())
    reader = open_store(None)
    alone = _answers(reader)
    with neo4j_store.writer_lock():
        assert _answers(reader) == alone
        assert reader._share is None and reader._ingest_seen.probes == 0  # the lease is not even looked at
