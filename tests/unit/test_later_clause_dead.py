"""Later dead told in a clause of their own after a sentence's toll ("Three people were killed
at once, and an elderly man died in hospital the following week"): they come on top of the
count; a toll told in the sentence stands; the wounded, a dying clause with no later death, a
cumulative toll and an earlier attack's toll stay as told."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.numbers import find_casualties

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import placed_tolls  # noqa: E402


@pytest.mark.parametrize("sentence, expected", [
    ("Three people were killed at once, and an elderly man died in hospital the following week.", (4, None)),
    ("Nine passengers were killed on the spot, and a tenth later died of his wounds.", (10, None)),
    ("Two soldiers were killed outright, and a third died at Gao Regional Hospital.", (3, None)),
    ("Four villagers were killed and six wounded, while two died of their injuries the next day.", (6, 6)),
    # a toll of its own stands; no toll before; a dying clause with no later death
    ("Three people were killed at once, and an elderly man died in hospital, bringing the toll to 3.", (3, None)),
    ("Two soldiers were wounded, and one later died in hospital.", (1, 2)),
    ("Five people died in hospital after the blast.", (5, None)),
    ("Three people were killed at once, and two others were wounded in hospital.", (3, 2)),
])
def test_later_clause_read(sentence: str, expected: tuple) -> None:
    c = find_casualties(sentence)
    assert (c.killed, c.wounded) == expected


CASES: list = [
    pytest.param("Shells hit a displacement camp near Laiza on Friday night. A woman and her two children were killed "
                 "at once, and an elderly man died in hospital the following week; 11 people were wounded.",
                 [("Attack", 4, 11, "2024-06-14", ("Laiza",))], id="three-and-one-later"),
    pytest.param("A bomb tore through a bus in Ampara on Monday. Nine passengers were killed on the spot, and a tenth "
                 "later died of his wounds. Since January, bombings in the district have killed 60 people.",
                 [("Attack", 10, None, "2024-06-10", ("Ampara",))], id="cumulative-toll-apart"),
    pytest.param("A bomb tore through a bus in Ampara on Monday, killing nine passengers. Last month a bomb at a "
                 "market in Batticaloa killed six people, and two more died in hospital the next day.",
                 [("Attack", 9, None, "2024-06-10", ("Ampara",)), ("Attack", 8, None, "2024-05", ("Batticaloa",))],
                 id="earlier-attack-its-own"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_later_clause_events(nlp, text: str, expected: list) -> None:
    assert placed_tolls(nlp, text) == expected
