"""Attacks told inside encyclopedic articles about something else (an armed group, a town, a
commander, an operation, a year in a country): an article's lines of officeholders
(office_fields.py), a named kin opening a list of the dead, a body named by two purposes, a
country closing a body's name.

Negative rows: a body named after an office label, an office named inside a sentence.
Every sentence is written for these tests (real groups and places at invented incidents).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402
from report_reads import actor_names, extracted  # noqa: E402

PUBLISHED = "2012-05-02"

INCUMBENTS = "2013 in Kenya\n\nIncumbents\nPresident: Mwai Kibaki\nVice President: Kalonzo Musyoka\n" \
             "Chief of General Staff: Jeremiah Kianga\n\nEvents\n\n"


@pytest.mark.parametrize("text,actors,places", [
    (INCUMBENTS + "4 March – Gunmen killed six herders near Garissa.",
     {"Mwai Kibaki", "Kalonzo Musyoka", "Jeremiah Kianga", "unknown gunmen", "civilians"}, {"Garissa", "Kenya"}),
    # negative: a body after the office label is no person
    ("2013 in Kenya\n\nIncumbents\nGovernor: Garissa County Police Command\n\nEvents\n\n4 March – Gunmen killed "
     "six herders near Garissa.", {"unknown gunmen", "civilians"}, {"Garissa", "Kenya"}),
    # negative: an office inside a sentence: the person there, and no place made of the office
    ("Gunmen killed six herders near Garissa on 4 March, Vice President Kalonzo Musyoka said.",
     {"Kalonzo Musyoka", "unknown gunmen", "civilians"}, {"Garissa"}),
])
def test_an_incumbents_line_names_a_person_and_no_place(nlp, text, actors, places):
    x = extracted(nlp, text, PUBLISHED)
    assert actor_names(x) == actors
    assert {e.name for e in x.entities if e.kind == "Place"} == places


@pytest.mark.parametrize("text,killed", [
    # a kin word with the name after it opens the list of the dead
    ("An aircraft bombed a house in Shatoi on 5 August 2002. His son Islam and four other people were killed.", 5),
    # a part of the dead told between the list and its verb
    ("An aircraft bombed a house in Shatoi on 5 August 2002. His son Islam and four other people, including two "
     "children, were killed.", 5),
    ("A bomb killed the district chief Omar Said and two guards in Shatoi on 5 August 2002.", 3),
    # negative: the kin word alone counts one all the same
    ("An aircraft bombed a house in Shatoi on 5 August 2002. His son and four other people were killed.", 5),
    # negative: a part told between with no list before it is no more dead
    ("An aircraft bombed a house in Shatoi on 5 August 2002. Four people, including two children, were killed.", 4),
])
def test_a_named_kin_opens_the_list_of_the_dead(nlp, text, killed):
    assert event_fields(nlp, text, "kind killed", PUBLISHED) == [("Attack", killed)]


@pytest.mark.parametrize("text,actors", [
    ("The Truth and Reconciliation Commission said the army killed 40 villagers in Kisoro.",
     {"Truth and Reconciliation Commission", "Uganda", "civilians"}),
    ("The Peace and Security Council said the army killed 40 villagers in Kisoro.",
     {"Peace and Security Council", "Uganda", "civilians"}),
    # negative: a state and a body joined by "and" stay two
    ("Uganda and the Reconciliation Commission said the army killed 40 villagers in Kisoro.",
     {"Reconciliation Commission", "Uganda", "civilians"}),
])
def test_a_body_named_by_two_purposes_keeps_both(nlp, text, actors):
    assert actor_names(extracted(nlp, text, PUBLISHED)) == actors


@pytest.mark.parametrize("text,places", [
    ("The Communist Party of Peru claimed the bombing in Lima on 16 July 1986.", {"Lima"}),
    ("The International Criminal Tribunal for the former Yugoslavia said Serb forces shelled Tuzla.", {"Tuzla"}),
    # negative: the country named as a place after the party stays
    ("The party claimed the bombing in Lima, Peru, on 16 July 1986.", {"Lima", "Peru"}),
    # negative: a state's own words keep the country (it names the state acting)
    ("Soldiers of the government of Guatemala killed 11 villagers in Acul on 5 October 1995.", {"Acul", "Guatemala"}),
])
def test_a_country_inside_a_party_name_is_no_place(nlp, text, places):
    x = extracted(nlp, text, PUBLISHED)
    assert {e.name for e in x.entities if e.kind == "Place"} == places
