"""Many places named only in an act's result (spread_results.py): "set fire to a tower near X on
Monday, cutting coverage in several communes" is one incident at X, while an act told in many
places at once ("clashes continued in several townships") stays a pattern, no incident.

Sentences written for these tests (reports published Wednesday 14 August 2024); each row gives
the exact events (kind, places, actors, date).
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

FIELDS = "kind places actors date"
PUBLISHED = "2024-08-14"
RULE = "assemble.spread-in-result"
TOWER = ("Suspected JNIM fighters set fire to a telecommunications tower near Niono on 12 August, cutting mobile "
         "phone coverage in several communes, local media reported.")


def rows(nlp, text):
    return event_fields(nlp, text, FIELDS, PUBLISHED)


def test_an_act_whose_result_spreads_over_many_places_is_one_incident(nlp):
    assert rows(nlp, TOWER) == [
        ("Attack", frozenset({"Niono"}), frozenset({"Jama'at Nusrat al-Islam wal-Muslimin"}), "2024-08-12")]


def test_without_the_rule_the_result_makes_the_act_a_pattern(nlp):
    with R.disabled({RULE}):
        assert rows(nlp, TOWER) == []


@pytest.mark.parametrize("text", [
    # the act itself told in many places: a pattern
    "Clashes between the military and the Arakan Army continued in several townships of Rakhine State.",
    "Militants set fire to homes in several villages near Niono on Monday, residents said.",
    "Skirmishes between Fano militia and federal forces were reported in several parts of Amhara.",
    # fighting in many places whose result is flight: the fighting stays a pattern
    "Fighting raged in several districts of Khartoum on Monday, residents said.",
])
def test_acts_told_in_many_places_stay_a_pattern(nlp, text):
    assert rows(nlp, text) == []
