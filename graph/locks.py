"""The writer lock: one ingest at a time per store.

Two ingests into one store would each build their incident index from the store as it was
when they started, so links between their reports would be missing for good. A writer
therefore holds the store's lock from reading the ledger to its last write; a second one
is refused with :class:`StoreLockedError`, whose one-line message names the holder.
Readers never take the lock.

The embedded store locks a file beside the database with the operating system
(:class:`FileLock`): the kernel releases it when its holder exits in any way, so there is
no stale lock. Neo4j has no such thing across clients; its store keeps a lease node in
the database instead (see :mod:`~sitgraph.graph.neo4j_store`), which a killed holder
stops renewing and which then expires.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sitgraph.graph.store import StoreError


class StoreLockedError(StoreError):
    """Another writer holds the store's lock."""


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock: for the message a refused writer prints."""

    user: str
    host: str
    pid: int
    since: str  # ISO time, UTC, seconds

    @classmethod
    def current(cls) -> LockOwner:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no name for this uid (containers)
            user = str(os.getuid()) if hasattr(os, "getuid") else "?"
        since = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        return cls(user=user, host=socket.gethostname(), pid=os.getpid(), since=since)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LockOwner:
        """An owner from stored fields; unknown or missing ones become ``?``/0."""
        try:
            pid = int(d.get("pid") or 0)
        except (TypeError, ValueError):
            pid = 0
        return cls(user=str(d.get("user") or "?"), host=str(d.get("host") or "?"), pid=pid,
                   since=str(d.get("since") or "?"))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        return f"pid {self.pid} on {self.host} (user {self.user}, since {self.since})"

    def is_dead_here(self) -> bool:
        """Whether this owner is a process of this host that no longer exists: its lock is
        stale at once. (A reused pid reads as alive: the lock then waits for its expiry.)"""
        if self.host != socket.gethostname() or self.pid <= 0:
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return True
        except OSError:
            return False  # exists, owned by someone else
        return False


def locked_message(store: str, owner: LockOwner | None, extra: str = "") -> str:
    """The one line a refused writer shows."""
    who = owner.describe() if owner else "another process"
    return f"store {store} is being written by another ingest: {who}; wait for it to finish{extra}"


class FileLock:
    """An exclusive OS lock on ``path`` (created if absent), taken without waiting.

    POSIX ``flock`` (Windows: ``msvcrt.locking``) on an open file: the kernel drops the
    lock when the file is closed or the process ends, however it ends. The holder's
    :class:`LockOwner` is written into the file so a refused writer can name it. Locks are
    per open file, so a second :class:`FileLock` on the same path conflicts even within
    one process.
    """

    def __init__(self, path: str | Path, store: str) -> None:
        self.path = Path(path)
        self.store = store
        self._fd: int | None = None

    def acquire(self) -> FileLock:
        """Take the lock, or raise :class:`StoreLockedError` naming the holder."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"cannot create the lock file {self.path}: {exc.strerror or exc}") from None
        if not _try_lock(fd):
            os.close(fd)
            raise StoreLockedError(locked_message(self.store, self._holder()))
        owner = json.dumps(LockOwner.current().to_dict()).encode("utf-8")
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, owner)
        self._fd = fd
        return self

    def _holder(self) -> LockOwner | None:
        try:
            return LockOwner.from_dict(json.loads(self.path.read_text(encoding="utf-8")))
        except (OSError, ValueError, AttributeError):
            return None  # written a moment later, or not by us

    def check(self) -> None:
        """Nothing to check: an OS lock cannot be lost while its holder lives."""

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
        except OSError:
            pass  # the lock goes with the descriptor anyway
        os.close(fd)  # closing drops the lock

    def __enter__(self) -> FileLock:
        return self.acquire() if self._fd is None else self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _try_lock(fd: int) -> bool:
    """Whether an exclusive lock on ``fd`` was taken (False: someone else holds it)."""
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
