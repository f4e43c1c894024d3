"""Places and facilities across outlets and wars.

The one table of place words (loaders/data/words.yaml ``place_words``, read by place_words.py)
and what every reader takes from it; then a metamorphic table of sentences written for this
file in the ways wire agencies, broadcasters, UN situation reports, rights groups, daily war
updates and national papers name places and facilities (Sudan, Myanmar, the Sahel, Nigeria,
DR Congo, Ethiopia, Lebanon, Ukraine, Haiti, Colombia, Mozambique, Pakistan, Iraq, Yemen,
Somalia). Each row gives the exact names the annotation guide asks for. Rows still failing
are strict xfails whose reason says what is left.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.place_words import BODY_WORDS, FIRST_LEVEL, place_type, place_words
from sitgraph.loaders.extract.wordlists import parse_tables

# --- the one table ---------------------------------------------------------------------------


def test_tables_parse_with_their_columns_in_order():
    text = "a: [x]\nt:\n  village: [village, settlement]\n  LGA: [district, admin, body]\n"
    assert parse_tables(text) == {"t": {"village": ("village", "settlement"), "LGA": ("district", "admin", "body")}}


def test_one_type_per_word_and_plurals():
    assert [place_type(w) for w in ("village", "villages", "Township", "local government area", "oblast")] == \
        ["village", "village", "district", "district", "province"]
    assert place_type("area") is None and place_type("bakery", "town") == "town"


def test_classes_and_first_level_divisions():
    assert {"village", "town", "city", "hamlet"} <= set(place_words("settlement"))
    assert "village" not in place_words("admin") and "township" in place_words("admin")
    admin = place_words("admin")
    assert admin.index("local government area") < admin.index("local government")  # longest first
    assert {"province", "governorate", "oblast", "state", "region"} <= FIRST_LEVEL
    assert not FIRST_LEVEL & {"district", "township", "county", "village"}
    # a word that also ends a body's name ("Islamic State", "Green Zone") is marked so
    assert {"state", "zone", "district"} <= BODY_WORDS and "township" not in BODY_WORDS
    assert "state" not in place_words("admin", bodies=False) and "township" in place_words("admin", bodies=False)


def test_every_reader_takes_its_words_from_the_table():
    from sitgraph.loaders.extract import admin_places, gazetteer, places, relation_chains, relations

    for word in place_words("admin"):
        phrase = f"Kani {word}"
        assert admin_places.NAME_THEN_ADMIN.search(phrase), word
        assert gazetteer.strip_qualifiers(phrase) == ("Kani", "area"), word
        assert re.fullmatch(relation_chains.ADMIN_WORD, word, re.IGNORECASE), word
    for word in place_words("settlement"):
        assert places.PLACE_OF.search(f"the {word} of Kani").group("name") == "Kani", word
        assert gazetteer.strip_qualifiers(f"Kani {word}") == ("Kani", "settlement"), word
    for word in FIRST_LEVEL:
        assert relations.ADMIN1_AFTER.match(f" {word}"), word
