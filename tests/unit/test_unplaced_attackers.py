"""The attackers' dead told in an unplaced account of the attack, after background incidents
(toll.unplaced-attackers-dead), and an early source's count of victims told after the attackers'
dead (merge_reconcile._add_killed): both go into the article's attack, the attackers added once.

Negative rows: no attackers' dead told (the lead's toll stays), a lead that already counts the
attackers ("including four attackers": not twice), an earlier attack recalled with its own
attackers' dead (its toll stays its own), a cumulative toll of the year, the wounded (never
added to the dead). Every sentence is written for these tests; each row: a text and the
(killed, wounded) of each incident or background event, in order.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import tolls  # noqa: E402

ZHOB = ("2023 Zhob garrison attack\n\nThe 2023 Zhob garrison attack was an assault by militants on an army garrison "
        "in Zhob, Balochistan, Pakistan, on 12 July 2023. ")
BACKGROUND = "\n\nBackground\n\nOn 3 June 2022, a roadside bomb killed six soldiers near Quetta.\n\nAttack\n\n"
BODY = ("Before dawn, about a dozen militants armed with rifles attacked the garrison from two sides. The fighting "
        "lasted five hours, until troops cleared the compound; four attackers were killed, according to the army.")

ROWS = [
    # the attackers' dead in the body paragraph, background between: on top of the lead's victims
    (ZHOB + "Nine soldiers were killed and 5 people were wounded." + BACKGROUND + BODY,
     [(13, 5), (6, None)]),
    # an early source's smaller count of victims after the attackers' end: the victims' larger count
    # stands and the attackers go on top once (the army's retaking is a capture of its own)
    (ZHOB + "Nine soldiers were killed and 5 people were wounded.\n\nAttack\n\nBefore dawn, about a dozen "
     "militants armed with rifles attacked the garrison from two sides. The fighting lasted five hours, until "
     "commandos of the army retook the garrison; four attackers were killed, according to the army.\n\n"
     "Casualties\n\nEarly reports by the district commissioner said six soldiers had died.",
     [(13, 5), (None, None)]),
    # negative: no attackers' dead in the body: the lead's toll stays
    (ZHOB + "Nine soldiers were killed and 5 people were wounded." + BACKGROUND
     + "Before dawn, about a dozen militants armed with rifles attacked the garrison from two sides.",
     [(9, 5), (6, None)]),
    # negative: the lead counts the attackers already: not twice
    (ZHOB + "Thirteen people were killed, including four attackers, and 5 were wounded." + BACKGROUND + BODY,
     [(13, 5), (6, None)]),
    # negative: an earlier attack recalled with its attackers' dead keeps them; the lead's toll stays
    (ZHOB + "Nine soldiers were killed and 5 people were wounded.\n\nBackground\n\nOn 3 June 2022, militants "
     "stormed a checkpoint near Quetta, killing six soldiers; two attackers were killed.\n\nAttack\n\n"
     "Before dawn, about a dozen militants armed with rifles attacked the garrison from two sides.",
     [(9, 5), (8, None)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_attackers_dead_of_an_unplaced_account(nlp, text, expected):
    assert tolls(nlp, text) == expected
