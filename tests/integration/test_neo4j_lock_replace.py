"""Neo4j: one writer at a time (a lease that a killed holder lets expire), and re-ingest
that replaces a report's records as the embedded store does."""

from __future__ import annotations

import os
import re
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
from test_reingest_replaces import (  # noqa: E402 - the changed resolution, the store-level check
    ALIASES,
    check_replacing_takes_a_reports_names_and_records_away,
    perpetrated,
)


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
        left = re.search(r"; if it was killed, its lock expires within (\d+) s$", lines[0])
        assert left is not None and 0 < int(left.group(1)) <= 60
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


def test_a_sigkilled_holder_on_this_host_frees_the_lease_at_once(neo4j_store, neo4j_url, neo4j_auth) -> None:
    ttl = 2.0
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, neo4j_url, *neo4j_auth, str(ttl)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        time.sleep(2 * ttl)  # alive, it renews its lease: still held past the ttl
        with pytest.raises(StoreLockedError, match=f"pid {proc.pid} "):
            neo4j_store.writer_lock().acquire()
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        with neo4j_store.writer_lock():  # its pid is gone from this host: no need to wait
            pass
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_lease_of_a_holder_elsewhere_expires(neo4j_store, neo4j_url, neo4j_auth) -> None:
    # What a holder on another machine, killed a moment ago, leaves.
    neo4j_store.run_cypher("CREATE (:Lock {id: 'ingest', token: 'x', user: 'ana', host: 'elsewhere', pid: 4242, "
                           "since: '2020-01-01T00:00:00Z', expires: timestamp() + 3000})", write=True)
    with pytest.raises(StoreLockedError, match="pid 4242 on elsewhere [(]user ana, since 2020-01-01T00:00:00Z[)]"):
        neo4j_store.writer_lock().acquire()
    deadline = time.monotonic() + 30
    taken = None
    while taken is None and time.monotonic() < deadline:
        try:
            taken = neo4j_store.writer_lock().acquire()
        except StoreLockedError:
            time.sleep(0.5)
    assert taken is not None, "the lease never expired"
    with pytest.raises(StoreLockedError, match=f"pid {os.getpid()} "):
        neo4j_store.writer_lock().acquire()
    taken.release()


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


def test_replacing_takes_a_reports_names_and_records_away(tmp_path, neo4j_store) -> None:
    with SqliteStore(tmp_path / "fresh.db").open() as fresh:
        check_replacing_takes_a_reports_names_and_records_away(neo4j_store, fresh)
