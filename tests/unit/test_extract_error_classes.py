"""Classes of error found on reports of other wars (fourth round): acronyms that are
English words, occupational victim groups, vague tolls, clashes and ambushes, bombings
with no aircraft, weapons as subjects, over-merged incidents and places outside the
report's country. Sentences are written for the tests, not taken from any evaluation set."""

import json
import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.actors import load_actors
from sitgraph.loaders.extract.numbers import find_casualties
from sitgraph.loaders.extract.triggers import attack_type

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_dicts  # noqa: E402
from report_reads import extracted  # noqa: E402

run = event_dicts  # (extraction, event dicts) of a text read as one report


# --- 1. acronyms that are English words ------------------------------------------------

@pytest.mark.parametrize("text,actor", [
    ("IS kidnapped 15 herders near Tal Afar on Tuesday.", "Islamic State"),
    ("IS executed four teachers in Raqqa.", "Islamic State"),
    ("IS militants abducted nine fishermen near Baiji.", "Islamic State"),
    ("The US struck a weapons depot near Sanaa.", "United States"),
])
def test_acronym_subject_is_the_actor(nlp, text, actor):
    _, events = run(nlp, text)
    assert len(events) == 1 and actor in events[0]["actors"]


def test_acronym_word_in_a_line_of_capitals_is_the_word():
    hits = load_actors().find("FIGHTING IS REPORTED IN THE NORTH\nIS fighters shelled Mosul.")
    assert len(hits) == 1 and hits[0].text.startswith("IS") and hits[0].start > 30


@pytest.mark.parametrize("text,arakan", [
    ("AA fighters attacked a police post in Buthidaung.", True),
    ("The Arakan Army said it had overrun a junta base. The AA seized a border post in Maungdaw.", True),
    ("Turkish drones struck a village near Qamishli, AA reported.", False),
])
def test_context_acronym_needs_its_context(nlp, text, arakan):
    x, _ = run(nlp, text)
    assert any(e.name == "Arakan Army" for e in x.entities) is arakan


def test_context_alias_parsed_and_flagged():
    from sitgraph.loaders.extract.actors import ActorDictionary, merge_entries, parse_actors

    entries = parse_actors("- {key: x, name: Xland Army, type: armed_group, aliases: [Xland Army], "
                           "context_aliases: [XA]}")
    d = ActorDictionary(merge_entries(entries))
    assert [(h.text, h.contextual) for h in d.find("Xland Army and XA fighters")] == [
        ("Xland Army", False), ("XA", True)]


def test_lower_case_us_is_no_actor():
    assert not [h for h in load_actors().find("Witnesses told us the strike hit a school.") if h.text.lower() == "us"]


# --- 2. victim groups --------------------------------------------------------------------

@pytest.mark.parametrize("text,surface", [
    ("IS militants kidnapped 15 shepherds near Hawija.", "shepherds"),
    ("Gunmen shot dead three fishermen near Lake Chad.", "fishermen"),
    ("Boko Haram fighters abducted 30 pupils in Kebbi.", "pupils"),
    ("Militants attacked worshippers at a mosque in Kano.", "worshippers"),
])
def test_occupational_group_is_civilian_target(nlp, text, surface):
    x, events = run(nlp, text)
    assert events and "civilians" in events[0]["targets"]
    civ = next(e for e in x.entities if e.type == "civilians")
    assert surface in [m.text.lower() for m in civ.mentions]


def test_migrants_are_a_victim_group_of_their_own(nlp):
    # the guide singles migrants out, as aid workers (actor.singled-out-victims)
    x, events = run(nlp, "Two migrants were wounded when guards fired on a boat off Zuwara.")
    assert events and events[0]["targets"] == {"migrants"}
    group = next(e for e in x.entities if e.name == "migrants")
    assert group.type == "civilians" and [m.text for m in group.mentions] == ["migrants"]


# --- 4. vague tolls -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "An air strike on the al-Jadida neighbourhood killed dozens of civilians in Mosul.",
    "The shelling of the market killed scores of villagers.",
    "A drone strike on the village killed several herders.",
    "The bombing of the bus station killed hundreds.",
])
def test_vague_toll_after_a_singular_subject_is_none(sentence):
    assert find_casualties(sentence).killed is None


def test_vague_toll_event_has_no_count(nlp):
    _, events = run(nlp, "An air strike on the Souq neighbourhood killed dozens of civilians in Mosul.")
    assert events and events[0]["killed"] is None


def test_singular_victim_still_counts():
    assert find_casualties("The mayor was killed in the attack.").killed == 1


# --- 6 and 7. clashes, ambushes, bombings, weapons as subjects --------------------------

