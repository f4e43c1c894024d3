"""The writer lease of a Neo4j store: one writer at a time, freed when its holder dies.

A ``:Lock`` node that its holder renews while it lives and that expires ``ttl`` seconds
after a killed holder's last renewal (server clock); every write of the holder confirms,
in its own transaction, that the lease is still its own (:meth:`Neo4jLease.confirm`).
Its statements are in :mod:`~sitgraph.graph.neo4j_cypher`.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sitgraph.graph import neo4j_cypher as cypher
from sitgraph.graph.locks import LockOwner, StoreLockedError, locked_message
from sitgraph.graph.store import StoreError

if TYPE_CHECKING:
    from sitgraph.graph.neo4j_store import Neo4jStore

LOCK_TTL = 60.0  # seconds a writer's lease outlives its last renewal


class Neo4jLease:
    """The writer lease of a Neo4j store: a ``:Lock {id: 'ingest'}`` node holding its
    owner (user, host, pid, since), a random token and an expiry time (server clock, ms).

    Taking it is one write transaction that first write-locks the node (so concurrent
    takers queue), then reads it: free, expired, already ours, or held by a process of
    this host that no longer exists, it is claimed; else
    :class:`StoreLockedError` names the holder. While held, a daemon thread renews the
    expiry every ``ttl / 4`` seconds, and each write of the store confirms the token in
    its own transaction; a holder killed by any signal stops renewing, and its lease
    expires ``ttl`` seconds later. Releasing deletes the node.
    """

    NAME = "ingest"

    def __init__(self, store: Neo4jStore, ttl: float = LOCK_TTL) -> None:
        self.store = store
        self.ttl_ms = max(1, int(ttl * 1000))
        self.token = uuid.uuid4().hex
        self.lost = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _run(self, work: Callable[[Any], Any]) -> Any:

        return self.store._execute_write(work, "the write lock of")

    def acquire(self) -> Neo4jLease:
        owner = LockOwner.current().to_dict()

        def work(tx: Any) -> dict[str, Any] | None:
            # The SET write-locks the node: a concurrent taker waits here until we commit,
            # then reads what we wrote.
            tx.run(cypher.LEASE_TOUCH, name=self.NAME).consume()
            rec = tx.run(cypher.LEASE_READ, name=self.NAME).single()
            held = rec["p"]
            left = (held.get("expires") or 0) - rec["now"]
            mine_or_free = held.get("token") in (None, self.token)
            if not mine_or_free and left > 0 and not LockOwner.from_dict(held).is_dead_here():
                return {**held, "left_ms": left}
            tx.run(cypher.LEASE_CLAIM, name=self.NAME, owner=owner, token=self.token, ttl=self.ttl_ms).consume()
            return None

        held = self._run(work)
        if held is not None:
            left = -(-int(held["left_ms"]) // 1000)
            raise StoreLockedError(locked_message(self.store.url, LockOwner.from_dict(held),
                                                  f"; if it was killed, its lock expires within {left} s"))
        self.store._lease = self
        self._stop.clear()
        self._thread = threading.Thread(target=self._renew_forever, name="sitgraph-lease", daemon=True)
        self._thread.start()
        return self

    def confirm(self, tx: Any) -> None:
        """Renew the lease inside ``tx`` (a write of its holder); StoreError if another
        writer has taken it over, which rolls the write back."""
        n = tx.run(cypher.LEASE_RENEW, name=self.NAME, token=self.token, ttl=self.ttl_ms).single()["n"]
        if not n:
            self.lost = True
            raise StoreError(self._lost_message())

    def _lost_message(self) -> str:
        return (f"lost the write lock of {self.store.url}: it expired (no renewal for "
                f"{self.ttl_ms / 1000:g} s) and another writer took it")

    def _renew_forever(self) -> None:
        while not self._stop.wait(self.ttl_ms / 4000):
            try:
                self._run(self.confirm)
            except StoreError:
                if self.lost:
                    return
                # unreachable for now: the next renewal, or the next write, will tell

    def check(self) -> None:
        """Raise StoreError if the lease was lost (found by the renewing thread)."""
        if self.lost:
            raise StoreError(self._lost_message())

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None
        if self.store._lease is self:
            self.store._lease = None

        def work(tx: Any) -> None:
            tx.run(cypher.LEASE_DELETE, name=self.NAME, token=self.token).consume()

        if not self.lost and self.store._driver is not None:
            try:
                self._run(work)
            except Exception:  # noqa: BLE001 - whatever went wrong, the lease expires by itself
                pass

    def __enter__(self) -> Neo4jLease:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
