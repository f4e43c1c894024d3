"""A facility named by a proper name with a hyphen, a particle or a number inside it, or with
a two-word head after descriptive nouns.

Sentences written for this file in the ways health bulletins, encyclopedic articles and wire
copy name clinics, hospitals and health centres after a neighbourhood, a person or a numbered
street (Haiti, Colombia, Mozambique, Congo, Ukraine). The guide names a facility by the forms
the text uses; a facility that treated the wounded is an entity but no target. Negative rows:
an unnamed facility, a plural of facilities, a hyphenated number before a head, an office that
speaks (an actor, not a facility).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def _facilities(nlp, text: str) -> tuple[set[str], set[str]]:
    """(facility names, names of the facilities some incident targets) of `text`."""
    x = extracted(nlp, text, "2025-02-20", source="test", path="t.txt")
    names = {e.id: e.name for e in x.entities if e.kind == "Facility"}
    struck = {names[t] for v in x.events if v.role == "incident" for t in v.targets if t in names}
    return set(names.values()), struck


ROWS = [
    # a hyphen, a particle, a number inside the name; a two-word head after descriptive nouns
    ("Gang members set fire to the Carrefour-Feuilles community health centre on Monday.",
     {"Carrefour-Feuilles community health centre"}, {"Carrefour-Feuilles community health centre"}),
    ("Gunmen shot dead a nurse outside the Delmas 18 maternity clinic on Friday.",
     {"Delmas 18 maternity clinic"}, {"Delmas 18 maternity clinic"}),
    ("Gunmen fired on the Francisco de Paula Santander hospital in Cucuta on Friday, wounding a guard.",
     {"Francisco de Paula Santander hospital"}, {"Francisco de Paula Santander hospital"}),
    ("Insurgents looted the Mueda district health centre on Tuesday.",
     {"Mueda district health centre"}, {"Mueda district health centre"}),
    # a facility that treated the wounded: an entity, never the target
    ("A drone struck a market in Kherson on Sunday, killing two people; the wounded were taken to the "
     "Kherson district health centre.", {"market", "Kherson district health centre"}, {"market"}),
    # negatives: unnamed, plural, a hyphenated number, an office that speaks
    ("Gunmen attacked a health centre in Ituri on Monday, killing three patients.",
     {"health centre"}, {"health centre"}),
    ("Shelling damaged 12 health centres in Kharkiv region last week.", set(), set()),
    ("Shells hit a five-story apartment building in Sumy on Monday.",
     {"apartment building"}, {"apartment building"}),
    ("Gunmen killed 40 civilians in Ituri on Monday, the U.N. human rights office said.", set(), set()),
]


@pytest.mark.parametrize(("text", "facilities", "struck"), ROWS)
def test_facility_name_parts(nlp, text: str, facilities: set[str], struck: set[str]) -> None:
    assert _facilities(nlp, text) == (facilities, struck)
