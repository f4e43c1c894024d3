"""Pictures of the graph: one self-contained HTML file each, making no network request.

:func:`graph_html` draws a relationship graph with pyvis / vis-network (inlined from the
pyvis package); :mod:`sitgraph.graph.render_map` draws events and places on an SVG map
and :mod:`sitgraph.graph.render_timeline` events over time per actor. All three share
what is here: the page shell, colours, safe embedding of data, and :func:`write_html`.

Safety: every text from reports (names, evidence, titles) reaches the page either through
Jinja2 autoescaping (HTML), as SVG ``<title>`` text (escaped), or inside JSON in a
``<script>`` block with ``<``, ``>`` and ``&`` written as ``\\u003c`` … so no text can close
the block. vis-network 9 shows string tooltips with ``innerText`` (checked in its source),
so tooltips are passed as plain text and never parsed as HTML. :func:`check_offline`
refuses any page that would load an http(s) resource.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx

from sitgraph.graph.analytics import display_name, full_graph, pagerank
from sitgraph.graph.render_view import RenderError, event_label, select_view

__all__ = ["RenderError", "select_view", "event_label"]  # re-exported: callers import them from here

# Colour per node label (colour-blind-safe Okabe–Ito palette), used by all pictures.
LABEL_COLOURS = {
    "Actor": "#D55E00",
    "Event": "#E69F00",
    "Place": "#009E73",
    "Facility": "#CC79A7",
    "Agreement": "#0072B2",
    "Report": "#999999",
}
OTHER_COLOUR = "#56B4E9"

# Tooltip lines kept per node or edge: evidence lists can run to hundreds of reports.
TOOLTIP_ITEMS = 8
TOOLTIP_CHARS = 300

# A picture stays readable up to ~150 nodes (and vis-network's layout takes minutes past
# ~2,000): the default cap.
DEFAULT_TOP = 150
# Names drawn on the canvas: the most central nodes; the others show theirs on hover.
DEFAULT_LABELS = 30
GENERIC_COLOUR = "#BBBBBB"


# --- shared pieces ---------------------------------------------------------------------


def colour(label: str | None) -> str:
    return LABEL_COLOURS.get(label or "", OTHER_COLOUR)


def script_json(value: Any) -> str:
    """JSON safe to place inside ``<script>``: ``<``, ``>``, ``&`` and the JS line
    separators escaped, so data can never end the block or open a comment."""
    text = json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def clip(text: Any, limit: int = TOOLTIP_CHARS) -> str:
    """``text`` as a string on one line, cut to ``limit`` characters with an ellipsis."""
    s = " ".join(str(text).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


@functools.cache
def environment() -> jinja2.Environment:
    """The Jinja2 environment of every page: autoescaping on, templates from strings."""
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["script_json"] = lambda v: jinja2.utils.markupsafe.Markup(script_json(v))
    return env


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy"
  content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{{ title }}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0; color: #222; background: #fff; }
header { padding: 8px 16px; border-bottom: 1px solid #ddd; }
header h1 { font-size: 18px; margin: 0 0 4px 0; }
header p { margin: 0; font-size: 13px; color: #555; }
.legend { display: flex; flex-wrap: wrap; gap: 12px; font-size: 13px; margin-top: 6px; }
.legend span.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 6px;
  margin-right: 4px; vertical-align: -1px; }
table.data { border-collapse: collapse; font-size: 13px; margin: 12px 16px; }
table.data th, table.data td { border-bottom: 1px solid #eee; padding: 2px 8px; text-align: left; }
{{ style }}
</style>
{{ head }}
</head>
<body>
<header>
<h1>{{ title }}</h1>
<p>{{ subtitle }}</p>
<div class="legend" id="legend">{% for item in legend %}
<span><span class="swatch" style="background: {{ item.colour }}"></span>{{ item.name }}
{%- if item.count is not none %} ({{ item.count }}){% endif %}</span>{% endfor %}</div>
</header>
{{ body }}
</body>
</html>
"""

