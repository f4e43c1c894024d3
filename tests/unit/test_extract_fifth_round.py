"""Classes of error found on reports of further wars (fifth round): unnamed national
forces, follow-up claims of an incident, "came under fire", compound facility names,
organisations named in apposition, and killing verbs with their objects. Sentences are
written for the tests, not taken from any evaluation set."""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.numbers import find_casualties

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_dicts  # noqa: E402

run = event_dicts  # (extraction, event dicts) of a text read as one report


# --- 6. killing verbs with their objects -------------------------------------------------

@pytest.mark.parametrize("text,killed", [
    ("ADF rebels raided a village in Beni territory, hacking 23 people to death.", 23),
    ("Attackers hacked nine farmers to death near Makurdi.", 9),
    ("Twelve herders were hacked to death in Plateau State.", 12),
    ("Gunmen gunned down 14 worshippers at a church in Ondo.", 14),
    ("Police mowed down six protesters in Nairobi.", 6),
    ("Militiamen massacred 35 villagers in Djugu.", 35),
])
def test_killing_verbs_count_their_objects(text, killed):
    assert find_casualties(text).killed == killed


def test_hacked_without_death_is_no_toll():
    assert find_casualties("Hackers hacked 3 ministry servers in Kyiv.").killed is None


# --- 1. unnamed national forces ------------------------------------------------------------
# A force with no name of its own is its state (one actor per party); a country whose
# dictionary has no state entry keeps its forces entry (Tatmadaw).

@pytest.mark.parametrize("text,actor", [
    ("A military airstrike on a wedding party in Kanbalu township, Sagaing region, killed 30 people.", "Tatmadaw"),
    ("The junta shelled Falam in Chin State on Sunday.", "Tatmadaw"),
    ("Troops killed 20 villagers in the village of Diallassagou in central Mali.", "Mali"),
    ("Soldiers burned houses in Rutshuru in North Kivu, DR Congo, on Friday.", "Democratic Republic of the Congo"),
    ("Security forces opened fire on protesters in Omdurman, Sudan, killing five people.", "Sudanese Armed Forces"),
    ("The army bombed a market in Beni in North Kivu, killing eight people.", "Democratic Republic of the Congo"),
])
def test_bare_force_words_are_the_country_forces(nlp, text, actor):
    _, events = run(nlp, text)
    assert events and actor in events[0]["actors"]


@pytest.mark.parametrize("text,not_actor", [
    ("Russian troops shelled Kherson on Monday.", "government forces"),
    ("RSF soldiers looted a market in El Geneina, Sudan.", "Sudanese Armed Forces"),
    ("Rebel soldiers attacked a base near Goma in North Kivu, DR Congo.", "FARDC"),
])
def test_force_words_of_another_side_are_not_the_state(nlp, text, not_actor):
    x, _ = run(nlp, text)
    assert not_actor not in {e.name for e in x.entities}


def test_every_country_maps_to_a_dictionary_actor():
    from sitgraph.loaders.extract.actors import load_actors
    from sitgraph.loaders.extract.report_country import state_forces_table

    actors = load_actors()
    table = state_forces_table()
    assert {"MM", "CD", "ML", "NG", "ET", "SO", "BF", "SD", "YE", "IQ"} <= set(table)
    assert all(actors.get(key) is not None for key in table.values())


# --- 2. follow-up claims ---------------------------------------------------------------------

