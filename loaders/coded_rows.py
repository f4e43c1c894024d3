"""One coded row to one extraction: the row's narrative report, its actors, place and event.

The report's text is the row's narrative (a summary of its coded fields when it has
none); the actors are the perpetrators (split where a cell names several), the targets
and the victim group a dataset is about; the place comes with its coordinates and its
administrative parents (``LOCATED_IN``); the event has confidence 1.0 and the whole
narrative as evidence. Pure: a row in, an :class:`Extraction` out (:func:`row_extraction`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from sitgraph.graph.model import Entity, Event, Extraction, Mention, Relation, Report, report_id
from sitgraph.graph.schema import entity_id
from sitgraph.loaders.coded_cells import cached_slug, cell_float, cell_int, coded_date, country_of
from sitgraph.loaders.coded_kinds import actor_type, classify_event, facility_type, precision_level, split_actors
from sitgraph.loaders.coded_schemas import CodedSchema
from sitgraph.loaders.published import iso_date

# An acronym in parentheses after a name, "(HTS)": an alias of the actor.
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_COUNTRY_SUFFIX = re.compile(r"\s+(?:governorate|province|prefecture|region|state|oblast|district)$", re.I)


class CodedRow:
    """One row with the schema's view of it; missing columns read as ""."""

    def __init__(self, row: dict[str, str], schema: CodedSchema) -> None:
        self.row = row
        self.schema = schema

    def get(self, column: str | None) -> str:
        if not column:
            return ""
        value = self.row.get(column)
        return "" if value is None else str(value).strip()

    def count(self, columns: tuple[str, ...]) -> int | None:
        values = [v for v in (cell_int(self.get(c)) for c in columns) if v is not None]
        return sum(values) if values else None


class _Builder:
    """Accumulates the entities of one row with local ids e1, e2, …; one entity per key."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.entities: list[Entity] = []
        self.by_key: dict[str, str] = {}
        self.relations: list[Relation] = []

    def add(self, kind: str, name: str, key: str, **fields: object) -> str:
        if key in self.by_key:
            return self.by_key[key]
        local = f"e{len(self.entities) + 1}"
        start = self.report.text.lower().find(name.lower())
        mentions = (Mention(self.report.id, self.report.text[start:start + len(name)], start,
                            start + len(name)),) if start >= 0 else ()
        self.entities.append(Entity(id=local, kind=kind, name=name, key=key, mentions=mentions, **fields))
        self.by_key[key] = local
        return local

    def located_in(self, inner: str | None, outer: str | None) -> None:
        if inner and outer and inner != outer:
            self.relations.append(Relation("LOCATED_IN", inner, outer))


_entity_id = functools.lru_cache(maxsize=65_536)(entity_id)


def place_key(*parts: str) -> str:
    """``place:sy:idlib:kafr-nabl``: country code, province, then narrower names, as the
    gazetteer keys countries (``place:sy``) and provinces (``place:sy:idlib``)."""
    return "place:" + ":".join(cached_slug(p) for p in parts if p)


def _place(b: _Builder, r: CodedRow, schema: CodedSchema) -> tuple[str | None, str]:
    """Add the row's place and its administrative parents; return (local id, name)."""
    country = country_of(r.get(schema.country_code), r.get(schema.country))
    lat, lon = cell_float(r.get(schema.latitude)), cell_float(r.get(schema.longitude))
    if lat is not None and lon is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
        lat = lon = None
    ckey = country[0] if country else ""
    admin1 = r.get(schema.admin1)
    a1key = _COUNTRY_SUFFIX.sub("", admin1)
    levels: list[tuple[str, str, str]] = []  # (type, name, key) from widest to narrowest
    if country:
        levels.append(("country", country[1], place_key(ckey)))
    if admin1:
        levels.append(("province", admin1, place_key(ckey, a1key)))
    seen: set[tuple[str, str]] = set()
    for typ, column in (("district", schema.admin2), ("district", schema.admin3), ("town", schema.location)):
        name = r.get(column)
        if name and (typ, name) not in seen:
            seen.add((typ, name))
            # A district and its chief town often share a name (Idlib): the key says which.
            parts = ("district", name) if typ == "district" else (name,)
            levels.append((typ, name, place_key(ckey, a1key, *parts)))
    scale = "acled" if schema.name.startswith("acled") else "default"
    level = precision_level(r.get(schema.geo_precision), scale)
    order = ("country", "province", "district", "town", "landmark")
    if level and levels:
        finest = order.index(level) if level in order else len(order)
        named = [lv for lv in levels if order.index(lv[0]) <= finest]
        if lat is not None and lon is not None and order.index(named[-1][0] if named else "country") < finest:
            # The dataset locates the event more finely than it names a place: an unnamed
            # point, named by its coordinates within the narrowest named area.
            within = named[-1][1] if named else "unknown area"
            levels = named + [(level, f"{within} near {lat:.3f}, {lon:.3f}",
                               place_key(ckey, a1key, f"{lat:.3f} {lon:.3f}"))]
        elif named:
            levels = named
    if not levels:
        return None, ""
    ids: list[str] = []
    for i, (typ, name, key) in enumerate(levels):
        finest = i == len(levels) - 1
        ids.append(b.add(
            "Place", name, key, type=typ,
            lat=lat if finest else None, lon=lon if finest else None,
            country=country[1] if country else None, admin1=admin1 or None,
        ))
    for inner, outer in zip(ids[1:], ids[:-1], strict=True):
        b.located_in(inner, outer)
    return ids[-1], levels[-1][1]


