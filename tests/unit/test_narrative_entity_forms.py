"""Entity forms of encyclopedic narratives: a unit and its town the gazetteer does not know, and a
place's body that blames a side under a section heading.

- `place.seat-town-apart` for names the gazetteer lacks: "the Tessoukou department" and
  "Tessoukou town" are two places; the bare name beside the unit alone stays one.
- `actor.place-body`: "The Kessa governor's office blamed ..." under a heading is an organisation
  named by the place, not a name run over the heading; an attacked governor's office is no body.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PLACE_ROWS = [
    ("Gunmen raided three hamlets in the Tessoukou department on 2 March 2024, killing 12 people. Two days "
     "later they attacked a gendarmerie post in Tessoukou town.",
     {"Tessoukou", "Tessoukou department"}),
    # No town word: the bare name is the unit, one place.
    ("Gunmen raided three hamlets in the Tessoukou department on 2 March 2024, killing 12 people. Officials "
     "in Tessoukou said the raiders came from the north.",
     {"Tessoukou"}),
]

BODY_ROWS = [
    ("Attacks\n\nGunmen burned a school in Kessa on 3 May 2024.\n\nResponsibility\n\nThe Kessa governor's "
     "office blamed the rebels for the fire.",
     {"Kessa governor's office", "rebels", "unknown gunmen"}),
    ("Gunmen burned a school in Kessa on 3 May 2024. The Kessa governor's office said two guards died.",
     {"Kessa governor's office", "unknown gunmen"}),
    # The office attacked is a building, no body of its own; "Kessa" modifying "governor" is no
    # person either (person.modifier-word), so no side but the gunmen.
    ("Gunmen stormed the Kessa governor's office on 3 May 2024, killing two guards.",
     {"unknown gunmen"}),
]


@pytest.mark.parametrize(("text", "places"), PLACE_ROWS)
def test_unit_and_town_of_an_unknown_name(nlp, text: str, places: set[str]) -> None:
    x = extracted(nlp, text, "2024-06-14")
    assert {e.name for e in x.entities if e.kind == "Place"} == places


@pytest.mark.parametrize(("text", "actor_names"), BODY_ROWS)
def test_place_body_that_blames(nlp, text: str, actor_names: set[str]) -> None:
    x = extracted(nlp, text, "2024-06-14")
    assert {e.name for e in x.entities if e.kind == "Actor"} == actor_names
