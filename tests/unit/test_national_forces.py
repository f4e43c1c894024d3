"""A national army's acronym beside the army's full name read as the state
(loaders/extract/national_forces.py): one name is one party.

Negative rows: the acronym alone, the acronym beside an alias of the army read as the state
(left apart: measured and left out), a foreign army's acronym in the same report.
Exact sets of (actor name, surface forms); sentences written for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2025-03-14"


def actors(nlp, text: str) -> set[tuple[str, frozenset[str]]]:
    """(name, surface forms) of each actor of `text` but the civilians."""
    x = extracted(nlp, text, PUBLISHED)
    return {(e.name, frozenset(m.text for m in e.mentions)) for e in x.entities
            if e.kind == "Actor" and e.type != "civilians"}


ROWS = [
    # the army's full name read as the state: its acronym joins it
    ("Jihadists attacked a camp of the Malian Armed Forces (FAMa) near Boni, Mali, on Monday.",
     {("Mali", frozenset({"Malian Armed Forces", "FAMa"})), ("rebels", frozenset({"Jihadists"}))}),
]

NEGATIVE_ROWS = [
    # the acronym alone: the army entry stays the army
    ("Jihadists attacked a camp of the FAMa near Boni, Mali, on Monday.",
     {("Malian Armed Forces", frozenset({"FAMa"})), ("rebels", frozenset({"Jihadists"}))}),
    # beside an alias of the army read as the state: left apart
    ("Mali's government said the Malian army (FAMa) repelled an attack near Boni.",
     {("Mali", frozenset({"Mali's government", "Malian army"})), ("Malian Armed Forces", frozenset({"FAMa"}))}),
    # a foreign army's acronym keeps its own entry beside the state named by its army
    ("The Malian Armed Forces said Burkinabe troops (FABF) crossed into Mali near Boni.",
     {("Mali", frozenset({"Malian Armed Forces"})), ("Burkina Faso", frozenset({"Burkinabe troops"})),
      ("Burkina Faso Armed Forces", frozenset({"FABF"}))}),
]


@pytest.mark.parametrize("text, expected", ROWS + NEGATIVE_ROWS)
def test_national_forces(nlp, text, expected):
    assert actors(nlp, text) == expected
