"""The multi-outlet corpus on Neo4j: the same incidents as the embedded store, and one toll
that `stats`, `sitgraph incidents`, `casualties-by-perpetrator` and `casualties-by-place`
all give."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.graph.incidents import linked_report_pairs
from sitgraph.graph.neo4j_store import Neo4jStore
from sitgraph.graph.sqlite_store import SqliteStore
from sitgraph.loaders.pipeline import IngestOptions, ingest
from sitgraph.loaders.resolve import Resolver
from sitgraph.queries import bind, get_query

pytestmark = pytest.mark.integration

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "incidents"
KINDS = ("Attack", "Violation", "Abduction", "Capture")


@pytest.fixture(scope="module")
def stores(neo4j_url: str, neo4j_auth: tuple[str, str], tmp_path_factory: pytest.TempPathFactory):
    neo = Neo4jStore(neo4j_url, username=neo4j_auth[0], password=neo4j_auth[1]).open()
    neo.clear()
    ingest([str(CORPUS)], neo, Resolver.default(), IngestOptions(batch_reports=5))
    db = tmp_path_factory.mktemp("incidents") / "graph.db"
    lite = SqliteStore(db).open()
    ingest([str(CORPUS)], lite, Resolver.default(), IngestOptions(batch_reports=3))
    try:
        yield neo, lite
    finally:
        neo.close()
        lite.close()


def run(store: Neo4jStore, name: str, **values) -> list[dict]:
    q = get_query(name)
    return store.run_cypher(q.cypher, bind(q, values))


def test_both_stores_hold_the_same_incidents_and_links(stores) -> None:
    neo, lite = stores
    assert list(neo.iter_nodes(("Incident",))) == list(lite.iter_nodes(("Incident",)))
    assert linked_report_pairs(neo) == linked_report_pairs(lite) and len(linked_report_pairs(neo)) == 11
    assert list(neo.iter_edges(("SAME_INCIDENT",))) == list(lite.iter_edges(("SAME_INCIDENT",)))


def test_stats_incidents_and_casualty_queries_agree_on_the_killed_toll(stores, neo4j_url, neo4j_auth,
                                                                       monkeypatch) -> None:
    neo, _ = stores
    monkeypatch.setenv("NEO4J_USERNAME", neo4j_auth[0])
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_auth[1])
    runner = CliRunner()
    stats = json.loads(runner.invoke(main, ["--store", neo4j_url, "stats", "--format", "json"]).output)
    listed = json.loads(runner.invoke(main, ["--store", neo4j_url, "incidents", "--format", "json"]).output)
    assert stats["tolls"]["killed"] == sum(i.get("killed") or 0 for i in listed) > 0
    assert [r["incident"] for r in run(neo, "incidents")] == [i["id"] for i in listed]
    # Per perpetrator: the incidents any source blames it for, each at its best figure.
    want: dict[str, int] = defaultdict(int)
    for i in listed:
        if i["kind"] in KINDS:
            for a in i.get("actor_ids") or ():
                want[a] += i.get("killed") or 0
    got = {r["actor_id"]: r["killed"] for r in run(neo, "casualties-by-perpetrator", limit=1000)}
    assert got == dict(want)
    # Per place: the incidents with an event there (a facility counts for its town).
    by_id = {i["id"]: i for i in listed}
    located = {e["source"]: e["target"] for e in neo.iter_edges(("LOCATED_IN",))
               if e["source"].startswith("facility:")}
    places: dict[str, set[str]] = defaultdict(set)
    for e in neo.events():
        if e["kind"] in KINDS and e.get("incident"):
            for p in {*e["places"], *e["targets"]}:
                p = located.get(p, p) if p.startswith("facility:") else p
                node = neo.get_node(p) if p.startswith("place:") else None
                if node and node.get("type") not in ("country", "region"):
                    places[p].add(e["incident"])
    want_place = {p: sum(by_id[i].get("killed") or 0 for i in incs) for p, incs in places.items()}
    got_place = {r["place_id"]: r["killed"] for r in run(neo, "casualties-by-place", limit=1000)}
    assert got_place == want_place


def test_both_stores_hand_out_the_same_candidates_sharing_a_key(stores) -> None:
    # The key filter runs in Cypher on one store and in SQL on the other: the same rows,
    # fewer than the window holds, and every one sharing a key.
    neo, lite = stores
    rows = list(lite.incident_candidates("Attack", 0, 10**6))
    assert rows, "the corpus has attacks"
    keys = set(rows[0].get("link_places") or rows[0].get("link_regions") or rows[0].get("link_targets"))
    got = {s: [r["id"] for r in st.incident_candidates("Attack", 0, 10**6, keys)] for s, st in (("neo", neo),
                                                                                                 ("lite", lite))}
    assert got["neo"] == got["lite"]
    assert rows[0]["id"] in got["lite"] and len(got["lite"]) < len(rows)
    for r in lite.incident_candidates("Attack", 0, 10**6, keys):
        assert keys & set((r.get("link_places") or []) + (r.get("link_regions") or []) + (r.get("link_targets") or []))
