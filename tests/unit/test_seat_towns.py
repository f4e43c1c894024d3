"""A first-level unit told apart from its namesake town written as a point, and a sentence's
opening preposition kept out of a unit's name (seat_towns.py, admin_places.py)."""

from __future__ import annotations

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract_many

CASES = [
    # A bearing from the bare name: the town is a point; the oblast is a place of its own.
    ("Russian artillery shelled a village west of Kherson overnight. Across Kherson oblast, Russian attacks "
     "killed four people on Tuesday, officials said.", {"Kherson", "Kherson oblast"}),
    ("A missile hit a tanker 60 nautical miles west of Hodeidah on Monday; the Houthis control most of "
     "Hodeidah province.", {"Hodeidah", "Hodeidah province"}),
    # An area: the bare name is the province itself.
    ("Taliban fighters attacked a checkpoint in Helmand province; officials in Helmand said 14 died.", {"Helmand"}),
    ("Jets struck villages in northern Idlib on Sunday, killing nine people in Idlib province.", {"Idlib"}),
    # Only the unit is written: one place.
    ("Across Zaporizhzhia province, Russian shelling killed four people on Monday, officials said.",
     {"Zaporizhzhia"}),
]


@pytest.fixture(scope="module")
def results(nlp):
    reports = [Report.from_text(s, published="2025-11-19") for s, _ in CASES]
    return list(extract_many(reports, nlp=nlp))


@pytest.mark.parametrize("i", range(len(CASES)))
def test_places_exact(results, i):
    places = {e.name for e in results[i].entities if e.kind == "Place"}
    assert places == CASES[i][1]


def test_opening_preposition_is_no_name(results):
    names = {e.name for x in results for e in x.entities}
    assert not any(n.startswith(("Across", "Throughout")) for n in names)
