"""Events and places on a map, drawn as SVG: no tiles, no script or style from anywhere.

Folium would pull Leaflet and tiles from the network; a map an analyst opens offline (or
on a machine that must not call out) needs neither. Places are drawn with an
equirectangular projection (longitudes shrunk by the cosine of the middle latitude, so
shapes stay right near the area shown) over the country borders and coastlines sitgraph
ships (Natural Earth 1:110m, :mod:`sitgraph.graph.borders`), the countries where the
events occurred shaded and named, a graticule for orientation, a marker per place sized
by the events that occurred there and shaped by how precisely it is known (a town or
facility is a dot, a district a dashed ring, a province a wide ring, a whole country a
square: as ACLED's geo-precision codes tell the analyst how far to trust a dot), names of
the busiest places, and tooltips listing the events. Wheel zooms, drag pans. A table
below lists the same places.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import networkx as nx

from sitgraph.graph.analytics import display_name
from sitgraph.graph.borders import Country, km_outside, load_borders
from sitgraph.graph.geo import coords, located, precision
from sitgraph.graph.render import TOOLTIP_ITEMS, clip, colour, environment, event_label, page

WIDTH, HEIGHT, MARGIN = 1000, 620, 40
# A map narrower than this many degrees is widened, so a town has its country around it.
MIN_SPAN = 6.0
# A place further than this outside its own country is flagged: likely resolved to the
# wrong town. 1:110m outlines are coarse (Gaza and small islands are missing, ports fall
# out at sea), hence the wide margin; a town of the wrong war lies hundreds of km out.
OUTSIDE_KM = 100
OUTSIDE_COLOUR = "#C00000"
# Marker shape per geo-precision, finest first (see precision()).
PRECISIONS = ("exact", "town", "district", "province", "country")
PRECISION_NOTES = {"exact": "facility or site", "town": "town or village", "district": "district",
                   "province": "province or region", "country": "country only"}
LAND, LAND_ACTIVE, SEA, BORDER = "#ECEAE4", "#FBE3C4", "#DCEAF5", "#9AA3AD"

def _outside(d: dict[str, Any], c: tuple[float, float]) -> int | None:
    """Whole km a place lies outside the outline of its own country, when more than
    :data:`OUTSIDE_KM` (a coarse coastline puts ports a little out at sea); else None."""
    if not d.get("country") or d.get("label") == "Event":
        return None
    km = km_outside(str(d["country"]), c[0], c[1])
    return round(km) if km is not None and km > OUTSIDE_KM else None


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
        if coords(g.nodes[ev]):
            events[ev].add(ev)
            placed.add(ev)
            continue
        for _, where, d in g.out_edges(ev, data=True):
            if d.get("type") != "OCCURRED_IN":
                continue
            at = located(g, where)
            if at:
                events[at].add(ev)
                placed.add(ev)
    points = []
    for n, d in g.nodes(data=True):
        c = coords(d)
        if c is None or d.get("label") not in ("Place", "Facility", "Event"):
            continue
        if d.get("label") == "Event" and n not in events:
            continue
        evs = sorted(events.get(n, ()), key=lambda e: (str(g.nodes[e].get("date") or ""), e))
        killed = sum(int(g.nodes[e].get("killed") or 0) for e in evs)
        points.append({"id": n, "name": display_name(n, d), "label": d.get("label"), "type": d.get("type"),
                       "lat": c[0], "lon": c[1], "events": evs, "killed": killed,
                       "precision": precision(d), "country": str(d.get("country") or "").upper() or None,
                       "outside_km": _outside(d, c)})
    points.sort(key=lambda p: (-len(p["events"]), p["name"], p["id"]))
    return points, len(all_events) - len(placed)


def _step(span: float) -> float:
    """A round graticule step giving about 4 to 10 lines over ``span`` degrees."""
    for s in (0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 45):
        if span / s <= 10:
            return s
    return 90


def projection(points: list[dict[str, Any]], min_span: float = MIN_SPAN) -> dict[str, Any]:
    """Bounds and scale that fit ``points`` into the SVG: ``x(lon)``, ``y(lat)`` functions
    plus the padded bounds. Spans under ``min_span`` degrees are widened so one town is
    drawn with its country around it."""
    lats = [p["lat"] for p in points] or [0.0]
    lons = [p["lon"] for p in points] or [0.0]
    lat0, lat1 = min(lats), max(lats)
    lon0, lon1 = min(lons), max(lons)
    pad_lat = max((lat1 - lat0) * 0.1, (min_span - (lat1 - lat0)) / 2, 0.25)
    pad_lon = max((lon1 - lon0) * 0.1, (min_span - (lon1 - lon0)) / 2, 0.25)
    lat0, lat1 = max(lat0 - pad_lat, -85.0), min(lat1 + pad_lat, 85.0)
    lon0, lon1 = lon0 - pad_lon, lon1 + pad_lon
    k = math.cos(math.radians((lat0 + lat1) / 2)) or 1e-6
    scale = min((WIDTH - 2 * MARGIN) / ((lon1 - lon0) * k), (HEIGHT - 2 * MARGIN) / (lat1 - lat0))
    # the frame is filled: bounds widened to the SVG's shape, so borders reach its edges
    lon_c, lat_c = (lon0 + lon1) / 2, (lat0 + lat1) / 2
    half_lon, half_lat = WIDTH / 2 / (k * scale), HEIGHT / 2 / scale
    lon0, lon1, lat0, lat1 = lon_c - half_lon, lon_c + half_lon, lat_c - half_lat, lat_c + half_lat
    return {"lat0": lat0, "lat1": lat1, "lon0": lon0, "lon1": lon1,
            "x": lambda lon: round((lon - lon0) * k * scale, 2),
            "y": lambda lat: round(HEIGHT - (lat - lat0) * scale, 2)}


def _ring_path(ring: tuple[tuple[float, float], ...], proj: dict[str, Any]) -> str:
    """An SVG subpath of a ring; points closer than half a pixel to the last one dropped."""
    x, y = proj["x"], proj["y"]
    out: list[str] = []
    last = None
    for lon, lat in ring:
        p = (x(lon), y(lat))
        if last is None or abs(p[0] - last[0]) + abs(p[1] - last[1]) >= 0.5:
            out.append(f"{p[0]:.1f},{p[1]:.1f}")
            last = p
    return ("M" + "L".join(out) + "Z") if len(out) >= 3 else ""


def _label_point(c: Country) -> tuple[float, float]:
    """Where to write a country's name: the middle of its largest ring's bounding box."""
    ring = max(c.rings, key=len)
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    return (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2


def country_shapes(proj: dict[str, Any], active: dict[str, int], names: int = 8,
                   boxes: Boxes | None = None) -> list[dict[str, Any]]:
    """The countries overlapping the map (with a margin for panning), as SVG paths; those
    whose code is in ``active`` (code -> events there) shaded, the ``names`` with most
    events named where the name covers none in ``boxes``."""
    named = set(sorted(active, key=lambda c: (-active[c], c))[:names])
    # a code drawn as several outlines (Somalia and Somaliland) is named on its largest
    largest = {c.iso2: c for c in sorted(load_borders(), key=lambda c: sum(map(len, c.rings))) if c.iso2}
    lon0, lon1, lat0, lat1 = proj["lon0"], proj["lon1"], proj["lat0"], proj["lat1"]
    mx, my = (lon1 - lon0) / 2, (lat1 - lat0) / 2
    out = []
    for c in load_borders():
        b0, a0, b1, a1 = c.bbox
        if b1 < lon0 - mx or b0 > lon1 + mx or a1 < lat0 - my or a0 > lat1 + my:
            continue
        d = "".join(_ring_path(r, proj) for r in c.rings)
        if not d:
            continue
        on = bool(c.iso2 and c.iso2 in active)
        lx, ly = (proj["x"](v) if i == 0 else proj["y"](v) for i, v in enumerate(_label_point(c)))
        width = len(c.name) * 10
        shown = on and c.iso2 in named and largest[c.iso2] is c
        if shown and boxes is not None:
            # moved up or down when the middle of the country is taken by markers or names
            spot = next((dy for dy in (0, -24, 24, -48, 48) if boxes.place(lx - width / 2, ly + dy - 12, width, 15)),
                        None)
            shown, ly = spot is not None, ly + (spot or 0)
        out.append({"name": c.name, "iso2": c.iso2 or "", "d": d, "fill": LAND_ACTIVE if on else LAND,
                    "active": on, "named": shown, "lx": lx, "ly": ly})
    return out


MAP_BODY = """<div id="map-wrap" style="margin: 8px 16px;">
<svg id="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{ width }} {{ height }}"
  width="100%" style="max-height: 76vh; border: 1px solid #ccc; background: {{ sea }}; cursor: grab;"
  role="img" aria-label="{{ title }}">
