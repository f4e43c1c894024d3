"""Entity forms across outlets and wars, third table: sentences written for this file the ways
wires, broadcasters, military statements, sitreps and ISW-style updates name the places of a
story and the outlets they quote (Burkina Faso, Pakistan, Kashmir, Cameroon, Nigeria, DR Congo,
Myanmar, Mali, Somalia, Sudan, Syria, Libya, Yemen, Afghanistan, Ukraine).

Classes varied here:
- a town spaCy reads as a person (or as an organisation the gazetteer knows as a place) where
  the sentence locates it: right after "in" ("13 in Dolbel and 8 in Tassaga"), or before an
  area or front word ("the Tithwal sector", "the Sara Khel offensive", "the Mindif
  district hospital"); not a possessive ("in Hemedti's offensive"), a demonym ("the Russian offensive"),
  a person a title opens;
- a state that acts through its government, embassy or ambassador, or speaks ("the embassy of
  Japan", "Norway condemned"), is an actor; one that only locates ("towards Italy") a place;
- a head of state is a person of his own ("Syrian President Bashar al-Assad said"); his forces
  and his regime are the state;
- a defence ministry's short form after its owner ("the Russian MoD") is the ministry, and one
  owner's ministry of one portfolio in several forms ("Ministry of Defense", "Defense
  Ministry", "MoD") is one actor;
- a broadcaster's language service ("VOA Somali", "BBC Hausa", "RFA Burmese") is no place and
  no people's state; a place after an outlet and a noun ("a VOA reporter in Garowe") stays.

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
    # --- a town read as a person where the sentence locates it --------------------------------------
    ("The army said its troops cleared the Shawal valley after the Sara Khel offensive.",
     ("Actor:government forces", "Place:Sara Khel", "Place:Shawal")),
    ("The army said its troops cleared the Tochi valley after the Razmak Khel offensive.",
     ("Actor:government forces", "Place:Razmak Khel")),
    still_missed("The army said its troops cleared the Shawal valley after the Spinwam offensive.",
                 ("Actor:government forces", "Place:Shawal", "Place:Spinwam"),
                 "a town spaCy tags as nothing at all before 'offensive' is not read"),
    ("More than 300 fighters have been killed since the start of the Sararogha offensive in May, the military says.",
     ("Actor:government forces", "Place:Sararogha")),
    ("Gunmen killed 21 herders in two hamlets of Oudalan province: 13 in Dolbel and 8 in Tassaga.",
     ("Actor:civilians", "Actor:unknown gunmen", "Place:Dolbel", "Place:Oudalan", "Place:Tassaga")),
    ("Attacks on 3 May killed 19 civilians in two villages of Loroum province: 12 in Sollé and 7 in Banh.",
     ("Actor:civilians", "Place:Banh", "Place:Loroum", "Place:Sollé")),
    ("Militants killed 14 farmers in three villages of Zamfara state: eight in Kadisau and six in Dan Gulbi.",
     ("Actor:civilians", "Actor:rebels", "Place:Dan Gulbi", "Place:Kadisau", "Place:Zamfara")),
    ("Two porters were killed in the Tithwal sector of Handwara district, the army said.",
     ("Actor:civilians", "Actor:government forces", "Place:Handwara", "Place:Tithwal")),
    ("Troops foiled an infiltration bid in the Gurez sector of Bandipora district on Sunday.",
     ("Place:Bandipora", "Place:Gurez")),
    ("Two M23 rebels were killed in the Bweza sector of Rutshuru, the army said.",
     ("Actor:Democratic Republic of the Congo", "Actor:M23", "Place:Bweza", "Place:Rutshuru")),
    ("The wounded were taken to the Mokolo regional hospital and the Mindif district hospital.",
     ("Facility:Mindif district hospital", "Facility:Mokolo regional hospital", "Place:Mindif", "Place:Mokolo")),
    ("Myanmar troops shelled homes in the Kyaukme area on Friday, killing four villagers.",
     ("Actor:civilians", "Place:Kyaukme", "Place:Myanmar")),
    ("Rebels ambushed a convoy on the Ménaka axis, the army said.", ("Actor:Mali", "Actor:rebels", "Place:Ménaka")),
    ("Residents in Tassaga say three shepherds were also killed in the raid.", ("Actor:civilians", "Place:Tassaga")),
    ("Officials in Baraki Barak said the Taliban killed three policemen on Monday.",
     ("Actor:Taliban", "Actor:government forces", "Place:Baraki Barak")),
    # a possessive, a demonym, a person's name in a house, a leader: no place
    ("In Hemedti's offensive on Omdurman, hundreds of people died, Mwangi Otieno said.",
     ("Actor:Mohamed Hamdan Dagalo", "Actor:Mwangi Otieno", "Place:Omdurman")),
    ("The Russian offensive near Kupiansk continued on Sunday.", ("Actor:Russia", "Place:Kupiansk")),
    ("A soldier died in Tareq Shaibani's house in Ibb, his family said.", ("Place:Ibb",)),
    ("Fighters loyal to Ali Kushayb attacked villages in Deleig on Sunday.",
     ("Actor:Ali Kushayb", "Place:Deleig")),
    still_missed("More than 900 militants have been killed since the start of the Bajaur offensive in August, the "
                 "military says.", ("Actor:government forces", "Actor:rebels", "Place:Bajaur"),
                 "the gazetteer's first Bajaur is not Pakistan's, so the report's unnamed military becomes "
                 "that country's"),
    still_missed("Officials in Dolbel said gunmen on motorbikes attacked the market.",
                 ("Actor:unknown gunmen", "Facility:market", "Place:Dolbel"),
                 "a town only after 'officials in', read as an organisation the gazetteer does not know, is lost"),
    # --- a defence ministry's short form is the ministry, one actor in all its forms -------------------
    ("The Russian MoD claimed that Russian forces captured Pishchane on Tuesday.",
     ("Actor:Russia", "Actor:Russian MoD", "Place:Pishchane")),
    ("The Ukrainian MoD said drones struck an airfield in Millerovo overnight.",
     ("Actor:Ukraine", "Actor:Ukrainian MoD", "Facility:airfield", "Place:Millerovo")),
    ("The British MoD said Russian forces had lost 900 tanks near Vuhledar.",
     ("Actor:British MoD", "Actor:Russia", "Place:Vuhledar")),
    ("The Russian Ministry of Defense (MoD) said air defenses downed 30 drones over Belgorod. The Russian MoD "
     "later said debris fell in Shebekino.",
     ("Actor:Russia", "Actor:Russian Ministry of Defense", "Place:Belgorod", "Place:Shebekino")),
    ("The Russian Ministry of Defense said air defenses downed 30 drones over Belgorod. The Russian Defense "
     "Ministry later said debris fell in Shebekino.",
     ("Actor:Russia", "Actor:Russian Ministry of Defense", "Place:Belgorod", "Place:Shebekino")),
    # another portfolio of the same owner stays another ministry
    ("The Russian Ministry of Defense said drones fell near Kursk. The Russian Foreign Ministry summoned the "
     "envoy.", ("Actor:Russia", "Actor:Russian Foreign Ministry", "Actor:Russian Ministry of Defense",
                "Place:Kursk")),
    # --- a broadcaster's language service is no place ------------------------------------------------
    ("A district official told VOA Somali that al-Shabaab fighters attacked Jalalaqsi on Sunday.",
     ("Actor:Somalia", "Actor:Voice of America", "Actor:al-Shabaab", "Place:Jalalaqsi")),
    ("A nurse told BBC Hausa that bandits abducted 30 students in Kuriga on Thursday.",
     ("Actor:BBC", "Actor:bandits", "Actor:civilians", "Place:Kuriga")),
    ("Villagers told RFA Burmese that junta soldiers burned 40 homes in Gangaw township on Sunday.",
     ("Actor:civilians", "Place:Gangaw")),
    ("A VOA reporter in Garowe said militants attacked Jalalaqsi on Sunday.",
     ("Actor:Voice of America", "Actor:rebels", "Place:Garowe", "Place:Jalalaqsi")),
    still_missed("Sky News Arabia reported that drones struck a fuel depot in Port Sudan on Tuesday.",
                 ("Actor:Sky News Arabia", "Facility:fuel depot", "Place:Port Sudan"),
                 "the broadcaster's edition is not read as a source, and 'Port' of the city is read as a facility"),
    still_missed("Speaking to VOA's Kurdish Service, an SDF commander said Turkish drones struck Qamishli.",
                 ("Actor:Syrian Democratic Forces", "Actor:Turkey", "Actor:Voice of America", "Place:Qamishli"),
                 "the struck town after a demonym's drones and 'struck' is not read"),
    still_missed("Villagers told RFA Burmese that junta soldiers burned 40 homes in Gangaw township on Sunday.",
                 ("Actor:Tatmadaw", "Actor:civilians", "Place:Gangaw"),
                 "'junta soldiers' without the country named are not read as the junta"),
    # --- a state that acts through its government or embassy, or speaks, is an actor ------------------
    ("The governments of the United States, Britain and Norway welcomed the truce in Malakal.",
     ("Actor:Norway", "Actor:United Kingdom", "Actor:United States", "Agreement:truce", "Place:Malakal")),
    ("The embassies of Italy and Germany condemned the shelling of Tarhuna.",
     ("Actor:Germany", "Actor:Italy", "Place:Tarhuna")),
    ("The attack in Siargao was condemned by the embassy of Japan in Cebu.",
     ("Actor:Japan", "Place:Cebu", "Place:Siargao")),
    ("The ambassador of Canada condemned the killing of 12 villagers in Téra.",
     ("Actor:Canada", "Actor:civilians", "Place:Téra")),
    ("Japan pledged $10 million in aid after the floods in Derna.", ("Actor:Japan", "Place:Derna")),
    # ... a state that only locates, and a citizen, stay what they are
    ("Migrants set off from Libya towards Italy on Sunday; 40 drowned off Zuwara.",
     ("Place:Italy", "Place:Libya", "Place:Zuwara")),
    ("Drones made in Japan were found at the site of the strike in Okhtyrka.", ("Place:Japan", "Place:Okhtyrka")),
    ("A Japanese aid worker was wounded when shells hit a clinic in Bakhmut.",
     ("Actor:aid workers", "Facility:clinic", "Place:Bakhmut")),
    still_missed("Canadian troops trained soldiers in Lviv before the war.", ("Actor:Canada", "Place:Lviv"),
                 "the state's demonym is no alias (a citizen would become the state), so its troops stay unread"),
    # --- a head of state is a person of his own; his forces and regime are the state ---------------
    ("Syrian President Bashar al-Assad said the army would retake Saraqeb.",
     ("Actor:Bashar al-Assad", "Actor:Syrian government", "Place:Saraqeb")),
    ("Assad's forces shelled Kafr Nabl on Sunday, killing six civilians, the Observatory said.",
     ("Actor:Observatory", "Actor:Syrian government", "Actor:civilians", "Place:Kafr Nabl")),
    ("Pro-Assad forces captured Saraqeb on Friday.", ("Actor:Syrian government", "Place:Saraqeb")),
    still_missed("Forces loyal to Assad bombed Maarat al-Numan on Tuesday.",
                 ("Actor:Syrian government", "Place:Maarat al-Numan"),
                 "the bombed town after 'bombed' is not read"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_entity_forms_third_table(nlp, text, expected):
    assert named(nlp, text) == expected
