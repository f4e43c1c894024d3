"""The query library as data: every file parses, names are unique, declared parameters are
exactly those the Cypher uses, defaults and examples coerce to the declared types."""

from __future__ import annotations

import shlex

import pytest

from sitgraph.queries import (
    QUERY_DIR,
    TYPES,
    QueryError,
    bind,
    coerce,
    get_query,
    load_queries,
    parse_query,
    used_params,
)

QUERIES = load_queries()


def test_at_least_fifteen_queries_with_unique_names() -> None:
    names = [q.name for q in QUERIES]
    assert len(names) >= 15
    assert len(set(names)) == len(names)
    assert sorted(p.stem for p in QUERY_DIR.glob("*.cypher")) == sorted(names)


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_declared_params_match_cypher(query) -> None:
    assert {p.name for p in query.params} == used_params(query.cypher)
    assert query.description.strip() and len(query.description) > 40
    assert "//" not in query.cypher.split("\n")[0]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_defaults_coerce_to_declared_types(query) -> None:
    native = {"string": str, "int": int, "float": float, "bool": bool, "date": str, "string[]": list}
    for p in query.params:
        assert p.type in TYPES
        if p.default is not None:
            assert type(p.default) is native[p.type], p.name
            assert coerce(p.default, p.type) == p.default
        if p.required:
            assert p.default is None, p.name


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_examples_bind(query) -> None:
    assert query.examples, "every query shows at least one example"
    for example in query.examples:
        values = dict(arg.split("=", 1) for arg in shlex.split(example))
        bound = bind(query, values)
        assert set(bound) == {p.name for p in query.params}


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.name)
def test_limit_params_are_positive_ints(query) -> None:
    limit = query.param("limit")
    if limit is not None:
        assert limit.type == "int" and limit.default > 0


HEADER = """// name: demo-query
// description: A demo that counts
//   things across two lines.
// param: actor string = null -- who
// param: since date = "2019-05"
// param: n int = 5 -- how many
// param: kinds string[] = ["Attack", "Capture"]
// param: must string -- required
// example: must=x n=3
MATCH (a {id: $actor}) WHERE a.date >= $since AND a.kind IN $kinds AND a.x = $must
RETURN a LIMIT $n // not a $param in a comment
"""


def test_parse_header() -> None:
    q = parse_query(HEADER)
    assert q.name == "demo-query"
    assert q.description == "A demo that counts things across two lines."
    assert [(p.name, p.type, p.default, p.required) for p in q.params] == [
        ("actor", "string", None, False),
        ("since", "date", "2019-05", False),
        ("n", "int", 5, False),
        ("kinds", "string[]", ["Attack", "Capture"], False),
        ("must", "string", None, True),
    ]
    assert q.params[0].description == "who"
    assert q.examples == ("must=x n=3",)
    assert q.cypher.startswith("MATCH")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (HEADER.replace("AND a.x = $must", ""), "unused must"),
        (HEADER.replace("$n //", "$m //"), "undeclared m"),
        (HEADER.replace("n int = 5", "n int = five"), "is not a int"),
        (HEADER.replace("kinds string[]", "kinds text"), "unknown type"),
        (HEADER.replace("// name: demo-query\n", ""), "needs 'name:'"),
        (HEADER.replace("// name: demo-query", "// name: Demo Query"), "needs 'name:'"),
        (HEADER.replace("// param: n int", "// parm: n int"), "header line 6"),
        (HEADER + "", None),
    ],
)
def test_parse_errors(text: str, message: str | None) -> None:
    if message is None:
        assert parse_query(text).name == "demo-query"
        return
    with pytest.raises(QueryError, match=message):
        parse_query(text, source="demo.cypher")


def test_used_params_ignores_strings_and_comments() -> None:
    cypher = "MATCH (n) WHERE n.x = '$no' AND n.y = $yes /* $nor */ RETURN n // $neither"
    assert used_params(cypher) == {"yes"}


@pytest.mark.parametrize(
    ("value", "type_", "expected"),
    [
        ("12", "int", 12),
        (12.0, "int", 12),
        ("2.5", "float", 2.5),
        (3, "float", 3.0),
        ("yes", "bool", True),
        ("false", "bool", False),
        (2019, "date", "2019"),
        ("2019-05-05", "date", "2019-05-05"),
        ("Attack, Capture", "string[]", ["Attack", "Capture"]),
        (["Attack"], "string[]", ["Attack"]),
        ('["a","b"]', "string[]", ["a", "b"]),
        (42, "string", "42"),
        ("null", "int", None),
        (None, "date", None),
    ],
)
def test_coerce(value, type_, expected) -> None:
    assert coerce(value, type_) == expected


@pytest.mark.parametrize(
    ("value", "type_"),
    [("x", "int"), (2.5, "int"), (True, "int"), ("maybe", "bool"), ("5 May 2019", "date"),
     ("2019-5-5", "date"), ("abc", "float"), ({"a": 1}, "string")],
)
def test_coerce_refuses(value, type_) -> None:
    with pytest.raises(QueryError, match="is not a"):
        coerce(value, type_, what="parameter x")


def test_bind_fills_defaults_and_refuses_unknown_or_missing() -> None:
    q = get_query("actor-attacks-over-time")
    bound = bind(q, {"actor": "Russia", "since": 2019})
    assert bound == {"actor": "Russia", "granularity": "month", "since": "2019", "until": None,
                     "min_confidence": None, "country": None}
    with pytest.raises(QueryError, match="no parameter 'perp'"):
        bind(q, {"actor": "Russia", "perp": "x"})
    with pytest.raises(QueryError, match="needs -p actor="):
        bind(q, {})


def test_get_query_suggests_close_names() -> None:
    with pytest.raises(QueryError, match="did you mean who-attacked-whom"):
        get_query("who-attacked-who")


def test_file_name_must_match_query_name(tmp_path) -> None:
    (tmp_path / "other-name.cypher").write_text(HEADER, encoding="utf-8")
    with pytest.raises(QueryError, match="differs from the file name"):
        load_queries(tmp_path)


def test_reference_page_is_up_to_date() -> None:
    from sitgraph.queries import queries_markdown

    page = QUERY_DIR.parent / "docs" / "QUERIES.md"
    regenerate = "regenerate docs/QUERIES.md from sitgraph.queries.queries_markdown()"
    assert page.read_text(encoding="utf-8") == queries_markdown(), regenerate
    for q in QUERIES:
        assert f"\n## {q.name}\n" in page.read_text(encoding="utf-8")
