"""Camps named after a place, and a force's nationality word in its mention.

Sentences written for this file in the ways encyclopedic narratives and rights records name
camps for displaced people and refugees ("the Kalma camp", "the Kalma and Otash camps") and a
state's army ("the Senegalese army"). The guide makes a named camp one entity, a facility and a
place, whose names hold the bare name; a town's camps written as a plural, a place named on its
own and an army camp in a town keep their places. Negative rows: a town beside its camp, a
plural of a town's camps, a town named on its own, an army camp in a town, a nationality word of
a country the report does not name.
"""

from __future__ import annotations

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract


def _x(nlp, text: str):
    return extract(Report.from_text(text, published="2024-05-20", source="test", path="t.txt"), nlp)


def _kinds(nlp, text: str) -> tuple[set[str], set[str]]:
    """(place names, facility names) of `text`."""
    x = _x(nlp, text)
    return ({e.name for e in x.entities if e.kind == "Place"},
            {e.name for e in x.entities if e.kind == "Facility"})


ROWS = [
    # the name that begins a camp's name is the camp's
    ("Shells struck the Kalma camp on Monday, killing four residents.", set(), {"Kalma camp"}),
    ("Shells struck the Kalma camp near Nyala on Monday, killing four residents.", {"Nyala"}, {"Kalma camp"}),
    # a list of names before "camps" in a heading: the camp the report names with it
    ("Shelling of the Kalma and Otash camps, South Darfur\n\nShells struck the Kalma camp on Monday, killing four "
     "residents.", {"Otash", "South Darfur"}, {"Kalma camp"}),
    # negatives: a town's camps as a plural, a town named on its own, an army camp in a town
    ("Families from the Balata and Askar camps fled on Tuesday after soldiers searched a clinic in Balata.",
     {"Balata"}, {"Askar camp", "clinic"}),
    ("Gunmen attacked the army camp in Bor on Monday, killing three soldiers.", {"Bor"}, {"army camp"}),
]


@pytest.mark.parametrize(("text", "places", "facilities"), ROWS)
def test_camp_names(nlp, text, places, facilities):
    assert _kinds(nlp, text) == (places, facilities)


def test_listed_name_is_a_mention_of_the_camp(nlp):
    x = _x(nlp, "Shelling of the Kalma and Otash camps, South Darfur\n\nShells struck the Kalma camp on Monday, "
                "killing four residents.")
    camp = next(e for e in x.entities if e.name == "Kalma camp")
    assert {m.text for m in camp.mentions} == {"Kalma", "Kalma camp"}


def test_killed_there_after_a_camp_is_the_camp(nlp):
    x = _x(nlp, "Militiamen overran the Kalma camp east of Nyala in March. Dozens of residents were shot there, aid "
                "workers said.")
    names = {e.id: e.name for e in x.entities}
    assert [{names[p] for p in v.places} for v in x.events if v.role == "incident"] == [{"Nyala"}, {"Kalma camp"}]


FORCE_ROWS = [
    ("Gunmen shot dead four men near Bignona, in the Ziguinchor region of Senegal. The Senegalese army blamed "
     "the rebels.", {"Senegalese army"}),
    ("Gunmen shot dead four men near Bignona, Senegal. Senegalese troops later detained 11 men.",
     {"Senegalese troops"}),
    # a nationality word of a country the report does not name stays out of the state's mention
    ("Gunmen shot dead four men near Bignona, Senegal, on Monday. Gambian troops and the army later detained 11 "
     "men.", {"army"}),
]


@pytest.mark.parametrize(("text", "forms"), FORCE_ROWS)
def test_nationality_word_joins_the_force(nlp, text, forms):
    x = _x(nlp, text)
    state = next(e for e in x.entities if e.kind == "Actor" and e.name == "Senegal")
    assert {m.text for m in state.mentions} == forms
