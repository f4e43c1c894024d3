"""A bare force word acting after a fronted time phrase with no comma ("On Tuesday soldiers
arrested ...") or as the subject of a first verb joined by "and" to an attack verb ("Soldiers
searched villages ... and detained ...") is the report's state forces (fronted_forces.py).
Victims, a demonym's forces, a speaker, air defences and a condemning body tie no one to it.

Sentences written for these tests; each row gives, per event, (actors, kind).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2024-11-12"

BUS = "Gunmen attacked a bus near Bignona, in Senegal, on Monday, killing four passengers.\n\n"
DRONES = "Russian drones struck an apartment block in Kharkiv, in Ukraine, on Monday, killing four people.\n\n"
GUNMEN = ({"unknown gunmen"}, "Attack")


ROWS = [
    # a fronted day with no comma before the bare force word: the state arrested
    (BUS + "On Tuesday soldiers arrested 11 young men in Fogny.", [GUNMEN, ({"Senegal"}, "Abduction")]),
    # a sweep told before the arrests it made
    (BUS + "Soldiers searched villages in the Fogny area over the following week and detained 11 young men.",
     [GUNMEN, ({"Senegal"}, "Abduction")]),
    # "security forces" after a fronted week
    (BUS + "Last week security forces raided the village of Sindian and burned 20 houses.",
     [GUNMEN, ({"Senegal"}, "Attack")]),
    # the soldiers speak; the gunmen did it
    (BUS + "Soldiers stationed in Fogny said gunmen attacked the market and killed five people.", [GUNMEN, GUNMEN]),
    # soldiers as victims after a fronted day
    (BUS + "On Tuesday soldiers were killed when gunmen attacked a checkpoint in Fogny.", [GUNMEN, GUNMEN]),
    # a victim's nationality acts in nothing
    (DRONES + "On Tuesday a Russian soldier was killed in Kupiansk, the Ukrainian army said.",
     [({"Russia"}, "Attack"), (set(), "Attack")]),
    # the defenders' interceptions are no incident of theirs
    (DRONES + "On Tuesday Ukrainian air defences shot down 20 drones over Kyiv.", [({"Russia"}, "Attack")]),
    # a condemning body after a fronted day
    (BUS + "On Tuesday the African Union condemned the attack and called for calm.", [GUNMEN]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_bare_forces_acting_past_a_fronted_day_or_a_first_verb(nlp, text, expected):
    assert event_fields(nlp, text, "actors kind", PUBLISHED) == expected
