"""Where the hurt were carried is no place of any act the sentence tells (care_destinations.py):
"wounded soldiers were flown to X", "had taken twenty-two wounded to the X hospital", "the 33
injured, who were taken to the district hospital in X and to Y". The line then joins its
incident and gives it its wounded. Kept apart: a second incident of another day at another
place whose wounded went to the first one's town, troops (not hurt) flown to a town where they
fought, and an earlier attack recalled with a month.

Sentences written for these tests; each row gives the exact events of the report as (kind,
role, killed, wounded, places).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-10-15"  # a Tuesday

ROWS = [
    # a clash's wounded flown to the regional capital: one incident, at its own place
    ("Al-Shabaab fighters attacked an army base in Moqokori on Monday, killing five soldiers. Residents said the "
     "fighting lasted three hours and that wounded soldiers were flown to Beledweyne, the regional capital.",
     [("Attack", "incident", 5, None, ("Moqokori",))]),
    # the hurt hung under the verb of moving: the wounded join the bombing
    ("A car bomb exploded at a checkpoint in Mogadishu on Monday, killing nine people. Ambulance drivers told me "
     "they had taken twenty-two wounded to Madina hospital.",
     [("Attack", "incident", 9, 22, ("Mogadishu",))]),
    # a relative clause on the hurt, two destinations
    ("Militants attacked a bus in Reasi district on Sunday, killing nine pilgrims. A second Nepali citizen was "
     "among the 33 injured, who were taken to the district hospital in Poonch and to Jammu.",
     [("Attack", "incident", 9, 33, ("Reasi",))]),
    # a second incident of another day at another place, its wounded taken to the first one's town: apart
    ("A drone struck a market in Kosti on Monday, killing 14 people. On Tuesday, shelling wounded five people in "
     "Rabak, who were taken to a hospital in Kosti.",
     [("Attack", "incident", 14, None, ("Kosti",)), ("Attack", "incident", None, 5, ("Rabak",))]),
    # troops flown to a town where they fought: no hurt moved, the place stays
    ("Gunmen attacked a bus near Gusau on Monday, killing four passengers. Troops were flown to Kaura on Tuesday "
     "and clashed with the gunmen.",
     [("Attack", "incident", 4, None, ("Gusau",)), ("Attack", "incident", None, None, ("Kaura",))]),
    # an earlier attack recalled with a month, its wounded taken to hospital: a background event at its place
    ("A car bomb exploded at a checkpoint in Mogadishu on Monday, killing nine people. In March, a bomb at a hotel "
     "in Baidoa killed six people, and the wounded were taken to a hospital in Mogadishu.",
     [("Attack", "incident", 9, None, ("Mogadishu",)), ("Attack", "background", 6, None, ("Baidoa",))]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_care_destinations(nlp, text, expected):
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    got = [(v.kind, v.role, v.killed, v.wounded, tuple(sorted(names[p] for p in v.places))) for v in x.events]
    assert got == expected
