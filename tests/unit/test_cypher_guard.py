"""The read-only Cypher guard: what passes without --write, what is refused and why."""

from __future__ import annotations

import pytest

from sitgraph.graph import cypher_guard as G
from sitgraph.queries import load_queries

ALLOWED = [
    "MATCH (n) RETURN n",
    "MATCH (a:Actor)-[:PERPETRATED]->(e:Event) RETURN a.name, count(e) ORDER BY count(e) DESC LIMIT 10",
    "RETURN 'LOAD CSV'",
    'RETURN "LOAD CSV FROM \'file:///etc/passwd\'" AS text',
    "RETURN 'it\\'s LOAD CSV' AS s",
    "// LOAD CSV FROM 'file:///etc/passwd'\nMATCH (n) RETURN count(n)",
    "/* CALL dbms.listConfig() */ MATCH (n) RETURN count(n)",
    "MATCH (n:`LOAD CSV`) RETURN n",
    "MATCH (n) WHERE n.`CALL dbms.listConfig` = 1 RETURN n",
    "CALL db.labels()",
    "CALL db.labels() YIELD label RETURN label ORDER BY label",
    "CALL db.relationshipTypes",
    "call db.propertyKeys()",
    "CALL db.schema.visualization()",
    "CALL db.schema.nodeTypeProperties() YIELD nodeType RETURN nodeType",
    "CALL db.index.fulltext.queryNodes('names', 'Russia') YIELD node RETURN node",
    "SHOW INDEXES",
    "SHOW ALL CONSTRAINTS YIELD name RETURN name",
    "SHOW BUILT IN FUNCTIONS",
    "SHOW PROCEDURES",
    "CALL { MATCH (n:Actor) RETURN n } RETURN n.name",
    "MATCH (e:Event) CALL (e) { MATCH (e)<-[:REPORTS]-(r) RETURN count(r) AS n } RETURN e.id, n",
    "MATCH (call:Call) RETURN call AS c",
    "WITH 1 AS call RETURN call",
    "WITH 1 AS set RETURN set",
    "WITH 1 AS show RETURN show AS s",
    "MATCH (n {set: 1, load: 2}) RETURN n.set, n.load, n.call, $show",
    "MATCH (n) WHERE n.name STARTS WITH 'a' RETURN n",
    "MATCH (n) WHERE n:Call RETURN n",
    "CYPHER runtime=slotted MATCH (n) RETURN n",
    "EXPLAIN MATCH (n) RETURN n",
    "MATCH p = (a)-[*1..3]->(b) RETURN [x IN nodes(p) | x.name] AS names",
    "MATCH (n) RETURN n { .name, .type } AS m",
    "UNWIND $ids AS id MATCH (n {id: id}) RETURN n",
    "MATCH (n) RETURN count { (n)--() } AS degree",
]

REFUSED = [
    ("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", "LOAD CSV"),
    ("load csv with headers from 'https://example.org/x.csv' AS row RETURN row", "LOAD CSV"),
    ("/*x*/LOAD/**/CSV FROM 'file:///etc/passwd' AS l RETURN l", "LOAD CSV"),
    ("LOAD // hidden\n CSV FROM $url AS l RETURN l", "LOAD CSV"),
    ("MATCH (n) CALL { WITH n LOAD CSV FROM 'file:///x' AS l RETURN l } RETURN 1", "LOAD CSV"),
    ("RETURN 1 UNION LOAD CSV FROM 'file:///x' AS l RETURN l[0]", "LOAD CSV"),
    ("TERMINATE TRANSACTIONS 'neo4j-transaction-42'", "TERMINATE TRANSACTIONS"),
    ("SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTION t", "SHOW TRANSACTIONS"),
    ("SHOW USERS", "SHOW USERS"),
    ("show roles", "SHOW ROLES"),
    ("SHOW PRIVILEGES", "SHOW PRIVILEGES"),
    ("SHOW SETTINGS", "SHOW SETTINGS"),
    ("SHOW DATABASES", "SHOW DATABASES"),
    ("SHOW CURRENT USER", "SHOW CURRENT USER"),
    ("USE system SHOW USERS", "SHOW USERS"),
    ("CALL dbms.listConfig()", "procedure dbms.listConfig"),
    ("CALL `dbms`.`listConfig`()", "procedure dbms.listConfig"),
    ("CALL dbms . /* x */ listConfig ( )", "procedure dbms.listConfig"),
    ("CALL dbms.security.listUsers", "procedure dbms.security.listUsers"),
    ("CALL dbms.killQuery('q')", "procedure dbms.killQuery"),
    ("WITH * CALL dbms.listConfig() YIELD name RETURN name", "procedure dbms.listConfig"),
    ("MATCH (n) WITH n CALL db.createLabel('X') RETURN n", "procedure db.createLabel"),
    ("CALL tx.setMetaData({a: 1})", "procedure tx.setMetaData"),
    ("CALL apoc.load.json('https://example.org')", "procedure apoc.load.json"),
    ("CALL db.labelsX()", "procedure db.labelsX"),
    ("MATCH (n) SET n.x = 1", "SET"),
    ("CREATE (n:Actor {id: 'x'})", "CREATE"),
    ("MATCH (n) DETACH DELETE n", "DETACH"),
    ("MERGE (n:Actor {id: $id}) RETURN n", "MERGE"),
    ("CREATE USER eve SET PASSWORD 'abcdefgh'", "CREATE"),
    ("STOP DATABASE neo4j", "STOP"),
    ("DROP INDEX names", "DROP"),
    ("GRANT ROLE admin TO eve", "GRANT"),
]


