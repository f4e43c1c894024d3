"""Encyclopedic narratives of one attack, fifth table: forms of the toll and of the author that
the earlier encyclopedic tables did not vary, in the layouts such articles take (a lead
defining the attack, an incident summary dated in its heading, an entry of a list or a
timeline; sections headed "Casualties", "Aftermath", "Perpetrators").

- The attackers counted by number after the victims, as the object of "killed" ("killing 32
  worshippers and the two bombers"): the attackers' dead are killed too (eval/GUIDE.md:
  combatant and civilian deaths both count), added on top of the victims.
- A revised toll told with the wounded after it ("the toll rose to 87, and 116 people were
  injured"), or with the time the revision took ("rose over the following weeks to 587"): the
  revised figure is the toll, the wounded stay the wounded.
- One person named after the counted victims by office or tie ("killing 15 commandos and the
  driver"): one more dead.
- The participle of killing in the lead's clause ("shooting dead 14 worshippers", "gunning down
  six guards").
- The author named by "later attributed the attack to X", parsed with "to X" on the attack.
- Attackers taken alive ("police captured two of the attackers alive"): an arrest, not ground
  captured.
- The author named by the name of an armed group of a war no actor list covered (Abu Sayyaf,
  the Shining Path, the AUC), or by an admission of planting the device ("admitted planting the
  bomb").

Wars and periods: Nigeria, Somalia, Burkina Faso, Belgium, Iraq, Kenya, Uganda, Mali, Pakistan,
Sri Lanka, the Philippines, Northern Ireland, Spain, Peru, Colombia; 1987-2019. The incidents, figures and people are
written for these tests (at real places, with real parties); no sentence is taken from a report.

Each row: a text and per incident (events whose role is "incident", in order) the sorted names
of its perpetrators, its date, killed and wounded, as eval/GUIDE.md would annotate them. Rows
that still fail are strict xfails with the reason: they say what is left.

The rules these rows led to: toll.counted-attackers-after-victims, toll.revised-count-apart and
toll.and-one-named-person (toll_counted.py), toll.revised-in-sentence widened to a time told before the figure
(toll_updates.py), the active reader's "shooting dead" and "gunning down" (toll_phrases.py),
claim.attributed-to-on-object (attribution.py), event.capture-of-counted-people (frame_triggers.py),
claim.admitted-planting-the-device (claim_forms.py), the entries of loaders/data/actors/insurgencies.yaml."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import left  # noqa: E402
from incident_rows import narrated  # noqa: E402
from report_reads import extracted  # noqa: E402

# --- the attackers counted by number after the victims ------------------------------------------

MAIDUGURI = "Incident summary: mosque bombing in Maiduguri (3 May 2018)\n\nOn 3 May 2018, two suicide bombers " \
            "struck a mosque in the Gwange district of Maiduguri, Borno State, Nigeria, during dawn prayers. "

COUNTED = [
    (MAIDUGURI + "The blasts killed 27 worshippers and the two bombers.", 29, None),
    (MAIDUGURI + "The blasts killed 27 worshippers and the two bombers, and wounded 56 others.", 29, 56),
    (MAIDUGURI + "The explosions killed 27 worshippers, along with the two bombers.", 29, None),
    (MAIDUGURI + "Soldiers at the gate fired on the attackers, killing 27 people and both bombers.", 29, None),
    (MAIDUGURI + "The explosions killed 27 worshippers together with the two bombers.", 29, None),
    # negatives: the attackers counted among the victims, not dead, or someone else than them
    (MAIDUGURI + "The blasts killed 27 people, including the two bombers.", 27, None),
    left("'the two bombers' accomplice' after 'wounded' is read as two wounded: the possessive's count is taken",
         MAIDUGURI + "The blasts killed 27 worshippers and wounded the two bombers' accomplice.", 27, None),
    (MAIDUGURI + "The blasts killed 27 worshippers and the two bombers' driver.", 27, None),
    left("victims counted after 'and the' are added only when they are attackers; two guards are left out",
         MAIDUGURI + "The blasts killed 27 worshippers and the two guards at the gate.", 29, None),
]


@pytest.mark.parametrize("text,killed,wounded", COUNTED)
def test_attackers_counted_after_the_victims(nlp, text, killed, wounded):
    assert [(k, w) for _a, _d, k, w in narrated(nlp, text, "2020-01-01")] == [(killed, wounded)]


WARS_COUNTED = [
    ("List of terrorist incidents in March 2016\n\n22 March 2016 – Brussels, Belgium: Coordinated suicide "
     "bombings at Brussels Airport in Zaventem and at Maalbeek metro station killed 32 civilians and the three "
     "perpetrators, and injured more than 300 people. The Islamic State claimed responsibility.", "2017-01-01",
     [(("Islamic State",), "2016-03-22", 35, 300)]),
    ("2019 Nairobi hotel attack\n\nThe 2019 Nairobi hotel attack was an assault by al-Shabaab gunmen on a hotel "
     "complex on Riverside Drive in Nairobi, Kenya, on 15 January 2019. The siege, which lasted 20 hours, killed 21 "
     "civilians and the five attackers.", "2020-01-01",
     [(("al-Shabaab",), "2019-01-15", 26, None)]),
    ("Timeline of the Iraqi insurgency (2006)\n\n9 July 2006 – Tuz Khurmatu, Saladin: Gunmen stormed a police "
     "station, killing 11 policemen and the four attackers.", "2007-01-01",
     [(("unknown gunmen",), "2006-07-09", 15, None)]),
]


@pytest.mark.parametrize("text,published,expected", WARS_COUNTED)
def test_attackers_counted_across_wars(nlp, text, published, expected):
    assert narrated(nlp, text, published) == expected


# --- one person named after the counted victims by office or tie --------------------------------

GADCHIROLI = "Incident summary: landmine blast near Gadchiroli (1 May 2019)\n\nOn 1 May 2019, Maoist insurgents " \
             "detonated a mine under a private vehicle carrying police commandos near Jambhurkheda, Gadchiroli " \
             "district, Maharashtra, India, "

ONE_NAMED = [
    (GADCHIROLI + "killing 15 commandos and the driver.", 16),
    (GADCHIROLI + "killing 15 commandos and their driver.", 16),
    (GADCHIROLI + "killing fifteen commandos and the civilian driver.", 16),
    ("Timeline of the Boko Haram insurgency (2012)\n\n25 December 2012 – Potiskum, Yobe: Gunmen stormed a church "
     "during the midnight service, killing ten worshippers and the pastor.", 11),
    # negatives: the person counted among the victims, someone tied to him, or not said to be dead
    (GADCHIROLI + "killing 15 commandos, including the driver.", 15),
    (GADCHIROLI + "killing 15 commandos and the driver's son.", 15),
    (GADCHIROLI + "killing 15 commandos; the driver survived.", 15),
]


@pytest.mark.parametrize("text,killed", ONE_NAMED)
def test_one_person_named_after_the_victims(nlp, text, killed):
    assert [k for _a, _d, k, _w in narrated(nlp, text, "2020-01-01")][:1] == [killed]


# --- a revised toll told with the wounded, or with the time the revision took ------------------

HODAN = "2017 Hodan truck bombing\n\nThe 2017 Hodan truck bombing was a truck bomb attack at a busy junction in " \
        "the Hodan district of Mogadishu, Somalia, on 14 October 2017.\n\n"

REVISED = [
    (HODAN + "Casualties\nThe death toll rose to 87, and 116 people were injured.", 87, 116),
    (HODAN + "Casualties\nThe death toll, first put at 20, rose to 87, and 116 people were injured.", 87, 116),
    (HODAN + "Casualties\nThe toll later rose to 87 and 116 people were injured.", 87, 116),
    (HODAN + "Casualties\nThe death toll, first put at 20, rose over the following weeks to 587.", 587, None),
    (HODAN + "Casualties\nThe toll, first given as 20, was revised in the following days to 31.", 31, None),
    (HODAN + "Aftermath\nThe death toll, first put at 20, rose over the following weeks to 587, and 316 people were "
     "injured.", 587, 316),
    # negatives: a coordinated subject of the wounded; a figure of another thing after "rose to"
    (HODAN + "Casualties\nThe blast killed 20 people. Two guards and 14 shoppers were injured.", 20, 16),
    (HODAN + "Casualties\nThe blast killed 20 people. Fuel prices rose to 3 dollars, and 14 shoppers were injured.",
     20, 14),
    (HODAN + "Casualties\nThe blast killed 20 people. The number of displaced rose over the following weeks to 900.",
     20, None),
]


@pytest.mark.parametrize("text,killed,wounded", REVISED)
def test_revised_toll_with_the_wounded(nlp, text, killed, wounded):
    assert [(k, w) for _a, _d, k, w in narrated(nlp, text, "2019-01-01")] == [(killed, wounded)]


# --- the participle of killing in the lead's clause ---------------------------------------------

SHOT_DEAD = [
    ("Incident summary: church attack in Hantoukoura (1 December 2019)\n\nOn 1 December 2019, gunmen on motorbikes "
     "stormed a Protestant church in Hantoukoura, Est Region, Burkina Faso, during Sunday service, shooting dead 14 "
     "worshippers, including the pastor.", 14, None),
    ("Timeline of the Mali War (2019)\n\n23 March 2019 – Ogossagou, Mopti Region: Armed men raided the village at "
     "dawn, gunning down 39 herders and wounding 12.", 39, 12),
    ("2014 Mpeketoni attack\n\nThe 2014 Mpeketoni attack was a raid by gunmen on the town of Mpeketoni, Lamu County, "
     "Kenya, on 15 June 2014, the gunmen going from house to house and shooting dead 48 men.", 48, None),
    left("'mowing down six constables' after 'fired on a police patrol' gives no toll to the entry's incident",
         "Timeline of the insurgency in Khyber Pakhtunkhwa (2012)\n\n1 September 2012 – Bannu: Gunmen fired on a "
         "police patrol, mowing down six constables.", 6, None),
    # negatives: no count of the dead; the participle of a speaker's charge, not of the attack
    ("Timeline of the Mali War (2019)\n\n23 March 2019 – Ogossagou, Mopti Region: Armed men raided the village at "
     "dawn, shooting dead dozens of herders.", None, None),
    ("Timeline of the Mali War (2019)\n\n23 March 2019 – Ogossagou, Mopti Region: Armed men raided the village at "
     "dawn, wounding 12 herders. Rights groups accused soldiers of shooting dead suspects in the region.", None, 12),
]


@pytest.mark.parametrize("text,killed,wounded", SHOT_DEAD)
def test_shooting_dead_in_the_lead(nlp, text, killed, wounded):
    assert [(k, w) for _a, _d, k, w in narrated(nlp, text, "2021-01-01")][:1] == [(killed, wounded)]


# --- the author named by "later attributed the attack to X" ------------------------------------

KASESE = "2016 Kasese market bombing\n\nThe 2016 Kasese market bombing was a bomb attack on the central market of " \
         "Kasese, Uganda, on 4 June 2016. The blast killed 12 people and wounded 30.\n\n"
ADF = ("Allied Democratic Forces",)

ATTRIBUTED = [
    (KASESE + "Perpetrators\nInvestigators later attributed the attack to the Allied Democratic Forces.", ADF),
    (KASESE + "Investigators later attributed the attack to the Allied Democratic Forces.", ADF),
    (KASESE + "Perpetrators\nPolice eventually attributed the bombing to the Allied Democratic Forces.", ADF),
    (KASESE + "Perpetrators\nA later inquiry attributed the bombing to the Allied Democratic Forces.", ADF),
    (KASESE + "Perpetrators\nThe attack was later attributed to the Allied Democratic Forces.", ADF),
    # negatives: something else attributed; a condemnation; a side denying
    (KASESE + "Aftermath\nInvestigators later attributed the delay in the rescue to the heavy rain.", ()),
    (KASESE + "Aftermath\nThe Allied Democratic Forces condemned the attack.", ()),
    (KASESE + "Aftermath\nWitnesses later attributed the rescue of the wounded to the Uganda Red Cross.", ()),
]


@pytest.mark.parametrize("text,actors", ATTRIBUTED)
def test_author_attributed_later(nlp, text, actors):
    assert [a for a, _d, _k, _w in narrated(nlp, text, "2020-01-01")] == [actors]


# --- attackers taken alive: an arrest, not ground captured --------------------------------------

def kinds(nlp, text: str, published: str) -> list[str]:
    """The kinds of the events of `text` but aggregates, in order."""

    return [v.kind for v in extracted(nlp, text, published).events
            if v.role != "aggregate"]


LAHORE = "2010 Lahore mosque attacks\n\nThe 2010 Lahore mosque attacks took place on 28 May 2010 in Lahore, " \
         "Pakistan, when gunmen and suicide bombers attacked two mosques during Friday prayers, killing 94 people. "

TAKEN_ALIVE = [
    (LAHORE + "Police captured two of the attackers alive at the Model Town mosque.", ["Attack", "Abduction"]),
    left("'captured one of them alive': a count of a pronoun is not known to be people",
         LAHORE + "Worshippers overpowered the gunmen and police captured one of them alive.", ["Attack", "Abduction"]),
    (LAHORE + "Security forces captured the surviving attacker, who was later sentenced to death.",
     ["Attack", "Abduction"]),
    (LAHORE + "Police arrested two suspects in Lahore the following week.", ["Attack", "Abduction"]),
    # negatives: ground taken; a count of places, not people
    (LAHORE + "Troops captured the town of Kot Addu from the rebels the same day.", ["Attack", "Capture"]),
    (LAHORE + "Troops captured two of the villages near the town of Kasur the same day.", ["Attack", "Capture"]),
    (LAHORE + "Police cordoned off the two mosques for the rest of the day.", ["Attack"]),
]


@pytest.mark.parametrize("text,expected", TAKEN_ALIVE)
def test_attackers_taken_alive(nlp, text, expected):
    assert kinds(nlp, text, "2012-01-01") == expected


# --- the author named by the name of a group of another war ------------------------------------

GROUPS = [
    # the Provisional IRA is in the dictionary (loaders/data/actors/europe.yaml), the Real IRA apart from it
    ("1987 Enniskillen bombing\n\nThe Enniskillen bombing was a bomb attack at the war memorial in Enniskillen, "
     "County Fermanagh, Northern Ireland, on 8 November 1987. The bomb killed 11 people and wounded 63. The "
     "Provisional IRA admitted planting the bomb.", "1990-01-01",
     [(("Provisional Irish Republican Army",), "1987-11-08", 11, 63)]),
    left("ETA is in no actor list: an entry for it was tried and dropped (it cost event precision)",
         "Timeline of the Basque conflict (1987)\n\n19 June 1987 – Barcelona: A car bomb exploded in the car park of "
         "the Hipercor shopping centre, killing 21 people and wounding 45. ETA claimed responsibility.", "1990-01-01",
         [(("ETA",), "1987-06-19", 21, 45)]),
    # the LTTE by its acronym alone: listed since the groups table (loaders/data/actors/insurgencies.yaml)
    ("Incident summary: bus bombing near Dambulla (2 February 2008)\n\nOn 2 February 2008, a bomb exploded on a "
         "crowded bus at the Dambulla bus station, Sri Lanka, killing 18 passengers and wounding 56. The government "
         "blamed the LTTE, which denied responsibility.", "2009-01-01", [(("Liberation Tigers of Tamil Eelam",),
                                                                          "2008-02-02", 18, 56)]),
    ("List of terrorist incidents in February 2004\n\n27 February 2004 – Manila Bay, Philippines: A bomb set off a "
     "fire on the SuperFerry 14 shortly after it left Manila, killing 116 people. Abu Sayyaf claimed "
     "responsibility.", "2005-01-01", [(("Abu Sayyaf",), "2004-02-27", 116, None)]),
    ("Timeline of the internal conflict in Peru (1992)\n\n16 July 1992 – Lima: A car bomb exploded on Tarata Street "
     "in the Miraflores district, killing 25 people and wounding 155. Police blamed the Shining Path.",
     "1993-01-01", [(("Shining Path",), "1992-07-16", 25, 155)]),
    ("Incident summary: massacre in El Salado (16-21 February 2000)\n\nBetween 16 and 21 February 2000, about 450 "
     "paramilitaries killed 60 residents of El Salado, Bolívar, Colombia. A later inquiry attributed the massacre "
     "to the AUC.", "2002-01-01", [(("United Self-Defense Forces of Colombia",), "2000-02-16", 60, None)]),
    # negatives: a name that only looks like a group's; a group named as a victim
    ("Incident summary: bombing in Omagh (15 August 1998)\n\nOn 15 August 1998, a car bomb exploded in the centre "
     "of Omagh, County Tyrone, Northern Ireland, killing 29 people. Police said Ira Thomas, a shopkeeper, raised "
     "the alarm.", "2000-01-01", [((), "1998-08-15", 29, None)]),
    ("Timeline of the Basque conflict (2000)\n\n7 May 2000 – Andoain: A bomb exploded outside a bar, killing a "
     "retired policeman. The victim had long criticised ETA.", "2002-01-01", [((), "2000-05-07", 1, None)]),
]


@pytest.mark.parametrize("text,published,expected", GROUPS)
def test_groups_of_other_wars(nlp, text, published, expected):
    assert narrated(nlp, text, published) == expected
