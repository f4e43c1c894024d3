"""Read-only Cypher and the local server's locks, against a real Neo4j.

Two locks on user Cypher: the guard refuses LOAD CSV, admin commands and procedures off
its allow-list before anything is sent; the read transaction makes the server refuse
writes. The local server itself needs a password and refuses LOAD CSV from files and
URLs, even with --write, unless it was started with --allow-file-import / --allow-url-load
(shown working on a second server started with them, so the refusals are the settings'
doing and not an accident).
"""

from __future__ import annotations

import http.server
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.graph import neo4j_server
from sitgraph.graph import neo4j_store as store_module
from sitgraph.graph.model import Batch
from sitgraph.graph.neo4j_store import CypherError, Neo4jStore
from sitgraph.graph.store import StoreError

pytestmark = pytest.mark.integration

ENV = {"SITGRAPH_STORE": None, "NEO4J_URI": None, "NEO4J_USERNAME": None, "NEO4J_PASSWORD": None,
       "NEO4J_DATABASE": None, "SITGRAPH_NEO4J_STATE": None}


def one_line_error(result, *needles: str) -> str:
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    for needle in needles:
        assert needle in lines[0]
    return lines[0]


@pytest.fixture
def cli(neo4j_store: Neo4jStore, neo4j_url: str, neo4j_auth: tuple[str, str], sample_batch: Batch):
    neo4j_store.write(sample_batch)
    env = {**ENV, "NEO4J_USERNAME": neo4j_auth[0], "NEO4J_PASSWORD": neo4j_auth[1]}

    def invoke(*args: str):
        return CliRunner().invoke(main, ["--store", neo4j_url, *args], env=env)

    return invoke


@pytest.fixture
def local_url(neo4j_url: str) -> str:
    """The session's server, when it is one `sitgraph neo4j start` runs here (the local
    settings are what is tested)."""
    if urlsplit(neo4j_url).hostname not in ("127.0.0.1", "localhost"):
        pytest.skip("the test Neo4j is not a local sitgraph server")
    return neo4j_url


