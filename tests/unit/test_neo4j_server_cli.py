"""`sitgraph neo4j ...` and `sitgraph --store neo4j-url ...` failing cleanly, without a server.

Every failure must be one line on stderr, a non-zero exit code and no traceback.
"""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.graph.neo4j_server import free_port

# The environment must not point the commands at a real store or server registry.
CLEAN_ENV = {"SITGRAPH_STORE": None, "NEO4J_URI": None, "NEO4J_USERNAME": None, "NEO4J_PASSWORD": None,
             "NEO4J_DATABASE": None, "SITGRAPH_NEO4J_STATE": None}


def run(*args: str):
    return CliRunner().invoke(main, list(args), env=CLEAN_ENV)


def assert_one_line_error(result, code: int, pattern: str) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1, result.output
    assert re.search(pattern, lines[0]), lines[0]


@pytest.mark.parametrize(
    ("url", "pattern"),
    [
        ("bolt://", r"malformed store URL 'bolt://': no host"),
        ("neo4j://localhost:port", r"malformed store URL .*bad port"),
        ("neo4j://localhost:99999", r"malformed store URL .*bad port"),
        ("mongodb://localhost", r"malformed store URL 'mongodb://localhost': use sqlite"),
    ],
)
def test_malformed_store_url_is_one_line_exit_1(url: str, pattern: str) -> None:
    assert_one_line_error(run("--store", url, "stats"), 1, pattern)


def test_unreachable_neo4j_is_one_line_exit_1() -> None:
    port = free_port()
    result = run("--store", f"bolt://127.0.0.1:{port}", "stats")
    assert_one_line_error(result, 1, rf"cannot reach Neo4j at bolt://127.0.0.1:{port}: connection refused")


@pytest.mark.parametrize("scheme", ["neo4j", "neo4j+s", "bolt+ssc"])
def test_unreachable_neo4j_over_routing_or_tls_is_one_line_too(scheme: str) -> None:
    # The driver also logs routing failures; they must not reach stderr beside our line.
    port = free_port()
    result = run("--store", f"{scheme}://127.0.0.1:{port}", "stats")
    assert_one_line_error(result, 1, rf"cannot reach Neo4j at {re.escape(scheme)}://127.0.0.1:{port}: ")


def test_neo4j_uri_from_environment_is_used() -> None:
    port = free_port()
    result = CliRunner().invoke(main, ["stats"], env={**CLEAN_ENV, "NEO4J_URI": f"neo4j://127.0.0.1:{port}"})
    assert_one_line_error(result, 1, rf"cannot reach Neo4j at neo4j://127.0.0.1:{port}")


def test_start_on_a_taken_port_is_one_line_exit_1(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        result = run("neo4j", "start", "--data", str(tmp_path / "d"), "--port", str(port),
                     "--state-dir", str(tmp_path / "state"))
    assert_one_line_error(result, 1, rf"port {port} on 127.0.0.1 is already in use")


def test_start_refuses_a_bad_heap_as_misuse(tmp_path: Path) -> None:
    result = run("neo4j", "start", "--heap", "lots", "--state-dir", str(tmp_path))
    assert result.exit_code == 2
    assert "not a JVM size" in result.output


def test_status_and_stop_with_nothing_running(tmp_path: Path) -> None:
    assert_one_line_error(run("neo4j", "status", "--state-dir", str(tmp_path)), 1, "no local Neo4j is running")
    result = run("neo4j", "stop", "--state-dir", str(tmp_path))
    assert result.exit_code == 0
    assert result.output.strip() == "no local Neo4j was running"
