"""Ingest on a Dask cluster: the same graph as one process, a killed worker, a resumed run,
fsspec URLs, and the bulk CSV files. Local clusters only; no external services."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("distributed")

from distributed import Client, LocalCluster  # noqa: E402

from sitgraph.cli import main  # noqa: E402
from sitgraph.graph.export import write_csv  # noqa: E402
from sitgraph.graph.sqlite_store import SqliteStore  # noqa: E402
from sitgraph.loaders.distributed import Cluster, ClusterError, Scheduler, connect, parse_scheduler  # noqa: E402
from sitgraph.loaders.pipeline import IngestOptions, ingest  # noqa: E402
from sitgraph.loaders.resolve import Resolver  # noqa: E402
from sitgraph.loaders.urls import expand_url, read_url  # noqa: E402

TOWNS = ["Kafranbel", "Saraqib", "Khan Shaykhun", "Ariha", "Maarat al-Numan", "Jisr al-Shughur"]
DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday"]
SENTENCES = [
    "Russian warplanes struck the hospital in {town} on {day}, killing {n} civilians.",
    "Syrian regime helicopters dropped barrel bombs on {town} on {day}, wounding {n} people.",
    "Hayat Tahrir al-Sham fighters attacked army positions near {town} on {day}, killing {n} soldiers.",
    "The White Helmets said an airstrike hit the market of {town} on {day}, killing {n} people.",
]


def report_text(i: int) -> str:
    """A generated report: two events a report, so several reports tell the same one."""
    parts = [SENTENCES[(i + k) % 4].format(town=TOWNS[(i + 2 * k) % 6], day=DAYS[i % 4], n=2 + (i + k) % 5)
             for k in range(2)]
    return f"---\npublished: 2019-05-{10 + i % 9:02d}\nsource: test\n---\n{' '.join(parts)} (bulletin {i})\n"


def write_corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"r{i:03d}.txt").write_text(report_text(i), encoding="utf-8")
    return folder


def export(db: Path) -> str:
    with SqliteStore(db).open() as store:
        from sitgraph.graph.export import json_text

        return json_text(store)


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver.default()


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes, shared by the tests of this module."""
    local = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                         silence_logs=50)
    client = Client(local)
    try:
        yield Cluster(client, local)
    finally:
        client.close()
        local.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"), 30)


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory, resolver) -> tuple[str, int]:
    """The graph of a single-process ingest of the corpus, and its report count."""
    db = tmp_path_factory.mktemp("single") / "g.db"
    with SqliteStore(db).open() as store:
        s = ingest([str(corpus)], store, resolver, IngestOptions(batch_reports=4))
    assert s.written == 30 and s.failures == () and s.events > 30 and s.links > 0
    return export(db), s.written


def run(paths, db: Path, resolver: Resolver, cluster, on_progress=None, **opts):
    with SqliteStore(db).open() as store:
        return ingest([str(p) for p in paths], store, resolver, IngestOptions(**opts), on_progress, cluster=cluster)


def test_parse_scheduler_accepts_addresses_and_local_counts_only() -> None:
    assert parse_scheduler("local:3") == Scheduler(local=3)
    assert parse_scheduler("tcp://10.0.0.5:8786") == Scheduler(address="tcp://10.0.0.5:8786")
    for bad in ("local:0", "local:x", "local:", "10.0.0.5:8786", "tcp://"):
        with pytest.raises(ClusterError):
            parse_scheduler(bad)


def test_cluster_ingest_gives_the_single_process_graph(corpus, single, tmp_path, resolver, cluster) -> None:
    graph, n = single
    s = run([corpus], tmp_path / "d.db", resolver, cluster, batch_reports=4, chunk_reports=3)
    assert (s.written, s.files, s.failures) == (n, n, ())
    assert export(tmp_path / "d.db") == graph
    again = run([corpus], tmp_path / "d.db", resolver, cluster)
    assert (again.written, again.already) == (0, n)


def test_a_worker_killed_mid_task_is_retried_and_the_graph_is_the_same(corpus, single, tmp_path, resolver,
                                                                       cluster) -> None:
    graph, n = single
    client = cluster.client
    killed: list[str] = []

    def kill_a_busy_worker(progress) -> None:
        if killed:
            return
        busy = [w for w, keys in client.processing().items() if keys]
        if busy:
            pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            killed.append(busy[0])

    s = run([corpus], tmp_path / "k.db", resolver, cluster, kill_a_busy_worker, batch_reports=2, chunk_reports=2)
    assert killed, "no worker was busy when the first batch was written"
    assert (s.written, s.failures) == (n, ())
    assert export(tmp_path / "k.db") == graph
    assert killed[0] not in client.scheduler_info()["workers"]  # that worker is gone, its tasks ran elsewhere
    client.wait_for_workers(2, timeout=300)  # the nanny restarts it (spaCy loads again) for the next tests


class Interrupted(Exception):
    pass


def test_a_rerun_after_an_interruption_finishes_the_work(corpus, single, tmp_path, resolver, cluster) -> None:
    graph, n = single
    writes = []

    def stop_after_two_batches(progress) -> None:
        writes.append(progress.written)
        if len(writes) == 2:
            raise Interrupted

    with pytest.raises(Interrupted):
        run([corpus], tmp_path / "i.db", resolver, cluster, stop_after_two_batches, batch_reports=5)
    assert writes == [5, 10]
    rerun = run([corpus], tmp_path / "i.db", resolver, cluster, batch_reports=5)
    assert (rerun.written, rerun.already) == (n - 10, 10)
    assert export(tmp_path / "i.db") == graph


