"""sitgraph ingest, show and stats: write reports into the graph, look one node up, count."""

from __future__ import annotations

import json
from contextlib import ExitStack
from typing import Any

import click

from sitgraph.commands.common import (
    Context,
    cell,
    emit,
    json_text,
    library_errors,
    output_options,
    pass_ctx,
    show_progress,
)
from sitgraph.graph.cells import visible


@click.command()
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


def _progress_line(p: Any) -> str:
    return (f"\ringest: {p.files} files, {p.written} reports written ({p.rate:.1f}/s), "
            f"{p.already} already in store, {p.failed} errors ")


@click.command("ingest")
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
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Read and extract on a Dask cluster: tcp://HOST:8786 of a running scheduler, or local:N "
              "for N worker processes here. Needs sitgraph[dask]; resolution and writes stay in this process.")
@click.option("--bulk-csv", "bulk_csv", type=click.Path(file_okay=False), default=None, metavar="DIR",
              help="Instead of writing to the store, write neo4j-admin import CSV files into DIR (with a "
              "staging file that makes a re-run finish the work) and print the import command.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="The summary as a line for people or as JSON.")
@pass_ctx
@library_errors
def ingest_command(ctx: Context, paths: tuple[str, ...], workers: int, force: bool, aliases_path: str | None,
                   batch_size: int, model: str | None, mapping: str | None, max_bytes: int, text_field: str,
                   scheduler: str | None, bulk_csv: str | None, fmt: str) -> None:
    """Read, extract, resolve and write reports into the graph.

    PATHS are files, directories (read recursively), globs, fsspec URLs (s3://,
    gs://, file://; with sitgraph[dask]), or - for standard input: text, Markdown,
    HTML, feeds, PDF, JSON/JSONL, and coded datasets (ACLED, AWSD, Insecurity
    Insight; CSV or XLSX), which skip extraction.

    Reports already in the store are skipped, so running again after an interruption
    finishes the work, and running twice adds nothing. Each batch of reports is written
    in one transaction. Problems are one line each on stderr, as `sitgraph read` gives
    them (see its help for what fails a file and what is a warning); a file that fails
    gives nothing to the store, the others are still ingested, and the exit status is 1.
    The corrections in the override log (see `sitgraph review`) are applied to every
    report written; their conflicts and the review queue's counts end stderr.

    \b
    Examples:
      sitgraph ingest reports/
      sitgraph ingest reports/*.html acled-syria.csv --workers 2
      sitgraph ingest reports/ --aliases my-aliases.yaml --force
      sitgraph --store bolt://127.0.0.1:7687 ingest reports/
      sitgraph ingest s3://archive/reports/ --scheduler tcp://10.0.0.5:8786
      sitgraph ingest reports/ --scheduler local:8 --bulk-csv import/
    """
    from sitgraph.graph.review_queue import queue_counts, queue_from_store, summary_line
    from sitgraph.loaders.overrides import active, read_overrides
    from sitgraph.loaders.pipeline import IngestOptions, ingest
    from sitgraph.loaders.read_outcomes import ReadOptions
    from sitgraph.loaders.resolve import Resolver

    if scheduler is not None and workers != 1:
        raise click.UsageError("--workers and --scheduler exclude each other (local:N gives N workers)")
    resolver = Resolver.default(aliases_path)
    overrides = tuple(active(read_overrides(ctx.overrides_path())))
    options = IngestOptions(workers=workers, force=force, batch_reports=batch_size, model=model,
                            read=ReadOptions(max_bytes=max_bytes, text_field=text_field, mapping=mapping),
                            overrides=overrides, scheduler=scheduler)
    live = show_progress(ctx)

    def on_progress(p: Any) -> None:
        if live:
            click.echo(_progress_line(p), err=True, nl=False)

    with ExitStack() as stack:
        cluster = None
        if scheduler is not None:
            from sitgraph.loaders.distributed import connect

            cluster = stack.enter_context(connect(scheduler, model=model))
            click.echo(cluster.dashboard_line(), err=True)
        if bulk_csv is not None:
            from sitgraph.graph.bulk import finish, staging

            store = stack.enter_context(staging(bulk_csv))
        else:
            store = stack.enter_context(ctx.open_store(create=True))
        summary = ingest(paths, store, resolver, options, on_progress, cluster=cluster)
        queue = queue_counts(queue_from_store(store))
        bulk = finish(store, bulk_csv) if bulk_csv is not None else None
    if live:
        click.echo("", err=True)
    from sitgraph.loaders.problems import labelled, one_line

    for w in summary.warnings:
        click.echo(labelled(w), err=True)
    for f in summary.failures:
        click.echo(f"failed: {one_line(f.error)}", err=True)
    if overrides:
        click.echo(f"corrections: {len(overrides)} applied, {len(summary.conflicts)} conflicts"
                   + ("; see `sitgraph review list --conflicts`" if summary.conflicts else ""), err=True)
    for c in summary.conflicts:
        click.echo(f"conflict: {c.line()}", err=True)
    click.echo(summary_line(queue), err=True)
    if fmt == "json":
        click.echo(json.dumps({
            "files": summary.files, "reports": summary.reports, "written": summary.written,
            "already": summary.already, "events": summary.events, "incident_links": summary.links,
            "skipped_files": summary.skipped_files, "failed": [one_line(f.error) for f in summary.failures],
            "warnings": [labelled(w) for w in summary.warnings],
            "conflicts": [c.line() for c in summary.conflicts], "review_queue": queue,
            "seconds": round(summary.seconds, 3), "linking_seconds": round(summary.linking_seconds, 3),
        }, indent=2))
    else:
        click.echo(summary.line())
    if bulk is not None:
        click.echo(f"wrote {len(bulk.files)} CSV files to {bulk.folder}; import them into an empty, stopped "
                   f"database with (in that folder):\n{bulk.command}", err=fmt == "json")
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


@click.command("show")
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
        click.echo(json_text(data))
        return
    node = data["node"]
    # Report text may carry terminal escape sequences: printed with them made visible.
    click.echo(visible(f"{node['label']} {node['id']}"))
    for k in sorted(node):
        if k not in ("id", "label"):
            click.echo(visible(f"  {k}: {' '.join(cell(node[k]).split())}"))
    for arrow, rows in sorted(data["neighbours"].items()):
        click.echo(f"\n{arrow} ({len(rows)})")
        for r in rows[:limit]:
            extra = ", ".join(f"{k}={cell(r[k])}" for k in ("date", "count", "score") if k in r)
            click.echo(visible(f"  {r['id']}  {r['name'] or ''}" + (f"  ({extra})" if extra else "")))
        if len(rows) > limit:
            click.echo(f"  … {len(rows) - limit} more")
    if data["evidence"]:
        click.echo("\nEvidence")
        for ev in data["evidence"]:
            where = ev.get("title") or ev.get("report") or ""
            when = ev.get("published") or ev.get("date") or ""
            click.echo(visible(f"  [{when}] {where}: {' '.join(str(ev['sentence']).split())}"))
