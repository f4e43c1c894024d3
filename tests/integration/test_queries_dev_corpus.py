"""The named queries on a Neo4j holding the dev corpus (gold reports and coded datasets
beside the repository), ingested by the real pipeline. Skips when they are absent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sitgraph.graph.neo4j_store import Neo4jStore
from sitgraph.queries import bind, get_query, load_queries

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def corpus(shared_dir: Path, neo4j_url: str, neo4j_auth: tuple[str, str]) -> Iterator[Neo4jStore]:
    from sitgraph.loaders.pipeline import ingest

    paths = [str(p) for p in sorted((shared_dir / "gold" / "dev").glob("*.txt"))]
    paths.append(str(shared_dir / "data" / "coded"))
    store = Neo4jStore(neo4j_url, username=neo4j_auth[0], password=neo4j_auth[1]).open()
    store.clear()
    summary = ingest(paths, store)
    assert not summary.failures, summary.failures
    try:
        yield store
    finally:
        store.close()


def run(store: Neo4jStore, name: str, **values: Any) -> list[dict[str, Any]]:
    q = get_query(name)
    return store.run_cypher(q.cypher, bind(q, values))


def test_medical_attacks_list_russia_at_kafranbel(corpus: Neo4jStore) -> None:
    rows = run(corpus, "attacks-on-medical-facilities", perpetrator="Russia", until="2019-05-31", limit=1000)
    hits = [r for r in rows if r["date"] == "2019-05-05" and "Kafranbel" in r["facility"]]
    assert hits, [(r["date"], r["facility"]) for r in rows]
    assert "Russia" in hits[0]["perpetrators"]
    assert hits[0]["place"] == "Kafranbel"
    idlib = run(corpus, "attacks-on-medical-facilities", province="Idlib", limit=1000)
    assert any(r["incident"] == hits[0]["incident"] for r in idlib)
    # the coded health-care dataset alone holds dozens of attacks on medical facilities
    assert len(run(corpus, "attacks-on-medical-facilities", limit=1000)) >= 20


def test_russia_is_an_attacker(corpus: Neo4jStore) -> None:
    rows = run(corpus, "who-attacked-whom", actor="Russia")
    assert any(r["attacker"] == "Russia" for r in rows)
    over_time = run(corpus, "actor-attacks-over-time", actor="Russia", since="2019-05", until="2019-05")
    # a range ("since last Tuesday") that overlaps May counts in the month it starts
    assert {r["period"] for r in over_time} <= {"2019-04", "2019-05"}
    assert any(r["period"] == "2019-05" and r["incidents"] >= 1 for r in over_time)


def test_provenance_of_the_kafranbel_attack(corpus: Neo4jStore) -> None:
    row = next(r for r in run(corpus, "attacks-on-medical-facilities", since="2019-05-05", until="2019-05-05")
               if "Kafranbel" in r["facility"])
    sources = run(corpus, "event-sources", event=row["incident"])
    assert any("Kafranbel medical facility" in (s["sentence"] or "") for s in sources)


@pytest.mark.parametrize("query", [q for q in load_queries() if not any(p.required for p in q.params)],
                         ids=lambda q: q.name)
def test_every_query_without_required_params_runs(corpus: Neo4jStore, query) -> None:
    rows = corpus.run_cypher(query.cypher, bind(query, {}))
    assert isinstance(rows, list)
    if query.name in ("attacks-on-medical-facilities", "casualties-by-perpetrator", "casualties-by-place",
                      "who-attacked-whom", "actors-first-seen"):
        assert rows, query.name
