"""The `sitgraph` command line: a thin layer over the library.

Each command parses its options, calls one library function and formats the result.
Configuration from the environment (SITGRAPH_STORE, NEO4J_*) is read here and nowhere
else; library errors become one-line `click.ClickException`s (exit 1), misuse exits 2.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import click

from sitgraph import __version__

DEFAULT_STORE = "sqlite:///.sitgraph/graph.db"


# --- shared helpers ---------------------------------------------------------------------


class Context:
    """What the group passes to its commands: where the store is, and how to open it."""

    def __init__(self, store_url: str, database: str | None, progress: bool) -> None:
        self.store_url = store_url
        self.database = database
        self.progress = progress

    def open_store(self):  # -> Store; imported lazily so `--help` stays fast
        from sitgraph.graph.store import StoreError, open_store

        try:
            return open_store(
                self.store_url,
                username=os.environ.get("NEO4J_USERNAME"),
                password=os.environ.get("NEO4J_PASSWORD"),
                database=self.database,
            )
        except StoreError as exc:
            raise click.ClickException(str(exc)) from None


pass_ctx = click.make_pass_decorator(Context)


def library_errors(fn: Callable) -> Callable:
    """Turn the library's own errors into one-line ClickExceptions (exit 1)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from sitgraph.errors import SitgraphError

        try:
            return fn(*args, **kwargs)
        except SitgraphError as exc:
            raise click.ClickException(str(exc)) from None

    return wrapper


def output_options(fn: Callable) -> Callable:
    """The one `--format table|json|csv` choice every listing command shares."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "json", "csv"]),
        default="table",
        show_default=True,
        help="Output format: an aligned table for people, JSON or CSV for other tools.",
    )(fn)


def emit(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None) -> None:
    """Print rows (dicts) to stdout as a table, JSON or CSV."""
    rows = list(rows)
    if columns is None:
        columns = list(dict.fromkeys(k for r in rows for k in r))
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
        return
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: _cell(r.get(k)) for k in columns})
        click.echo(buf.getvalue(), nl=False)
        return
    click.echo(format_table(rows, columns))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def format_table(rows: Iterable[dict[str, Any]], columns: Sequence[str], width: int = 60) -> str:
    """An aligned plain-text table; cells longer than `width` are cut with an ellipsis."""
    rows = list(rows)
    if not rows:
        return "(no rows)"
    cells = [[_cell(r.get(c)).replace("\n", " ") for c in columns] for r in rows]
    cells = [[c if len(c) <= width else c[: width - 1] + "…" for c in row] for row in cells]
    widths = [max(len(str(col)), *(len(row[i]) for row in cells)) for i, col in enumerate(columns)]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def parse_params(pairs: Sequence[str]) -> dict[str, Any]:
    """`-p key=value` pairs to a dict; values that read as JSON (numbers, lists) are decoded."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not key=value", param_hint="-p")
        try:
            out[key] = json.loads(value)
        except ValueError:
            out[key] = value
    return out


def show_progress(ctx: Context) -> bool:
    return ctx.progress and sys.stderr.isatty()


# --- the group --------------------------------------------------------------------------


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="sitgraph")
@click.option(
    "--store",
    "store_url",
    envvar="SITGRAPH_STORE",
    default=DEFAULT_STORE,
    show_default=True,
    help="Where the graph lives: sqlite:///PATH (embedded) or neo4j://, bolt://, neo4j+s:// "
    "(credentials from NEO4J_USERNAME / NEO4J_PASSWORD). Env: SITGRAPH_STORE, else NEO4J_URI.",
)
@click.option("--database", envvar="NEO4J_DATABASE", default=None, help="Neo4j database name.")
@click.option("--progress/--no-progress", default=True, help="Progress bars on stderr.")
@click.pass_context
def main(ctx: click.Context, store_url: str, database: str | None, progress: bool) -> None:
    """Turn situation reports about armed conflict into a knowledge graph.

    \b
    A first run on the embedded store:
      sitgraph ingest reports/            # read, extract, resolve, write
      sitgraph stats                      # what is in the graph
      sitgraph analyze centrality         # which actors are central
      sitgraph viz -o graph.html          # an interactive relationship graph

    \b
    With Neo4j (Cypher and named queries):
      sitgraph neo4j start --data ./neo4j-data --password secret
      export SITGRAPH_STORE=bolt://127.0.0.1:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=secret
      sitgraph query list
    """
    if store_url == DEFAULT_STORE and os.environ.get("NEO4J_URI") and not os.environ.get("SITGRAPH_STORE"):
        store_url = os.environ["NEO4J_URI"]
    ctx.obj = Context(store_url, database, progress)


