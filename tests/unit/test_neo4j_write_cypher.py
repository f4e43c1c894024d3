"""Every write statement of the Neo4j store lives in graph/neo4j_cypher.py, as data.

The store's other modules (connection, batches, reads, lease, values) only name the
statements of that module; a write statement spelled out anywhere else fails here."""

import ast
import re
from pathlib import Path

from sitgraph.graph import neo4j_cypher

ROOT = Path(__file__).resolve().parents[2]
STATEMENT = re.compile(r"^\s*(?:MATCH|OPTIONAL MATCH|UNWIND|MERGE|CREATE|CALL|WITH)\b")
WRITE = re.compile(r"\b(?:MERGE|CREATE|DELETE|SET|REMOVE)\b")


def write_statements(source: str) -> list[str]:
    """The string literals of ``source`` (f-string pieces included) that are Cypher
    statements with a write clause; docstrings and prose do not start like a statement."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            and STATEMENT.match(node.value) and WRITE.search(node.value)]


def test_no_write_statement_outside_the_cypher_module():
    modules = sorted((ROOT / "graph").glob("neo4j_*.py"))
    names = {p.name for p in modules}
    assert {"neo4j_store.py", "neo4j_batches.py", "neo4j_lease.py", "neo4j_cypher.py"} <= names
    found = {p.name: write_statements(p.read_text(encoding="utf-8")) for p in modules if p.name != "neo4j_cypher.py"}
    assert {name: s for name, s in found.items() if s} == {}


def test_the_cypher_module_holds_the_writes():
    held = write_statements((ROOT / "graph" / "neo4j_cypher.py").read_text(encoding="utf-8"))
    assert len(held) >= 12
    assert neo4j_cypher.NODE_MERGE.format(label="Actor") == (
        "UNWIND $rows AS r MERGE (n:Actor {id: r.id}) SET n += r.props")
    assert neo4j_cypher.LEASE_DELETE == "MATCH (l:Lock {id: $name}) WHERE l.token = $token DELETE l"


def test_the_check_finds_a_write_spelled_out_and_passes_reads_and_prose():
    source = '''
"""MERGE every record of a batch (prose, not a statement)."""
READ = "MATCH (n:Report) RETURN n.id AS id"
def f(tx, label):
    """MERGE the rows (prose again)."""
    tx.run(f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET n += r.props", rows=[])
    tx.run("MATCH (l:Lock {id: $name}) DELETE l")
'''
    assert sorted(write_statements(source)) == ["MATCH (l:Lock {id: $name}) DELETE l", "UNWIND $rows AS r MERGE (n:"]
