"""The `sitgraph` command line: a thin layer over the library.

This module holds the group and its global options; the commands live in
`sitgraph.commands`, one module per area, and share `sitgraph.commands.common` (the
context, the `--format table|json|csv` choice, one-line errors). Configuration from the
environment (SITGRAPH_STORE, NEO4J_*) is read here and in the commands' options, nowhere
in the library; library errors become one-line `click.ClickException`s (exit 1), misuse
exits 2.
"""

from __future__ import annotations

import os

import click

from sitgraph import __version__
from sitgraph.commands.analyze import analyze, viz
from sitgraph.commands.common import DEFAULT_STORE, Context
from sitgraph.commands.export import export_cmd
from sitgraph.commands.extract import extract
from sitgraph.commands.incidents import incidents
from sitgraph.commands.ingest import ingest_command, show_command, stats
from sitgraph.commands.neo4j import neo4j
from sitgraph.commands.query import NEEDS_NEO4J, cypher, query
from sitgraph.commands.read import read_command
from sitgraph.commands.review import review

__all__ = ["main", "NEEDS_NEO4J"]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="sitgraph")
@click.option(
    "--store",
    "store_url",
    envvar="SITGRAPH_STORE",
    default=DEFAULT_STORE,
    show_default=True,
    help="Where the graph lives: sqlite:///PATH (embedded; ingest creates it, the other commands "
    "refuse a path holding no sitgraph store) or neo4j://, bolt://, neo4j+s:// "
    "(credentials from NEO4J_USERNAME / NEO4J_PASSWORD). Env: SITGRAPH_STORE, else NEO4J_URI.",
)
@click.option("--database", envvar="NEO4J_DATABASE", default=None, help="Neo4j database name.")
@click.option("--progress/--no-progress", default=True, help="Progress bars on stderr.")
@click.option("--overrides", "overrides", envvar="SITGRAPH_OVERRIDES", type=click.Path(dir_okay=False),
              default=None, help="The corrections log (JSONL) ingest applies and review writes. Default: "
              "overrides.jsonl beside an embedded store, .sitgraph/overrides-HOST-PORT-DB.jsonl for Neo4j. "
              "Env: SITGRAPH_OVERRIDES.")
@click.option("--max-concurrent-reads", type=click.IntRange(min=1), envvar="SITGRAPH_MAX_CONCURRENT_READS",
              default=None, help="Neo4j: at most this many read transactions at once from threads sharing the "
              "store; the others wait (default: no cap). Env: SITGRAPH_MAX_CONCURRENT_READS.")
@click.option("--read-share-during-ingest", type=click.FloatRange(min=0, max=1, min_open=True),
              envvar="SITGRAPH_READ_SHARE_DURING_INGEST", default=None, metavar="SHARE",
              help="Neo4j: while an ingest holds the writer lease, reads from threads sharing the store run "
              "one at a time and busy at most this share of the time (0.25: a read of 1 s is followed by 3 s "
              "without reads); the ingest's own reads never wait (default: off). "
              "Env: SITGRAPH_READ_SHARE_DURING_INGEST.")
@click.pass_context
def main(ctx: click.Context, store_url: str, database: str | None, progress: bool, overrides: str | None,
         max_concurrent_reads: int | None, read_share_during_ingest: float | None) -> None:
    """Turn situation reports about armed conflict into a knowledge graph.

    \b
    A first run on the embedded store:
      sitgraph ingest examples/           # read, extract, resolve, write
      sitgraph stats                      # what is in the graph
      sitgraph analyze centrality         # which actors are central
      sitgraph viz -o graph.html          # an interactive relationship graph

    \b
    With Neo4j (Cypher and named queries):
      sitgraph neo4j start --data ./neo4j-data --password change-me-now
      export SITGRAPH_STORE=bolt://127.0.0.1:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=change-me-now
      sitgraph query list
    """
    if store_url == DEFAULT_STORE and os.environ.get("NEO4J_URI") and not os.environ.get("SITGRAPH_STORE"):
        store_url = os.environ["NEO4J_URI"]
    ctx.obj = Context(store_url, database, progress, overrides, max_concurrent_reads, read_share_during_ingest)


for command in (read_command, extract, ingest_command, show_command, stats, incidents, query, cypher, analyze, viz,
                export_cmd, review, neo4j):
    main.add_command(command)


if __name__ == "__main__":  # pragma: no cover
    main()
