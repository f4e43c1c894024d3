"""The defenders' answer told after an attack ("the soldiers fought back", "the officers
returned fire") is that incident (fought_back.py); beside it, rows that must stay apart: a
second clash later that day elsewhere, a reprisal raid the next day, an operation marked
"separate".

Sentences written for these tests; each row gives the exact events (kind, places, actors).
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.fought_back import fought_back

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2024-07-02"  # a Tuesday


def events(nlp, text):
    """(kind, places, actors) of every event of `text` read as one report, in event order."""
    return event_fields(nlp, text, "kind places actors", PUBLISHED)


AMBUSH = "Two soldiers were killed when rebels ambushed an army truck near Malita on Sunday morning. "

# Rows the rule alone decides: with it off, the answer is a clash of its own.
DECIDED = [
    (AMBUSH + "The soldiers fought back for about an hour before the rebels withdrew, the battalion commander said.",
     [("Attack", {"Malita"}, {"rebels"})]),
]

JOINED = DECIDED + [
    # the attackers' dead in the answer: one incident, the gunmen its only actors
    ("Gunmen attacked a police checkpoint in Dikwa on Saturday night, killing two officers. The officers returned "
     "fire, killing three of the attackers, police said.",
     [("Attack", {"Dikwa"}, {"unknown gunmen"})]),
]

APART = [
    # a second clash later that day elsewhere
    ("Gunmen attacked a police checkpoint in Dikwa on Saturday night, killing two officers. Later that night, "
     "gunmen clashed with soldiers in Marte, killing four.",
     [("Attack", {"Dikwa"}, {"unknown gunmen"}), ("Attack", {"Marte"}, {"unknown gunmen"})]),
    # a reprisal raid the next day
    ("Gunmen attacked a police checkpoint in Dikwa on Saturday night, killing two officers. On Sunday, soldiers "
     "raided a militant camp nearby, killing six militants in reprisal.",
     [("Attack", {"Dikwa"}, {"unknown gunmen"}), ("Attack", set(), {"Nigeria"})]),
    # an operation marked separate, no place of its own
    (AMBUSH + "Soldiers killed three militants in a separate operation, the army said.",
     [("Attack", {"Malita"}, {"rebels"}), ("Attack", set(), {"government forces"})]),
    # an operation marked separate, another day and place
    (AMBUSH + "On Monday, soldiers killed three rebels in a separate operation in Davao, the army said.",
     [("Attack", {"Malita"}, {"rebels"}), ("Attack", {"Davao"}, {"government forces"})]),
]


@pytest.mark.parametrize(("text", "expected"), JOINED + APART)
def test_fought_back_rows(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), DECIDED)
def test_rows_fall_apart_without_the_rule(nlp, text, expected):
    """The decided rows are the rule's doing: with it off, the answer is an event of its own."""
    with R.disabled({"assemble.fought-back"}):
        assert len(events(nlp, text)) == len(expected) + 1


@pytest.mark.parametrize(("text", "expected"), [
    ("The soldiers fought back before the rebels withdrew.", True),
    ("The guards returned fire, police said.", True),
    ("Troops repulsed the attackers after a two-hour gunfight.", True),
    ("Troops repelled an attack on a base in Gao on Monday.", False),  # an object of its own: another act
    ("Soldiers hit back the next day with air strikes on rebel camps.", False),  # an act of its own
    ("Troops repulsed the attackers in a separate operation.", False),
    ("Soldiers killed three militants in a separate operation.", False),
])
def test_fought_back_sentences(text, expected):
    assert fought_back(text) is expected
