"""A place written only as the name of a camp for refugees or displaced people is the camp, not
a place of its own, and the camp is its incidents' place (camp_names.py). A place named on its
own elsewhere, an army camp's town, a bystander hospital's town and camps named by no place are
left alone; two incidents at one camp on different days stay two.

Sentences written for these tests; each row gives the exact places, facilities and, per event,
(kind, killed, places, targets).
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-07-02"  # a Tuesday
RULE = "place.camp-name-folds"


def read(nlp, text):
    """(places, facilities, events) of `text` read as one report."""
    x = extracted(nlp, text, PUBLISHED)
    n = {e.id: e.name for e in x.entities}
    return ({e.name for e in x.entities if e.kind == "Place"}, {e.name for e in x.entities if e.kind == "Facility"},
            [(v.kind, v.killed, {n[i] for i in v.places}, {n[i] for i in v.targets}) for v in x.events])


FOLDED = [
    # the camp's name read as a town: the camp is the place
    ("Gunmen attacked the Zamzam camp on Monday, killing six people. The camp shelters displaced families.",
     (set(), {"Zamzam camp"}, [("Attack", 6, {"Zamzam camp"}, {"Zamzam camp", "civilians"})])),
    # a refugee camp named after a town; the town inside a group's name names no place; an earlier raid on
    # the same camp stays an incident of its own ("the same camp" is that camp: bare_facilities.py)
    ("Israeli forces killed five militants in a raid on the Jenin refugee camp on Sunday. The Jenin Brigade said "
     "three of its fighters died. An Israeli raid on the same camp in June killed four people.",
     (set(), {"Jenin refugee camp"},
      [("Attack", 5, {"Jenin refugee camp"}, {"Jenin Brigade", "Jenin refugee camp"}),
       ("Attack", 4, {"Jenin refugee camp"}, {"Jenin refugee camp", "civilians"})])),
]

LEFT = [
    # the place is named on its own: it stays a place
    ("Gunmen attacked the Zamzam camp on Monday, killing six people. Families fled Zamzam for Tawila, where "
     "displaced people sleep in the open.",
     ({"Tawila", "Zamzam"}, {"Zamzam camp"},
      [("Attack", 6, {"Zamzam"}, {"Zamzam camp", "civilians"}),
       ("Displacement", None, {"Tawila", "Zamzam"}, {"civilians"})])),
    # an army camp is a base in its town: the town stays, with "army" in its name or in a report on soldiers
    ("Jihadists attacked the Boni army camp on Monday, killing 11 soldiers.",
     ({"Boni"}, {"Boni army camp"}, [("Attack", 11, {"Boni"}, {"Boni army camp", "government forces"})])),
    ("Jihadists attacked the Boni camp on Monday, killing 11 soldiers, the army said.",
     ({"Boni"}, {"Boni camp"}, [("Attack", 11, {"Boni"}, {"Boni camp", "government forces"})])),
    # the town of a hospital that treated the wounded is no camp's name
    ("Drones struck the Abu Shouk camp for displaced people on Saturday, killing 12 people. The wounded were "
     "treated at the Saudi Hospital in El Fasher.",
     ({"El Fasher"}, {"Abu Shouk camp for displaced people", "Saudi Hospital"},
      [("Attack", 12, set(), {"Abu Shouk camp for displaced people", "civilians"})])),
    # a cumulative toll and a flight to camps named by no place
    ("Fighting in El Geneina has killed 300 people since April, and thousands fled to camps in Chad.",
     ({"Chad", "El Geneina"}, set(),
      [("Attack", 300, {"Chad", "El Geneina"}, {"civilians"}),
       ("Displacement", None, {"Chad", "El Geneina"}, {"civilians"})])),
]


@pytest.mark.parametrize(("text", "expected"), FOLDED + LEFT)
def test_camp_name_rows(nlp, text, expected):
    assert read(nlp, text) == expected


@pytest.mark.parametrize(("text", "town"), [(FOLDED[0][0], "Zamzam"), (FOLDED[1][0], "Jenin")])
def test_without_the_rule_the_camp_name_is_a_town(nlp, text, town):
    with R.disabled([RULE]):
        places, _, events = read(nlp, text)
    assert places == {town}
    assert all(p == {town} for _, _, p, _ in events)
