"""sitgraph analyze and viz: measures of the graph, and pictures of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from sitgraph.commands.common import (
    Context,
    emit,
    graph_filter_options,
    library_errors,
    output_options,
    pass_ctx,
)


def projection_option(default: str) -> Callable:
    return click.option(
        "--graph", "graph_kind", type=click.Choice(["actors", "full"]), default=default, show_default=True,
        help="actors: the actor-actor conflict graph (perpetrator to targeted actor, co-perpetrators); "
        "full: every node but reports.",
    )


def _load_graph(store: Any, flt: Any) -> Any:
    from sitgraph.graph.analytics import prune_to_events

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


@click.group()
def analyze() -> None:
    """Measure the graph: who is central, which groups form, how violence changes.

    Every measure reads the graph through the same filters (--since, --until, --kind,
    --min-confidence, --country)
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
def analyze_centrality(ctx: Context, flt: Any,
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
        g = _load_graph(store, flt)
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
def analyze_communities(ctx: Context, flt: Any,
                        graph_kind: str, top: int, resolution: float, seed: int, fmt: str) -> None:
    """Find groups of nodes tied more to each other than to the rest (Louvain).

    \b
    Examples:
      sitgraph analyze communities
      sitgraph analyze communities --graph full --resolution 1.5 --format json
    """
    from sitgraph.graph import analytics

    with ctx.open_store() as store:
        g = _load_graph(store, flt)
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
def analyze_timeline(ctx: Context, flt: Any, by: str,
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
        g = _load_graph(store, flt)
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
def analyze_path(ctx: Context, source: str, target: str, flt: Any, graph_kind: str, fmt: str) -> None:
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
        g = _load_graph(store, flt)
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
def analyze_ego(ctx: Context, name: str, flt: Any,
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
        g = _load_graph(store, flt)
    rows = analytics.ego(analytics.project(g, graph_kind), center, depth)
    emit(rows[:top] if top else rows, fmt, ["distance", "name", "label", "degree", "id"])


@click.command()
@graph_filter_options
@click.option("--center", metavar="NAME", help="Draw only the nodes within --depth hops of NAME.")
@click.option("--depth", type=click.IntRange(min=0), default=2, show_default=True, help="Hops from --center.")
@click.option("--top", type=click.IntRange(min=1), default=150, show_default=True,
              help="Draw at most this many nodes, the most central (browsers struggle past ~2,000).")
@click.option("--labels", type=click.IntRange(min=0), default=30, show_default=True,
              help="Name this many of the most central nodes on the picture (the rest on hover).")
@click.option("--map", "as_map", is_flag=True, help="Draw events and places on a map instead (map.html).")
@click.option("--timeline", "as_timeline", is_flag=True,
              help="Draw events over time per actor instead (timeline.html).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="HTML file to write [default: graph.html, map.html or timeline.html].")
@click.option("--title", default=None, help="Page title.")
@pass_ctx
@library_errors
def viz(ctx: Context, flt: Any, center: str | None, depth: int, top: int, labels: int, as_map: bool,
        as_timeline: bool, output: str | None, title: str | None) -> None:
    """Draw the graph as one self-contained HTML file (no network needed to open it).

    The relationship graph colours nodes by label, sizes them by centrality, names
    events by type, place and date, draws victim groups and role names (civilians,
    rebels) once per event instead of as hubs, merges the reports of one incident,
    and shows link labels, evidence and sources on hover. The map draws country
    borders, shades the countries with events and shapes markers by how precisely
    each place is known.

    \b
    Examples:
      sitgraph viz -o graph.html
      sitgraph viz --center Russia --depth 2 --since 2019-05-01 -o russia.html
      sitgraph viz --map --country Sudan -o sudan.html
      sitgraph viz --timeline --kind Attack --min-confidence 0.7 -o attacks.html
    """
    from sitgraph.graph import render

    if as_map and as_timeline:
        raise click.UsageError("choose one of --map and --timeline")
    with ctx.open_store() as store:
        center_id = _resolve(store, center) if center else None
        g = _load_graph(store, flt)
    extra = {"title": title} if title else {}
    if as_map:
        from sitgraph.graph.render_map import map_html

        html, default = map_html(g, **extra), "map.html"
    elif as_timeline:
        from sitgraph.graph.render_timeline import timeline_html

        html, default = timeline_html(g, **extra), "timeline.html"
    else:
        html = render.graph_html(g, center=center_id, depth=depth, top=top, labels=labels, **extra)
        default = "graph.html"
    path = render.write_html(output or default, html)
    click.echo(f"wrote {path}", err=True)