<g id="countries" stroke="{{ border }}" stroke-width="0.7" stroke-linejoin="round">
{% for c in countries %}<path class="country{% if c.active %} active{% endif %}" data-iso2="{{ c.iso2 }}"
  d="{{ c.d }}" fill="{{ c.fill }}" fill-rule="evenodd"><title>{{ c.name }}</title></path>
{% endfor %}</g>
<g id="graticule" stroke="#b9c7d3" stroke-width="0.5" stroke-dasharray="2 3" font-size="10" fill="#7d8b99">
{% for l in lines %}<line x1="{{ l.x1 }}" y1="{{ l.y1 }}" x2="{{ l.x2 }}" y2="{{ l.y2 }}"/>
<text x="{{ l.tx }}" y="{{ l.ty }}" stroke="none">{{ l.text }}</text>
{% endfor %}</g>
<g id="country-names" font-size="13" font-weight="600" fill="#8a6d3b" fill-opacity="0.8" text-anchor="middle"
  letter-spacing="1" pointer-events="none">
{% for c in countries if c.named %}<text x="{{ c.lx }}" y="{{ c.ly }}">{{ c.name|upper }}</text>
{% endfor %}</g>
<g id="markers">
{% for p in points %}<g class="point" data-id="{{ p.id }}" data-precision="{{ p.precision }}">
<title>{{ p.tooltip }}</title>
{% if p.precision == "country" %}<rect x="{{ p.x - p.r }}" y="{{ p.y - p.r }}" width="{{ 2 * p.r }}"
  height="{{ 2 * p.r }}" fill="none" stroke="{{ p.fill }}" stroke-width="2.5"/>
{% elif p.precision == "province" %}<circle cx="{{ p.x }}" cy="{{ p.y }}" r="{{ p.r }}" fill="{{ p.fill }}"
  fill-opacity="0.15" stroke="{{ p.fill }}" stroke-width="2.5" stroke-dasharray="5 3"/>
{% elif p.precision == "district" %}<circle cx="{{ p.x }}" cy="{{ p.y }}" r="{{ p.r }}" fill="{{ p.fill }}"
  fill-opacity="0.45" stroke="#333" stroke-width="1" stroke-dasharray="3 2"/>
{% else %}<circle cx="{{ p.x }}" cy="{{ p.y }}" r="{{ p.r }}" fill="{{ p.fill }}" fill-opacity="0.85"
  stroke="#333" stroke-width="0.8"/>
{% endif %}{% if p.outside_km %}<circle class="outside" cx="{{ p.x }}" cy="{{ p.y }}" r="{{ p.r + 4 }}" fill="none"
  stroke="{{ outside }}" stroke-width="2.5"/>{% endif %}
{% if p.show_label %}<text x="{{ p.x + p.r + 3 }}" y="{{ p.y + 4 }}" font-size="12" fill="#222"
  paint-order="stroke" stroke="#fff" stroke-width="3">{{ p.name }}</text>{% endif %}</g>
{% endfor %}</g>
<g id="precision-legend" transform="translate(12 {{ height - 112 }})" font-size="11" fill="#222">
<rect x="-6" y="-14" width="190" height="{{ 20 * precisions|length + 8 }}" fill="#fff" fill-opacity="0.85"
  stroke="#bbb"/>
{% for q in precisions %}<g transform="translate(8 {{ 20 * loop.index0 }})">
{% if q.key == "country" %}<rect x="-5" y="-5" width="10" height="10" fill="none" stroke="{{ event }}"
  stroke-width="2"/>
{% elif q.key == "province" %}<circle r="6" fill="{{ event }}" fill-opacity="0.15" stroke="{{ event }}" stroke-width="2"
  stroke-dasharray="3 2"/>
{% elif q.key == "district" %}<circle r="5" fill="{{ event }}" fill-opacity="0.45" stroke="#333"
  stroke-dasharray="2 1"/>
{% else %}<circle r="{{ 4 if q.key == 'town' else 3 }}" fill="{{ event }}" stroke="#333"/>{% endif %}
<text x="14" y="4">{{ q.note }} ({{ q.count }})</text></g>
{% endfor %}</g>
</svg>
</div>
<p style="margin: 0 16px; font-size: 11px; color: #777;">Borders: Natural Earth 1:110m (public domain).</p>
<table class="data" id="places"><thead><tr><th>place</th><th>label</th><th>type</th><th>precision</th>
<th>country</th><th>km outside it</th><th>lat</th><th>lon</th><th>events</th><th>killed</th></tr></thead><tbody>
{% for p in table %}<tr><td>{{ p.name }}</td><td>{{ p.label }}</td><td>{{ p.type or "" }}</td>
<td>{{ p.precision }}</td><td>{{ p.country or "" }}</td><td>{{ p.outside_km or "" }}</td>
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
    lines = [p["name"], f"{p['label']}{' · ' + str(p['type']) if p['type'] else ''}"
             f"{' · ' + p['country'] if p.get('country') else ''}",
             f"{p['lat']:.4f}, {p['lon']:.4f} (precision: {PRECISION_NOTES[p['precision']]})"]
    if p.get("outside_km"):
        lines.append(f"⚠ {p['outside_km']} km outside {p['country']}: check which place the reports meant")
    if p["events"]:
        lines.append(f"{len(p['events'])} events, {p['killed']} killed")
    for ev in p["events"][:TOOLTIP_ITEMS]:
        d = g.nodes[ev]
        text = "• " + event_label(g, ev)
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


