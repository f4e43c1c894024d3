"""Encyclopedic narratives of one attack, sixth table: the summary box and the layout of such
articles in more wars and eras than the earlier tables (a title and its box of field lines
above the lead; a section heading standing alone above its paragraph; the bare words for
fighters in an article naming one group).

- A box's toll line counted in parts ("Killed: 166 victims, 9 attackers", "Deaths: 12
  soldiers and 4 militants", "Deaths: 29 + 2 bombers"): the parts are added (eval/GUIDE.md:
  combatant and civilian deaths both count); a part told as included ("including 3
  perpetrators", "20 of them children") is not.
- A name never runs over a blank line: a box's last value and the lead's first name, or a
  heading and its paragraph's first name, are two names.
- "The guerrillas", "the insurgents" in an article whose only named armed group is X are X.
- "The governor's spokesman blamed X. An X spokesman denied": the first spokesman is the
  governor's, not X's (X stays the side the report's sources blame).
- "killing 97 people, and 40 others were injured / 2,000 residents fled": the count after
  "and" is the subject of a clause of its own, not more dead.
- A line opening on a count right under a heading ("Casualties" / "149 people were killed."):
  one sentence, the count its subject.

Wars and periods: Northern Ireland, Russia (North Ossetia, Dagestan), India, Spain, Kenya,
Somalia, Turkey, Colombia, Sri Lanka, Algeria, Lebanon, Iraq, Afghanistan, Pakistan, Mali,
Nigeria, the Philippines, Uganda; 1983-2019. The incidents, figures and people are written for
these tests (at real places, with real parties); no sentence is taken from a report.

Each row: a text and per incident (events whose role is "incident", in order) what
eval/GUIDE.md would annotate. Rows that still fail are strict xfails with the reason: they
say what is left.

The rules these rows led to: toll.infobox-counted-parts (infobox_tolls.py),
facility.within-paragraph (paragraph_names.py), actor.article-bare-fighters (article_generics.py),
actor.owned-role-not-joined (speakers.py), toll.more-object-own-clause (toll_figures.py),
toll.line-opening-count (layout_breaks.py)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import left  # noqa: E402
from incident_rows import infobox_article, named, narrated  # noqa: E402

# --- a box's toll line counted in parts ---------------------------------------------------------


def boxed(title: str, where: str, date: str, deaths: str, lead: str, field: str = "Deaths") -> str:
    return infobox_article(title, where, date, lead, f"{field}: {deaths}", "Injured: 40")


MUMBAI = ("2008 Mumbai attacks", "Mumbai, India", "26 November 2008",
          "The 2008 Mumbai attacks were a series of shootings and bombings in Mumbai, India, on 26 November 2008.")
OMAGH = ("1998 Omagh bombing", "Omagh, County Tyrone, Northern Ireland", "15 August 1998",
         "The Omagh bombing was a car bombing in Omagh, County Tyrone, on 15 August 1998.")
ANKARA = ("2016 Ankara bus bombing", "Ankara, Turkey", "17 February 2016",
          "The 2016 Ankara bus bombing was a car bomb attack on military buses in Ankara, Turkey, on 17 February 2016.")
BAQUBAH = ("2008 Baqubah market bombing", "Baqubah, Diyala, Iraq", "12 June 2008",
           "The 2008 Baqubah market bombing was a suicide bombing in the central market of Baqubah, Iraq, on 12 June "
           "2008.")
BONI = ("2019 Boulkessi camp attack", "Boulkessi, Mali", "30 September 2019",
        "The 2019 Boulkessi camp attack was an assault on an army camp at Boulkessi, Mali, on 30 September 2019.")

PARTS = [
    (boxed(*MUMBAI[:3], "166 victims, 9 attackers", MUMBAI[3], field="Killed"), 175),
    (boxed(*OMAGH[:3], "29 civilians, 2 attackers", OMAGH[3]), 31),
    (boxed(*BONI[:3], "38 soldiers and 15 militants", BONI[3]), 53),
    (boxed(*BAQUBAH[:3], "24 + 1 bomber", BAQUBAH[3]), 25),
    (boxed(*ANKARA[:3], "28 people; 1 perpetrator", ANKARA[3], field="Fatalities"), 29),
    (boxed(*ANKARA[:3], "28 civilians, two attackers", ANKARA[3]), 30),
    (boxed(*MUMBAI[:3], "166 civilians, 9 attackers, 18 policemen", MUMBAI[3], field="Killed"), 193),
    # the bracketed attackers the earlier rule reads; parts told as included; one figure alone
    (boxed(*OMAGH[:3], "29 (+2 perpetrators)", OMAGH[3]), 31),
    (boxed(*ANKARA[:3], "29 (including the perpetrator)", ANKARA[3]), 29),
    (boxed(*ANKARA[:3], "29 (including 1 perpetrator)", ANKARA[3]), 29),
    (boxed(*ANKARA[:3], "29, including 1 perpetrator", ANKARA[3]), 29),
    (boxed(*BAQUBAH[:3], "24 people, 11 of them children", BAQUBAH[3]), 24),
    (boxed(*BAQUBAH[:3], "24 (11 children)", BAQUBAH[3]), 24),
    (boxed(*OMAGH[:3], "29", OMAGH[3]), 29),
    (boxed(*OMAGH[:3], "at least 29", OMAGH[3]), 29),
    (boxed(*BONI[:3], "38 soldiers", BONI[3]), 38),
    # a range in the box: its top, the largest figure given (box_ranges.py)
    (boxed(*BAQUBAH[:3], "20-25", BAQUBAH[3]), 25),
]


@pytest.mark.parametrize("text,killed", PARTS)
def test_box_toll_counted_in_parts(nlp, text, killed):
    assert [k for _a, _d, k, _w in narrated(nlp, text, "2020-01-01")][:1] == [killed]


# --- a name never runs over a blank line --------------------------------------------------------

OVER_BLANK = [
    ("Garissa University College attack\nDate: 2 April 2015\nLocation: Garissa, Kenya\nPerpetrators: al-Shabaab\n\n"
     "The Garissa University College attack took place on 2 April 2015 in Garissa, Kenya, when gunmen stormed the "
     "college, killing 148 people.", "al-Shabaab\n\nThe Garissa University College"),
    ("2019 Lamitan bombing\n\nThe 2019 Lamitan bombing was a van bombing at a checkpoint in Lamitan, the "
     "Philippines, on 31 July 2018.\n\nBackground\n\nBasilan has long been a stronghold of Abu Sayyaf.",
     "Background\n\nBasilan"),
    ("Kampala bombings\nPerpetrator: Allied Democratic Forces\n\nKampala Central Police Station was the first site "
     "struck on 16 November 2021, when two suicide bombers blew themselves up in Kampala, Uganda.",
     "Allied Democratic Forces\n\nKampala Central Police Station"),
    ("Kahatagasdigiliya bus bombing\n\nA roadside mine struck a bus near Kahatagasdigiliya, Sri Lanka, on 15 June "
     "2006, killing 64 passengers.\n\nAftermath\n\nAnuradhapura hospital received the wounded.",
     "Aftermath\n\nAnuradhapura"),
]


@pytest.mark.parametrize("text,crossing", OVER_BLANK)
def test_no_name_over_a_blank_line(nlp, text, crossing):
    assert not [n for n in named(nlp, text) if "\n\n" in n]


# --- the bare words for fighters in an article naming one group ----------------------------------

SUAREZ = "2013 Suarez police station attack\n\nThe 2013 Suarez police station attack was an assault by the FARC on " \
         "the police station of Suarez, Cauca, Colombia, on 19 March 2013. "

BARE = [
    (SUAREZ + "Two guerrillas were killed in the exchange of fire.", False),
    (SUAREZ + "The army said three guerrillas died in the fighting.", False),
    (SUAREZ + "Peace talks between the government and the guerrillas were under way.", False),
    (SUAREZ + "Soldiers killed two insurgents near the town the next day.", False),
    left("the Armed Islamic Group of Algeria is in no actor list, so the article names no group to fold into",
         "Timeline of the Algerian Civil War (1997)\n\n29 August 1997 – Rais: Fighters of the Armed Islamic Group "
         "attacked the village, and soldiers killed two insurgents.", False),
    # a news report naming the group: the guerrillas counted in its attack's toll are its own dead
    # (generic_sides._own_dead; the guide: a group and its fighters are one actor)
    ("The FARC attacked a police station in Suarez, Colombia, on Monday. Two guerrillas were killed.", False),
    # negative: two groups named
    (SUAREZ + "The ELN said it had no part in the attack. Two guerrillas were killed.", True),
]


@pytest.mark.parametrize("text,generic", BARE)
def test_bare_fighters_are_the_named_group(nlp, text, generic):
    assert ("Actor:rebels" in named(nlp, text)) is generic


# --- a spokesman owned by another body is not the named side's ---------------------------------

KANDAHAR = "Incident summary: roadside bomb near Kandahar (1 August 2010)\n\nOn 1 August 2010, a roadside bomb " \
           "struck a minibus on the highway west of Kandahar, Afghanistan, killing 11 civilians. "
MARKA = "Timeline of the Somali Civil War (2014)\n\n9 March 2014 – Marka, Lower Shabelle: A car bomb exploded at a " \
        "checkpoint, killing seven soldiers. "
DIYALA = "Incident summary: market bombing in Khalis (17 July 2015)\n\nOn 17 July 2015, a truck bomb exploded in a " \
         "crowded market in Khan Bani Saad, Diyala Governorate, Iraq, killing 120 people. "

OWNED_ROLE = [
    (KANDAHAR + "The provincial governor's spokesman blamed the Taliban. A Taliban spokesman denied involvement.",
     ("Taliban",)),
    (KANDAHAR + "The governor's spokesman blamed the Taliban, and a Taliban spokesman denied it.", ("Taliban",)),
    (MARKA + "The regional administration's spokesman blamed al-Shabaab. An al-Shabaab spokesman denied involvement.",
     ("al-Shabaab",)),
    (DIYALA + "The interior ministry's spokesman blamed the Islamic State. An Islamic State spokesman denied "
     "involvement.", ("Islamic State",)),
    # negatives: the side denies by its own name; the side's own spokesman claims; nobody blamed
    (KANDAHAR + "The governor's spokesman blamed the Taliban. The Taliban denied involvement.", ("Taliban",)),
    left("'the group' in its spokesman's statement ('said the group had planted the bomb') is not read as the side",
         KANDAHAR + "A Taliban spokesman said the group had planted the bomb.", ("Taliban",)),
    (KANDAHAR + "The governor's spokesman said an investigation was under way. A Taliban spokesman denied "
     "involvement.", ()),
    (MARKA + "The regional administration's spokesman condemned the attack.", ()),
]


@pytest.mark.parametrize("text,actors", OWNED_ROLE)
def test_owned_spokesman_is_not_the_named_side(nlp, text, actors):
    assert [a for a, _d, _k, _w in narrated(nlp, text, "2020-01-01")][:1] == [actors]


# --- a count after "and" with a verb of its own is no more dead ---------------------------------

KUKAWA = "Incident summary: attack on Kukawa (3 July 2015)\n\nOn 3 July 2015, Boko Haram fighters attacked the town " \
         "of Kukawa, Borno State, Nigeria, during evening prayers, "
RAIS = "Timeline of the Algerian Civil War (1997)\n\n29 August 1997 – Rais, Blida Province: Armed men entered the " \
       "village at night, "
QUETTA = "2013 Quetta snooker hall bombing\n\nThe 2013 Quetta snooker hall bombing was a double suicide bombing in " \
         "Quetta, Balochistan, Pakistan, on 10 January 2013, "

OWN_CLAUSE = [
    (KUKAWA + "killing 97 people, and more than 2,000 residents fled.", 97, None),
    (KUKAWA + "killing 97 people, and 40 others were injured.", 97, 40),
    (KUKAWA + "killing 97 worshippers, and about 2,000 residents were displaced.", 97, None),
    (RAIS + "killing 98 villagers, and more than 60 women were abducted.", 98, None),
    # the verb swallowed by the objects' phrase (toll.more-object-own-verb-inside)
    (RAIS + "killing 98 villagers, and 120 survivors escaped into the orchards.", 98, None),
    (QUETTA + "killing 92 people, and more than 120 others were wounded.", 92, 120),
    # negatives: the count after "and" is one more object of the killing
    (KUKAWA + "killing 97 worshippers and two soldiers who were guarding the mosque.", 99, None),
    (KUKAWA + "killing 97 worshippers and two soldiers, police said.", 99, None),
    (QUETTA + "killing 92 people and the two bombers.", 94, None),
    (QUETTA + "killing 92 people and two policemen, and wounding 120.", 94, 120),
]


@pytest.mark.parametrize("text,killed,wounded", OWN_CLAUSE)
def test_count_with_a_verb_of_its_own(nlp, text, killed, wounded):
    assert [(k, w) for _a, _d, k, w in narrated(nlp, text, "2020-01-01")][:1] == [(killed, wounded)]


# --- a line opening on a count under a section heading ------------------------------------------

PESHAWAR = "2014 Peshawar school massacre\n\nThe 2014 Peshawar school massacre was an attack on the Army Public " \
           "School in Peshawar, Pakistan, on 16 December 2014. Six gunmen entered the school and opened fire.\n\n"
GARISSA = "Garissa University College attack\n\nThe Garissa University College attack was a mass shooting at the " \
          "university college in Garissa, Kenya, on 2 April 2015.\n\n"
KAMPALA = "2010 Kampala bombings\n\nThe 2010 Kampala bombings were two suicide bombings at a rugby club in Kampala, " \
          "Uganda, on 11 July 2010.\n\n"

LINE_COUNT = [
    (PESHAWAR + "Casualties\n149 people were killed.", 149, None),
    (PESHAWAR + "Casualties\n149 people were killed, including 132 schoolchildren.", 149, None),
    (GARISSA + "Casualties\n148 people died, most of them students.", 148, None),
    (GARISSA + "Aftermath\n148 students and staff were killed.", 148, None),
    (KAMPALA + "Victims\n74 people were killed and 85 injured.", 74, 85),
    (KAMPALA + "Casualties\n1,074 people were reported hurt in the crush that followed.", None, 1074),
    # negatives: the count not opening the line; a blank line after the heading; no harm told
    (PESHAWAR + "Casualties\nIn all, 149 people were killed.", 149, None),
    (PESHAWAR + "Casualties\n\n149 people were killed.", 149, None),
    (KAMPALA + "Aftermath\n2010 was the year the group first struck outside Somalia.", None, None),
]


@pytest.mark.parametrize("text,killed,wounded", LINE_COUNT)
def test_line_opening_on_a_count(nlp, text, killed, wounded):
    assert [(k, w) for _a, _d, k, w in narrated(nlp, text, "2020-01-01")][:1] == [(killed, wounded)]
