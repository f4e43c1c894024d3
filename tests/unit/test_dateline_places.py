"""The city named in capitals at the head of a dateline is a place of the report
(dateline_places.py), though the text names it nowhere else; a caption's or a label's word
before a dash names nothing, a month cut short after the city ("Nov 4") is no town, and the
city filed from is no place of the report's events.

Sentences written for these tests; each row gives the exact entities (kind, name, type) or the
events' places.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-06-04"


def _run(nlp, text: str):
    return extracted(nlp, text, PUBLISHED)


def _entities(nlp, text: str) -> set[tuple[str, str, str | None]]:
    return {(e.kind, e.name, e.type) for e in _run(nlp, text).entities}


def _event_places(nlp, text: str) -> list[set[str]]:
    x = _run(nlp, text)
    names = {e.id: e.name for e in x.entities}
    return [{names[i] for i in v.places} for v in x.events]


@pytest.mark.parametrize("text, want", [
    # A city no other reader sees: named as the gazetteer writes it.
    ("JEDDAH, Feb 6 (Gulf Wire) - Houthi fighters fired a missile at a cargo ship in the Red Sea on Wednesday.",
     {("Actor", "Houthis", "armed_group"), ("Place", "Jeddah", "city"), ("Place", "Red Sea", "region")}),
    # Two words, the first of them a facility's word ("PORT"): the city, no port.
    ("PORT HARCOURT, Jan 9 (Delta Wire) -- Gunmen kidnapped two oil workers in Yenagoa on Sunday, police said.",
     {("Actor", "police", "state_forces"), ("Actor", "unknown gunmen", "armed_group"),
      ("Place", "Port Harcourt", "city"), ("Place", "Yenagoa", "city")}),
    # A name that is a county and a city: the dateline's is the city.
    ("MOMBASA, Kenya, Sept 12 (Coast Wire) - Suspected al-Shabaab fighters killed three police officers in an "
     "ambush near Lamu on Monday.",
     {("Actor", "Kenya", "state"), ("Actor", "al-Shabaab", "armed_group"), ("Place", "Lamu", "province"),
      ("Place", "Mombasa", "city")}),
    # A city abroad: a place of the report all the same, named as the gazetteer writes it.
    ("BANGKOK, June 2 (Mekong Wire) - A military jet bombed a market in Kyauktaw township on Sunday, killing "
     "nine villagers, residents said.",
     {("Actor", "Tatmadaw", "state_forces"), ("Actor", "civilians", "civilians"), ("Facility", "market", "market"),
      ("Place", "Bangkok", "city"), ("Place", "Kyauktaw", "town")}),
])
def test_dateline_city_is_a_place(nlp, text, want):
    assert _entities(nlp, text) == want


@pytest.mark.parametrize("text, want", [
    # A photo caption's label before a dash names no place.
    ("FILE - Gunmen shot dead two shopkeepers in Turbat on Sunday, police said.",
     {("Actor", "police", "state_forces"), ("Place", "Turbat", "town")}),
    # A wire's update label.
    ("UPDATE 2 - Gunmen shot dead two shopkeepers in Turbat on Sunday, police said.",
     {("Actor", "police", "state_forces"), ("Actor", "unknown gunmen", "armed_group"), ("Place", "Turbat", "town")}),
    # A label in capitals before a dash that no gazetteer knows as a town.
    ("EXCLUSIVE - Gunmen shot dead two shopkeepers in Turbat on Sunday, police said.",
     {("Actor", "police", "state_forces"), ("Actor", "unknown gunmen", "armed_group"), ("Place", "Turbat", "town")}),
])
def test_no_dateline_no_place(nlp, text, want):
    assert _entities(nlp, text) == want


def test_month_cut_short_after_the_city_is_no_town(nlp):
    got = _entities(nlp, "BANGKOK, Nov 14 (Mekong Wire) - A military jet bombed a monastery in Namhkam township "
                         "late on Monday, killing nine people.")
    assert {n for k, n, _ in got if k == "Place"} == {"Bangkok", "Namhkam"}


def test_city_filed_from_is_no_place_of_the_event(nlp):
    places = _event_places(nlp, "DUBAI, Feb 27 (Gulf Wire) - Houthi fighters attacked a bulk carrier with a drone "
                                "boat off Hodeidah late on Wednesday, leaving two sailors missing.")
    assert places == [{"Hodeidah"}]