@pytest.mark.parametrize("sentence,typ", [
    ("Al-Shabaab fighters ambushed a convoy near Mandera.", "armed_clash"),
    ("The Taliban fought Afghan forces in Kunduz.", "armed_clash"),
    ("The rebels attacked positions of the army near Bambari.", "armed_clash"),
    ("A bombing at a market in Kabul killed seven people.", "bombing"),
    ("An explosion tore through a mosque in Peshawar.", "bombing"),
    ("A blast killed nine people at a bus station in Quetta.", "bombing"),
    ("Warplanes bombed the town of Saraqib.", "airstrike"),
    ("A bombing raid by jets hit Ariha.", "airstrike"),
])
def test_attack_types(sentence, typ):
    assert attack_type(sentence) == typ


def test_clash_with_gives_the_other_side_as_target(nlp):
    _, events = run(nlp, "Government troops clashed with RSF fighters in El Obeid.")
    assert len(events) == 1 and events[0]["type"] == "armed_clash"
    assert events[0]["actors"] == {"Sudanese Armed Forces"} and events[0]["targets"] == {"Rapid Support Forces"}


def test_fought_gives_the_object_as_target(nlp):
    _, events = run(nlp, "The Taliban fought Afghan forces in Kunduz.")
    assert len(events) == 1 and events[0]["actors"] == {"Taliban"}
    assert events[0]["targets"] == {"Islamic Republic of Afghanistan"} and events[0]["places"] == {"Kunduz"}


@pytest.mark.parametrize("text,actor,target", [
    ("Ukrainian forces ambushed a Russian column near Bakhmut.", "Ukraine", "Russia"),
    ("Al-Shabaab fighters ambushed a Kenyan army convoy near Mandera.", "al-Shabaab", "Kenya"),
    ("Houthi fighters clashed with government forces in Marib.", "Houthis", "Yemeni government"),
])
def test_ambush_and_clash_targets(nlp, text, actor, target):
    _, events = run(nlp, text)
    assert len(events) == 1 and events[0]["type"] == "armed_clash"
    assert events[0]["actors"] == {actor} and events[0]["targets"] == {target}


def test_displaced_people_as_victims_are_no_displacement(nlp):
    _, events = run(nlp, "Hundreds of displaced people were wounded in the shelling of Rafah.")
    assert [e["kind"] for e in events] == ["Attack"] and events[0]["wounded"] is None
    assert events[0]["targets"] == {"civilians"} and events[0]["actors"] == set()


def test_vehicle_that_hit_a_mine_is_the_target(nlp):
    _, events = run(nlp, "A convoy of the Kenyan army hit an improvised explosive device near Mandera on Monday, "
                         "killing four soldiers.")
    assert len(events) == 1
    ev = events[0]
    assert ev["type"] == "bombing" and ev["actors"] == set() and ev["targets"] == {"Kenya"} and ev["killed"] == 4


def test_country_after_a_direction_is_a_place(nlp):
    places = places_of(nlp, "Suspected jihadists killed 14 villagers in an attack on the village of Seytenga "
                            "in northern Burkina Faso on Sunday.")
    assert "Burkina Faso" in places


@pytest.mark.parametrize("text,killed", [
    ("Twelve people were killed when a car bomb exploded in Mogadishu on Saturday.", 12),
    ("A blast killed nine people at a bus station in Quetta.", 9),
])
def test_weapon_as_subject(nlp, text, killed):
    _, events = run(nlp, text)
    assert len(events) == 1
    ev = events[0]
    assert ev["type"] == "bombing" and ev["actors"] == set() and ev["killed"] == killed


# --- 3. over-merging -----------------------------------------------------------------------

def test_shared_place_with_new_participants_is_another_incident(nlp):
    text = ("On Sunday, an ambulance was struck near Nasser Hospital in Khan Younis, killing two paramedics.\n\n"
            "Hamas fighters had fired mortars at Israeli troops east of Khan Younis, the group said.")
    _, events = run(nlp, text)
    assert len(events) == 2
    assert "Hamas" not in events[0]["actors"] and "Nasser Hospital" not in events[1]["targets"]


def test_new_perpetrator_in_the_same_town_is_another_incident(nlp):
    text = ("A drone hit a fuel depot in Kherson on Tuesday. "
            "Russian artillery shelled a school in Kherson, wounding four people.")
    _, events = run(nlp, text)
    assert len(events) == 2


