"""Worker processes end with the ingest that started them, whatever signal ends it."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitgraph.graph.sqlite_store import SqliteStore

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_pipeline_ingest import ingest_cmd  # noqa: E402 - the CLI command line

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")

TOWNS = ["Kafranbel", "Saraqib", "Khan Shaykhun", "Ariha", "Maarat al-Numan", "Jisr al-Shughur"]


def write_reports(folder: Path, n: int) -> Path:
    """``n`` short text reports of air strikes, each a little different."""
    folder.mkdir()
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        text = (f"---\npublished: 2019-05-{1 + i % 28:02d}\n---\n"
                f"Russian warplanes struck the market in {town} on Sunday, killing {i % 9 + 2} civilians, "
                f"the White Helmets said. Report {i}: regime helicopters dropped barrel bombs on nearby "
                f"villages, wounding {i % 7 + 1} people.\n") * 3
        (folder / f"r{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def _stat(pid: int) -> tuple[str, int, int] | None:
    """(state, parent pid, start time) of a process, or None when it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2:].split()
    return fields[0], int(fields[1]), int(fields[19])


def descendants(pid: int) -> dict[int, int]:
    """Every living descendant of ``pid``: {pid: start time}."""
    parents: dict[int, list[int]] = {}
    starts: dict[int, int] = {}
    for p in Path("/proc").iterdir():
        if p.name.isdigit() and (st := _stat(int(p.name))) is not None:
            parents.setdefault(st[1], []).append(int(p.name))
            starts[int(p.name)] = st[2]
    out: dict[int, int] = {}
    todo = list(parents.get(pid, ()))
    while todo:
        child = todo.pop()
        out[child] = starts[child]
        todo.extend(parents.get(child, ()))
    return out


def running(procs: dict[int, int]) -> list[int]:
    """Those of ``procs`` still running (a zombie or a new process under a reused pid is not)."""
    out = []
    for pid, start in procs.items():
        st = _stat(pid)
        if st is not None and st[0] not in ("Z", "X") and st[2] == start:
            out.append(pid)
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_reports(tmp_path_factory.mktemp("workers") / "reports", 300)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_workers_end_with_the_ingest(tmp_path, corpus, sig) -> None:
    proc = subprocess.Popen(ingest_cmd(tmp_path / "g.db", str(corpus), "--workers", "2", "--batch-size", "4"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        children: dict[int, int] = {}
        deadline = time.monotonic() + 120
        while len(children) < 2 and proc.poll() is None and time.monotonic() < deadline:
            children = descendants(proc.pid)
            time.sleep(0.1)
        assert proc.poll() is None and len(children) >= 2, f"workers never started ({children})"
        time.sleep(2.0)  # let the workers get busy (or be loading the model: either must end)
        children.update(descendants(proc.pid))  # two workers and multiprocessing's resource tracker
        assert len(children) >= 2
        proc.send_signal(sig)
        code = proc.wait(60)
        assert code == (-signal.SIGKILL if sig == signal.SIGKILL else 128 + signal.SIGTERM)
        deadline = time.monotonic() + 20
        while running(children) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert running(children) == []
        if sig == signal.SIGTERM:  # ended cleanly: no traceback, no worker noise
            assert b"Traceback" not in (proc.stderr.read() if proc.stderr else b"")
        with SqliteStore(tmp_path / "g.db").open() as store, store.writer_lock():
            pass  # the store's lock went with the ingest
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
