"""sitgraph incidents: the incidents the reports tell, each once, with its tolls and sources."""

from __future__ import annotations

import click

from sitgraph.commands.common import Context, emit, json_text, library_errors, output_options, pass_ctx
from sitgraph.graph.cells import visible


# `incidents [OPTIONS]` lists (the group runs itself); `incidents show ID` shows one.
@click.group("incidents", invoke_without_command=True)
@click.option("--place", help="Only incidents in this place or a place inside it (name, alias or id).")
@click.option("--actor", help="Only incidents some source names this actor as perpetrator of (name, alias or id).")
@click.option("--since", help="First day of the period (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Last day of the period.")
@click.option("--kind", help="Attack, Abduction, Capture, Displacement, Agreement or Violation.")
@click.option("--min-sources", type=click.IntRange(min=1), help="At least this many independent sources.")
@click.option("--contested/--uncontested", default=None,
              help="Only incidents whose sources name different perpetrators (or only those that agree).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), help="Only incidents at least this confident.")
@output_options
@click.pass_context
@library_errors
def incidents(cctx: click.Context, place: str | None, actor: str | None, since: str | None, until: str | None,
              kind: str | None, min_sources: int | None, contested: bool | None, min_confidence: float | None,
              fmt: str) -> None:
    """The incidents in the graph: each strike once however many reports tell it, with
    its toll as low / best / high across sources (best: the figure most independent
    sources give, ties to the latest report), the number of independent sources
    (syndicated copies and one outlet's updates count once), first and last report, and
    every perpetrator any source names (contested when they differ).

    \b
    Examples:
      sitgraph incidents
      sitgraph incidents --place Borno --since 2024-06 --min-sources 2
      sitgraph incidents --actor al-Shabaab --format csv
      sitgraph incidents --contested --format json
      sitgraph incidents show incident:3f1c2a9b0d4e5f60
    """
    if cctx.invoked_subcommand is not None:
        return
    from sitgraph.graph.incident_views import COLUMNS, IncidentFilter, list_incidents

    ctx: Context = cctx.find_object(Context)
    flt = IncidentFilter(place=place, actor=actor, since=since, until=until, kind=kind, min_sources=min_sources,
                         contested=contested, min_confidence=min_confidence)
    with ctx.open_store() as store:
        rows = list_incidents(store, flt)
    emit(rows, fmt, list(COLUMNS))


@incidents.command("show")
@click.argument("incident_id")
@output_options
@pass_ctx
@library_errors
def show_incident(ctx: Context, incident_id: str, fmt: str) -> None:
    """One incident with each source's version side by side: outlet, publication, date,
    type, toll, perpetrators (and how each is tied) and the sentence it came from.

    \b
    Examples:
      sitgraph incidents show incident:3f1c2a9b0d4e5f60
      sitgraph incidents show incident:3f1c2a9b0d4e5f60 --format json
    """
    from sitgraph.graph.incident_views import incident_versions

    with ctx.open_store() as store:
        data = incident_versions(store, incident_id)
    if data is None:
        raise click.ClickException(f"no incident {incident_id!r} (list them with `sitgraph incidents`)")
    if fmt == "json":
        click.echo(json_text(data))
        return
    inc = data["incident"]
    if fmt == "table":
        click.echo(visible(f"Incident {inc['id']}: {inc.get('kind')} {inc.get('type') or ''} on {inc.get('date')}, "
                           f"killed {inc.get('killed')} ({inc.get('killed_low')}-{inc.get('killed_high')}), "
                           f"{inc.get('sources')} sources, {inc.get('reports')} reports"
                           + (", contested" if inc.get("contested") else "")))
    emit(data["versions"], fmt, ["published", "source", "date", "type", "killed", "wounded", "perpetrators",
                                  "places", "evidence", "event"])
