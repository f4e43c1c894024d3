"""Event classes of the third round: an outbreak of fighting is an incident, a caused flight
happened, habits and period patterns are no incident, two attacks of one sentence are two
events, and further sentences about one incident join it. Each with sentences that must and
must not trigger the rule (written for these tests)."""

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract


def read(nlp, text, published="2024-03-14"):
    x = extract(Report.from_text(text, published=published), nlp=nlp)
    names = {e.id: e.name for e in x.entities}
    return [
        {"kind": v.kind, "role": v.role, "type": v.type, "actors": {names[a] for a in v.actors},
         "targets": {names[a] for a in v.targets}, "places": {names[a] for a in v.places},
         "killed": v.killed, "date": v.date, "evidences": len(v.evidences)}
        for v in x.events
    ]


# --- an outbreak of fighting is an incident; "the fighting" alone is a campaign ------------------

def test_fighting_that_broke_out_at_a_place_is_a_clash_and_takes_the_toll_told_after(nlp):
    ev = read(nlp, "Officials say rebel soldiers seized control of Bor, where fighting broke out on Wednesday at "
                   "an army camp. The Red Cross says 19 civilians have been killed in the town.")
    assert [(e["kind"], e["places"], e["killed"]) for e in ev] == [("Capture", {"Bor"}, None),
                                                                    ("Attack", {"Bor"}, 19)]
    assert ev[1]["type"] == "armed_clash" and "army camp" in ev[1]["targets"]


def test_sides_engaged_in_fighting_are_its_actors(nlp):
    ev = read(nlp, "Rebels and soldiers engaged in heavy fighting in the town of Adra on Monday.")
    assert [(e["kind"], e["places"], e["date"]) for e in ev] == [("Attack", {"Adra"}, "2024-03-11")]
    assert "rebels" in {a.lower() for a in ev[0]["actors"]}


@pytest.mark.parametrize("text", [
    "The fighting has displaced 3,000 people around Bor.",
    "Since fighting erupted in Bor in May, the army has lost two bases.",
    "Rebels are preparing for more fighting in the town of Adra.",
    "Fighting could break out again in the town of Adra.",
])
def test_fighting_that_does_not_break_out_here_and_now_is_no_clash(nlp, text):
    assert [e for e in read(nlp, text) if e["kind"] == "Attack"] == []


# --- "forced thousands to flee": the flight happened ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The clashes in Bor forced 3,000 residents to flee.",
    "Heavy fighting in Bor has caused hundreds of families to flee.",
])
def test_a_flight_someone_caused_is_a_displacement(nlp, text):
    ev = read(nlp, text)
    assert [(e["kind"], e["places"]) for e in ev if e["kind"] == "Displacement"] == [("Displacement", {"Bor"})]


@pytest.mark.parametrize("text", [
    "The army wants residents of Bor to flee before the offensive.",
    "The army threatened to force residents of Bor to flee.",
    "The clashes in Bor did not force residents to flee.",
])
def test_a_flight_wanted_threatened_or_denied_is_none(nlp, text):
    assert [e for e in read(nlp, text) if e["kind"] == "Displacement"] == []


# --- habits and patterns over a period --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Al-Shabab still holds Jilib and often stages attacks on the road to Afgoye.",
    "Militants frequently shell the town of Ariha.",
    "The air force has bombed militia bases in Derna several times over the past month.",
    "Rights groups accuse the army of shelling villages near Kidal since the start of its offensive in 2022.",
])
def test_a_habit_or_a_pattern_over_a_period_is_no_incident(nlp, text):
    assert read(nlp, text) == []


def test_a_habit_in_one_clause_leaves_the_event_of_the_other(nlp):
    ev = read(nlp, "Al-Shabab was ousted from the port city of Kismayo in March 2023, but still has a presence in "
                   "the region and often stages attacks there.")
    assert [e["kind"] for e in ev] == ["Capture"]


@pytest.mark.parametrize("text,expected", [
    ("Al-Shabab staged an attack on the road to Afgoye on Monday.", [("Attack", "incident")]),
    ("The air force bombed militia bases in Derna several times on Monday.", [("Attack", "incident")]),
    ("The army has shelled villages near Kidal since Monday.", [("Attack", "incident")]),
    ("Army shelling has killed 40 people near Kidal since January.", [("Attack", "aggregate")]),
])
def test_one_day_of_attacks_and_a_period_toll_stay(nlp, text, expected):
    assert [(e["kind"], e["role"]) for e in read(nlp, text)] == expected
