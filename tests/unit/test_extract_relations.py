"""Standing relations read from short texts: the exact set each text states, and nothing more."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def relations(nlp, text):
    x = extracted(nlp, text, "2019-05-07")
    names = {e.id: e.name for e in x.entities}
    return {(r.type, names[r.source], names[r.target]) for r in x.relations}


def allies(rels):
    """ALLIED_WITH is symmetric: its pairs, unordered."""
    return {frozenset(r[1:]) for r in rels if r[0] == "ALLIED_WITH"}


def test_member_of_from_apposition(nlp):
    rels = relations(nlp, 'Ahmad Sheykho, media director of the White Helmets, said the hospital was hit.')
    assert rels == {("MEMBER_OF", "Ahmad Sheykho", "White Helmets")}


def test_located_in_and_operated_by(nlp):
    rels = relations(nlp, "Regime shelling hit the village of Kafr Zita in Hama Province and a Turkish "
                          "observation post.")
    assert rels == {("LOCATED_IN", "Kafr Zita", "Hama"), ("OPERATED_BY", "Turkish observation post", "Turkey")}


def test_allied_with_from_joint_attack_and_alongside(nlp):
    rels = relations(nlp, "Russian warplanes and regime artillery pounded Khan Shaykhun on Monday.")
    assert rels == {("ALLIED_WITH", "Russia", "Syrian government")}
    rels = relations(nlp, "Turkey, whose forces have fought alongside rebels since 2016, said nothing.")
    assert rels == {("ALLIED_WITH", "Turkey", "rebels")}


def test_party_to_and_part_of(nlp):
    rels = relations(nlp, "Russia and Turkey announced a demilitarized zone. The Russian Center for Reconciliation "
                          "said rebels shelled Khmeimim airbase.")
    assert rels == {("PARTY_TO", "Russia", "demilitarized zone"), ("PARTY_TO", "Turkey", "demilitarized zone"),
                    ("PART_OF", "Russian Center for Reconciliation", "Russia")}


def test_located_in_from_the_gazetteer_across_sentences(nlp):
    # Saraqib and Idlib are never written together: the gazetteer knows the town's province.
    rels = relations(nlp, "Russian jets bombed Saraqib on Monday. Rebels in Idlib said the town's hospital "
                          "was closed.")
    assert rels == {("LOCATED_IN", "Saraqib", "Idlib")}


def test_an_armed_wing_beside_its_movement_is_part_not_ally(nlp):
    rels = relations(nlp, "Hamas and its Qassam Brigades fired rockets at Israel on Monday.")
    assert rels == {("PART_OF", "Qassam Brigades", "Hamas")}


@pytest.mark.parametrize("text", [
    # Two places joined by other words than "in", "near", a comma: neither lies in the other.
    "Fighters moved from Idlib to Hama on Monday.",
    # A person next to a group he blames is no member of it.
    "President Salva Kiir blamed the rebels for the attack on Bor.",
    # An offensive against a group makes no ally of it.
    "The army launched an offensive against al-Shabaab in Lower Shabelle.",
    # Two countries side by side: neither lies in the other.
    "Fighting raged in Chad, Cameroon on Monday.",
])
def test_texts_that_state_no_standing_relation(nlp, text):
    assert relations(nlp, text) == set()


@pytest.mark.parametrize("text", [
    # The two sides of a clash or a strike are enemies, not allies.
    "Government forces clashed with RSF fighters in Omdurman on Monday.",
    "Russian warplanes struck positions of Hayat Tahrir al-Sham near Idlib on Monday.",
    # A speaker who reports an attack is not its ally.
    "Al-Shabab gunmen attacked a bus near Mandera on Monday, a Kenyan police officer said.",
])
def test_opposing_sides_and_speakers_are_no_allies(nlp, text):
    assert {r for r in relations(nlp, text) if r[0] in ("ALLIED_WITH", "MEMBER_OF", "PART_OF")} == set()


def test_a_condemnation_makes_no_alliance(nlp):
    rels = relations(nlp, "Al-Shabab gunmen attacked a bus near Mandera on Monday, killing four passengers. "
                          "The United States condemned the attack.")
    assert {r for r in rels if r[0] == "ALLIED_WITH"} == set()



def test_rules_are_registered_in_run_order():
    from sitgraph.loaders.extract import rules as R
    from sitgraph.loaders.extract.relations import RULES

    # The layout's relation (a heading's place over its list items) runs in the layout step.
    registered = [r for r in R.all_rules() if r.name.startswith("relation.") and ".layout_facts." not in r.where]
    # Every rule the relation reader runs is in the one registry, and nothing else of the area is.
    assert sorted(fn.__name__.lstrip("_").replace("_", "-") for fn in RULES) == \
        [r.name.removeprefix("relation.") for r in registered]
    assert {"relation.located-by-country", "relation.member-title", "relation.allied-backed"} <= \
        {r.name for r in registered}



def test_province_in_the_country_the_report_names(nlp):
    assert relations(nlp, "Gunmen attacked a police post in Paktia province, Afghanistan officials said.") == {
        ("LOCATED_IN", "Paktia", "Afghanistan"), ("LOCATED_IN", "police post", "Paktia")}
    assert relations(nlp, "The Taliban attacked a post in Afghanistan's southeastern province of Ghazni.") == {
        ("LOCATED_IN", "Ghazni", "Afghanistan")}


def test_no_containment_from_places_merely_named_together(nlp):
    assert relations(nlp, "Rebels shelled Idlib and Damascus on Monday.") == set()
    # A city the text never calls a province is not placed in the country by the gazetteer alone.
    assert not {r for r in relations(nlp, "Insurgents fired rockets at Kabul, Afghanistan's capital, late "
                                          "on Monday, and police in Herat arrested two men.")
                if r[0] == "LOCATED_IN" and r[1] == "Herat"}


def test_member_of_from_a_title_before_or_after_the_name(nlp):
    assert relations(nlp, "Taliban spokesman Zabihullah Mujahid said the fighters seized the post.") == {
        ("MEMBER_OF", "Zabihullah Mujahid", "Taliban")}
    assert relations(nlp, "Zabihullah Mujahid, the Taliban spokesman, said the fighters seized the post.") == {
        ("MEMBER_OF", "Zabihullah Mujahid", "Taliban")}


def test_a_person_quoted_about_a_group_is_not_its_member(nlp):
    rels = relations(nlp, "Zabihullah Mujahid said the Taliban seized the post on Monday.")
    assert not {r for r in rels if r[0] == "MEMBER_OF"}


def test_allied_with_from_backed_and_from_the_subject_fighting_alongside(nlp):
    rels = relations(nlp, "Iran-backed Houthis fired missiles at Saudi Arabia on Monday.")
    assert {r for r in rels if r[0] != "ALLIED_WITH"} == set()
    assert allies(rels) == {frozenset({"Iran", "Houthis"})}
    rels = relations(nlp, "Kenya sent troops to Somalia to fight al-Shabab alongside the African Union "
                          "Mission in Somalia.")
    assert allies(rels) == {frozenset({"Kenya", "African Union mission in Somalia"})}


def test_no_alliance_between_sides_named_in_one_sentence(nlp):
    assert allies(relations(nlp, "Houthis and Saudi Arabia traded fire on Monday, Iran said.")) == set()


def test_member_of_from_rank_and_of_and_from_a_bracketed_acronym(nlp):
    assert relations(nlp, "Colonel Aung Min of the Arakan Army said the fighters seized the post.") == {
        ("MEMBER_OF", "Aung Min", "Arakan Army")}
    assert relations(nlp, "Nang Seng, the Ta'ang National Liberation Army (TNLA) spokesman, said the "
                          "post fell.") == {("MEMBER_OF", "Nang Seng", "Ta'ang National Liberation Army")}
    # Without a rank, "Name of Group" is not read as membership.
    assert relations(nlp, "Aung Min of the Arakan Army seized the post, witnesses said.") == set()


def test_member_of_from_a_demonym_and_title_within_one_sentence(nlp):
    assert relations(nlp, "French Foreign Minister Pierre Dubois said France would send aid to Mali.") == {
        ("MEMBER_OF", "Pierre Dubois", "France")}
    assert relations(nlp, "France sent aid. Defense Minister Pierre Dubois said the strike killed 12.") == set()


def test_facility_whose_name_holds_a_named_place(nlp):
    rels = relations(nlp, "Gunmen stormed Herat University on Monday, police in Herat said.")
    assert {r for r in rels if r[0] == "LOCATED_IN"} == {("LOCATED_IN", "Herat University", "Herat")}
    rels = relations(nlp, "Gunmen stormed a university on Monday, police in Herat said.")
    assert {r for r in rels if r[0] == "LOCATED_IN"} == set()


def test_the_backed_side_is_the_subject_not_the_nearest_name(nlp):
    rels = relations(nlp, "Rebels, backed by Turkey, attacked Kurdish fighters near Afrin on Monday.")
    assert allies(rels) == {frozenset({"Turkey", "rebels"})}


def test_party_to_from_the_signers_only(nlp):
    rels = relations(nlp, "The Sudanese army signed a cease-fire agreement with the Rapid Support Forces "
                          "on Friday.")
    assert {r for r in rels if r[0] == "PARTY_TO"} == {
        ("PARTY_TO", "Sudanese Armed Forces", "cease-fire"), ("PARTY_TO", "Rapid Support Forces", "cease-fire")}
    rels = relations(nlp, "The Sudanese army and the Rapid Support Forces signed a cease-fire agreement on Friday.")
    assert {r for r in rels if r[0] == "PARTY_TO"} == {
        ("PARTY_TO", "Sudanese Armed Forces", "cease-fire"), ("PARTY_TO", "Rapid Support Forces", "cease-fire")}
    # A government that welcomes a deal is not a party to it.
    rels = relations(nlp, "The United States welcomed the cease-fire agreement that the Sudanese army "
                          "signed on Friday.")
    assert {r for r in rels if r[0] == "PARTY_TO"} == set()


def test_a_side_claiming_its_attack_does_not_run_what_it_hit(nlp):
    assert relations(nlp, "Seven police officers were killed after their checkpoint came under attack. "
                          "The Taliban claimed responsibility for the attack.") == set()
    assert relations(nlp, "The army said one of its bases came under fire from the Taliban on Monday.") == {
        ("OPERATED_BY", "bases", "government forces")}


def test_possessive_owner_contains_the_place(nlp):
    assert relations(nlp, "Militants attacked a village in Nigeria's northeastern Borno on Monday.") == {
        ("LOCATED_IN", "Borno", "Nigeria")}
    # The same two names without the possessive state no containment.
    assert relations(nlp, "Militants attacked a village in Borno on Monday, and Nigeria sent troops.") == set()
