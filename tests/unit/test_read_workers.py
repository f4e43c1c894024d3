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
