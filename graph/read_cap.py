"""Ways for the reads of one process to leave a writer on the same server its share.

:class:`ReadCap` is a counting semaphore with a first-come, first-served queue: a thread
over the cap waits, and a place freed goes straight to the thread that has waited longest.
``threading.Semaphore`` promises no order, and in practice the thread that releases a place
takes it again before a sleeping waiter wakes, so one reader can run query after query
while another waits a minute. Cost: one lock and, for a waiting thread, one Event.

:class:`ReadShare` runs reads one at a time, in turn, and keeps them busy at most a share
of the wall time: after a read of ``d`` seconds the turn stays idle ``d * (1 - share) /
share`` seconds. :class:`Recheck` is a yes/no answer (is an ingest writing?) asked of the
server at most once every few seconds, whatever the number of reads.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class ReadCap:
    """At most ``places`` holders at once; waiters served first come, first served."""

    def __init__(self, places: int) -> None:
        if places < 1:
            raise ValueError(f"a read cap needs at least 1 place, not {places}")
        self.places = places
        self._lock = threading.Lock()
        self._free = places
        self._waiting: deque[threading.Event] = deque()

    def acquire(self) -> None:
        with self._lock:
            if self._free and not self._waiting:
                self._free -= 1
                return
            turn = threading.Event()
            self._waiting.append(turn)
        turn.wait()  # release() handed this thread its place

    def release(self) -> None:
        with self._lock:
            if self._waiting:
                self._waiting.popleft().set()  # the place passes on without becoming free
            elif self._free < self.places:
                self._free += 1
            else:
                raise ValueError("read cap released more often than acquired")

    def __enter__(self) -> ReadCap:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class ReadShare:
    """Reads one at a time (first come, first served), busy at most ``share`` of the time.

    A read of ``d`` seconds is followed by ``d * (1 - share) / share`` seconds in which the
    next read may not start, so over any stretch of back-to-back reads they occupy at most
    ``share`` of the wall time, whatever each costs and however many threads ask. A read
    that comes after that pause has passed starts at once: readers that pause anyway
    (analysts) are not slowed, readers that never pause are spaced out. ``clock`` and
    ``sleep`` are the time source (``time.monotonic``, ``time.sleep`` by default; tests
    pass a fake one). Cost: one lock and one clock reading per read.
    """

    def __init__(self, share: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if not 0 < share <= 1:
            raise ValueError(f"a read share must be more than 0 and at most 1, not {share}")
        self.share = share
        self._clock, self._sleep = clock, sleep
        self._turn = ReadCap(1)
        self._next = float("-inf")  # when the next read may start (clock seconds)
        self.reads = 0  # reads run under the share
        self.idle = 0.0  # seconds the turn was held idle after reads

    def pause_after(self, seconds: float) -> float:
        """Seconds the turn stays idle after a read of ``seconds``."""
        return seconds * (1 - self.share) / self.share

    def run(self, read: Callable[[], T]) -> T:
        """``read()`` in its turn, after the pause the previous read left; its result or
        its exception. The read's own time (failed or not) sets the next pause."""
        with self._turn:
            gap = self._next - self._clock()
            if gap > 0:
                self._sleep(gap)
                self.idle += gap
            start = self._clock()
            try:
                return read()
            finally:
                end = self._clock()
                self._next = end + self.pause_after(end - start)
                self.reads += 1


class Recheck:
    """The answer of ``probe()``, asked again only once ``every`` seconds have passed since
    it was last asked; threads arriving while one asks wait for that answer rather than
    asking too. Cost: one lock per call, one probe per ``every`` seconds."""

    def __init__(self, probe: Callable[[], bool], every: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._probe, self.every, self._clock = probe, every, clock
        self._lock = threading.Lock()
        self._answer = False
        self._until = float("-inf")
        self.probes = 0  # times the probe was asked

    def __call__(self) -> bool:
        with self._lock:
            if self._clock() >= self._until:
                self._answer = bool(self._probe())
                self.probes += 1
                self._until = self._clock() + self.every
            return self._answer
