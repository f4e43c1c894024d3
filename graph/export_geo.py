"""Events out as GeoJSON and KML, for QGIS, Google Earth and other GIS tools.

One feature per event, at its finest place with coordinates (a facility or town before
its district, province or country; a place without coordinates falls back on the place
it is ``LOCATED_IN``), carrying every field of the event, the names and ids of its
perpetrators (with how each is tied), targets, claimants and deniers, the other events of
its incident, and its sources (report title, outlet, date, url and the evidence sentence).

- :func:`geojson` — an RFC 7946 FeatureCollection: Point geometries ``[lon, lat]`` in
  WGS 84; an event with no known place is a Feature with ``"geometry": null`` (RFC 7946
  3.2), so nothing is lost; ``geo_precision`` says how far to trust each point.
- :func:`kml_text` — a KML 2.2 document with a Placemark per placed event, its date as
  ``TimeStamp`` (or ``TimeSpan`` for a range), the fields as ``ExtendedData``; text is
  escaped by the XML writer.

Both are deterministic (events by date then id). Cost: O(N + E).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Any

import networkx as nx

from sitgraph.graph.analytics import display_name
from sitgraph.graph.cells import visible
from sitgraph.graph.geo import coords, located, precision
from sitgraph.graph.render_view import event_label

EVENT_FIELDS = ("kind", "type", "date", "date_end", "date_precision", "killed", "wounded", "displaced",
                "confidence", "geo_precision", "evidence", "report_id")
_ROLE_IN = {"PERPETRATED": "perpetrators", "CLAIMED": "claimed_by", "DENIED": "denied_by"}
_IDS = {"perpetrators": "perpetrator_ids", "claimed_by": "claimed_by_ids", "denied_by": "denied_by_ids",
        "targets": "target_ids", "places": "place_ids"}
_PRECISION_RANK = {"exact": 0, "town": 1, "district": 2, "province": 3, "country": 4}
KML_NS = "http://www.opengis.net/kml/2.2"


def event_point(g: nx.MultiDiGraph, ev: str) -> tuple[str, tuple[float, float]] | None:
    """(node, (lat, lon)) where an event is drawn: its own coordinates, else the finest of
    its places that has (or whose ``LOCATED_IN`` ancestor has) coordinates; None if none."""
    own = coords(g.nodes[ev])
    if own:
        return ev, own
    found = []
    for _, p, t in g.out_edges(ev, data="type"):
        at = located(g, p) if t == "OCCURRED_IN" else None
        if at:
            found.append((_PRECISION_RANK[precision(g.nodes[p])], at != p, p, at))
    if not found:
        return None
    at = min(found)[3]
    c = coords(g.nodes[at])
    return (at, c) if c else None


def _sources(g: nx.MultiDiGraph, ev: str) -> list[dict[str, Any]]:
    out = []
    for r, _, d in g.in_edges(ev, data=True):
        if d.get("type") != "REPORTS":
            continue
        rd = g.nodes[r]
        row = {"report_id": r, **{k: rd.get(k) for k in ("title", "source", "url", "published")},
               "evidence": d.get("evidence")}
        out.append({k: v for k, v in row.items() if v is not None})
    return sorted(out, key=lambda s: s["report_id"])


def _roles(g: nx.MultiDiGraph, ev: str) -> dict[str, Any]:
    """Perpetrators (with ``how``), claimants, deniers, targets and places of an event."""
    roles: dict[str, list[tuple[str, str]]] = {k: [] for k in ("perpetrators", "claimed_by", "denied_by",
                                                               "targets", "places")}
    how: dict[str, str] = {}
    for a, _, d in g.in_edges(ev, data=True):
        role = _ROLE_IN.get(d.get("type"))
        if role:
            roles[role].append((display_name(a, g.nodes[a]), a))
            if role == "perpetrators" and d.get("how"):
                how[a] = str(d["how"]) + (f" by {d['by']}" if d.get("by") else "")
    for _, b, d in g.out_edges(ev, data=True):
        role = {"TARGETED": "targets", "OCCURRED_IN": "places"}.get(d.get("type"))
        if role:
            roles[role].append((display_name(b, g.nodes[b]), b))
    out: dict[str, Any] = {}
    for role, items in roles.items():
        items.sort(key=lambda x: x[1])
        out[role] = [name for name, _ in items]
        out[_IDS[role]] = [i for _, i in items]
    out["perpetrator_how"] = [how.get(i, "") for i in out["perpetrator_ids"]]
    return out


def event_properties(g: nx.MultiDiGraph, ev: str, at: str | None) -> dict[str, Any]:
    """Every field of an event as plain JSON values (absent fields as null)."""
    d = g.nodes[ev]
    props: dict[str, Any] = {"id": ev, "label": event_label(g, ev)}
    props.update({k: d.get(k) for k in EVENT_FIELDS})
    props.update(_roles(g, ev))
    where = g.nodes[at] if at else {}
    props.update({"located_at": at, "located_at_name": display_name(at, where) if at else None,
                  "country": where.get("country"), "admin1": where.get("admin1"),
                  "point_precision": precision(where) if at else None})
    props["same_incident"] = sorted({b for a, b, t in g.edges(ev, data="type") if t == "SAME_INCIDENT"}
                                    | {a for a, b, t in g.in_edges(ev, data="type") if t == "SAME_INCIDENT"})
    props["sources"] = _sources(g, ev)
    return props


def _events(g: nx.MultiDiGraph) -> list[str]:
    evs = [n for n, d in g.nodes(data=True) if d.get("label") == "Event"]
    return sorted(evs, key=lambda e: (str(g.nodes[e].get("date") or ""), e))


def geojson(g: nx.MultiDiGraph) -> dict[str, Any]:
    """The events of ``g`` as a GeoJSON FeatureCollection (module docstring)."""
    features = []
    for ev in _events(g):
        point = event_point(g, ev)
        geometry = None
        if point:
            lat, lon = point[1]
            geometry = {"type": "Point", "coordinates": [lon, lat]}
        features.append({"type": "Feature", "id": ev, "geometry": geometry,
                         "properties": event_properties(g, ev, point[0] if point else None)})
    return {"type": "FeatureCollection", "features": features}


def geojson_text(g: nx.MultiDiGraph) -> str:
    """:func:`geojson` as indented UTF-8 JSON text ending in a newline."""
    return json.dumps(geojson(g), indent=1, ensure_ascii=False, default=str) + "\n"


def _kml_value(value: Any) -> str:
    """A value as KML text: lists joined with ``; ``, control characters (which XML 1.0
    cannot hold) written as ``\\xNN``."""
    if isinstance(value, list):
        return "; ".join(_kml_value(v) for v in value)
    if isinstance(value, dict):
        return visible(json.dumps(value, ensure_ascii=False, default=str))
    return "" if value is None else visible(str(value))


def _description(p: dict[str, Any]) -> str:
    lines = [p["label"]]
    if p.get("perpetrators"):
        lines.append("by " + ", ".join(p["perpetrators"]))
    if p.get("targets"):
        lines.append("against " + ", ".join(p["targets"]))
    for k in ("killed", "wounded", "displaced"):
        if p.get(k) is not None:
            lines.append(f"{k}: {p[k]}")
    if p.get("evidence"):
        lines.append(f'"{" ".join(str(p["evidence"]).split())}"')
    for s in p["sources"]:
        lines.append("source: " + " — ".join(str(s[k]) for k in ("title", "source", "published", "url") if s.get(k)))
    return "\n".join(lines)


def kml_text(g: nx.MultiDiGraph, name: str = "sitgraph events") -> str:
    """The placed events of ``g`` as a KML 2.2 document (module docstring)."""
    ET.register_namespace("", KML_NS)
    root = ET.Element(f"{{{KML_NS}}}kml")
    doc = ET.SubElement(root, f"{{{KML_NS}}}Document")
    ET.SubElement(doc, f"{{{KML_NS}}}name").text = name
    for f in geojson(g)["features"]:
        if f["geometry"] is None:
            continue
        p = f["properties"]
        pm = ET.SubElement(doc, f"{{{KML_NS}}}Placemark", id=f["id"].replace(":", "-"))
        ET.SubElement(pm, f"{{{KML_NS}}}name").text = visible(p["label"])
        ET.SubElement(pm, f"{{{KML_NS}}}description").text = visible(_description(p))
        if p.get("date") and p.get("date_end") and p["date_end"] != p["date"]:
            span = ET.SubElement(pm, f"{{{KML_NS}}}TimeSpan")
            ET.SubElement(span, f"{{{KML_NS}}}begin").text = str(p["date"])
            ET.SubElement(span, f"{{{KML_NS}}}end").text = str(p["date_end"])
        elif p.get("date"):
            ET.SubElement(ET.SubElement(pm, f"{{{KML_NS}}}TimeStamp"), f"{{{KML_NS}}}when").text = str(p["date"])
        data = ET.SubElement(pm, f"{{{KML_NS}}}ExtendedData")
        for key, value in p.items():
            el = ET.SubElement(data, f"{{{KML_NS}}}Data", name=key)
            ET.SubElement(el, f"{{{KML_NS}}}value").text = _kml_value(value)
        lon, lat = f["geometry"]["coordinates"]
        point = ET.SubElement(pm, f"{{{KML_NS}}}Point")
        ET.SubElement(point, f"{{{KML_NS}}}coordinates").text = f"{lon},{lat}"
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
