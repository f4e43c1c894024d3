"""Entity forms across outlets and wars, tenth table: sentences written for this file the ways
encyclopedic articles, wire background paragraphs and military statements name one party twice
(Uganda and the DR Congo, Syria, Nigeria, Mozambique, Cameroon, Somalia, Lebanon, Sudan, Libya,
Colombia, Afghanistan, Israel, Kenya, Sri Lanka, Pakistan, Mauritania).

Classes varied here:
- a group and the other name the text gives it with a naming connective ("X, which calls itself
  Y", "X, formerly Y", "X, known locally as Y", "Y, as X call themselves") are one actor whose
  mentions hold both; a description after the connective ("which calls itself a resistance
  movement", "known for its raids"), an allegiance ("which pledged allegiance to"), a plain
  apposition ("a rival faction") or another party's name for it ("as the government calls
  them") joins nothing;
- a numbered unit named with its owner ("the UPDF's 2nd Division", "the Sudanese army's 22nd
  Infantry Division") and then bare ("the commander of the 2nd Division") is one unit; two owners
  with a unit of the same number, or another number, stay apart;
- the vehicle an encyclopedic article's defining sentence says its attack was on ("The X bus
  ambush was an attack by Y on a passenger bus") is a facility, the struck vehicle; a bus that
  carried the wounded, one hit in passing, a bus station, a convoy and a news story's bus are none.

Each row is one tiny report and the exact actor, place and facility names the guide wants
(sorted); the forms rows check that both names are mentions of one actor. Rows still failing are
strict xfails whose reason says what is left.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import named, still_missed  # noqa: E402
from report_reads import extracted  # noqa: E402

ADF = "Actor:Allied Democratic Forces"

ROWS = [
    # --- a group's other name after a naming connective: one actor -------------------------------------
    ("Fighters of the Allied Democratic Forces, which calls itself the Islamic State Central Africa Province, "
     "killed 11 farmers near Beni on Tuesday.", (ADF, "Actor:civilians", "Place:Beni")),
    ("The Allied Democratic Forces (ADF), which calls itself the Islamic State Central Africa Province (ISCAP), "
     "raided Kasindi overnight.", (ADF, "Place:Kasindi")),
    ("Hayat Tahrir al-Sham, formerly the Nusra Front, shelled Saraqeb on Monday.",
     ("Actor:Hayat Tahrir al-Sham", "Place:Saraqeb")),
    ("Armed gangs, known locally as bandits, abducted 30 pupils from a school in Zamfara on Friday.",
     ("Actor:civilians", "Actor:gangs", "Facility:school", "Place:Zamfara")),
    ("Islamic State Mozambique Province, as the insurgents call themselves, claimed the raid on Macomia.",
     ("Actor:Islamic State Mozambique Province", "Place:Macomia")),
    ("The Ambazonia Defence Forces, known locally as Amba Boys, burned a school in Kumba on Monday.",
     ("Actor:Ambazonian separatists", "Facility:school", "Place:Kumba")),
    # --- no other name: a description, an allegiance, an apposition, another party's word --------------
    ("The ADF, which pledged allegiance to the Islamic State in 2019, attacked Kasese on Sunday.",
     (ADF, "Actor:Islamic State", "Place:Kasese")),
    ("Al-Shabaab, known for its raids on army bases, attacked Mandera on Sunday.",
     ("Actor:al-Shabaab", "Place:Mandera")),
    ("Hamas, which calls itself a resistance movement, fired rockets at Sderot on Saturday.",
     ("Actor:Hamas", "Place:Sderot")),
    ("The Taliban, as the Afghan government calls them, attacked Ghazni on Sunday.",
     ("Actor:Islamic Republic of Afghanistan", "Actor:Taliban", "Place:Ghazni")),
    ("Boko Haram fighters attacked Gwoza, and the Islamic State West Africa Province, a rival faction, raided "
     "Monguno on Monday.",
     ("Actor:Boko Haram", "Actor:Islamic State West Africa Province", "Place:Gwoza", "Place:Monguno")),
    still_missed("The Patriotic Resistance Front of Ituri, also called the FRPI, attacked Walendu Bindi on Sunday.",
                 ("Actor:Patriotic Resistance Front of Ituri", "Place:Walendu Bindi"),
                 "the acronym after the connective is no candidate, and the attacked place is read as a party"),
    # --- a numbered unit named with its owner, then bare: one unit -------------------------------------
    ("The UPDF's 2nd Division cut off their escape near Bundibugyo. Brigadier Felix Busizoori, commander of the "
     "2nd Division, said 19 attackers were killed.",
     ("Actor:Felix Busizoori", "Actor:UPDF's 2nd Division", "Actor:Uganda", "Place:Bundibugyo")),
    ("The Lebanese Army's 12th Brigade deployed in Bab al-Tabbaneh on Monday. A spokesman for the 12th Brigade "
     "said two soldiers were wounded.",
     ("Actor:Lebanese Army's 12th Brigade", "Actor:Lebanon", "Place:Bab al-Tabbaneh")),
    ("The Somali National Army's 60th Division retook Tiyeglow on Sunday. The 60th Division lost four soldiers, a "
     "spokesman said.",
     ("Actor:Somali National Army", "Actor:Somali National Army's 60th Division", "Actor:Somalia",
      "Place:Tiyeglow")),
    ("The Sudanese army's 22nd Infantry Division repelled an RSF attack on Babanusa on Monday. Commanders of the "
     "22nd Infantry Division said 40 attackers were killed.",
     ("Actor:22nd Infantry Division", "Actor:Rapid Support Forces", "Actor:Sudanese Armed Forces",
      "Place:Babanusa")),
    ("The Colombian army's 30th Brigade clashed with ELN rebels near Tibu on Monday. Troops of the 30th Brigade "
     "found two bodies.",
     ("Actor:30th Brigade", "Actor:Colombia", "Actor:National Liberation Army", "Place:Tibu")),
    # --- two owners of one number, or another number: apart ---------------------------------------------
    ("The Lebanese Army's 12th Brigade held Tripoli while the Syrian Arab Army's 12th Brigade held Homs. The 12th "
     "Brigade said the border was calm.",
     ("Actor:12th Brigade", "Actor:Lebanese Army's 12th Brigade", "Actor:Lebanon",
      "Actor:Syrian Arab Army's 12th Brigade", "Actor:Syrian government", "Place:Homs", "Place:Tripoli")),
    ("The LNA's 9th Brigade shelled Tajoura on Sunday. The 106th Brigade said it repelled the attack.",
     ("Actor:106th Brigade", "Actor:LNA's 9th Brigade", "Actor:Libyan National Army")),
    # --- the vehicle an encyclopedic article's defining sentence says its attack was on ----------------
    ("The 2014 Mpeketoni bus ambush was an attack by al-Shabaab gunmen on a passenger bus near Mpeketoni, Kenya, "
     "on 14 July 2014.",
     ("Actor:al-Shabaab", "Actor:civilians", "Facility:passenger bus", "Place:Kenya", "Place:Mpeketoni")),
    ("The 2008 Kabitigollewa bus bombing was a claymore mine attack on a crowded bus near Kabitigollewa, Sri "
     "Lanka, on 15 June 2008.", ("Facility:crowded bus", "Place:Kabitigollewa", "Place:Sri Lanka")),
    ("The 2017 Quetta train bombing was a suicide attack on a passenger train near Quetta, Pakistan, on 3 March "
     "2017.", ("Actor:civilians", "Facility:passenger train", "Place:Pakistan", "Place:Quetta")),
    ("The 2019 Kankossa ferry attack was an attack by gunmen on a river ferry near Kankossa on 2 April 2019.",
     ("Actor:unknown gunmen", "Facility:river ferry", "Place:Kankossa")),
    # --- a vehicle told otherwise, a bus station, a convoy, a news story: no vehicle facility ------------
    ("The 2015 Jos market bombing was a suicide attack on a busy market in Jos, Nigeria, on 5 July 2015. The "
     "wounded were taken to hospital by bus.", ("Facility:Jos market", "Place:Jos", "Place:Nigeria")),
    ("The 2018 Mogadishu bombing was a car bomb attack on a hotel in Mogadishu, Somalia, on 9 November 2018. A "
     "passenger bus passing the hotel was also hit.",
     ("Actor:civilians", "Facility:hotel", "Place:Mogadishu", "Place:Somalia")),
    ("Gunmen attacked a passenger bus near Garissa on Sunday, killing four people, police said.",
     ("Actor:civilians", "Actor:police", "Actor:unknown gunmen", "Place:Garissa")),
    ("The 2016 Nairobi attack was an attack on a bus station in Nairobi, Kenya, on 1 May 2016.",
     ("Actor:Kenya", "Facility:bus station", "Place:Kenya", "Place:Nairobi")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_entity_forms_tenth_table(nlp, text, expected):
    assert named(nlp, text) == expected


FORMS = [
    ("Fighters of the Allied Democratic Forces, which calls itself the Islamic State Central Africa Province, "
     "killed 11 farmers near Beni on Tuesday.",
     "Allied Democratic Forces", {"Allied Democratic Forces", "Islamic State Central Africa Province"}),
    ("Hayat Tahrir al-Sham, formerly the Nusra Front, shelled Saraqeb on Monday.",
     "Hayat Tahrir al-Sham", {"Hayat Tahrir al-Sham", "Nusra Front"}),
    ("Armed gangs, known locally as bandits, abducted 30 pupils from a school in Zamfara on Friday.",
     "gangs", {"Armed gangs", "bandits"}),
    ("Islamic State Mozambique Province, as the insurgents call themselves, claimed the raid on Macomia.",
     "Islamic State Mozambique Province", {"Islamic State Mozambique Province", "insurgents"}),
    ("The UPDF's 2nd Division cut off their escape near Bundibugyo. Brigadier Felix Busizoori, commander of the "
     "2nd Division, said 19 attackers were killed.", "UPDF's 2nd Division", {"2nd Division"}),
]


@pytest.mark.parametrize("text,name,forms", FORMS)
def test_both_names_are_one_actors_mentions(nlp, text, name, forms):
    x = extracted(nlp, text, "2024-05-06", source="test", path="t.txt")
    (ent,) = [e for e in x.entities if e.name == name]
    assert {m.text for m in ent.mentions} == forms


def test_a_struck_vehicle_is_located_nowhere(nlp):
    """A bus moves: the place is where it was struck (the event's), not where the bus stands."""
    text = ("The 2014 Mpeketoni bus ambush was an attack by al-Shabaab gunmen on a passenger bus near Mpeketoni, "
            "Kenya, on 14 July 2014.")
    x = extracted(nlp, text, "2024-05-06", source="test", path="t.txt")
    bus = next(e.id for e in x.entities if e.name == "passenger bus")
    assert not [r for r in x.relations if r.source == bus]
