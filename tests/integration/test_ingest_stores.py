"""Ingest into the embedded store and into Neo4j: same graph, idempotent, crash-safe."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitgraph.graph.sqlite_store import SqliteStore
from sitgraph.loaders.pipeline import IngestOptions, ingest
from sitgraph.loaders.resolve import Resolver

pytestmark = pytest.mark.integration

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_pipeline_ingest import write_acled  # noqa: E402 - a generator of test corpora


def shared_inputs() -> list[str]:
    if not (SHARED / "gold" / "dev").is_dir() or not (SHARED / "data" / "coded").is_dir():
        pytest.skip("../shared (gold reports, coded datasets) is not beside the repository")
    return sorted(str(p) for p in (SHARED / "gold" / "dev").glob("*.txt")) + sorted(
        str(p) for p in (SHARED / "data" / "coded").glob("*.csv"))


def export(store) -> tuple[list, list]:
    def dump(row: dict) -> str:
        return json.dumps(row, sort_keys=True, ensure_ascii=False)

    return sorted(map(dump, store.iter_nodes())), sorted(map(dump, store.iter_edges()))


def same(a: tuple[list, list], b: tuple[list, list]) -> bool:
    """Exports equal; else the first differences, printed for the failure report."""
    if a == b:
        return True
    for x, y in zip(a, b, strict=True):
        print("only in first:", sorted(set(x) - set(y))[:5])
        print("only in second:", sorted(set(y) - set(x))[:5])
    return False


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver.default()


def test_shared_corpus_gives_the_same_graph_in_both_stores(tmp_path, neo4j_store, resolver) -> None:
    paths = shared_inputs()
    with SqliteStore(tmp_path / "g.db").open() as lite:
        s1 = ingest(paths, lite, resolver, IngestOptions(batch_reports=40))
        s2 = ingest(paths, neo4j_store, resolver, IngestOptions(batch_reports=40))
        assert s1.ok and s2.ok and s1.written == s2.written > 100
        assert lite.counts() == neo4j_store.counts()
        assert same(export(lite), export(neo4j_store))
        again = ingest(paths, neo4j_store, resolver)
        assert (again.written, again.already) == (0, s1.written)
        assert same(export(lite), export(neo4j_store))
    # The facts an analyst expects: Russia attacked the Kafranbel medical facility on 5 May
    # 2019, and the evidence is the report's sentence.
    hits = [e for e in neo4j_store.edges_of("actor:russia")
            if e["type"] == "ATTACKED" and e["target"].startswith("facility:kafranbel")]
    assert [e["date"] for e in hits] == ["2019-05-05"]
    event = neo4j_store.get_node(hits[0]["event_id"])
    reports = [e for e in neo4j_store.edges_of(event["id"]) if e["type"] == "REPORTS"]
    assert "Kafranbel medical facility" in reports[0]["evidence"] == event["evidence"]
    report = neo4j_store.get_node(reports[0]["source"])
    text = Path(shared_inputs()[0]).read_text(encoding="utf-8")
    assert report["published"] == "2019-05-07" and reports[0]["evidence"].split("\n")[0] in text


def test_sigkill_halfway_then_rerun_on_neo4j(tmp_path, neo4j_store, neo4j_url, neo4j_auth, resolver) -> None:
    n = 1200
    csv_path = write_acled(tmp_path / "many.csv", n)
    with SqliteStore(tmp_path / "clean.db").open() as clean:
        ingest([str(csv_path)], clean, resolver, IngestOptions(batch_reports=400))
        expected = export(clean)
    env = {**os.environ, "NEO4J_USERNAME": neo4j_auth[0], "NEO4J_PASSWORD": neo4j_auth[1]}
    cmd = [sys.executable, "-m", "sitgraph.cli", "--store", neo4j_url, "--no-progress", "ingest", str(csv_path),
           "--batch-size", "10"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline and len(neo4j_store.report_ids()) < 50:
        time.sleep(0.05)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = len(neo4j_store.report_ids())
    assert 0 < done < n and done % 10 == 0, f"not killed halfway at a batch boundary ({done} of {n})"
    rerun = ingest([str(csv_path)], neo4j_store, resolver, IngestOptions(batch_reports=10))
    assert (rerun.written, rerun.already) == (n - done, done)
    assert same(export(neo4j_store), expected)
