"""Names listed after a locative (listed_places.py): every name of "in Mali, Burkina Faso and
Niger" is a place; a list with no locative before it, or whose phrase runs on, is left alone."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.listed_places import listed_place

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def _entities(nlp, text: str) -> set[tuple[str, str]]:
    x = extracted(nlp, text, "2024-06-14")
    return {(e.kind, e.name) for e in x.entities}


def _at(text: str, name: str) -> bool:
    start = text.index(name)
    return listed_place(text, start, start + len(name))


def test_every_listed_country_is_a_place(nlp):
    got = _entities(nlp, "Our weekly roundup of the conflicts in Mali, Burkina Faso and Niger.")
    assert got == {("Place", "Mali"), ("Place", "Burkina Faso"), ("Place", "Niger")}


def test_states_acting_stay_states(nlp):
    got = _entities(nlp, "Mali, Burkina Faso and Niger signed a defence pact in Bamako on Monday.")
    assert {k for k, n in got if n in ("Mali", "Burkina Faso", "Niger")} == {"Actor"}


@pytest.mark.parametrize("text, name, listed", [
    ("the conflicts in Mali, Burkina Faso and Niger.", "Burkina Faso", True),
    ("the conflicts in Mali, Burkina Faso and Niger.", "Niger", True),
    ("clashes in Ituri, North Kivu, South Kivu or Tanganyika, the UN said", "South Kivu", True),
    ("fighting in Ituri, North Kivu and Tanganyika\nMore later", "Tanganyika", True),
    ("Mali, Burkina Faso and Niger signed a pact.", "Burkina Faso", False),  # no locative: states acting
    ("troops in Mali, Burkina Faso and Niger killed 20 militants.", "Niger", False),  # runs on: a subject
    ("Thousands fled to Cameroon, and Chad sent troops.", "Chad", False),  # a clause of its own
    ("the conflicts in Mali and Niger.", "Niger", False),  # two names: places.conjoined_place's
])
def test_listed_place(text, name, listed):
    assert _at(text, name) is listed
