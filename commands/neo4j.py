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
    Auth is always on (user neo4j). Without --password a password is generated, kept in a
    file only you can read (start prints where), and used by sitgraph itself for a
    bolt://127.0.0.1 store when NEO4J_PASSWORD is unset. LOAD CSV can read neither local
    files nor URLs unless start is given --allow-file-import or --allow-url-load.

    \b
    Examples:
      sitgraph neo4j start --data ./neo4j-data --password 'a long secret'
      export SITGRAPH_STORE=bolt://127.0.0.1:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD='a long secret'
      sitgraph neo4j status
      sitgraph neo4j stop --data ./neo4j-data
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
              help="Password of user neo4j, 8+ characters (generated and kept in a 0600 file "
                   "when not given). Env: NEO4J_PASSWORD.")
@click.option("--allow-file-import", is_flag=True,
              help="Let LOAD CSV read files, from DATA/import only (off: file URLs are refused).")
@click.option("--allow-url-load", is_flag=True,
              help="Let LOAD CSV fetch http(s)/ftp URLs (off: every address is blocked).")
@click.option("--heap", default="2g", show_default=True, help="JVM heap, e.g. 1g, 4g.")
@click.option("--timeout", type=float, default=180.0, show_default=True,
              help="Seconds to wait for Neo4j to get ready.")
@_state_dir_option
@library_errors
def neo4j_start(data_dir: str, port: int, password: str | None, allow_file_import: bool, allow_url_load: bool,
                heap: str, timeout: float, state_dir: str | None) -> None:
    """Build (first time) and start a local Neo4j; return once Bolt answers.

    \b
    Examples:
      sitgraph neo4j start                        # .sitgraph/neo4j, port 7687, password generated
      sitgraph neo4j start --data ./neo4j-data --port 7688 --password 'a long secret'
      sitgraph neo4j start --allow-file-import    # LOAD CSV FROM 'file:///x.csv' reads DATA/import/x.csv
    """
    import re

    from sitgraph.graph import neo4j_server

    if not re.fullmatch(r"\d+[kmgKMG]?", heap):
        raise click.BadParameter(f"{heap!r} is not a JVM size such as 512m or 2g", param_hint="--heap")
    if password:
        try:
            neo4j_server.check_password(password)
        except neo4j_server.Neo4jServerError as exc:
            raise click.BadParameter(str(exc), param_hint="--password") from None
    def building() -> None:  # only once the port, data folder and Java have passed their checks
        click.echo("building tools/neo4j with Maven (the first build downloads Neo4j from Maven Central)...",
                   err=True)

    state = neo4j_server.start(Path(data_dir), port, password, heap=heap, timeout=timeout,
                               state_dir=Path(state_dir) if state_dir else None,
                               allow_file_import=allow_file_import, allow_url_load=allow_url_load,
                               on_build=building)
    loads = [w for w, on in (("files under " + str(Path(state.data) / "import"), allow_file_import),
                             ("URLs", allow_url_load)) if on]
    click.echo(f"Neo4j ready at {state.url} (pid {state.pid}, data {state.data}, auth on, user neo4j; "
               f"LOAD CSV reads {' and '.join(loads) if loads else 'no files or URLs'})")
    if state.password_file:
        click.echo(f"password generated and kept in {state.password_file} (readable by you only);")
        click.echo(f"sitgraph uses it for {state.url} when NEO4J_PASSWORD is unset; other tools: "
                   f'export NEO4J_USERNAME=neo4j NEO4J_PASSWORD="$(cat {state.password_file})"')
    click.echo(f"use it: export SITGRAPH_STORE={state.url}"
               + ("" if state.password_file else " NEO4J_USERNAME=neo4j NEO4J_PASSWORD=..."))


@neo4j.command("stop")
@click.option("--port", type=click.IntRange(1, 65535), default=None, help="Only the server on this port.")
@click.option("--data", "data_dir", type=click.Path(file_okay=False), default=None,
              help="Only the server using this data directory.")
@click.option("--all", "every", is_flag=True, help="Every local server recorded (yours, started from anywhere).")
@_state_dir_option
@library_errors
def neo4j_stop(port: int | None, data_dir: str | None, every: bool, state_dir: str | None) -> None:
    """Stop a local Neo4j cleanly: the one on --port and/or using --data, or with --all
    every one. With none of them, the server of this directory's default data folder
    (.sitgraph/neo4j) when it is the one running here; otherwise an error lists what runs.

    Stopping when nothing (matching) runs is not an error, so scripts can always call it.

    \b
    Examples:
      sitgraph neo4j stop
      sitgraph neo4j stop --port 7688
      sitgraph neo4j stop --data ./neo4j-data
      sitgraph neo4j stop --all
    """

    from sitgraph.graph import neo4j_server

    if every and (port is not None or data_dir):
        raise click.UsageError("--all stops every server: give it alone, without --port or --data")
    stopped = neo4j_server.stop(port=port, data=Path(data_dir) if data_dir else None, every=every,
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