class Boxes:
    """Rectangles of the names already written, so a new one does not cover them."""

    def __init__(self) -> None:
        self.taken: list[tuple[float, float, float, float]] = []

    def place(self, x: float, y: float, w: float, h: float) -> bool:
        """Take the rectangle and return True, or return False when it overlaps one taken."""
        if any(x < b[2] and b[0] < x + w and y < b[3] and b[1] < y + h for b in self.taken):
            return False
        self.taken.append((x, y, x + w, y + h))
        return True


def _markers(g: nx.MultiDiGraph, points: list[dict[str, Any]], proj: dict[str, Any],
             labels_max: int, boxes: Boxes) -> list[dict[str, Any]]:
    """Drawing data of each point, the busiest last (on top); names on the ``labels_max``
    busiest places with events (on every point when there are at most that many) where
    they cover no name already written."""
    candidates = points if len(points) <= labels_max else [p for p in points[:labels_max] if p["events"]]
    drawn = []
    for p in sorted(points, key=lambda p: (len(p["events"]), p["id"])):
        n = len(p["events"])
        drawn.append({**p, "x": proj["x"](p["lon"]), "y": proj["y"](p["lat"]),
                      "r": round(3 + 3 * math.sqrt(n), 2) if n else 3,
                      "fill": colour("Event") if n else colour(p["label"]), "show_label": False,
                      "tooltip": _tooltip(g, p)})
    by_id = {d["id"]: d for d in drawn}
    for p in candidates:  # busiest first: a name that would cover one already placed is left out
        d = by_id[p["id"]]
        d["show_label"] = boxes.place(d["x"] + d["r"] + 3, d["y"] - 9, len(d["name"]) * 7, 13)
    for d in drawn:  # markers with events keep country names off them too
        if d["events"]:
            boxes.taken.append((d["x"] - d["r"], d["y"] - d["r"], d["x"] + d["r"], d["y"] + d["r"]))
    return drawn


