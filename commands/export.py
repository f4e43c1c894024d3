"""sitgraph export: the graph as JSON, GraphML, GEXF or neo4j-admin import CSV; events as GeoJSON or KML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from sitgraph.commands.common import Context, graph_filter_options, library_errors, pass_ctx


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["json", "graphml", "gexf", "csv", "geojson", "kml"]),
              default="json", show_default=True,
              help="json (nodes + edges), graphml, gexf (Gephi), csv for neo4j-admin import; "
                   "geojson or kml: the events as points with every field and source (QGIS, Google Earth).")
@click.option("-o", "--output", type=click.Path(dir_okay=True, allow_dash=True), default=None,
              help="File to write (stdout when omitted or '-'); for csv a folder, required.")
@click.option("--exact-text", is_flag=True,
              help="csv: write text exactly as stored. By default a text cell starting with = + - @ "
                   "tab or CR gets a leading ' so spreadsheets do not run it as a formula.")
@graph_filter_options
@pass_ctx
@library_errors
def export_cmd(ctx: Context, fmt: str, output: str | None, exact_text: bool, flt: Any) -> None:
    """Export the graph (or the events the filters keep, with what they touch) for Gephi,
    Cytoscape, QGIS, Google Earth, scripts or another Neo4j.

    Output is deterministic (sorted), so two exports of the same graph are identical.
    GraphML and GEXF join list properties with ';'. The csv folder holds one
    nodes_<Label>.csv per label and one relationships_<TYPE>.csv per type, with typed
    headers (id:ID, :LABEL, lat:double, aliases:string[], :START_ID, :END_ID, :TYPE) and
    arrays split on ';', plus import.sh with the neo4j-admin command:
    neo4j-admin database import full --array-delimiter=';' --multiline-fields=true ...
    geojson is an RFC 7946 FeatureCollection, one Point per event at its finest located
    place (geometry null when it has none); kml a Placemark per located event.

    \b
    Examples:
      sitgraph export --format gexf -o graph.gexf      # open in Gephi
      sitgraph export --format json | jq '.nodes | length'
      sitgraph export --format graphml -o - | gzip > graph.graphml.gz
      sitgraph export --format csv -o import/ && sh import/import.sh
      sitgraph export --format geojson --country SY --since 2019-05 -o idlib.geojson
      sitgraph export --format kml --min-confidence 0.7 -o events.kml
    """

    from sitgraph.graph.export import ExportError, export_text, write_csv

    if output == "-":
        output = None  # the usual spelling of stdout
    if fmt == "csv" and not output:
        raise click.UsageError("--format csv writes a folder: pass -o FOLDER")
    with ctx.open_store() as store:
        if fmt == "csv":
            paths = write_csv(store, output, exact=exact_text, flt=flt)
            click.echo(f"wrote {len(paths)} CSV files and import.sh to {output}", err=True)
            return
        text = export_text(store, fmt, flt)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write {output}: {exc.strerror or exc}") from None
