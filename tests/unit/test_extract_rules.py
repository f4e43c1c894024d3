"""Classes of cases the extraction rules cover: small towns, names inside facility names,
groups of named actors, inferred air-power perpetrators, reported clauses, robustness.
Sentences are written for the tests (several wars), not taken from any evaluation set."""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.inference import (
    INFERRED_CONFIDENCE,
    AirPowerError,
    air_operators,
    one_country,
    parse_air_power,
)

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def run(nlp, text, published="2019-06-10"):
    x = extracted(nlp, text, published)
    names = {e.id: e.name for e in x.entities}
    ents = {(e.kind, e.name) for e in x.entities}
    events = [{"kind": v.kind, "type": v.type, "actors": {names[a] for a in v.actors},
               "targets": {names[a] for a in v.targets}, "places": {names[a] for a in v.places},
               "confidence": v.confidence} for v in x.events]
    return x, ents, events


@pytest.mark.parametrize("text,place", [
    ("Two teachers were wounded by shelling in Kafr Halab village on Sunday.", "Kafr Halab"),
    ("A volunteer was injured when a shell hit Tal Mardikh town.", "Tal Mardikh"),
    ("Gunmen shot a driver near Wadi Hamra, local sources said.", "Wadi Hamra"),
    ("Fighters abducted three nurses on the road between Kutum and Um Baru on Monday.", "Um Baru"),
    ("A shell landed on a house in Jabal Awliya, killing two people.", "Jabal Awliya"),
])
def test_small_towns_are_places(nlp, text, place):
    _, ents, _ = run(nlp, text)
    assert ("Place", place) in ents


@pytest.mark.parametrize("text", [
    "Protesters gathered in Parliament Square on Friday.",
    "The statement was published in English and Arabic.",
])
def test_locative_rule_keeps_off_non_places(nlp, text):
    _, ents, _ = run(nlp, text)
    assert not {n for k, n in ents if k == "Place"} & {"English", "Arabic", "Friday"}


def test_name_part_of_facility_is_no_place_of_another_country(nlp):
    # "al-Thawra" is also an old name of a Syrian town; in a Yemeni report it names a hospital.
    _, ents, _ = run(nlp, "An airstrike hit the gate of al-Thawra hospital in Taiz on Monday, killing four.")
    assert ("Place", "Taiz") in ents or any(k == "Place" and "Ta" in n for k, n in ents)
    assert not any(k == "Place" and "Thawra" in n for k, n in ents)
    assert any(k == "Facility" and "Thawra" in n for k, n in ents)


def test_unknown_name_inside_camp_name_is_not_a_place(nlp):
    _, ents, ev = run(nlp, "Shelling hit the Um Sabreen camp for displaced people near El Fasher, killing six.")
    assert not any(k == "Place" and "Sabreen" in n for k, n in ents)
    assert [e["kind"] for e in ev] == ["Attack"]  # "displaced people" names the camp's people
    assert ev[0]["targets"] == {"Um Sabreen camp for displaced people", "civilians"}
    assert ev[0]["actors"] == set() and ev[0]["places"] == {"El Fasher"}


def test_facility_head_inside_actor_name_is_no_facility(nlp):
    _, ents, _ = run(nlp, "Fighters of the Government of National Accord shelled Tarhuna on Friday.")
    assert not any(k == "Agreement" for k, _ in ents)


def test_contrasting_short_form_is_another_facility(nlp):
    _, ents, ev = run(nlp, "LNA warplanes struck Mitiga airport on Monday. On Tuesday GNA forces said they had "
                           "retaken the old airport south of the capital.")
    assert {n for k, n in ents if k == "Facility"} == {"Mitiga airport", "old airport"}
    assert [(e["kind"], e["actors"], e["targets"]) for e in ev] == [
        ("Attack", {"Libyan National Army"}, {"Mitiga airport"}),
        ("Capture", {"Government of National Accord"}, {"old airport"})]


def test_plants_and_factories_are_facilities(nlp):
    _, ents, _ = run(nlp, "Russian missiles hit the Kremenchuk oil refinery and a factory in Dnipro.")
    assert ("Facility", "Kremenchuk oil refinery") in ents or any(k == "Facility" and "refinery" in n
                                                                   for k, n in ents)
    _, ents, _ = run(nlp, "Shelling damaged the Zaporizhstal steel plant overnight.")
    assert any(k == "Facility" and "Zaporizhstal" in n for k, n in ents)


def test_group_of_named_actor_is_that_actor(nlp):
    _, ents, ev = run(nlp, "Fighters of the Rapid Support Forces looted the market in Nyala on Sunday.")
    assert {n for k, n in ents if k == "Actor"} == {"Rapid Support Forces"}
    assert len(ev) == 1 and ev[0]["actors"] == {"Rapid Support Forces"}
    assert ev[0]["targets"] == {"market"} and ev[0]["places"] == {"Nyala"}


def test_hyphenated_first_name_keeps_whole_name(nlp):
    _, ents, _ = run(nlp, "Troops loyal to Abd-Rabbu Mansour Hadi retook the port on Friday.")
    assert ("Actor", "Abd-Rabbu Mansour Hadi") in ents


def test_retaking_ground_from_an_armed_side_is_capture(nlp):
    _, _, ev = run(nlp, "Ukrainian forces said they had driven Russian troops out of Kupiansk and regained "
                        "control of two villages near the Russian border.")
    assert [e["kind"] for e in ev] == ["Capture"]
    assert ev[0]["actors"] == {"Ukraine"} and ev[0]["places"] == {"Kupiansk"}
    assert ev[0]["targets"] == set()  # the side driven out is not the ground taken


