"""Neo4j fixtures for integration tests: one server per test session.

``neo4j_url`` uses ``NEO4J_TEST_URI`` or ``NEO4J_URI`` when set and reachable (with
``NEO4J_USERNAME`` / ``NEO4J_PASSWORD``), otherwise starts the local Neo4j of
``tools/neo4j`` on a free port into a temporary directory and stops it when the session
ends. When neither works the Neo4j tests skip with the reason, except with ``CI=true``,
where they fail: CI must never pass by skipping them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from sitgraph.graph import neo4j_server
from sitgraph.graph.neo4j_store import Neo4jStore
from sitgraph.graph.store import StoreError

TEST_PASSWORD = "sitgraph-test-pw"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Neo4j is required when CI=true: {reason}", pytrace=False)
    pytest.skip(f"no Neo4j server: {reason}")


def _reachable(url: str, auth: tuple[str, str]) -> str | None:
    """None when a store can be opened at ``url``, else why not."""
    try:
        Neo4jStore(url, username=auth[0], password=auth[1]).open().close()
    except StoreError as exc:
        return str(exc)
    return None


@pytest.fixture(scope="session")
def _neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, tuple[str, str], Path | None]]:
    """(url, auth, state dir of the local server this session started, or None)."""
    url = os.environ.get("NEO4J_TEST_URI") or os.environ.get("NEO4J_URI")
    if url:
        auth = (os.environ.get("NEO4J_USERNAME") or "neo4j", os.environ.get("NEO4J_PASSWORD") or "")
        problem = _reachable(url, auth)
        if problem is None:
            yield url, auth, None
            return
        # A configured server that does not answer is worth saying; a local one may still do.
        reason = f"{urlsplit(url).netloc} configured but unusable ({problem})"
    else:
        reason = "NEO4J_URI not set"
    data = Path(tmp_path_factory.mktemp("neo4j-data"))
    state_dir = Path(tmp_path_factory.mktemp("neo4j-state"))
    try:
        state = neo4j_server.start(
            data, neo4j_server.free_port(), TEST_PASSWORD, state_dir=state_dir, heap="768m"
        )
    except neo4j_server.Neo4jServerError as exc:
        _unavailable(f"{reason}; local Neo4j could not start: {exc}")
        return
    try:
        yield state.url, ("neo4j", TEST_PASSWORD), state_dir
    finally:
        neo4j_server.stop(port=state.port, state_dir=state_dir)


@pytest.fixture(scope="session")
def neo4j_url(_neo4j_server: tuple) -> str:
    """The Bolt URL of the session's Neo4j (skips, or fails under CI, when there is none)."""
    return _neo4j_server[0]


@pytest.fixture(scope="session")
def neo4j_auth(_neo4j_server: tuple) -> tuple[str, str]:
    """(username, password) for :func:`neo4j_url`."""
    return _neo4j_server[1]


@pytest.fixture(scope="session")
def neo4j_local_state(_neo4j_server: tuple) -> Path | None:
    """The state directory recording the local server this session started, or None when
    the session uses a server from NEO4J_URI."""
    return _neo4j_server[2]


@pytest.fixture
def neo4j_store(neo4j_url: str, neo4j_auth: tuple[str, str]) -> Iterator[Neo4jStore]:
    """An open Neo4jStore on an emptied database (constraints kept); closed afterwards."""
    store = Neo4jStore(neo4j_url, username=neo4j_auth[0], password=neo4j_auth[1]).open()
    store.clear()
    try:
        yield store
    finally:
        store.close()
