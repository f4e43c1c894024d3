"""Place traps: names that are places somewhere else, people's names, common words and
misspelt local towns must not put a report's events on the wrong side of the world.

Each case is a short report written for this file; the assertions give the exact place
(gazetteer key, country, coordinates) or that a name has none, after extraction and after
resolution to graph ids.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.graph.model import Entity
from sitgraph.loaders.resolve import Resolver

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


@pytest.fixture(scope="module")
def resolver():
    return Resolver.default()


def _run(nlp, resolver, text):
    """{name: (key, country, lat, lon)} of the report's places, and the same after resolution."""
    x = extracted(nlp, text, "2024-03-05", source="test", path="t.txt")
    places = {e.name: (e.key, e.country, e.lat, e.lon) for e in x.entities if e.kind == "Place"}
    resolved = {}
    for e in x.entities:
        if e.kind == "Place":
            r = resolver.resolve(e, x)
            resolved[e.name] = (r.id, r.country, r.lat, r.lon)
    persons = {e.name for e in x.entities if e.type == "person"}
    return places, resolved, persons


# --- a place abroad inside a report whose country is known ---------------------------------


def test_village_named_like_a_foreign_city_stays_in_the_report_country(nlp, resolver):
    places, resolved, _ = _run(nlp, resolver, (
        "Regime helicopters dropped barrel bombs on Kafr Zita on Monday. Opposition fighters said they "
        "repelled an attack on Taiz, a small village in northern Hama Province."))
    assert places == {
        "Kafr Zita": ("place:geonames:168620", "SY", 35.37425, 36.6033),
        "Taiz": (None, "SY", None, None),  # not Taiz, Yemen
        "Hama": ("place:sy:hama", "SY", 35.2058, 36.66298),
    }
    assert resolved["Taiz"] == ("place:taz", "SY", None, None)


def test_place_abroad_keeps_coordinates_when_the_report_names_its_country(nlp, resolver):
    places, resolved, _ = _run(nlp, resolver, (
        "Turkish troops shelled villages north of Aleppo on Sunday. Talks in Ankara on the border "
        "ended without a deal."))
    assert places == {"Aleppo": ("place:sy:aleppo", "SY", 36.36649, 37.36036),
                      "Ankara": ("place:tr:ankara", "TR", 39.86825, 32.71383)}
    assert resolved["Ankara"] == ("place:tr:ankara", "TR", 39.86825, 32.71383)


def test_place_abroad_the_report_does_not_tie_to_its_country_has_no_coordinates(nlp, resolver):
    places, resolved, _ = _run(nlp, resolver, (
        "Regime forces shelled villages north of Aleppo and near Idlib on Sunday. Aid convoys left "
        "Gaziantep on Monday."))
    assert places["Gaziantep"] == (None, "SY", None, None)  # no word of Turkey in the report
    assert resolved["Gaziantep"][1:] == ("SY", None, None)


def test_foreign_city_tied_by_its_people_keeps_its_country(nlp, resolver):
    places, _, _ = _run(nlp, resolver, (
        "Houthi fighters fired a missile at the Saudi city of Jizan, the coalition said. Clashes "
        "continued in Hodeidah."))
    assert places == {"Jizan": ("place:sa:jizan", "SA", 17.15664, 42.57209),
                      "Hodeidah": ("place:ye:al-hudaydah", "YE", 14.81781, 43.19416)}


def test_a_sea_keeps_its_coordinates_and_no_country(nlp, resolver):
    places, _, _ = _run(nlp, resolver, "Coalition warships patrolled the Red Sea off Hodeidah on Friday.")
    assert places["Red Sea"] == ("place:red-sea", None, 20.0, 38.5)


# --- people's names -------------------------------------------------------------------------


def test_spokesman_named_like_a_city_is_no_place(nlp, resolver):
    places, _, persons = _run(nlp, resolver, (
        "Al-Shabaab militants attacked an army base near Jowhar on Tuesday. Police spokesman Aden told "
        "reporters that four soldiers were killed."))
    assert places == {"Jowhar": ("place:geonames:56335", "SO", 2.78087, 45.50048)}
    assert "Aden" not in places


