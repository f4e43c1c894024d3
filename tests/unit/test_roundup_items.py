"""Roundup items placed apart (roundup_items.py): a bullet or labelled item that points back
("that strike") but names a town of its own is an incident of its own; an update naming the
earlier item's town, or no town, still joins it."""

from __future__ import annotations

from incident_rows import placed_tolls

from sitgraph.loaders.extract.roundup_items import opens_item
from sitgraph.loaders.extract.rules import disabled

RULE = "assemble.roundup-item-elsewhere"
HEAD = "South Lebanon: key events\n\n"
SHELLED = "- Artillery shelled the outskirts of Khiam overnight, the news agency reported. No one was hurt.\n"


def _arnoun(place: str) -> str:
    return (f"- One of the people wounded in Wednesday's drone strike on a car in {place} died in hospital, "
            "the health ministry said, bringing that strike's toll to three.\n")


def test_an_item_elsewhere_is_its_own_incident(nlp):
    rows = placed_tolls(nlp, HEAD + SHELLED + _arnoun("Arnoun"))
    assert sorted((kind, killed, date, where) for kind, killed, _w, date, where in rows) == [
        ("Attack", 0, "2024-06-14", ("Khiam",)),
        ("Attack", 3, "2024-06-12", ("Arnoun",)),
    ]


def test_an_update_for_the_same_town_still_joins(nlp):
    rows = placed_tolls(nlp, HEAD + SHELLED + _arnoun("Khiam"))
    assert len(rows) == 1 and rows[0][4] == ("Khiam",)


def test_an_update_naming_no_town_still_joins(nlp):
    text = (HEAD + "- A drone strike on a car in Arnoun killed two people on Wednesday, the ministry said.\n"
            "- One of the people wounded in that strike died on Thursday, bringing its toll to three.\n")
    rows = placed_tolls(nlp, text)
    assert len(rows) == 1 and rows[0][4] == ("Arnoun",)


LABELLED = ("Sudan news in brief\n\n"
            "Market shelled: Shells fell on a market in Omdurman on Saturday, killing 12 people, medics said.\n\n"
            "Drones: Army drones hit a fuel depot in Nyala on Sunday, the army said.\n\n"
            "Update: One of the wounded in Sunday's strike in Kutum died, bringing that strike's toll to two.\n\n"
            "Aid: A convoy of trucks carrying food reached El Obeid after a long journey.\n")


def test_labelled_items_count_as_items():
    text = LABELLED
    assert opens_item(text, text.index("Update:"))
    assert opens_item(text, text.index("One of the wounded"))
    assert not opens_item(text, text.index("bringing"))


def test_bullets_count_and_prose_does_not():
    text = HEAD + SHELLED
    assert opens_item(text, text.index("- Artillery"))
    assert opens_item(text, text.index("Artillery"))
    assert not opens_item(text, text.index("No one"))
    prose = "Artillery shelled Khiam overnight.\n\nOne of the wounded in the strike in Arnoun died.\n"
    assert not opens_item(prose, prose.index("One of"))  # a paragraph of running text: no item


def test_prose_is_left_alone(nlp):
    text = ("Artillery shelled the outskirts of Khiam overnight, the news agency reported.\n\n"
            + _arnoun("Arnoun")[2:])
    with disabled({RULE}):
        off = placed_tolls(nlp, text)
    assert placed_tolls(nlp, text) == off


def test_a_labelled_item_elsewhere_is_its_own_incident(nlp):
    rows = placed_tolls(nlp, LABELLED)
    assert sorted(((killed, date, where) for _k, killed, _w, date, where in rows), key=str) == sorted([
        (12, "2024-06-08", ("Omdurman",)),
        (None, "2024-06-09", ("Nyala",)),
        (2, "2024-06-09", ("Kutum",)),
    ], key=str)
