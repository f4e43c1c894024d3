"""Events and places on a map, drawn as SVG: no tiles, no script or style from anywhere.

Folium would pull Leaflet and tiles from the network; a map an analyst opens offline (or
on a machine that must not call out) needs neither. Places are drawn with an
equirectangular projection (longitudes shrunk by the cosine of the middle latitude, so
shapes stay right near the area shown), a graticule for orientation, a marker per place
sized by the events that occurred there, names beside them, and tooltips listing the
events. Wheel zooms, drag pans. A table below lists the same places.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import networkx as nx

from sitgraph.graph.analytics import display_name
from sitgraph.graph.render import TOOLTIP_ITEMS, clip, colour, environment, legend_items, page

WIDTH, HEIGHT, MARGIN = 1000, 620, 40
# Placement follows LOCATED_IN this many steps up when a place has no coordinates.
PARENT_STEPS = 3


def _coords(d: dict[str, Any]) -> tuple[float, float] | None:
    try:
        lat, lon = float(d["lat"]), float(d["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat) or math.isnan(lon):
        return None
    return lat, lon


def _located(g: nx.MultiDiGraph, node: str) -> str | None:
    """``node`` if it has coordinates, else the nearest LOCATED_IN ancestor that has."""
    seen = {node}
    for _ in range(PARENT_STEPS + 1):
        if _coords(g.nodes[node]):
            return node
        parents = [v for _, v, d in g.out_edges(node, data=True)
                   if d.get("type") == "LOCATED_IN" and v not in seen]
        if not parents:
            return None
        node = sorted(parents)[0]
        seen.add(node)
    return None


def map_points(g: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], int]:
    """Where to draw what: one point per Place/Facility with coordinates (and per Event
    with its own), each with the events placed there (through ``OCCURRED_IN``, falling
    back on a located parent). Returns (points, number of events that could not be
    placed). Point keys: ``id``, ``name``, ``label``, ``type``, ``lat``, ``lon``,
    ``events`` (sorted by date), ``killed``. Cost: O(N + E)."""
    events: dict[str, set[str]] = defaultdict(set)
    placed: set[str] = set()
    all_events = [n for n, d in g.nodes(data=True) if d.get("label") == "Event"]
    for ev in all_events:
        if _coords(g.nodes[ev]):
            events[ev].add(ev)
            placed.add(ev)
            continue
        for _, where, d in g.out_edges(ev, data=True):
            if d.get("type") != "OCCURRED_IN":
                continue
            at = _located(g, where)
            if at:
                events[at].add(ev)
                placed.add(ev)
    points = []
    for n, d in g.nodes(data=True):
        c = _coords(d)
        if c is None or d.get("label") not in ("Place", "Facility", "Event"):
            continue
        if d.get("label") == "Event" and n not in events:
            continue
        evs = sorted(events.get(n, ()), key=lambda e: (str(g.nodes[e].get("date") or ""), e))
        killed = sum(int(g.nodes[e].get("killed") or 0) for e in evs)
        points.append({"id": n, "name": display_name(n, d), "label": d.get("label"), "type": d.get("type"),
                       "lat": c[0], "lon": c[1], "events": evs, "killed": killed})
    points.sort(key=lambda p: (-len(p["events"]), p["name"], p["id"]))
    return points, len(all_events) - len(placed)


def _step(span: float) -> float:
    """A round graticule step giving about 4 to 10 lines over ``span`` degrees."""
    for s in (0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 45):
        if span / s <= 10:
            return s
    return 90


def projection(points: list[dict[str, Any]]) -> dict[str, Any]:
    """Bounds and scale that fit ``points`` into the SVG: ``x(lon)``, ``y(lat)`` functions
    plus the padded bounds. Spans under half a degree are widened so one town is not a
    whole screen."""
    lats = [p["lat"] for p in points] or [0.0]
    lons = [p["lon"] for p in points] or [0.0]
    lat0, lat1 = min(lats), max(lats)
    lon0, lon1 = min(lons), max(lons)
    pad_lat, pad_lon = max((lat1 - lat0) * 0.1, 0.25), max((lon1 - lon0) * 0.1, 0.25)
    lat0, lat1, lon0, lon1 = lat0 - pad_lat, lat1 + pad_lat, lon0 - pad_lon, lon1 + pad_lon
    k = math.cos(math.radians((lat0 + lat1) / 2)) or 1e-6
    scale = min((WIDTH - 2 * MARGIN) / ((lon1 - lon0) * k), (HEIGHT - 2 * MARGIN) / (lat1 - lat0))
    cx = (WIDTH - (lon1 - lon0) * k * scale) / 2
    cy = (HEIGHT - (lat1 - lat0) * scale) / 2
    return {"lat0": lat0, "lat1": lat1, "lon0": lon0, "lon1": lon1,
            "x": lambda lon: round(cx + (lon - lon0) * k * scale, 2),
            "y": lambda lat: round(HEIGHT - cy - (lat - lat0) * scale, 2)}


MAP_BODY = """<div id="map-wrap" style="margin: 8px 16px;">
<svg id="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{ width }} {{ height }}"
  width="100%" style="max-height: 75vh; border: 1px solid #ccc; background: #f4f8fb; cursor: grab;"
  role="img" aria-label="{{ title }}">
