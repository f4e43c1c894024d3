"""Build the country borders the maps draw, once, from Natural Earth 1:110m as TopoJSON.

Input: ``countries-110m.json`` of the npm package ``world-atlas`` (Natural Earth 1:110m
Admin 0 countries, public domain, prepared as TopoJSON by Mike Bostock, ISC licence)::

    npm pack world-atlas && tar xzf world-atlas-*.tgz
    python tools/build_borders.py package/countries-110m.json   # writes loaders/data/borders_110m.json

Output (compact JSON, about 120 KB): ``{"source", "licence", "scale": 100, "countries":
[{"name", "iso2", "rings": [[lon*100, lat*100, lon*100, lat*100, ...], ...]}]}``, each
ring a closed outline as a flat list of integers (coordinates in hundredths of a degree,
about 1 km, finer than the 1:110m source). ``iso2`` is the country code of the shipped
gazetteer's country whose capital lies inside the outline (Natural Earth at this scale
names countries but gives no code); None for a few territories without one. Re-runnable:
the same input gives the same file.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "loaders" / "data"
SCALE = 100
# Outlines Natural Earth draws apart that GeoNames (the gazetteer) counts in a country.
PART_OF = {"Somaliland": "SO", "N. Cyprus": "CY"}
# Antarctica's outline runs along the map's bottom edge, to the pole: of no use to a conflict map.
LEFT_OUT = {"Antarctica"}


def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """The arcs of a quantized TopoJSON topology as lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def ring_points(arcs: list[list[tuple[float, float]]], indices: list[int]) -> list[tuple[float, float]]:
    """One ring from arc indices (``~i`` is arc ``i`` reversed); shared end points once."""
    pts: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(arc if not pts else arc[1:])
    return pts


def unwrap(pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring that crosses the antimeridian made continuous (Chukotka at 181° rather than
    -179°), so no edge of it runs across the whole map."""
    out: list[tuple[float, float]] = []
    for lon, lat in pts:
        if out:
            while lon - out[-1][0] > 180:
                lon -= 360
            while lon - out[-1][0] < -180:
                lon += 360
        out.append((lon, lat))
    return out


def quantize(pts: list[tuple[float, float]]) -> list[int]:
    """A ring as a flat integer list, consecutive duplicates dropped."""
    flat: list[int] = []
    last = None
    for lon, lat in pts:
        q = (round(lon * SCALE), round(lat * SCALE))
        if q != last:
            flat.extend(q)
            last = q
    return flat


def contains(ring: list[int], lon: float, lat: float) -> bool:
    """Even-odd point-in-polygon test on a flat ring (scaled coordinates)."""
    x, y = lon * SCALE, lat * SCALE
    inside = False
    n = len(ring) // 2
    for i in range(n):
        x1, y1 = ring[2 * i], ring[2 * i + 1]
        x2, y2 = ring[2 * ((i + 1) % n)], ring[2 * ((i + 1) % n) + 1]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def capitals() -> list[tuple[str, str, float, float]]:
    """(iso2, name, lat, lon) of every country row of the shipped gazetteer (its capital)."""
    with gzip.open(DATA / "gazetteer.tsv.gz", "rt", encoding="utf-8") as fh:
        rows = csv.DictReader(io.StringIO(fh.read()), delimiter="\t")
        return [(r["country"], r["name"], float(r["lat"]), float(r["lon"]))
                for r in rows if r["type"] == "country" and r["lat"] and r["lon"]]


def _distance(ring: list[int], lon: float, lat: float) -> float:
    """Squared distance (scaled units) from a point to a ring's nearest vertex."""
    x, y = lon * SCALE, lat * SCALE
    return min((ring[i] - x) ** 2 + (ring[i + 1] - y) ** 2 for i in range(0, len(ring), 2))


def assign_codes(countries: list[dict[str, Any]]) -> None:
    """Give each outline the gazetteer code of its country: same name first, then the
    country whose capital lies inside, then (coastal capitals fall outside a coarse
    coastline) the nearest outline within 2 degrees of a capital."""
    caps = capitals()
    by_name = {name: iso2 for iso2, name, _, _ in caps}
    for c in countries:
        c["iso2"] = by_name.get(c["name"]) or PART_OF.get(c["name"])
    used = {c["iso2"] for c in countries if c["name"] not in PART_OF}
    free = [cap for cap in caps if cap[0] not in used]
    for iso2, _, lat, lon in free:
        for c in countries:
            if c["iso2"] is None and sum(contains(r, lon, lat) for r in c["rings"]) % 2:
                c["iso2"] = iso2
                used.add(iso2)
                break
    for iso2, _, lat, lon in (cap for cap in free if cap[0] not in used):
        near = [(min(_distance(r, lon, lat) for r in c["rings"]), c["name"], c) for c in countries if c["iso2"] is None]
        if near and min(near)[0] <= (2 * SCALE) ** 2:
            min(near)[2]["iso2"] = iso2


def build(topo: dict[str, Any]) -> dict[str, Any]:
    """The borders data of a world-atlas countries topology."""
    arcs = decode_arcs(topo)
    countries = []
    for geom in topo["objects"]["countries"]["geometries"]:
        name = geom.get("properties", {}).get("name") or ""
        polys = geom.get("arcs") or []
        if geom["type"] == "Polygon":
            polys = [polys]
        rings = [quantize(unwrap(ring_points(arcs, ring))) for poly in polys for ring in poly]
        rings = [r for r in rings if len(r) >= 6]
        if rings and name not in LEFT_OUT:
            countries.append({"name": name, "iso2": None, "rings": rings})
    assign_codes(countries)
    countries.sort(key=lambda c: c["name"])
    return {
        "source": "Natural Earth 1:110m Admin 0 countries (public domain), naturalearthdata.com, "
                  "via the world-atlas TopoJSON package",
        "licence": "public domain",
        "scale": SCALE,
        "countries": countries,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("topojson", type=Path, help="countries-110m.json of the world-atlas package")
    ap.add_argument("--out", type=Path, default=DATA / "borders_110m.json")
    args = ap.parse_args(argv)
    data = build(json.loads(args.topojson.read_text(encoding="utf-8")))
    args.out.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    missing = sorted(c["name"] for c in data["countries"] if not c["iso2"])
    print(f"wrote {args.out}: {len(data['countries'])} countries, "
          f"{sum(len(r) // 2 for c in data['countries'] for r in c['rings'])} points; "
          f"without a code: {', '.join(missing) or 'none'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