def test_title_before_a_city_name_makes_a_person(nlp, resolver):
    places, _, _ = _run(nlp, resolver, (
        "Al-Shabaab fighters stormed a hotel in Kismayo. Mr Aden, a local elder, said six guests died."))
    assert places == {"Kismayo": ("place:geonames:55671", "SO", -0.35817, 42.54536)}


def test_the_city_itself_is_still_a_place(nlp, resolver):
    places, _, _ = _run(nlp, resolver, (
        "Separatist forces took control of Aden on Thursday after clashes with government troops, "
        "spokesman Ali Saleh said."))
    assert places == {"Aden": ("place:ye:aden", "YE", 12.80226, 44.99401)}


def test_first_name_that_is_a_city_stays_in_the_person(nlp, resolver):
    places, _, persons = _run(nlp, resolver, (
        "Nigerian army spokesman Sydney Okafor said troops killed ten Boko Haram fighters near Maiduguri."))
    assert places == {"Maiduguri": ("place:geonames:2331447", "NG", 11.84692, 13.15712)}
    assert "Sydney Okafor" in persons


# --- common words ---------------------------------------------------------------------------


def test_common_word_the_report_also_writes_in_lower_case_is_no_place(nlp, resolver):
    places, resolved, _ = _run(nlp, resolver, (
        "Residents fled from Junta positions near Mindat. The junta denied shelling the town."))
    assert "Junta" not in places
    assert resolved == {"Mindat": ("place:mandat", None, None, None)}


@pytest.mark.parametrize("text, name", [
    ("Fighters attacked Hope village. There was little hope of a ceasefire.", "Hope"),
    ("Gunmen attacked travellers near Mobile on Friday.", "Mobile"),
])
def test_common_word_towns_get_no_coordinates(nlp, resolver, text, name):
    places, resolved, _ = _run(nlp, resolver, text)
    assert places[name][2:] == (None, None)
    assert resolved[name][2:] == (None, None)


# --- misspelt local towns and transliteration guesses -----------------------------------------


def test_misspelt_local_town_is_not_a_famous_city_abroad(nlp, resolver):
    places, resolved, _ = _run(nlp, resolver, (
        "Fano militiamen attacked government forces in Kheret in the Amhara region of Ethiopia on Sunday, "
        "residents said."))
    assert places["Kheret"] == (None, "ET", None, None)
    assert resolved["Kheret"] == ("place:harat", "ET", None, None)  # not Herat, Afghanistan
    assert places["Amhara"] == ("place:et:amhara", "ET", 11.31771, 38.27739)


def test_unknown_village_in_a_country_named_once_stays_there(nlp, resolver):
    places, resolved, _ = _run(nlp, resolver, (
        "Separatists burned homes in Galim in Cameroon's West region, officials said."))
    assert places["Galim"] == (None, "CM", None, None)  # not Ge'ullim, Israel
    assert resolved["Galim"][1:] == ("CM", None, None)


@pytest.mark.parametrize("name, country", [
    ("Kheret", None), ("Kheret", "ET"), ("Junta", None), ("Junta", "MM"), ("Konna", "ML"), ("Galim", "CM"),
    ("Hope", None), ("Mobile", None),
])
def test_resolution_does_not_guess_a_place_abroad(resolver, name, country):
    r = resolver.resolve(Entity("e1", "Place", name, country=country))
    assert (r.lat, r.lon) == (None, None)
    assert r.country == country


@pytest.mark.parametrize("country", ["SY", None])
def test_resolution_accepts_a_spelling_of_the_place_own_name(resolver, country):
    r = resolver.resolve(Entity("e1", "Place", "Kafranabel", country=country))
    assert (r.id, r.country, r.lat, r.lon) == ("place:geonames:168661", "SY", 35.61376, 36.56449)
