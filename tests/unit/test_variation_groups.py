"""Armed groups the actor dictionary did not know or read wrongly, across outlets and wars: a
table of sentences written for this file the way wires, encyclopedic articles, monitors and
ministries name them (Algeria, the Levant, Turkey, northern Syria, Kashmir, Sri Lanka,
the Philippines, Uganda and Congo, Indonesia, Iran's south-east).

Classes varied here:
- historic and current armed groups named by their full name, a short form or an acronym
  after it ("the Salafist Group for Preaching and Combat", "the GSPC", "Black September",
  "the PFLP-General Command", "the Kurdistan Freedom Hawks (TAK)", "a Jaish-e-Mohammed suicide
  bomber", "Tamil Tiger rebels", "the MILF", "the LRA"); a name whose tail looks like
  a body of its own ("...-General Command") is the group, not a stray command;
- a member group of an alliance is its own actor, PART_OF the alliance ("the YPG", the main
  member of the SDF, and Ankara's "PKK/YPG"), while the alliance's own names ("the SDF",
  "Kurdish-led forces") stay the alliance;
- a group's media arm ("its Amaq news agency", "its az-Zallaqa media arm") is a media actor of
  its own, not the group;
- negatives: a group at talks or trading accusations is still the group (no event), a sports
  club named after a group is no actor, a party with a similar name is not the group;
- still missed (strict xfails): the Armed Islamic Group (GIA) of Algeria (a dictionary entry for
  it was tried and dropped, as it cost a measured set an event); a party whose name holds a
  group word ("Army"); "New People's Army guerrillas" cut into a stray "Army guerrillas".

Each row is one tiny report and the exact set of actor names the guide wants.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import actor_names, extracted  # noqa: E402

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
    # --- Kashmir and Sri Lanka: names with no group word beside them ------------------------------
    ("Lashkar-e-Taiba militants attacked an army camp in Uri, killing 19 soldiers, officials said.",
     {"Lashkar-e-Taiba", "government forces", "officials"}),
    ("A Jaish-e-Mohammed suicide bomber rammed a car into a police convoy in Pulwama, killing 40 officers.",
     {"Jaish-e-Mohammed"}),
    ("Hizbul Mujahideen fighters killed two policemen in Shopian on Monday, the police said.",
     {"Hizbul Mujahideen", "government forces", "police"}),
    ("The Liberation Tigers of Tamil Eelam (LTTE) detonated a mine under a bus near Vavuniya, killing 15 "
     "passengers.", {"Liberation Tigers of Tamil Eelam", "civilians"}),
    ("Tamil Tiger rebels attacked a navy patrol off Trincomalee, the military said.",
     {"Liberation Tigers of Tamil Eelam", "government forces"}),
    # --- South-East Asia, East Africa, Iran's borders ----------------------------------------------
    ("Moro Islamic Liberation Front (MILF) rebels ambushed a Marine patrol in Basilan, killing 14 soldiers.",
     {"Moro Islamic Liberation Front", "government forces"}),
    ("The MILF denied that its fighters attacked the town of Kolambugan, an army spokesman said.",
     {"Moro Islamic Liberation Front", "army spokesman"}),
    ("NPA rebels torched two trucks at a mining site in Surigao del Sur on Monday.", {"New People's Army"}),
    ("The Lord's Resistance Army (LRA) attacked the village of Makombo, killing 321 civilians, Human Rights "
     "Watch said.", {"Human Rights Watch", "Lord's Resistance Army", "civilians"}),
    ("LRA fighters abducted 40 children near Dungu, the UN said.",
     {"Lord's Resistance Army", "United Nations", "civilians"}),
    ("Jemaah Islamiyah militants bombed two nightclubs in Bali, killing 202 people.",
     {"Jemaah Islamiyah", "civilians"}),
    ("Jaish al-Adl gunmen attacked a border post near Saravan, killing 10 Iranian border guards, state media "
     "said.", {"Iran", "Jaish al-Adl", "state media"}),
    # --- a group's media arm: a source of its own --------------------------------------------------
    ("The Islamic State claimed the bombing of a church in Kirkuk through its Amaq news agency.",
     {"Amaq", "Islamic State"}),
    ("JNIM claimed the attack on the army camp in Boni in a statement by its az-Zallaqa media arm.",
     {"Jama'at Nusrat al-Islam wal-Muslimin", "az-Zallaqa"}),
    ("Islamic State fighters attacked an army post near Menaka, killing 12 soldiers, Amaq said.",
     {"Amaq", "Islamic State", "Mali"}),
    # --- negatives: talks, accusations, a club, a party -------------------------------------------
    ("The Moro Islamic Liberation Front's peace panel met government negotiators in Kuala Lumpur on Monday.",
     {"Moro Islamic Liberation Front"}),
    # an acronym other bodies share stands for the group only beside its full name or a fighter word
    ("The NPA said it would observe a holiday truce.", set()),
    ("The LTTE's political wing took part in peace talks in Oslo on Monday.", {"Liberation Tigers of Tamil Eelam"}),
    ("The Lashkar-e-Taiba founder addressed a rally in Lahore on Monday.", {"Lashkar-e-Taiba"}),
    ("Fans of the Tigers cheered the team in Colombo on Monday.", set()),
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
    pytest.param("Members of the Army of Justice and Peace party marched in Tehran on Monday.", set(),
                 marks=pytest.mark.xfail(strict=True, reason="a party whose name holds a group word ('Army') is "
                                                              "read as an armed group by the group-name rule")),
    pytest.param("New People's Army guerrillas raided a police station in Samar, killing three policemen.",
                 {"New People's Army", "government forces"},
                 marks=pytest.mark.xfail(strict=True, reason="'Army guerrillas' is read as a group of its own, and "
                                                              "the police of an unnamed state get a wrong state")),
    pytest.param("Gunmen of the Armed Islamic Group (GIA) killed 17 villagers near Medea, security sources said.",
                 {"Armed Islamic Group", "civilians", "security sources"},
                 marks=pytest.mark.xfail(strict=True, reason="the GIA is not in the dictionary (an entry cost a "
                                                              "measured set an event); its fighters stay gunmen")),
    pytest.param("The GIA claimed the bombing of a bus in Blida that killed nine passengers.",
                 {"Armed Islamic Group", "civilians"},
                 marks=pytest.mark.xfail(strict=True, reason="the GIA is not in the dictionary")),
]


def _actors(nlp, text: str) -> set[str]:
    return actor_names(extracted(nlp, text, "2024-05-06", source="test", path="t.txt"))


@pytest.mark.parametrize("text,expected", ROWS + STILL_FAILING)
def test_groups_across_outlets_and_wars(nlp, text, expected):
    assert _actors(nlp, text) == expected


def _relations(nlp, text: str) -> set[tuple[str, str, str]]:
    x = extracted(nlp, text, "2024-05-06", source="test", path="t.txt")
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
