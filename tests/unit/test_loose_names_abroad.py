"""A name matched only loosely (an alternate name, a spelling key) to a place in a country the
report never speaks of (`place.loose-name-abroad`).

Sentences written for this file. Rows: a district the gazetteer knows only as a spelling of an
Iranian town, told three times in a report whose other town lies in Pakistan (it votes no more,
and keeps no Iranian place); and negatives that stay as they were: a foreign city named by its
own name in a report that names its country ("talks in Ankara"), an Israeli town by an alternate
spelling in a report that names Israel, an old spelling of a city in a report that names its
country, the one alternate spelling of an Indian city in a report naming no country, and a
people's name in a report about its own country.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.rules import disabled

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def _x(nlp, text: str):
    return extracted(nlp, text, "2024-05-20", source="test", path="t.txt")


def _places(x) -> set[tuple[str, str | None, str | None]]:
    return {(e.name, e.country, e.key) for e in x.entities if e.kind == "Place"}


BAJAUR = ("Militants attacked a police station in Bajaur on Monday, killing four officers, officials said. Residents "
          "of Bajaur said the attackers came down from the hills at night. Shops in Bajaur stayed shut on Tuesday. "
          "The security forces later searched villages near Khar.")


def test_loose_name_abroad_keeps_no_place_and_no_vote(nlp):
    assert _places(_x(nlp, BAJAUR)) == {("Bajaur", "PK", None), ("Khar", "PK", "place:geonames:1174089")}


def test_without_the_rule_the_report_goes_abroad(nlp):
    with disabled({"place.loose-name-abroad"}):
        x = _x(nlp, BAJAUR)
    assert _places(x) == {("Bajaur", "IR", "place:geonames:140521"), ("Khar", "IR", None)}


ROWS = [
    # a foreign capital named by its own name, its country named: it stays abroad
    ("Turkish officials said talks in Ankara would resume on Monday, after shelling killed four civilians in Idlib, "
     "Syria.",
     {("Ankara", "TR", "place:tr:ankara"), ("Idlib", "SY", "place:sy:idlib"), ("Syria", "SY", "place:sy")}),
    # an alternate spelling of a town of a country the report names
    ("Hezbollah fired rockets at Kiryat Shmona in northern Israel on Monday, and Israeli jets struck Bint Jbeil in "
     "southern Lebanon, killing two people.",
     {("Bint Jbeil", "LB", "place:geonames:276592"), ("Israel", "IL", "place:il"),
      ("Kiryat Shmona", "IL", "place:geonames:293825"), ("Lebanon", "LB", "place:lb"),
      ("northern Israel", None, "place:il:north-region"), ("southern Lebanon", None, "place:lb:south-region")}),
    # an old spelling in its own country, the country named
    ("Russian shelling of Kharkov killed three people on Monday, officials in Ukraine said.",
     {("Kharkov", "UA", "place:ua:kharkiv"), ("Ukraine", "UA", "place:ua")}),
    # the one alternate spelling of the report's own city, no country named: nothing anchors another
    ("Four police officers were killed when Maoists ambushed a patrol near Bijapur on Monday.",
     {("Bijapur", "IN", "place:geonames:1275701")}),
    # a people's name the gazetteer holds abroad, in a report about its own country
    ("Suspected Kuki militants opened fire on farmers near Moirang in Manipur, India, on Sunday, police said. A Kuki "
     "body denied the charge.",
     {("India", "IN", "place:in"), ("Kuki", "IN", None), ("Manipur", "IN", None), ("Moirang", "IN", None)}),
]


@pytest.mark.parametrize(("text", "want"), ROWS, ids=[r[0][:30] for r in ROWS])
def test_places_named_or_anchored_stay(nlp, text, want):
    assert _places(_x(nlp, text)) == want
    with disabled({"place.loose-name-abroad"}):
        assert _places(_x(nlp, text)) == want

