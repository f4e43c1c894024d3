"""Entity forms across outlets and wars, fifth table: sentences written for this file the ways
wires, local dailies, encyclopedic articles and agency briefs put a town spaCy does not know
into a slot only a place fills, and strike capitals (Cameroon, Niger, Mali, Somalia, Kenya,
Colombia, Nigeria, Syria, Ukraine, Yemen, Iraq, Lebanon, Afghanistan).

Classes varied here:
- a town after a local office or its people ("the sub-prefect of Mokolo", "the governor of
  Mubarak", "residents of Kolofata", "the outskirts of Mubarak") is a place, not the person spaCy
  reads; a person apposed to the office ("the mayor of Gao, Moussa Ag Ahmed"), a person after a
  word that is no office ("supporters of Imran Khan") or a person's home stays a person;
- a town after "the police station of" is a place, and the station is named by it;
- a capital the dictionary reads as its state is a place where a strike lands on it ("missiles
  struck Kyiv", "forces shelled Damascus") or a part of it is named ("the Shaab neighbourhood of
  Baghdad", "the outskirts of Kabul"); a capital that speaks ("Damascus denied", "Moscow said")
  stays the state, and a country struck stays the party attacked;
- still missed (strict xfails): a town after "the market of" or an attack noun with no date
  after it ("the raid on Baragoni left three dead"), and a side's positions an attack is aimed
  at ("struck SDF positions"): rules for them were tried and dropped, each costing a measured
  set an entity or events.

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
    # --- a town after a local office or its people ------------------------------------------------
    ("The sub-prefect of Mokolo said suicide bombers killed nine people on Sunday.",
     ("Actor:civilians", "Actor:prefect of Mokolo", "Place:Mokolo")),
    ("Residents of Kolofata fled after gunmen burned the market.",
     ("Actor:civilians", "Actor:unknown gunmen", "Facility:market", "Place:Kolofata")),
    ("The governor of Mubarak said al-Shabaab fighters killed four soldiers on Monday.",
     ("Actor:Somalia", "Actor:al-Shabaab", "Actor:governor of Mubarak", "Place:Mubarak")),
    ("Elders of Tumbuktu said the militants left the town on Tuesday.", ("Actor:rebels", "Place:Tumbuktu")),
    ("Inhabitants of Tillaberi said jihadists killed 12 civilians on Sunday.",
     ("Actor:civilians", "Actor:rebels", "Place:Tillaberi")),
    ("The outskirts of Mubarak were shelled by al-Shabaab fighters on Monday.", ("Actor:al-Shabaab", "Place:Mubarak")),
    ("The district commissioner of Mandera said police shot two suspects.",
     ("Actor:commissioner of Mandera", "Actor:police", "Place:Mandera")),
    # a person apposed to the office, after a word that is no office, or owning a home stays a person
    ("The mayor of Gao, Moussa Ag Ahmed, said the blast killed six people.",
     ("Actor:Moussa Ag Ahmed", "Actor:civilians", "Place:Gao")),
    ("Supporters of Imran Khan clashed with police in Lahore.", ("Actor:Imran Khan", "Place:Lahore")),
    ("Gunmen burned the home of Ahmed Musa in Gwoza on Monday.",
     ("Actor:Ahmed Musa", "Actor:unknown gunmen", "Place:Gwoza")),
    # --- a town after "the police station of" ----------------------------------------------------
    ("A bomb exploded outside the police station of Morales on Monday, killing two officers.",
     ("Facility:police station of Morales", "Place:Morales")),
    ("Gunmen attacked the police station of Kolofata overnight, the army said.",
     ("Actor:government forces", "Actor:unknown gunmen", "Facility:police station of Kolofata", "Place:Kolofata")),
    ("Militants stormed the police station of Mokolo before dawn, killing three officers.",
     ("Actor:rebels", "Facility:police station of Mokolo", "Place:Mokolo")),
    ("A car bomb hit the police station of Mubarak on Tuesday, police said.",
     ("Actor:police", "Facility:police station of Mubarak", "Place:Mubarak")),
    ("Rebels torched the police station of Kolofata and freed 40 prisoners.",
     ("Actor:rebels", "Facility:police station of Kolofata", "Place:Kolofata")),
    # a station of no town, and a station's commander apposed: no place is made
    ("The police station of the district was closed after the raid.", ("Facility:police station",)),
    ("Gunmen shot dead the commander of the police station, Musa Ibrahim, in Gwoza.",
     ("Actor:Musa Ibrahim", "Actor:unknown gunmen", "Facility:police station", "Place:Gwoza")),
    # --- a capital struck, or a part of it named, is a place ------------------------------------------
    ("Russian missiles struck Kyiv on Monday, killing three people.",
     ("Actor:Russia", "Actor:civilians", "Place:Kyiv")),
    ("Government forces shelled Damascus overnight, killing 35 people, activists said.",
     ("Actor:Syrian government", "Actor:activists", "Actor:civilians", "Place:Damascus")),
    ("Saudi-led airstrikes pounded Sanaa overnight, killing 12 people.",
     ("Actor:Saudi Arabia", "Actor:civilians", "Place:Sanaa")),
    ("Mortar rounds hit the Shaab neighbourhood of Baghdad on Friday, police said.",
     ("Actor:police", "Place:Baghdad", "Place:Shaab")),
    ("Israeli jets bombed the southern suburbs of Beirut on Tuesday.", ("Actor:Israel", "Place:Beirut")),
    ("Rebels fired rockets at the outskirts of Kabul on Sunday.", ("Actor:rebels", "Place:Kabul")),
    # a capital that speaks stays the state; a country struck stays the party attacked
    ("Damascus denied the accusation on Monday.", ("Actor:Syrian government",)),
    ("Moscow said its forces struck military targets near Kharkiv.", ("Actor:Russia", "Place:Kharkiv")),
    ("Kyiv said Russian missiles hit a power plant in Lviv.",
     ("Actor:Russia", "Actor:Ukraine", "Facility:power plant", "Place:Lviv")),
    ("Russian drones struck Ukraine overnight, officials said.", ("Actor:Russia", "Actor:Ukraine", "Actor:officials")),
    # --- still missed: tried and dropped ----------------------------------------------------------
    still_missed("Gunmen attacked the market of Kolofata on Sunday.",
                 ("Actor:unknown gunmen", "Facility:market of Kolofata", "Place:Kolofata"),
                 "a town after 'the market of' read as a place cost written test an entity; left as a person"),
    # a one-word town after "the attack on" and before the attack's date (place.attacked-town-dated)
    ("The ambush recalled the attack on Mpeketoni in June, in which gunmen killed 48 people.",
     ("Actor:civilians", "Actor:unknown gunmen", "Place:Mpeketoni")),
    still_missed("The raid on Baragoni left three dead, police said.", ("Actor:police", "Place:Baragoni"),
                 "a town after 'the raid on' is left as a person (as 'the attack on')"),
    still_missed("Turkish drones struck SDF positions near Tal Rifaat on Monday.",
                 ("Actor:Syrian Democratic Forces", "Actor:Turkey", "Facility:SDF positions", "Place:Tal Rifaat"),
                 "a side's positions an attack is aimed at are no facility yet: read so, they cost the held-out "
                 "fixtures an entity and written dev events"),
    still_missed("Rebels fired mortars at army positions in Kadugli on Sunday.",
                 ("Actor:Sudanese Armed Forces", "Actor:rebels", "Facility:army positions", "Place:Kadugli"),
                 "a side's positions an attack is aimed at are no facility yet"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_entity_forms_fifth_table(nlp, text, expected):
    assert named(nlp, text) == expected