# === section: stats ===
@main.command()
@output_options
@pass_ctx
@library_errors
def stats(ctx: Context, fmt: str) -> None:
    """Count nodes per label and relationships per type, and the tolls: incidents
    (events told by several reports, linked SAME_INCIDENT, count once) and the killed
    and wounded counting each incident once (its most conservative figure).

    \b
    Examples:
      sitgraph stats
      sitgraph --store bolt://127.0.0.1:7687 stats --format json
    """
    from sitgraph.graph.tolls import incident_totals

    with ctx.open_store() as store:
        counts = store.counts()
        tolls = incident_totals(store)
    if fmt == "json":
        click.echo(json.dumps({**counts, "tolls": tolls}, indent=2))
        return
    rows = [{"what": "node", "name": k, "count": v} for k, v in sorted(counts["nodes"].items())]
    rows += [{"what": "relationship", "name": k, "count": v} for k, v in sorted(counts["relationships"].items())]
    rows += [{"what": "toll", "name": k, "count": v} for k, v in tolls.items()]
    emit(rows, fmt, ["what", "name", "count"])
# === end: stats ===

# === section: neo4j ===
@main.group()
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
    from pathlib import Path

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
    from pathlib import Path

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
    from pathlib import Path

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
# === end: neo4j ===

# === section: read ===
def _read_rows(outcome: Any, chars: int) -> list[dict[str, Any]]:
    """Rows `read` shows for one file: one per report, or one per coded event."""

    def cut(text: str) -> str:
        return text if chars <= 0 or len(text) <= chars else text[: chars - 1] + "…"

    rows: list[dict[str, Any]] = []
    for r in outcome.reports:
        rows.append({"path": r.path, "id": r.id, "published": r.published, "title": r.title,
                     "source": r.source, "url": r.url, "text": cut(r.text)})
    for x in outcome.extractions:
        names = {e.id: e.name for e in x.entities}
        for v in x.events:
            rows.append({
                "path": x.report.path, "id": x.report.id, "date": v.date, "kind": v.kind, "type": v.type,
                "actors": [names[a] for a in v.actors], "targets": [names[t] for t in v.targets],
                "place": "; ".join(names[p] for p in v.places) or None,
                "killed": v.killed, "wounded": v.wounded, "source": x.report.source,
                "evidence": cut(v.evidence.text if v.evidence else x.report.text),
            })
    return rows


@main.command("read")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="A table for people, or one JSON object per report (or coded event) a line.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=20_000_000, show_default=True,
              help="Files larger than this fail unread.")
@click.option("--text-field", default="text", show_default=True,
              help="JSON/JSONL/CSV field holding a report's text (dotted names reach into objects).")
@click.option("--title-field", default="title", show_default=True, help="JSON/CSV field of the title.")
@click.option("--date-field", default="published", show_default=True,
              help="JSON/CSV field of the publication date.")
@click.option("--mapping", type=click.Path(exists=True, dir_okay=False),
              help="YAML file mapping the columns of a coded dataset sitgraph does not know.")
@click.option("--chars", type=int, default=80, show_default=True,
              help="How many characters of text to show (0: all of it).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes parsing files at once (pages and PDFs read faster with one per core).")
