"""Worker processes that never outlive the ingest that started them.

A worker blocks reading its task queue, and it holds that queue's writing end itself, so
the death of its parent alone would never wake it: killed ingests left their workers (and
through them multiprocessing's resource tracker) running for good. Here each worker

- asks Linux to kill it when its parent dies (``prctl(PR_SET_PDEATHSIG, SIGKILL)``), which
  covers every way the parent can die, ``kill -9`` included;
- watches its parent from a daemon thread as well (the parent's sentinel pipe, which
  reaches end of file when the parent is gone), for systems without ``prctl``;
- ignores SIGINT: a Ctrl-C in the terminal reaches the whole process group, and the parent
  alone decides to stop.

In the parent, :func:`terminate` ends the workers at once when the ingest stops on an
error or a signal, and :func:`signals_raise` turns SIGTERM into an exception so that the
ingest unwinds (the open transaction rolls back, workers end, the store's lock is
released) instead of vanishing mid-write.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any

_PR_SET_PDEATHSIG = 1


class Terminated(SystemExit):
    """The ingest received SIGTERM: unwinds like ``sys.exit`` with the shell's code 143."""

    def __init__(self) -> None:
        super().__init__(128 + signal.SIGTERM)


def start_pool(workers: int, initializer: Callable[..., Any], initargs: tuple = ()) -> ProcessPoolExecutor:
    """A pool of ``workers`` fresh interpreters (spawn: forking a process that holds a Neo4j
    driver's threads or an open SQLite handle is unsafe) that each die with this process,
    then run ``initializer(*initargs)``."""
    return ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_init,
                               initargs=(os.getpid(), initializer, initargs))


def _init(parent: int, initializer: Callable[..., Any], initargs: tuple) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent)
    initializer(*initargs)


def die_with_parent(parent: int) -> None:
    """Make this process end when process ``parent`` does, however it ends. Cost: one
    system call and one idle thread."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request above was made
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="parent-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    proc = multiprocessing.parent_process()
    sentinel = getattr(proc, "sentinel", None)
    if sentinel is not None:
        with contextlib.suppress(OSError, ValueError):
            multiprocessing.connection.wait([sentinel])
            os._exit(1)
    while os.getppid() == parent:  # no sentinel (or it failed): poll
        threading.Event().wait(1.0)
    os._exit(1)


def terminate(pool: ProcessPoolExecutor, wait: float = 10.0) -> None:
    """End the pool's workers now (pending tasks are dropped), then release the pool. Returns
    when the pool's own threads have ended too (each wait bounded by ``wait`` seconds).

    The executor has no public way to stop running tasks before Python 3.14, and its manager
    thread (which feeds the call queue through a feeder thread and collects results) runs
    beside this one, so the order matters:

    1. ``shutdown(cancel_futures=True)`` first, then wait until the manager thread has taken
       it in: it then drops every cancelled or pending future itself. A worker that died
       before that would make it fail every pending future, cancelled ones included, which
       raises (and prints a traceback) in Python 3.11; and no one else may touch its table of
       pending work meanwhile (an entry removed under it is a KeyError there).
    2. Kill the workers and reap them.
    3. Join the manager thread: it closes the call queue and joins the queue's feeder thread.
       Returning (and exiting the interpreter) while they still ran let the exit handlers
       close pipes under a thread writing to them ("Bad file descriptor").
    """
    manager = getattr(pool, "_executor_manager_thread", None)
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    if manager is not None:
        _await_cancellation(pool, manager, wait)
    for proc in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            proc.terminate()
    for proc in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            proc.join(wait)
    if manager is not None and manager is not threading.current_thread():
        manager.join(wait)


def _await_cancellation(pool: ProcessPoolExecutor, manager: threading.Thread, wait: float) -> None:
    """Wait (at most ``wait`` seconds) until the manager thread has cancelled the pending
    futures: the executor clears its ``_cancel_pending_futures`` flag when it has."""
    deadline = time.monotonic() + wait
    while getattr(pool, "_cancel_pending_futures", False) and manager.is_alive() \
            and time.monotonic() < deadline:
        manager.join(0.005)


@contextlib.contextmanager
def signals_raise() -> Iterator[None]:
    """While inside, SIGTERM raises :class:`Terminated` in the main thread (SIGINT already
    raises KeyboardInterrupt). Does nothing outside the main thread, where Python cannot
    set handlers."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def raise_terminated(signum: int, frame: object) -> None:
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
