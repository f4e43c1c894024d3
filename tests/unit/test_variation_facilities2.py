"""Roads and houses as facilities across outlets and wars.

Sentences written for this file in the ways wire agencies, UN situation reports, incident logs,
broadcasters and national papers tell an incident on a road or at a house (Afghanistan,
Somalia, Mali, Mozambique, Iraq, Ethiopia, Syria, Nigeria, Colombia, Myanmar, Ukraine, DR
Congo, Lebanon). Each row gives the exact facility names the annotation guide asks for: an
unnamed road an incident happened on is none (the guide counts it at most as optional), a
named road is one, and a road told by the two places it links is one. Houses struck are
facilities in the guide, but a counted plural was tried and dropped (the readable sets annotate
it both ways, and the events of one blind set fell); those rows are strict xfails.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import still_missed  # noqa: E402
from report_reads import extracted  # noqa: E402


def _facilities(nlp, text: str) -> set[str]:
    x = extracted(nlp, text, "2024-05-06", source="test", path="t.txt")
    return {e.name for e in x.entities if e.kind == "Facility"}


ROAD_ROWS = [
    # an unnamed road or highway the incident happened on: no facility
    ("A roadside bomb struck a police pickup on the road near Ghazni on Sunday, killing three officers.", set()),
    ("Al-Shabaab fighters ambushed a supply convoy on the main road north of Afgooye, the army said.", set()),
    ("Gunmen on motorbikes stopped a bus on the highway outside Bandiagara and killed 11 passengers.", set()),
    ("An explosive device planted on the road to Tarmiya hit an army patrol, wounding four soldiers.", set()),
    ("Fano fighters ambushed a military convoy on a road south of Debre Markos on Tuesday.", set()),
    still_missed("Two civilians were killed when their car hit a landmine on a dirt road in Donetsk region.", set(),
                 "a road with a descriptive word before it ('dirt road') comes from another reader and stays"),
    # a named road stays a facility
    ("Russian warplanes struck a convoy on the M5 highway near Maarat al-Numan on Monday.", {"M5 highway"}),
    # a road told by the two places it links stays
    ("Insurgents burned four trucks on the road between Macomia and Awasse on Friday.", {"road"}),
    # other facilities of the same sentences are untouched
    ("A car bomb exploded on the road outside the Hodan police station in Mogadishu, killing five people.",
     {"Hodan police station"}),
    ("Shelling hit the main road and a hospital in Kramatorsk, wounding six people.", {"hospital"}),
]

HOUSE_ROWS = [
    still_missed("ELN fighters burned two farmhouses in the village of El Tarra on Sunday.", {"two farmhouses"},
                 "houses are no facility head: read, a counted plural lifted the written fresh set but the "
                 "annotation of other sets leaves it out and the events of one blind set fell"),
    still_missed("Militants entered Mutarule at night; about 30 houses were set on fire.", {"about 30 houses"},
                 "houses are no facility head (see above)"),
    still_missed("A drone dropped a grenade on a house in Kyaukme, killing a girl.", {"house"},
                 "a struck house is no facility head: read, the narratives and VOA sets gained false ones "
                 "(a house hit beside another target, a photo caption)"),
    # never a facility: a house as an institution, a manner of search, homes fled
    ("The White House condemned the attack on the Kabul hospital on Tuesday.", {"Kabul hospital"}),
    ("Soldiers went from house to house in Bakassi looking for the gunmen.", set()),
    ("Thousands of residents fled their homes after shelling in Nabatieh.", set()),
]


@pytest.mark.parametrize("text,expected", ROAD_ROWS + HOUSE_ROWS)
def test_roads_and_houses_across_outlets(nlp, text, expected):
    assert _facilities(nlp, text) == expected
