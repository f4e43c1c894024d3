"""Entities, third round: compass regions of a country, places in brackets after a
settlement word, facility and agreement forms. Every report here is written for this file."""

from __future__ import annotations

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract


def _x(nlp, text):
    return extract(Report.from_text(text, published="2024-03-05", source="test", path="t.txt"), nlp)


def _kinds(x, kind):
    return {e.name: tuple(sorted(set(e.forms))) for e in x.entities if e.kind == kind}


def _places(x):
    return {e.name: (e.type, e.key) for e in x.entities if e.kind == "Place"}


# --- compass regions ------------------------------------------------------------------------


def test_compass_word_before_a_country_is_a_region_inside_it(nlp):
    x = _x(nlp, "Militants attacked an army post in northern Mali on Monday. Troops reached Mali on Tuesday.")
    assert _places(x) == {"northern Mali": ("region", "place:ml:north-region"), "Mali": ("country", "place:ml")}
    names = {e.id: e.name for e in x.entities}
    located = {(names[r.source], names[r.target]) for r in x.relations if r.type == "LOCATED_IN"}
    assert ("northern Mali", "Mali") in located


def test_possessive_compass_forms_join_one_region(nlp):
    x = _x(nlp, "Gunmen killed five people in Pakistan's restive northwest on Monday. "
                "Troops were sent to northwest Pakistan on Tuesday.")
    regions = {e.name: tuple(sorted(e.forms)) for e in x.entities if e.type == "region"}
    assert regions == {"Pakistan's restive northwest": ("Pakistan's restive northwest", "northwest Pakistan")}


def test_a_state_named_with_a_compass_word_is_also_the_country_place(nlp):
    x = _x(nlp, "Islamist groups that control northern Mali attacked Konna on Friday.")
    assert _places(x)["northern Mali"] == ("region", "place:ml:north-region")
    assert _places(x)["Mali"] == ("country", "place:ml")


def test_compass_word_before_a_province_or_town_is_that_place(nlp):
    x = _x(nlp, "Gunmen attacked a checkpoint in northern Kunar province and in Mali's northern town of Gao.")
    assert {n for n, (t, _) in _places(x).items() if t == "region"} == set()


def test_country_whose_name_holds_a_compass_word_is_no_region(nlp):
    x = _x(nlp, "Gunmen attacked a village in South Sudan on Monday.")
    assert {n for n, (t, _) in _places(x).items() if t == "region"} == set()
    assert "South Sudan" in _places(x)


def test_possessive_compass_word_before_a_noun_is_no_region(nlp):
    x = _x(nlp, "Kenya's northern border with Somalia was closed after gunmen attacked a bus in Mandera.")
    assert {n for n, (t, _) in _places(x).items() if t == "region"} == set()


def test_region_resolves_apart_from_its_country():
    from sitgraph.graph.model import Entity
    from sitgraph.loaders.resolve import Resolver

    r = Resolver.default()
    region = Entity(id="e1", kind="Place", name="northern Mali", type="region", key="place:ml:north-region")
    assert r.resolve(region).id == "place:ml:north-region"


# --- a place in brackets after a settlement word --------------------------------------------


def test_bracketed_name_after_village_is_a_place(nlp):
    x = _x(nlp, "Clashes erupted on Tuesday in a remote village (Tambiri) near the border.")
    assert "Tambiri" in _places(x)
    assert "Tambiri" not in _kinds(x, "Actor")


def test_bracketed_words_after_other_nouns_are_no_place(nlp):
    x = _x(nlp, "Clashes erupted on Tuesday between two factions (Tambiri) near the border.")
    assert "Tambiri" not in _places(x)
