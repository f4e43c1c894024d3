"""A facility told only in lowercase, by a shorter form of the same head, is the one facility of
its kind whose form holds its words (generic_facilities.py): "a filling station" and "the water
station" beside "a water filling station in the X area", "the market" told before "the weekly
livestock market in X". Where two facilities of the kind hold the form it joins neither; "a
market" never taken up as "the market" stays a market of its own; a form with a word
the full one lacks stays apart.

Sentences written for these tests; each row gives the exact facilities with their forms and,
per event, (kind, killed, targets).
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import facility_reading  # noqa: E402

PUBLISHED = "2024-07-02"  # a Tuesday
RULE = "facility.generic-form-folds"


def read(nlp, text):
    """({(facility, form)}, [(kind, killed, {targets})]) of `text` read as one report."""
    return facility_reading(nlp, text, PUBLISHED)


def forms(nlp, text):
    return read(nlp, text)[0]


FOLDED = [
    # a shorter lowercase form told after the full one
    ("Shells struck a water filling station in the Bani Suhaila area on Monday, killing six people. "
     "The water station had been hit before.",
     {("water filling station", "water filling station"),
      ("water filling station", "water filling station in the Bani Suhaila"),
      ("water filling station", "water station")}),
    # the town's generic form in the lead, the named one in the body
    ("On Monday an airstrike put the town's water pumping station out of service. The strike hit the Kafr "
     "Nabl water pumping station at dawn, destroying two pumps.",
     {("Kafr Nabl water pumping station", "Kafr Nabl water pumping station"),
      ("Kafr Nabl water pumping station", "water pumping station")}),
    # a lead's "a market ... the market" told before the unnamed compound that is it
    ("A drone struck a market on Monday, killing four traders. Photographs of the market show the crater. The "
     "strike hit the weekly livestock market in Zenzelma at noon.",
     {("livestock market", "livestock market"), ("livestock market", "livestock market in Zenzelma"),
      ("livestock market", "weekly livestock market in Zenzelma"), ("livestock market", "market")}),
]

LEFT = [
    # two water stations hold "water station": it joins neither
    ("Shells struck a water filling station in Bani Suhaila and a water pumping station in Abasan on "
     "Monday. The water station had been hit before.",
     {("water filling station", "water filling station"),
      ("water filling station", "water filling station in Bani Suhaila"),
      ("water pumping station", "water pumping station"),
      ("water pumping station", "water pumping station in Abasan"),
      ("water station", "water station")}),
    # a word the full form lacks: another station
    ("Shells struck a water filling station in the Bani Suhaila area on Monday. A fuel station was hit later.",
     {("water filling station", "water filling station"),
      ("water filling station", "water filling station in the Bani Suhaila"),
      ("fuel station", "fuel station")}),
]


@pytest.mark.parametrize("text,expected", FOLDED + LEFT)
def test_generic_facility_forms(nlp, text, expected):
    assert forms(nlp, text) == expected


@pytest.mark.parametrize("text,expected", FOLDED)
def test_folds_come_from_the_rule(nlp, text, expected):
    with R.disabled({RULE}):
        assert forms(nlp, text) != expected


def test_market_never_made_definite_stays_apart(nlp):
    # "a market" the report never takes up again as "the market" is another market, struck on its own
    text = ("A drone struck a market on Monday. Shells hit the weekly livestock market in Zenzelma on Friday, "
            "killing four traders.")
    found, events = read(nlp, text)
    assert found == {("market", "market"), ("livestock market", "livestock market"),
                     ("livestock market", "livestock market in Zenzelma"),
                     ("livestock market", "weekly livestock market in Zenzelma")}
    assert events == [("Attack", None, {"market"}), ("Attack", 4, {"livestock market", "civilians"})]
