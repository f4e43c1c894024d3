"""Neo4j: one writer at a time (a lease that a killed holder lets expire), and re-ingest
that replaces a report's records as the embedded store does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.graph.locks import StoreLockedError
from sitgraph.graph.neo4j_store import Neo4jStore
from sitgraph.graph.sqlite_store import SqliteStore
from sitgraph.graph.store import StoreError
from sitgraph.loaders.pipeline import IngestOptions, ingest
from sitgraph.loaders.resolve import Resolver

pytestmark = pytest.mark.integration

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_pipeline_ingest import export, write_acled  # noqa: E402 - corpus generator
from test_reingest_replaces import ALIASES, perpetrated  # noqa: E402 - the changed resolution


@pytest.fixture
def env(neo4j_auth) -> dict[str, str]:
    return {"NEO4J_USERNAME": neo4j_auth[0], "NEO4J_PASSWORD": neo4j_auth[1]}


def test_second_writer_is_refused_naming_the_holder_and_readers_go_on(tmp_path, neo4j_store, neo4j_url,
                                                                      env) -> None:
    csv_path = write_acled(tmp_path / "a.csv", 6)
    runner = CliRunner(env=env)
    with neo4j_store.writer_lock():
        r = runner.invoke(main, ["--store", neo4j_url, "--no-progress", "ingest", str(csv_path)])
        assert r.exit_code == 1
        lines = r.output.strip().splitlines()
        assert len(lines) == 1
        assert lines[0].startswith(f"Error: store {neo4j_url} is being written by another ingest: pid {os.getpid()} ")
        assert "expires within 60 s" in lines[0]
        r = runner.invoke(main, ["--store", neo4j_url, "stats", "--format", "json"])
        assert r.exit_code == 0, r.output
        assert neo4j_store.counts() == {"nodes": {}, "relationships": {}}  # the lease is no graph node
        assert list(neo4j_store.iter_nodes()) == [] and neo4j_store.find_nodes("ingest") == []
    assert neo4j_store.run_cypher("MATCH (l:Lock) RETURN count(l) AS n") == [{"n": 0}]  # released
    r = runner.invoke(main, ["--store", neo4j_url, "--no-progress", "ingest", str(csv_path)])
    assert r.exit_code == 0, r.output
    assert "ingested 6 reports" in r.output


_HOLDER = textwrap.dedent("""
    import sys, time
    from sitgraph.graph.neo4j_store import Neo4jStore
    url, user, password = sys.argv[1:4]
    store = Neo4jStore(url, username=user, password=password, lock_ttl=float(sys.argv[4])).open()
    store.writer_lock().acquire()
    print("held", flush=True)
    time.sleep(600)
""")


def test_a_sigkilled_holders_lease_expires(neo4j_store, neo4j_url, neo4j_auth) -> None:
    ttl = 3.0
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, neo4j_url, *neo4j_auth, str(ttl)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        time.sleep(2 * ttl)  # alive, it renews its lease: still held past the ttl
        other = Neo4jStore(neo4j_url, username=neo4j_auth[0], password=neo4j_auth[1], lock_ttl=ttl).open()
        with pytest.raises(StoreLockedError, match=f"pid {proc.pid} "):
            other.writer_lock().acquire()
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        deadline = time.monotonic() + 30
        taken = None
        while taken is None and time.monotonic() < deadline:
            try:
                taken = other.writer_lock().acquire()
            except StoreLockedError:
                time.sleep(0.5)
        assert taken is not None, "the dead holder's lease never expired"
        with pytest.raises(StoreLockedError, match=f"pid {os.getpid()} "):
            neo4j_store.writer_lock().acquire()
        taken.release()
        other.close()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_writer_whose_lease_was_taken_over_cannot_write(neo4j_store, neo4j_url, neo4j_auth) -> None:
    lease = neo4j_store.writer_lock().acquire()
    lease._stop.set()  # a holder that stalled: it no longer renews
    neo4j_store.run_cypher("MATCH (l:Lock) SET l.expires = 0", write=True)  # and its lease ran out
    other = Neo4jStore(neo4j_url, username=neo4j_auth[0], password=neo4j_auth[1]).open()
    with other.writer_lock(), pytest.raises(StoreError, match="^lost the write lock of "):
        neo4j_store.write(_one_report_batch())
    lease.release()
    other.close()
    assert neo4j_store.report_ids() == set()


def _one_report_batch():
    from sitgraph.graph.model import Batch, NodeRecord, props

    return Batch((NodeRecord("Report", "report:x", props(title="x")),))


def test_force_after_an_alias_change_equals_a_fresh_ingest(tmp_path, neo4j_store) -> None:
    csv_path = write_acled(tmp_path / "a.csv", 24)
    aliases = tmp_path / "aliases.csv"
    aliases.write_text(ALIASES, encoding="utf-8")
    changed = Resolver.default(str(aliases))
    ingest([str(csv_path)], neo4j_store, Resolver.default(), IngestOptions(batch_reports=5))
    before = export(neo4j_store)
    forced = ingest([str(csv_path)], neo4j_store, changed, IngestOptions(batch_reports=7, force=True))
    assert forced.written == 24
    with SqliteStore(tmp_path / "fresh.db").open() as fresh:
        ingest([str(csv_path)], fresh, changed)
        assert export(neo4j_store) == export(fresh)
        assert before != export(fresh)
        assert perpetrated(neo4j_store) == perpetrated(fresh)
    assert neo4j_store.get_node("actor:russia") is None
