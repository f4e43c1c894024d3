"""Country outlines shipped with sitgraph (Natural Earth 1:110m, public domain), and
country names to codes, and how far a point lies outside its country.

``loaders/data/borders_110m.json`` is built once by ``tools/build_borders.py``; each
country has its name, its ISO 3166 alpha-2 code (as the gazetteer gives places) and its
rings (outer outlines and holes, closed, in hundredths of a degree). The maps draw them;
:func:`country_code` reads the ``--country`` option; :func:`km_outside` tells the map which places
lie outside the country the gazetteer gives them (a town of one war resolved in another).
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from importlib import resources

from sitgraph.errors import SitgraphError

DATA_FILE = "borders_110m.json"


class BordersError(SitgraphError):
    """The borders data is missing or unreadable, or a country is unknown."""


@dataclass(frozen=True)
class Country:
    """One country: ``rings`` are tuples of (lon, lat) points, closed."""

    name: str
    iso2: str | None
    rings: tuple[tuple[tuple[float, float], ...], ...]

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """(lon0, lat0, lon1, lat1) of every ring."""
        lons = [p[0] for r in self.rings for p in r]
        lats = [p[1] for r in self.rings for p in r]
        return min(lons), min(lats), max(lons), max(lats)


def parse_borders(text: str) -> tuple[Country, ...]:
    """The countries of a borders JSON text (format in ``tools/build_borders.py``)."""
    data = json.loads(text)
    scale = float(data["scale"])
    out = []
    for c in data["countries"]:
        rings = tuple(
            tuple((r[i] / scale, r[i + 1] / scale) for i in range(0, len(r) - 1, 2)) for r in c["rings"]
        )
        out.append(Country(c["name"], c.get("iso2"), rings))
    return tuple(out)


@functools.cache
def load_borders() -> tuple[Country, ...]:
    """The shipped outlines (read once per process, ~10,000 points)."""
    try:
        text = resources.files("sitgraph.loaders.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
        return parse_borders(text)
    except (OSError, ValueError, KeyError) as exc:
        raise BordersError(f"cannot read the shipped country borders {DATA_FILE}: {exc}") from None


def country_code(text: str) -> str:
    """The ISO alpha-2 code a user means: ``SY``/``sy`` as it is, a name (``Syria``,
    ``South Sudan``, ``S. Sudan``) through the borders' and the gazetteer's country
    names. Raises BordersError for an unknown name. Cost: a gazetteer load for names
    the borders do not spell."""
    t = " ".join(text.split())
    if len(t) == 2 and t.isalpha():
        return t.upper()
    for c in load_borders():
        if c.iso2 and c.name.casefold() == t.casefold():
            return c.iso2
    from sitgraph.loaders.extract.gazetteer import load_gazetteer

    hits = {p.country for p in load_gazetteer().lookup(t) if p.type == "country" and p.country}
    if len(hits) == 1:
        return hits.pop().upper()
    raise BordersError(f"unknown country {text!r}: give its ISO code (SY, UA, SD …) or its English name")


def _inside(rings: tuple[tuple[tuple[float, float], ...], ...], lon: float, lat: float) -> bool:
    """Even-odd test over every ring (holes included) of one or more outlines."""
    inside = False
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


def _segment_km(lon: float, lat: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    """Roughly how far (km) a point lies from a segment: plane geometry, longitudes
    shrunk by the cosine of the latitude; good to a few per cent over a few hundred km."""
    k = math.cos(math.radians(lat))
    ax, ay, bx, by, px, py = a[0] * k, a[1], b[0] * k, b[1], lon * k, lat
    dx, dy = bx - ax, by - ay
    t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy) * 111.2


def km_outside(iso2: str, lat: float, lon: float) -> float | None:
    """How far (km) a point lies outside the outline of country ``iso2``: 0 inside it,
    None when the borders do not know the code. 1:110m coastlines are coarse (a port
    may fall tens of km out at sea), so callers should allow some slack.
    Cost: O(vertices of that country), a few hundred."""
    rings = tuple(r for c in load_borders() if c.iso2 == iso2.upper() for r in c.rings)
    if not rings:
        return None
    if _inside(rings, lon, lat):
        return 0.0
    return min(_segment_km(lon, lat, a, b) for r in rings for a, b in zip(r, r[1:] + r[:1], strict=True))
