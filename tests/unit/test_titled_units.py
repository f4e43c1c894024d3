"""A named unit that opens on a rank word (`actor.rank-word-unit`).

Sentences written for this file. The unit is kept whole, rank word included; a person after
a rank word, a rank word before a force that is no unit's name, and a spokesman of a unit stay
as they were.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.rules import disabled

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import actor_types, extracted  # noqa: E402


def _actors(nlp, text: str) -> set[tuple[str, str | None]]:
    return actor_types(extracted(nlp, text, "2024-05-20", source="test", path="t.txt"))


ROWS = [
    ("Officers of the General Service Unit stormed the building and freed the hostages.",
     {("General Service Unit", "organization")}),
    # a person after a rank word
    ("General Sami Rahal said the hostages were freed.", {("Sami Rahal", "person")}),
    # a person after two rank words, then the force he speaks for
    ("Brigadier General Omar Said of the army said two soldiers were killed.",
     {("Omar Said", "person"), ("government forces", "state_forces")}),
]


@pytest.mark.parametrize(("text", "want"), ROWS, ids=[r[0][:30] for r in ROWS])
def test_rank_word_units(nlp, text, want):
    assert _actors(nlp, text) == want


def test_without_the_rule_the_unit_is_a_person(nlp):
    with disabled({"actor.rank-word-unit"}):
        assert _actors(nlp, ROWS[0][0]) == {("Service Unit", "person")}