@pass_ctx
def read_command(ctx: Context, paths: tuple[str, ...], fmt: str, max_bytes: int, text_field: str,
                 title_field: str, date_field: str, mapping: str | None, chars: int, workers: int) -> None:
    """Show what sitgraph reads from files, before anything is ingested.

    PATHS are files, directories (read recursively), glob patterns ('reports/**/*.html')
    or - for standard input. Text and Markdown (with a front-matter block), saved web
    pages, RSS/Atom feeds, PDFs, JSON/JSONL become reports (metadata and the first
    characters of text); coded incident datasets (ACLED, Aid Worker Security Database,
    Insecurity Insight, or any CSV/XLSX with --mapping) become one event per row.

    Problems are one line per file on stderr; the other files go on. The last line on
    stderr sums up: read N reports from M files, K skipped, F failed. Exit status 1 when a
    file failed.

    \b
    Examples:
      sitgraph read notes/                       # every file under notes/
      sitgraph read 'saved/*.html' --chars 200 --workers 4
      sitgraph read feed.xml --format jsonl | jq .title
      sitgraph read acled-export.csv             # one row per coded event
      sitgraph read incidents.xlsx --mapping incidents.yaml
      unzip -p export.zip reports.jsonl | sitgraph read -
    """
    from sitgraph.loaders.readers import ReadOptions, iter_reports, summary_line

    options = ReadOptions(max_bytes=max_bytes, text_field=text_field, title_field=title_field,
                          date_field=date_field, mapping=mapping)
    outcomes = []
    table_rows: list[dict[str, Any]] = []
    for outcome in iter_reports(paths, options, workers=workers):
        outcomes.append(outcome)
        for warning in outcome.warnings:
            click.echo(f"warning: {warning}", err=True)
        if outcome.error:
            click.echo(f"{'skipped' if outcome.skipped else 'failed'}: {outcome.error}", err=True)
            continue
        rows = _read_rows(outcome, chars)
        if fmt == "jsonl":
            for row in rows:
                click.echo(json.dumps(row, ensure_ascii=False, default=str))
        else:
            table_rows.extend(rows)
    if fmt == "table":
        reports = [r for r in table_rows if "kind" not in r]
        events = [r for r in table_rows if "kind" in r]
        if reports or not events:
            emit(reports, "table", ["path", "published", "title", "source", "text"])
        if events:
            if reports:
                click.echo()
            emit(events, "table", ["path", "date", "kind", "type", "actors", "place", "killed", "wounded",
                                   "evidence"])
    click.echo(summary_line(outcomes), err=True)
    if any(o.failed for o in outcomes):
        raise SystemExit(1)
# === end: read ===

# === section: extract ===
@main.command()
@click.argument("reports", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="json: the sitgraph.extraction/1 document; table: one row per event.")
@click.option("--model", envvar="SITGRAPH_SPACY_MODEL", default=None,
              help="spaCy model name or path (default en_core_web_sm). Env: SITGRAPH_SPACY_MODEL.")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1, 10000),
              help="Reports parsed together by spaCy.")
@pass_ctx
@library_errors
def extract(ctx: Context, reports: tuple[str, ...], fmt: str, model: str | None, batch_size: int) -> None:
    """Read reports and print the entities, events and relations found in them.

    REPORTS are files, directories, globs or - for standard input (text with optional
    front matter, HTML, feeds, PDF, JSON). Nothing is written to the graph.

    \b
    Examples:
      sitgraph extract report.txt                     # events as a table
      sitgraph extract reports/*.txt --format json > extraction.json
      cat report.txt | sitgraph extract - --format json
    """
    from sitgraph.loaders.extract import extract_many, load_nlp
    from sitgraph.loaders.extract.output import event_rows, to_format_json
    from sitgraph.loaders.readers import iter_reports

    texts = []
    coded = []
    for outcome in iter_reports(reports):
        if outcome.error:
            click.echo(outcome.error, err=True)
            if not outcome.skipped:
                raise click.ClickException(outcome.error)
            continue
        texts.extend(outcome.reports)
        coded.extend(outcome.extractions)
    nlp = load_nlp(model)
    items = extract_many(texts, nlp=nlp, batch_size=batch_size)
    if show_progress(ctx) and len(texts) > 1:
        with click.progressbar(items, length=len(texts), label="extracting", file=sys.stderr) as bar:
            found = list(bar)
    else:
        found = list(items)
    found += coded
    if fmt == "json":
        click.echo(json.dumps(to_format_json(found), indent=2, ensure_ascii=False))
        return
    emit([row for x in found for row in event_rows(x)], "table",
         ["report", "event", "kind", "type", "actors", "targets", "places", "date", "killed", "wounded",
          "claimed_by"])
# === end: extract ===

# === section: ingest ===
def _progress_line(p: Any) -> str:
    return (f"\ringest: {p.files} files, {p.written} reports written ({p.rate:.1f}/s), "
            f"{p.already} already in store, {p.failed} errors ")


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes reading and extracting in parallel (spaCy is CPU-bound; one per core).")
@click.option("--force", is_flag=True, help="Re-do reports already in the store instead of skipping them.")
@click.option("--aliases", "aliases_path", type=click.Path(exists=True, dir_okay=False),
              help="YAML or CSV file of your own aliases (alias,id or alias,name,kind): added to the "
              "dictionaries, and winning over them.")
