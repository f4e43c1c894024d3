"""Country outlines shipped with sitgraph (Natural Earth 1:110m, public domain), and
country names to codes.

``loaders/data/borders_110m.json`` is built once by ``tools/build_borders.py``; each
country has its name, its ISO 3166 alpha-2 code (as the gazetteer gives places) and its
rings (outer outlines and holes, closed, in hundredths of a degree). The maps draw them;
:func:`country_code` reads the ``--country`` option.
"""

from __future__ import annotations

import functools
import json
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
