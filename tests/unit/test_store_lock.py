"""One writer at a time on the embedded store: a second ingest is refused, naming the
first; readers go on; the lock dies with its holder, however the holder dies."""

from __future__ import annotations

import dataclasses
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.graph.locks import FileLock, LockOwner, StoreLockedError
from sitgraph.graph.sqlite_store import SqliteStore
from sitgraph.loaders.pipeline import ingest
from sitgraph.loaders.resolve import Resolver

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_pipeline_ingest import _report_count, ingest_cmd, write_acled  # noqa: E402 - corpus generators


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver.default()


def test_second_writer_is_refused_naming_the_holder_and_readers_go_on(tmp_path, resolver) -> None:
    csv_path = write_acled(tmp_path / "a.csv", 6)
    db = tmp_path / "g.db"
    url = f"sqlite:///{db}"
    runner = CliRunner()
    with SqliteStore(db).open() as store, store.writer_lock():
        r = runner.invoke(main, ["--store", url, "--no-progress", "ingest", str(csv_path)])
        assert r.exit_code == 1
        lines = r.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"Error: store {db} is being written by another ingest")
        assert f"pid {os.getpid()} on {socket.gethostname()}" in lines[0]
        with pytest.raises(StoreLockedError):
            ingest([str(csv_path)], store, resolver)
        assert store.report_ids() == set()  # refused before anything was written
        r = runner.invoke(main, ["--store", url, "stats", "--format", "json"])
        assert r.exit_code == 0, r.output  # reading is not writing
    r = runner.invoke(main, ["--store", url, "--no-progress", "ingest", str(csv_path)])
    assert r.exit_code == 0, r.output
    assert "ingested 6 reports" in r.output


def test_lock_is_released_on_errors_and_can_be_taken_again(tmp_path, resolver) -> None:
    db = tmp_path / "g.db"
    with SqliteStore(db).open() as store:
        with pytest.raises(RuntimeError), store.writer_lock():
            raise RuntimeError("boom")
        with store.writer_lock():
            with pytest.raises(StoreLockedError), FileLock(Path(f"{db}.lock"), str(db)):
                pass
        with store.writer_lock():
            pass


_HOLDER = textwrap.dedent("""
    import sys, time
    from sitgraph.graph.sqlite_store import SqliteStore
    store = SqliteStore(sys.argv[1]).open()
    lock = store.writer_lock().acquire()
    print("held", flush=True)
    time.sleep(600)
""")


def test_a_sigkilled_holder_leaves_no_lock(tmp_path) -> None:
    db = tmp_path / "g.db"
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        with SqliteStore(db).open() as store:
            with pytest.raises(StoreLockedError, match=f"pid {proc.pid} "):
                store.writer_lock().acquire()
            proc.send_signal(signal.SIGKILL)
            proc.wait(30)
            with store.writer_lock():  # the kernel dropped the dead holder's lock
                pass
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_two_cli_ingests_at_once_one_is_refused_then_a_rerun_completes(tmp_path, resolver) -> None:
    csv_path = write_acled(tmp_path / "a.csv", 40)
    db = tmp_path / "g.db"
    lock_file = Path(f"{db}.lock")
    # The first ingest reads standard input, so it holds the lock for as long as we wait.
    first = subprocess.Popen(ingest_cmd(db, "-", "--format", "json"), stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while f'"pid": {first.pid}' not in _text(lock_file) and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        second = subprocess.run(ingest_cmd(db, str(csv_path)), capture_output=True, text=True, timeout=120)
        assert second.returncode == 1
        assert second.stderr.startswith(f"Error: store {db} is being written by another ingest: pid {first.pid} ")
        assert second.stdout == "" and len(second.stderr.splitlines()) == 1
        report = b"Russian warplanes struck the hospital in Kafranbel on Sunday, killing two civilians."
        out, err = first.communicate(report, timeout=120)
        assert first.returncode == 0, err
        assert b'"written": 1,' in out
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    third = subprocess.run(ingest_cmd(db, str(csv_path)), capture_output=True, text=True, timeout=120)
    assert third.returncode == 0, third.stderr
    assert "ingested 40 reports" in third.stdout and "0 already in the store" in third.stdout
    assert _report_count(db) == 41


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def test_an_owner_is_dead_here_only_when_its_pid_is_gone_from_this_host() -> None:
    me = LockOwner.current()
    assert not me.is_dead_here()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    assert dataclasses.replace(me, pid=gone.pid).is_dead_here()
    assert not dataclasses.replace(me, pid=gone.pid, host=me.host + "-elsewhere").is_dead_here()
