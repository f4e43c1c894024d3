"""Running counts beside the incidents told in like words: a toll revised "since" the report's
own incident is that incident's toll (since_incident.py); a period's count ("since January",
"since the offensive began in March") stays an aggregate; the people who fled after the
incident "since then" stay a count placed at the incident's town; a strike recalled with a month
stays an event of its own.

Sentences written for these tests; each row gives the exact events of the report as (kind,
role, killed, displaced, places).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-11-05"  # a Tuesday
LEAD = "Gunmen attacked a village near Bokkos on Sunday, killing 20 people. "


def raid(killed):
    return ("Attack", "incident", killed, None, ("Bokkos",))


ROWS = [
    # the incident's toll revised since it: the incident's toll
    (LEAD + "The death toll has risen to 35 since Sunday's attack, the Red Cross said on Tuesday.", [raid(35)]),
    (LEAD + "The toll has climbed to 31 since the attack, local officials said.", [raid(31)]),
    # a period's count: an aggregate of its own
    (LEAD + "The Red Cross says more than 1,200 people have been killed in Plateau State since January.",
     [raid(20), ("Attack", "aggregate", 1200, None, ("Plateau",))]),
    # more dead since the attack: left as it was, a count of its own
    (LEAD + "At least 35 people have died since the attack, the Red Cross said on Tuesday.",
     [raid(20), ("Attack", "aggregate", 35, None, ())]),
    # people who fled after the incident: a count at the incident's town
    ("Al-Shabaab fighters attacked the town of Bulo Burde on Sunday, killing 12 people. About 3,000 residents have "
     "fled the town since then, the regional administration said.",
     [("Attack", "incident", 12, None, ("Bulo Burde",)), ("Displacement", "aggregate", None, 3000, ("Bulo Burde",))]),
    # a strike recalled with a month: an event of its own
    ("A drone struck a market in Kani on Monday, killing six people. In March, an air strike on a school in Kani "
     "killed 40 people, according to local groups.",
     [("Attack", "incident", 6, None, ("Kani",)), ("Attack", "background", 40, None, ("Kani",))]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_running_counts(nlp, text, expected):
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    got = [(v.kind, v.role, v.killed, v.displaced, tuple(sorted(names[p] for p in v.places))) for v in x.events]
    assert got == expected
