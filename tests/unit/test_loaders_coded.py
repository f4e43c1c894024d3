"""Coded incident datasets straight to events: ACLED (both schemas), AWSD, SHCC, mappings."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sitgraph.graph.model import Extraction
from sitgraph.loaders.coded import is_coded_dataset, read_coded
from sitgraph.loaders.coded_kinds import classify_event, split_actors
from sitgraph.loaders.coded_schemas import ACLED, AWSD, SHCC, detect_schema
from sitgraph.loaders.mapping import parse_mapping
from sitgraph.loaders.read_outcomes import ReadError, ReadOptions
from sitgraph.loaders.readers import read_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "loaders"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def names(x: Extraction, ids: tuple[str, ...]) -> list[str]:
    return [x.entity(i).name for i in ids]


def test_schema_detected_from_header() -> None:
    assert detect_schema(["event_date", "event_type", "actor1", "latitude", "longitude", "notes"]) is ACLED
    assert detect_schema([" Incident ID", "Means of attack", "Total killed", "Details "]) is AWSD
    assert detect_schema(["SiND Event ID", "Event Description", "Reported Perpetrator Name"]) is SHCC
    assert detect_schema(["text", "title"]) is None
    assert is_coded_dataset(FIXTURES / "acled.csv") and is_coded_dataset(FIXTURES / "acled_legacy.csv")
    assert not is_coded_dataset(FIXTURES / "monitor.csv") and not is_coded_dataset(FIXTURES / "note.md")


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["Air/drone strike", "Explosions/Remote violence"], ("Attack", "airstrike")),
        (["Shelling/artillery/missile attack"], ("Attack", "shelling")),
        (["Armed clash"], ("Attack", "armed_clash")),
        (["Remote explosive/landmine/IED"], ("Attack", "bombing")),
        (["Abduction/forced disappearance"], ("Abduction", "abduction")),
        (["Attack"], ("Attack", None)),
        (["Peaceful protest", "Protests"], None),
        (["", "Battle-Government regains territory"], ("Capture", None)),
        (["Aerial Bomb: Missile"], ("Attack", "airstrike")),
        (["Missile"], ("Attack", "missile_strike")),
        (["Vehicle-born IED"], ("Attack", "bombing")),
        (["Kidnap-killing"], ("Abduction", "kidnapping")),
        (["Barrel bomb"], ("Attack", "barrel_bomb")),
        (["Drone"], ("Attack", "drone_strike")),
        (["Firearms"], ("Attack", "shooting")),
        (["No Information on the Weapon Used"], ("Attack", None)),
    ],
)
def test_event_kind_and_type(cells: list[str], expected: tuple[str, str | None] | None) -> None:
    assert classify_event(cells) == expected


def test_multi_actor_cells_split_and_unknowns_dropped() -> None:
    sep = AWSD.actor_separator
    assert split_actors("Nour al-Din al-Zenki Movement, Tahrir al-Sham", sep) == [
        "Nour al-Din al-Zenki Movement", "Tahrir al-Sham"]
    assert split_actors("Turkish Armed Forces and Free Syrian Army", sep) == [
        "Turkish Armed Forces", "Free Syrian Army"]
    assert split_actors("Unknown", sep) == [] and split_actors("Unidentified Armed Group (X)", ";") == []


def test_acled_current_schema() -> None:
    outcome = read_file(FIXTURES / "acled.csv")
    assert outcome.error is None
    assert tuple(map(str, outcome.warnings)) == (
        f"{FIXTURES / 'acled.csv'}: 1 row(s) of kinds the graph does not model left out "
        "(Peaceful protest / Protests: 1)",)
    strike, clash, abduction = outcome.extractions
    v = strike.events[0]
    assert (v.kind, v.type, v.date, v.date_precision, v.killed, v.confidence) == (
        "Attack", "airstrike", "2021-03-14", "day", 2, 1.0)
    assert names(strike, v.actors) == ["Military Forces of Exampleland (2010-)", "Air Force of Exampleland"]
    assert names(strike, v.targets) == ["Civilians (Exampleland)", "Health Workers (Exampleland)"]
    assert [strike.entity(t).type for t in v.targets] == ["civilians", "civilians"]
    assert strike.entity(v.actors[0]).type == "state_forces"
    place = strike.entity(v.places[0])
    assert (place.name, place.type, place.lat, place.lon, place.admin1) == ("Rivertown", "town", 35.5, 36.6,
                                                                          "North Province")
    narrative = "On 14 March 2021, an airstrike hit a clinic in Rivertown, killing 2 civilians."
    assert v.evidence.text == strike.report.text == narrative
    assert (v.evidence.start, v.evidence.end) == (0, len(strike.report.text))
    assert strike.report.path.endswith("acled.csv#row=1")
    assert strike.report.source.startswith("ACLED") and "Local Monitor; Wire" in strike.report.source
    # geo precision 2 keeps the district, not the town; time precision 2 is a week-long range
    cv = clash.events[0]
    assert (cv.date, cv.date_end, cv.date_precision) == ("2021-03-12", "2021-03-18", "range")
    assert clash.entity(cv.places[0]).name == "Hill District" and clash.entity(cv.places[0]).type == "district"
    av = abduction.events[0]
    assert (av.kind, av.date, av.date_precision, av.actors) == ("Abduction", "2021-03", "month", ())
    assert abduction.entity(av.places[0]).type == "province"


def test_acled_legacy_schema() -> None:
    shells, capture = read_coded(FIXTURES / "acled_legacy.csv")
    assert (shells.events[0].date, shells.events[0].killed, shells.events[0].kind) == ("2012-03-12", 4, "Attack")
    v = capture.events[0]
    assert v.kind == "Capture" and v.date == "2012-03-13"
    assert names(capture, v.actors) == ["Free Hills Brigade", "Stone Guards", "Valley Youth"]
    assert names(capture, v.targets) == ["Military Forces of Exampleland"]


def test_place_hierarchy_and_stable_keys() -> None:
    (x, _, _) = read_coded(FIXTURES / "acled.csv")
    keys = {e.name: e.key for e in x.entities if e.kind == "Place"}
    assert keys["Exampleland"] == "place:exampleland"  # not a country geonames knows: its name
    assert keys["North Province"] == "place:exampleland:north"  # "Province" is no part of the key
    assert keys["Rivertown"] == "place:exampleland:north:rivertown"
    located = {(x.entity(r.source).name, x.entity(r.target).name) for r in x.relations}
    assert ("Rivertown", "Hill District") in located and ("Hill District", "North Province") in located
    assert x.entity(x.events[0].actors[0]).key == "actor:military-forces-of-exampleland-2010"


def test_mapping_reads_any_dataset() -> None:
    schema = parse_mapping((FIXTURES / "monitor.yaml").read_text(encoding="utf-8"))
    assert schema.name == "monitor" and schema.weapon == ("what",)
    first, second = read_coded(FIXTURES / "monitor.csv", mapping=FIXTURES / "monitor.yaml")
    v = first.events[0]
    assert (v.type, v.killed, v.wounded, v.date) == ("bombing", 3, 7, "2021-04-02")
    assert names(first, v.actors) == ["Valley Front", "Hill Guards"]
    school = first.entity(v.targets[0])
    assert (school.kind, school.type) == ("Facility", "school")
    assert second.events[0].actors == () and second.entity(second.events[0].targets[0]).type == "market"
    assert first.report.source == "Example Monitor incident list (test fixture)"
    outcome = read_file(FIXTURES / "monitor.csv", ReadOptions(mapping=str(FIXTURES / "monitor.yaml")))
    assert len(outcome.extractions) == 2


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("name: x\nattribution: y\ntext: t\ncolour: red\n", "unknown key(s) colour"),
        ("name: x\ntext: t\n", "needs 'attribution'"),
        ("name: x\nattribution: y\ntext: [t\n", "invalid YAML"),
        ("- a\n- b\n", "must be a YAML mapping"),
        ("name: x\nattribution: y\ntext: t\nkilled: {a: 1}\n", "'killed' must be a column name or a list"),
    ],
)
def test_bad_mappings(text: str, cause: str) -> None:
    with pytest.raises(ReadError) as exc:
        parse_mapping(text, path="m.yaml")
    assert str(exc.value).startswith("m.yaml: ") and cause in str(exc.value)


def test_same_narrative_in_two_rows_stays_two_reports(tmp_path: Path) -> None:
    src = (FIXTURES / "acled.csv").read_text(encoding="utf-8").splitlines()
    twin = src[1].replace("XYZ1001", "XYZ9999")
    (tmp_path / "twins.csv").write_text("\n".join([src[0], src[1], twin]) + "\n", encoding="utf-8")
    a, b = read_coded(tmp_path / "twins.csv")
    assert a.report.text == b.report.text and a.report.id != b.report.id


def test_unknown_table_without_mapping_fails(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ReadError, match="not a known coded dataset"):
        read_coded(tmp_path / "t.csv")


# --- the real samples beside the repository --------------------------------------------


def shared_csv(name: str) -> Path:
    path = SHARED / "data" / "coded" / name
    if not path.is_file():
        pytest.skip(f"../shared/data/coded/{name} is not beside the repository")
    return path


def test_every_awsd_row_becomes_one_event() -> None:
    path = shared_csv("awsd-syria-2019-2020q1.csv")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    xs = read_coded(path)
    assert len(xs) == len(rows)
    for row, x in zip(rows, xs, strict=True):
        (v,) = x.events
        assert v.date == f"{int(row['Year']):04d}-{int(row['Month']):02d}-{int(row['Day']):02d}"
        kidnap = row["Means of attack"].lower().startswith("kidnap")
        assert v.kind == ("Abduction" if kidnap else "Attack")
        assert v.killed == (int(row["Total killed"]) or None)
        assert v.wounded == (int(row["Total wounded"]) or None)
        assert v.evidence.text == row["Details"].strip() == x.report.text
        assert x.report.source.startswith("Aid Worker Security Database, Humanitarian Outcomes")
        assert "Aid workers" in names(x, v.targets)
        perpetrator = row["Actor name"]
        actors = names(x, v.actors)
        if perpetrator in ("Unknown", "Not applicable"):
            assert actors == []
        else:
            assert actors and all(a in perpetrator for a in actors)
        place = x.entity(v.places[0])
        assert place.name == (row["City"] or row["District"] or row["Region"] or "Syria").strip()
        if row["Latitude"]:
            assert place.lat == pytest.approx(float(row["Latitude"]))
            assert place.lon == pytest.approx(float(row["Longitude"]))
    types = {x.events[0].type for x in xs}
    assert {"airstrike", "shelling", "shooting", "kidnapping"} <= types
    facility_types = {e.type for x in xs for e in x.entities if e.kind == "Facility"}
    assert {"project_site", "office", "road", "residential", "detention"} <= facility_types


def test_every_shcc_row_becomes_one_event() -> None:
    path = shared_csv("shcc-health-care-syria-2019.csv")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    xs = read_coded(path)
    assert len(xs) == len(rows)
    ids = set()
    for row, x in zip(rows, xs, strict=True):
        (v,) = x.events
        ids.add(x.report.id)
        assert v.date == row["Date"] and v.date_precision == "day"
        assert v.killed == (int(row["Health Workers Killed"]) or None)
        assert v.wounded == (int(row["Health Workers Injured"]) or None)
        assert x.report.source.startswith("Insecurity Insight")
        place = x.entity(v.places[0])
        assert place.lat == pytest.approx(float(row["Latitude"]))
        assert place.lon == pytest.approx(float(row["Longitude"]))
        assert place.admin1 == row["Admin 1"]
        facilities = [x.entity(t) for t in v.targets if x.entity(t).kind == "Facility"]
        if row["Location"] == "Health Building":
            assert [f.type for f in facilities] == ["medical"]
        if row["Reported Perpetrator Name"] == "Nour al-Din al-Zenki Movement, Tahrir al-Sham":
            assert names(x, v.actors) == ["Nour al-Din al-Zenki Movement", "Tahrir al-Sham"]
        assert "â€" not in x.report.text  # mis-decoded punctuation repaired
    assert len(ids) == len(rows)
