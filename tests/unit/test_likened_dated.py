"""An act the incident is likened to, dated in its own noun phrase, its toll in a relative clause,
the verb in the present ("The strike recalls the March 18 airstrike on X village, which killed 23
civilians"): an earlier incident of its own, apart from the report's, with its own places, day and
toll (recalled_apart.likened_earlier, now reading "recalls" and "airstrike"). Its role stays
"incident" and the side of the incident told before is carried to it: the sentence is read as
anaphoric before the act is kept apart (a limit, left). Beside it, a likeness to no dated act, a
likeness told with a "when" clause (likened_acts.py, as before), a reaction and a cumulative toll.

Sentences written for these tests; each row gives the exact events (kind, role, places, date,
killed).
"""

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract
from sitgraph.loaders.extract import rules as R

HEAD = ("---\npublished: 2025-11-20\n---\n\nAirstrike on school kills nine in Lomar\n\n"
        "An army aircraft bombed a school sheltering displaced families in Sedo village, Lomar Township, on "
        "Wednesday, killing nine people, residents said.\n\n")
SCHOOL = ("Attack", "incident", frozenset({"Sedo", "Lomar"}), "2025-11-19", 9)


def events(nlp, text):
    """(kind, role, places, date, killed) of every event of `text`, in event order."""
    x = extract(Report.from_text(text), nlp=nlp)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, v.role, frozenset(names[p] for p in v.places), v.date, v.killed) for v in x.events]


RECALLS = "The strike recalls the March 18 airstrike on Pata village in Kesa Township, which killed 23 civilians.\n"


def test_a_dated_act_the_strike_recalls_is_an_earlier_incident_with_its_toll(nlp):
    assert events(nlp, HEAD + RECALLS) == [
        SCHOOL,  # the school keeps its nine dead and its own places
        ("Attack", "incident", frozenset({"Pata", "Kesa"}), "2025-03-18", 23),
    ]


def test_a_likeness_to_no_dated_act_adds_nothing(nlp):
    text = HEAD + "The strike recalled earlier raids on the township, residents said.\n"
    assert events(nlp, text) == [SCHOOL]


def test_a_likeness_told_with_a_when_clause_is_read_as_before(nlp):
    text = HEAD + "The strike echoed an attack on Pata village in Kesa Township in July 2024, when soldiers killed " \
                  "14 farmers.\n"
    assert events(nlp, text) == [SCHOOL, ("Attack", "background", frozenset({"Pata", "Kesa"}), "2024-07", 14)]


def test_a_reaction_and_a_cumulative_toll_are_no_likened_act(nlp):
    text = HEAD + ("The rebels condemned the strike. Army air raids have killed more than 300 civilians in the "
                   "region since January, a monitoring group said.\n")
    assert events(nlp, text) == [SCHOOL, ("Attack", "aggregate", frozenset(), "2025-01", 300)]


def test_without_the_rule_the_recalled_act_joins_the_incident(nlp):
    with R.disabled({"assemble.likened-earlier"}):
        got = events(nlp, HEAD + RECALLS)
    assert got == [("Attack", "incident", frozenset({"Sedo", "Lomar", "Pata", "Kesa"}), "2025-11-19", 23)]
