"""A claim or a blame told paragraphs after the scene, naming the incident by its place ("On
Friday, the group claimed the Kalbo attack"), goes to the report's one incident attack there
(place_named_claims.py), not to the figure told just before it. Beside them, rows that stay as
they are: a claim of an attack at another place, a condemnation, an earlier attack recalled
with its date and claimed, two incidents at two places, two incidents at one place.

Sentences written for these tests; each row gives the exact events (kind, places, actors, killed).
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.place_named_claims import PLACE_NAMED

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2024-07-05"
RULE = "claim.place-named-incident"


def events(nlp, text):
    """(kind, places, actors, killed) of every event of `text` read as one report, in event order."""
    return event_fields(nlp, text, "kind places actors killed", PUBLISHED)


SCENE = ("On Tuesday, the trenches around Kalbo gave way. Gunmen on motorbikes struck the eastern side of Kalbo, "
         "near the water point, killing 30 people. The army said it had repelled the assault.\n\n"
         "Kalbo has lived under a blockade since 2022. More than a million people in the country are now displaced, "
         "according to the government.\n\n")
TWO_TOWNS = ("On Tuesday, gunmen struck the market of Kalbo, killing 30 people. On Wednesday, gunmen struck the town "
             "of Dori, killing 12 people.\n\nMore than a million people in the country are now displaced, according "
             "to the government.\n\n")

MOVED = [
    (SCENE + "On Friday, Ansarul Islam claimed the Kalbo attack in a message on its channel.",
     [("Attack", {"Kalbo"}, {"Ansarul Islam"}, 30), ("Displacement", {"Kalbo"}, set(), None)]),
    (SCENE + "Residents blamed Ansarul Islam for the attack in Kalbo.",
     [("Attack", {"Kalbo"}, {"Ansarul Islam"}, 30), ("Displacement", {"Kalbo"}, set(), None)]),
    # two incidents at two places: the one named takes the claim, the other keeps its gunmen
    (TWO_TOWNS + "On Friday, Ansarul Islam claimed the Dori attack in a message on its channel.",
     [("Attack", {"Kalbo"}, {"unknown gunmen"}, 30), ("Attack", {"Dori"}, {"Ansarul Islam"}, 12),
      ("Displacement", {"Dori"}, set(), None)]),
]

KEPT = [
    # the claim names another place than the scene's: the scene keeps its gunmen
    (SCENE + "On Friday, Ansarul Islam claimed the Dori attack in a message on its channel.",
     [("Attack", {"Kalbo"}, {"unknown gunmen"}, 30), ("Displacement", {"Dori"}, {"Ansarul Islam"}, None)]),
    # a condemnation names no doer
    (SCENE + "On Friday, the United Nations condemned the Kalbo attack.",
     [("Attack", {"Kalbo"}, {"unknown gunmen"}, 30), ("Displacement", set(), set(), None)]),
    # an earlier attack recalled with its date keeps its claim
    ("On Tuesday, the trenches around Kalbo gave way. Gunmen on motorbikes struck the eastern side of Kalbo, near "
     "the water point, killing 30 people.\n\nThe region has been attacked before. On 3 March, fighters stormed the "
     "army post in Dori, killing ten soldiers. Ansarul Islam claimed the Dori attack a day later.",
     [("Attack", {"Kalbo"}, {"unknown gunmen"}, 30), ("Attack", {"Dori"}, {"Ansarul Islam"}, 10)]),
]


@pytest.mark.parametrize(("text", "expected"), MOVED + KEPT)
def test_place_named_claim_rows(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), MOVED)
def test_claim_stays_on_the_figure_without_the_rule(nlp, text, expected):
    """With the rule off, the statement stays on the event told last (the displacement)."""
    with R.disabled({RULE}):
        got = events(nlp, text)
    assert got != expected
    assert {"Ansarul Islam"} == got[-1][2]


def test_two_incidents_at_one_place_take_nothing_from_the_rule(nlp):
    """Which of two attacks at one place a claim of "the Kalbo attack" means is not told: the rule
    moves nothing (the rows are the same with it on and off)."""
    text = ("On Tuesday, gunmen struck the market of Kalbo, killing 30 people. On Wednesday, a drone struck a "
            "wedding in Kalbo, killing 12 people.\n\nMore than a million people in the country are now displaced, "
            "according to the government.\n\nOn Friday, Ansarul Islam claimed the Kalbo attack in a message.")
    on = events(nlp, text)
    with R.disabled({RULE}):
        off = events(nlp, text)
    assert on == off


@pytest.mark.parametrize(("text", "expected"), [
    ("On Friday, the group claimed the Kalbo attack", "Kalbo"),
    ("officials blamed the militia for the bombing in Upper Dori", "Upper Dori"),
    ("the raid near the Kalbo Wells was claimed", "Kalbo Wells"),
    ("the group claimed the attack", None),  # no place named
    ("the group claimed the market attack", None),  # a facility noun, not a name
])
def test_place_named_sentences(text, expected):
    m = PLACE_NAMED.search(text)
    assert (m and (m["name"] or m["name2"])) == expected