def map_html(g: nx.MultiDiGraph, *, title: str = "sitgraph — events and places", labels_max: int = 30) -> str:
    """A self-contained page with an SVG map of the places and events of ``g``.

    Country borders and coastlines under everything, the countries of the places shaded
    and named; places with events get a marker sized by their number (Event colour) and
    shaped by their precision, the ``labels_max`` busiest a name; other places a small
    marker (named when there are at most ``labels_max`` points). Cost: O(N + E) plus the
    borders of the area (~10,000 points for the whole world)."""
    points, unplaced = map_points(g)
    proj = projection(points)
    active: dict[str, int] = defaultdict(int)
    for p in points:
        if p["events"] and p["country"]:
            active[p["country"]] += len(p["events"])
    counts = {q: sum(1 for p in points if p["events"] and p["precision"] == q) for q in PRECISIONS}
    n_events = sum(len(p["events"]) for p in points)
    subtitle = f"{len(points)} located places, {n_events} events placed"
    if unplaced:
        subtitle += f"; {unplaced} events without coordinates not shown"
    subtitle += (". Countries with events shaded. Marker size grows with the events there, its shape tells how"
                 " precisely the place is known; hover for the events; scroll to zoom, drag to pan.")
    outside = sum(1 for p in points if p["outside_km"])
    if outside:
        subtitle += f" {outside} places lie outside their own country (red ring): check them."
    legend = [{"name": "events", "colour": colour("Event"), "count": n_events},
              {"name": "places without events", "colour": colour("Place"),
               "count": sum(1 for p in points if not p["events"])},
              {"name": "country with events", "colour": LAND_ACTIVE, "count": len(active)}]
    if outside:
        legend.append({"name": "outside its own country", "colour": OUTSIDE_COLOUR, "count": outside})
    boxes = Boxes()
    markers = _markers(g, points, proj, labels_max, boxes)
    body = environment().from_string(MAP_BODY).render(
        width=WIDTH, height=HEIGHT, title=title, lines=_graticule(proj), points=markers,
        table=points, countries=country_shapes(proj, active, boxes=boxes), sea=SEA, border=BORDER,
        event=colour("Event"), outside=OUTSIDE_COLOUR,
        precisions=[{"key": q, "note": PRECISION_NOTES[q], "count": counts[q]} for q in PRECISIONS],
    )
    return page(title=title, subtitle=subtitle, legend=legend, body=body)
