"""sitgraph query list|show|run and sitgraph cypher: Cypher on a Neo4j store."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from sitgraph.commands.common import Context, emit, format_table, library_errors, output_options, parse_params, pass_ctx

NEO4J_SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")
NEEDS_NEO4J = (
    "Cypher needs a Neo4j store: start one with `sitgraph neo4j start` and pass --store bolt://127.0.0.1:7687"
)


def _open_cypher_store(ctx: Context):  # -> Neo4jStore
    """The Neo4j store of ``--store``; a one-line error on the embedded store (checked on the
    URL, so no SQLite file is created just to be refused)."""
    from urllib.parse import urlsplit

    if urlsplit(ctx.store_url).scheme.lower() not in NEO4J_SCHEMES:
        raise click.ClickException(NEEDS_NEO4J)
    return ctx.open_store()


def _emit_rows(rows: list[dict[str, Any]], fmt: str) -> None:
    # Columns in the order the query returns them (every row of a Cypher result has the same keys).
    emit(rows, fmt, list(rows[0]) if rows else [])


_param_option = click.option(
    "-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
    help="A query parameter (repeatable). Values are read as JSON when they parse (numbers, lists, null).",
)


@click.group()
def query() -> None:
    """Named, parameterised Cypher queries that answer analysts' questions (Neo4j store).

    \b
    Examples:
      sitgraph query list
      sitgraph query show attacks-on-medical-facilities
      sitgraph query run attacks-on-medical-facilities -p perpetrator=Russia -p since=2019-05
      sitgraph query run who-attacked-whom -p min_incidents=2 --format csv > pairs.csv
    """


@query.command("list")
@output_options
@library_errors
def query_list(fmt: str) -> None:
    """List the named queries with their parameters.

    \b
    Examples:
      sitgraph query list
      sitgraph query list --format json
    """
    from sitgraph.queries import load_queries

    rows = []
    for q in load_queries():
        first = q.description.split(". ")[0].rstrip(".") + "."
        rows.append({
            "name": q.name,
            "description": first if fmt == "table" else q.description,
            "params": [p.signature() for p in q.params] if fmt != "table" else ", ".join(p.name for p in q.params),
        })
    if fmt == "table":
        click.echo(format_table(rows, ["name", "params", "description"], width=70))
    else:
        emit(rows, fmt, ["name", "description", "params"])


@query.command("show")
@click.argument("name")
@library_errors
def query_show(name: str) -> None:
    """Show a named query: what it answers, its parameters, examples and its Cypher.

    \b
    Example:
      sitgraph query show contested-events
    """
    import shlex

    from sitgraph.queries import get_query

    q = get_query(name)
    click.echo(f"{q.name}\n\n{q.description}\n\nParameters:")
    for p in q.params:
        click.echo(f"  {p.signature():<40} {p.description}".rstrip())
    if not q.params:
        click.echo("  (none)")
    if q.examples:
        click.echo("\nExamples:")
        for ex in q.examples:
            args = " ".join("-p " + shlex.quote(a) for a in shlex.split(ex))
            click.echo(f"  sitgraph query run {q.name} {args}")
    click.echo(f"\nCypher:\n{q.cypher}")


@query.command("run")
@click.argument("name")
@_param_option
@output_options
@click.option("--explain", is_flag=True, help="Show Neo4j's plan instead of running the query.")
@pass_ctx
@library_errors
def query_run(ctx: Context, name: str, params: tuple[str, ...], fmt: str, explain: bool) -> None:
    """Run a named query on the Neo4j store and print its rows.

    Parameters are checked and coerced to their declared types before anything is sent;
    `sitgraph query show NAME` lists them.

    \b
    Examples:
      sitgraph query run attacks-on-medical-facilities -p province=Idlib
      sitgraph query run events-near -p place=Kafranbel -p km=15 --format json
      sitgraph query run actor-attacks-over-time -p actor=Russia -p granularity=day
    """
    from sitgraph.queries import bind, get_query

    q = get_query(name)
    values = bind(q, parse_params(params))
    with _open_cypher_store(ctx) as store:
        if explain:
            click.echo(json.dumps(store.explain(q.cypher, values), indent=2, default=str))
            return
        rows = store.run_cypher(q.cypher, values)
    _emit_rows(rows, fmt)


@click.command()
@click.argument("statement")
@_param_option
@click.option("--write", is_flag=True,
              help="Run in a write transaction with your full Neo4j rights. Without it the statement "
                   "is checked read-only first and the server refuses any write.")
@output_options
@pass_ctx
@library_errors
def cypher(ctx: Context, statement: str, params: tuple[str, ...], write: bool, fmt: str) -> None:
    """Run a Cypher statement on the Neo4j store ('-' reads it from stdin).

    Read-only unless --write, with two locks. First the statement is checked, and refused
    in one line naming what, when it holds LOAD CSV, TERMINATE TRANSACTIONS, SHOW USERS /
    ROLES / TRANSACTIONS / SETTINGS (any SHOW but INDEXES, CONSTRAINTS, FUNCTIONS,
    PROCEDURES), a write or admin clause, or a CALL of a procedure off the allow-list:
    db.labels, db.relationshipTypes, db.propertyKeys, db.schema.*, db.index.fulltext.query*,
    db.info, db.ping (no dbms.*). Strings and comments are not read as keywords, so
    RETURN 'LOAD CSV' runs; a variable named like a keyword can be written in backquotes.
    Then it runs in a read transaction, so Neo4j itself refuses CREATE, MERGE, SET and
    DELETE. Pass values with -p, never inside the text.

    \b
    Examples:
      sitgraph cypher "MATCH (a:Actor) RETURN a.name AS name, a.type AS type ORDER BY name"
      sitgraph cypher 'MATCH (e:Event) WHERE e.date >= $since RETURN e.kind, count(*)' -p since=2019-05
      sitgraph cypher - --format json < my-query.cypher
      sitgraph cypher 'CALL db.schema.nodeTypeProperties()'
      sitgraph cypher 'MATCH (n:Actor {id: $id}) SET n.reviewed = true' -p id=actor:russia --write
    """
    if statement == "-":
        statement = sys.stdin.read()
    if not statement.strip():
        raise click.UsageError("empty Cypher statement")
    values = parse_params(params)
    with _open_cypher_store(ctx) as store:
        rows = store.run_cypher(statement, values, write=write)
    _emit_rows(rows, fmt)
