"""An attack's toll told side by side, as army and police statements tell a repelled assault: the
attackers' dead first ("troops repelled the assault, 'neutralising' 15 terrorists"), then the struck
side's own dead in a sentence of their own ("Three gendarmes were killed") or in the same reported
sentence ("..., and that four soldiers paid the supreme price"). The guide counts the combatants of
both sides of an incident as killed, so the two figures add up (toll.fighters-first-then-defenders,
fighters_dead.py; "repelled the assault, 'neutralising' 20 terrorists" in the attack's own sentence,
toll.defender-killed-attackers, retellings.py; the clauses of one reported sentence joined by "and
that", numbers.py; "paid the supreme price" and "made the ultimate sacrifice" as the dead,
harm_verbs.py). Rows that must not add: a cumulative toll since a month, a war-wide toll, another
attack's toll recalled, another source's count of the same attackers (the larger kept, nothing
added), fighters killed in the army's own raid, and "paid a heavy price" (no toll).

Sentences written for these tests; each row gives the exact (killed, wounded) of every incident and
background event of the text, in order.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import still_missed, tolls  # noqa: E402

LEAD = "Gunmen on motorbikes attacked a gendarmerie post near Dori on Sunday. "
REPELLED = "The army said troops repelled the assault, \"neutralising\" 15 terrorists. "

ROWS = [
    # the struck side's dead after the attackers', in a sentence of their own: 15 + 3
    (LEAD + REPELLED + "Three gendarmes were killed, the statement said.", [(18, None)]),
    (LEAD + "Troops repelled the assault and killed 15 terrorists. Three soldiers were killed.", [(18, None)]),
    # the attack and the attackers' dead in one sentence, the army's word quoted: 20 + 3
    ("Fighters attacked an army convoy near Menaka on Thursday, and the army said its soldiers had repelled the "
     "assault, \"neutralising\" 20 terrorists. Three soldiers were killed, the statement said.", [(23, None)]),
    # "nine of the fighters", then the officers: 9 + 2
    ("Separatist fighters ambushed a police convoy near Kumba on Tuesday. Police said officers fought back and "
     "killed nine of the fighters. Two officers were killed.", [(11, None)]),
    # both in one reported sentence, the army's own dead in its idiom: 12 + 4
    ("Insurgents attacked a military base in Gajiram on Friday night. The army said troops repelled the attack, "
     "killing 12 insurgents, and that four soldiers paid the supreme price.", [(16, None)]),
    ("Insurgents attacked a military base in Gajiram on Friday night. The army said troops repelled the attack, "
     "killing 12 insurgents, and that four soldiers died.", [(16, None)]),
    # "made the ultimate sacrifice" after the attackers' dead in a sentence of their own
    ("Insurgents attacked a military base in Gajiram on Friday night. The army said troops repelled the attack, "
     "killing 12 insurgents. Four soldiers made the ultimate sacrifice.", [(16, None)]),
    # negative: a cumulative toll since a month is no toll of the attack
    (LEAD + REPELLED + "More than 300 soldiers have been killed in the region since January.", [(15, None)]),
    # negative: a war-wide toll
    (LEAD + REPELLED + "Tens of thousands of people have been killed in the war.", [(15, None)]),
    # negative: another attack's toll recalled is that attack's own
    (LEAD + REPELLED + "In March, militants attacked a post in Markoye, killing 11 soldiers.",
     [(15, None), (11, None)]),
    # negative: another source's count of the same attackers: the larger, nothing added
    (LEAD + REPELLED + "A local official said ten terrorists were killed.", [(15, None)]),
    # negative: fighters killed in the army's own raid, then more of them: one count, the larger
    ("Troops raided a militant camp near Bannu on Saturday, neutralising 12 militants. Two militants were killed "
     "in the exchange of fire.", [(12, None)]),
    # negative: a heavy price is no toll
    ("Residents of Gajiram paid a heavy price when insurgents attacked the town on Friday.", [(None, None)]),
    still_missed("Rebels attacked an army position near Rutshuru on Saturday. Soldiers neutralised eight rebels. "
                 "Two soldiers made the ultimate sacrifice, the army said.", [(10, None)],
                 "the soldiers told as the doers of the attackers' dead make that frame the army's own act, so "
                 "its dead are no attackers' and the soldiers' dead told next are kept as the larger figure"),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_both_sides_dead_add_up(nlp, text, expected):
    assert tolls(nlp, text) == expected
