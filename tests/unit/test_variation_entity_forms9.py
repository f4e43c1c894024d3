"""Entity forms across outlets and wars, ninth table: sentences written for this file the ways
wires, broadcasters, monitors and encyclopedic articles tell one struck building in several
forms (Sudan, Yemen, Gaza, Burkina Faso, Mali, Niger, Kenya, Somalia, Afghanistan, Nigeria,
Ukraine, the DR Congo, Iraq, Colombia, Syria, Cameroon).

Classes varied here:
- one named facility told with more or fewer describing words ("the Abu Shouk camp" and "the Abu
  Shouk camp for displaced people", "the Sadr City hospital" and "the Sadr City general
  hospital"), with or without its Arabic article ("Al-Falah", "Falah"), in title or lower case
  ("Bosaso Police Academy"), or with its owner as demonym or country ("a Kenyan army base", "the
  Kenya army base") is one facility; forms whose describing words do not nest ("the Russian air
  base", "the Russian naval base", "the Russian base") stay apart, as do two names of one kind;
- a headline's unnamed "Mali army camp" is the one named facility of that head the body gives ("a
  Malian army camp"); a bare "the camp" after it is still apart (strict xfails);
- one person named with a title and then by the bare title ("Governor Adolphe Lele ... the
  governor", "the governor of the Lower Shabelle region, Abdulkadir Nur ... the governor") is one
  person: the bare title is the one titled last before it, or the report's only one; a title no
  person holds, or a role of another kind ("a Taliban spokesman" then "the governor"), stays apart.

Each row is one tiny report and the exact actor, place and facility names the guide wants
(sorted). Rows still failing are strict xfails whose reason says what is left.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import named, still_missed  # noqa: E402

ROWS = [
    # --- one named facility in several forms ----------------------------------------------------------
    ("A drone struck the Abu Shouk camp for displaced people near El Fasher on Friday. Aid workers at the "
     "Abu Shouk camp said five children died.",
     ("Actor:civilians", "Facility:Abu Shouk camp for displaced people", "Place:El Fasher")),
    ("Saudi-led jets bombed the al-Mazraq camp for internally displaced people in Hajjah on Monday. The "
     "al-Mazraq camp housed 4,000 families.",
     ("Actor:Saudi Arabia", "Actor:civilians", "Facility:al-Mazraq camp for internally displaced people",
      "Place:Hajjah")),
    ("An air strike hit the Al-Falah school in Gaza City on Thursday. The Falah secondary school had sheltered "
     "900 displaced people.",
     ("Actor:Israel", "Facility:Al-Falah school", "Place:Gaza City")),
    ("Gunmen stormed the Al-Noor mosque in Kano during Friday prayers, killing six worshippers. The Noor "
     "central mosque was closed on Saturday.",
     ("Actor:civilians", "Actor:unknown gunmen", "Facility:Al-Noor mosque", "Place:Kano")),
    ("A suicide bomber struck the Bosaso police academy on Sunday. The Bosaso Police Academy had opened in 2019.",
     ("Facility:Bosaso police academy", "Place:Bosaso")),
    ("Al-Shabaab fighters overran a Kenyan army base in Lamu county on Tuesday. The Kenya army base had been "
     "reinforced in March.",
     ("Actor:Kenya", "Actor:al-Shabaab", "Facility:Kenyan army base", "Place:Lamu")),
    ("Jihadists attacked a Nigerien army camp at Tillia on Wednesday, killing 12 soldiers. The Niger army camp "
     "was abandoned by nightfall.",
     ("Actor:Niger", "Actor:rebels", "Facility:Nigerien army camp", "Place:Tillia")),
    ("Taliban fighters stormed an Afghan army outpost in Helmand on Monday. The Afghan outpost fell after a "
     "four-hour fight.",
     ("Actor:Islamic Republic of Afghanistan", "Actor:Taliban", "Facility:Afghan army outpost", "Place:Helmand")),
    ("Gunmen on motorcycles attacked the Gorom-Gorom market in Burkina Faso on Sunday, killing 14 traders. The "
     "weekly cattle market of Gorom-Gorom had reopened in May.",
     ("Actor:civilians", "Actor:unknown gunmen", "Facility:Gorom-Gorom market", "Place:Burkina Faso",
      "Place:Gorom-Gorom")),
    ("Shells hit the Bakhmut central market on Saturday, killing seven shoppers, Ukrainian officials said. The "
     "Bakhmut market had been hit twice in May.",
     ("Actor:Ukraine", "Actor:civilians", "Facility:Bakhmut central market", "Place:Bakhmut")),
    ("A car bomb exploded outside the Sadr City hospital in Baghdad on Friday. The Sadr City general hospital "
     "treated 40 wounded.",
     ("Actor:civilians", "Facility:Sadr City hospital", "Place:Baghdad", "Place:Sadr City")),
    # negative: describing words that do not nest, or two names of one kind, stay apart
    ("Jets flew from the Russian air base at Hmeimim on Monday, and the Russian naval base at Tartus was put on "
     "alert. The Russian base was not hit.",
     ("Actor:Russia", "Facility:Russian air base", "Facility:Russian base", "Facility:Russian naval base",
      "Place:Hmeimim", "Place:Tartus")),
    ("A strike hit the Al-Tabi'in school in Gaza City on Saturday, a week after the Al-Karmel school was hit.",
     ("Facility:Al-Karmel school", "Facility:Al-Tabiin school", "Place:Gaza City")),
    ("Gunmen attacked the Mora district hospital on Monday, and the wounded were taken to the Kolofata hospital.",
     ("Actor:unknown gunmen", "Facility:Kolofata hospital", "Facility:Mora district hospital", "Place:Mora")),
    ("Boko Haram fighters raided the Dalori camp near Maiduguri on Saturday, and the Bakassi camp was put on "
     "alert.",
     ("Actor:Boko Haram", "Facility:Bakassi camp", "Facility:Dalori camp", "Place:Maiduguri")),
    # --- a headline's unnamed form of a named facility's whole head ------------------------------------
    ("Jihadists kill 11 soldiers in attack on Mali army camp\n\nGunmen on motorcycles attacked a Malian army "
     "camp near Gao on Monday, killing 11 soldiers, the army said.",
     ("Actor:Mali", "Actor:rebels", "Actor:unknown gunmen", "Facility:Malian army camp", "Place:Gao")),
    ("Strike on Sudan displacement camp kills 12\n\nA drone hit the Abu Shouk displacement camp near El Fasher on "
     "Friday, killing 12 people.",
     ("Actor:civilians", "Facility:Abu Shouk displacement camp", "Place:El Fasher", "Place:Sudan")),
    # negative: the bare head noun stays with the unnamed facility told before it, or apart
    ("Jihadists attacked a Malian army camp at Boni and the Abu Shouk camp near El Fasher. Gunmen burned the "
     "camp before dawn.",
     ("Actor:Mali", "Actor:rebels", "Actor:unknown gunmen", "Facility:Abu Shouk camp", "Facility:Malian army camp",
      "Place:Boni", "Place:El Fasher")),
    ("Russian missiles struck the Kramatorsk railway station on Friday. Hours later the old station was shelled "
     "again.",
     ("Actor:Russia", "Facility:Kramatorsk railway station", "Place:Kramatorsk")),
    ("Gunmen attacked a Malian army camp at Boni on Tuesday, and a camp for displaced people was looted.",
     ("Actor:Mali", "Actor:civilians", "Actor:unknown gunmen", "Facility:Malian army camp",
      "Facility:camp for displaced people", "Place:Boni")),
    # A bare "the camp" after one named army camp is that camp (facility.bare-noun-folds).
    ("Jihadists attacked a Malian army camp at Boni on Tuesday. The attackers burned the camp before dawn.",
     ("Actor:Mali", "Actor:rebels", "Facility:Malian army camp", "Place:Boni")),
    # --- a bare title after the person titled so -------------------------------------------------------
    ("Gunmen opened fire at a bus station in Bamenda, killing seven people, the regional governor says. Governor "
     "Adolphe Lele said the attackers fled. The governor blamed separatists.",
     ("Actor:Adolphe Lele", "Actor:civilians", "Actor:rebels", "Actor:unknown gunmen", "Facility:bus station",
      "Place:Bamenda")),
    ("Russian bombs killed nine people in Zaporizhzhia, Oblast Governor Ivan Fedorov said. Three children are in "
     "hospital, according to the governor. In Kherson, Governor Oleksandr Prokudin said a drone killed two people.",
     ("Actor:Ivan Fedorov", "Actor:Oleksandr Prokudin", "Actor:Russia", "Actor:civilians", "Place:Kherson",
      "Place:Zaporizhzhia")),
    ("The governor of the Lower Shabelle region, Abdulkadir Nur, said troops retook Awdhegle on Monday. The "
     "governor said the militants fled.",
     ("Actor:Abdulkadir Nur", "Actor:Somalia", "Actor:rebels", "Place:Lower Shabelle")),
    ("Rebels attacked Beni on Monday, Governor Jean Bakomito said. Governor Carly Nzanzu of North Kivu said the "
     "governor of Ituri had asked for help.",
     ("Actor:Carly Nzanzu", "Actor:Jean Bakomito", "Actor:rebels", "Place:Beni", "Place:Ituri", "Place:North Kivu")),
    # negative: a title nobody in the report holds stays a role of its own
    ("A Taliban spokesman, Zabihullah Mujahid, claimed the attack in Kabul. The governor said 12 people died.",
     ("Actor:Taliban", "Actor:Zabihullah Mujahid", "Actor:governor", "Place:Kabul")),
    # known classes still missed
    still_missed("Gunmen killed two traders in Tame, Arauca, on Sunday, said Ana Ruiz, the mayor of Tame. The mayor "
                 "asked for troops.",
                 ("Actor:Ana Ruiz", "Actor:civilians", "Actor:unknown gunmen", "Place:Arauca", "Place:Tame"),
                 "a name after a speech verb that the parse does not take for a person is lost with its title"),
    still_missed("Houthi fighters shelled a Saudi army post near Jizan on Monday. The Saudi Arabian army post "
                 "returned fire.",
                 ("Actor:Houthis", "Actor:Saudi Arabia", "Facility:Saudi army post", "Place:Jizan"),
                 "an owner told by a two-word demonym ('Saudi Arabian') is not matched to its one-word form"),
    # A capitalised generic noun opening a sentence ("Officials said") is no body of its own; the bare "the
    # base" is the army base named before it.
    ("Al-Shabaab fighters stormed a Somali army base near Beledweyne on Monday. Officials said the base was "
     "retaken by evening.",
     ("Actor:Somalia", "Actor:al-Shabaab", "Facility:Somali army base", "Place:Beledweyne")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_entity_forms_ninth_table(nlp, text, expected):
    assert named(nlp, text) == expected
