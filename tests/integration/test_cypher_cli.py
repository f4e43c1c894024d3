"""`sitgraph cypher` and `sitgraph query run` against a real Neo4j: reads work, writes are
refused by the server unless --write, results print as table, JSON or CSV."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.graph.model import Batch
from sitgraph.graph.neo4j_store import Neo4jStore
from sitgraph.loaders.incidents import rebuild_incidents

pytestmark = pytest.mark.integration


@pytest.fixture
def cli(neo4j_store: Neo4jStore, neo4j_url: str, neo4j_auth: tuple[str, str], sample_batch: Batch):
    """Invoke the CLI on the test Neo4j, which holds the sample graph."""
    neo4j_store.write(sample_batch)
    rebuild_incidents(neo4j_store)  # the Incident nodes an ingest writes with its batches
    env = {"NEO4J_USERNAME": neo4j_auth[0], "NEO4J_PASSWORD": neo4j_auth[1], "SITGRAPH_STORE": None,
           "NEO4J_URI": None}

    def invoke(*args: str):
        return CliRunner().invoke(main, ["--store", neo4j_url, *args], env=env)

    return invoke


def test_create_without_write_is_refused_and_graph_unchanged(cli, neo4j_store: Neo4jStore) -> None:
    before = neo4j_store.counts()
    result = cli("cypher", "CREATE (:X {n: 1})")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    # Refused before it is sent (graph/cypher_guard.py); the server's read mode is the second
    # lock (tests/integration/test_cypher_safety.py).
    assert len(lines) == 1 and lines[0].startswith("Error: refused without --write: CREATE")
    assert "write" in lines[0].lower()
    assert neo4j_store.counts() == before
    assert neo4j_store.run_cypher("MATCH (x:X) RETURN count(x) AS n") == [{"n": 0}]


def test_write_flag_writes(cli, neo4j_store: Neo4jStore) -> None:
    result = cli("cypher", "CREATE (x:X {n: $n}) RETURN x.n AS n", "-p", "n=7", "--write", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"n": 7}]
    assert neo4j_store.run_cypher("MATCH (x:X) RETURN x.n AS n") == [{"n": 7}]


def test_read_with_params_in_each_format(cli) -> None:
    q = "MATCH (a:Actor) WHERE a.type = $type RETURN a.name AS name, a.aliases AS aliases ORDER BY name"
    result = cli("cypher", q, "-p", "type=state", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"name": "Russia", "aliases": ["Moscow", "Russia"]}]
    csv_out = cli("cypher", q, "-p", "type=state_forces", "--format", "csv").output
    assert csv_out.splitlines() == ["name,aliases", "Syrian government,Damascus; regime"]
    table = cli("cypher", q, "-p", "type=state").output.splitlines()
    assert table[0].split() == ["name", "aliases"] and table[2].startswith("Russia")


def test_nodes_come_out_as_plain_dicts(cli) -> None:
    result = cli("cypher", "MATCH (p:Place {id: 'place:kafranbel'}) RETURN p", "--format", "json")
    assert json.loads(result.output) == [{"p": {"id": "place:kafranbel", "label": "Place", "lat": 35.61,
                                                "lon": 36.56, "name": "Kafranbel", "type": "town"}}]


def test_syntax_error_is_one_line(cli) -> None:
    result = cli("cypher", "MATCH (n RETURN n")
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1


def test_named_query_run(cli) -> None:
    result = cli("query", "run", "attacks-on-medical-facilities", "-p", "perpetrator=Moscow", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["date"], r["facility"], r["place"], r["perpetrators"]) for r in rows] == [
        ("2019-05-05", "Kafranbel hospital", "Kafranbel", ["Russia", "Syrian government"])]
    empty = cli("query", "run", "attacks-on-medical-facilities", "-p", "since=2020")
    assert empty.exit_code == 0 and empty.output.strip() == "(no rows)"


def test_named_query_explain(cli) -> None:
    result = cli("query", "run", "who-attacked-whom", "--explain")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["operatorType"].startswith("ProduceResults")
