"""A definite kind word ("the gang", "the cartel", "the faction") stands for the armed group
the report named with that word as the head of a mention (definite_group_heads.py); beside
it, rows where the word stands for nobody: a group named without the word, a description of
unknown attackers, an indefinite "a gang", a word for the attackers ("the men").

Sentences written for these tests; each row gives the exact events (kind, actors).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2024-07-02"  # a Tuesday
STATION = " stormed a police station in Liancourt, Haiti, on Friday, killing two officers."


def events(nlp, text):
    """(kind, actors) of every event of `text` read as one report, in event order."""
    return event_fields(nlp, text, "kind actors", PUBLISHED)


ROWS = [
    # the group named with the kind word, then the word alone
    ("The Gran Grif gang controls the lower valley. On Friday, the gang" + STATION,
     [("Attack", {"Gran Grif"})]),
    # two gangs named: the one named last
    ("The Gran Grif gang and the 400 Mawozo gang fight for the valley. On Friday, the gang" + STATION,
     [("Attack", {"400 Mawozo"})]),
    # a group never named with the word: nobody
    ("Al-Shabaab controls the lower valley. On Friday, the gang" + STATION,
     [("Attack", set())]),
    # an indefinite gang: unknown attackers, not the group named before
    ("The Gran Grif gang controls the lower valley. On Friday, gunmen of a rival gang" + STATION,
     [("Attack", {"unknown gunmen"})]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_definite_group_heads(nlp, text, expected):
    assert events(nlp, text) == expected
