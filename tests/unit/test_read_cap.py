"""The read cap: at most N holders, waiters served in the order they came."""

from __future__ import annotations

import threading
import time

import pytest

from sitgraph.graph.read_cap import ReadCap


def _queued(cap: ReadCap, n: int) -> None:
    deadline = time.monotonic() + 10
    while len(cap._waiting) < n:
        assert time.monotonic() < deadline, "a thread never queued"
        time.sleep(0.001)


def test_a_freed_place_goes_to_the_thread_that_waited_longest() -> None:
    cap = ReadCap(1)
    order: list[int] = []
    cap.acquire()

    def reader(i: int) -> None:
        with cap:
            order.append(i)

    threads = []
    for i in range(5):
        t = threading.Thread(target=reader, args=(i,))
        t.start()
        _queued(cap, i + 1)  # each queues before the next starts
        threads.append(t)
    assert order == []  # all wait while the place is held
    cap.release()
    for t in threads:
        t.join(10)
    assert order == [0, 1, 2, 3, 4]


def test_two_places_hold_two_and_queue_the_third() -> None:
    cap = ReadCap(2)
    cap.acquire()
    cap.acquire()
    got = threading.Event()
    t = threading.Thread(target=lambda: (cap.acquire(), got.set()))
    t.start()
    _queued(cap, 1)
    assert not got.is_set()
    cap.release()
    t.join(10)
    assert got.is_set() and cap._free == 0 and not cap._waiting
    cap.release()
    cap.release()
    assert cap._free == 2


def test_misuse_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        ReadCap(0)
    cap = ReadCap(1)
    with pytest.raises(ValueError, match="more often"):
        cap.release()
