"""An armed body's account of what its men did, told right after the incident with the men as a
bare plural ("The military said troops had fired at suspects who ignored warnings"), is that
incident told again: one event (retellings.py, assemble.own-troops-account). Beside it, rows that
must stay apart: a witness telling what troops did elsewhere on another day, the military's
account of another act in another town on another day, a condemnation and a cumulative toll.

Sentences written for these tests; each row gives the exact events (kind, role, actors, places,
targets, date, killed, wounded).
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.retellings import _TROOPS_ACCOUNT

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

FIELDS = "kind role actors places targets date killed wounded"
F = frozenset

CHECKPOINT = ("Three men were killed by Israeli fire near a checkpoint outside Qalqilya on Thursday, medics said. ")
SHOOTING = ("Attack", "incident", F({"Israel"}), F({"Qalqilya"}), F({"civilians", "checkpoint"}), "2024-06-13", 3, None)


def rows(nlp, text):
    return event_fields(nlp, text, FIELDS)


def test_the_militarys_account_of_the_shooting_is_that_shooting(nlp):
    text = CHECKPOINT + 'The military said troops had fired at "suspects who ignored warnings" near their post.'
    assert rows(nlp, text) == [SHOOTING]


def test_an_account_of_coming_under_fire_joins_the_raid_and_the_toll_after_it(nlp):
    text = ("Israeli forces raided the village of Azzun overnight, residents said. The military said troops had come "
            "under fire and had called in a drone strike on a house where gunmen were hiding. Local health officials "
            "said four people were killed and nine were wounded.")
    assert rows(nlp, text) == [
        ("Attack", "incident", F({"Israel"}), F({"Azzun"}), F({"civilians"}), "2024-06-14", 4, 9),
    ]


def test_a_witness_telling_what_troops_did_elsewhere_the_next_day_stays_apart(nlp):
    text = CHECKPOINT + "Residents said troops had fired at a car in Tubas on Friday."
    assert rows(nlp, text) == [
        SHOOTING,
        ("Attack", "incident", F({"government forces"}), F({"Tubas"}), F({"civilians"}), "2024-06-14", None, None),
    ]


def test_another_act_a_condemnation_and_a_cumulative_toll_stay_apart(nlp):
    text = CHECKPOINT + ("The military said troops had fired at gunmen in Tubas on Friday, killing one. The "
                         "Palestinian Authority condemned the killings. More than 150 Palestinians have been killed "
                         "in the West Bank since January, the UN says.")
    assert rows(nlp, text) == [
        SHOOTING,
        ("Attack", "incident", F({"government forces"}), F({"Tubas"}), F({"unknown gunmen"}), "2024-06-14", 1, None),
        ("Attack", "aggregate", F(), F({"West Bank"}), F({"civilians"}), "2024-01", 150, None),
    ]


def test_without_the_rule_the_account_is_a_second_event(nlp):
    text = CHECKPOINT + 'The military said troops had fired at "suspects who ignored warnings" near their post.'
    with R.disabled({"assemble.own-troops-account"}):
        assert rows(nlp, text) == [
            SHOOTING,
            ("Attack", "incident", F({"government forces"}), F(), F(), "2024-06-13", None, None),
        ]


def test_the_speaker_must_be_the_armed_body():
    assert _TROOPS_ACCOUNT.search("The army said troops had opened fire on the car.")
    assert _TROOPS_ACCOUNT.search("A defence ministry spokesman, Colonel Ali Musa, said jets had struck the camp.")
    assert _TROOPS_ACCOUNT.search("A police spokesman told local radio that the attackers came on motorbikes and "
                                  "that officers killed eight of them.")
    assert not _TROOPS_ACCOUNT.search("Residents said troops had fired at a car.")
    assert not _TROOPS_ACCOUNT.search("Residents told local radio that the attackers came on motorbikes and that "
                                      "soldiers killed eight of them.")
    assert not _TROOPS_ACCOUNT.search("The army said troops would search the area.")
