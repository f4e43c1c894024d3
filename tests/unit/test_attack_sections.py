"""An encyclopedic article about one attack: a defining lead, then sections "Attack",
"Casualties", "Perpetrators", "Aftermath" (attack_sections.py, assemble.attack-section).
The sentences under "Attack" tell the defined attack step by step, each with its own weapon
(a mine, then gunfire), so they are that attack and the "Casualties" toll is its toll.
Negative rows: an earlier attack in a "Background" section, a later attack in "Aftermath", an
attack "two days later" in another town under "Attack", and a list whose entries are headed by
their dates.

Every sentence is written for these tests (at real places, with real parties); none is taken
from a report. Each row: a text and the (killed, wounded) of each incident or background event.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import tolls  # noqa: E402

LEAD = ("Kuito road ambush\n\nThe 1999 Kuito road ambush was an attack on a convoy of lorries near Kuito, in Bie "
        "Province, Angola, on 4 March 1999, during the Angolan Civil War.\n\n")
ATTACK = ("Attack\n\nAt dawn a mine exploded under the first lorry of a convoy travelling from Huambo to Kuito. "
          "Armed men hidden beside the road then fired on the drivers who fled.\n\n")
CASUALTIES = "Casualties\n\nThe government said the attack killed 23 people. Another 14 were wounded.\n\n"
PERPETRATORS = "Perpetrators\n\nThe army blamed UNITA, which denied it.\n"

ROWS = [
    # the sections tell the lead's attack: one event with the Casualties section's toll
    (LEAD + ATTACK + CASUALTIES + PERPETRATORS, [(23, 14)]),
    # "The attack" as the heading, the toll in the same section
    (LEAD + "The attack\n\nAt dawn a mine exploded under the first lorry. Armed men hidden beside the road then "
     "fired on the drivers who fled, killing 23 people.\n", [(23, None)]),
    # negative: an earlier attack told in a Background section stays apart with its own toll
    (LEAD + "Background\n\nOn 2 June 1997 a mine exploded under a bus near Huambo, killing nine passengers.\n\n"
     + ATTACK + CASUALTIES, [(23, 14), (9, None)]),
    # negative: a later attack in the Aftermath section
    (LEAD + ATTACK + CASUALTIES + "Aftermath\n\nOn 20 April 1999 gunmen attacked a market in Huambo, killing "
     "six traders.\n", [(23, 14), (6, None)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_sections_of_an_attack_article(nlp, text, expected):
    assert tolls(nlp, text) == expected


def test_an_attack_days_later_under_attack_stays_apart(nlp):
    text = LEAD + "Attack\n\nTwo days later, armed men fired on a bus near Huambo, killing five passengers.\n"
    assert tolls(nlp, text) == [(None, None), (5, None)]


def test_a_list_with_dated_entries_joins_nothing(nlp):
    text = ("List of attacks on convoys in Bie\n\nThe list covers attacks on road convoys in Bie Province.\n\n"
            "4 March 1999 – Kuito\n\nA mine exploded under a lorry near Kuito, killing four drivers.\n\n"
            "9 May 1999 – Chinguar\n\nArmed men fired on a convoy near Chinguar, killing seven drivers.\n")
    assert tolls(nlp, text) == [(4, None), (7, None)]
