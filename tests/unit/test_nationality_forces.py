"""A force's nationality word in the state's mention.

Sentences written for this file in the way encyclopedic narratives name a state's army ("the
Senegalese army", "Senegalese troops"). Negative row: a nationality word of a country the
report does not name.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def _x(nlp, text: str):
    return extracted(nlp, text, "2024-05-20", source="test", path="t.txt")


FORCE_ROWS = [
    ("Gunmen shot dead four men near Bignona, in the Ziguinchor region of Senegal. The Senegalese army blamed "
     "the rebels.", {"Senegalese army"}),
    ("Gunmen shot dead four men near Bignona, Senegal. Senegalese troops later detained 11 men.",
     {"Senegalese troops"}),
    # a nationality word of a country the report does not name stays out of the state's mention
    ("Gunmen shot dead four men near Bignona, Senegal, on Monday. Gambian troops and the army later detained 11 "
     "men.", {"army"}),
]


@pytest.mark.parametrize(("text", "forms"), FORCE_ROWS)
def test_nationality_word_joins_the_force(nlp, text, forms):
    x = _x(nlp, text)
    state = next(e for e in x.entities if e.kind == "Actor" and e.name == "Senegal")
    assert {m.text for m in state.mentions} == forms
