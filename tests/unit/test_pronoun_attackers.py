"""The attackers' dead told by a pronoun after a repelled attack ("Soldiers killed 18 of them")
count on top of the attack's victims, once (pronoun_attackers.py); a toll told as holding the
attackers ("including four attackers") is not raised by their deaths told again; the attackers'
bodies recovered ("recovered the body of one attacker", toll_body_found.py) are their dead, on
top of the victims too, but not a soldier's body nor bodies of fighters after a raid. Beside them,
rows that must stay as they are: "them" as the attackers' own victims, "many of them" with no
killing, a force's raid told apart, a cumulative toll since a date, a hospital that treated the
wounded, and another incident's toll.

Sentences written for these tests; each row gives the exact events (kind, role, killed,
wounded) of the report, in event order.
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.pronoun_attackers import defenders_killed_them

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

ATTACK = "Attack", "incident"

ROWS = [
    # the defenders' kill told by "of them", the victims told after: both
    ("Insurgents stormed an army post near Kidira on Tuesday night. The defence ministry said soldiers killed 18 "
     "of them. Three soldiers were killed and five wounded.",
     [(*ATTACK, 21, 5)]),
    # the attackers' dead told first, then the defenders' own dead
    ("Gunmen attacked a police station in Garba on Monday. Police officers shot dead seven of them, a police "
     "spokesman said. Two officers died in the exchange of fire.",
     [(*ATTACK, 9, None)]),
    # the victims told in the attack's sentence, the attackers' dead after
    ("Militants raided a border post at Tessit on Sunday, killing six soldiers, the army said. Troops "
     "neutralised 12 of them and seized weapons.",
     [(*ATTACK, 18, None)]),
    # a raid of the troops' own, told apart: two incidents, nothing added
    ("Militants raided a border post at Tessit on Sunday, killing six soldiers, the army said. In a separate "
     "operation near Menaka, troops neutralised 12 militants and seized weapons.",
     [(*ATTACK, 6, None), (*ATTACK, 12, None)]),
    # "many of them": who the victims were, no more dead
    ("Rebels attacked the town of Kolo on Saturday, killing nine civilians, officials said. Many of them were "
     "women.",
     [(*ATTACK, 9, None)]),
    # the attackers killing their captives: "them" are victims, not attackers
    ("Militants abducted ten farmers near Gao on Tuesday, residents said. They killed three of them before "
     "fleeing.",
     [("Abduction", "incident", None, None), (*ATTACK, 3, None)]),
    # a toll that holds the attackers: their deaths told again add nothing
    ("Gunmen attacked a church and a police post in Kasese on Sunday. Twelve people were killed, including four "
     "attackers.\n\nAt about 7 p.m. two gunmen stormed the church, killing three worshippers. Police cornered "
     "them in the yard and shot dead both of them.",
     [(*ATTACK, 12, None)]),
    # a cumulative toll since a date stays an aggregate of its own
    ("Gunmen stormed a gendarmerie post near Kompienga on Monday night. Gendarmes killed 11 of them, the "
     "security ministry said. Two gendarmes were killed. Since January, more than 200 members of the security "
     "forces have been killed in the region.",
     [(*ATTACK, 13, None), ("Attack", "aggregate", 200, None)]),
    # a hospital that treated the wounded: its admissions are no wounded of the attack
    ("Fighters raided an army base near Diffa on Friday, killing five soldiers, the army said. Troops shot dead "
     "nine of them. The wounded were treated at the regional hospital in Diffa, where doctors said 14 people had "
     "been admitted.",
     [(*ATTACK, 14, None)]),
    # another incident's toll told after: its own event
    ("Fighters raided an army base near Diffa on Friday, killing five soldiers, the army said. Troops shot dead "
     "nine of them. A week earlier, fighters ambushed a convoy near Bosso, killing seven soldiers.",
     [(*ATTACK, 14, None), (*ATTACK, 7, None)]),
]


BODIES = [
    ("Suspected militants ambushed an army patrol near Talang on Friday, killing two soldiers and wounding three, "
     "the army said. Troops recovered the body of one attacker after the firefight, a spokesman said.",
     [(*ATTACK, 3, 3)]),
    ("Suspected militants ambushed an army patrol near Talang on Friday, killing two soldiers and wounding three, "
     "the army said. Police retrieved the bodies of four gunmen near the road.",
     [(*ATTACK, 6, 3)]),
    # a soldier's body: one of the victims already counted, or another's dead; nothing added
    ("Suspected militants ambushed an army patrol near Talang on Friday, killing two soldiers and wounding three, "
     "the army said. Troops recovered the body of a soldier after the firefight.",
     [(*ATTACK, 2, 3)]),
]


@pytest.mark.parametrize("text,expected", ROWS + BODIES)
def test_attackers_dead_by_pronoun(nlp, text, expected):
    assert event_fields(nlp, text, "kind role killed wounded") == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Soldiers killed 18 of them before reinforcements arrived.", True),
    ("Our troops neutralised 23 of them and recovered two gun trucks.", True),
    ("Police officers shot dead both of them.", True),
    ("They killed three of them before fleeing.", False),  # no defending force
    ("Many of them were soldiers.", False),  # no killing
    ("Soldiers killed 18 militants.", False),  # named, read by the attackers' own rules
    ("Soldiers chased the rebels into the hills and killed five of them.", False),  # "them" are the rebels
])
def test_defenders_killed_them(sentence, expected):
    assert defenders_killed_them(sentence) is expected
