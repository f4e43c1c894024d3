"""Classes of cases from other wars and outlets: named groups behind generic fighter
words, acronyms in brackets, pronoun speakers, institutional claimers, continuation
sentences, combatant tolls, office facilities, undated reports, fatal injuries, state
forces of the report's country. Sentences are written for the tests, not taken from any
evaluation set."""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.dates import parse_iso
from sitgraph.loaders.extract.numbers import find_casualties

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def run(nlp, text, published="2023-11-16"):
    x = extracted(nlp, text, published)
    names = {e.id: e.name for e in x.entities}
    events = [{"kind": v.kind, "type": v.type, "actors": {names[a] for a in v.actors},
               "targets": {names[a] for a in v.targets}, "places": {names[a] for a in v.places},
               "claimed_by": {names[a] for a in v.claimed_by}, "date": v.date,
               "killed": v.killed, "wounded": v.wounded} for v in x.events]
    return x, events


# --- numbers ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,killed,wounded", [
    ("A guard sustained serious injuries in the explosion and died in hospital.", 1, None),
    ("Two porters suffered severe wounds and later died.", 2, None),
    ("Four people sustained injuries and one died.", 1, 4),
    ("The army said none of its soldiers were hurt.", 0, 0),
    ("None of the peacekeepers were injured.", None, 0),
    ("The governor, Ali Musa Bello, was seriously wounded in the blast.", None, 1),
    ("The raid ended after troops killed three militants.", 3, None),
    ("Government forces repelled the assault, killing four fighters.", 4, None),
])
def test_casualty_classes(sentence, killed, wounded):
    c = find_casualties(sentence)
    assert (c.killed, c.wounded) == (killed, wounded)


# --- dates -------------------------------------------------------------------------------

def test_publication_time_after_a_space_is_ignored():
    assert parse_iso("2023-11-16 09:30") == (2023, 11, 16)


def test_undated_report_keeps_explicit_dates(nlp):
    _, events = run(nlp, "Gunmen attacked a police station in Tillaberi on 5 May 2021, killing two officers.",
                    published=None)
    assert events and events[0]["date"] == "2021-05-05"


def test_relative_dates_of_a_thursday_report(nlp):
    # 16 November 2023 was a Thursday.
    _, events = run(nlp, "Gunmen shot dead two traders in Gao yesterday.\n\n"
                         "On Wednesday a drone struck a market in Kidal, killing five people.",
                    published="2023-11-16 08:00")
    assert [e["date"] for e in events] == ["2023-11-15", "2023-11-15"]


def test_attack_without_weapon_word_has_no_type(nlp):
    _, events = run(nlp, "Militants attacked the village of Kaya, killing three people.")
    assert events and events[0]["type"] is None


# --- named groups behind generic fighter words -------------------------------------------

@pytest.mark.parametrize("text,group", [
    ("ISWAP fighters kidnapped nine farmers near Monguno on Tuesday.", "Islamic State West Africa Province"),
    ("Houthi militants shelled the district of Hays, killing a child.", "Houthis"),
    ("RSF gunmen looted the market in Geneina on Sunday.", "Rapid Support Forces"),
])
def test_fighter_word_after_named_group_is_that_group(nlp, text, group):
    x, events = run(nlp, text)
    actors = {e.name for e in x.entities if e.kind == "Actor" and e.type == "armed_group"}
    assert actors == {group}
    assert events and events[0]["actors"] == {group}


def test_bare_militants_in_a_one_group_report_are_that_group(nlp):
    x, _ = run(nlp, "Troops attacked Taliban positions near Kunduz, killing seven militants, the ministry said.")
    assert "rebels" not in {e.name for e in x.entities}
    taliban = next(e for e in x.entities if e.name == "Taliban")
    assert "militants" in {m.text for m in taliban.mentions}


def test_combatant_toll_adds_no_civilian_victims(nlp):
    _, events = run(nlp, "ISWAP fighters overran a base in Marte, killing nine soldiers.")
    attack = next(e for e in events if e["kind"] == "Attack")
    assert attack["killed"] == 9
    assert "civilians" not in attack["targets"]


# --- speakers of reported clauses -------------------------------------------------------

def test_pronoun_subject_of_light_verb_is_the_speaker(nlp):
    _, events = run(nlp, "The Israeli military said it carried out an airstrike against Hezbollah fighters "
                         "near Bint Jbeil.")
    assert len(events) == 1 and events[0]["actors"] == {"Israel"} and events[0]["targets"] == {"Hezbollah"}


def test_own_fighters_of_the_speaker_and_armed_wing(nlp):
    x, events = run(nlp, "Hamas's armed wing, the Qassam Brigades, said its fighters had fired rockets at "
                         "Israeli soldiers near Beit Hanoun.")
    names = {e.id: e.name for e in x.entities}
    assert set(names.values()) == {"Hamas", "Qassam Brigades", "Israel", "Beit Hanoun"}
    assert events[0]["actors"] == {"Qassam Brigades"} and events[0]["targets"] == {"Israel"}
    assert {(r.type, names[r.source], names[r.target]) for r in x.relations} == {
        ("PART_OF", "Qassam Brigades", "Hamas")}


