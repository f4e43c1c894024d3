"""An unnamed facility followed by "in"/"at"/"of" and a place the report names is also told in
that phrase's forms (phrase_facilities.py), with its lower-case describing words too.
A named facility keeps only its own forms; a place phrase ("the market town of X") widens
nothing; counts and order words ("the same", "another") and a clause before the noun ("the
drone hit a") are no describing words; a hospital that received the wounded is widened but stays
no target.

Sentences written for these tests; each row gives the exact facility forms and, per event, its
targets.
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-07-02"  # a Tuesday
RULE = "facility.phrase-forms"


def read(nlp, text):
    """({(facility, form)}, [{targets}]) of `text` read as one report."""
    x = extracted(nlp, text, PUBLISHED)
    n = {e.id: e.name for e in x.entities}
    return set(R.facility_forms(x)), [{n[i] for i in v.targets} for v in x.events]


WIDENED = [
    ("Gunmen set fire to the clinic at Gorom on Monday.", {("clinic", "clinic"), ("clinic", "clinic at Gorom")}),
    ("A missile hit a nine-storey apartment building in Dnipro on Monday, killing three people.",
     {("apartment building", "apartment building"), ("apartment building", "apartment building in Dnipro"),
      ("apartment building", "nine-storey apartment building in Dnipro")}),
]

KEPT = [
    # describing words without a place are not added
    ("A missile hit a nine-storey apartment building on Monday.", {("apartment building", "apartment building")}),
    # a named facility is told by its name
    ("Shelling hit the Al-Nour Hospital in Dakoro on Monday.", {("Al-Nour Hospital", "Al-Nour Hospital")}),
    # a place phrase: "market town" describes the town, no facility (facility.name-tail)
    ("Gunmen attacked the market town of Tessaoua on Monday.", set()),
    # an order word before the noun is no describing word, a lower-case phrase after it no place
    ("Shelling hit the same hospital in the north of the town on Monday.", {("hospital", "hospital")}),
]


@pytest.mark.parametrize(("text", "forms"), WIDENED + KEPT)
def test_forms_are_exactly_the_phrase_forms(nlp, text, forms):
    assert read(nlp, text)[0] == forms


@pytest.mark.parametrize(("text", "forms"), WIDENED)
def test_rule_off_leaves_the_head_alone(nlp, text, forms):
    with R.disabled({RULE}):
        got = read(nlp, text)[0]
    assert got == {f for f in forms if f[1] == f[0]}


def test_a_clause_before_the_noun_is_no_describing_word(nlp):
    forms, _ = read(nlp, "On Monday the drone hit a market in Tessaoua.")
    assert forms == {("market", "market"), ("market", "market in Tessaoua")}


def test_hospital_that_received_the_wounded_is_widened_but_no_target(nlp):
    forms, targets = read(nlp, "Gunmen attacked a bus station in Tessaoua on Monday, wounding six people, who "
                               "were taken to the regional hospital in Maradi.")
    assert forms == {("bus station", "bus station"), ("bus station", "bus station in Tessaoua"),
                     ("hospital", "hospital"), ("hospital", "hospital in Maradi"),
                     ("hospital", "regional hospital in Maradi")}
    assert targets == [{"bus station", "civilians"}]
