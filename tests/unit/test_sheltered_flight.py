"""A flight told as who people were is no displacement of its own: the people a shelter holds
("a church that housed 150 people who had fled fighting nearby"), and the people an attack
struck as they fled ("shooting residents as they fled"). The struck shelter stays the incident;
a flight told for itself, or with a day of its own, stays a displacement."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import placed_tolls  # noqa: E402

ROWS = [
    # the shelter struck: one incident, no flight
    ("An air strike on Tuesday hit a church in Kalay that housed about 150 people who had fled fighting nearby, "
     "killing nine of them, residents said.",
     [("Attack", 9, None, "2024-06-11", ("Kalay",))]),
    ("A jet bombed a school in the village of Mawlu on Tuesday, where 80 villagers who fled clashes were "
     "sheltering, killing four children, witnesses said.",
     [("Attack", 4, None, "2024-06-11", ("Mawlu",))]),
    ("Shells hit the Al-Noor camp near Marib on Tuesday, wounding six people. The camp shelters some 3,000 "
     "families who fled fighting in Harib district, an official said.",
     [("Attack", None, 6, "2024-06-11", ("Marib",))]),
    # the people struck as they fled
    ("Gunmen stormed the village of Dogo in Borno State on Tuesday, shooting residents as they fled and "
     "burning dozens of homes, killing 14 people, police said.",
     [("Attack", 14, None, "2024-06-11", ("Borno", "Dogo"))]),
    # negatives: a flight told for itself, or with a day of its own, stays a displacement
    ("Gunmen attacked the village of Dogo in Borno State on Tuesday, killing 14 people. Thousands of residents "
     "fled the village.",
     [("Attack", 14, None, "2024-06-11", ("Borno", "Dogo")),
      ("Displacement", None, None, "2024-06-11", ("Dogo",))]),
    ("About 3,000 people who fled fighting in Kalay on Tuesday are sheltering in schools in Tamu, the UN said.",
     [("Displacement", None, None, "2024-06-11", ("Kalay", "Tamu"))]),
    ("Residents fled as gunmen stormed the village of Dogo in Borno State on Tuesday, police said.",
     [("Displacement", None, None, "2024-06-11", ("Borno", "Dogo")),
      ("Attack", None, None, "2024-06-11", ("Borno", "Dogo"))]),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_sheltered_and_struck_flight(nlp, text: str, expected: list) -> None:
    assert placed_tolls(nlp, text) == expected
