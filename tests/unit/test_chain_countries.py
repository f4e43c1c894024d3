"""A place's country written after it in its chain (`place.chain-country`).

Sentences written for this file in the way encyclopedic narratives locate an attack ("in the X
district of Y, Country"): a name the gazetteer holds for a place in another country, read there,
gave the report that country and its forces that state. Rows: an ambiguous name in a report
about its other country; the same name in a report about its usual country (stays); a name with
its country written after it, which the gazetteer has in both; the same name with no country
after it (stays); a list of towns, which is no chain (stays).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.rules import disabled

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import actor_names, extracted  # noqa: E402


def _x(nlp, text: str):
    return extracted(nlp, text, "2024-05-20", source="test", path="t.txt")


def _places(x) -> set[tuple[str, str | None, str | None]]:
    return {(e.name, e.country, e.key) for e in x.entities if e.kind == "Place"}


SUR_TURKEY = ("Sur checkpoint attack\n\nThe Sur checkpoint attack was a shooting at a police checkpoint in the Sur "
              "district of Diyarbakir, Turkey, on 3 March 2015. Gunmen killed two police officers. Police said the "
              "attackers fled into the old streets of Sur.")


def test_name_in_its_other_country_is_placed_there(nlp):
    x = _x(nlp, SUR_TURKEY)
    assert _places(x) == {("Sur", "TR", None), ("Diyarbakir", "TR", "place:tr:diyarbakir"),
                          ("Turkey", "TR", "place:tr")}
    # the police officers are Turkey's, not the forces of the country the gazetteer's "Sur" lies in
    assert actor_names(x) == {"Turkey", "Police", "unknown gunmen"}


def test_without_the_rule_the_police_go_abroad(nlp):
    with disabled({"place.chain-country"}):
        x = _x(nlp, SUR_TURKEY)
    assert "Lebanese Armed Forces" in actor_names(x)


ROWS = [
    # the same name in a report about its usual country stays there
    ("Sur checkpoint attack\n\nThe Sur checkpoint attack was a shooting at an army checkpoint near Sur, in southern "
     "Lebanon, on 3 March 2015. Gunmen killed two soldiers. The army said the attackers fled into the old streets of "
     "Sur.",
     {("Sur", "LB", "place:geonames:267008"), ("Lebanon", "LB", "place:lb"),
      ("southern Lebanon", None, "place:lb:south-region")}),
    # a district and its province written before the country: both are the country's
    ("Market bombing in Betong\n\nA bomb hidden in a motorcycle exploded outside a market in the Betong district of "
     "Yala province, Thailand, on Monday, killing three people. Police said insurgents in Betong had planted it.",
     {("Betong", "TH", None), ("Yala", "TH", None), ("Thailand", "TH", "place:th")}),
    # the country after the name picks that country's town of the name
    ("Tripoli bombing\n\nA bomb exploded outside a mosque in Tripoli, Lebanon, on Friday, killing five worshippers. "
     "Police sealed off Tripoli's old city.",
     {("Tripoli", "LB", "place:geonames:266826"), ("Lebanon", "LB", "place:lb")}),
    # no country after it: the gazetteer's first town of the name
    ("Tripoli clashes\n\nMilitias fought in Tripoli on Friday, killing five people. Police sealed off Tripoli's old "
     "city.",
     {("Tripoli", "LY", "place:ly:tripoli")}),
]


@pytest.mark.parametrize(("text", "places"), ROWS)
def test_chain_country(nlp, text, places):
    assert _places(_x(nlp, text)) == places


def test_a_list_is_no_chain(nlp):
    x = _x(nlp, "Bombings hit Peshawar, Kabul and Quetta last year, police said.")
    assert {p for p in _places(x) if p[0] == "Peshawar"} == {("Peshawar", "PK", "place:geonames:1168197")}
