"""A common word capitalised only because it opens a sentence or a heading names no person
(loaders/extract/sentence_first_words.py): sentences written for this file in the manner of
long-form features and daily roundups (Myanmar, Libya, Sudan, Pakistan, Burkina Faso).

Each row is one tiny report and the exact entity names it gives (sorted). The negatives keep a
person: a surname that speaks ("Brown said"), one told again mid-sentence or inside a full name,
and a name no lexicon lists; the incident in the neighbouring sentence keeps its entities.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.sentence_first_words import _common, _only_opening

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import named  # noqa: E402

ROWS = [
    # --- a common word opening a sentence or a heading: no person ------------------------------------
    ("Soldiers shelled a camp near Loikaw on Monday, killing four people. Rice prices in the camp have "
     "doubled since then.", ("Actor:Tatmadaw", "Actor:civilians", "Facility:camp", "Place:Loikaw")),
    ("Militiamen fired rockets at the port of Misrata on Tuesday, killing two dockers. Calm had returned "
     "to the port by evening.", ("Actor:militiamen", "Facility:port of Misrata", "Place:Misrata")),
    # --- a person stays: a speaker, a surname told again, a full name -----------------------------------
    ("Soldiers shelled a camp near Loikaw on Monday, killing four people. Brown said the camp had no "
     "fighters.", ("Actor:Brown", "Actor:Tatmadaw", "Actor:civilians", "Facility:camp", "Place:Loikaw")),
    ("Soldiers shelled a camp near Loikaw on Monday, killing four people, according to Frank Mehta, a "
     "teacher. Frank had left the camp an hour before.",
     ("Actor:Frank Mehta", "Actor:Tatmadaw", "Actor:civilians", "Facility:camp", "Place:Loikaw")),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_sentence_first_words(nlp, text, expected):
    assert named(nlp, text) == expected


def test_only_opening_reads_sentence_and_line_starts():
    text = "Rice prices rose.\nRice is scarce. \"Rice is gone.\" Condoleezza Rice visited."
    assert _only_opening("Rice", text[:32]) is True
    assert _only_opening("Rice", text) is False  # told inside a full name


def test_common_words_are_lower_case_uses_or_the_lexicon():
    assert _common("Drones", "Drones struck the town. Two drones were downed.") is True
    assert _common("Quadcopter", "Quadcopter strike. A quadcopter dropped a bomb.") is True
    assert _common("Calm", "Calm had returned.") is True  # an adjective of the lexicon
    assert _common("Williams", "Williams said the camp was hit.") is False  # a noun only: a surname
    assert _common("Dawar", "Dawar treated the wounded.") is False
    assert _common("Photographs", "Photographs showed the ruins.") is False  # a plural: the plural-noun rule's
