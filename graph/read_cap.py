"""A cap on concurrent reads that serves waiting threads in the order they came.

:class:`ReadCap` is a counting semaphore with a first-come, first-served queue: a thread
over the cap waits, and a place freed goes straight to the thread that has waited longest.
``threading.Semaphore`` promises no order, and in practice the thread that releases a place
takes it again before a sleeping waiter wakes, so one reader can run query after query
while another waits a minute. Cost: one lock and, for a waiting thread, one Event.
"""

from __future__ import annotations

import threading
from collections import deque


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
