"""Bare police that act (loaders/extract/acting_police.py): police with no name that act and
that no rule reads are a name of the acting state of the report's country.

Negative rows: a named police force of a city, a report whose state never acts, police officers
who are the victims, police already read as a speaker beside a force that carries the word.
Exact sets of (actor name, surface forms); sentences written for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2025-03-14"
LEAD = "a car bomb killed 12 people at a market in Sadr City, Baghdad, Iraq, on Monday."


def actors(nlp, text: str) -> set[tuple[str, frozenset[str]]]:
    """(name, surface forms) of each actor of `text` but the civilians."""
    x = extracted(nlp, text, PUBLISHED)
    return {(e.name, frozenset(m.text for m in e.mentions)) for e in x.entities
            if e.kind == "Actor" and e.type != "civilians"}


ROWS = [
    # police that act, no force named, the state speaks: a name of the state
    (f"Iraqi officials said {LEAD} Police sealed off the area.",
     {("Iraq", frozenset({"Iraqi officials", "Police"}))}),
    # a foreign side in the same report: the police are still the report's own state
    ("Iraqi officials said Turkish drones struck a village near Sinjar, Iraq, on Monday, killing four people. "
     "Police sealed off the road.",
     {("Iraq", frozenset({"Iraqi officials", "Police"})), ("Turkey", frozenset({"Turkish"}))}),
]

NEGATIVE_ROWS = [
    # a police force of a named city acts: no bare police to give the state
    (f"Iraqi officials said {LEAD} The Baghdad Police Command sealed off the area.",
     {("Iraq", frozenset({"Iraqi officials"})), ("Baghdad Police Command", frozenset({"Baghdad Police Command"}))}),
    # the state never acts in the report: no state to name
    (f"{LEAD[0].upper()}{LEAD[1:]} Police sealed off the area.", set()),
    # police officers who are the victims are read already: nothing added
    ("Iraqi officials said a car bomb killed two policemen at a checkpoint in Sadr City, Baghdad, Iraq, on "
     "Monday. Police sealed off the area.",
     {("Iraqi Security Forces", frozenset({"policemen"})), ("Iraq", frozenset({"Iraqi officials"}))}),
    # police read as a speaker already: nothing added, the force that carries the word untouched
    ("A grenade wounded three men of the Central Reserve Police Force in Srinagar, India, on Friday, police said.",
     {("Central Reserve Police Force", frozenset({"Central Reserve Police Force"})),
      ("police", frozenset({"police"}))}),
]


@pytest.mark.parametrize("text, expected", ROWS + NEGATIVE_ROWS)
def test_bare_police(nlp, text, expected):
    assert actors(nlp, text) == expected
