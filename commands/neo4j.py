"""sitgraph neo4j start|stop|status|build: the local Neo4j server."""

from __future__ import annotations

from pathlib import Path

import click

from sitgraph.commands.common import emit, library_errors, output_options


@click.group()
def neo4j() -> None:
    """Run a local Neo4j (Community 5.26 LTS) on 127.0.0.1 for Cypher and named queries.

    \b
    It is built from tools/neo4j with Maven on first use (Java 17+ and Maven needed; the
    first build downloads Neo4j from Maven Central), runs in the background and is found
    again by `status` and `stop` from any directory.

    \b
    Examples:
      sitgraph neo4j start --data ./neo4j-data --password secret
      export SITGRAPH_STORE=bolt://127.0.0.1:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=secret
      sitgraph neo4j status
      sitgraph neo4j stop
    """


_state_dir_option = click.option(
    "--state-dir", type=click.Path(file_okay=False), envvar="SITGRAPH_NEO4J_STATE", hidden=True,
    help="Where running servers are recorded (default ~/.cache/sitgraph/neo4j).",
)


@neo4j.command("start")
@click.option("--data", "data_dir", type=click.Path(file_okay=False), default=".sitgraph/neo4j",
              show_default=True, help="Data directory (created if absent; kept between runs).")
@click.option("--port", type=click.IntRange(1, 65535), default=7687, show_default=True,
              help="Bolt port on 127.0.0.1.")
@click.option("--password", envvar="NEO4J_PASSWORD", default=None,
              help="Password of user neo4j (auth is off without one). Env: NEO4J_PASSWORD.")
@click.option("--heap", default="2g", show_default=True, help="JVM heap, e.g. 1g, 4g.")
@click.option("--timeout", type=float, default=180.0, show_default=True,
              help="Seconds to wait for Neo4j to get ready.")
@_state_dir_option
@library_errors
def neo4j_start(data_dir: str, port: int, password: str | None, heap: str, timeout: float,
                state_dir: str | None) -> None:
    """Build (first time) and start a local Neo4j; return once Bolt answers.

    \b
    Examples:
      sitgraph neo4j start                                  # .sitgraph/neo4j, port 7687, no auth
      sitgraph neo4j start --data ./neo4j-data --port 7688 --password secret
    """
    import re

    from sitgraph.graph import neo4j_server

    if not re.fullmatch(r"\d+[kmgKMG]?", heap):
        raise click.BadParameter(f"{heap!r} is not a JVM size such as 512m or 2g", param_hint="--heap")
    if neo4j_server.needs_build():
        click.echo("building tools/neo4j with Maven (the first build downloads Neo4j from Maven Central)...",
                   err=True)
    state = neo4j_server.start(Path(data_dir), port, password, heap=heap, timeout=timeout,
                               state_dir=Path(state_dir) if state_dir else None)
    click.echo(f"Neo4j ready at {state.url} (pid {state.pid}, data {state.data}, "
               f"auth {'on, user neo4j' if state.auth else 'off'})")
    click.echo(f"use it: export SITGRAPH_STORE={state.url}"
               + (" NEO4J_USERNAME=neo4j NEO4J_PASSWORD=..." if state.auth else ""))


@neo4j.command("stop")
@click.option("--port", type=click.IntRange(1, 65535), default=None, help="Only the server on this port.")
@click.option("--data", "data_dir", type=click.Path(file_okay=False), default=None,
              help="Only the server using this data directory.")
@_state_dir_option
@library_errors
def neo4j_stop(port: int | None, data_dir: str | None, state_dir: str | None) -> None:
    """Stop local Neo4j servers cleanly (all of them unless --port or --data says which).

    Stopping when nothing runs is not an error, so scripts can always call it.

    \b
    Examples:
      sitgraph neo4j stop
      sitgraph neo4j stop --port 7688
    """

    from sitgraph.graph import neo4j_server

    stopped = neo4j_server.stop(port=port, data=Path(data_dir) if data_dir else None,
                                state_dir=Path(state_dir) if state_dir else None)
    if not stopped:
        click.echo("no local Neo4j was running")
    for st in stopped:
        click.echo(f"stopped Neo4j at {st.url} (pid {st.pid}, data {st.data})")


@neo4j.command("status")
@output_options
@_state_dir_option
@library_errors
def neo4j_status(fmt: str, state_dir: str | None) -> None:
    """List the local Neo4j servers running, and whether Bolt answers. Exits 1 when none runs.

    \b
    Examples:
      sitgraph neo4j status
      sitgraph neo4j status --format json
    """

    from sitgraph.graph import neo4j_server

    rows = [
        {"url": st.state.url, "pid": st.state.pid, "data": st.state.data,
         "auth": "on" if st.state.auth else "off", "answering": "yes" if st.answering else "no"}
        for st in neo4j_server.status(Path(state_dir) if state_dir else None)
    ]
    if not rows:
        raise click.ClickException("no local Neo4j is running (start one with: sitgraph neo4j start)")
    emit(rows, fmt, ["url", "pid", "data", "auth", "answering"])


@neo4j.command("build")
@click.option("--force", is_flag=True, help="Rebuild even when the jar is up to date.")
@library_errors
def neo4j_build(force: bool) -> None:
    """Build tools/neo4j with Maven now (start does it on first use).

    \b
    Example:
      sitgraph neo4j build --force
    """
    from sitgraph.graph import neo4j_server

    click.echo(f"built {neo4j_server.build(force=force)}")