@click.option("--batch-size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Reports written per transaction.")
@click.option("--model", envvar="SITGRAPH_SPACY_MODEL", default=None,
              help="spaCy model name or path. Env: SITGRAPH_SPACY_MODEL.")
@click.option("--mapping", type=click.Path(exists=True, dir_okay=False),
              help="YAML file mapping the columns of a coded dataset sitgraph does not know.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=20_000_000, show_default=True,
              help="Files larger than this fail unread.")
@click.option("--text-field", default="text", show_default=True,
              help="JSON/JSONL field holding a report's text.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="The summary as a line for people or as JSON.")
@pass_ctx
@library_errors
def ingest_command(ctx: Context, paths: tuple[str, ...], workers: int, force: bool, aliases_path: str | None,
                   batch_size: int, model: str | None, mapping: str | None, max_bytes: int, text_field: str,
                   fmt: str) -> None:
    """Read, extract, resolve and write reports into the graph.

    PATHS are files, directories (read recursively), globs, or - for standard input:
    text, Markdown, HTML, feeds, PDF, JSON/JSONL, and coded datasets (ACLED, AWSD,
    Insecurity Insight; CSV or XLSX), which skip extraction.

    Reports already in the store are skipped, so running again after an interruption
    finishes the work, and running twice adds nothing. Each batch of reports is written
    in one transaction. Files that fail are listed on stderr and the command exits 1;
    the others are still ingested.

    \b
    Examples:
      sitgraph ingest reports/
      sitgraph ingest reports/*.html acled-syria.csv --workers 2
      sitgraph ingest reports/ --aliases my-aliases.yaml --force
      sitgraph --store bolt://127.0.0.1:7687 ingest reports/
    """
    from sitgraph.loaders.pipeline import IngestOptions, ingest
    from sitgraph.loaders.readers import ReadOptions
    from sitgraph.loaders.resolve import Resolver

    resolver = Resolver.default(aliases_path)
    options = IngestOptions(workers=workers, force=force, batch_reports=batch_size, model=model,
                            read=ReadOptions(max_bytes=max_bytes, text_field=text_field, mapping=mapping))
    live = show_progress(ctx)

    def on_progress(p: Any) -> None:
        if live:
            click.echo(_progress_line(p), err=True, nl=False)

    with ctx.open_store() as store:
        summary = ingest(paths, store, resolver, options, on_progress)
    if live:
        click.echo("", err=True)
    for w in summary.warnings:
        click.echo(f"warning: {w}", err=True)
    for f in summary.failures:
        click.echo(f"failed: {f.error}", err=True)
    if fmt == "json":
        click.echo(json.dumps({
            "files": summary.files, "reports": summary.reports, "written": summary.written,
            "already": summary.already, "events": summary.events, "incident_links": summary.links,
            "skipped_files": summary.skipped_files, "failed": [f.error for f in summary.failures],
            "seconds": round(summary.seconds, 3),
        }, indent=2))
    else:
        click.echo(summary.line())
    if not summary.ok:
        raise SystemExit(1)


def _show_rows(store: Any, node_id: str, limit: int) -> dict[str, Any] | None:
    """A node, its neighbours by relationship, and the report sentences behind it."""
    hood = store.neighbourhood(node_id)
    if hood is None:
        return None
    node = hood["node"]
    groups: dict[str, list[dict[str, Any]]] = {}
    evidence: list[dict[str, Any]] = []
    event_ids: list[str] = []
    for e in hood["edges"]:
        other = e["other"] or {}
        if e["type"] == "REPORTS" and node["label"] == "Event":
            evidence.append({"report": other.get("id"), "title": other.get("title"),
                             "published": other.get("published"), "sentence": e.get("evidence")})
            continue
        if other.get("label") == "Event" and e["type"] in ("PERPETRATED", "TARGETED", "OCCURRED_IN", "CLAIMED",
                                                           "CONCERNS"):
            event_ids.append(other["id"])
        arrow = f"-[{e['type']}]->" if e["direction"] == "out" else f"<-[{e['type']}]-"
        extra = {k: e[k] for k in ("date", "count", "score", "forms", "event_id") if e.get(k) is not None}
        groups.setdefault(arrow, []).append({"id": other.get("id"), "label": other.get("label"),
                                             "name": other.get("name") or other.get("title")
                                             or other.get("kind") or other.get("path"), **extra})
    if node["label"] != "Event":
        for eid in sorted(set(event_ids))[:limit]:
            ev = store.get_node(eid) or {}
            if ev.get("evidence"):
                evidence.append({"event": eid, "date": ev.get("date"), "report": ev.get("report_id"),
                                 "sentence": ev["evidence"]})
    return {"node": node, "neighbours": groups, "evidence": evidence[:limit]}


@main.command("show")
@click.argument("name_or_id")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Output for people, or JSON for other tools.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="Most neighbours per relationship and evidence sentences shown.")
@pass_ctx
@library_errors
def show_command(ctx: Context, name_or_id: str, fmt: str, limit: int) -> None:
    """One actor, place, facility, agreement, event or report: its properties, its
    neighbours grouped by relationship, and the report sentences behind it.

    NAME_OR_ID is a node id (actor:russia, event:...) or a name or alias (any case).
    When several nodes carry that name, they are listed; show one by its id.

    \b
    Examples:
      sitgraph show Russia
      sitgraph show "Kafr Nabl"
      sitgraph show facility:kafranbel-medical --format json
    """
    with ctx.open_store() as store:
        found = store.find_nodes(name_or_id, limit=50)
        if not found:
            # Any spelling the resolver would map to a node: "Kafr Nabl hospital", "Idleb".
            from sitgraph.loaders.resolve import Resolver, candidate_ids

            found = [n for i in candidate_ids(name_or_id, Resolver.default())
                     if (n := store.get_node(i)) is not None]
        if not found:
            raise click.ClickException(f"no node has the id, name or alias {name_or_id!r}")
        if len(found) > 1:
            click.echo(f"{len(found)} nodes are called {name_or_id!r}; show one by its id:", err=True)
            emit([{"id": n["id"], "label": n["label"], "name": n.get("name") or n.get("title")} for n in found],
                 "json" if fmt == "json" else "table", ["id", "label", "name"])
            return
        data = _show_rows(store, found[0]["id"], limit)
    assert data is not None  # found just now
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
        return
    node = data["node"]
    click.echo(f"{node['label']} {node['id']}")
    for k in sorted(node):
        if k not in ("id", "label"):
            click.echo(f"  {k}: {' '.join(_cell(node[k]).split())}")
    for arrow, rows in sorted(data["neighbours"].items()):
        click.echo(f"\n{arrow} ({len(rows)})")
        for r in rows[:limit]:
            extra = ", ".join(f"{k}={_cell(r[k])}" for k in ("date", "count", "score") if k in r)
            click.echo(f"  {r['id']}  {r['name'] or ''}" + (f"  ({extra})" if extra else ""))
        if len(rows) > limit:
            click.echo(f"  … {len(rows) - limit} more")
    if data["evidence"]:
        click.echo("\nEvidence")
        for ev in data["evidence"]:
            where = ev.get("title") or ev.get("report") or ""
            when = ev.get("published") or ev.get("date") or ""
            click.echo(f"  [{when}] {where}: {' '.join(str(ev['sentence']).split())}")
