"""A side the narrative names as the doer stays the perpetrator when it denies the act in a
later sentence (denied_doers.py): the guide lists the side the report's sources blame. A denial
still removes a side no sentence of the incident blames: a bare denial after an attack told with
no doer, a denial in the act's own sentence, a condemnation, a side named only as a bystander.

Sentences written for these tests; each row gives the exact (kind, perpetrators) of every event.
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2024-07-02"  # a Tuesday


def events(nlp, text):
    """(kind, perpetrators) of every event of `text` read as one report, in event order."""
    return event_fields(nlp, text, "kind actors", PUBLISHED)


DECIDED = [
    # the members' phrase names the group; its spokesman's denial a sentence later answers the blame
    ("Fighters of the Bangsamoro Islamic Freedom Fighters attacked a village in Maguindanao on Sunday, killing "
     "four farmers, a local official said. A spokesman for the Bangsamoro Islamic Freedom Fighters denied the "
     "accusation.",
     [("Attack", {"Bangsamoro Islamic Freedom Fighters"})]),
    # the group as the subject of the act, its denial after the toll's update
    ("Al-Shabaab militants stormed a police post in Mandera on Monday, killing three officers, the county "
     "commissioner said. Two more officers died in hospital on Tuesday. Al-Shabaab denied the accusation.",
     [("Attack", {"al-Shabaab"})]),
]

BLAMED = [
    # the group as the subject of the act; the denial two sentences later, after the toll
    ("Al-Shabaab militants stormed a police post in Mandera on Monday, killing three officers, the county "
     "commissioner said. Two more officers died in hospital on Tuesday. An al-Shabaab spokesman denied that "
     "its fighters had attacked the post.",
     [("Attack", {"al-Shabaab"})]),
]

UNBLAMED = [
    # the attack is told with no doer: the denial gives the group no part in it
    ("Rockets hit a market in Mosul on Friday, killing three people. The Islamic State group denied "
     "involvement.",
     [("Attack", set())]),
    # a condemnation and a denial, no blame in the narrative
    ("A car bomb killed five people outside a bank in Jamundi on Saturday. The government condemned the "
     "bombing, and the ELN denied any role in it.",
     [("Attack", set())]),
]


@pytest.mark.parametrize(("text", "expected"), DECIDED + BLAMED + UNBLAMED)
def test_denied_doer_rows(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), DECIDED)
def test_blamed_rows_lose_their_doer_without_the_rule(nlp, text, expected):
    """The decided rows are the rule's doing: with it off, the denial removes the doer."""
    with R.disabled({"actor.denied-after-blame"}):
        assert events(nlp, text) == [(kind, set()) for kind, _ in expected]
