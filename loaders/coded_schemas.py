"""The dialects of coded incident datasets: which column holds what, and which dataset a header is.

:class:`CodedSchema` names the columns of one dataset; built in are ACLED (the current
lower-case export and the older upper-case one), the Aid Worker Security Database (AWSD)
and Insecurity Insight's attacks on health care (SHCC); any other dataset is described
by a column mapping (:mod:`.mapping`). :func:`detect_schema` recognises a header.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace


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