def test_armed_wing_apposition_is_part_of_without_dictionary(nlp):
    x, events = run(nlp, "The Front's armed wing, the Ansar Brigade, claimed responsibility for the bombing "
                         "of a bridge near Gao.")
    names = {e.id: e.name for e in x.entities}
    assert events[0]["actors"] == {"Ansar Brigade"} and events[0]["targets"] == {"bridge"}
    assert {(r.type, names[r.source], names[r.target]) for r in x.relations} == {
        ("PART_OF", "Ansar Brigade", "Front"), ("LOCATED_IN", "bridge", "Gao")}


# --- one actor under a name and its bracketed form ----------------------------------------

def test_name_and_bracketed_acronym_are_one_actor(nlp):
    x, _ = run(nlp, "An African Union (AMISOM) patrol was hit by a roadside bomb near Afgoye.")
    actors = [e for e in x.entities if e.kind == "Actor"]
    assert len(actors) == 1
    assert {m.text for m in actors[0].mentions} == {"African Union", "AMISOM"}


def test_acronym_then_bracketed_name_is_one_actor(nlp):
    x, _ = run(nlp, "The RSF (Rapid Support Forces) shelled El Obeid on Monday.")
    assert [e.name for e in x.entities if e.kind == "Actor"] == ["Rapid Support Forces"]


# --- state forces of the report's country --------------------------------------------------

@pytest.mark.parametrize("text,actor", [
    ("Government forces shelled villages near Taiz, killing four civilians.", "Yemeni government"),
    ("Regime troops shelled Kafranbel in Idlib province.", "Syrian government"),
    ("Government soldiers clashed with fighters in Omdurman.", "Sudanese Armed Forces"),
    ("Government troops attacked positions near Sirte.", "government forces"),
])
def test_generic_state_forces_follow_the_report_country(nlp, text, actor):
    _, events = run(nlp, text)
    assert events[0]["actors"] == {actor}


def test_putin_is_a_person_of_russia(nlp):
    x, _ = run(nlp, "Putin ordered strikes on Kharkiv.")
    putin = next(e for e in x.entities if e.name == "Vladimir Putin")
    assert putin.type == "person"


# --- speakers named by role ------------------------------------------------------------------

@pytest.mark.parametrize("text,claimer", [
    ("Gunmen shot dead two traders in Maiduguri on Sunday, police said.", "police"),
    # Unnamed regional authorities speak for the report's state.
    ("A drone struck a school in Kherson, according to regional authorities.", "Ukraine"),
    ("Gunmen shot dead two traders in Maiduguri, local officials told Reuters.", "Reuters"),
    ("Shelling hit a market in Taiz, killing four civilians, the defence ministry said.", "defence ministry"),
])
def test_role_speakers_are_claimers(nlp, text, claimer):
    _, events = run(nlp, text)
    assert claimer in events[0]["claimed_by"]


def test_the_army_said_is_the_report_country_army(nlp):
    _, events = run(nlp, "Militants attacked a base near Bama in Borno state, the army said.")
    assert events[0]["claimed_by"] == {"Nigeria"}  # an army with no name of its own is its state


def test_the_mission_is_the_named_mission(nlp):
    x, events = run(nlp, "An AMISOM convoy was ambushed near Jowhar on Monday, the mission said.")
    assert [e.name for e in x.entities if e.kind == "Actor"] == ["African Union mission in Somalia"]
    assert events[0]["claimed_by"] == {"African Union mission in Somalia"}


# --- one incident told over two sentences; offices as facilities ------------------------------

def test_named_victim_of_the_bombing_continues_the_incident(nlp):
    x, events = run(nlp, "A suicide bomber attacked the office of the governor of Banadir on Tuesday, killing "
                         "five guards, police said. The governor, Ali Hassan Farah, was seriously wounded in "
                         "the bombing.")
    assert len(events) == 1
    ev = events[0]
    assert (ev["killed"], ev["wounded"]) == (5, 1)
    assert ev["targets"] == {"office of the governor of Banadir", "Ali Hassan Farah"} and ev["actors"] == set()
    assert ("Facility", "office of the governor of Banadir") in {(e.kind, e.name) for e in x.entities}


@pytest.mark.parametrize("text,place", [
    ("Shelling hit a market in North Darfur on Monday, killing three people.", "North Darfur"),
    ("A US airstrike against al-Shabaab fighters near Kunyo Barrow in Lower Shabelle region killed "
     "three militants.", "Lower Shabelle"),
    ("Militias burned homes in South Kivu on Friday.", "South Kivu"),
])
def test_qualified_place_names_are_looked_up_whole(nlp, text, place):
    _, events = run(nlp, text)
    assert place in events[0]["places"]
