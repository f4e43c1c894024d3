"""Standing relations read from short texts: the exact set each text states, and nothing more."""

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract


def relations(nlp, text):
    x = extract(Report.from_text(text, published="2019-05-07"), nlp=nlp)
    names = {e.id: e.name for e in x.entities}
    return {(r.type, names[r.source], names[r.target]) for r in x.relations}


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
