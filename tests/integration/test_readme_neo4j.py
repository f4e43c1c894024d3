"""The README's Neo4j commands run as written against the test server, on `examples/`.

The lines are the ``server`` class of tests/unit/test_readme_commands.py. The session's
server stands in for the one the README starts: `sitgraph neo4j start|status|stop` lines
are parsed against the command's options (so a renamed option fails here) but not run,
and the `export` line's variables are replaced by the test server's URL and credentials.
Every other `sitgraph` line runs through click's CliRunner and must exit 0 with rows.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from sitgraph.cli import main

pytestmark = pytest.mark.integration

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_readme_commands import EXAMPLES, readme_commands  # noqa: E402 - the README's command classes


def _lifecycle_ok(args: list[str]) -> None:
    """Parse a `sitgraph neo4j ...` line against its command without running it."""
    group = main.commands["neo4j"]
    assert isinstance(group, click.Group)
    sub = group.commands[args[2]]
    ctx = sub.make_context(args[2], args[3:])  # raises click.UsageError on a wrong option
    password = ctx.params.get("password")
    assert password is None or len(password) >= 8, "Neo4j refuses passwords under 8 characters"


def test_readme_neo4j_commands_run_against_the_test_server(
    neo4j_store, neo4j_url: str, neo4j_auth: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    commands = readme_commands("server")
    assert ["sitgraph", "ingest", "examples/"] in commands
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    env = {"SITGRAPH_STORE": neo4j_url, "NEO4J_USERNAME": neo4j_auth[0], "NEO4J_PASSWORD": neo4j_auth[1],
           "NEO4J_URI": None, "NEO4J_DATABASE": None}
    runner = CliRunner()
    ran = 0
    for args in commands:
        if args[0] == "export":
            exported = {a.partition("=")[0] for a in args[1:]}
            assert {"SITGRAPH_STORE", "NEO4J_USERNAME", "NEO4J_PASSWORD"} <= exported
            continue
        assert args[0] == "sitgraph", args
        if args[1] == "neo4j":
            _lifecycle_ok(args)
            continue
        result = runner.invoke(main, args[1:], env=env, catch_exceptions=False)
        shown = " ".join(args)
        assert result.exit_code == 0, f"{shown} exited {result.exit_code}: {result.output[-500:]}"
        assert result.output.strip() and "(no rows)" not in result.output, f"{shown}: {result.output[-500:]}"
        ran += 1
    assert ran >= 4  # ingest, query list, query run, cypher