def _date(r: CodedRow, schema: CodedSchema) -> tuple[str | None, str | None, str | None]:
    """(date, date_end, date_precision) of a row."""
    if schema.date:
        date = coded_date(r.get(schema.date), schema.day_first)
    else:
        y, m, d = cell_int(r.get(schema.year)), cell_int(r.get(schema.month)), cell_int(r.get(schema.day))
        date = iso_date("-".join(f"{v:02d}" for v in (y, m, d) if v is not None)) if y else None
    if not date:
        return None, None, None
    precision = {10: "day", 7: "month", 4: "year"}[len(date)]
    tp = r.get(schema.time_precision)
    if tp == "2" and len(date) == 10:  # ACLED: within a week around the coded day
        day = dt.date.fromisoformat(date)
        return ((day - dt.timedelta(days=3)).isoformat(), (day + dt.timedelta(days=3)).isoformat(), "range")
    if tp == "3":
        return date[:7], None, "month"
    return date, None, precision


def narrative(r: CodedRow, schema: CodedSchema) -> str:
    """The row's narrative: its first non-empty text column, else ""."""
    return next((t for t in (r.get(c) for c in schema.text) if t), "")


def _summary(r: CodedRow, schema: CodedSchema) -> str:
    """A one-line stand-in narrative from coded fields, for rows whose narrative is empty."""
    parts = [p for p in (r.get(schema.date) or r.get(schema.year), " / ".join(
        r.get(c) for c in schema.weapon if r.get(c)), " / ".join(
        r.get(c) for c in schema.actors if r.get(c)), r.get(schema.location) or r.get(schema.admin1)) if p]
    return "Coded incident: " + "; ".join(parts) if parts else ""


def row_extraction(row: dict[str, str], n: int, schema: CodedSchema, path: str | None) -> Extraction | None:
    """The extraction of one coded row (``n`` counts data rows from 1), or None for a row
    kind the graph does not model. Rows without a narrative get a summary of their fields."""
    r = CodedRow(row, schema)
    kind_type = classify_event([r.get(c) for c in schema.weapon])
    if kind_type is None:
        return None
    kind, typ = kind_type
    row_id = r.get(schema.id) or str(n)
    text = narrative(r, schema) or _summary(r, schema)
    killed, wounded = r.count(schema.killed), r.count(schema.wounded)
    abducted, arrested = r.count(schema.abducted), r.count(schema.arrested)
    if kind == "Attack" and typ not in ("armed_clash",) and (abducted or arrested) and not (killed or wounded):
        # People taken and nobody hurt: the incident is an abduction, whatever was carried.
        kind, typ = "Abduction", "arrest" if arrested and not abducted else "kidnapping"
    if schema.counts_cover_victims:
        killed, wounded = killed or None, wounded or None
    date, date_end, precision = _date(r, schema)
    own_source = r.get(schema.source)
    label = schema.label or schema.name
    report = Report(
        id=report_id(f"{schema.name}:{row_id}\n{text}"), text=text,
        path=f"{path or schema.name}#row={n}", published=date if precision != "range" else date_end,
        source=schema.attribution + (f" (source: {own_source})" if own_source else ""),
        url=r.get(schema.url) or None,
    )
    b = _Builder(report)
    actors = [b.add("Actor", name, _entity_id("Actor", name),
                    type=actor_type(r.get(schema.actor_type), name),
                    aliases=tuple(_ACRONYM.findall(name)))
              for column in schema.actors for name in split_actors(r.get(column), schema.actor_separator)]
    targets = [b.add("Actor", name, _entity_id("Actor", name),
                     type=actor_type(r.get(schema.target_type), name),
                     aliases=tuple(_ACRONYM.findall(name)))
               for column in schema.targets for name in split_actors(r.get(column), schema.actor_separator)]
    place, place_name = _place(b, r, schema)
    ftype = facility_type(r.get(schema.facility))
    if ftype:
        fname = f"{r.get(schema.facility)} ({label} {row_id})"
        fid = b.add("Facility", fname, _entity_id("Facility", f"{schema.name} {row_id} {ftype}"), type=ftype)
        b.located_in(fid, place)
        targets.insert(0, fid)
    if schema.victims and (not schema.victim_counts or r.count(schema.victim_counts)):
        targets.append(b.add("Actor", schema.victims, _entity_id("Actor", schema.victims), type="civilians"))
    event = Event(
        id="v1", kind=kind, type=typ, actors=tuple(dict.fromkeys(actors)),
        targets=tuple(dict.fromkeys(t for t in targets if t not in actors)),
        places=(place,) if place else (), date=date, date_end=date_end, date_precision=precision,
        killed=killed, wounded=wounded, evidence=Mention(report.id, text, 0, len(text)), confidence=1.0,
    )
    what = (typ or kind).replace("_", " ")
    title = f"{label} {row_id}: {what}" + (f" in {place_name}" if place_name else "")
    return Extraction(report=replace(report, title=title), entities=tuple(b.entities), events=(event,),
                      relations=tuple(b.relations))


