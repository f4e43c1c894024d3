"""Event frames on short sentences of several wars (spaCy is loaded once per session)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def read(nlp, text, published="2024-03-14"):
    x = extracted(nlp, text, published)
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
    assert ev[0]["actors"] == {"Russia"} and ev[0]["places"] == {"Kharkiv"}
    assert ev[0]["targets"] == {"civilians"} and ev[0]["claimed_by"] == set()
    assert (ev[0]["date"], ev[0]["killed"], ev[0]["wounded"]) == ("2024-03-12", 3, 12)


def test_passive_agent_is_perpetrator(nlp):
    _, ev = read(nlp, "Two aid workers were kidnapped by unknown gunmen in Darfur this morning.")
    assert len(ev) == 1
    assert ev[0]["kind"] == "Abduction" and ev[0]["actors"] == {"unknown gunmen"}
    assert ev[0]["targets"] == {"aid workers"} and ev[0]["places"] == {"Darfur"}
    assert ev[0]["date"] == "2024-03-14"


def test_modifier_perpetrators(nlp):
    _, ev = read(nlp, "Two Turkish soldiers were wounded by regime shelling of a Turkish observation post "
                      "last weekend.")
    assert len(ev) == 1 and ev[0]["actors"] == {"Syrian government"}
    assert ev[0]["targets"] == {"Turkey", "Turkish observation post"} and ev[0]["wounded"] == 2
    assert (ev[0]["date"], ev[0]["date_end"]) == ("2024-03-09", "2024-03-10")
    _, ev = read(nlp, "An Israeli airstrike on a school in Gaza City killed 15 people.")
    assert ev[0]["actors"] == {"Israel"} and ev[0]["type"] == "airstrike" and ev[0]["killed"] == 15
    assert ev[0]["targets"] == {"civilians", "school"} and ev[0]["places"] == {"Gaza City"}


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
    assert len(ev) == 1 and ev[0]["type"] == "aggregate" and (ev[0]["killed"], ev[0]["wounded"]) == (35, 89)
    assert ev[0]["actors"] == {"Syrian government"} and ev[0]["targets"] == {"civilians"}
    assert (ev[0]["date"], ev[0]["date_end"]) == ("2024-03-12", "2024-03-14")


def test_no_casualties_gives_zero_and_dozens_gives_no_number(nlp):
    _, ev = read(nlp, "Russian drones struck a market in Kherson. No casualties were reported.")
    assert len(ev) == 1 and (ev[0]["killed"], ev[0]["wounded"]) == (0, 0)
    assert ev[0]["targets"] == {"market"} and ev[0]["places"] == {"Kherson"}
    _, ev = read(nlp, "Russian jets bombed Idlib, killing dozens.")
    assert ev[0]["killed"] is None


def test_claims_said_and_according_to(nlp):
    _, ev = read(nlp, "The RSF attacked El Fasher on Monday, according to the Sudanese Armed Forces.")
    assert len(ev) == 1 and ev[0]["claimed_by"] == {"Sudanese Armed Forces"}
    assert ev[0]["actors"] == {"Rapid Support Forces"} and ev[0]["places"] == {"El Fasher"}
    _, ev = read(nlp, "Houthi rebels fired a missile at a ship in the Red Sea, the US military said.")
    assert ev[0]["claimed_by"] == {"United States"} and ev[0]["type"] == "missile_strike"
    assert ev[0]["actors"] == {"Houthis"} and ev[0]["targets"] == set()


def test_capture_and_irrealis(nlp):
    _, ev = read(nlp, "Forces loyal to Khalifa Haftar captured the town of Gharyan south of Tripoli.")
    assert [e["kind"] for e in ev] == ["Capture"] and ev[0]["targets"] == {"Gharyan"}
    assert ev[0]["actors"] == {"Khalifa Haftar"} and ev[0]["places"] == {"Gharyan", "Tripoli"}
    _, ev = read(nlp, "Rebels expect the offensive will try to seize territory around the M4 highway.")
    assert ev == []


@pytest.mark.parametrize("text", [
    "Russian forces did not shell Kharkiv on Tuesday.",  # negated
    "Residents fear a new airstrike on Idlib.",  # feared, not happened
])
def test_negated_and_feared_attacks_are_no_events(nlp, text):
    assert read(nlp, text)[1] == []


def test_one_incident_told_in_two_sentences_is_one_event(nlp):
    _, ev = read(nlp, "Russian jets bombed the Hass hospital on Monday. The hospital was put out of service.")
    assert len(ev) == 1 and ev[0]["targets"] == {"Hass hospital"} and ev[0]["actors"] == {"Russia"}


def test_deterministic(nlp):
    text = "Russian forces shelled Kharkiv on Tuesday, killing 3 civilians, the governor said."
    assert read(nlp, text)[0] == read(nlp, text)[0]


# Negative sentences: people and places near an incident that are neither its perpetrators
# nor its targets, and sentences about an incident that are no incident of their own.

def test_a_speaker_is_neither_perpetrator_nor_target(nlp):
    _, ev = read(nlp, "Al-Shabab gunmen attacked a bus near Mandera on Monday, a Kenyan police officer said.")
    assert len(ev) == 1 and ev[0]["actors"] == {"al-Shabaab"} and ev[0]["targets"] == set()
    assert ev[0]["claimed_by"] == {"Kenya"} and ev[0]["places"] == {"Mandera"}


def test_a_cumulative_toll_is_an_aggregate_not_an_incident(nlp):
    _, ev = read(nlp, "More than 1,100 militants have been killed since the start of the offensive, the army said.")
    assert len(ev) == 1 and ev[0]["type"] == "aggregate" and ev[0]["killed"] == 1100
    # a state's tally of the enemy fighters killed in its offensive names it as the sole author (GUIDE:
    # cumulative tolls carry no actors "unless the text names a sole author"; state_kill_counts.py)
    assert ev[0]["actors"] == {"government forces"} and ev[0]["targets"] == {"rebels"}


def test_a_later_toll_continues_the_incident(nlp):
    _, ev = read(nlp, "A suicide bomber killed 20 people at a mosque in Kabul on Monday. The toll from the "
                      "bombing rose to 35 on Tuesday.")
    assert len(ev) == 1 and ev[0]["targets"] == {"civilians", "mosque"} and ev[0]["places"] == {"Kabul"}


def test_a_condemnation_adds_no_perpetrator(nlp):
    _, ev = read(nlp, "Al-Shabab gunmen attacked a bus near Mandera on Monday, killing four passengers. "
                      "The United States condemned the attack.")
    assert len(ev) == 1 and ev[0]["actors"] == {"al-Shabaab"}


def test_a_hospital_that_treated_the_wounded_is_no_target(nlp):
    _, ev = read(nlp, "Russian missiles struck a market in Kherson on Monday, wounding 12 people who were "
                      "treated at the regional hospital.")
    assert len(ev) == 1 and ev[0]["targets"] == {"civilians", "market"}


def test_taking_the_wounded_to_hospital_is_no_attack(nlp):
    _, ev = read(nlp, "Russian missiles struck a market in Kherson on Monday, wounding 12 people. The wounded "
                      "were taken to the regional hospital in Kherson.")
    assert len(ev) == 1 and ev[0]["targets"] == {"civilians", "market"}


def test_a_bystander_is_no_target(nlp):
    _, ev = read(nlp, "The RSF shelled El Fasher on Monday as UN peacekeepers watched from their base.")
    assert len(ev) == 1 and ev[0]["targets"] == set() and ev[0]["actors"] == {"Rapid Support Forces"}


@pytest.mark.parametrize("text,targets", [
    # Where someone stood or fired from is not what was struck ...
    ("M23 rebels shelled a market in Goma on Monday as residents watched from a school.", {"market", "civilians"}),
    ("Militants fired rockets from a school at an army base in Sderot.", {"army base"}),
    # ... the facility named as struck still is.
    ("M23 rebels shelled a school in Goma on Monday.", {"school"}),
])
def test_a_facility_after_from_is_not_struck(nlp, text, targets):
    _, ev = read(nlp, text)
    assert len(ev) == 1 and ev[0]["targets"] == targets


def test_states_named_beside_an_unattributed_attack_did_not_do_it(nlp):
    _, ev = read(nlp, "A school in Ariha was damaged by shelling on Monday, after talks between Russia and Turkey.")
    assert len(ev) == 1 and ev[0]["actors"] == set()
    assert ev[0]["targets"] == {"school"} and ev[0]["places"] == {"Ariha"}


def test_a_campaign_by_two_militaries_did_the_killing(nlp):
    _, ev = read(nlp, "A nurse was killed in Idlib during a bombardment campaign by the Russian and Syrian "
                      "militaries.")
    assert len(ev) == 1 and ev[0]["actors"] == {"Russia", "Syrian government"}
    assert ev[0]["targets"] == {"civilians"} and ev[0]["killed"] == 1


def test_a_shelling_campaign_by_two_forces_did_the_killing(nlp):
    # No air power to infer from, two armed sides: only the campaign rule names them.
    _, ev = read(nlp, "A nurse was killed in Kharkiv during a shelling campaign by Russian and Belarusian forces.")
    assert len(ev) == 1 and ev[0]["actors"] == {"Russia", "Belarus"} and ev[0]["targets"] == {"civilians"}


def test_the_attacks_of_a_campaign_take_its_actors(nlp):
    _, ev = read(nlp, "Russian forces continued their offensive near Bakhmut. The attacks killed five civilians.")
    assert [(e["kind"], e["actors"], e["targets"], e["killed"]) for e in ev] == [
        ("Attack", {"Russia"}, {"civilians"}, 5)]


@pytest.mark.parametrize("text", ["There was an explosion on Monday.", "An explosion was heard."])
def test_a_trigger_with_nobody_and_nowhere_is_no_event(nlp, text):
    assert read(nlp, text)[1] == []


def test_seizing_people_is_an_abduction(nlp):
    _, ev = read(nlp, "Militants seized 30 villagers in Borno on Sunday.")
    assert [(e["kind"], e["targets"], e["places"]) for e in ev] == [("Abduction", {"civilians"}, {"Borno"})]


def test_the_target_of_a_campaign_is_not_its_actor(nlp):
    _, ev = read(nlp, "A nurse was killed during an air campaign by the Russian military against Hayat Tahrir "
                      "al-Sham in Idlib.")
    assert ev[0]["actors"] == {"Russia"}


@pytest.mark.parametrize("text,actors,targets", [
    # The aim inside an agent or subject phrase is aimed at, not acting ...
    ("Airstrikes by Russian jets against rebel positions in Idlib killed six fighters on Sunday.", {"Russia"},
     {"rebels"}),
    ("Shelling by Russian forces on Kharkiv killed two civilians.", {"Russia"}, {"civilians"}),
    # ... and an agent phrase with no aim keeps every side it names.
    ("A nurse was killed in Kharkiv during a shelling campaign by Russian and Belarusian forces.",
     {"Russia", "Belarus"}, {"civilians"}),
])
def test_the_aim_inside_an_agent_phrase_is_not_an_actor(nlp, text, actors, targets):
    _, ev = read(nlp, text)
    assert len(ev) == 1 and ev[0]["actors"] == actors and ev[0]["targets"] == targets


def test_a_cumulative_toll_takes_no_perpetrator_from_the_incident_before(nlp):
    _, ev = read(nlp, "Russian jets bombed Saraqib on Monday, killing five people. More than 300 people have been "
                      "killed in Idlib since January.")
    assert [(e["type"], e["actors"]) for e in ev] == [("airstrike", {"Russia"}), ("aggregate", set())]


def test_a_toll_that_refers_back_keeps_the_sides_named_before(nlp):
    _, ev = read(nlp, "Russian forces pressed their offensive near Bakhmut on Monday, killing two. The attacks "
                      "have killed 40 civilians since May.")
    assert [(e["type"], e["actors"], e["killed"]) for e in ev] == [(None, {"Russia"}, 2), ("aggregate", {"Russia"}, 40)]


@pytest.mark.parametrize("text,targets", [
    ("The bakery was damaged due to shelling along with two cars by Syrian regime forces.", {"bakery"}),
    ("A market in Maarat al-Numan was hit in shelling blamed on Syrian regime forces.", {"market"}),
])
def test_the_one_armed_side_of_a_sentence_did_the_shelling(nlp, text, targets):
    _, ev = read(nlp, text)
    assert len(ev) == 1 and ev[0]["actors"] == {"Syrian government"} and ev[0]["targets"] == targets


def test_the_side_that_strikes_is_not_its_own_target(nlp):
    # "killed four" names no victims: people, counted as civilians, never the striking side.
    _, ev = read(nlp, "The airstrike of Russia on Ariha killed four.")
    assert ev[0]["actors"] == {"Russia"} and ev[0]["targets"] == {"civilians"}


@pytest.mark.parametrize("text,targets,places", [
    # "of" with no aim named apart: what was struck, never the striking side.
    ("The shelling of the town of Ariha killed four civilians.", {"civilians"}, {"Ariha"}),
    # the soldiers killed are their state's (the guide's target), still no striking side
    ("The bombing of a Syrian army base near Hama killed four soldiers.", {"Syrian army base", "Syrian government"},
     {"Hama"}),
])
def test_of_without_an_aim_names_no_striking_side(nlp, text, targets, places):
    _, ev = read(nlp, text)
    assert len(ev) == 1 and ev[0]["actors"] == set()
    assert ev[0]["targets"] == targets and ev[0]["places"] == places
