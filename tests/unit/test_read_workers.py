"""`sitgraph read --workers N`: its parsing processes end with it, whatever signal ends it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_pipeline_workers import descendants, running  # noqa: E402 - reads processes from /proc

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")

PAGE = ("<html><head><title>Shelling report {i}</title>"
        '<meta property="article:published_time" content="2019-05-{day:02d}"></head>'
        "<body><article>{paras}</article></body></html>")


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    """200 saved pages whose text, printed whole, fills the pipe the test leaves unread."""
    folder = tmp_path_factory.mktemp("read-workers") / "pages"
    folder.mkdir()
    for i in range(200):
        paras = "".join(f"<p>Artillery shelled the outskirts of the town for the {k}th day, report {i} "
                        f"said, and families fled towards the border crossing.</p>" for k in range(12))
        (folder / f"p{i:03d}.html").write_text(PAGE.format(i=i, day=1 + i % 28, paras=paras), encoding="utf-8")
    return folder


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_read_workers_end_with_the_command(pages, sig) -> None:
    children: dict[int, int] = {}
    # Nothing reads the command's output until it is signalled, so it blocks writing with
    # its pool alive: the signal finds the workers there, busy or idle.
    proc = subprocess.Popen([sys.executable, "-m", "sitgraph.cli", "read", str(pages), "--workers", "2",
                             "--format", "jsonl", "--chars", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while len(children) < 2 and proc.poll() is None and time.monotonic() < deadline:
            children = descendants(proc.pid)
            time.sleep(0.1)
        assert proc.poll() is None and len(children) >= 2, f"workers never started ({children})"
        time.sleep(2.0)
        children.update(descendants(proc.pid))
        proc.send_signal(sig)
        try:
            out, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:  # someone still holds the output open: a worker
            pytest.fail(f"output still open a minute after the signal; running: {running(children)}")
        assert proc.returncode == (-signal.SIGKILL if sig == signal.SIGKILL else 128 + signal.SIGTERM)
        deadline = time.monotonic() + 20
        while running(children) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert running(children) == []
        if sig == signal.SIGTERM:
            assert b"Traceback" not in err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pid in running(children):  # a failed run leaves no stray processes behind
            os.kill(pid, signal.SIGKILL)


# A pool ended while its futures are pending, cancelled or running, many times in one
# process, the last time on the way out of the interpreter (as SIGTERM ends `read`). Before
# terminate() waited for the executor's threads, most runs printed a thread's traceback:
# a cancelled future failed by the executor thread, a pending entry missing under it, or a
# pipe closed at exit under the thread writing to it.
STRESS = """
import time
from sitgraph.loaders.workers import Terminated, start_pool, terminate

for r in range({rounds}):
    pool = start_pool(2, int)
    try:
        results = pool.map(time.sleep, [0.002] * 400, chunksize=4)
        for _ in range(r % 5):
            next(results)
        raise Terminated()
    except BaseException:
        terminate(pool)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
pool = start_pool(2, int)
results = pool.map(time.sleep, [0.002] * 400, chunksize=4)
next(results)
try:
    raise Terminated()
except BaseException:
    terminate(pool)
    raise
"""


def test_terminate_leaves_no_thread_traceback_under_stress() -> None:
    done = subprocess.run([sys.executable, "-c", STRESS.format(rounds=25)], capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 128 + signal.SIGTERM, done.stderr[-3000:]
    assert "Traceback" not in done.stderr and "Exception in thread" not in done.stderr, done.stderr[-3000:]


def test_terminate_returns_after_the_pools_threads_and_workers() -> None:
    import time as _time
    from concurrent.futures import CancelledError
    from concurrent.futures.process import BrokenProcessPool

    from sitgraph.loaders.workers import start_pool, terminate

    pool = start_pool(2, int)
    futures = [pool.submit(_time.sleep, 0.05) for _ in range(40)]
    futures[0].result(timeout=60)
    manager = pool._executor_manager_thread
    feeder = pool._call_queue._thread
    workers = list(pool._processes.values())
    terminate(pool)
    assert not manager.is_alive()
    assert feeder is None or not feeder.is_alive()
    assert [p.is_alive() for p in workers] == [False, False]
    outcomes = set()
    for f in futures:
        assert f.done()
        try:
            f.result(timeout=0)
            outcomes.add("result")
        except CancelledError:
            outcomes.add("cancelled")
        except BrokenProcessPool:
            outcomes.add("broken")
    assert "cancelled" in outcomes  # the tail never started
    assert futures[-1].cancelled()