def test_participle_subject_and_dropped_bombs(nlp):
    _, _, ev = run(nlp, "A clinic was damaged as a result of Russian warplanes firing missiles nearby.")
    assert len(ev) == 1 and ev[0]["actors"] == {"Russia"} and ev[0]["targets"] == {"clinic"}
    _, _, ev = run(nlp, "Regime helicopters dropped barrel bombs on Kafr Zita on Friday.")
    assert len(ev) == 1 and ev[0]["type"] == "barrel_bomb" and ev[0]["actors"] == {"Syrian government"}
    assert ev[0]["places"] == {"Kafr Zita"} and ev[0]["targets"] == set()


def test_campaign_actors_did_the_killing(nlp):
    _, _, ev = run(nlp, "A nurse was killed at home during an air campaign by the Russian military against "
                        "villages of southern Idlib.")
    assert len(ev) == 1 and ev[0]["actors"] == {"Russia"}
    assert ev[0]["targets"] == {"civilians"} and ev[0]["places"] == {"Idlib"}


def test_aid_workers_are_their_own_victim_group(nlp):
    _, ents, ev = run(nlp, "Gunmen kidnapped two aid workers near Kutum on Sunday.")
    assert len(ev) == 1 and ev[0]["kind"] == "Abduction" and ev[0]["targets"] == {"aid workers"}
    assert ev[0]["actors"] == {"unknown gunmen"} and ev[0]["places"] == {"Kutum"}


# --- inferred air-power perpetrators ---------------------------------------------------


def test_air_power_table_parses_and_answers():
    table = parse_air_power(
        "- {country: sy, since: 2015-09-30, actors: [gov, ru]}\n- {country: SY, until: 2015-09-29, actors: [gov]}\n"
        "- {country: LY, actors: []}\n")
    assert air_operators("SY", "2019-05-01", table) == ("gov", "ru")
    assert air_operators("SY", "2014-02-01", table) == ("gov",)
    assert air_operators("LY", "2019-05-01", table) == ()
    assert air_operators(None, "2019-05-01", table) == ()
    with pytest.raises(AirPowerError, match="needs country"):
        parse_air_power("- {actors: [x]}")
    assert one_country(["SY", "SY", "TR"]) == "SY" and one_country(["SY", "TR"]) is None


def test_unattributed_airstrike_gets_inferred_actors(nlp):
    _, _, ev = run(nlp, "A volunteer was killed by an airstrike in Kafranbel, Idlib, on Tuesday.")
    assert len(ev) == 1 and ev[0]["actors"] == {"Syrian government", "Russia"}
    assert ev[0]["targets"] == {"civilians"} and ev[0]["places"] == {"Kafranbel", "Idlib"}
    assert ev[0]["confidence"] == INFERRED_CONFIDENCE


def test_inference_needs_air_means_and_one_side_flying(nlp):
    _, _, ev = run(nlp, "Shelling hit a school in Ariha, Idlib, on Tuesday, wounding three children.")
    assert ev[0]["actors"] == set()  # artillery: many sides have it
    assert ev[0]["targets"] == {"school", "civilians"} and ev[0]["places"] == {"Ariha", "Idlib"}
    _, _, ev = run(nlp, "An airstrike hit a field hospital near Gharyan, Libya, on Monday, wounding two.")
    assert ev[0]["actors"] == set()  # several parties fly over Libya
    _, _, ev = run(nlp, "Sudanese army warplanes bombed a market in Nyala on Monday, killing nine.")
    assert ev[0]["actors"] == {"Sudanese Armed Forces"} and ev[0]["confidence"] > INFERRED_CONFIDENCE
    assert ev[0]["targets"] == {"market", "civilians"} and ev[0]["places"] == {"Nyala"}


# --- robustness --------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\n\t  ", "\u00a0\u2028\u2029", "...", "Idlib"])
def test_empty_and_odd_reports_do_not_crash(nlp, text):
    x, _, ev = run(nlp, text)
    assert ev == [] and x.report.text == text


def test_long_report_with_odd_whitespace(nlp):
    para = ("Russian warplanes\u00a0struck a market in Saraqib on Monday,\tkilling 5 civilians.\r\n"
            "Rebels  fired rockets at Hama\u2009airbase.\n\n\n")
    x, _, ev = run(nlp, para * 60)
    assert len(ev) >= 60 and all(e["kind"] == "Attack" for e in ev)


def test_every_actor_file_loads_and_air_power_names_known_actors():
    from sitgraph.loaders.extract.actors import ACTOR_DIR, load_actors, parse_actors
    from sitgraph.loaders.extract.inference import load_air_power

    actors = load_actors()
    files = sorted(ACTOR_DIR.glob("*.yaml"))
    assert len(files) >= 2
    for path in files:
        for entry in parse_actors(path.read_text(encoding="utf-8"), path.name):
            assert entry.key in actors.entries, f"{path.name}: {entry.key}"
    for row in load_air_power():
        for key in row.actors:
            assert actors.get(key) is not None, key


@pytest.mark.parametrize("sentence,typ", [
    ("A Syrian regime missle hit the car.", "missile_strike"),
    ("The clinic was damaged by an airtstrike on Sunday.", "airstrike"),
    ("Ambulances were fired at by militiamen near the checkpoint.", "shooting"),
    ("A doctor was assaulted at gunpoint in the hospital.", "shooting"),
])
def test_weapon_words_and_misspellings(sentence, typ):
    from sitgraph.loaders.extract.triggers import attack_type

    assert attack_type(sentence) == typ
