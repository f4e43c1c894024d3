"""Reads yielding to an ingest: the read share (on a fake clock), the cached look at the
lease, and the Neo4j store's choice between them and the cap (on a driver stand-in)."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sitgraph.graph.neo4j_store import Neo4jStore
from sitgraph.graph.read_cap import ReadShare, Recheck
from sitgraph.graph.store import StoreError

sys.path.insert(0, str(Path(__file__).parent))
from driver_standin import DriverStandIn  # noqa: E402


class _Clock:
    """A clock that only moves when told: reads and sleeps advance it."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def _share(share: float) -> tuple[ReadShare, _Clock]:
    clock = _Clock()
    return ReadShare(share, clock=clock, sleep=clock.sleep), clock


def _read(clock: _Clock, seconds: float, starts: list[float]) -> Any:
    def read() -> float:
        starts.append(clock.now)
        clock.now += seconds
        return seconds
    return read


def test_back_to_back_reads_are_spaced_to_the_share() -> None:
    share, clock = _share(0.25)
    starts: list[float] = []
    results = [share.run(_read(clock, d, starts)) for d in (1.0, 2.0, 0.5)]
    assert results == [1.0, 2.0, 0.5]  # each read's own result
    # 1 s read, 3 s idle; 2 s read, 6 s idle; then the third
    assert starts == [0.0, 4.0, 12.0]
    assert clock.slept == [3.0, 6.0]
    assert share.reads == 3 and share.idle == 9.0
    busy = 1.0 + 2.0 + 0.5
    assert busy / (clock.now + share.pause_after(0.5)) == 0.25  # the share, the last pause included


def test_a_read_after_the_pause_has_passed_starts_at_once() -> None:
    share, clock = _share(0.5)
    starts: list[float] = []
    share.run(_read(clock, 2.0, starts))  # the next may start at 4
    clock.now = 10.0  # an analyst reads the answer for 8 s
    share.run(_read(clock, 1.0, starts))
    assert starts == [0.0, 10.0] and clock.slept == []
    clock.now = 11.5  # back before the pause of 1 s is over: waits the rest
    share.run(_read(clock, 1.0, starts))
    assert starts == [0.0, 10.0, 12.0] and clock.slept == [0.5]


def test_a_share_of_one_never_idles() -> None:
    share, clock = _share(1.0)
    starts: list[float] = []
    for d in (1.0, 3.0, 0.25):
        share.run(_read(clock, d, starts))
    assert starts == [0.0, 1.0, 4.0] and clock.slept == [] and share.pause_after(5.0) == 0.0


def test_a_failed_read_raises_and_still_sets_the_pause() -> None:
    share, clock = _share(0.2)

    def failing() -> None:
        clock.now += 1.0
        raise RuntimeError("server said no")

    with pytest.raises(RuntimeError, match="server said no"):
        share.run(failing)
    starts: list[float] = []
    share.run(_read(clock, 1.0, starts))
    assert starts == [5.0] and share.reads == 2


@pytest.mark.parametrize("bad", [0.0, -0.5, 1.5])
def test_a_share_outside_zero_to_one_is_refused(bad: float) -> None:
    with pytest.raises(ValueError, match="more than 0 and at most 1"):
        ReadShare(bad)
    with pytest.raises(StoreError, match="more than 0 and at most 1"):
        Neo4jStore("bolt://127.0.0.1:1", read_share_during_ingest=bad)


def test_reads_take_turns_one_at_a_time() -> None:
    share = ReadShare(1.0)
    inside = threading.Event()
    go_on = threading.Event()
    order: list[str] = []

    def first() -> None:
        order.append("first in")
        inside.set()
        go_on.wait(10)
        order.append("first out")

    a = threading.Thread(target=share.run, args=(first,))
    a.start()
    assert inside.wait(10)
    b = threading.Thread(target=share.run, args=(lambda: order.append("second"),))
    b.start()
    deadline = time.monotonic() + 10
    while not share._turn._waiting:  # the second queues behind the first
        assert time.monotonic() < deadline, "the second read never queued"
        time.sleep(0.001)
    assert order == ["first in"]
    go_on.set()
    a.join(10)
    b.join(10)
    assert order == ["first in", "first out", "second"]


def test_recheck_asks_again_only_after_its_interval() -> None:
    clock = _Clock()
    answers = iter([True, False])
    seen = Recheck(lambda: next(answers), every=2.0, clock=clock)
    assert [seen(), seen()] == [True, True] and seen.probes == 1
    clock.now = 1.9
    assert seen() is True and seen.probes == 1
    clock.now = 2.0
    assert seen() is False and seen.probes == 2


# --- the store's choice ------------------------------------------------------------------


class _Driver(DriverStandIn):
    """Sessions that run a transaction's work at once and count them."""

    def __init__(self) -> None:
        self.runs = 0

    def run(self, work: Any) -> Any:
        self.runs += 1
        return work(None)


def _store(share: float | None, lease_seen: list[bool], cap: int | None = None) -> Neo4jStore:
    store = Neo4jStore("bolt://127.0.0.1:1", read_share_during_ingest=share, max_concurrent_reads=cap,
                       lease_check_every=0.0)
    store._driver = _Driver()
    store._ingest_seen = Recheck(lambda: lease_seen[0], 0.0)
    return store


def _read_once(store: Neo4jStore, write: bool = False) -> str:
    return store._transact(lambda tx: "rows", read=not write, failed=RuntimeError)


def test_the_store_paces_reads_only_while_another_holds_the_lease() -> None:
    lease = [False]
    store = _store(0.5, lease)
    assert _read_once(store) == "rows" and store._share.reads == 0  # no ingest: not paced
    lease[0] = True
    assert _read_once(store) == "rows" and store._share.reads == 1  # an ingest: paced
    assert _read_once(store, write=True) == "rows" and store._share.reads == 1  # writes never
    lease[0] = False
    assert _read_once(store) == "rows" and store._share.reads == 1
    assert store._driver.runs == 4


def test_the_lease_holders_own_reads_and_stores_without_a_share_are_not_paced() -> None:
    lease = [True]
    holder = _store(0.5, lease)
    holder._lease = object()  # type: ignore[assignment] - this store is the ingest's
    assert _read_once(holder) == "rows" and holder._share.reads == 0
    plain = _store(None, lease, cap=2)
    assert _read_once(plain) == "rows" and plain._share is None and not plain._yields_to_ingest()


def test_the_cli_passes_the_share_to_the_store(monkeypatch, store_options: dict) -> None:
    from sitgraph.cli import main
    from sitgraph.commands import common

    seen = store_options
    monkeypatch.setenv("SITGRAPH_READ_SHARE_DURING_INGEST", "0.3")
    result = CliRunner().invoke(main, ["--store", "bolt://127.0.0.1:1", "stats"])
    assert result.exit_code == 1 and "stopped here" in result.output and seen["read_share_during_ingest"] == 0.3
    result = CliRunner().invoke(main, ["--store", "bolt://127.0.0.1:1", "--read-share-during-ingest", "0.5", "stats"])
    assert seen["read_share_during_ingest"] == 0.5
    for bad in ("0", "1.5", "x"):
        assert CliRunner().invoke(main, ["--read-share-during-ingest", bad, "stats"]).exit_code == 2
    assert common.Context("x", None, True).read_share_during_ingest is None
