"""Bare "police" in a report naming one police body of a place or state is that body: the body
is the doer of the acts told with the bare word, and no second actor is kept
(police_bodies.py). A unit apart (a reserve force, reservists), a title ("Inspector General of
Police"), or two bodies named leave the bare word alone.

Sentences written for these tests; each row gives the exact actors and, per event, (kind,
actors).
"""

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract
from sitgraph.loaders.extract import rules as R

PUBLISHED = "2024-07-02"  # a Tuesday
RULE = "actor.bare-police-folds"


def read(nlp, text):
    """(actors, [(kind, actors) per event]) of `text` read as one report."""
    x = extract(Report.from_text(text, published=PUBLISHED), nlp=nlp)
    n = {e.id: e.name for e in x.entities}
    return ({e.name for e in x.entities if e.kind == "Actor"}, [(v.kind, {n[i] for i in v.actors}) for v in x.events])


FOLDED = [
    # the command named as a source; its arrest told bare
    ("The Kaduna State Police Command said gunmen kidnapped 14 villagers in Kajuru on Monday. Police arrested "
     "four suspects in Kachia on Tuesday.",
     ({"Kaduna State Police Command", "civilians", "unknown gunmen"},
      [("Abduction", {"unknown gunmen"}), ("Abduction", {"Kaduna State Police Command"})])),
    # a state's police named by its place, "the police" after
    ("Gunmen killed three herders near Riyom on Sunday, the Plateau police said. The police arrested two "
     "suspects in Jos on Monday.",
     ({"Plateau police", "civilians", "unknown gunmen"},
      [("Attack", {"unknown gunmen"}), ("Abduction", {"Plateau police"})])),
]

LEFT = [
    # a reserve force is a unit apart: the bare word is not it
    ("The Central Reserve Police Force said militants attacked a convoy in Pulwama on Monday. Police arrested "
     "four suspects in Tral on Tuesday.",
     ({"Central Reserve Police Force", "Police", "rebels"}, [("Attack", {"rebels"}), ("Abduction", {"Police"})])),
    # two bodies named: the bare word may be either
    ("The Borno police said gunmen killed two farmers in Konduga on Monday. The Yobe police said gunmen killed a "
     "trader in Geidam. Police arrested four suspects in Bama on Tuesday.",
     ({"Borno police", "Nigerian Armed Forces", "Yobe police", "civilians", "unknown gunmen"},
      [("Attack", {"unknown gunmen"}), ("Attack", {"unknown gunmen"}), ("Abduction", {"Nigerian Armed Forces"})])),
]


@pytest.mark.parametrize(("text", "expected"), FOLDED)
def test_bare_police_is_the_named_body(nlp, text, expected):
    assert read(nlp, text) == (expected[0], expected[1])


@pytest.mark.parametrize(("text", "expected"), LEFT)
def test_bare_police_left_alone(nlp, text, expected):
    assert read(nlp, text) == (expected[0], expected[1])


def test_switched_off_the_bare_word_stays_apart(nlp):
    with R.disabled({RULE}):
        actors, events = read(nlp, FOLDED[0][0])
    assert "Kaduna State Police Command" in actors and len(actors) == 4
    assert events[1][1] != {"Kaduna State Police Command"}
