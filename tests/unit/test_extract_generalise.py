"""Classes of cases from other wars and outlets: named groups behind generic fighter
words, acronyms in brackets, pronoun speakers, institutional claimers, continuation
sentences, combatant tolls, office facilities, undated reports, fatal injuries, state
forces of the report's country. Sentences are written for the tests, not taken from any
evaluation set."""

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract, load_nlp
from sitgraph.loaders.extract.dates import parse_iso
from sitgraph.loaders.extract.numbers import find_casualties


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def run(nlp, text, published="2023-11-16"):
    x = extract(Report.from_text(text, published=published), nlp=nlp)
    names = {e.id: e.name for e in x.entities}
    events = [{"kind": v.kind, "type": v.type, "actors": {names[a] for a in v.actors},
               "targets": {names[a] for a in v.targets}, "places": {names[a] for a in v.places},
               "claimed_by": {names[a] for a in v.claimed_by}, "date": v.date,
               "killed": v.killed, "wounded": v.wounded} for v in x.events]
    return x, events


# --- numbers ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,killed,wounded", [
    ("A guard sustained serious injuries in the explosion and died in hospital.", 1, None),
    ("Two porters suffered severe wounds and later died.", 2, None),
    ("Four people sustained injuries and one died.", 1, 4),
    ("The army said none of its soldiers were hurt.", 0, 0),
    ("None of the peacekeepers were injured.", None, 0),
    ("The governor, Ali Musa Bello, was seriously wounded in the blast.", None, 1),
    ("The raid ended after troops killed three militants.", 3, None),
    ("Government forces repelled the assault, killing four fighters.", 4, None),
])
def test_casualty_classes(sentence, killed, wounded):
    c = find_casualties(sentence)
    assert (c.killed, c.wounded) == (killed, wounded)


# --- dates -------------------------------------------------------------------------------

def test_publication_time_after_a_space_is_ignored():
    assert parse_iso("2023-11-16 09:30") == (2023, 11, 16)


def test_undated_report_keeps_explicit_dates(nlp):
    _, events = run(nlp, "Gunmen attacked a police station in Tillaberi on 5 May 2021, killing two officers.",
                    published=None)
    assert events and events[0]["date"] == "2021-05-05"


def test_relative_dates_of_a_thursday_report(nlp):
    # 16 November 2023 was a Thursday.
    _, events = run(nlp, "Gunmen shot dead two traders in Gao yesterday.\n\n"
                         "On Wednesday a drone struck a market in Kidal, killing five people.",
                    published="2023-11-16 08:00")
    assert [e["date"] for e in events] == ["2023-11-15", "2023-11-15"]


def test_attack_without_weapon_word_has_no_type(nlp):
    _, events = run(nlp, "Militants attacked the village of Kaya, killing three people.")
    assert events and events[0]["type"] is None
