"""The killed and wounded of an incident, seventh table: the figures of several sources set side
by side in an article's summary box, each with its source in brackets ("Deaths: 7 (official
figure); 25-30 (hospital sources)": the largest figure given stands, a range's top), and an
article's attack likened to an earlier one on a named ground the reader made no place of ("The
ambush recalled the attack on X on 15 June 2014, in which ...": the earlier attack keeps its own
toll, the article's attack keeps the toll told before). Articles written for these tests in the
style of encyclopedias, from many wars; each row states the exact (killed, wounded) of each
incident, in order, as the evaluation guide reads them, negatives included (a bracket counting
attackers or children, one source alone, a likening with no date of its own, a condemnation
dated the day after).

Rows that still fail are strict xfails with the reason: they say what is left."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import events, infobox_article, named, still_missed, tolls  # noqa: E402

# --- the figures of sources that differ, side by side in the box ------------------------------

JAMRUD = ("2018 Jamrud market bombing", "Jamrud, Khyber District, Pakistan", "2 February 2018",
          "The 2018 Jamrud market bombing was a bombing at a market in Jamrud, Pakistan, on 2 February 2018.")
BENI = ("2016 Beni massacre", "Beni, North Kivu, DR Congo", "13 August 2016",
        "The 2016 Beni massacre was a killing of civilians by ADF rebels in Beni, DR Congo, on 13 August 2016.")

BOXES = [
    # Afghanistan: the governor's figure, then the elders', set apart by a semicolon
    (infobox_article("2019 Jalalabad mosque bombing", "Jalalabad, Nangarhar Province, Afghanistan", "18 October 2019",
                     "The 2019 Jalalabad mosque bombing was a bombing of a mosque in Jalalabad, Afghanistan, during "
                     "Friday prayers on 18 October 2019.",
                     "Deaths: 12 (provincial governor); 62 (tribal elders)", "Injured: 36"),
     [(62, 36)]),
    # Niger: a slash between the dead, a comma between the wounded
    (infobox_article("2021 Goudoumaria ambush", "Goudoumaria, Diffa Region, Niger", "6 March 2021",
                     "The 2021 Goudoumaria ambush was an attack by jihadists on an army convoy near Goudoumaria, "
                     "Niger, on 6 March 2021.",
                     "Deaths: 9 (army) / 14 (local officials)", "Injured: 5 (army), 11 (hospital staff)",
                     kind="Ambush"),
     [(14, 11)]),
    # Nigeria: a range of one source, a single figure of another: the largest of all
    (infobox_article("2017 Maiduguri mosque bombing", "Maiduguri, Borno State, Nigeria", "15 March 2017",
                     "The 2017 Maiduguri mosque bombing was a suicide bombing at a mosque in Maiduguri, Nigeria, on "
                     "15 March 2017.",
                     "Fatalities: 20\u201324 (police); 31 (emergency agency)", "Injured: about 40"),
     [(31, 40)]),
    # Syria: "or" between two sides' figures, each "according to" its side
    (infobox_article("2022 Tal Tamr shelling", "Tal Tamr, Al-Hasakah Governorate, Syria", "3 July 2022",
                     "The 2022 Tal Tamr shelling was an artillery attack on a market in Tal Tamr, Syria, on 3 "
                     "July 2022.",
                     "Deaths: 7 (according to the Turkish ministry) or 18 (according to the SDF)", "Injured: 25",
                     kind="Shelling"),
     [(18, 25)]),
    # Yemen: the larger figure first, the smaller after: the larger stays
    (infobox_article("2018 Hajjah wedding strike", "Bani Qais, Hajjah Governorate, Yemen", "22 April 2018",
                     "The 2018 Hajjah wedding strike was an air strike on a wedding party in Bani Qais, Yemen, on "
                     "22 April 2018.",
                     "Deaths: 33 (health ministry); 20 (coalition)", "Injured: 55 (health ministry); 30 (coalition)",
                     kind="Airstrike"),
     [(33, 55)]),
    # negative: the attackers counted in the bracket, not a source
    (infobox_article(*JAMRUD, "Deaths: 17 (including 3 attackers)", "Injured: 30"), [(17, 30)]),
    # negative: brackets naming who the dead and wounded were
    (infobox_article(*JAMRUD, "Deaths: 17 (civilians)", "Injured: 30 (children)"), [(17, 30)]),
    # negative: one source alone
    (infobox_article(*JAMRUD, "Deaths: 17 (official)", "Injured: 30"), [(17, 30)]),
    # negative: the bracket breaks the dead down, it gives no second figure
    (infobox_article(*BENI, "Deaths: 36 (13 women, 4 children)", "Injured: 6", kind="Massacre"), [(36, 6)]),
    still_missed(infobox_article(*BENI, "Deaths: 36 (Rwangoma); 12 (Kalinda)", "Injured: 6", kind="Massacre"),
                 [(48, 6)],
                 "a breakdown by place in brackets reads like the figures of sources that differ: the largest is "
                 "taken, not the sum"),
]


@pytest.mark.parametrize("text,expected", BOXES)
def test_box_figures_of_sources_that_differ(nlp, text, expected):
    assert tolls(nlp, text) == expected


# --- the article's attack likened to an earlier one on a named ground -----------------------------

CHINAGODRAR = ("Chinagodrar ambush\n\nThe 2021 Chinagodrar ambush was an attack by Islamic State fighters on a "
               "patrol near Chinagodrar, Niger, on 21 March 2021. The fighters fired on the vehicles from "
               "motorbikes; 16 soldiers were killed and 6 wounded.\n\n")
DAQUQ = ("Daquq checkpoint bombing\n\nThe 2020 Daquq checkpoint bombing was a suicide attack by Islamic State on a "
         "checkpoint near Daquq, Iraq, on 2 May 2020. The bomber drove a truck into the barrier; ten militiamen were "
         "killed and four wounded.\n\n")

LIKENED = [
    # Kenya: a village the reader makes no place of, "recalled ... in which"
    ("Lowe bus ambush\n\nThe 2016 Lowe bus ambush was an attack by gunmen on a bus near Lowe, Kenya, on 11 March "
     "2016. The gunmen stopped the bus and shot passengers; six passengers were killed and two wounded.\n\nThe "
     "ambush recalled the attack on Kibwezani on 15 June 2014, in which gunmen killed at least 30 people.",
     [(6, 2), (30, None)]),
    # Cameroon: "echoed the raid on", an unknown village
    ("Kolofata market bombing\n\nThe 2015 Kolofata market bombing was a suicide attack by Boko Haram on a market "
     "near Kolofata, Cameroon, on 13 July 2015. Two girls walked into the crowd and set off their charges; 13 "
     "traders were killed and 7 injured.\n\nThe bombing echoed the raid on Tchakamari on 2 February 2015, in "
     "which militants killed at least 20 villagers.",
     [(13, 7), (20, None)]),
    # Somalia: "mirrored the assault on", a known town
    ("Dhusamareb hotel siege\n\nThe 2019 Dhusamareb hotel siege was an attack by al-Shabaab on a hotel in "
     "Dhusamareb, Somalia, on 4 May 2019. The gunmen stormed the building after a car bomb; five guests were "
     "killed and nine wounded.\n\nThe siege mirrored the assault on Galcad on 9 November 2018, in which fighters "
     "killed 11 soldiers.",
     [(5, 9), (11, None)]),
    # Kashmir: "recalled the attack on", a town named
    ("Awantipora convoy bombing\n\nThe 2019 Awantipora convoy bombing was an attack by militants on a police "
     "convoy near Awantipora, India, on 14 February 2019. A car packed with explosives rammed the bus; 22 "
     "policemen were killed and 5 wounded.\n\nThe bombing recalled the attack on Lethpora on 31 December 2017, "
     "in which militants killed five policemen.",
     [(22, 5), (5, None)]),
    # Iraq: the earlier killing of a named man is an incident of its own, with no toll told
    (DAQUQ + "The bombing recalled the killing of Haidar Mekeshifa on 9 March 2018.", [(10, 4), (None, None)]),
    # Niger: the town of the earlier attack written after "the village of"
    (CHINAGODRAR + "The ambush recalled the attack on the village of Baley Beri on 4 October 2017, in which "
     "jihadists killed eight soldiers.", [(16, 6), (8, None)]),
    # negative: a likening with no date of its own tells no earlier incident
    (CHINAGODRAR + "The ambush recalled earlier attacks by the group on patrols in the region.", [(16, 6)]),
    # negative: a condemnation dated the day after is no attack
    (CHINAGODRAR + "Niger's president, Mohamed Bazoum, condemned the attack on 22 March.", [(16, 6)]),
    # negative: no likening verb: the same attack told on with the day after
    (DAQUQ + "The bombing on 2 May was claimed by Islamic State the next day.", [(10, 4)]),
    # Niger: a dated earlier attack likened, no toll told: an incident of its own all the same
    (CHINAGODRAR + "The ambush recalled the attack on Kandadji Sabon on 4 October 2017.", [(16, 6), (None, None)]),
]


@pytest.mark.parametrize("text,expected", LIKENED)
def test_likened_earlier_attack_keeps_its_own_toll(nlp, text, expected):
    assert tolls(nlp, text) == expected


# --- the seat of who speaks, after the speaker, in a toll sentence ------------------------------

SEATS = [
    # Yemen: a ministry "in" the capital puts the dead and the injured at figures
    ("A drone struck a wedding convoy near Rada'a in al-Bayda on Friday. The Houthi-run health ministry in Sanaa "
     "put the dead at 15 and the injured at 22.", [(15, 22)]),
    # Afghanistan: "officials in Kabul said", the worshippers counted
    ("A suicide bomber attacked a mosque in Pul-e-Khumri on Friday. Officials in Kabul said 12 worshippers were "
     "killed and 30 wounded.", [(12, 30)]),
    # Pakistan: a spokesman for the police of another town
    ("Gunmen attacked a police post in Tank on Sunday. A spokesman for the provincial police in Dera Ismail Khan "
     "said four policemen were killed.", [(4, None)]),
    # Ukraine: the capital's officials put the toll
    ("Shelling hit a market in Kramatorsk on Monday. Officials in Kyiv put the toll at 11 dead and 40 wounded.",
     [(11, 40)]),
    # Somalia: doctors in the capital told of the wounded brought there
    ("A car bomb exploded at a checkpoint in Afgoye on Saturday. Doctors in Mogadishu said nine people were "
     "killed.", [(9, None)]),
    # negative: a strike in the capital told in its own sentence is an incident of its own
    ("Shelling hit a market in Kramatorsk on Monday, killing 11 people. In Kyiv, a missile strike killed three "
     "people.", [(11, None), (3, None)]),
    # negative: the speaker's town is where the bomb went off
    ("Police in Mogadishu said a car bomb exploded near a checkpoint on Sunday, killing four people.", [(4, None)]),
    # negative: a second blast in the speakers' town, told by an attack word
    ("A car bomb exploded near a checkpoint in Baidoa on Sunday, killing four people. Police in Mogadishu said a "
     "second bomb exploded near the port, killing two.", [(4, None), (2, None)]),
    # negative: a separate blast the sentence says so
    ("A car bomb exploded near a checkpoint in Baidoa on Sunday, killing four people. Police in Mogadishu said two "
     "people were killed in a separate blast.", [(4, None), (2, None)]),
]


@pytest.mark.parametrize("text,expected", SEATS)
def test_speakers_seat_is_no_incident(nlp, text, expected):
    assert tolls(nlp, text) == expected


# --- a town recalled as "the attack on X" with its date ------------------------------------------

TOWNS = [
    ("The ambush recalled the attack on Mpeketoni on 15 June 2014, in which gunmen killed 48 people.", "Mpeketoni"),
    still_missed("The bombing echoed the raid on Tchakamari in February 2015, when militants killed 20 villagers.",
                 "Tchakamari", "a name spaCy tags as no entity at all is not read as the town attacked (only a name "
                 "taken for a person is)"),
    ("It followed the assault on Galcad, in which fighters killed 11 soldiers.", "Galcad"),
    ("The strike came a year after the massacre of Kibwezani in 2014.", "Kibwezani"),
]


@pytest.mark.parametrize("text,town", TOWNS)
def test_attacked_town_is_a_place(nlp, text, town):
    assert f"Place:{town}" in named(nlp, "Kenya\n\n" + text)


@pytest.mark.parametrize("text,person", [
    # a person attacked is named in full
    ("The stabbing recalled the attack on Salman Rushdie on 12 August 2022.", "Salman Rushdie"),
    # a name after "attack on" with no date is left to the other readers
    ("Police said the attack on Otieno was a robbery.", None),
])
def test_attacked_person_stays(nlp, text, person):
    names = named(nlp, text)
    assert not any(n.startswith("Place:") and (person or "Otieno") in n for n in names)


# --- the side of who gives the toll is no author of the attack ----------------------------------

def _told(nlp, text: str) -> list[tuple]:
    return [(killed, wounded, tuple(sorted(actors))) for (_k, _r, killed, wounded, _d, _w, actors)
            in events(nlp, text)]


SPEAKER_SIDE = ("the side named in the phrase of who gives the toll ('the Taliban's interior ministry', 'the "
                "Houthi-run health ministry') is made the author of the attack: a rule taking it off such toll "
                "sentences was tried and dropped (the sentence then stood apart as an incident of its own on an "
                "encyclopedic article, and event precision and killed fell on a set)")

SIDES = [
    # Afghanistan: the possessive of a ministry's government
    ("A suicide bomber struck a Shia mosque in Kunduz on Friday.\n\nThe Taliban's interior ministry said "
     "seven worshippers were killed and 15 wounded.", [(7, 15, ())]),  # event.office-owner-no-doer
    # Yemen: a "-run" ministry that puts the dead and the injured at figures
    still_missed("A drone struck a wedding convoy near Rada'a in al-Bayda on Friday.\n\nThe Houthi-run health "
                 "ministry put the dead at 15 and the injured at 22.", [(15, 22, ())], SPEAKER_SIDE),
    # Somalia: the state's ministry counts the dead of a bombing in its capital
    ("A car bomb exploded outside a hotel in Mogadishu on Saturday.\n\nSomalia's information ministry "
     "said 11 people died and 24 were injured.", [(11, 24, ())]),
    # Niger: the defence ministry counts its own soldiers; the gunmen stay the authors
    ("Gunmen attacked a police post in Tillaberi on Thursday.\n\nNiger's defence ministry said 17 "
     "soldiers were killed and 9 wounded.", [(17, 9, ("unknown gunmen",))]),
    # Ukraine: an installed administration gives the toll of shelling told without its author
    ("Artillery shells hit a market in Donetsk on Monday.\n\nThe Russian-installed city administration said nine "
     "civilians were killed.", [(9, None, ())]),
    # negative: the speaker's troops did the killing
    ("Gunmen attacked a church in Owo on Sunday.\n\nThe army said its troops killed 12 of the gunmen.",
     [(12, None, ("unknown gunmen",))]),
    # negative: the army's own counter-attack, told by the army, is its own
    ("Jihadists attacked a convoy near Djibo on Sunday.\n\nBurkina Faso's army said it killed 40 of the attackers "
     "in the counter-offensive.", [(None, None, ("rebels",)), (40, None, ("burkina faso",))]),
    # negative: drones shot down are no toll
    ("A drone struck a fuel depot in Bryansk on Tuesday.\n\nRussia's defence ministry said its air defences shot "
     "down 20 Ukrainian drones.", [(None, None, ())]),
]


@pytest.mark.parametrize("text,expected", SIDES)
def test_speakers_side_is_no_author(nlp, text, expected):
    assert _told(nlp, text) == expected
