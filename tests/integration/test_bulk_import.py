"""`ingest --bulk-csv` files imported offline by neo4j-admin into a fresh database give the
same graph, counts and named-query answers as a normal ingest of the same reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.graph import neo4j_server
from sitgraph.graph.bulk import import_into
from sitgraph.graph.export import export_json
from sitgraph.graph.neo4j_store import Neo4jStore
from sitgraph.loaders.pipeline import IngestOptions, ingest
from sitgraph.queries import bind, load_queries

pytestmark = pytest.mark.integration

PASSWORD = "bulk-import-pw"
TOWNS = ["Kafranbel", "Saraqib", "Khan Shaykhun", "Ariha", "Maarat al-Numan"]
SENTENCES = [
    "Russian warplanes struck the hospital in {town} on Sunday, killing {n} civilians.",
    "Syrian regime helicopters dropped barrel bombs on {town} on Monday, wounding {n} people.",
    "Hayat Tahrir al-Sham fighters attacked army positions near {town} on Tuesday, killing {n} soldiers.",
    "The White Helmets said an airstrike hit the market of {town} on Sunday, killing {n} people.",
]


def write_corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        body = " ".join(SENTENCES[(i + k) % 4].format(town=TOWNS[(i + 2 * k) % 5], n=2 + (i + k) % 4)
                        for k in range(2))
        (folder / f"r{i:03d}.txt").write_text(f"---\npublished: 2019-06-{1 + i % 9:02d}\nsource: test\n---\n"
                                              f"{body} (bulletin {i})\n", encoding="utf-8")
    return folder


def without_empty_lists(graph: dict) -> dict:
    """The export with empty list properties left out: neo4j-admin import stores no property
    for an empty array cell, where a MERGE stores ``[]``; every reader of those lists (the
    incident sketches' ``link_*``, the incident queries' coalesce) takes a missing one as empty."""
    def clean(items: list[dict]) -> list[dict]:
        return [{k: v for k, v in item.items() if v != []} for item in items]
    return {key: clean(value) if isinstance(value, list) else value for key, value in graph.items()}


def answers(store: Neo4jStore) -> dict[str, list[str]]:
    """Every named query that runs without arguments, its rows as sorted JSON lines."""
    out = {}
    for q in load_queries():
        if any(p.required for p in q.params):
            continue
        rows = store.run_cypher(q.cypher, bind(q, {}))
        out[q.name] = sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)
    return out


def test_bulk_csv_import_matches_a_normal_ingest(neo4j_store, tmp_path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 24)
    s = ingest([str(corpus)], neo4j_store, options=IngestOptions(batch_reports=5))
    assert s.written == 24 and s.failures == () and s.links > 0
    want_counts, want_graph, want_answers = neo4j_store.counts(), export_json(neo4j_store), answers(neo4j_store)
    assert sum(len(rows) for rows in want_answers.values()) > 20  # the queries find something to compare

    bulk = tmp_path / "bulk"
    r = CliRunner().invoke(main, ["--no-progress", "ingest", str(corpus), "--bulk-csv", str(bulk)])
    assert r.exit_code == 0, r.output
    data = tmp_path / "imported"
    summary = import_into(bulk, data, heap="512m")
    nodes = sum(want_counts["nodes"].values())
    rels = sum(want_counts["relationships"].values())
    assert f"{nodes} nodes" in summary and f"{rels} relationships" in summary
    with pytest.raises(neo4j_server.Neo4jServerError, match="already holds database neo4j"):
        import_into(bulk, data)

    state_dir = tmp_path / "state"
    server = neo4j_server.start(data, neo4j_server.free_port(), PASSWORD, state_dir=state_dir, heap="512m")
    try:
        with Neo4jStore(server.url, username="neo4j", password=PASSWORD).open() as imported:
            assert imported.counts() == want_counts
            assert without_empty_lists(export_json(imported)) == without_empty_lists(want_graph)
            assert answers(imported) == want_answers
            assert sorted(imported.report_ids()) == sorted(neo4j_store.report_ids())
    finally:
        neo4j_server.stop(port=server.port, state_dir=state_dir)
