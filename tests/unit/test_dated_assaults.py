"""An assault dated by a possessive day or week ("last week's assault on X") is one incident of
its own, even in a toll update right after another incident (dated_assaults.py). Beside it,
assaults that stay a campaign or a pattern, and a toll update with no incident noun that still
goes to the incident told last.

Sentences written for these tests; each row gives the exact events (kind, places, actors,
killed).
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

FIELDS = "kind places actors killed"
RULE = "event.dated-assault"
POST = "Weekly digest\n\nGunmen attacked a police post in Kosti on Friday, police said.\n\n"
KOSTI = ("Attack", frozenset({"Kosti"}), frozenset({"unknown gunmen"}), None)


def rows(nlp, text):
    return event_fields(nlp, text, FIELDS)


def test_a_toll_update_of_last_weeks_assault_elsewhere_is_its_own_incident(nlp):
    text = POST + ("The death toll from last week's RSF assault on the Zamzam camp near El Fasher has risen to 58, "
                   "a rights group said.")
    assert rows(nlp, text) == [KOSTI, ("Attack", frozenset({"Zamzam", "El Fasher"}),
                                       frozenset({"Rapid Support Forces"}), 58)]


def test_without_the_rule_the_update_lends_its_toll_to_the_post_attack(nlp):
    text = POST + "The death toll from last week's assault on the Zamzam camp near El Fasher has risen to 58."
    with R.disabled({RULE}):
        assert rows(nlp, text) == [("Attack", frozenset({"Kosti"}), frozenset({"unknown gunmen"}), 58)]


@pytest.mark.parametrize("sentence", [
    # a campaign, a side's offensive, a period longer than a week: no one assault
    "The assault on the city of Gao entered its third month, officials said.",
    "The army's assault on rebel positions around Gao continued, officials said.",
    "This year's assault on the city of Gao has drawn wide condemnation, officials said.",
])
def test_assaults_with_no_day_stay_no_incident(nlp, sentence):
    assert rows(nlp, POST + sentence) == [KOSTI]


def test_a_toll_update_with_no_incident_noun_is_the_last_incidents(nlp):
    # "the death toll has risen": no act of its own, the toll of the attack told last
    assert rows(nlp, POST + "The death toll has risen to three, police said.") == [
        ("Attack", frozenset({"Kosti"}), frozenset({"unknown gunmen"}), 3)]
