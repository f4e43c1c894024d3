"""Political and diplomatic news names attacks in passing: a speaker's threats over every
strike, accusations of a practice, an attack denied by "has not claimed an attack since", a
council's clash of words and a war's toll told through its onset are no incidents; the one
incident of the day and an earlier attack recalled with its date and place stay events.
Sentences are written for the tests, not taken from any evaluation set."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2025-05-14"  # a Wednesday


def events(nlp, text):
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return {(v.kind, v.role, tuple(sorted(names[p] for p in v.places)), v.date, v.killed, v.wounded)
            for v in x.events}


def test_talks_story_keeps_only_its_incidents(nlp):
    text = ("Envoys of the army and the RSF met in Jeddah on Wednesday. "
            "The general said the army would \"answer every strike on our cities with force\". "
            "The RSF adviser accused the army of bombing markets and villages from the air for two years. "
            "A drone struck a fuel depot in Kosti on Tuesday, killing three workers, officials said. "
            "In April, an air strike on the market in Kabkabiya killed 23 people, doctors said.")
    assert events(nlp, text) == {
        ("Attack", "incident", ("Kosti",), "2025-05-13", 3, None),
        ("Attack", "background", ("Kabkabiya",), "2025-04", 23, None),
    }


def test_accusations_of_a_practice_and_threats_are_no_incidents(nlp):
    text = ("The minister accused the rebels of burning schools and clinics in North Kivu. "
            "\"Every missile fired at a tanker and every strike on a port pushes peace further away,\" the envoy said. "
            "Hezbollah, which has not claimed an attack on Israel since the ceasefire, rejected the plan. "
            "The Security Council clashed over the Yemen resolution in New York on Wednesday.")
    assert events(nlp, text) == set()


def test_a_dated_accusation_of_one_act_stays_an_incident(nlp):
    text = "The army accused the rebels of burning a school in Rutshuru on Monday."
    assert events(nlp, text) == {("Attack", "incident", ("Rutshuru",), "2025-05-12", None, None)}


def test_war_told_through_its_onset_is_an_aggregate(nlp):
    text = ("The fighting that began on Oct. 8, 2023 killed more than 4,000 people in Lebanon, the ministry said. "
            "Fighting that began on Saturday killed 40 people in the town of Kadugli, officials said.")
    got = events(nlp, text)
    assert {(k, r, p, n) for k, r, p, _, n, _ in got} == {
        ("Attack", "aggregate", ("Lebanon",), 4000),
        ("Attack", "incident", ("Kadugli",), 40),
    }
