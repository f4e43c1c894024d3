"""Armed groups the actor dictionary did not know or read wrongly, across outlets and wars: a
table of sentences written for this file the way wires, encyclopedic articles, monitors and
ministries name them (Algeria, the Levant, Turkey, northern Syria).

Classes varied here:
- historic and current armed groups named by their full name, a short form or an acronym
  after it ("the Salafist Group for Preaching and Combat", "the GSPC", "Black September",
  "the PFLP-General Command", "the Kurdistan Freedom Hawks (TAK)"); a name whose tail looks like
  a body of its own ("...-General Command") is the group, not a stray command;
- a member group of an alliance is its own actor, PART_OF the alliance ("the YPG", the main
  member of the SDF, and Ankara's "PKK/YPG"), while the alliance's own names ("the SDF",
  "Kurdish-led forces") stay the alliance;
- negatives: a group at talks or trading accusations is still the group (no event), a sports
  club named after a group is no actor, a party with a similar name is not the group;
- still missed (strict xfail): the Armed Islamic Group (GIA) of Algeria: a dictionary entry for
  it was tried and dropped, as it cost a measured set an event.

Each row is one tiny report and the exact set of actor names the guide wants.
"""

from __future__ import annotations

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract

ROWS = [
    # --- groups named by full name, short form or acronym ----------------------------------------
    ("Fighters of the Salafist Group for Preaching and Combat ambushed an army convoy near Tizi Ouzou, killing "
     "13 soldiers, the defence ministry said.",
     {"Salafist Group for Preaching and Combat", "defence ministry", "government forces"}),
    ("The GSPC claimed an ambush that killed seven gendarmes near Boumerdes, a newspaper reported.",
     {"Salafist Group for Preaching and Combat", "government forces"}),
    ("Black September gunmen seized a hotel in Cairo and killed two guards on Monday.", {"Black September"}),
    ("The PFLP-General Command claimed a rocket attack on a border post in the Golan on Monday.",
     {"Popular Front for the Liberation of Palestine - General Command"}),
    ("The Popular Front for the Liberation of Palestine-General Command said its fighters shelled an army post "
     "on Monday.", {"Popular Front for the Liberation of Palestine - General Command"}),
    ("The PFLP-GC denied any role in the bombing of the checkpoint, a spokesman said.",
     {"Popular Front for the Liberation of Palestine - General Command", "spokesman"}),
    ("The Kurdistan Freedom Hawks (TAK) claimed a car bomb in Ankara that killed 37 people.",
     {"Kurdistan Freedom Hawks", "civilians"}),
    ("TAK militants detonated a bomb near a bus stop in Istanbul, killing 11 police officers.",
     {"Kurdistan Freedom Hawks", "Turkey"}),
    # --- a member group of an alliance ------------------------------------------------------------
    ("The People's Protection Units (YPG) shelled a village near Azaz, killing three people, the SOHR said.",
     {"People's Protection Units", "Syrian Observatory for Human Rights", "civilians"}),
    ("Turkish drones struck YPG positions near Tal Rifaat on Monday, killing four fighters, the SDF said.",
     {"People's Protection Units", "Syrian Democratic Forces", "Turkey"}),
    ("Turkey's defence ministry blamed PKK/YPG terrorists for a car bomb in Afrin that killed 40 people.",
     {"Kurdistan Workers' Party", "People's Protection Units", "Turkey", "Turkey's defence ministry",
      "civilians"}),
    ("Kurdish-led forces repelled an Islamic State attack on a prison in Hasakah on Monday.",
     {"Islamic State", "Syrian Democratic Forces"}),
    ("The SDF said its fighters killed six Islamic State militants near Deir ez-Zor on Monday.",
     {"Islamic State", "Syrian Democratic Forces"}),
    # --- negatives: talks, accusations, a club, a party -------------------------------------------
    ("Envoys of the GSPC and the government met in Algiers for talks on Monday.",
     {"Salafist Group for Preaching and Combat"}),
    ("The YPG and Ankara exchanged accusations over the ceasefire on Monday.",
     {"People's Protection Units", "Turkey"}),
    ("Delegates of the Popular Front for the Liberation of Palestine met Egyptian mediators in Cairo on Monday.",
     {"Popular Front for the Liberation of Palestine"}),
    ("Black September Club fans clashed with police after the match in Amman on Monday.", set()),
    ("Fans of Hamas Club celebrated the win in Gaza City on Monday.", set()),
    ("The Kurdistan Freedom Party held a rally in Erbil on Monday.", set()),
]

STILL_FAILING = [
    pytest.param("Gunmen of the Armed Islamic Group (GIA) killed 17 villagers near Medea, security sources said.",
                 {"Armed Islamic Group", "civilians", "security sources"},
                 marks=pytest.mark.xfail(strict=True, reason="the GIA is not in the dictionary (an entry cost a "
                                                              "measured set an event); its fighters stay gunmen")),
    pytest.param("The GIA claimed the bombing of a bus in Blida that killed nine passengers.",
                 {"Armed Islamic Group", "civilians"},
                 marks=pytest.mark.xfail(strict=True, reason="the GIA is not in the dictionary")),
]


def _actors(nlp, text: str) -> set[str]:
    x = extract(Report.from_text(text, published="2024-05-06", source="test", path="t.txt"), nlp)
    return {e.name for e in x.entities if e.kind == "Actor"}


@pytest.mark.parametrize("text,expected", ROWS + STILL_FAILING)
def test_groups_across_outlets_and_wars(nlp, text, expected):
    assert _actors(nlp, text) == expected


def _relations(nlp, text: str) -> set[tuple[str, str, str]]:
    x = extract(Report.from_text(text, published="2024-05-06", source="test", path="t.txt"), nlp)
    name = {e.id: e.name for e in x.entities}
    return {(r.type, name[r.source], name[r.target]) for r in x.relations}


@pytest.mark.parametrize("text", [
    "Turkish drones struck YPG positions near Tal Rifaat on Monday, the SDF said.",
    "The SDF said the People's Protection Units repelled an Islamic State attack on Raqqa.",
])
def test_a_member_group_is_part_of_its_alliance(nlp, text):
    assert ("PART_OF", "People's Protection Units", "Syrian Democratic Forces") in _relations(nlp, text)


def test_a_member_group_alone_names_no_alliance(nlp):
    text = "The YPG shelled a village near Azaz on Monday."
    assert _actors(nlp, text) == {"People's Protection Units"}
