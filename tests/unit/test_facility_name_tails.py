"""A facility named past its capitalised head ("City Hospital No. 2", "the University Hospital
of Lusaka", "St Anne's Hospital Kitgum") is one facility named in full; a head opening a place's
name ("Port Harcourt") takes no tail, and one describing a settlement ("the port city of Mombasa") is no facility.
Sentences are written for the tests, not taken from any evaluation set."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def _facilities(nlp, text: str) -> set[str]:
    x = extracted(nlp, text, "2021-03-10")
    return {e.name for e in x.entities if e.kind == "Facility"}


def _places(nlp, text: str) -> set[str]:
    x = extracted(nlp, text, "2021-03-10")
    return {e.name for e in x.entities if e.kind == "Place"}


@pytest.mark.parametrize("text,names", [
    ("Shelling wounded nine people; they were taken to the University Hospital of Lusaka on Monday.",
     {"University Hospital of Lusaka"}),
    ("Regional Hospital No. 3 received 20 wounded after the missile strike on the city.",
     {"Regional Hospital No. 3"}),
    ("The wounded were flown to St Anne's Hospital Kitgum after rebels ambushed the convoy.",
     {"St Anne's Hospital Kitgum"}),
    ("The injured were shifted to the Civil Hospital Parachinar after the blast at the market.",
     {"Civil Hospital Parachinar", "market"}),
    ("Gunmen stormed the Hotel Sahafi in the capital on Friday, killing nine guests.", {"Hotel Sahafi"}),
])
def test_tail_joins_the_name(nlp, text, names):
    assert _facilities(nlp, text) == names


@pytest.mark.parametrize("text,names", [
    # the name ends at the head: no tail to take
    ("Shelling wounded nine people; they were taken to the Lusaka University Hospital on Monday.",
     {"Lusaka University Hospital"}),
    # a role after the head is no part of its name
    ("Rebels shot the Kitgum Hospital Director outside his home on Monday.", {"Kitgum Hospital"}),
    # a day after the head is no part of its name
    ("A drone struck the Central Hospital Monday night, the governor said.", {"Central Hospital"}),
])
def test_no_tail_is_taken(nlp, text, names):
    assert _facilities(nlp, text) == names


def test_head_opening_a_place_name_takes_no_tail(nlp):
    text = "Militants attacked a police station near Port Harcourt on Sunday, killing four officers."
    assert "Port Harcourt" not in _facilities(nlp, text)
    assert "Port Harcourt" in _places(nlp, text)


def test_head_describing_a_settlement_is_no_facility(nlp):
    text = "Missiles struck a grain warehouse in the port city of Mombasa overnight, killing two guards."
    assert _facilities(nlp, text) == {"grain warehouse"}
    # the port itself struck stays a facility
    assert _facilities(nlp, "Missiles struck the port of Mombasa overnight, killing two guards.") == {"port of Mombasa"}