@pytest.mark.parametrize("text,killed", [
    ("Gunmen attacked a police post in Tillaberi on Monday. The attack killed three officers.", 3),
    ("Russian missiles struck an apartment block in Kharkiv on Monday. Three people were killed in the strike.", 3),
    ("A car bomb exploded outside a hotel in Mogadishu. Two guards were killed near the hotel.", 2),
])
def test_referring_back_continues_the_incident(nlp, text, killed):
    _, events = run(nlp, text)
    assert len(events) == 1 and events[0]["killed"] == killed


# --- 5. places inside the report's country -------------------------------------------------

def places_of(nlp, text):
    x = extracted(nlp, text, "2023-11-16")
    return {e.name: e for e in x.entities if e.kind == "Place"}


def test_ambiguous_town_resolves_in_the_reports_country(nlp):
    lb = places_of(nlp, "Gunmen clashed with the army in Tripoli, in northern Lebanon, and in Beirut, "
                        "officials in Lebanon said.")
    ly = places_of(nlp, "Militia fighters shelled Tripoli, the Libyan capital, near Misrata.")
    assert lb["Tripoli"].country == "LB" and ly["Tripoli"].country == "LY"


def test_qualified_name_found_only_abroad_keeps_no_coordinates(nlp):
    places = places_of(nlp, "Rebels attacked Bambari in the Central African Republic. Fighting spread "
                            "across Central Africa, officials in Bangui said.")
    assert places["Bambari"].country == "CF"
    far = [p for p in places.values() if p.country not in (None, "CF")]
    assert far == []


# --- 8. robustness over the repository's fixture files ---------------------------------------

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXT_FILES = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".md", ".html"))


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: p.name)
def test_every_fixture_file_extracts_to_valid_records(nlp, path):
    from sitgraph.graph.schema import check_batch
    from sitgraph.loaders.extract import extract_many
    from sitgraph.loaders.extract.output import to_format_json
    from sitgraph.loaders.readers import read_path
    from sitgraph.loaders.records import extraction_to_batch
    from sitgraph.loaders.resolve import Resolver

    reports = list(read_path(path))
    assert reports
    resolver = Resolver.default()
    for x in extract_many(reports, nlp=nlp):
        ids = {e.id for e in x.entities}
        for e in x.entities:
            for m in e.mentions:
                assert x.report.text[m.start:m.end] == m.text
        for v in x.events:
            assert set(v.actors + v.targets + v.places + v.claimed_by) <= ids
            assert all(n is None or n >= 0 for n in (v.killed, v.wounded, v.displaced))
        assert all(r.source in ids and r.target in ids for r in x.relations)
        json.dumps(to_format_json([x]))
        check_batch(extraction_to_batch(x, resolver))


def test_the_strike_also_damaged_continues_the_incident(nlp):
    text = ("In the Kharkiv region, shelling killed a farmer in the village of Vovchansk on Monday. "
            "The strike also damaged a school.")
    _, events = run(nlp, text)
    assert len(events) == 1 and events[0]["targets"] == {"civilians", "school"} and events[0]["killed"] == 1


def test_drones_shot_down_are_no_attack(nlp):
    _, events = run(nlp, "The air force of Ukraine said it shot down 11 of 15 drones over Odesa.")
    assert events == []


def test_who_condemns_the_massacre_did_not_commit_it(nlp):
    text = ("Twenty farmers were killed when RSF fighters stormed a village in Gezira state on Wednesday. "
            "The US condemned the massacre.")
    _, events = run(nlp, text)
    assert len(events) == 1 and events[0]["actors"] == {"Rapid Support Forces"}


def test_place_name_with_an_inner_article(nlp):
    assert "Wad al-Noura" in places_of(nlp, "RSF fighters stormed the village of Wad al-Noura on Wednesday.")


def test_demonym_in_a_facility_name_is_no_target(nlp):
    _, events = run(nlp, "Several patients were wounded when shells hit the Saudi Hospital in El Fasher.")
    assert len(events) == 1 and events[0]["targets"] == {"Saudi Hospital", "civilians"}
    assert events[0]["actors"] == set()


@pytest.mark.parametrize("sentence,killed", [
    ("IS jihadists beheaded two herders in Diyala.", 2),
    ("Militants stabbed to death two teachers near Beni.", 2),
    ("Gunmen shot and killed four farmers in Zamfara.", 4),
])
def test_active_killing_verbs_count_their_objects(sentence, killed):
    assert find_casualties(sentence).killed == killed


@pytest.mark.parametrize("text", [
    "Witnesses said militants set fire to homes in Beni.",
    "ADF rebels set the market ablaze in Oicha.",
])
def test_setting_fire_is_arson(nlp, text):
    _, events = run(nlp, text)
    assert len(events) == 1 and events[0]["type"] == "arson" and events[0]["actors"]
