"""A state's running count of the enemy fighters killed names the speaking state as its sole
author (state_kill_counts.py); other running counts in like words name no author: a rights
group's count of fighters, a state's count of its own soldiers, a war's toll. A state's toll of
one strike told with its day stays an incident.

Sentences written for these tests; each row gives the exact events of the report as (kind,
role, killed, actors, claimed_by).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-11-05"  # a Tuesday
LEAD = "A roadside bomb killed two soldiers near Miranshah on Tuesday. "
BOMB = ("Attack", "incident", 2, (), ())

ROWS = [
    # a state's count of the fighters killed in its campaign: the state is the author
    (LEAD + "The Pakistani army says more than 1,100 militants have been killed since the start of the offensive "
     "in June.", [BOMB, ("Attack", "aggregate", 1100, ("Pakistan",), ("Pakistan",))]),
    (LEAD + "The Nigerian military said 400 Boko Haram fighters had been killed since its operation began in March.",
     [BOMB, ("Attack", "aggregate", 400, ("Nigeria",), ("Nigeria",))]),
    (LEAD + "The government says more than 3,000 al-Shabaab militants have been killed since the offensive against "
     "the group began in August 2022.", [BOMB, ("Attack", "aggregate", 3000, ("Somalia",), ("Somalia",))]),
    # a rights group's count of fighters: no author
    (LEAD + "Amnesty International says more than 1,100 militants have been killed since June.",
     [BOMB, ("Attack", "aggregate", 1100, (), ("Amnesty International",))]),
    # a state's count of its own soldiers: its losses, not its kills
    (LEAD + "The army says more than 300 soldiers have been killed since January.",
     [BOMB, ("Attack", "aggregate", 300, (), ("government forces",))]),
    # a war's toll: no sole author
    (LEAD + "The army says the war between the army and the Taliban has killed more than 3,000 fighters since 2019.",
     [BOMB, ("Attack", "aggregate", 3000, (), ("government forces",))]),
    # one strike with its day: an incident, left as it was
    (LEAD + "The army says 12 militants were killed in an airstrike near Mir Ali on Monday.",
     [BOMB, ("Attack", "incident", 12, (), ("government forces",))]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_state_kill_counts(nlp, text, expected):
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    got = [(v.kind, v.role, v.killed, tuple(sorted(names[a] for a in v.actors)),
            tuple(sorted(names[c] for c in v.claimed_by))) for v in x.events]
    assert got == expected
