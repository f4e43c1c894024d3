"""Sources named by their job (function_bodies.py): a sector office with its level that tells the
news ("according to the district health office") and a coordination cluster are organisations of
their own and the source of what they tell; an office struck, an official of an office, an office
named with its place after it, cluster munitions and a condemning cluster are not.

Sentences written for these tests; each row gives the exact actors (name) and, per event, the exact
perpetrators and sources.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import actor_names, extracted  # noqa: E402

PUBLISHED = "2024-05-06"


def extraction(nlp, text):
    return extracted(nlp, text, PUBLISHED)



def sides(x):
    names = {e.id: e.name for e in x.entities}
    return [({names[a] for a in v.actors}, {names[c] for c in v.claimed_by}) for v in x.events]


ROWS = [
    # the health office gives the toll: a body of its own and the source
    ("Shelling killed four people at a market in Barda on 3 May, according to the district health office.",
     {"civilians", "district health office"}, [(set(), {"district health office"})]),
    # a department that says: the source, never the doer
    ("A drone struck a bus near Barda on 3 May, killing three passengers, the regional health department said.",
     {"civilians", "regional health department"}, [(set(), {"regional health department"})]),
    # a cluster that condemns: an actor, neither doer nor source of the attack
    ("Mortar rounds hit a clinic in Barda on 3 May, killing two nurses. The Protection Cluster condemned the "
     "attack.", {"civilians", "Protection Cluster"}, [(set(), set())]),
    # the office struck: no speaking body
    ("Mortar rounds hit the district health office in Barda on 3 May, killing two guards.",
     set(), [(set(), set())]),
    # an official of the department speaks: no body named by its job
    ("A drone struck a bus near Barda on 3 May, killing three passengers, a regional health department "
     "official said.", {"civilians", "official"}, [(set(), {"official"})]),
    # cluster munitions are no cluster
    ("Cluster munitions killed four people near Barda on 3 May, local officials said.",
     {"civilians", "local officials"}, [(set(), {"local officials"})]),
]


@pytest.mark.parametrize("text,want_actors,want_sides", ROWS)
def test_function_bodies(nlp, text, want_actors, want_sides):
    x = extraction(nlp, text)
    assert actor_names(x) == want_actors
    assert sides(x) == want_sides


def test_office_named_with_its_place_after_is_left_to_officials(nlp):
    # "the health office in Barda said": the place's government speaks there, not a body of its own
    x = extraction(nlp, "Gunmen killed four people near Barda on 3 May, the health office in Barda said.")
    assert actor_names(x) == {"civilians", "unknown gunmen"}


def test_place_before_or_after_is_the_name(nlp):
    x = extraction(nlp, "A blast at a market in Goma killed nine people on 3 May, according to the health "
                        "division of North Kivu. The North Kivu health division says 40 were wounded.")
    # one body named by its first telling; the place stays a place
    assert actor_names(x) == {"civilians", "health division of North Kivu"}
    assert {e.name for e in x.entities if e.kind == "Place"} == {"Goma", "North Kivu"}
