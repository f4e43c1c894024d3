"""The attackers' dead told in the forms army and police statements use, on top of their victims:
the attackers pursued and killed ("pursued the attackers into the bush and killed five of
them", pursued_attackers.py), the dead named as the doers ("killed 12 militants who attacked a
post", beside a headline's "killing 12 attackers": counted once), fighters of the attacking
side read as the clause's side ("Police repulsed the attack and two militants were killed",
fighters_dead.py), and rebels a defender killed ("repelled a rebel assault, killing 14 rebels",
retellings.py). Beside them, rows that must not add: "them" after the victims, fighters who
were the struck side of a raid, a cumulative toll, a toll of an earlier attack recalled, and a
hospital's count of the wounded it received (the incident's wounded, not a second event).

Sentences written for these tests; each row gives the exact (kind, type, role, killed, wounded)
of every event.
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-08-14"


def events(nlp, text):
    """(kind, type, role, killed, wounded) of every event of `text`, in event order."""
    x = extracted(nlp, text, PUBLISHED)
    return [(v.kind, v.type, v.role, v.killed, v.wounded) for v in x.events]


LEAD = "Gunmen attacked the village of Tera in Kwara state on Sunday, killing 12 villagers, police said. "
PURSUED = "Soldiers pursued the attackers into the bush and killed five of them."
SHOT = ("Attack", "shooting", "incident")


@pytest.mark.parametrize(("text", "expected"), [
    (LEAD + PURSUED, [(*SHOT, 17, None)]),
    (LEAD + 'The army said its troops chased the gunmen and "neutralised" four of them.', [(*SHOT, 16, None)]),
    # the rebels may be the struck side of a raid: no attackers named, the victims' toll alone
    (LEAD + "Soldiers pursued the rebels into the bush and killed five of them.", [(*SHOT, 12, None)]),
    # "them" are the victims
    ("Gunmen fired on a crowd of traders in the town of Tera on Sunday and killed nine of them, police said.",
     [(*SHOT, 9, None)]),
    # a cumulative toll stays an aggregate of its own
    (LEAD + PURSUED + " More than 300 people have been killed in Kwara state since January.",
     [(*SHOT, 17, None), ("Attack", "aggregate", "aggregate", 300, None)]),
    # an earlier attack recalled keeps its own toll
    (LEAD + PURSUED + " In March, gunmen attacked the nearby village of Oke, killing eight people.",
     [(*SHOT, 17, None), ("Attack", "shooting", "background", 8, None)]),
    # a hospital's count of the wounded it received: the incident's wounded, no event of its own
    (LEAD + PURSUED + " The Tera general hospital said it had received 20 wounded people.", [(*SHOT, 17, 20)]),
])
def test_the_attackers_pursued_and_killed(nlp, text, expected):
    assert events(nlp, text) == expected


def test_switched_off_the_pursued_attackers_are_not_added(nlp):
    with R.disabled({"toll.pursued-attackers"}):
        assert events(nlp, LEAD + PURSUED) == [(*SHOT, 12, None)]


HEADLINE = "Togo says troops repelled jihadist raid, killing 12 attackers\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    # the lead's 12 militants who attacked are the headline's 12 attackers: 12 and three policemen
    (HEADLINE + "Togo's government says its forces killed 12 militants who attacked a police post at Sela in the "
                "north on Friday.\n\nThree policemen were also killed and five wounded, the interior ministry said.",
     [("Attack", "raid", "incident", 15, 5)]),
])
def test_the_dead_who_attacked_are_the_attackers(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants attacked a police post in Zorka on Tuesday, killing three policemen. Police repulsed the attack and "
     "two militants were killed in retaliatory fire.", [("Attack", None, "incident", 5, None)]),
    # the militants were the struck side of the raid: the larger count, not the sum
    ("Troops raided a militant hideout in Zorka on Tuesday, killing three militants. Police repulsed an attack and "
     "two militants were killed in retaliatory fire.", [("Attack", "raid", "incident", 3, None)]),
])
def test_fighters_read_as_the_clause_side(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, militia fighters repelled a rebel assault on the Kora front east of Taiz, killing 14 rebels, a "
     "commander said. Three of his men were killed.", [("Attack", None, "incident", 17, None)]),
    # a raid on a rebel camp: the rebels were struck, the larger count stands
    ("Troops raided a rebel camp near Kora on Monday, killing 14 rebels, a commander said. Three of his men were "
     "killed.", [("Attack", "raid", "incident", 14, None)]),
])
def test_rebels_a_defender_killed(nlp, text, expected):
    assert events(nlp, text) == expected
