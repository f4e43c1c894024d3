"""What only the Neo4j store does: constraints, Cypher in read mode, plans, its errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.graph.model import Batch, EdgeRecord, NodeRecord, props
from sitgraph.graph.neo4j_store import CypherError, Neo4jStore
from sitgraph.graph.schema import LOCK_LABEL, NODE_LABELS
from sitgraph.graph.store import StoreError, open_store

pytestmark = pytest.mark.integration

CLEAN_ENV = {"SITGRAPH_STORE": None, "NEO4J_URI": None, "NEO4J_USERNAME": None, "NEO4J_PASSWORD": None,
             "NEO4J_DATABASE": None, "SITGRAPH_NEO4J_STATE": None}


def test_show_constraints_lists_unique_id_for_every_label(neo4j_store: Neo4jStore) -> None:
    rows = neo4j_store.run_cypher("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties")
    unique_ids = {r["labelsOrTypes"][0] for r in rows
                  if r["type"] in ("UNIQUENESS", "NODE_PROPERTY_UNIQUENESS") and r["properties"] == ["id"]}
    assert unique_ids == set(NODE_LABELS) | {LOCK_LABEL}


def test_opening_twice_keeps_one_constraint_per_label(neo4j_url: str, neo4j_auth: tuple[str, str]) -> None:
    for _ in range(2):
        open_store(neo4j_url, username=neo4j_auth[0], password=neo4j_auth[1]).close()
    with open_store(neo4j_url, username=neo4j_auth[0], password=neo4j_auth[1]) as store:
        rows = store.run_cypher("SHOW CONSTRAINTS YIELD name")
    assert len(rows) == len(NODE_LABELS) + 1  # and the writer lease's


def test_run_cypher_reads_with_parameters_and_refuses_writes(neo4j_store: Neo4jStore, sample_batch: Batch) -> None:
    neo4j_store.write(sample_batch)
    rows = neo4j_store.run_cypher(
        "MATCH (a:Actor {id: $id})-[r:KILLED]->(b) RETURN a, r, b.name AS victim", {"id": "actor:russia"}
    )
    assert len(rows) == 1
    assert rows[0]["a"]["id"] == "actor:russia" and rows[0]["a"]["label"] == "Actor"
    assert rows[0]["a"]["aliases"] == ["Moscow", "Russia"]
    assert (rows[0]["r"]["type"], rows[0]["r"]["count"], rows[0]["victim"]) == ("KILLED", 2, "civilians")
    json.dumps(rows)  # JSON-able all the way down
    with pytest.raises(CypherError, match="(?i)writ.* read"):
        neo4j_store.run_cypher("CREATE (n:Actor {id: 'actor:intruder'})")
    assert neo4j_store.get_node("actor:intruder") is None
    neo4j_store.run_cypher("MATCH (n:Actor {id: $id}) SET n.checked = true", {"id": "actor:russia"}, write=True)
    assert neo4j_store.get_node("actor:russia")["checked"] is True


def test_explain_plans_without_running(neo4j_store: Neo4jStore) -> None:
    plan = neo4j_store.explain("MATCH (n:Actor {id: $id}) RETURN n", {"id": "actor:russia"})
    text = json.dumps(plan)
    assert "ProduceResults" in text and "NodeUniqueIndexSeek" in text
    neo4j_store.explain("CREATE (n:Actor {id: 'actor:planned'})")
    assert neo4j_store.get_node("actor:planned") is None
    with pytest.raises(CypherError, match="Cypher failed"):
        neo4j_store.explain("MATCH (n RETURN n")


def test_cypher_failures_are_clean_one_line_messages(neo4j_store: Neo4jStore) -> None:
    with pytest.raises(CypherError) as syntax:
        neo4j_store.run_cypher("MATCH (n RETURN n")
    message = str(syntax.value)
    assert message.startswith("Cypher failed: Invalid input 'RETURN'") and message.endswith("(offset: 9))")
    assert "^" not in message and "\n" not in message
    with pytest.raises(CypherError) as refused:  # the server's own refusal, past the read-only guard
        neo4j_store.run_cypher("LOAD CSV FROM 'file:///etc/hosts' AS row RETURN row", write=True)
    message = str(refused.value)
    assert message.startswith("Cypher failed: Cannot load from URL 'file:///etc/hosts'")
    assert message.endswith("is false"), message


def test_values_neo4j_cannot_store_are_refused_before_writing(neo4j_store: Neo4jStore) -> None:
    bad = Batch((NodeRecord("Actor", "actor:a", props(name="A")),
                 NodeRecord("Actor", "actor:b", props(name="B", extra={"nested": 1}))))
    with pytest.raises(StoreError, match="property 'extra' of Actor actor:b"):
        neo4j_store.write(bad)
    mixed = Batch(edges=(EdgeRecord("ALLIED_WITH", "actor:a", "Actor", "actor:b", "Actor", "", props(x=[1, "a"])),))
    with pytest.raises(StoreError, match="mixed or nested"):
        neo4j_store.write(mixed)
    assert neo4j_store.counts() == {"nodes": {}, "relationships": {}}


def test_large_batch_is_chunked_in_one_transaction(neo4j_store: Neo4jStore) -> None:
    n = 6_000  # more than one chunk
    nodes = tuple(NodeRecord("Place", f"place:p{i}", props(name=f"P{i}")) for i in range(n))
    edges = tuple(EdgeRecord("LOCATED_IN", f"place:p{i}", "Place", f"place:p{i // 10}", "Place") for i in range(1, n))
    neo4j_store.write(Batch(nodes, edges))
    assert neo4j_store.counts() == {"nodes": {"Place": n}, "relationships": {"LOCATED_IN": n - 1}}
    # One missing end node in the last chunk undoes the whole batch, earlier chunks included.
    more = tuple(NodeRecord("Actor", f"actor:a{i}", props(name=f"A{i}")) for i in range(n))
    broken = (EdgeRecord("MEMBER_OF", "actor:a1", "Actor", "actor:none", "Actor"),)
    with pytest.raises(StoreError, match="missing Actor node actor:none"):
        neo4j_store.write(Batch(more, broken))
    assert "Actor" not in neo4j_store.counts()["nodes"]


def test_missing_database_is_one_line(neo4j_url: str, neo4j_auth: tuple[str, str]) -> None:
    with pytest.raises(StoreError, match="has no database 'nosuchdb'"):
        Neo4jStore(neo4j_url, username=neo4j_auth[0], password=neo4j_auth[1], database="nosuchdb").open()


def _cli(args: list[str], **env: Any):
    return CliRunner().invoke(main, args, env={**CLEAN_ENV, **env})


def test_cli_wrong_password_is_one_line_exit_1(neo4j_url: str, neo4j_auth: tuple[str, str]) -> None:
    if not neo4j_auth[1]:
        pytest.skip("the session's Neo4j runs without auth, so no password can be wrong")
    result = _cli(["--store", neo4j_url, "stats"], NEO4J_USERNAME="neo4j", NEO4J_PASSWORD="wrong-" + neo4j_auth[1])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.output.strip().splitlines() == [
        f"Error: Neo4j at {neo4j_url} refused the credentials for user neo4j"
    ]


def test_cli_stats_on_neo4j(neo4j_store: Neo4jStore, neo4j_url: str, neo4j_auth: tuple[str, str],
                            sample_batch: Batch) -> None:
    neo4j_store.write(sample_batch)
    result = _cli(["--store", neo4j_url, "stats", "--format", "json"],
                  NEO4J_USERNAME=neo4j_auth[0], NEO4J_PASSWORD=neo4j_auth[1])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert {k: out[k] for k in ("nodes", "relationships")} == neo4j_store.counts()


def test_cli_status_lists_the_session_server(neo4j_local_state: Path | None, neo4j_url: str) -> None:
    # The server this session started, or the one a script started with `sitgraph neo4j
    # start` under SITGRAPH_NEO4J_STATE (as .ci/run does).
    state_dir = neo4j_local_state or os.environ.get("SITGRAPH_NEO4J_STATE")
    if state_dir is None:
        pytest.skip("the session's Neo4j was not started by sitgraph (NEO4J_URI), so no status to check")
    result = _cli(["neo4j", "status", "--format", "json", "--state-dir", str(state_dir)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["url"], r["answering"], r["auth"]) for r in rows] == [(neo4j_url, "yes", "on")]
    assert re.fullmatch(r"\d+", str(rows[0]["pid"]))



def test_cli_tls_url_to_a_plain_server_is_one_line(neo4j_url: str, neo4j_auth: tuple[str, str]) -> None:
    # The driver logs the routing failure as well as raising it: only our line may show.
    # A real process, since pytest's own log handlers would hide what Python prints.
    url = "neo4j+s://" + neo4j_url.split("://", 1)[1]
    env = {k: v for k, v in os.environ.items() if k not in CLEAN_ENV}
    env.update(NEO4J_USERNAME=neo4j_auth[0], NEO4J_PASSWORD=neo4j_auth[1])
    proc = subprocess.run([sys.executable, "-m", "sitgraph.cli", "--store", url, "stats"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [
        f"Error: cannot reach Neo4j at {url}: unable to retrieve routing information"
    ]
