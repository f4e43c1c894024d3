"""Bystanders are not perpetrators (loaders/extract/bystanders.py, attribution.py, sides.py):
a dateline's place, a side named only as another's patron, a statement's speaker, a
condemning government, the side whose soldiers were killed. Sentences are written for these
tests, not taken from any evaluation set."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

MONDAY = "2023-11-13"


def perpetrators(nlp, text):
    """The actors of each event of `text`, in event order."""
    x = extracted(nlp, text, MONDAY)
    names = {e.id: e.name for e in x.entities}
    return [frozenset(names[a] for a in v.actors) for v in x.events]


@pytest.mark.parametrize("text", [
    "DUBAI, United Arab Emirates — A drone struck an oil depot in Jizan, Saudi Arabia, on Saturday.",
    "ISLAMABAD, Pakistan (AP) — A bomb exploded at a bus stop in Quetta on Sunday, killing six people.",
])
def test_a_dateline_is_no_side(nlp, text):
    assert perpetrators(nlp, text) == [frozenset()]


def test_a_side_named_in_the_sentence_as_well_as_the_dateline_stays(nlp):
    assert perpetrators(nlp, "DUBAI, United Arab Emirates — United Arab Emirates jets struck a depot in Marib "
                             "on Saturday.") == [frozenset({"United Arab Emirates"})]


@pytest.mark.parametrize("text, sides", [
    ("Al-Qaida-linked militants stormed a hotel in Bamako on Monday, killing 20 people.", set()),
    ("Islamic State-affiliated gunmen stormed a church in Kaduna on Sunday, killing 12 worshippers.",
     {"unknown gunmen"}),
    ("The Pentagon said Iranian-backed militias attacked a base in eastern Syria on Monday.", set()),
])
def test_a_patron_is_not_the_attacker(nlp, text, sides):
    assert perpetrators(nlp, text) == [frozenset(sides)]


@pytest.mark.parametrize("text, side", [
    ("Iran-backed Houthi rebels fired a missile at an airport in Jizan on Monday.", "Houthis"),
    ("Al-Qaida militants stormed a hotel in Bamako on Monday, killing 20 people.", "al-Qaeda"),
    ("Russian-backed separatists shelled a school in Donetsk on Monday.", "Russian-backed separatists"),
])
def test_the_affiliate_itself_stays(nlp, text, side):
    assert perpetrators(nlp, text) == [frozenset({side})]


def test_a_speaker_and_a_condemning_government_are_no_side(nlp):
    assert perpetrators(nlp, "Gunmen killed seven soldiers at a checkpoint in Tillaberi on Monday, the defence "
                             "ministry said. The United States condemned the attack.") == [
        frozenset({"unknown gunmen"})]


def test_the_side_whose_soldiers_were_killed_is_no_side(nlp):
    assert perpetrators(nlp, "Three Turkish soldiers were killed by a roadside bomb in Hakkari on Monday, "
                             "Turkey's defence ministry said.") == [frozenset()]


@pytest.mark.parametrize("text, sides", [
    ("A bomb killed 12 people at a market in Idlib, Syria, on Monday.", set()),
    ("A bomb hit a market in Idlib, Syria, on Monday, killing six people.", set()),
    ("Warplanes dropped bombs on a market in Idlib, Syria, on Monday, killing six people.",
     {"Russia", "Syrian government"}),
    ("An air strike hit a market in Idlib, Syria, on Monday, killing six people.", {"Russia", "Syrian government"}),
])
def test_air_power_is_inferred_only_where_the_report_says_air(nlp, text, sides):
    # A bare "bomb" is no aircraft: those who fly there are not made its authors.
    assert perpetrators(nlp, text) == [frozenset(sides)]
