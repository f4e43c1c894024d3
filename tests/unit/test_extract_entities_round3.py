"""Entities, third round: compass regions of a country, places in brackets after a
settlement word, facility and agreement forms. Every report here is written for this file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def _x(nlp, text):
    return extracted(nlp, text, "2024-03-05", source="test", path="t.txt")


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


# --- facilities -------------------------------------------------------------------------------


def _facilities(x):
    return {e.name: tuple(sorted(set(e.forms))) for e in x.entities if e.kind == "Facility"}


def test_struck_hotel_library_and_block_are_facilities(nlp):
    x = _x(nlp, "Gunmen stormed a hotel in Kismayo on Monday. Fighters set fire to a library in Gao. "
                "A rocket hit an apartment block in Sderot.")
    assert set(_facilities(x)) == {"hotel", "library", "apartment block"}


def test_unnamed_facility_nobody_strikes_is_dropped(nlp):
    x = _x(nlp, "The reporter, who lives in a hotel, said talks would resume.")
    assert _facilities(x) == {}


def test_facility_word_read_as_a_verb_is_no_facility(nlp):
    x = _x(nlp, "Many families were crossing into Chad after gunmen attacked Adre on Monday.")
    assert _facilities(x) == {}
    x = _x(nlp, "Gunmen attacked the Adre border crossing on Monday.")
    assert set(_facilities(x)) == {"Adre border crossing"}


def test_unnamed_plural_facility_is_none_but_a_named_one_stays(nlp):
    x = _x(nlp, "Airstrikes hit hospitals in the province and rebel bases near Bambari on Monday.")
    assert _facilities(x) == {}
    x = _x(nlp, "Airstrikes hit Turkish observation posts near Saraqib on Monday.")
    assert set(_facilities(x)) == {"Turkish observation post"}


def test_bare_head_refers_back_to_the_one_compound(nlp):
    x = _x(nlp, "Gunmen attacked an army checkpoint near Afgoye. The checkpoint was overrun.")
    assert _facilities(x) == {"army checkpoint": ("army checkpoint", "checkpoint")}
    x = _x(nlp, "Gunmen attacked an army checkpoint and a police checkpoint near Afgoye. The checkpoint was overrun.")
    assert _facilities(x) == {"army checkpoint": ("army checkpoint",), "police checkpoint": ("police checkpoint",)}


def test_one_of_its_bases_is_one_facility(nlp):
    x = _x(nlp, "The army said one of its bases near Afgoye came under fire on Sunday.")
    assert set(_facilities(x)) == {"bases"}


# --- agreements -------------------------------------------------------------------------------


def _agreements(x):
    return {e.name: tuple(sorted(set(e.forms))) for e in x.entities if e.kind == "Agreement"}


def test_truce_word_before_agreement_is_one_mention_labelled_by_the_truce_word(nlp):
    x = _x(nlp, "The two sides signed a cease-fire agreement in Addis Ababa. The truce took hold at dawn.")
    assert _agreements(x) == {"cease-fire": ("cease-fire agreement", "truce")}


def test_cessation_of_hostilities_agreement_stays_apart_from_a_ceasefire(nlp):
    x = _x(nlp, "The sides signed a ceasefire on Friday. It replaces the cessation of hostilities agreement "
                "that collapsed in May.")
    assert _agreements(x) == {"ceasefire": ("ceasefire",),
                              "cessation of hostilities": ("cessation of hostilities agreement",)}


def test_peace_plan_is_an_agreement(nlp):
    x = _x(nlp, "The rebels said they had accepted a peace plan and would join talks in Muscat.")
    assert set(_agreements(x)) == {"peace plan"}
    x = _x(nlp, "The rebels said they had a plan to join talks in Muscat.")
    assert _agreements(x) == {}


def test_title_possessive_names_an_office(nlp):
    x = _x(nlp, "Gunmen stormed the district governor's office in Khost on Monday.")
    assert set(_facilities(x)) == {"district governor's office"}
    x = _x(nlp, "Gunmen stormed an office in Khost on Monday.")
    assert set(_facilities(x)) == {"office"}


def test_dotted_acronym_names_a_base(nlp):
    x = _x(nlp, "Militants attacked a joint U.S.-Kenyan base in Lamu County on Sunday.")
    assert set(_facilities(x)) == {"U.S.-Kenyan base"}


def test_agreement_named_by_its_year(nlp):
    x = _x(nlp, "The group mediated a 2005 agreement that ended the war.")
    assert set(_agreements(x)) == {"2005 agreement"}
    x = _x(nlp, "Gunmen killed 2015 cattle near Juba after the agreement collapsed.")
    assert "2015 agreement" not in _agreements(x)


def test_backer_is_not_an_agreements_name(nlp):
    x = _x(nlp, "Shelling broke the Kremlin-backed truce. Both sides said the cease-fire still held.")
    assert set(_agreements(x)) == {"truce"}
    x = _x(nlp, "The Houthis accepted a U.N.-brokered peace plan on Wednesday.")
    assert set(_agreements(x)) == {"peace plan"}


# --- actors ---------------------------------------------------------------------------------


def _actors(x):
    return {e.name: tuple(sorted(set(e.forms))) for e in x.entities if e.kind == "Actor"}


def test_qualified_militias_are_the_militia_actor(nlp):
    x = _x(nlp, "Fighting between Houthi rebels and Sunni militias forced residents of Rada to flee.")
    assert _actors(x)["militiamen"] == ("Sunni militias",)
    x = _x(nlp, "Clashes between Seleka fighters and community-based militias killed 12 people near Bouar.")
    assert _actors(x)["militiamen"] == ("community-based militias",)


def test_bare_militias_are_no_actor_of_their_own(nlp):
    x = _x(nlp, "Clashes between Seleka fighters and militias killed 12 people near Bouar.")
    assert "militiamen" not in _actors(x)


def test_a_witness_who_tells_is_a_source(nlp):
    x = _x(nlp, "A local witness told reporters that militants seized the town of Konna on Tuesday.")
    names = {e.id: e.name for e in x.entities}
    assert [[names[c] for c in v.claimed_by] for v in x.events] == [["witnesses"]]


def test_a_name_cut_in_two_is_one_person(nlp):
    x = _x(nlp, "President Abdu Rabu Mansour Hadi has insisted that the fighters pull back.")
    assert {n for n, _ in _actors(x).items()} == {"Abdu Rabu Mansour Hadi"}
    x = _x(nlp, "Abdu Rabu, Mansour Hadi and Ali Saleh met in Aden on Monday.")
    assert {"Abdu Rabu", "Mansour Hadi", "Ali Saleh"} <= set(_actors(x))


def test_country_joined_to_a_place_after_a_locative_is_a_place(nlp):
    x = _x(nlp, "Thousands fled Bangui, many crossing into Cameroon and Chad.")
    assert {"Cameroon", "Chad"} <= set(_places(x)) and "Chad" not in _actors(x)
    x = _x(nlp, "Thousands fled to Cameroon, and Chad sent troops to the border.")
    assert "Chad" not in _places(x) and "Chad" in _actors(x)


def test_islamic_state_in_iraq_and_the_levant_is_one_actor(nlp):
    x = _x(nlp, "Kurdish fighters clashed with a group called the Islamic State in Iraq and the Levant near Kobani.")
    assert _actors(x)["Islamic State"] == ("Islamic State in Iraq and the Levant",)
    assert "Levant" not in _places(x)


def test_gunmen_believed_to_be_a_group_are_that_group(nlp):
    x = _x(nlp, "Gunmen believed to be Boko Haram militants attacked Buni Yadi. The gunmen burned a school.")
    assert _actors(x) == {"Boko Haram": ("Boko Haram militants", "Gunmen", "gunmen")}
    names = {e.id: e.name for e in x.entities}
    # the school burned in the town attacked is more of the one incident (Buni Yadi is the town)
    assert [[names[a] for a in v.actors] for v in x.events] == [["Boko Haram"]]


def test_gunmen_beside_a_group_named_elsewhere_stay_unknown(nlp):
    x = _x(nlp, "Gunmen attacked a school in Buni Yadi. Boko Haram militants burned a school in Gujba.")
    assert _actors(x)["unknown gunmen"] == ("Gunmen",)


def test_names_listed_after_a_plural_place_word_are_places(nlp):
    x = _x(nlp, "Elections in the provinces of Anbar and Ninevah were put off by six months.")
    assert {"Anbar", "Ninevah"} <= set(_places(x))
    x = _x(nlp, "Officials from Anbar and Ninevah met on Monday.")
    assert "Ninevah" not in _places(x)


def test_a_place_listed_after_between_may_end_like_a_demonym(nlp):
    x = _x(nlp, "A bus was attacked between a place called Hola and Sraman, which is in Mandera.")
    assert {"Hola", "Sraman"} <= set(_places(x))
    x = _x(nlp, "Clashes between Kurds and Arabs killed five people in Raqqa on Sunday.")
    assert "Arabs" not in _places(x)


def test_short_name_goes_to_the_full_name_it_ends(nlp):
    x = _x(nlp, "Abdullahi Mohamed Nur owns the hotel. His friend Ali Abdi Abdullahi was there. "
                "Abdullahi was killed by the militants.")
    assert _actors(x)["Ali Abdi Abdullahi"] == ("Abdullahi", "Ali Abdi Abdullahi")
    assert "Abdullahi" not in _actors(x)


def test_a_word_of_a_persons_name_is_no_place(nlp):
    x = _x(nlp, "Riek Machar fled Juba in July. Talks between Machar and the government stalled.")
    assert set(_places(x)) == {"Juba"}
    assert _actors(x)["Riek Machar"] == ("Machar", "Riek Machar")


def test_unnamed_afghan_forces_are_the_afghan_state(nlp):
    x = _x(nlp, "Afghan security forces repelled a Taliban attack on Khanashin, the provincial government said.")
    assert "Afghan National Defense and Security Forces" not in _actors(x)
    assert "Afghan security forces" in _actors(x)["Islamic Republic of Afghanistan"]
    x = _x(nlp, "The Afghan National Army repelled a Taliban attack on Khanashin on Monday.")
    assert "Afghan National Defense and Security Forces" in _actors(x)


def test_forces_under_a_two_word_demonym_are_the_state(nlp):
    x = _x(nlp, "South Sudanese soldiers fought rebels in Bor on Monday.")
    assert _actors(x)["South Sudan"] == ("South Sudanese soldiers",)
    x = _x(nlp, "The South Sudan People's Defence Forces fought rebels in Bor on Monday.")
    assert "South Sudan People's Defence Forces" in _actors(x)


def test_the_government_speaking_is_the_report_state(nlp):
    x = _x(nlp, "South Sudanese soldiers fought rebels in Bor, the government said.")
    assert _actors(x)["South Sudan"] == ("South Sudanese soldiers", "government")
    x = _x(nlp, "South Sudanese soldiers fought rebels in Bor, the Kenyan government said.")
    assert "Kenyan government" in _actors(x)["Kenya"]
