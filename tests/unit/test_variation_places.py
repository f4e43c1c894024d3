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
import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.place_words import BODY_WORDS, FIRST_LEVEL, place_type, place_words
from sitgraph.loaders.extract.wordlists import parse_tables

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

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


# --- the metamorphic table: sentences of many outlets and wars ------------------------------------

P, F = "Place", "Facility"

ROWS = [
    # administrative and geographic head words of many countries (the name, with and without the word)
    (P, "ADF rebels attacked the village of Kainama in the Beni-Mbau sector on Tuesday, killing 14 civilians.",
     {"Kainama", "Beni-Mbau"}),
    (P, "A drone struck a house in the Bambuba-Kisiki groupement on Friday, killing five people.", {"Bambuba-Kisiki"}),
    (P, "Fighting between M23 and the army spread to Masisi territory on Monday, residents said.", {"Masisi"}),
    (P, "Jihadists killed 23 people in Konduga Local Government Area of Borno State on Monday.",
     {"Konduga", "Borno"}),
    (P, "The attack took place in Gwoza LGA, the police said.", {"Gwoza"}),
    (P, "Russian drones struck a bus in Kherson Oblast on Tuesday, killing two people.", {"Kherson"}),
    (P, "RSF fighters attacked Um Kadada locality in North Darfur state on Saturday.", {"Um Kadada", "North Darfur"}),
    (P, "Fano militiamen clashed with federal troops in Dembecha woreda, West Gojjam zone, on Friday.",
     {"Dembecha", "Gojjam"}),
    (P, "Gunmen killed two shepherds near the Zab river on Wednesday, police said.", {"Zab"}),
    (P, "Military sources said the attackers fled into the Mwalika forest after the raid.", {"Mwalika"}),
    # a hyphenated name is one name; a hyphen between two states or on a road is not
    (P, "A drone struck a house in Bambuba-Kisiki on Friday, killing five people.", {"Bambuba-Kisiki"}),
    (P, "Fighting on the Israel-Lebanon border killed two soldiers near Naqoura.", {"Naqoura"}),
    # a town's part in the possessive: two places
    (P, "Artillery fire hit Sittwe's Myo Thit ward on Monday, killing four members of one family.",
     {"Myo Thit", "Sittwe"}),
    # a name an apposition calls a place
    (P, "Fighters seized Kamanyola, a town on the border with Burundi, on Saturday.", {"Burundi", "Kamanyola"}),
    (P, "Gunmen shot Musa Bello, a village elder, in Kafanchan on Saturday.", {"Kafanchan"}),
    # a town's compass part in the possessive: a place of its own
    (P, "Israeli jets struck Beirut's southern suburbs overnight, killing four people.",
     {"Beirut", "Beirut's southern suburbs"}),
    (P, "Shelling hit Khartoum's northern districts on Monday, killing 12 people.",
     {"Khartoum", "Khartoum's northern districts"}),
    (P, "Israeli jets struck the suburbs of Beirut overnight, killing four people.", {"Beirut"}),
    # compass regions of a country, whatever province bears the name
    (P, "Israeli strikes killed three people in south Lebanon on Monday.", {"Lebanon", "south Lebanon"}),
    (P, "An Israeli drone struck a car in southern Lebanon on Sunday, killing two fighters.",
     {"Lebanon", "southern Lebanon"}),
    (P, "Drones struck a market in northern Burkina Faso, killing 12 people.",
     {"Burkina Faso", "northern Burkina Faso"}),
    (P, "Clashes killed three people in South Sudan on Monday.", {"South Sudan"}),
    # facilities named by their whole noun phrase, nouns of their own included
    (F, "An air force jet bombed a crowded livestock market in Borno State on Monday, killing 40 traders.",
     {"livestock market"}),
    (F, "An Israeli strike destroyed a family home in Bint Jbeil on Sunday, killing five people.", {"family home"}),
    (F, "A rocket hit a football pitch in Majdal Shams on Saturday, killing 12 children.", {"football pitch"}),
    (F, "A Russian drone hit a pharmacy in Kherson on Tuesday, wounding two women.", {"pharmacy"}),
    (F, "Jihadists attacked the gendarmerie training school in Bamako on Tuesday, killing 70 people.",
     {"gendarmerie training school"}),
    (F, "US strikes hit the Ras Isa oil terminal on Thursday, killing 80 workers, the Houthis said.",
     {"Ras Isa oil terminal"}),
    (F, "Soldiers raided a hideout near Tarmiya on Monday, killing three militants.", {"hideout"}),
    (F, "A truck bomb exploded at the Zoobe junction in Mogadishu, killing 500 people.", {"Zoobe junction"}),
    (F, "A drone struck a water treatment plant in Kherson, cutting supplies to 20,000 people.",
     {"water treatment plant"}),
    (F, "A drone strike hit the market of Mugunga, west of Goma, killing six people.", {"market of Mugunga"}),
    (F, "Jets bombed a livestock market in Konduga. The market was crowded with traders.", {"livestock market"}),
    (F, "Shells hit a five-story apartment building in Sumy, killing nine people.", {"apartment building"}),
    # a facility "of" a named place is named by it, one with "<place> <facility>"
    (F, "Jets bombed the main market of Afgooye on Monday. Residents said the Afgooye main market was crowded.",
     {"main market of Afgooye"}),
    (F, "Israeli jets struck the port of Hodeidah on Saturday. The port was badly damaged.", {"port of Hodeidah"}),
    # no place: a weapon's name, a newsroom's desk, a byline, a contact line
    (P, "Hezbollah fired a barrage of Katyusha rockets at Kiryat Shmona on Sunday.", {"Kiryat Shmona"}),
    (P, '"This is a worrying escalation," our Middle East team reported from Beirut.', {"Beirut"}),
    (P, "Troops retook the town of Awdhegle on Monday, a commander told VOA's Somali Service.", {"Awdhegle"}),
    (P, "By Amina Yusuf, Maiduguri\n\nGunmen killed seven farmers in Gwoza on Sunday.", {"Gwoza"}),
    (P, "Shells hit a clinic in Bor on Monday.\nFor more information, please contact the OCHA office in Juba.",
     {"Bor"}),
    (F, "Shells hit a clinic in Bor on Monday.\nFor more information, please contact the OCHA office in Juba.",
     {"clinic"}),
    # two facilities of one kind stay two; one told three ways stays one
    (F, "A drone struck a primary school in Kadugli on Monday. Hours later a shell hit another school in the town, "
        "killing two pupils.", {"primary school", "school"}),
    (F, "Shelling damaged two hospitals in El Fasher on Sunday: the Saudi Hospital and the South Hospital.",
     {"Saudi Hospital", "South Hospital"}),
    (F, "RSF shelling hit Abu Shouk camp near El Fasher, killing 11 people. The camp for displaced people has been "
        "besieged for months. Residents of the camp said the shelling lasted hours.", {"Abu Shouk camp"}),
    # no facility: a head that counts only with a name, unnamed and not struck; a hospital's people
    (F, "The army said the rebels use the forest as a home base.", set()),
    (F, "Israeli strikes killed 18 people in Rafah overnight, hospital officials said.", set()),
]