# Attributes whose value a browser fetches (or navigates to) as a URL.
_URL_ATTRS = frozenset({
    "src", "href", "xlink:href", "srcset", "action", "formaction", "poster", "data", "background",
    "cite", "longdesc", "manifest", "ping", "codebase", "archive", "lowsrc", "dynsrc", "icon",
})
# A URL that leaves the page's own file: protocol-relative ``//host`` or a network scheme.
_REMOTE_URL = re.compile(r"^[\x00-\x20]*(?:(?:https?|ftp|wss?):)?//", re.I)
# The same inside CSS: ``url(...)`` and ``@import "..."``.
_REMOTE_CSS = re.compile(r"""(?:url\(\s*["']?|@import\s+["'])\s*(?:(?:https?|ftp):)?//""", re.I)


class _RemoteFinder(HTMLParser):
    """Collects the remote references of real markup: URL attributes, ``style``
    attributes, ``<style>`` blocks and ``<meta http-equiv=refresh>``. Text and ``<script>``
    contents are data (escaped, or JSON with ``<`` escaped), never fetched, so a report
    title that reads ``src=https://...`` is not one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = False

    def _url(self, tag: str, name: str, value: str) -> None:
        # Browsers drop tabs and newlines inside URLs and read a backslash as a slash;
        # attribute values arrive here with character references already decoded.
        if _REMOTE_URL.match(re.sub(r"[\t\n\r]", "", value).replace("\\", "/")):
            self.found.append(f"<{tag} {name}={value[:80]!r}>")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        for name, value in values.items():
            if name in _URL_ATTRS:
                for part in value.split(",") if name == "srcset" else [value]:
                    self._url(tag, name, part)
            elif name == "style" and _REMOTE_CSS.search(value):
                self.found.append(f"<{tag} style={value[:80]!r}>")
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            target = re.sub(r"^[^;]*;\s*url\s*=\s*['\"]?", "", values.get("content", ""), flags=re.I)
            self._url(tag, "content", target)
        self._in_style = tag == "style"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._in_style = False

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        m = _REMOTE_CSS.search(data) if self._in_style else None
        if m:
            self.found.append(f"<style> {data[m.start():m.start() + 80]!r}")


def remote_references(html: str) -> list[str]:
    """The places in ``html``'s markup that would make a browser load something over the
    network (e.g. ``<script src='https://...'>``, CSS ``url(//host/x.png)``), each
    described in a few words; empty for a self-contained page. Cost: one parse, O(len)."""
    finder = _RemoteFinder()
    finder.feed(html)
    finder.close()
    return finder.found


def check_offline(html: str) -> str:
    """Return ``html`` unchanged, or raise RenderError if its markup refers to a remote
    resource (:func:`remote_references`)."""
    found = remote_references(html)
    if found:
        raise RenderError(f"page would load a remote resource: {found[0]}")
    return html


def page(
    *, title: str, subtitle: str, legend: list[dict[str, Any]], body: str, style: str = "", head: str = "",
) -> str:
    """A whole page. ``title``, ``subtitle`` and legend names are escaped here; ``body``,
    ``style`` and ``head`` are markup the caller built (escaped by its own template)."""
    Markup = jinja2.utils.markupsafe.Markup
    html = environment().from_string(PAGE).render(
        title=title, subtitle=subtitle, legend=legend, body=Markup(body), style=Markup(style),
        head=Markup(head),
    )
    return check_offline(html)


def write_html(path: str | Path, html: str) -> Path:
    """Write ``html`` to ``path`` as UTF-8 (never the platform encoding), creating its
    folder; returns the path. Raises RenderError when it cannot be written."""
    p = Path(path)
    try:
        if p.parent != Path(""):
            p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise RenderError(f"cannot write {p}: {exc.strerror or exc}") from None
    return p


def legend_items(labels: dict[str, int]) -> list[dict[str, Any]]:
    """Legend entries (name, colour, count) for the labels present, in schema order."""
    order = list(LABEL_COLOURS)
    names = sorted(labels, key=lambda x: (order.index(x) if x in order else len(order), str(x)))
    return [{"name": n or "other", "colour": colour(n), "count": labels[n]} for n in names]


def sources_of(g: nx.MultiDiGraph, node: str) -> list[str]:
    """Lines naming the reports behind a node: for an event the reports that REPORT it
    (with their evidence), for an entity those that MENTION it. Needs the Report nodes in ``g``."""
    out = []
    for r, _, d in g.in_edges(node, data=True):
        if d.get("type") not in ("REPORTS", "MENTIONS"):
            continue
        rd = g.nodes[r]
        what = " — ".join(clip(x, 80) for x in (rd.get("title") or r, rd.get("source"), rd.get("published")) if x)
        if d.get("type") == "REPORTS" and d.get("evidence"):
            what += f': "{clip(d["evidence"], 160)}"'
        out.append(what)
    return sorted(out)


# --- the relationship graph --------------------------------------------------------------


def node_name(g: nx.MultiDiGraph, n: str, d: dict[str, Any]) -> str:
    """What a node is called in the picture: events by :func:`event_label` (with the
    number of events of their incident), the rest by name."""
    if d.get("label") != "Event" or n not in g:
        return display_name(n, d)
    merged = d.get("merged") or [n]
    return event_label(g, n) + (f" ({len(merged)} reports)" if len(merged) > 1 else "")


def _node_tooltip(g: nx.MultiDiGraph, n: str, d: dict[str, Any], score: float) -> str:
    n = d.get("generic_of") or n
    lines = [node_name(g, n, d), f"{d.get('label')}{' · ' + str(d['type']) if d.get('type') else ''}", n]
    if len(d.get("merged") or ()) > 1:
        lines.append("one incident told by: " + ", ".join(sorted(d["merged"])))
    for key in ("kind", "date", "date_end", "killed", "wounded", "displaced", "confidence", "country"):
        if d.get(key) not in (None, "") and not (key == "kind" and d.get("label") != "Event"):
            lines.append(f"{key}: {d[key]}")
    if d.get("aliases"):
        lines.append("aliases: " + clip(", ".join(map(str, d["aliases"]))))
    if d.get("evidence"):
        lines.append(f'evidence: "{clip(d["evidence"])}"')
    lines.append(f"centrality (PageRank): {score:.4f}")
    src = sources_of(g, n)
    if src:
        lines.append(f"sources ({len(src)}):")
        lines += ["• " + s for s in src[:TOOLTIP_ITEMS]]
        if len(src) > TOOLTIP_ITEMS:
            lines.append(f"… and {len(src) - TOOLTIP_ITEMS} more")
    return "\n".join(lines)


def _edge_group(g: nx.MultiDiGraph, rel: str, items: list[dict[str, Any]]) -> tuple[str, str]:
    """Label and tooltip of the parallel edges of one type between two nodes."""
    dates = sorted(str(d["date"]) for d in items if d.get("date"))
    label = rel + (f" ×{len(items)}" if len(items) > 1 else "")
    if dates:
        label += " " + (dates[0] if dates[0] == dates[-1] else f"{dates[0]}…{dates[-1]}")
    lines = [label]
    for d in sorted(items, key=lambda d: (str(d.get("date") or ""), str(d.get("event_id") or "")))[:TOOLTIP_ITEMS]:
        bits = [str(d[k]) for k in ("date", "event_type", "event_id") if d.get(k)]
        if d.get("count") is not None:
            bits.append(f"count {d['count']}")
        ev = d.get("event_id")
        evidence = d.get("evidence") or (g.nodes[ev].get("evidence") if ev and ev in g else None)
        text = "• " + (" · ".join(bits) or rel)
        if evidence:
            text += f': "{clip(evidence, 200)}"'
        lines.append(text)
        if ev and ev in g:
            lines += ["    " + s for s in sources_of(g, ev)[:2]]
    if len(items) > TOOLTIP_ITEMS:
        lines.append(f"… and {len(items) - TOOLTIP_ITEMS} more")
    return label, "\n".join(lines)


def vis_data(g: nx.MultiDiGraph, view: nx.MultiDiGraph, *, labels: int | None = DEFAULT_LABELS,
             ) -> tuple[list[dict], list[dict]]:
    """vis-network node and edge lists for ``view`` (built with pyvis), with tooltips and
    sources taken from ``g`` (which may hold the Report nodes ``view`` leaves out).
    Node size grows with PageRank; only the ``labels`` most central nodes show their name
    on the canvas (all of them when None), generic actor copies none. Parallel edges of
    one type are merged into one whose label (type, number, dates) shows on hover only
    (``hover_label``, set by the page's script)."""
    from pyvis.network import Network

    # directed=True: pyvis scans every edge for duplicates on each add when undirected (O(E²)).
    net = Network(directed=True, cdn_resources="in_line")
    pr = pagerank(full_graph(view)) if view.number_of_nodes() else {}
    top = max(pr.values(), default=0.0) or 1.0
    ranked = sorted((n for n, d in view.nodes(data=True) if not d.get("generic_of")),
                    key=lambda n: (-pr.get(n, 0.0), n))
    named = set(ranked if labels is None else ranked[:labels])
    # A view of many nodes is drawn zoomed out: its names are set larger to stay legible.
    font = round(min(48.0, 14 * max(1.0, 1.7 * math.sqrt(view.number_of_nodes() / 40))))
    for n, d in view.nodes(data=True):
        score = pr.get(n, 0.0)
        generic = bool(d.get("generic_of"))
        net.add_node(
            n, label=clip(node_name(g, n, d), 48) if n in named else " ", title=_node_tooltip(g, n, d, score),
            color=GENERIC_COLOUR if generic else colour(d.get("label")),
            size=5 if generic else round(8 + 32 * math.sqrt(score / top), 2), font={"size": font},
        )  # no ``group``: pyvis then drops ``color``
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, d in view.edges(data=True):
        groups[(u, v, d.get("type") or "")].append(d)
    for i, ((u, v, rel), items) in enumerate(sorted(groups.items())):
        label, tip = _edge_group(g, rel, items)
        net.add_edge(u, v, id=f"e{i}", hover_label=label, title=tip, value=len(items), arrows="to")
    return net.nodes, net.edges


@functools.cache
def _vis_assets() -> tuple[str, str]:
    """vis-network's JavaScript and CSS as shipped inside the pyvis package."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    try:
        js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
        css = (lib / "vis-network.css").read_text(encoding="utf-8")
    except OSError as exc:
        raise RenderError(f"vis-network is missing from the pyvis package: {exc}") from None
    if "</script" in js.lower() or "</style" in css.lower():
        raise RenderError("vis-network assets cannot be inlined safely")
    return js, css


GRAPH_BODY = """<div id="network" style="width: 100%; height: calc(100vh - 90px);"></div>
<script>{{ vis_js }}</script>
<script>
(function () {
  var nodes = new vis.DataSet({{ nodes|script_json }});
  var edges = new vis.DataSet({{ edges|script_json }});
  var options = {{ options|script_json }};
  var network = new vis.Network(document.getElementById("network"), {nodes: nodes, edges: edges}, options);
  window.sitgraph = {network: network, nodes: nodes, edges: edges, ready: false};
  // Edge labels only while the pointer is on the edge: a hundred of them hide the graph.
  network.on("hoverEdge", function (p) { edges.update({id: p.edge, label: edges.get(p.edge).hover_label}); });
  network.on("blurEdge", function (p) { edges.update({id: p.edge, label: " "}); });
  network.once("stabilizationIterationsDone", function () {
    // Physics off once laid out: a large graph otherwise keeps the CPU busy forever.
    network.setOptions({physics: false});
    // Ready once the settled layout is on the canvas, not when the layout merely ends:
    // a page read (or screenshotted) between the two would find the canvas blank.
    network.once("afterDrawing", function () { window.sitgraph.ready = true; });
    network.redraw();
  });
})();
</script>
"""


TOOLTIP_STYLE = ".vis-tooltip { white-space: pre-wrap; max-width: 480px; font: 12px system-ui, sans-serif; }"


def graph_options(n_nodes: int) -> dict[str, Any]:
    """vis-network options: a bounded layout effort so large graphs settle in seconds."""
    return {
        "layout": {"randomSeed": 7},  # the same graph is laid out the same way each time
        "physics": {
            "solver": "forceAtlas2Based",
            # strong repulsion and no overlap: the named nodes need room for their names
            "forceAtlas2Based": {"gravitationalConstant": -120, "springLength": 140, "avoidOverlap": 0.6},
            "stabilization": {"enabled": True, "iterations": 300 if n_nodes <= 500 else 120,
                              "updateInterval": 25},
        },
        "edges": {"font": {"size": 9, "color": "#555", "strokeWidth": 2}, "smooth": False,
                  "color": {"inherit": "from", "opacity": 0.6},
                  # edge ``value`` (parallel edges merged) sets the width, not the label size
                  "scaling": {"min": 1, "max": 6, "label": {"enabled": False}}},
        # drawThreshold: vis hides labels under 5 px on screen, i.e. all of them once a
        # graph of a few hundred nodes is zoomed to fit; only named nodes carry labels here.
        "nodes": {"shape": "dot", "font": {"size": 16, "strokeWidth": 4, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 2}}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": n_nodes > 500},
    }


def graph_html(
    g: nx.MultiDiGraph, *, title: str = "sitgraph — relationship graph", center: str | None = None,
    depth: int = 2, top: int | None = DEFAULT_TOP, labels: int | None = DEFAULT_LABELS,
) -> str:
    """A self-contained interactive HTML page of ``g`` (see
    :func:`~sitgraph.graph.render_view.select_view` for what is drawn): colours by label
    with a legend, sizes by PageRank, names on the ``labels`` most central nodes, edge
    labels with type and dates on hover, tooltips with evidence and sources. Cost: O(E)
    plus PageRank; the page holds vis-network (~0.5 MB) and the data."""
    view = select_view(g, center=center, depth=depth, top=top)
    nodes, edges = vis_data(g, view, labels=labels)
    js, css = _vis_assets()
    counts: dict[str, int] = defaultdict(int)
    for _, d in view.nodes(data=True):
        if not d.get("generic_of"):
            counts[d.get("label") or ""] += 1
    total = sum(1 for _, d in g.nodes(data=True) if d.get("label") != "Report")
    copies = sum(1 for _, d in view.nodes(data=True) if d.get("generic_of"))
    subtitle = f"{view.number_of_nodes() - copies} of {total} nodes, {len(edges)} links"
    if center is not None:
        subtitle += f"; within {depth} hops of {display_name(center, g.nodes[center])}"
    if top is not None and total > top:
        subtitle += f"; the {top} most central shown"
    subtitle += (". Victim groups and role names (civilians, rebels) are drawn once per event (grey)."
                 " Names on the most central nodes; hover any node or link for its name, evidence and"
                 " sources; drag to move, scroll to zoom.")
    legend = legend_items(counts)
    if copies:
        legend.append({"name": "victim group / role name, per event", "colour": GENERIC_COLOUR, "count": copies})
    body = environment().from_string(GRAPH_BODY).render(
        vis_js=jinja2.utils.markupsafe.Markup(js), nodes=nodes, edges=edges,
        options=graph_options(len(nodes)),
    )
    return page(title=title, subtitle=subtitle, legend=legend, body=body,
                style=css + "\n" + TOOLTIP_STYLE)
