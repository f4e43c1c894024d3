"""A broadcaster's story as its pages give it: a title, a photo caption told twice, a byline,
the lead's incident, then what the copy adds around it -- a restated "The attack came a day
after ...", a reaction, a speech, an earlier attack of another year, a "Watch related video:"
link and a "VOA's X reports from Y" line. Only the lead's incident and the earlier attack are
events; the rest adds none (event.link-list, assemble.restated-after, assemble.role-compared).

Two of the rows hold a sentence that ends a paragraph: its text keeps the paragraph's break,
and a pattern read "to the end of the sentence" must read past it (the restated subject and
the comparison were missed there, and their earlier act was joined to the incident or kept as
an attack of its own).

Sentences written for these tests; each row gives the exact events (kind, role, date, killed,
wounded, the names of places and targets).
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2023-11-16"  # a Thursday


def events(nlp, text: str) -> list[tuple]:
    """(kind, role, date, killed, wounded, place and target names but the generic civilians) of
    every event of `text`, in event order."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, v.role, v.date, v.killed, v.wounded,
             frozenset(names[i] for i in [*v.places, *v.targets] if names[i] != "civilians")) for v in x.events]


LEAD = ("Gunmen on motorcycles opened fire at a market in the northern town of Karamba on Tuesday, killing 11 "
        "people and wounding 20, local officials said.\n\n")
MARKET = ("Attack", "incident", "2023-11-14", 11, 20, frozenset({"Karamba", "market"}))

STORY = ("Gunmen Kill 11 at Market in Northern Town\n\n"
         "FILE - Soldiers patrol a street in the town of Karamba, Jan. 9, 2019.\n"
         "FILE - Soldiers patrol a street in the town of Karamba, Jan. 9, 2019.\n"
         "VOA News\n\n"
         + LEAD +
         "The attack came a day after the interior minister visited Karamba to open a new police station.\n\n"
         "President Amadou Sanda condemned the killings in a televised speech on Wednesday, vowing to \"hunt down "
         "the criminals.\"\n\n"
         "In a speech on Wednesday, the president also said the army had killed dozens of militants in recent "
         "weeks.\n\n"
         "In March 2019, gunmen killed 16 worshippers at a mosque in the nearby village of Tessit.\n\n"
         "Watch related video: Gunmen storm hotel in the capital\n\n"
         "VOA's Idrissa Toure reports from Karamba.\n")


def test_story_tells_its_incident_and_the_earlier_attack_only(nlp):
    # the caption, the restated subject, the reaction, the speech, the link and the credit add none
    assert events(nlp, STORY) == [
        ("Attack", "incident", "2023-11-14", 11, 20, frozenset({"Karamba", "Market"})),
        ("Attack", "background", "2019-03", 16, None, frozenset({"Tessit", "mosque"}))]


RESTATED = LEAD + "The attack came a day after the interior minister visited Karamba to open a new police station.\n\n"


@pytest.mark.parametrize("text, expected", [
    # the restated subject ends a paragraph: no attack of its own
    (RESTATED + "Shops stayed closed on Wednesday.\n", [MARKET]),
    # the same at the story's end
    (RESTATED.rstrip() + "\n", [MARKET]),
    # the part after "after" tells an attack: that earlier act is kept, with its own toll and day
    (LEAD + "The attack came two days after militants stormed a school in the village of Dori, killing nine "
            "pupils.\n\nShops stayed closed on Wednesday.\n",
     [MARKET, ("Attack", "background", "2023-11-12", 9, None, frozenset({"Dori", "school"}))]),
])
def test_restated_subject(nlp, text, expected):
    assert events(nlp, text) == expected


def test_restated_subject_is_the_rules(nlp):
    with R.disabled(["assemble.restated-after"]):
        assert len(events(nlp, RESTATED + "Shops stayed closed on Wednesday.\n")) == 2


COMPARED = (LEAD + "It was the deadliest attack since a bombing in the town of Dori killed 40 people in March.\n\n"
            "Shops stayed closed on Wednesday.\n")


def test_comparison_ending_a_paragraph_keeps_its_own_act(nlp):
    # the earlier bombing is its own event with its toll: the market keeps 11 and its own place
    assert events(nlp, COMPARED) == [
        MARKET, ("Attack", "background", "2023-03", 40, None, frozenset({"Dori"}))]


@pytest.mark.parametrize("line, extra", [
    ("Watch related video: Gunmen storm hotel in the capital, killing 20", 0),
    ("Related audio: Bomb kills 20 at market in the capital", 0),
    ("Listen to the report: Gunmen kill 20 in the capital", 0),
    # a later item of the same page told after a label is no link
    ("Later: a bomb killed two people in the town of Dori on Wednesday.", 1),
])
def test_link_lines(nlp, line, extra):
    found = events(nlp, LEAD + line + "\n")
    assert found[0] == MARKET and len(found) == 1 + extra


@pytest.mark.parametrize("sentence", [
    "The European Union condemned the attack and called for an investigation.",
    "In a speech on Wednesday, President Amadou Sanda said the army had killed dozens of militants in recent weeks.",
    "VOA's Idrissa Toure reports from Karamba.",
])
def test_reactions_speeches_and_credits_add_no_event(nlp, sentence):
    assert events(nlp, LEAD + sentence + "\n") == [MARKET]