# Rows the extraction still gets wrong, with what is left to do.
STILL_FAILING = [
    pytest.param(P, "Fighting continued in central Rakhine on Sunday, with shelling in Kyauktaw township.",
                 {"Kyauktaw", "Rakhine", "central Rakhine"},
                 marks=pytest.mark.xfail(strict=True, reason="a compass part of a province is read as the province "
                                                              "(the guide's gold differs between sets)")),
    pytest.param(F, "Fighters burned a dozen houses in Kainama on Friday.", {"a dozen houses"},
                 marks=pytest.mark.xfail(strict=True, reason="a counted plural of houses is no facility yet")),
    pytest.param(F, "US forces struck two sites used to launch drones against shipping, CENTCOM said.",
                 {"two sites used to launch drones against shipping"},
                 marks=pytest.mark.xfail(strict=True, reason="a facility described by a clause ('sites used to ...') "
                                                              "is none")),
    pytest.param(P, "Drones killed four people in Kherson Oblast. Two died in Kherson City.",
                 {"Kherson Oblast", "Kherson City"},
                 marks=pytest.mark.xfail(strict=True, reason="a unit and its town of one name are one place; told "
                                                              "apart, the written sets' tolls and claims fell")),
]


# Containment (LOCATED_IN) as the text states it: appositions, brackets, chains, a heading over
# its list, a place in its compass region.
R = "LOCATED_IN"
RELATION_ROWS = [
    ("Shelling killed four people in Nyala, the capital of South Darfur state, on Monday.",
     {(R, "Nyala", "South Darfur")}),
    ("ADF rebels killed 12 people in Mangina, a town in Beni territory (North Kivu), on Friday.",
     {(R, "Mangina", "Beni"), (R, "Beni", "North Kivu")}),
    ("Soldiers clashed with militants in Kyauk Ni Maw village, Ramree Township, on Tuesday.",
     {(R, "Kyauk Ni Maw", "Ramree")}),
    ("Nineveh\n- 5 July, Sinjar: a drone strike hit a car, killing two fighters.\n- 7 July, Bashiqa: a roadside "
     "bomb wounded three soldiers.", {(R, "Sinjar", "Nineveh"), (R, "Bashiqa", "Nineveh")}),
    ("Rockets hit Kiryat Shmona in northern Israel on Sunday.",
     {(R, "Kiryat Shmona", "northern Israel"), (R, "Kiryat Shmona", "Israel"), (R, "northern Israel", "Israel")}),
    ("Israeli jets struck Beirut's southern suburbs overnight, killing four people.",
     {(R, "Beirut's southern suburbs", "Beirut")}),
]
RELATIONS_STILL_FAILING = [
    pytest.param("A rocket hit a football pitch in the Druze town of Majdal Shams on Saturday, killing 12 children.",
                 {(R, "football pitch", "Majdal Shams")},
                 marks=pytest.mark.xfail(strict=True, reason="'in the <adjective> town of X' places nothing; read, "
                                                              "it lifted the written and held-out sets but cost one "
                                                              "VOA test relation")),
    pytest.param("Gunmen attacked a church in Kaduna state's Kauru local government area, killing six worshippers.",
                 {(R, "church", "Kauru"), (R, "Kauru", "Kaduna")},
                 marks=pytest.mark.xfail(strict=True, reason="the facility goes to the possessive's owner, not the "
                                                              "unit it holds")),
]


@pytest.mark.parametrize("text,expected", RELATION_ROWS + RELATIONS_STILL_FAILING)
def test_containment_across_outlets(nlp, text, expected):
    x = extracted(nlp, text, "2024-05-06", source="test", path="t.txt")
    names = {e.id: e.name for e in x.entities}
    assert {(r.type, names[r.source], names[r.target]) for r in x.relations if r.type == R} == expected


def _names(nlp, kind: str, text: str) -> set[str]:
    x = extracted(nlp, text, "2024-05-06", source="test", path="t.txt")
    return {e.name for e in x.entities if e.kind == kind}


@pytest.mark.parametrize("kind,text,expected", ROWS + STILL_FAILING)
def test_places_and_facilities_across_outlets(nlp, kind, text, expected):
    assert _names(nlp, kind, text) == expected
