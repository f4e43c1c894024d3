"""Neo4j's error messages become clean one-line CypherError/StoreError messages."""

from __future__ import annotations

import pytest

from sitgraph.graph.neo4j_values import first_line, server_message

SYNTAX = ("Invalid input 'RETURN': expected a graph pattern, ')' or ':' (line 1, column 10 (offset: 9))\n"
          '"MATCH (n RETURN n"\n'
          "          ^")


@pytest.mark.parametrize(("raw", "clean"), [
    (SYNTAX, "Invalid input 'RETURN': expected a graph pattern, ')' or ':' (line 1, column 10 (offset: 9))"),
    ("Cannot load from URL 'file:///etc/hosts': configuration property "
     "'dbms.security.allow_csv_import_from_file_urls' is false ()",
     "Cannot load from URL 'file:///etc/hosts': configuration property "
     "'dbms.security.allow_csv_import_from_file_urls' is false"),
    ("access to /10.0.0.1 is blocked  () ", "access to /10.0.0.1 is blocked"),
    ("Invalid input for function 'toInteger()': Expected a String, got: List{Long(1)}",
     "Invalid input for function 'toInteger()': Expected a String, got: List{Long(1)}"),  # () inside stays
    ("There is no procedure with the name `x.y`\nregistered for this database instance.",
     "There is no procedure with the name `x.y` registered for this database instance."),
    ("/ by zero", "/ by zero"),
])
def test_server_message_is_one_clean_line(raw: str, clean: str) -> None:
    assert server_message(raw) == clean


def test_long_messages_are_cut_with_an_ellipsis() -> None:
    cut = server_message("word " * 100, limit=20)
    assert cut == "word word word word…" and len(cut) == 20


def test_an_error_without_words_is_named_by_its_type() -> None:
    assert first_line(RuntimeError("()")) == "RuntimeError"
    assert first_line(RuntimeError(SYNTAX)).endswith("(offset: 9))")