def test_file_urls_are_read_on_the_workers(corpus, single, tmp_path, resolver, cluster) -> None:
    graph, n = single
    s = run([corpus.as_uri(), "file:///nonexistent-folder/r.txt"], tmp_path / "u.db", resolver, cluster)
    assert s.written == n
    assert [f.error for f in s.failures] == ["file:///nonexistent-folder/r.txt: no such file or directory"]
    # Paths in the graph are the URLs read; the rest is the same graph.
    assert export(tmp_path / "u.db").replace(corpus.as_uri(), str(corpus)) == graph


def test_memory_urls_on_a_threaded_cluster(tmp_path, resolver) -> None:
    import fsspec

    fs = fsspec.filesystem("memory")
    for i in range(6):
        fs.pipe(f"/reports/r{i}.txt", report_text(i).encode())
    fs.pipe("/reports/.hidden.txt", report_text(99).encode())
    fs.pipe("/reports/notes.bin", b"\x00\x01")
    fs.pipe("/reports/a/r9.txt", report_text(9).encode())
    try:
        # A folder's files (sorted) before its subfolders, as a local directory walk.
        assert list(expand_url("memory://reports")) == (
            ["memory:///reports/notes.bin"] + [f"memory:///reports/r{i}.txt" for i in range(6)]
            + ["memory:///reports/a/r9.txt"])
        assert list(expand_url("memory://reports/r[0-1].txt")) == ["memory:///reports/r0.txt",
                                                                   "memory:///reports/r1.txt"]
        assert read_url("memory:///reports/notes.bin").skipped
        assert read_url("memory:///reports/none.txt").error == "memory:///reports/none.txt: no such file or directory"
        # A memory filesystem lives in one process: workers as threads of this one see it.
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0") as local, \
                Client(local) as client:
            s = run(["memory://reports/"], tmp_path / "m.db", resolver, Cluster(client, local))
        local_run = run(["memory://reports/"], tmp_path / "l.db", resolver, None)
    finally:
        fs.rm("/reports", recursive=True)
    assert (s.files, s.written, s.skipped_files, s.failures) == (8, 7, 1, ())
    assert local_run.written == 7 and export(tmp_path / "m.db") == export(tmp_path / "l.db")


def test_cli_local_scheduler_and_bulk_csv_match_a_normal_ingest(corpus, single, tmp_path) -> None:
    graph, n = single
    runner = CliRunner()
    db = tmp_path / "c.db"
    r = runner.invoke(main, ["--store", f"sqlite:///{db}", "--no-progress", "ingest", str(corpus),
                             "--scheduler", "local:2", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["written"] == n
    assert "dask: 2 worker threads;" in r.stderr
    assert export(db) == graph
    bulk = tmp_path / "bulk"
    r = runner.invoke(main, ["--no-progress", "ingest", str(corpus), "--bulk-csv", str(bulk)])
    assert r.exit_code == 0, r.output
    assert "neo4j-admin database import full" in r.stdout and "--nodes=nodes_Event.csv" in r.stdout
    ref = tmp_path / "ref"
    with SqliteStore(db).open() as store:
        write_csv(store, ref)
    names = sorted(p.name for p in ref.iterdir())
    assert sorted(p.name for p in bulk.iterdir() if not p.name.startswith("staging.sqlite")) == names
    for name in names:
        assert (bulk / name).read_bytes() == (ref / name).read_bytes(), name
    r = runner.invoke(main, ["--no-progress", "ingest", str(corpus), "--bulk-csv", str(bulk), "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["already"] == n


def _worker_state(dask_worker) -> tuple[bool, bool, list[str]]:
    import dask

    from sitgraph.loaders.distributed import _MODELS

    return (dask.config.get("distributed.worker.profile.enabled"),
            dask.config.get("distributed.worker.memory.terminate"), sorted(dask_worker.plugins), list(_MODELS))


def test_a_local_cluster_loads_the_model_as_its_workers_start_and_runs_lean() -> None:
    import dask

    saturation = dask.config.get("distributed.scheduler.worker-saturation")
    with connect("local:1") as cluster:
        (state,) = cluster.client.run(_worker_state).values()
        # Set while the cluster is open (the scheduler lives in this process), not after.
        assert dask.config.get("distributed.scheduler.worker-saturation") == "inf"
    assert state[:2] == (False, False)
    assert "sitgraph-spacy-default" in state[2] and state[3] == [None]
    assert dask.config.get("distributed.scheduler.worker-saturation") == saturation != "inf"


def test_a_missing_model_is_one_line_naming_it(corpus) -> None:
    from sitgraph.loaders.distributed import extract_on_cluster
    from sitgraph.loaders.pipeline import IngestProgress, Tally

    with connect("local:1", model="no_such_model_here") as cluster:
        with pytest.raises(ClusterError, match="could not load the spaCy model .*no_such_model_here"):
            list(extract_on_cluster(cluster, [str(corpus)], IngestOptions(model="no_such_model_here"),
                                    Tally(IngestProgress(), set())))


def test_cli_scheduler_misuse(corpus) -> None:
    runner = CliRunner()
    r = runner.invoke(main, ["--no-progress", "ingest", str(corpus), "--workers", "2", "--scheduler", "local:2"])
    assert r.exit_code == 2 and "exclude each other" in r.output
    r = runner.invoke(main, ["--no-progress", "ingest", str(corpus), "--scheduler", "localhost"])
    assert r.exit_code == 1 and "expected tcp://HOST:PORT or local:N" in r.output
