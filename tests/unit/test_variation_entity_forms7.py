"""Entity forms across outlets and wars, seventh table: sentences written for this file the ways
wires, broadcasters, agencies and encyclopedic articles name a body together with its acronym
in brackets, and a people as a side (South Sudan, Afghanistan, Pakistan, Kyrgyzstan, Myanmar,
Nigeria, Kosovo, Ethiopia, the Philippines, Kenya, Ukraine, Somalia, Turkey, Colombia, Mali,
the Lake Chad basin, Sudan, the DR Congo).

Classes varied here:
- a body's name whose tagged span runs into the bracket and stops before its closing mark
  ("the Philippine National Police (PNP") is the name alone, the acronym a form of it, whether
  the body speaks, acts or is the agent of a passive;
- people "of" a name of several capitalised words followed by a bracketed acronym of its
  initials ("commandos of the Special Services Group (SSG)", "officers of the Criminal
  Investigation Department (CID)") make the name a body, whatever its head word; a bracket
  that is no acronym of the name, an acronym used as a modifier ("the Explosive Ordnance
  Disposal (EOD) unit"), a weapon or a vehicle with an acronym, and people "of" a name
  without any bracket give no body;
- a people's name before "ethnic group", "community" or "minority", or a plural people's name
  after "ethnic" ("the Nuer ethnic group", "ethnic Dinkas"), is that people as an actor, both
  forms one actor; an ethnic adjective on a place, a region's name, an organisation's
  "Community" and "community leaders" give none.

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
    # --- a name span stopping inside its bracket is the name alone ------------------------------------
    ("A second bomb was defused by a team of the Philippine National Police (PNP).",
     ("Actor:Philippine National Police",)),
    ("A second bomb was defused by the Philippine National Police (PNP) on Monday.",
     ("Actor:Philippine National Police",)),
    ("The Civil Protection Service (CPS) said three people died in the blaze in Kramatorsk.",
     ("Actor:Civil Protection Service", "Place:Kramatorsk")),
    ("The National Intelligence Agency (NIA) said it arrested four suspects in Mogadishu.",
     ("Actor:National Intelligence Agency", "Place:Mogadishu")),
    # --- people of a name its bracketed acronym follows make the name a body ---------------------------
    ("Commandos of the Special Services Group (SSG) retook the building in Peshawar on Monday.",
     ("Actor:Special Services Group", "Place:Peshawar")),
    ("Officers of the Criminal Investigation Department (CID) arrested two suspects in Nairobi.",
     ("Actor:Criminal Investigation Department", "Place:Nairobi")),
    ("Troops of the Multinational Joint Task Force (MNJTF) killed 20 fighters near Lake Chad.",
     ("Actor:Multinational Joint Task Force", "Place:Lake Chad")),
    ("Members of the Kurdistan Workers' Party (PKK) attacked a post in Hakkari.",
     ("Actor:Kurdistan Workers' Party", "Place:Hakkari")),
    ("Soldiers of the Rapid Response Brigade (RRB) repelled an attack near Gao on Friday.",
     ("Actor:Rapid Response Brigade", "Place:Gao")),
    # a name the dictionary knows keeps its own actor
    ("Fighters of the Sudan Liberation Movement (SLM) shelled El Fasher on Tuesday.",
     ("Actor:Sudan Liberation Army", "Place:El Fasher")),
    # negative: a weapon, a vehicle or displaced people with an acronym are no body
    ("An Improvised Explosive Device (IED) hit a police car near Kandahar on Sunday.", ("Place:Kandahar",)),
    ("An Unmanned Aerial Vehicle (UAV) struck a house in Idlib on Sunday.", ("Place:Idlib",)),
    ("A Rocket Propelled Grenade (RPG) hit the vehicle near Mosul.", ("Place:Mosul",)),
    ("Thousands of Internally Displaced Persons (IDPs) fled to Goma after shelling.",
     ("Actor:civilians", "Place:Goma")),
    # negative: the acronym modifies a noun after it; no bracket at all
    ("A team of the Explosive Ordnance Disposal (EOD) unit defused the bomb in Kherson.", ("Place:Kherson",)),
    # --- a people named as a group is its own actor -----------------------------------------------------
    ("Soldiers from the Nuer ethnic group clashed with ethnic Dinkas in Bor on Monday.",
     ("Actor:Dinka", "Actor:Nuer", "Place:Bor")),
    ("Gunmen killed 14 members of the Hazara community in Mach on Sunday.",
     ("Actor:Hazara", "Actor:unknown gunmen", "Place:Mach")),
    ("Rights groups said ethnic Uzbeks were beaten in Osh last June.", ("Actor:Uzbek", "Place:Osh")),
    ("Attackers burned homes of the Rohingya minority in Maungdaw on Friday.",
     ("Actor:Rohingya", "Place:Maungdaw")),
    ("Militiamen from the Lendu community attacked a camp near Bunia.",
     ("Actor:Lendu", "Actor:militiamen", "Facility:camp", "Place:Bunia")),
    ("Herders from the Fulani ethnic group were accused of the killings in Bokkos.",
     ("Actor:Fulani", "Actor:civilians", "Place:Bokkos")),
    # negative: an ethnic adjective on a place, a region, an organisation's "Community", leaders
    ("Soldiers shelled an ethnic Albanian village near Pristina.", ("Actor:government forces", "Place:Pristina")),
    ("The Amhara region said militiamen attacked a bus near Gondar.",
     ("Actor:militiamen", "Place:Amhara", "Place:Gondar")),
    ("The Economic Community of West African States condemned the coup in Niamey.",
     ("Actor:ECOWAS", "Place:Niamey")),
    ("Community leaders in Jos condemned the killings on Sunday.", ("Place:Jos",)),
    # known classes still missed
    still_missed("Fighting erupted in a Nuer-majority county near Akobo on Tuesday.", ("Place:Akobo",),
                 "a hyphened people's majority word before a place noun is still read as a place"),
    still_missed("The broadcast in the Tigrinya language was cut in Mekele.", ("Place:Mekele",),
                 "a language's name before 'language' is still read as a place"),
    still_missed("The device was made safe by the Civil Protection Service (CPS).",
                 ("Actor:Civil Protection Service",),
                 "the span is cut before its bracket, but a tagged organisation whose head word no list "
                 "holds ('Service') and that does not speak is still no body"),
    still_missed("Agents of the Technical Investigation Corps (CTI) detained a rebel commander in Cucuta.",
                 ("Actor:Technical Investigation Corps", "Place:Cucuta"),
                 "an acronym taken from the name in another language's word order does not follow the "
                 "name's initials, so the bracket does not make it a body"),
    still_missed("Commandos of the Special Services Group retook the building in Peshawar on Monday.",
                 ("Actor:Special Services Group", "Place:Peshawar"),
                 "without its bracketed acronym a name whose head word no list holds ('Group') is not "
                 "read as a body"),
    still_missed("Troops of the Congolese armed forces (FARDC) clashed with M23 rebels near Goma on Sunday.",
                 ("Actor:FARDC", "Actor:M23", "Place:Goma"),
                 "a state's forces named by a demonym and a lower-case force word before their known "
                 "acronym still give the state and the acronym's actor apart"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_entity_forms_seventh_table(nlp, text, expected):
    assert named(nlp, text) == expected
