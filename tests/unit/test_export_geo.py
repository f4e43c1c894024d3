"""GeoJSON and KML export of events; the shipped borders; the map drawn over them."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from numbers import Real
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.graph.borders import country_code, load_borders, parse_borders
from sitgraph.graph.export_geo import geojson, kml_text
from sitgraph.graph.render_map import map_html

ROOT = Path(__file__).resolve().parents[2]
GEOMETRY_TYPES = {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"}


def rfc7946_problems(doc: Any) -> list[str]:
    """What in ``doc`` breaks RFC 7946's structure for a FeatureCollection (sections 3.1-3.3):
    members and their types, positions of 2-3 numbers with longitude and latitude in range,
    no ``crs`` member (RFC 7946 4), ids strings or numbers, properties an object or null."""
    out = []
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        return ["not a FeatureCollection"]
    if "crs" in doc:
        out.append("crs member (not allowed in RFC 7946)")
    if not isinstance(doc.get("features"), list):
        return out + ["features is not an array"]
    for i, f in enumerate(doc["features"]):
        where = f"features[{i}]"
        if not isinstance(f, dict) or f.get("type") != "Feature":
            out.append(f"{where}: not a Feature")
            continue
        if "geometry" not in f or "properties" not in f:
            out.append(f"{where}: geometry and properties members are required")
        if "id" in f and not isinstance(f["id"], (str, Real)):
            out.append(f"{where}: id neither string nor number")
        if f.get("properties") is not None and not isinstance(f["properties"], dict):
            out.append(f"{where}: properties neither object nor null")
        geom = f.get("geometry")
        if geom is None:
            continue
        if not isinstance(geom, dict) or geom.get("type") not in GEOMETRY_TYPES:
            out.append(f"{where}: bad geometry type")
            continue
        if geom["type"] == "Point":
            pos = geom.get("coordinates")
            if (not isinstance(pos, list) or len(pos) not in (2, 3)
                    or not all(isinstance(v, Real) and not isinstance(v, bool) for v in pos)):
                out.append(f"{where}: a Point's coordinates are 2 or 3 numbers")
            elif not (-180 <= pos[0] <= 180 and -90 <= pos[1] <= 90):
                out.append(f"{where}: position out of range (longitude first)")
    return out


def test_the_validator_catches_broken_documents():
    assert rfc7946_problems({"type": "FeatureCollection", "features": []}) == []
    bad = {"type": "FeatureCollection", "crs": {}, "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [35.6, 136.5]}, "properties": {}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": ["1", 2]}, "properties": []},
        {"type": "Feature", "properties": None}]}
    assert rfc7946_problems(bad) == [
        "crs member (not allowed in RFC 7946)",
        "features[0]: position out of range (longitude first)",
        "features[1]: properties neither object nor null",
        "features[1]: a Point's coordinates are 2 or 3 numbers",
        "features[2]: geometry and properties members are required",
    ]


def test_geojson_has_every_event_with_fields_sources_and_its_finest_point(store_url, wars_graph):
    doc = geojson(wars_graph(store_url))
    assert rfc7946_problems(doc) == []
    feats = {f["id"]: f for f in doc["features"]}
    assert list(feats) == ["event:s1", "event:s2", "event:x1", "event:u1"]  # by date, then id
    # s1 is at the hospital, which has no coordinates: its town's point, not Syria's capital
    assert feats["event:s1"]["geometry"] == {"type": "Point", "coordinates": [36.56, 35.61]}
    p = feats["event:s1"]["properties"]
    assert p["located_at"] == "place:kafr-nabl" and p["country"] == "SY" and p["point_precision"] == "town"
    assert p["perpetrators"] == ["Russia"] and p["perpetrator_how"] == ["accused by WHO"]
    assert p["targets"] == ["civilians", "Kafr Nabl hospital"]
    assert p["killed"] == 2 and p["confidence"] == 0.8 and p["same_incident"] == ["event:s2"]
    assert p["sources"] == [{"report_id": "report:a", "title": "Idlib today", "source": "Outlet A",
                             "published": "2019-05-06", "evidence": "Russian jets struck the hospital in Kafr Nabl."}]
    assert feats["event:u1"]["geometry"]["coordinates"] == [38.0, 48.59]
    assert feats["event:x1"]["geometry"] is None  # no place: kept, unplaced
    assert feats["event:x1"]["properties"]["perpetrators"] == ["rebels"]


def test_kml_has_a_placemark_per_placed_event(store_url, tmp_path):
    out = tmp_path / "e.kml"
    r = CliRunner().invoke(main, ["--store", store_url, "export", "--format", "kml", "--country", "SY",
                                  "-o", str(out)])
    assert r.exit_code == 0, r.output
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    root = ET.parse(out).getroot()
    marks = root.findall(".//k:Placemark", ns)
    assert [m.find("k:name", ns).text for m in marks] == ["airstrike · Kafr Nabl hospital · 5 May 2019",
                                                          "airstrike · Kafr Nabl · 5 May 2019"]
    assert [m.find(".//k:coordinates", ns).text for m in marks] == ["36.56,35.61", "36.56,35.61"]
    assert marks[0].find(".//k:when", ns).text == "2019-05-05"
    data = {d.get("name"): d.find("k:value", ns).text for d in marks[0].findall(".//k:Data", ns)}
    assert data["perpetrators"] == "Russia" and data["killed"] == "2"
    assert "Idlib today" in data["sources"] and "Outlet A" in marks[0].find("k:description", ns).text


def test_kml_keeps_hostile_text_as_escaped_text(hostile_graph):
    text = kml_text(hostile_graph)
    root = ET.fromstring(text.encode("utf-8"))  # well-formed despite markup in names
    names = [e.text for e in root.iter("{http://www.opengis.net/kml/2.2}name")]
    assert "<script>alert(1)</script> · <img src=x onerror=alert(1)> village · 1 Feb 2020" in names
    assert "<script>" not in text


def test_geojson_cli_writes_valid_features_and_filters(store_url, tmp_path):
    out = tmp_path / "e.geojson"
    r = CliRunner().invoke(main, ["--store", store_url, "export", "--format", "geojson", "--min-confidence",
                                  "0.7", "-o", str(out)])
    assert r.exit_code == 0, r.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert rfc7946_problems(doc) == []
    assert [f["id"] for f in doc["features"]] == ["event:s1", "event:u1"]


# --- borders and the map ----------------------------------------------------------------


def test_shipped_borders_are_compact_and_hold_the_countries():
    path = ROOT / "loaders" / "data" / "borders_110m.json"
    assert path.stat().st_size < 300_000
    countries = load_borders()
    assert len(countries) > 150
    by_code = {c.iso2: c for c in countries if c.iso2}
    for code in ("SY", "UA", "SD", "SO", "AF", "YE", "ML", "CD", "MM"):
        assert code in by_code, code
    lon0, lat0, lon1, lat1 = by_code["SY"].bbox
    assert 35 < lon0 < 36.5 and 41.5 < lon1 < 43 and 32 < lat0 < 33 and 37 < lat1 < 38
    # no ring jumps across the antimeridian (that draws a line over the whole map)
    assert all(abs(r[i][0] - r[i + 1][0]) < 180 for c in countries for r in c.rings for i in range(len(r) - 1))
    assert "Natural Earth" in json.loads(path.read_text(encoding="utf-8"))["source"]


def test_parse_borders_reads_scaled_rings():
    text = json.dumps({"scale": 100, "countries": [
        {"name": "Square", "iso2": "SQ", "rings": [[0, 0, 100, 0, 100, 100, 0, 100, 0, 0]]}]})
    (c,) = parse_borders(text)
    assert c.rings == (((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)),)
    assert c.bbox == (0.0, 0.0, 1.0, 1.0)


def test_country_code_reads_codes_and_names():
    assert [country_code(x) for x in ("sy", "Syria", "South Sudan", "S. Sudan", "Ukraine")] == [
        "SY", "SY", "SS", "SS", "UA"]


def test_build_borders_decodes_topojson(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_borders", ROOT / "tools" / "build_borders.py")
    bb = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bb)
    topo = {"transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
            "arcs": [[[0, 0], [2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2]]]}
    arcs = bb.decode_arcs(topo)
    assert arcs[0] == [(10.0, 20.0), (11.0, 20.0), (11.0, 21.0)]
    ring = bb.ring_points(arcs, [0, 1])
    assert ring == [(10.0, 20.0), (11.0, 20.0), (11.0, 21.0), (10.0, 21.0), (10.0, 20.0)]
    assert bb.ring_points(arcs, [~1])[0] == (10.0, 20.0)
    assert bb.unwrap([(179.0, 1.0), (-179.0, 1.0), (-179.0, 2.0)]) == [(179.0, 1.0), (181.0, 1.0), (181.0, 2.0)]
    assert bb.contains(bb.quantize(ring), 10.5, 20.5) and not bb.contains(bb.quantize(ring), 12, 20.5)


def test_map_draws_borders_shades_the_event_countries_and_shapes_markers_by_precision(store_url, wars_graph):
    html = map_html(wars_graph(store_url))
    shaded = set(re.findall(r'<path class="country active" data-iso2="(\w\w)"', html))
    assert shaded == {"SY", "UA"}
    drawn = set(re.findall(r'<path class="country" data-iso2="(\w\w)"', html))
    assert {"TR", "RU", "IQ"} <= drawn  # the neighbours around
    precisions = dict(re.findall(r'data-id="([^"]+)" data-precision="(\w+)"', html))
    assert precisions == {"place:kafr-nabl": "town", "place:bakhmut": "town", "place:sy": "country"}
    assert "country only (1)" in html and "town or village (2)" in html
    assert "Natural Earth" in html


def test_picture_corpus_is_varied_and_deterministic(tmp_path):
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("picture_corpus", ROOT / "tools" / "picture_corpus.py")
    pc = importlib.util.module_from_spec(spec)
    sys.modules["picture_corpus"] = pc  # its dataclasses look their module up there
    try:
        spec.loader.exec_module(pc)
    finally:
        del sys.modules["picture_corpus"]
    for out in ("a", "b"):
        assert pc.main([str(tmp_path / out), "--reports", "40", "--seed", "5"]) == 0
    a = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(a) == 40 and a == sorted(p.name for p in (tmp_path / "b").iterdir())
    assert all((tmp_path / "a" / n).read_text() == (tmp_path / "b" / n).read_text() for n in a)
    wars = {n.split("-", 1)[1].removesuffix(".md") for n in a}
    assert len(wars - {"update"}) >= 5
    first = (tmp_path / "a" / a[0]).read_text(encoding="utf-8")
    assert first.startswith("---\ntitle: ") and "\npublished: " in first and "\nsource: " in first


def test_map_flags_a_place_lying_outside_its_own_country():
    import networkx as nx

    from sitgraph.graph.borders import km_outside

    assert km_outside("sy", 35.61, 36.56) == 0.0
    assert km_outside("XX", 0, 0) is None
    assert 2900 < km_outside("ET", 34.35, 62.2) < 3100  # Herat's point, said to be in Ethiopia
    g = nx.MultiDiGraph()
    g.add_node("place:kafr-nabl", label="Place", name="Kafr Nabl", type="town", country="SY", lat=35.61, lon=36.56)
    g.add_node("place:wrong", label="Place", name="Adi Herat", type="town", country="ET", lat=34.35, lon=62.2)
    g.add_node("place:port", label="Place", name="Marka", type="town", country="SO", lat=1.7159, lon=44.7717)
    for i, p in enumerate(["place:kafr-nabl", "place:wrong", "place:port"]):
        g.add_node(f"event:{i}", label="Event", kind="Attack", date="2023-01-01")
        g.add_edge(f"event:{i}", p, key="OCCURRED_IN", type="OCCURRED_IN")
    html = map_html(g)
    flagged = re.findall(r'data-id="([^"]+)"[^<]*\n<title>[^<]*</title>\n[^\n]*\n[^\n]*\n<circle class="outside"', html)
    assert flagged == ["place:wrong"]  # a coastal town just off the coarse coastline is not
    assert "1 places lie outside their own country" in html
    assert "km outside ET: check which place the reports meant" in html
