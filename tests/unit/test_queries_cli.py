"""`sitgraph query list|show|run` and `sitgraph cypher` without a server: listings, help,
parameter checks, and the one-line refusal on the embedded store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitgraph.cli import NEEDS_NEO4J, main
from sitgraph.queries import load_queries


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_list_json_has_every_query(runner: CliRunner) -> None:
    result = runner.invoke(main, ["query", "list", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["name"] for r in rows] == [q.name for q in load_queries()]
    medical = next(r for r in rows if r["name"] == "attacks-on-medical-facilities")
    assert "perpetrator string = null" in medical["params"]


def test_list_table(runner: CliRunner) -> None:
    result = runner.invoke(main, ["query", "list"])
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split() == ["name", "params", "description"]
    assert "who-attacked-whom" in result.output


def test_show(runner: CliRunner) -> None:
    result = runner.invoke(main, ["query", "show", "agreement-violations"])
    assert result.exit_code == 0
    assert "agreement string = null" in result.output
    assert "sitgraph query run agreement-violations -p 'agreement=Idlib demilitarized zone'" in result.output
    assert "MATCH (g:Agreement)" in result.output


def test_show_unknown_is_one_line(runner: CliRunner) -> None:
    result = runner.invoke(main, ["query", "show", "who-attacked-who"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: no query named 'who-attacked-who'; did you mean who-attacked-whom?"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "run", "events-near", "-p", "km=far"], "parameter km: 'far' is not a float"),
        (["query", "run", "events-near", "-p", "radius=3"], "has no parameter 'radius'"),
        (["query", "run", "event-sources"], "needs -p event="),
        (["query", "run", "events-near", "-p", "since=May"], "is not a date"),
    ],
)
def test_run_checks_params_before_connecting(runner: CliRunner, tmp_path: Path, args, message) -> None:
    result = runner.invoke(main, ["--store", "bolt://127.0.0.1:1", *args])
    assert result.exit_code == 1
    assert message in result.output and len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [["cypher", "MATCH (n) RETURN n"], ["query", "run", "who-attacked-whom"]])
def test_cypher_on_embedded_store_says_how_to_get_neo4j(runner: CliRunner, tmp_path: Path, args) -> None:
    db = tmp_path / "g.db"
    result = runner.invoke(main, ["--store", f"sqlite:///{db}", *args])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {NEEDS_NEO4J}"
    assert not db.exists()


def test_cypher_misuse_exits_2(runner: CliRunner) -> None:
    assert runner.invoke(main, ["cypher"]).exit_code == 2
    assert runner.invoke(main, ["cypher", "RETURN 1", "-p", "novalue"]).exit_code == 2


def test_help_teaches(runner: CliRunner) -> None:
    for args in (["query", "--help"], ["query", "run", "--help"], ["cypher", "--help"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 0 and "Example" in result.output
