"""The Neo4j store's cap on concurrent reads (``max_concurrent_reads``), on a driver stand-in
that records how many transactions run at once: reads over the cap wait, writes do not."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sitgraph.graph.neo4j_store import Neo4jStore
from sitgraph.graph.store import StoreError

sys.path.insert(0, str(Path(__file__).parent))
from driver_standin import DriverStandIn  # noqa: E402


class _Driver(DriverStandIn):
    """Sessions whose transactions meet at a barrier of ``meet`` parties (so that many run
    together when nothing stops them) and count how many ran at once."""

    def __init__(self, meet: int) -> None:
        self.barrier = threading.Barrier(meet, timeout=2)
        self.lock = threading.Lock()
        self.now = self.most = 0

    def run(self, work: Any) -> Any:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        try:
            self.barrier.wait()
        except threading.BrokenBarrierError:
            pass  # fewer could meet: the cap held them back
        finally:
            with self.lock:
                self.now -= 1
        return work(None)



def _most_at_once(cap: int | None, threads: int, meet: int, write: bool = False) -> int:
    store = Neo4jStore("bolt://127.0.0.1:1", max_concurrent_reads=cap)
    store._driver = driver = _Driver(meet)
    run = [threading.Thread(target=store._transact, args=(lambda tx: None,),
                            kwargs={"read": not write, "failed": RuntimeError}) for _ in range(threads)]
    for t in run:
        t.start()
    for t in run:
        t.join(10)
    return driver.most


def test_reads_over_the_cap_wait_for_a_place() -> None:
    assert _most_at_once(cap=2, threads=6, meet=2) == 2
    assert _most_at_once(cap=1, threads=4, meet=2) == 1


def test_without_a_cap_or_for_writes_nothing_waits() -> None:
    assert _most_at_once(cap=None, threads=5, meet=5) == 5
    assert _most_at_once(cap=1, threads=3, meet=3, write=True) == 3


def test_a_cap_below_one_is_refused() -> None:
    with pytest.raises(StoreError, match="at least 1"):
        Neo4jStore("bolt://127.0.0.1:1", max_concurrent_reads=0)


def test_the_cli_passes_the_cap_to_the_store(monkeypatch, store_options: dict) -> None:
    from sitgraph.cli import main
    from sitgraph.commands import common

    seen = store_options
    monkeypatch.setenv("SITGRAPH_MAX_CONCURRENT_READS", "3")
    result = CliRunner().invoke(main, ["--store", "bolt://127.0.0.1:1", "stats"])
    assert result.exit_code == 1 and "stopped here" in result.output and seen["max_concurrent_reads"] == 3
    assert CliRunner().invoke(main, ["--max-concurrent-reads", "0", "stats"]).exit_code == 2
    assert common.Context("x", None, True).max_concurrent_reads is None