def test_load_csv_from_a_file_is_refused_without_write(cli) -> None:
    one_line_error(cli("cypher", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"),
                   "refused without --write", "LOAD CSV")
    one_line_error(cli("cypher", "/*x*/LOAD/**/CSV FROM 'file:///etc/passwd' AS line RETURN line"), "LOAD CSV")


def test_dbms_procedures_and_admin_commands_are_refused(cli) -> None:
    one_line_error(cli("cypher", "CALL dbms.listConfig()"), "refused without --write", "procedure dbms.listConfig")
    one_line_error(cli("cypher", "SHOW USERS"), "SHOW USERS")
    one_line_error(cli("cypher", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"), "TERMINATE TRANSACTIONS")


def test_reads_and_allowed_procedures_still_work(cli) -> None:
    result = cli("cypher", "MATCH (a:Actor) WHERE a.type = 'state' RETURN a.name AS name, 'LOAD CSV' AS s",
                 "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["name,s", "Russia,LOAD CSV"]
    labels = cli("cypher", "CALL db.labels() YIELD label RETURN label ORDER BY label", "--format", "csv")
    assert labels.exit_code == 0, labels.output
    assert {"Actor", "Event", "Place"} <= set(labels.output.splitlines()[1:])


def test_the_read_transaction_is_the_second_lock(neo4j_store: Neo4jStore, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "check_read_only", lambda statement: None)
    with pytest.raises(CypherError, match="(?i)write"):
        neo4j_store.run_cypher("CREATE (:X {n: 1})")
    assert neo4j_store.run_cypher("MATCH (x:X) RETURN count(x) AS n") == [{"n": 0}]


def test_the_local_server_needs_the_password(local_url: str, neo4j_auth: tuple[str, str]) -> None:
    with pytest.raises(StoreError, match="refused the credentials"):
        Neo4jStore(local_url, username="neo4j", password=neo4j_auth[1] + "-wrong").open()
    with pytest.raises(StoreError, match="refused the credentials"):
        Neo4jStore(local_url, username="neo4j", password="").open()


def test_the_local_server_refuses_load_csv_even_with_write(cli, local_url: str, tmp_path: Path) -> None:
    one_line_error(cli("cypher", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", "--write"),
                   "allow_csv_import_from_file_urls")
    with _http_server(tmp_path) as url:
        one_line_error(cli("cypher", f"LOAD CSV FROM '{url}/x.csv' AS line RETURN line", "--write"), "blocked")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


class _http_server:
    """A file server on 127.0.0.1 serving ``folder`` (holding x.csv), for LOAD CSV by URL."""

    def __init__(self, folder: Path) -> None:
        (folder / "x.csv").write_text("a,b\nc,d\n", encoding="utf-8")
        handler = lambda *a, **k: _Quiet(*a, directory=str(folder), **k)  # noqa: E731
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)

    def __enter__(self) -> str:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def open_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[neo4j_server.ServerState, Path]]:
    """A second local server, started with file import and URL loading allowed and no
    password given (so one is generated)."""
    data = tmp_path_factory.mktemp("open-neo4j")
    state_dir = tmp_path_factory.mktemp("open-neo4j-state")
    try:
        state = neo4j_server.start(data, neo4j_server.free_port(), None, heap="512m", state_dir=state_dir,
                                   allow_file_import=True, allow_url_load=True)
    except neo4j_server.Neo4jServerError as exc:
        pytest.fail(f"the local Neo4j did not start: {exc}")
    try:
        yield state, state_dir
    finally:
        neo4j_server.stop(port=state.port, state_dir=state_dir)


def test_a_server_started_with_the_flags_loads_files_and_urls(open_server, tmp_path: Path) -> None:
    state, state_dir = open_server
    password_file = Path(state.password_file)
    assert password_file.parent == state_dir
    assert stat.S_IMODE(password_file.stat().st_mode) == 0o600
    (Path(state.data) / "import" / "rows.csv").write_text("x,y\n1,2\n", encoding="utf-8")
    # No NEO4J_PASSWORD: the CLI reads the generated one of the server it started.
    env = {**ENV, "SITGRAPH_NEO4J_STATE": str(state_dir)}

    def cypher(*args: str):
        return CliRunner().invoke(main, ["--store", state.url, "cypher", *args, "--format", "csv"], env=env)

    result = cypher("LOAD CSV FROM 'file:///rows.csv' AS line RETURN line[0] AS a, line[1] AS b", "--write")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["a,b", "x,y", "1,2"]
    # Only DATA/import is readable, even when file import is on.
    one_line_error(cypher("LOAD CSV FROM 'file:///../../../../../../etc/passwd' AS l RETURN l", "--write"))
    with _http_server(tmp_path) as url:
        fetched = cypher(f"LOAD CSV FROM '{url}/x.csv' AS line RETURN line[0] AS a", "--write")
        assert fetched.exit_code == 0, fetched.output
        assert fetched.output.splitlines() == ["a", "a", "c"]
        one_line_error(cypher(f"LOAD CSV FROM '{url}/x.csv' AS line RETURN line[0] AS a"), "refused without --write")
    wrong = CliRunner().invoke(main, ["--store", state.url, "cypher", "RETURN 1"],
                               env={**env, "NEO4J_PASSWORD": "not-the-password"})
    one_line_error(wrong, "refused the credentials")


def test_stop_by_data_stops_only_that_server(tmp_path_factory: pytest.TempPathFactory, open_server) -> None:
    state, state_dir = open_server
    env = {**ENV, "SITGRAPH_NEO4J_STATE": str(state_dir)}
    other = CliRunner().invoke(main, ["neo4j", "stop", "--data", str(tmp_path_factory.mktemp("nothing-here"))],
                               env=env)
    assert other.exit_code == 0 and other.output.strip() == "no local Neo4j was running"
    assert [s.state.port for s in neo4j_server.status(state_dir)] == [state.port]
    result = CliRunner().invoke(main, ["neo4j", "stop", "--data", state.data], env=env)
    assert result.exit_code == 0, result.output
    assert f"stopped Neo4j at {state.url}" in result.output
    assert neo4j_server.status(state_dir) == []
