"""Event frames on short sentences of several wars (spaCy is loaded once per session)."""

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract


def read(nlp, text, published="2024-03-14"):
    x = extract(Report.from_text(text, published=published), nlp=nlp)
    names = {e.id: e.name for e in x.entities}
    events = [
        {"kind": v.kind, "type": v.type, "actors": {names[a] for a in v.actors},
         "targets": {names[a] for a in v.targets}, "places": {names[a] for a in v.places},
         "date": v.date, "date_end": v.date_end, "killed": v.killed, "wounded": v.wounded,
         "claimed_by": {names[a] for a in v.claimed_by}}
        for v in x.events
    ]
    return x, events


def test_active_subject_is_perpetrator(nlp):
    _, ev = read(nlp, "Russian forces shelled Kharkiv on Tuesday, killing 3 civilians and wounding 12.")
    assert len(ev) == 1
    assert ev[0]["kind"] == "Attack" and ev[0]["type"] == "shelling"
    assert ev[0]["actors"] == {"Russia"} and "Kharkiv" in ev[0]["places"]
    assert (ev[0]["killed"], ev[0]["wounded"]) == (3, 12)


def test_passive_agent_is_perpetrator(nlp):
    _, ev = read(nlp, "Two aid workers were kidnapped by unknown gunmen in Darfur this morning.")
    assert ev[0]["kind"] == "Abduction" and ev[0]["actors"] == {"unknown gunmen"}
    assert ev[0]["date"] == "2024-03-14"


def test_modifier_perpetrators(nlp):
    _, ev = read(nlp, "Two Turkish soldiers were wounded by regime shelling of a Turkish observation post "
                      "last weekend.")
    assert ev[0]["actors"] == {"Syrian government"}
    assert "Turkey" in ev[0]["targets"] and ev[0]["wounded"] == 2
    assert (ev[0]["date"], ev[0]["date_end"]) == ("2024-03-09", "2024-03-10")
    _, ev = read(nlp, "An Israeli airstrike on a school in Gaza City killed 15 people.")
    assert ev[0]["actors"] == {"Israel"} and ev[0]["type"] == "airstrike" and ev[0]["killed"] == 15


@pytest.mark.parametrize("phrase,date,date_end", [
    ("this morning", "2024-03-14", None),
    ("on Monday", "2024-03-11", None),
    ("on Wednesday night", "2024-03-13", None),
    ("last weekend", "2024-03-09", "2024-03-10"),
    ("in the past 72 hours", "2024-03-11", "2024-03-14"),
])
def test_relative_dates_resolve_against_publication(nlp, phrase, date, date_end):
    _, ev = read(nlp, f"Russian warplanes bombed the town of Saraqib {phrase}.")
    assert (ev[0]["date"], ev[0]["date_end"]) == (date, date_end)


def test_aggregate_toll_since_last_tuesday(nlp):
    _, ev = read(nlp, "At least 35 people have been killed and 89 wounded since last Tuesday by regime airstrikes.")
    assert ev[0]["type"] == "aggregate" and (ev[0]["killed"], ev[0]["wounded"]) == (35, 89)
    assert (ev[0]["date"], ev[0]["date_end"]) == ("2024-03-12", "2024-03-14")


def test_no_casualties_gives_zero_and_dozens_gives_no_number(nlp):
    _, ev = read(nlp, "Russian drones struck a market in Kherson. No casualties were reported.")
    assert ev[0]["killed"] == 0
    _, ev = read(nlp, "Russian jets bombed Idlib, killing dozens.")
    assert ev[0]["killed"] is None


def test_claims_said_and_according_to(nlp):
    _, ev = read(nlp, "The RSF attacked El Fasher on Monday, according to the Sudanese Armed Forces.")
    assert "Sudanese Armed Forces" in ev[0]["claimed_by"]
    _, ev = read(nlp, "Houthi rebels fired a missile at a ship in the Red Sea, the US military said.")
    assert ev[0]["claimed_by"] == {"United States"} and ev[0]["type"] == "missile_strike"


def test_capture_and_irrealis(nlp):
    _, ev = read(nlp, "Forces loyal to Khalifa Haftar captured the town of Gharyan south of Tripoli.")
    assert [e["kind"] for e in ev] == ["Capture"] and "Gharyan" in ev[0]["targets"]
    _, ev = read(nlp, "Rebels expect the offensive will try to seize territory around the M4 highway.")
    assert ev == []


def test_one_incident_told_in_two_sentences_is_one_event(nlp):
    _, ev = read(nlp, "Russian jets bombed the Hass hospital on Monday. The hospital was put out of service.")
    assert len(ev) == 1 and ev[0]["targets"] == {"Hass hospital"}


def test_deterministic(nlp):
    text = "Russian forces shelled Kharkiv on Tuesday, killing 3 civilians, the governor said."
    assert read(nlp, text)[0] == read(nlp, text)[0]
