"""A bare force word blamed ("Residents blamed the security forces", "blamed the strike on
troops") is the report's state forces, so the strike told without a doer takes the state
(blamed_forces.py). A condemnation, an accusation of something other than an attack, a named
side blamed, and the defenders' interceptions tie no one to the strike.

Sentences written for these tests; each row gives, per event, its actors.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-11-12"

STRIKE = ("PESHAWAR, Nov 10 - On 6 April, a quadcopter dropped explosives on a house in the village of Hassu Khel "
          "in Pakistan, killing four children. ")


def read(nlp, text):
    """[actors per event] of `text` read as one report."""
    x = extracted(nlp, text, PUBLISHED)
    n = {e.id: e.name for e in x.entities}
    return [{n[i] for i in v.actors} for v in x.events]


ROWS = [
    # the blamed security forces are the state's
    (STRIKE + "Residents blamed the security forces, who had been carrying out operations in the area.",
     [{"Pakistan"}]),
    # "blamed the strike on troops"
    (STRIKE + "Residents blamed the strike on troops from a nearby camp.", [{"Pakistan"}]),
    # a condemnation names no doer
    (STRIKE + "Residents condemned the security forces for failing to protect them.", [set()]),
    # an accusation of something other than the strike
    (STRIKE + "Rights groups accuse the security forces of enforced disappearances in the province.", [set()]),
    # a named side blamed keeps its name; the residents' complaint about the post is no blame of the attack
    ("PESHAWAR, Nov 10 - Militants attacked a police checkpoint in Lakki Marwat in Pakistan on Sunday, killing "
     "two soldiers. Officials blamed the Tehrik-i-Taliban Pakistan; residents blamed the security forces for "
     "leaving the post unguarded.", [{"Tehrik-i-Taliban Pakistan"}]),
    # the defenders' interceptions, a victim's nationality: the strike stays Russia's
    ("KYIV, Nov 10 - Russian drones struck an apartment block in Kharkiv on Monday, killing four people. "
     "Ukrainian air defences shot down 20 drones over Kyiv, the air force said.", [{"Russia"}]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_bare_forces_blamed_are_the_state(nlp, text, expected):
    assert read(nlp, text) == expected