@pytest.mark.parametrize("statement", ALLOWED)
def test_read_only_statements_pass(statement):
    assert G.refusal(statement) is None
    G.check_read_only(statement)


@pytest.mark.parametrize(("statement", "named"), REFUSED)
def test_refused_statements_name_what_was_refused(statement, named):
    why = G.refusal(statement)
    assert why is not None and named in why
    with pytest.raises(G.CypherRefused) as exc:
        G.check_read_only(statement)
    message = str(exc.value)
    assert message.startswith("refused without --write: ") and "\n" not in message


def test_every_named_query_passes_the_guard():
    queries = load_queries()
    assert len(queries) >= 20
    assert [q.name for q in queries if G.refusal(q.cypher) is not None] == []


def test_tokenize_skips_comments_and_keeps_strings_whole():
    tokens = G.tokenize("MATCH /* c */ (n) // tail\nRETURN 'a // b', `x``y` AS z, 1.5e3, [1..2]")
    assert [(t.kind, t.text) for t in tokens] == [
        ("word", "MATCH"), ("punct", "("), ("word", "n"), ("punct", ")"), ("word", "RETURN"),
        ("string", "'a // b'"), ("punct", ","), ("quoted", "x`y"), ("word", "AS"), ("word", "z"),
        ("punct", ","), ("number", "1.5e3"), ("punct", ","), ("punct", "["), ("number", "1"), ("punct", "."),
        ("punct", "."), ("number", "2"), ("punct", "]"),
    ]


@pytest.mark.parametrize("statement", [
    # Cypher's line comment ends at CR too: what follows runs.
    "MATCH (n) RETURN n // x\rLOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    # Unterminated, a comment, string or name is no shelter: its opener is a plain character.
    "MATCH (n) RETURN n /* LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "RETURN 'LOAD CSV FROM $u AS l RETURN l",
    "RETURN `x LOAD CSV FROM $u AS l RETURN l",
    # Characters that are not Cypher punctuation do not separate what Neo4j reads together.
    "LOAD\u00b2CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "LOAD\u200bCSV FROM 'file:///etc/passwd' AS l RETURN l",
    "LOAD\u3000CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "LOAD\u2028CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "CALL\u00a0dbms.listConfig()",
])
def test_what_neo4j_would_read_as_load_csv_or_call_is_refused(statement):
    assert G.refusal(statement) is not None


@pytest.mark.parametrize(("name", "allowed"), [
    ("db.labels", True), ("DB.LABELS", True), ("db.schema.visualization", True), ("db.schema", False),
    ("db.schemaX.visualization", False), ("dbms.components", False), ("db.labels.x", False),
])
def test_procedure_allow_list(name, allowed):
    assert G.procedure_allowed(name) is allowed


def test_allow_list_is_data_a_caller_can_narrow():
    assert G.refusal("CALL db.labels()", allowed=("db.propertyKeys",)) is not None
    assert G.refusal("CALL db.propertyKeys()", allowed=("db.propertyKeys",)) is None


def test_cypher_help_names_every_allowed_procedure():
    from click.testing import CliRunner

    from sitgraph.cli import main

    text = " ".join(CliRunner().invoke(main, ["cypher", "--help"]).output.split())
    fulltext = "db.index.fulltext.query"
    assert [p for p in G.ALLOWED_PROCEDURES if not p.startswith(fulltext) and p not in text] == []
    assert fulltext + "*" in text
