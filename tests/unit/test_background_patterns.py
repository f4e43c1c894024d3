"""Lines that place an incident in its war without telling another one: a side that "has
fought there for more than a decade", a port that "has come under repeated attack since the
spring" (duration_patterns.py), a region that "remains exposed to strikes", a side whose
"strikes enforce the ceasefire" (present_habits.py), and an apposition placing the day's
attack in "a series of attacks that have killed 200 this year" (roles.py). Beside them, rows
that must stay incidents: the day's attack told in the perfect, a battle of three days, an
attack told in the present with a toll, the day's attack before the series it belongs to.

Sentences written for these tests; each row gives the exact events (kind, role, killed).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-07-02"  # a Tuesday
LEAD = "Gunmen killed five people in a village near Gusau on Sunday. "

ROWS = [
    # a war's length, told in the perfect: no incident
    (LEAD + "Armed groups have fought in the north of the state for more than a decade.",
     [("Attack", "incident", 5)]),
    (LEAD + "Bandits have raided villages in the state for years.", [("Attack", "incident", 5)]),
    (LEAD + "The district has come under repeated attack since the rainy season began.",
     [("Attack", "incident", 5)]),
    # a state the acts threaten, and a side's acts in general, told in the present
    (LEAD + "The district remains exposed to raids by bandits from the forest.", [("Attack", "incident", 5)]),
    (LEAD + "The army says its strikes keep the bandits out of the towns.", [("Attack", "incident", 5)]),
    # the series the day's attack belongs to: its count is the series', the incident keeps its own
    ("Gunmen killed five people in a village near Gusau on Sunday, the latest in a series of attacks that have "
     "killed 200 people this year.", [("Attack", "incident", 5)]),
    # negatives: the day's attack told in the perfect, a battle of days, a toll in the present
    (LEAD + "Bandits have attacked a second village near Gusau on Monday.",
     [("Attack", "incident", 5), ("Attack", "incident", None)]),
    (LEAD + "Soldiers have fought the bandits near Tsafe for three days, killing 12 of them.",
     [("Attack", "incident", 5), ("Attack", "incident", 12)]),
    (LEAD + "Two airstrikes hit a camp near Tsafe, killing eight bandits.",
     [("Attack", "incident", 5), ("Attack", "incident", 8)]),
    # a cumulative toll told apart stays a count, never the incident's toll
    (LEAD + "More than 300 people have been killed in Zamfara since January.",
     [("Attack", "incident", 5), ("Attack", "aggregate", 300)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_background_lines_tell_no_incident(nlp, text, expected):
    x = extracted(nlp, text, PUBLISHED)
    assert [(v.kind, v.role, v.killed) for v in x.events] == expected
