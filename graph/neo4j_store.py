"""The Neo4j store: the store of record for Cypher, through the official Bolt driver.

Same semantics as :class:`~sitgraph.graph.sqlite_store.SqliteStore` (MERGE on ids,
``SET n += props``, ``aliases`` unioned and sorted, edges MERGEd on (type, source, target,
key), edges to missing nodes refused, one transaction per batch), so both stores give the
same counts and the same ``to_networkx`` graph for the same batches.

Writing groups nodes by label and edges by (type, source label, target label) and sends
each group as ``UNWIND $rows AS r MERGE ...`` in chunks of :data:`CHUNK` rows, all inside
one managed write transaction. Labels and types are put into Cypher text only after
:func:`~sitgraph.graph.schema.check_batch` has accepted them; every value travels as a
parameter. Reports written again have their previous records removed in that same
transaction (:meth:`Neo4jStore.write`).

One writer at a time: :meth:`Neo4jStore.writer_lock` is a lease, a ``:Lock`` node that
its holder renews while it lives and that expires ``lock_ttl`` seconds after a killed
holder's last renewal (server clock). Every write of the holder checks, in its own
transaction, that the lease is still its own.

This module holds the store's connection, transactions and Cypher console; the rest is
by what it holds: every write statement in :mod:`~sitgraph.graph.neo4j_cypher`, how a
batch is written in :mod:`~sitgraph.graph.neo4j_batches`, the reads in
:mod:`~sitgraph.graph.neo4j_reads`, the lease in :mod:`~sitgraph.graph.neo4j_lease`,
values and error messages in :mod:`~sitgraph.graph.neo4j_values`.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable
from typing import Any

from sitgraph.graph import neo4j_batches as batches
from sitgraph.graph import neo4j_cypher as cypher
from sitgraph.graph.cypher_guard import CypherRefused, check_read_only
from sitgraph.graph.model import Batch
from sitgraph.graph.neo4j_batches import CHUNK
from sitgraph.graph.neo4j_lease import LOCK_TTL, Neo4jLease
from sitgraph.graph.neo4j_reads import Neo4jReads
from sitgraph.graph.neo4j_values import first_line, props_for_neo4j, reason, to_plain
from sitgraph.graph.read_cap import ReadCap, ReadShare, Recheck
from sitgraph.graph.schema import LOCK_LABEL, check_batch, constraint_statements
from sitgraph.graph.store import StoreError, names_taken_away

# The driver logs failures it also raises (e.g. "Unable to retrieve routing information");
# without a handler Python prints those to stderr, doubling our one-line errors.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


DEFAULT_DATABASE = "neo4j"
LEASE_CHECK_EVERY = 1.0  # seconds a reader trusts its last look at the writer lease


class CypherError(StoreError):
    """Neo4j refused or failed a Cypher statement (syntax, types, a write in read mode...)."""


class Neo4jStore(Neo4jReads):
    """A Neo4j database reached at ``url`` (``neo4j://``, ``bolt://``, ``neo4j+s://`` ...).

    The constructor records settings only; :meth:`open` connects, checks the credentials
    and creates the uniqueness constraints and indexes of :mod:`~sitgraph.graph.schema`.

    ``max_concurrent_reads`` (None: no cap) bounds how many read transactions the threads
    sharing this store run at once; a thread over the cap waits for one to finish, first
    come, first served (:class:`~sitgraph.graph.read_cap.ReadCap`). It is
    fairness to a writer on the same server: readers that never pause take every core the
    server has, and the writer's statements wait for one. The server cannot do this itself:
    when its Bolt thread pool is full it refuses new work (the writer's too) rather than
    queueing it.

    ``read_share_during_ingest`` (None: off) makes reads yield to an ingest in progress:
    while any process holds the writer lease (its ``:Lock`` node, looked at once every
    ``lease_check_every`` seconds at most), this store's reads run one at a time and busy at
    most that share of the wall time (:class:`~sitgraph.graph.read_cap.ReadShare`; 0.25:
    after a read of 1 s the next waits 3 s). Otherwise the cap above applies. Reads of the
    store that holds the lease are the ingest's own and never wait. Results are the same
    either way; only when reads run changes.
    """

    def __init__(
        self,
        url: str,
        *,
        username: str = "neo4j",
        password: str = "",
        database: str | None = None,
        connection_timeout: float = 10.0,
        lock_ttl: float = LOCK_TTL,
        max_concurrent_reads: int | None = None,
        read_share_during_ingest: float | None = None,
        lease_check_every: float = LEASE_CHECK_EVERY,
    ) -> None:
        if max_concurrent_reads is not None and max_concurrent_reads < 1:
            raise StoreError(f"max_concurrent_reads must be at least 1, not {max_concurrent_reads}")
        if read_share_during_ingest is not None and not 0 < read_share_during_ingest <= 1:
            raise StoreError(f"read_share_during_ingest must be more than 0 and at most 1, "
                             f"not {read_share_during_ingest}")
        self.url = url
        self.username = username
        self._password = password
        self.database = database or DEFAULT_DATABASE
        self.connection_timeout = connection_timeout
        self.lock_ttl = lock_ttl
        self._driver: Any = None
        self._lease: Neo4jLease | None = None  # the writer lease this store holds
        self.max_concurrent_reads = max_concurrent_reads
        self._reads = ReadCap(max_concurrent_reads) if max_concurrent_reads else None
        self.read_share_during_ingest = read_share_during_ingest
        self._share = ReadShare(read_share_during_ingest) if read_share_during_ingest else None
        self._ingest_seen = Recheck(self._lease_held_elsewhere, lease_check_every)

    def __repr__(self) -> str:
        return f"Neo4jStore({self.url!r}, database={self.database!r})"

    # --- lifecycle ----------------------------------------------------------------------

    def open(self) -> Neo4jStore:
        """Connect, verify the credentials and create constraints; returns self.

        Raises StoreError (one line) when the URL is malformed, the server unreachable,
        the credentials refused or the database missing. Cost: one round trip per
        constraint and index (about 20 statements; instant when they exist).
        """
        import neo4j
        from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable

        try:
            driver = neo4j.GraphDatabase.driver(
                self.url, auth=(self.username, self._password), connection_timeout=self.connection_timeout,
                user_agent="sitgraph",
                # Our own statements are known-good; server notifications (a relationship
                # type not yet written...) would only be noise on stderr.
                notifications_min_severity="OFF",
            )
        except (ConfigurationError, ValueError) as exc:
            raise StoreError(f"malformed store URL {self.url!r}: {first_line(exc)}") from None
        try:
            driver.verify_connectivity()
            for statement in constraint_statements():
                driver.execute_query(statement, database_=self.database)
        except AuthError:
            driver.close()
            raise StoreError(f"Neo4j at {self.url} refused the credentials for user {self.username}") from None
        except ServiceUnavailable as exc:
            driver.close()
            raise StoreError(f"cannot reach Neo4j at {self.url}: {reason(exc)}") from None
        except Neo4jError as exc:
            driver.close()
            if "database" in str(exc).lower() and "not" in str(exc).lower():
                raise StoreError(f"Neo4j at {self.url} has no database {self.database!r}") from None
            raise StoreError(f"Neo4j at {self.url}: {first_line(exc)}") from None
        except (OSError, ValueError) as exc:
            driver.close()
            raise StoreError(f"cannot reach Neo4j at {self.url}: {first_line(exc)}") from None
        self._driver = driver
        return self

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def driver(self) -> Any:
        if self._driver is None:
            raise StoreError(f"store {self.url} is not open")
        return self._driver

    def _session(self, read: bool = True) -> Any:
        import neo4j

        mode = neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS
        return self.driver.session(database=self.database, default_access_mode=mode)

    def _read(self, query: str, **params: Any) -> list[Any]:
        """Records of a read query run in a managed read transaction (retried if transient)."""

        def work(tx: Any) -> list[Any]:
            return list(tx.run(query, params))

        return self._transact(work, read=True, failed=lambda exc: CypherError(f"Neo4j at {self.url}: {exc}"))

    # --- writing ------------------------------------------------------------------------

    def writer_lock(self) -> Neo4jLease:
        """The store's writer lease (a context manager); entering it raises
        :class:`~sitgraph.graph.locks.StoreLockedError` while another writer holds it and
        its lease has not expired."""
        return Neo4jLease(self, self.lock_ttl)

    def write(self, batch: Batch, replace: Iterable[str] = ()) -> None:
        """MERGE every record of ``batch`` in one write transaction (all or nothing),
        after removing the previous records of the reports ``replace`` names (see
        :meth:`~sitgraph.graph.store.Store.write`).

        Edges whose end nodes are neither stored nor in the batch are refused
        (StoreError), as the embedded store refuses them; so is any write while this
        store holds a lease that another writer has taken over. Cost: one UNWIND
        statement per label, per (type, end labels) group and per :data:`CHUNK` rows,
        plus one read per group that sets ``aliases``; replacing adds about ten
        statements.
        """

        check_batch(batch)  # after this, labels and types are known schema words
        node_groups = batches.node_groups(batch)
        edge_groups = batches.edge_groups(batch)
        replace = sorted(set(replace))
        if not node_groups and not edge_groups and not replace:
            return
        lease = self._lease

        def work(tx: Any) -> None:
            if lease is not None:
                lease.confirm(tx)
            touched, taken = batches.remove_reports(tx, replace) if replace else ([], {})
            for label, rows in node_groups.items():
                batches.write_node_group(tx, label, rows)
            for (rel_type, src, dst), rows in edge_groups.items():
                batches.write_edge_group(tx, rel_type, src, dst, rows)
            if touched:
                batches.remove_orphans(tx, touched)
                batches.refresh_aliases(tx, names_taken_away(taken, batch))

        self._execute_write(work, "writing to")

    def clear(self) -> None:
        """Delete every node and relationship (not the constraints), in chunks of 10,000
        so a large graph does not need one huge transaction. Irreversible."""
        from neo4j.exceptions import Neo4jError, ServiceUnavailable

        try:
            with self._session(read=False) as s:
                s.run(cypher.CLEAR_ALL).consume()
        except ServiceUnavailable as exc:
            raise StoreError(f"cannot reach Neo4j at {self.url}: {reason(exc)}") from None
        except Neo4jError as exc:
            raise StoreError(f"clearing Neo4j at {self.url} failed: {first_line(exc)}") from None

    def replace_incidents(self, incidents: list[Any], removed: list[str], assign: dict[str, str | None]) -> None:
        """In one write transaction: delete the Incident nodes ``removed``, write
        ``incidents`` (NodeRecords, replacing any stored properties) and set each event's
        ``incident`` (removed when None)."""

        rows = [{"id": n.id, "props": props_for_neo4j(f"Incident {n.id}", n.properties)} for n in incidents]
        pairs = [{"id": k, "incident": v} for k, v in sorted(assign.items())]

        def work(tx: Any) -> None:
            tx.run(cypher.INCIDENTS_DELETE, ids=sorted(set(removed))).consume()
            for i in range(0, len(rows), CHUNK):
                tx.run(cypher.INCIDENTS_WRITE, rows=rows[i:i + CHUNK]).consume()
            for i in range(0, len(pairs), CHUNK):
                tx.run(cypher.EVENT_INCIDENTS_SET, rows=pairs[i:i + CHUNK]).consume()

        self._execute_write(work, "writing incidents to")

    def _execute_write(self, work: Callable[[Any], Any], what: str) -> Any:
        """Run ``work`` in one managed write transaction (retried on transient errors);
        driver errors become one-line StoreErrors saying ``what`` failed."""
        return self._transact(work, read=False,
                              failed=lambda exc: StoreError(f"{what} Neo4j at {self.url} failed: {exc}"))

    def _transact(self, work: Callable[[Any], Any], *, read: bool, failed: Callable[[str], Exception]) -> Any:
        """Run ``work`` in one managed read or write transaction (retried on transient
        errors); a read first waits for its turn under ``read_share_during_ingest`` while
        another process ingests, else for a place under ``max_concurrent_reads``. An
        unreachable server is a StoreError; any other driver error becomes
        ``failed(its first line)``."""
        from neo4j.exceptions import Neo4jError, ServiceUnavailable

        def run() -> Any:
            with self._session(read=read) as s:
                return s.execute_read(work) if read else s.execute_write(work)

        try:
            if read and self._yields_to_ingest():
                return self._share.run(run)  # type: ignore[union-attr]
            with self._reads if read and self._reads else contextlib.nullcontext():
                return run()
        except ServiceUnavailable as exc:
            raise StoreError(f"cannot reach Neo4j at {self.url}: {reason(exc)}") from None
        except Neo4jError as exc:
            raise failed(first_line(exc)) from None

    def _yields_to_ingest(self) -> bool:
        """Whether a read now goes through the read share: one is set, this store holds no
        writer lease itself, and another holder's lease was seen at the last look."""
        return self._share is not None and self._lease is None and self._ingest_seen()

    def _lease_held_elsewhere(self) -> bool:
        """Whether the writer lease is held and not expired (server clock). One indexed
        read, outside any cap; False when it cannot be read (the read itself will say why)."""
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            with self._session(read=True) as s:
                rec = s.run(f"MATCH (l:{LOCK_LABEL} {{id: $name}}) RETURN l.expires > timestamp() AS held",
                            name=Neo4jLease.NAME).single()
        except (DriverError, Neo4jError, OSError, StoreError):
            return False
        return bool(rec and rec["held"])

    # --- Cypher (Neo4j only) ------------------------------------------------------------

    def run_cypher(self, query: str, params: dict[str, Any] | None = None, write: bool = False) -> list[dict[str, Any]]:
        """Rows of ``query`` (values as parameters) as JSON-able dicts.

        Unless ``write``, two locks: :func:`~sitgraph.graph.cypher_guard.check_read_only`
        refuses LOAD CSV, admin commands, writes and procedures off its allow-list before
        anything is sent, and the statement runs in a READ transaction, so
        the server itself refuses writes. Raises CypherError (one line) when Neo4j rejects
        the query.
        """
        if not write:
            try:
                check_read_only(query)
            except CypherRefused as exc:
                raise CypherError(str(exc)) from None

        def work(tx: Any) -> list[dict[str, Any]]:
            result = tx.run(query, params or {})
            return [{k: to_plain(v) for k, v in rec.items()} for rec in result]

        return self._transact(work, read=not write, failed=lambda exc: CypherError(f"Cypher failed: {exc}"))

    def explain(self, query: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """The plan Neo4j would use for ``query`` (``EXPLAIN``: nothing is executed), as a
        nested dict (``operatorType``, ``arguments``, ``identifiers``, ``children``).
        Raises CypherError when the query does not compile."""

        def work(tx: Any) -> Any:
            return tx.run("EXPLAIN " + query, params or {}).consume().plan

        plan = self._transact(work, read=True, failed=lambda exc: CypherError(f"Cypher failed: {exc}"))
        return to_plain(plan or {})
