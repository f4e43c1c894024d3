"""Local people as a report's source ("..., residents said", "villagers told Reuters",
"according to residents") are its civilians, a cited source of the event (resident_sources.py);
beside them, rows where people of the place are no source: victims of the army's account,
people who fled, a named body of residents, witnesses (an actor of their own), a governor.

Sentences written for these tests; each row gives the exact events (kind, places, claimed_by).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2024-07-02"  # a Tuesday


def events(nlp, text):
    """(kind, places, claimed_by) of every event of `text` read as one report, in event order."""
    return event_fields(nlp, text, "kind places claimed_by", PUBLISHED)


ROWS = [
    # residents, villagers, survivors as the speech verb's subject, or after "according to"
    ("A mortar shell killed three people at the market in Jowhar, Somalia, on Monday, residents said.",
     [("Attack", {"Jowhar", "Somalia"}, {"civilians"})]),
    ("Gunmen killed four farmers near the village of Dogo, Nigeria, on Sunday, according to villagers.",
     [("Attack", {"Dogo", "Nigeria"}, {"civilians"})]),
    ("A drone struck a house in the village of Tamu, Myanmar, on Sunday, killing a woman, two residents told "
     "Reuters.",
     [("Attack", {"Tamu", "Myanmar"}, {"civilians", "Reuters"})]),
    # the army's account of residents killed: the army speaks, not the residents
    ("A mortar shell killed three residents at the market in Jowhar, Somalia, on Monday, the army said.",
     [("Attack", {"Jowhar", "Somalia"}, {"Somalia"})]),
    # a governor speaks; residents only fled
    ("A mortar shell killed three people at the market in Jowhar, Somalia, on Monday, the governor said. "
     "Residents fled the town.",
     [("Attack", {"Jowhar", "Somalia"}, {"governor"}), ("Displacement", {"Jowhar"}, set())]),
    # witnesses stay the actor the dictionary names
    ("A mortar shell killed three people at the market in Jowhar, Somalia, on Monday, witnesses said.",
     [("Attack", {"Jowhar", "Somalia"}, {"witnesses"})]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_resident_sources(nlp, text, expected):
    assert events(nlp, text) == expected
