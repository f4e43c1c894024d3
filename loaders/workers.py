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


def terminate(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers now (pending tasks are dropped), then release the pool."""
    # The executor has no public way to stop running tasks before Python 3.14.
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            proc.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            proc.join(5)


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