# === end: ingest ===

# === section: query ===
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


@main.group()
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


@main.command()
@click.argument("statement")
@_param_option
@click.option("--write", is_flag=True,
              help="Run in a write transaction. Without it the server refuses any write.")
@output_options
@pass_ctx
@library_errors
def cypher(ctx: Context, statement: str, params: tuple[str, ...], write: bool, fmt: str) -> None:
    """Run a Cypher statement on the Neo4j store ('-' reads it from stdin).

    Read-only unless --write: the statement runs in a read transaction, so Neo4j itself
    refuses CREATE, MERGE, SET and DELETE. Pass values with -p, never inside the text.

    \b
    Examples:
      sitgraph cypher "MATCH (a:Actor) RETURN a.name AS name, a.type AS type ORDER BY name"
      sitgraph cypher 'MATCH (e:Event) WHERE e.date >= $since RETURN e.kind, count(*)' -p since=2019-05
      sitgraph cypher - --format json < my-query.cypher
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
# === end: query ===

# === section: analyze ===
_ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_EVENT_KINDS = ("Attack", "Abduction", "Capture", "Displacement", "Agreement", "Violation")


def _iso_date(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    import datetime
    import re

    if value is None:
        return None
    try:
        if not re.match(_ISO_DATE, value):
            raise ValueError
        datetime.date.fromisoformat((value + "-01-01")[:10])  # month and day in range
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value


def graph_filter_options(fn: Callable) -> Callable:
    """--since/--until/--kind: which events (and dated edges) the analysis sees."""
    fn = click.option("--kind", "kinds", multiple=True, type=click.Choice(_EVENT_KINDS, case_sensitive=False),
                      help="Keep only events of this kind (repeatable).")(fn)
    fn = click.option("--until", callback=_iso_date, help="Keep events up to this ISO date.")(fn)
    fn = click.option("--since", callback=_iso_date, help="Keep events from this ISO date on.")(fn)
    return fn


def projection_option(default: str) -> Callable:
    return click.option(
        "--graph", "graph_kind", type=click.Choice(["actors", "full"]), default=default, show_default=True,
        help="actors: the actor-actor conflict graph (perpetrator to targeted actor, co-perpetrators); "
        "full: every node but reports.",
    )


def _load_graph(store: Any, since: str | None, until: str | None, kinds: Sequence[str]) -> Any:
    from sitgraph.graph.analytics import prune_to_events
    from sitgraph.graph.model import GraphFilter

    flt = GraphFilter(since=since, until=until,
                      event_kinds=frozenset(k.capitalize() for k in kinds) if kinds else None)
    return prune_to_events(store.to_networkx(flt))


def _resolve(store: Any, name: str) -> str:
    """A node id from an id, name or alias; Actors win ties; ambiguity is an error."""
    hits = store.find_nodes(name)
    ids = list(dict.fromkeys(h["id"] for h in hits))
    if not ids:
        raise click.ClickException(f"no node named {name!r} (give an id such as actor:russia, a name or an alias)")
    if len(ids) == 1:
        return ids[0]
    actors = list(dict.fromkeys(h["id"] for h in hits if h.get("label") == "Actor"))
    if len(actors) == 1:
        return actors[0]
    raise click.ClickException(f"{name!r} names {len(ids)} nodes ({', '.join(ids[:5])}): give an id")


@main.group()
def analyze() -> None:
    """Measure the graph: who is central, which groups form, how violence changes.

    Every measure reads the graph through the same filters (--since, --until, --kind)
    and works on the actor-actor conflict graph or on the full graph (--graph).

    \b
    Examples:
      sitgraph analyze centrality --top 10
      sitgraph analyze communities --format json
      sitgraph analyze timeline --by week --actor Russia
      sitgraph analyze path "Russia" "Kafranbel hospital"
      sitgraph analyze ego Russia --depth 1 --graph full
    """


@analyze.command("centrality")
@graph_filter_options
@projection_option("actors")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="Rows to show.")
@click.option("--betweenness/--no-betweenness", default=True,
              help="Betweenness is the slow measure (sampled above 5,000 nodes).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the betweenness sample.")
@output_options
@pass_ctx
@library_errors
def analyze_centrality(ctx: Context, since: str | None, until: str | None, kinds: tuple[str, ...],
                       graph_kind: str, top: int, betweenness: bool, seed: int, fmt: str) -> None:
    """Rank nodes by PageRank, with degree, betweenness and k-core number.

    degree counts distinct neighbours; out/in, in the actor graph, the actors one
    attacked / was attacked by; weight counts events.

    \b
    Examples:
      sitgraph analyze centrality --top 10
      sitgraph analyze centrality --since 2019-05-01 --kind Attack --format csv
      sitgraph analyze centrality --graph full --no-betweenness
    """
    from sitgraph.graph import analytics

    with ctx.open_store() as store:
        g = _load_graph(store, since, until, kinds)
    rows = analytics.centrality(analytics.project(g, graph_kind), top=top, with_betweenness=betweenness,
                                seed=seed)
    cols = ["name", "label", "degree", "out", "in", "weight", "pagerank", "betweenness", "core", "id"]
    emit(rows, fmt, [c for c in cols if betweenness or c != "betweenness"])


@analyze.command("communities")
@graph_filter_options
@projection_option("actors")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="Communities to show.")
@click.option("--resolution", type=float, default=1.0, show_default=True,
              help="Louvain resolution: above 1 gives more, smaller communities.")
@click.option("--seed", type=int, default=0, show_default=True, help="Louvain seed (results are reproducible).")
@output_options
@pass_ctx
@library_errors
def analyze_communities(ctx: Context, since: str | None, until: str | None, kinds: tuple[str, ...],
                        graph_kind: str, top: int, resolution: float, seed: int, fmt: str) -> None:
    """Find groups of nodes tied more to each other than to the rest (Louvain).

    \b
    Examples:
      sitgraph analyze communities
      sitgraph analyze communities --graph full --resolution 1.5 --format json
    """
    from sitgraph.graph import analytics

    with ctx.open_store() as store:
        g = _load_graph(store, since, until, kinds)
    rows = analytics.communities(analytics.project(g, graph_kind), seed=seed, resolution=resolution, top=top)
    emit(rows, fmt, ["community", "size", "members"] + (["ids"] if fmt != "table" else []))


@analyze.command("timeline")
@graph_filter_options
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="week", show_default=True,
              help="Period of the bins (weeks are ISO weeks, 2019-W18).")
@click.option("--actor", "actors", multiple=True, metavar="NAME", help="Only this actor (repeatable).")
@click.option("--escalation", is_flag=True,
              help="One row per actor: events in its last period against its earlier mean.")
@output_options
@pass_ctx
@library_errors
def analyze_timeline(ctx: Context, since: str | None, until: str | None, kinds: tuple[str, ...], by: str,
                     actors: tuple[str, ...], escalation: bool, fmt: str) -> None:
    """Count events per perpetrator per day, week or month (escalation).

    change is the difference from the actor's previous period with events.

    \b
    Examples:
      sitgraph analyze timeline --by week
      sitgraph analyze timeline --by day --actor Russia --actor "Syrian government"
      sitgraph analyze timeline --by month --escalation
    """
    from sitgraph.graph import analytics

    with ctx.open_store() as store:
        ids = [_resolve(store, a) for a in actors] if actors else None
        g = _load_graph(store, since, until, kinds)
    tl = analytics.timeline(g, by=by, actors=ids)
    if tl.skipped:
        click.echo(f"{tl.skipped} events without a date precise to the {by} left out", err=True)
    if escalation:
        emit(analytics.escalation(tl), fmt, ["name", "periods", "recent", "before_mean", "ratio", "actor"])
    else:
        emit(list(tl.rows), fmt, ["name", "period", "events", "killed", "wounded", "change", "actor"])


@analyze.command("path")
@click.argument("source", metavar="A")
@click.argument("target", metavar="B")
@graph_filter_options
@projection_option("full")
@output_options
@pass_ctx
@library_errors
def analyze_path(ctx: Context, source: str, target: str, since: str | None, until: str | None,
                 kinds: tuple[str, ...], graph_kind: str, fmt: str) -> None:
    """The shortest chain of relationships between A and B (ids, names or aliases).

    Edges are followed both ways; via shows the types joining each step to the one
    before (<-TYPE where the edge points back).

    \b
    Examples:
      sitgraph analyze path Russia "Kafranbel hospital"
      sitgraph analyze path actor:russia actor:civilians --graph actors
    """
    from sitgraph.graph import analytics

    with ctx.open_store() as store:
        a, b = _resolve(store, source), _resolve(store, target)
        g = _load_graph(store, since, until, kinds)
    emit(analytics.shortest_path(g, analytics.project(g, graph_kind), a, b), fmt,
         ["step", "name", "label", "via", "id"])


@analyze.command("ego")
@click.argument("name")
@graph_filter_options
@projection_option("full")
@click.option("--depth", type=click.IntRange(min=0), default=2, show_default=True, help="Hops from NAME.")
@click.option("--top", type=click.IntRange(min=1), default=None, help="Rows to show (nearest first).")
@output_options
@pass_ctx
@library_errors
def analyze_ego(ctx: Context, name: str, since: str | None, until: str | None, kinds: tuple[str, ...],
                graph_kind: str, depth: int, top: int | None, fmt: str) -> None:
    """The nodes within --depth hops of NAME: its ego network.

    \b
    Examples:
      sitgraph analyze ego Russia --depth 1
      sitgraph analyze ego "Syrian government" --graph actors --format json
    """
    from sitgraph.graph import analytics

    with ctx.open_store() as store:
        center = _resolve(store, name)
        g = _load_graph(store, since, until, kinds)
    rows = analytics.ego(analytics.project(g, graph_kind), center, depth)
    emit(rows[:top] if top else rows, fmt, ["distance", "name", "label", "degree", "id"])


@main.command()
@graph_filter_options
@click.option("--center", metavar="NAME", help="Draw only the nodes within --depth hops of NAME.")
@click.option("--depth", type=click.IntRange(min=0), default=2, show_default=True, help="Hops from --center.")
@click.option("--top", type=click.IntRange(min=1), default=500, show_default=True,
              help="Draw at most this many nodes, the most central (browsers struggle past ~2,000).")
@click.option("--map", "as_map", is_flag=True, help="Draw events and places on a map instead (map.html).")
@click.option("--timeline", "as_timeline", is_flag=True,
              help="Draw events over time per actor instead (timeline.html).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="HTML file to write [default: graph.html, map.html or timeline.html].")
@click.option("--title", default=None, help="Page title.")
@pass_ctx
@library_errors
def viz(ctx: Context, since: str | None, until: str | None, kinds: tuple[str, ...], center: str | None,
        depth: int, top: int, as_map: bool, as_timeline: bool, output: str | None, title: str | None) -> None:
    """Draw the graph as one self-contained HTML file (no network needed to open it).

    The relationship graph colours nodes by label, sizes them by centrality, labels
    links with type and date, and shows evidence and sources on hover.

    \b
    Examples:
      sitgraph viz -o graph.html
      sitgraph viz --center Russia --depth 2 --since 2019-05-01 -o russia.html
      sitgraph viz --map -o map.html
      sitgraph viz --timeline --kind Attack -o attacks.html
    """
    from sitgraph.graph import render

    if as_map and as_timeline:
        raise click.UsageError("choose one of --map and --timeline")
    with ctx.open_store() as store:
        center_id = _resolve(store, center) if center else None
        g = _load_graph(store, since, until, kinds)
    extra = {"title": title} if title else {}
    if as_map:
        from sitgraph.graph.render_map import map_html

        html, default = map_html(g, **extra), "map.html"
    elif as_timeline:
        from sitgraph.graph.render_timeline import timeline_html

        html, default = timeline_html(g, **extra), "timeline.html"
    else:
        html, default = render.graph_html(g, center=center_id, depth=depth, top=top, **extra), "graph.html"
    path = render.write_html(output or default, html)
    click.echo(f"wrote {path}", err=True)
# === end: analyze ===

# === section: export ===
@main.command("export")
@click.option("--format", "fmt", type=click.Choice(["json", "graphml", "gexf", "csv"]), default="json",
              show_default=True, help="json (nodes + edges), graphml, gexf (Gephi), or csv for neo4j-admin import.")
@click.option("-o", "--output", type=click.Path(dir_okay=True), default=None,
              help="File to write (stdout when omitted); for csv a folder, required.")
@pass_ctx
@library_errors
def export_cmd(ctx: Context, fmt: str, output: str | None) -> None:
    """Export the whole graph for Gephi, Cytoscape, scripts or another Neo4j.

    Output is deterministic (sorted), so two exports of the same graph are identical.
    GraphML and GEXF join list properties with ';'. The csv folder holds one
    nodes_<Label>.csv per label and one relationships_<TYPE>.csv per type, with typed
    headers (id:ID, :LABEL, lat:double, aliases:string[], :START_ID, :END_ID, :TYPE) and
    arrays split on ';', plus import.sh with the neo4j-admin command:
    neo4j-admin database import full --array-delimiter=';' --multiline-fields=true ...

    \b
    Examples:
      sitgraph export --format gexf -o graph.gexf      # open in Gephi
      sitgraph export --format json | jq '.nodes | length'
      sitgraph export --format csv -o import/ && sh import/import.sh
    """
    from pathlib import Path

    from sitgraph.graph.export import ExportError, export_text, write_csv

    if fmt == "csv" and not output:
        raise click.UsageError("--format csv writes a folder: pass -o FOLDER")
    with ctx.open_store() as store:
        if fmt == "csv":
            paths = write_csv(store, output)
            click.echo(f"wrote {len(paths)} CSV files and import.sh to {output}", err=True)
            return
        text = export_text(store, fmt)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write {output}: {exc.strerror or exc}") from None
# === end: export ===


if __name__ == "__main__":  # pragma: no cover
    main()
