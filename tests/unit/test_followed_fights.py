"""The report's attack told as having followed a fight of its own ("The attack followed two days
of clashes between X and Y in Z"): the fight is an earlier incident, apart from the attack, with
its own place, days and toll (followed_fights.py). Beside it, rows that must stay one incident
(the headline, the lead and "the attack" told again; "the gunbattle that followed") and a
sentence whose "after" tells no fight.

Sentences written for these tests; each row gives the exact events (kind, role, places,
date, killed, wounded).
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2025-11-20"

LEAD = ("Drone attack on police post wounds three in Ralda\n\n"
        "Drones dropped explosives on a police post in the town of Ralda on Wednesday, wounding three "
        "officers, police said. Police blamed the Red Front.\n\n")
DRONE = ("Attack", "incident", frozenset({"Ralda"}), "2025-11-19", None, 3)


def events(nlp, text):
    """(kind, role, places, date, killed, wounded) of every event of `text`, in event order."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, v.role, frozenset(names[p] for p in v.places), v.date, v.killed, v.wounded)
            for v in x.events]


def test_the_fight_the_attack_followed_is_an_incident_of_its_own_with_its_toll(nlp):
    text = LEAD + ("The attack followed two days of clashes between the Red Front and the Blue Army in rural "
                   "areas of Menta municipality. The army said on Tuesday that nine fighters had died in the "
                   "fighting.\n")
    assert events(nlp, text) == [
        DRONE,  # the fight's nine dead are not the attack's
        ("Attack", "background", frozenset({"Menta"}), "2025-11-17", 9, None),  # the two days before Wednesday
    ]


def test_the_fight_keeps_the_speaker_of_its_toll_as_its_source(nlp):
    text = LEAD + ("The attack followed two days of clashes between the Red Front and the Blue Army in rural "
                   "areas of Menta municipality. The army said on Tuesday that nine fighters had died in the "
                   "fighting.\n")
    x = extracted(nlp, text, PUBLISHED)
    said = {e.id: {e.name.lower(), *(m.text.lower() for m in e.mentions)} for e in x.entities}
    fight = [v for v in x.events if v.role == "background"]
    # the army (the state's, whichever name the report gives it) said it
    assert len(fight) == 1 and len(fight[0].claimed_by) == 1 and "army" in said[fight[0].claimed_by[0]]


def test_came_after_days_of_fighting_is_the_same_earlier_fight(nlp):
    text = LEAD + ("The attack came after three days of fighting between the Red Front and the Blue Army near "
                   "Menta.\n")
    assert events(nlp, text) == [
        DRONE, ("Attack", "background", frozenset({"Menta"}), "2025-11-16", None, None)]


def test_a_toll_of_the_attack_after_the_fight_stays_the_attack_s(nlp):
    text = LEAD + ("The attack followed two days of clashes between the Red Front and the Blue Army in rural "
                   "areas of Menta municipality. A police officer later died of his wounds from the attack.\n")
    got = events(nlp, text)
    assert [(k, r, p) for k, r, p, _d, _k, _w in got] == [
        ("Attack", "incident", frozenset({"Ralda"})), ("Attack", "background", frozenset({"Menta"}))]
    assert got[0][4:] == (1, 3) and got[1][4:] == (None, None)  # the officer who died is the attack's


def test_what_the_attack_came_after_is_no_fight_then_nothing_is_added(nlp):
    text = LEAD + "The attack came a day after soldiers arrested two men in Menta.\n"
    assert [e for e in events(nlp, text) if e[0] == "Attack"] == [DRONE]  # (the arrest is no attack)


def test_the_headline_the_lead_and_the_attack_told_again_are_one_incident(nlp):
    text = LEAD + ("The attack was the third on the post this year. Security forces killed four attackers in the "
                   "gunbattle that followed, police said.\n")
    got = events(nlp, text)
    assert [(k, r, p, d) for k, r, p, d, _k, _w in got] == [("Attack", "incident", frozenset({"Ralda"}), "2025-11-19")]


def test_without_the_rule_the_fight_joins_the_attack(nlp):
    text = LEAD + ("The attack followed two days of clashes between the Red Front and the Blue Army in rural "
                   "areas of Menta municipality. The army said on Tuesday that nine fighters had died in the "
                   "fighting.\n")
    with R.disabled({"assemble.followed-fight"}):
        got = events(nlp, text)
    assert [(k, r, p, kd) for k, r, p, _d, kd, _w in got] == [
        ("Attack", "incident", frozenset({"Ralda", "Menta"}), 9)]