@pytest.mark.parametrize("text,actor,target", [
    ("A drone strike hit a market in Kidal in northern Mali on Monday, killing eight people. "
     "The army said it had conducted the strike and that it targeted fighters of the JNIM.",
     "Mali", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("An airstrike hit a monastery in Kanbalu township, Sagaing region, on Friday, killing 11 people. "
     "The junta confirmed that it had carried out the strike, saying it targeted members of the "
     "People's Defence Force.", "Tatmadaw", "People's Defence Force"),
])
def test_owning_up_to_the_strike_joins_the_incident(nlp, text, actor, target):
    x, events = run(nlp, text)
    assert len(events) == 1
    (ev,) = x.events
    names = {e.id: e.name for e in x.entities}
    assert actor in events[0]["actors"] and target in events[0]["targets"]
    assert actor in {names[c] for c in ev.claimed_by}


def test_a_new_attack_by_a_named_side_stays_apart(nlp):
    _, events = run(nlp, "An airstrike hit a school in Sagaing region on Friday. "
                         "The next day the Arakan Army attacked a junta base in Rakhine State.")
    assert len(events) == 2


# --- 3. came under fire ------------------------------------------------------------------------

@pytest.mark.parametrize("text,target,typ", [
    ("A police station in Mogadishu came under fire on Tuesday.", "police station", "shooting"),
    ("An MSF clinic in Tawila came under heavy shelling on Monday.", "MSF clinic", "shelling"),
    ("A Kenyan army patrol came under fire near Mandera, killing three soldiers.", "Kenya", "shooting"),
])
def test_under_fire_subject_is_the_target(nlp, text, target, typ):
    _, events = run(nlp, text)
    assert len(events) == 1 and events[0]["kind"] == "Attack" and events[0]["type"] == typ
    assert target in events[0]["targets"] and target not in events[0]["actors"]


def test_under_attack_subject_wounds_nobody(nlp):
    _, events = run(nlp, "A UN convoy came under attack near Kidal in Mali, wounding two peacekeepers.")
    assert len(events) == 1 and not events[0]["actors"] and events[0]["targets"] == {"United Nations"}


def test_its_base_under_fire_is_operated_by_the_speaker(nlp):
    x, events = run(nlp, "The Somali army said one of its bases near Afgoye came under fire on Sunday.")
    names = {e.id: e.name for e in x.entities}
    assert len(events) == 1 and events[0]["type"] == "shooting"
    ops = {(names[r.source], names[r.target]) for r in x.relations if r.type == "OPERATED_BY"}
    # "the Somali army" has no name of its own: it is the state (one actor per party).
    assert ops and all(op == "Somalia" for _, op in ops)


# --- 4. compound facility names -------------------------------------------------------------

@pytest.mark.parametrize("text,facility", [
    ("Gunmen attacked a police outpost in Zamfara, killing four officers.", "police outpost"),
    ("Al-Shabaab fighters stormed an army checkpoint near Afgoye.", "army checkpoint"),
    ("Insurgents overran a border post near Maungdaw.", "border post"),
    ("JNIM fighters attacked a military base in Djibo.", "military base"),
    ("A drone struck a health centre in Kadugli.", "health centre"),
    ("A grenade was thrown at a police station in Garissa.", "police station"),
])
def test_compound_facility_keeps_its_full_name(nlp, text, facility):
    x, _ = run(nlp, text)
    assert facility in {e.name for e in x.entities if e.kind == "Facility"}


# --- 5. organisations named in apposition ---------------------------------------------------

@pytest.mark.parametrize("text,body,umbrella", [
    ("The UN peacekeeping mission MONUSCO said its troops repelled an attack by ADF rebels near Beni.",
     "MONUSCO", "United Nations"),
    ("The UN refugee agency UNHCR said 3,000 people fled Kidal in Mali.", "UNHCR", "United Nations"),
    ("The rights group Amnesty International said soldiers killed 40 civilians in Tigray.",
     "Amnesty International", None),
])
def test_appositive_body_is_one_actor(nlp, text, body, umbrella):
    x, _ = run(nlp, text)
    names = [e.name for e in x.entities if e.kind == "Actor"]
    assert body in names and (umbrella is None or umbrella not in names)


def test_appositive_descriptor_is_a_mention_of_the_body(nlp):
    x, _ = run(nlp, "The UN peacekeeping mission MONUSCO said its troops repelled an attack near Beni.")
    (mission,) = [e for e in x.entities if e.name == "MONUSCO"]
    assert any("peacekeeping mission" in m.text for m in mission.mentions)


def test_umbrella_named_on_its_own_stays(nlp):
    x, _ = run(nlp, "The UN said MONUSCO troops were attacked near Beni.")
    assert {"United Nations", "MONUSCO"} <= {e.name for e in x.entities}


# --- a country after the place it locates -------------------------------------------------------

@pytest.mark.parametrize("text,country", [
    ("Soldiers killed 12 villagers in Djibo, Burkina Faso, on Monday.", "Burkina Faso"),
    ("Gunmen gunned down 14 worshippers at a church in Owo, Nigeria.", "Nigeria"),
])
def test_country_after_a_place_is_a_place_not_a_target(nlp, text, country):
    _, events = run(nlp, text)
    assert len(events) == 1 and country in events[0]["places"] and country not in events[0]["targets"]


@pytest.mark.parametrize("text,actor", [
    ("Five villagers were shot dead by soldiers in Kasese, Uganda.", "Uganda"),
    ("An airstrike by the military killed nine people in Hpakant, Kachin State.", "Tatmadaw"),
    ("Security forces killed 8 al-Shabaab militants in Hiraan region, Somalia.", "Somalia"),
])
def test_force_words_as_agents_and_subjects(nlp, text, actor):
    _, events = run(nlp, text)
    assert len(events) == 1 and actor in events[0]["actors"]
    assert not {"Somalia", "Uganda"} & events[0]["targets"]


def test_live_rounds_are_shooting(nlp):
    _, events = run(nlp, "Two students were killed when police fired live rounds in Nairobi, Kenya.")
    assert events and events[0]["type"] == "shooting"


def test_retook_is_a_capture(nlp):
    _, events = run(nlp, "Government troops retook the town of Kalemie, DR Congo.")
    assert [e["kind"] for e in events] == ["Capture"] and events[0]["actors"] == {"Democratic Republic of the Congo"}


def test_the_country_after_a_retaken_town_is_not_captured(nlp):
    _, events = run(nlp, "Government troops retook the town of Kalemie, DR Congo.")
    assert events[0]["targets"] == {"Kalemie"} and events[0]["places"] == {"Kalemie", "DR Congo"}


def test_two_towns_taken_are_both_captured(nlp):
    _, events = run(nlp, "Rebels captured Kalemie and Moba on Friday.")
    assert events[0]["targets"] == {"Kalemie", "Moba"}


@pytest.mark.parametrize("text,actor,targets", [
    ("An airstrike hit a village in Kachin State on Monday, killing five. The junta acknowledged it carried "
     "out the raid, saying it targeted the Kachin Independence Army.", "Tatmadaw",
     {"Kachin Independence Army", "civilians"}),
    ("A drone struck a market in Tigray, Ethiopia, on Sunday, killing 30. The army confirmed the strike, "
     "saying it hit TPLF fighters.", "Ethiopia",
     {"Tigray People's Liberation Front", "civilians", "market"}),
])
def test_confirming_the_strike_joins_the_incident(nlp, text, actor, targets):
    _, events = run(nlp, text)
    assert len(events) == 1 and events[0]["actors"] == {actor} and events[0]["targets"] == targets


def test_denying_the_attack_adds_no_perpetrator(nlp):
    _, events = run(nlp, "Shells hit a camp near Goma in North Kivu on Friday, killing 12 people. "
                         "The M23 denied carrying out the attack.")
    assert len(events) == 1 and events[0]["actors"] == set() and events[0]["targets"] == {"camp", "civilians"}


@pytest.mark.parametrize("text,actor", [
    ("Militiamen massacred 35 villagers in Djugu, Ituri.", "militiamen"),
    ("CODECO militiamen attacked a displacement camp in Djugu, Ituri.", "CODECO"),
])
def test_militiamen_act_unnamed_or_as_their_named_group(nlp, text, actor):
    x, events = run(nlp, text)
    assert len(events) == 1 and events[0]["actors"] == {actor}


def test_owned_up_strike_against_a_group_keeps_the_aim(nlp):
    _, events = run(nlp, "A drone strike hit a wedding in Kanbalu, Sagaing region, on Tuesday, killing 20 people. "
                         "The military said in a statement that it had conducted the airstrike against fighters "
                         "of the People's Defence Force.")
    assert len(events) == 1 and events[0]["targets"] == {"People's Defence Force", "civilians"}
    assert events[0]["actors"] == {"Tatmadaw"}


def test_a_strike_on_another_place_is_another_strike(nlp):
    _, events = run(nlp, "An airstrike hit Falam in Chin State on Monday. "
                         "Later the military carried out the strike on Hakha.")
    assert len(events) == 2
