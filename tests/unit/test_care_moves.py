"""The one verb test and vocabulary of the readers of care (care_moves.py): which words of a
sentence move or treat people, and which words before a place send the wounded on from a
hospital. Sentences written for these tests."""

import pytest

from sitgraph.loaders.extract.care_moves import MOVE_VERBS, SENT_ON, moves_or_treats


@pytest.mark.parametrize("text, expected", [
    # moved, rushed, treated: the verbs of care, by lemma or written form
    ("The injured were rushed to a clinic in Gode and treated for burns.", {"rushed", "treated"}),
    ("Two wounded soldiers were flown to the capital.", {"flown"}),
    # an attack, a flight of the people, a statement: none moves or treats the hurt
    ("Gunmen attacked a bus near Gode, police said.", set()),
    ("Villagers fled the shelling of Gode.", set()),
])
def test_moves_or_treats(nlp, text, expected):
    assert {t.text for t in nlp(text) if moves_or_treats(t)} == expected


def test_move_verbs_are_lemmas_and_forms():
    assert {"take", "fly", "evacuate", "treat"} <= MOVE_VERBS
    assert not {"attack", "flee", "say", "kill"} & MOVE_VERBS


@pytest.mark.parametrize("before, expected", [
    ("the most serious cases would be flown to ", True),
    ("four of them were taken on to ", True),
    # a place where the hurt were hurt, or where the speaker works: not sent on
    ("the shelling wounded 21 people in ", False),
    ("a doctor who runs the ward at the hospital in ", False),
    # "to" not at the end: the place is not the destination
    ("were flown to the capital from ", False),
])
def test_sent_on(before, expected):
    assert (SENT_ON.search(before) is not None) is expected
