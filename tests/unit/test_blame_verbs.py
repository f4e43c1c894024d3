"""The verbs of blame held once (blame_verbs.py), and what each reader derives from them:
lemmas whose object is the side blamed, lemmas that put an act on a side after "on", and the
written forms set before a side. Rows written for these tests."""

import re

import pytest

from sitgraph.loaders.extract.blame_verbs import ACCUSING, BLAMED_BEFORE_SIDE, BLAMING, PUT_ON, SIDE_OBJECT


def test_lemma_sets_by_the_way_a_verb_names_the_side():
    assert SIDE_OBJECT == {"blame", "accuse"}
    assert PUT_ON == {"blame", "pin"}


@pytest.mark.parametrize("text,found", [
    ("Officials blamed ", True),
    ("The ministry accuses ", True),
    ("accusing ", True),
    ("The army pinned ", False),       # "pinned X" names the act, never the side
    ("It was attributed ", False),     # only with "to" after it
    ("The mayor condemned ", False),   # a condemnation blames nobody
])
def test_forms_right_before_a_side(text, found):
    assert bool(re.search(rf"(?i)\b(?:{BLAMED_BEFORE_SIDE})[ \t]+\Z", text)) is found


@pytest.mark.parametrize("text,found", [
    ("a bombing blamed on the ", True),
    ("a raid pinned on the ", True),
    ("killings attributed to the ", True),
    ("police accused the ", True),
    ("a bombing condemned by the ", False),
    ("a clinic that treated the ", False),
])
def test_blaming_before_a_side_s_words(text, found):
    assert bool(re.search(rf"(?i)\b{BLAMING}\s+the\s+$", text)) is found


def test_a_speaker_s_verbs_of_blame():
    assert set(ACCUSING.split("|")) == {"blame", "blamed", "blames", "accuse", "accused", "accuses",
                                        "attribute", "attributed", "attributes"}