<g id="graticule" stroke="#d5dde5" stroke-width="0.6" font-size="10" fill="#8a99a8">
{% for l in lines %}<line x1="{{ l.x1 }}" y1="{{ l.y1 }}" x2="{{ l.x2 }}" y2="{{ l.y2 }}"/>
<text x="{{ l.tx }}" y="{{ l.ty }}" stroke="none">{{ l.text }}</text>
{% endfor %}</g>
<g id="markers">
{% for p in points %}<g class="point" data-id="{{ p.id }}"><title>{{ p.tooltip }}</title>
<circle cx="{{ p.x }}" cy="{{ p.y }}" r="{{ p.r }}" fill="{{ p.fill }}" fill-opacity="0.8"
  stroke="#333" stroke-width="0.7"/>
{% if p.show_label %}<text x="{{ p.x + p.r + 2 }}" y="{{ p.y + 4 }}" font-size="11" fill="#222"
  paint-order="stroke" stroke="#fff" stroke-width="3">{{ p.name }}</text>{% endif %}</g>
{% endfor %}</g>
</svg>
</div>
<table class="data" id="places"><thead><tr><th>place</th><th>label</th><th>type</th><th>lat</th><th>lon</th>
<th>events</th><th>killed</th></tr></thead><tbody>
{% for p in table %}<tr><td>{{ p.name }}</td><td>{{ p.label }}</td><td>{{ p.type or "" }}</td>
<td>{{ "%.4f"|format(p.lat) }}</td><td>{{ "%.4f"|format(p.lon) }}</td><td>{{ p.events|length }}</td>
<td>{{ p.killed }}</td></tr>
{% endfor %}</tbody></table>
<script>
(function () {
  // Wheel zooms about the pointer, drag pans: the viewBox is the whole state.
  var svg = document.getElementById("map");
  var vb = svg.viewBox.baseVal;
  function point(evt) {
    var r = svg.getBoundingClientRect();
    return {x: vb.x + (evt.clientX - r.left) / r.width * vb.width,
            y: vb.y + (evt.clientY - r.top) / r.height * vb.height};
  }
  svg.addEventListener("wheel", function (evt) {
    evt.preventDefault();
    var p = point(evt), f = evt.deltaY < 0 ? 0.8 : 1.25;
    vb.x = p.x - (p.x - vb.x) * f; vb.y = p.y - (p.y - vb.y) * f;
    vb.width *= f; vb.height *= f;
  }, {passive: false});
  var drag = null;
  svg.addEventListener("mousedown", function (evt) { drag = point(evt); });
  window.addEventListener("mouseup", function () { drag = null; });
  svg.addEventListener("mousemove", function (evt) {
    if (!drag) return;
    var p = point(evt);
    vb.x -= p.x - drag.x; vb.y -= p.y - drag.y;
  });
})();
</script>
"""


def _tooltip(g: nx.MultiDiGraph, p: dict[str, Any]) -> str:
    lines = [p["name"], f"{p['label']}{' · ' + str(p['type']) if p['type'] else ''}",
             f"{p['lat']:.4f}, {p['lon']:.4f}"]
    if p["events"]:
        lines.append(f"{len(p['events'])} events, {p['killed']} killed")
    for ev in p["events"][:TOOLTIP_ITEMS]:
        d = g.nodes[ev]
        text = "• " + display_name(ev, d)
        if d.get("evidence"):
            text += f': "{clip(d["evidence"], 160)}"'
        lines.append(text)
    if len(p["events"]) > TOOLTIP_ITEMS:
        lines.append(f"… and {len(p['events']) - TOOLTIP_ITEMS} more")
    return "\n".join(lines)


def _graticule(proj: dict[str, Any]) -> list[dict[str, Any]]:
    lines = []
    x, y = proj["x"], proj["y"]
    for lo, hi, is_lat in ((proj["lat0"], proj["lat1"], True), (proj["lon0"], proj["lon1"], False)):
        step = _step(hi - lo)
        v = math.ceil(lo / step) * step
        while v <= hi:
            text = f"{abs(v):g}°{('N' if v >= 0 else 'S') if is_lat else ('E' if v >= 0 else 'W')}"
            if is_lat:
                lines.append({"x1": x(proj["lon0"]), "x2": x(proj["lon1"]), "y1": y(v), "y2": y(v),
                              "tx": x(proj["lon0"]) + 2, "ty": y(v) - 2, "text": text})
            else:
                lines.append({"x1": x(v), "x2": x(v), "y1": y(proj["lat0"]), "y2": y(proj["lat1"]),
                              "tx": x(v) + 2, "ty": y(proj["lat0"]) - 2, "text": text})
            v = round(v + step, 6)
    return lines


def map_html(g: nx.MultiDiGraph, *, title: str = "sitgraph — events and places", labels_max: int = 150) -> str:
    """A self-contained page with an SVG map of the places and events of ``g``.

    Places with events get a marker sized by their number (Event colour) and a name;
    other places a small marker (named when there are at most ``labels_max`` points).
    Cost: O(N + E); the page grows with the number of located places."""
    points, unplaced = map_points(g)
    proj = projection(points)
    drawn = []
    for p in sorted(points, key=lambda p: len(p["events"])):  # busiest drawn last, on top
        n = len(p["events"])
        drawn.append({**p, "x": proj["x"](p["lon"]), "y": proj["y"](p["lat"]),
                      "r": round(3 + 3 * math.sqrt(n), 2) if n else 3,
                      "fill": colour("Event") if n else colour(p["label"]),
                      "show_label": bool(n) or len(points) <= labels_max,
                      "tooltip": _tooltip(g, p)})
    counts: dict[str, int] = defaultdict(int)
    for p in points:
        counts["Event" if p["events"] else p["label"]] += 1
    n_events = sum(len(p["events"]) for p in points)
    subtitle = f"{len(points)} located places, {n_events} events placed"
    if unplaced:
        subtitle += f"; {unplaced} events without coordinates not shown"
    subtitle += ". Marker size grows with the events there; hover for them; scroll to zoom, drag to pan."
    legend = [{**item, "name": "with events" if item["name"] == "Event" else item["name"]}
              for item in legend_items(counts)]
    body = environment().from_string(MAP_BODY).render(
        width=WIDTH, height=HEIGHT, title=title, lines=_graticule(proj), points=drawn, table=points,
    )
    return page(title=title, subtitle=subtitle, legend=legend, body=body)
