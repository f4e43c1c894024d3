"""Encyclopedic narratives of one attack, second table: what the first (test_variation_
encyclopedic.py) did not vary. Summary boxes laid out with tabs or a "Casualties" line and a
date only in the box; leads telling the toll as "left N dead", "claimed the lives of", "a death
toll of", a toll revised in the same sentence or set against another source's; tolls raised in
an Aftermath section; perpetrators tied in sections of their own by claims made days later,
"It was carried out by X", arrests and convictions of a group's members, names of groups no
dictionary lists written as one hyphen-joined word; trials, anniversaries and memorials that
must not date the attack. Wars and periods: Nigeria, Pakistan, Iraq, Burkina Faso, Ukraine,
Ethiopia, Myanmar, Colombia, Sudan, Lebanon, Niger, Kenya, Algeria, Belarus, Afghanistan, Mali,
Israel, DR Congo, India, the Philippines, Sri Lanka, Northern Ireland, Haiti; 1996-2025. The
incidents, figures and people are written for these tests (at real places, with real
parties); no sentence is taken from a report.

Each row: a text, its publication date, and per incident (events whose role is "incident", in
order) the sorted names of its perpetrators, its date, killed and wounded, as eval/GUIDE.md
would annotate them. Rows that still fail are strict xfails with the reason: they say what is
left.

The rules these rows led to: actor.joined-group-name (joined_names.py), claim.legal-ties and
event.legal-reference (legal_ties.py), claim.pronoun-agent (pronoun_agents.py),
toll.revised-in-sentence, toll.toll-against-source and toll.bodies-counted-later
(toll_updates.py), actor.city-names-attack and actor.institution-names-attack
(place_authors.py); a name in a summary box's perpetrator field is the author whatever the
parser took it for (infobox.py); "claimed the attack days later" claims it
(attribution._claimed_noun_after); the speaker of a sentence on "the attackers" is a source
of the incident (claims.SPEAKS_OF_INCIDENT); "the Pakistan-based group X" ties no Pakistan
(bystanders.py)."""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.toll_updates import revised_toll, toll_against_source

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import left  # noqa: E402
from incident_rows import narrated  # noqa: E402

# --- summary boxes laid out otherwise; the date only in the box --------------------------------

BOXES = [
    ("2018 Mubi mosque bombing\n\nLocation\tMubi, Adamawa State, Nigeria\nDate\t1 May 2018\nTarget\tWorshippers at a "
     "mosque\nAttack type\tSuicide bombing\nDeaths\t27 (+2 bombers)\nInjured\t56\nPerpetrators\tBoko Haram "
     "(suspected)\n\nThe 2018 Mubi mosque bombing occurred on 1 May 2018 when two suicide bombers blew themselves up "
     "at a mosque and a nearby market in Mubi, Adamawa State, Nigeria, during afternoon prayers. The attack left 27 "
     "worshippers dead.\n\nAftermath\nThe state governor visited the town on 3 May and ordered the closure of the "
     "market for a week.", "2019-01-01", [(("Boko Haram",), "2018-05-01", 29, 56)]),
    ("Kramatorsk railway station attack\n\nDate: 8 April 2022\nLocation: Kramatorsk railway station, Kramatorsk, "
     "Donetsk Oblast, Ukraine\nWeapons: Tochka-U ballistic missile with cluster munitions\nDeaths: 61\nInjured: 121\n"
     "Perpetrator: Russian Armed Forces\n\nThe Kramatorsk railway station attack was a missile strike on the railway "
     "station of Kramatorsk, where thousands of civilians were waiting to be evacuated. Ukrainian officials said the "
     "missile carried cluster munitions. Russia denied that its forces had fired it.", "2023-04-01",
     [(("Russia",), "2022-04-08", 61, 121)]),
    ("Aitou airstrike\n\nLocation: Aitou, Zgharta District, Lebanon\nDate: 14 October 2024\nTarget: A house "
     "sheltering displaced families\nDeaths: 23\nInjured: 8\nPerpetrator: Israel Defense Forces\n\nThe Aitou "
     "airstrike was an Israeli airstrike on a house sheltering displaced people in the village of Aitou, in northern "
     "Lebanon. The Lebanese health ministry said 23 people were killed, among them 12 women and two children. The "
     "Israeli military said it was looking into the strike.", "2025-02-01", [(("Israel",), "2024-10-14", 23, 8)]),
    ("Inates attack\n\nDate: 10 December 2019\nLocation: Inates, Tillabéri Region, Niger\nPerpetrators: Islamic "
     "State in the Greater Sahara\nCasualties: 71 soldiers killed, 12 wounded\n\nThe Inates attack was an assault on "
     "a Nigerien army camp in Inates on 10 December 2019. Hundreds of militants attacked the camp with mortars and "
     "suicide vehicles. Seventy-one soldiers were killed, and 57 militants also died, according to the defence "
     "ministry. The Islamic State claimed responsibility through Amaq two days later.", "2020-06-01",
     [(("Islamic State Sahel Province",), "2019-12-10", 128, 12)]),
    # a group no dictionary lists, named in the box and in the text
    ("2013 Quetta bombings\n\nLocation: Quetta, Balochistan, Pakistan\nDate: 10 January 2013\nAttack type: Suicide "
     "bombings\nDeaths: 130\nInjured: 270\nPerpetrators: Lashkar-e-Jhangvi\n\nOn 10 January 2013, two suicide "
     "bombings struck a snooker hall in Alamdar Road, a predominantly Hazara area of Quetta, Pakistan, killing more "
     "than 100 people. The sectarian group Lashkar-e-Jhangvi claimed the attack.", "2014-01-01",
     [(("Lashkar-e-Jhangvi",), "2013-01-10", 130, 270)]),
    # the name only in the box: the field names the author, whatever the parser took it for
    ("2013 Quetta bombings\n\nLocation: Quetta, Balochistan, Pakistan\nDate: 10 January 2013\nAttack type: Suicide "
     "bombings\nDeaths: 130\nPerpetrators: Lashkar-e-Jhangvi\n\nOn 10 January 2013, two suicide bombings struck a "
     "snooker hall in Quetta, Pakistan, killing more than 100 people.", "2014-01-01",
     [(("Lashkar-e-Jhangvi",), "2013-01-10", 130, None)]),
    # negative: a name in a field of no perpetrator is no author
    ("2013 Quetta bombings\n\nLocation: Quetta, Balochistan, Pakistan\nDate: 10 January 2013\nAttack type: Suicide "
     "bombings\nDeaths: 130\nResponse: Lashkar-e-Jhangvi\n\nOn 10 January 2013, two suicide bombings struck a "
     "snooker hall in Quetta, Pakistan, killing more than 100 people.", "2014-01-01",
     [((), "2013-01-10", 130, None)]),
]

# --- tolls told in other grammar, revised, or set against another source ----------------------

KASESE = ("Attack on Kasese\n\nOn 5 June 2019, gunmen attacked the village of Kasese in Beni territory, North Kivu, "
          "Democratic Republic of the Congo. The army said the attackers were ADF rebels. ")
ADF = ("Allied Democratic Forces",)


def kasese(sentence, killed, wounded=None):
    return (KASESE + sentence, "2020-01-01", [(ADF, "2019-06-05", killed, wounded)])


TOLLS = [
    kasese("The government initially gave a death toll of 34, later revised to 57.", 57),
    kasese("The initial toll of 34 was later revised to 57.", 57),
    kasese("The official toll was 34, although survivors said more than 57 people were killed.", 57),
    kasese("Officials put the toll at 34; local leaders said 57 people had died.", 57),
    kasese("At least 34 people were killed.\n\nAftermath\nThe death toll rose to 57 the following day as more bodies "
           "were found.", 57),
    kasese("At least 34 people were killed.\n\nAftermath\nBy 8 June, the toll had risen to 57.", 57),
    kasese("The attack left at least 57 dead and 20 injured.", 57, 20),
    kasese("The attack claimed the lives of 57 people.", 57),
    kasese("The attack had a death toll of 57.", 57),
    kasese("The attack resulted in the deaths of 57 civilians.", 57),
    kasese("At least 57 people, including three attackers, died.", 57),
    kasese("Fifty-four villagers were killed, not counting three attackers.", 57),
    kasese("Fifty-four villagers were killed; three attackers also died.", 57),
    kasese("Of the 57 dead, 12 were children.", 57),
    kasese("Local officials counted 57 bodies the next morning.", 57),
    # negatives: a revision of no toll, a figure of no people against the toll
    kasese("At least 34 people were killed. The provincial government later revised its budget to 57 million "
           "francs.", 34),
    kasese("The official toll was 34, although survivors said more than 57 houses were burned.", 34),
    kasese("At least 34 people were killed. Civil society groups later counted 57 bodies.", 57),
    # negative: things counted later are no toll
    kasese("At least 34 people were killed. Civil society groups later counted 57 burned houses.", 34),
    kasese("The attack killed 54 villagers as well as three attackers.", 57),
    kasese("In total, 57 people were killed.", 57),
    ("Ogossagou massacre\n\nThe Ogossagou massacre occurred in the early hours of 23 March 2019, when gunmen attacked "
     "the Fulani village of Ogossagou in the Mopti Region of Mali. The government initially gave a death toll of 134, "
     "later revised to 157.\n\nPerpetrators\nSurvivors identified the attackers as Dozo hunters of the Dan Na "
     "Ambassagou militia, which denied involvement. The government dissolved the militia the next day.",
     "2020-01-01", [(("Dan Na Ambassagou",), "2019-03-23", 157, None)]),
    ("Bentalha massacre\n\nThe Bentalha massacre took place on the night of 22–23 September 1997 in the village of "
     "Bentalha, south of Algiers, Algeria. Armed men went from house to house killing residents with knives and "
     "axes. The official toll was 85, although survivors said more than 200 people were killed.\n\nPerpetrators\n"
     "The government blamed the Armed Islamic Group (GIA), which claimed the massacre in a communiqué. Some "
     "survivors accused the army of failing to intervene.", "2000-01-01",
     [(("Armed Islamic Group",), "1997-09-22", 200, None)]),
    ("2016 Hillah truck bombing\n\nThe 2016 Hillah truck bombing was a suicide attack at a checkpoint at the northern "
     "entrance of Hillah, Babil Governorate, Iraq, on 6 March 2016. A fuel tanker packed with explosives was driven "
     "into the checkpoint, leaving 47 dead and more than 60 wounded. The Islamic State claimed responsibility.\n\n"
     "Aftermath\nThe death toll rose to 60 the following day after several of the wounded died in hospital. The "
     "provincial council declared three days of mourning.", "2017-01-01", [(("Islamic State",), "2016-03-06", 60, 60)]),
    ("November 2023 Jerusalem shooting\n\nOn 30 November 2023, two gunmen opened fire at a bus stop at the entrance "
     "to Jerusalem, Israel, during the morning rush hour, killing three people and wounding 16. Both gunmen were shot "
     "dead by off-duty soldiers and a civilian. Hamas's armed wing, the Qassam Brigades, claimed the attack. A fourth "
     "victim, a civilian who had confronted the gunmen, was mistakenly shot by a soldier and died of his wounds on 2 "
     "December, bringing the death toll to four, not counting the attackers.", "2024-06-01",
     [(("Qassam Brigades",), "2023-11-30", 6, 16)]),
]

# --- the author in a section of its own, in other forms ----------------------------------------

TARIN = ("Tarin Kot bombing\n\nThe Tarin Kot bombing was a suicide car bombing at the gate of the provincial police "
         "headquarters in Tarin Kot, Uruzgan Province, Afghanistan, on 4 May 2017. The blast killed 14 people and "
         "injured 31.\n\nResponsibility\n")


def tarin(sentence, authors=("Taliban",)):
    return (TARIN + sentence, "2019-01-01", [(authors, "2017-05-04", 14, 31)])


AUTHORS = [
    tarin("It was carried out by the Taliban."),
    tarin("The attack was carried out by the Taliban."),
    tarin("The Taliban claimed the attack days later."),
    tarin("The Taliban claimed the bombing two days later."),
    tarin("Responsibility for the attack was claimed by the Taliban the following day."),
    tarin("The Taliban were blamed for the attack."),
    tarin("Officials held the Taliban responsible."),
    tarin("The bomber was later identified as a member of the Taliban."),
    tarin("Three Taliban members were later convicted of planning the attack."),
    tarin("A court convicted two Taliban commanders of the bombing in 2019."),
    tarin("No group claimed the attack; the government blamed the Taliban."),
    tarin("The Taliban were behind the attack, officials said."),
    tarin("Lashkar-e-Jhangvi claimed responsibility for the attack.", ("Lashkar-e-Jhangvi",)),
    tarin("Jamaat-ul-Ahrar claimed the bombing two days later.", ("Jamaat-ul-Ahrar",)),
    tarin("Jemaah Islamiyah claimed responsibility.", ("Jemaah Islamiyah",)),
    # negatives: a pronoun told of something else, members convicted of something else, acts of a kind
    tarin("It was condemned by the Taliban.", ()),
    tarin("Three Taliban members were later convicted of smuggling.", ()),
    tarin("A court later convicted a Taliban commander of ordering attacks on police stations in the province.", ()),
    tarin("Lashkar-e-Jhangvi was banned in 2001.", ()),
    left("'the group' said by its spokesman ('A Taliban spokesman said the group had carried out the bombing') is "
         "not tied to the spokesman's group",
         *tarin("A Taliban spokesman, Zabihullah Mujahid, said the group had carried out the bombing.")),
    ("Machuca tragedy\n\nThe Machuca tragedy was the bombing of an oil pipeline near the village of Machuca, Segovia, "
     "Antioquia, Colombia, on 18 October 1998. The blast set fire to the village, killing 84 people and injuring "
     "30.\n\nResponsibility\nThe National Liberation Army (ELN) claimed the attack days later. In 2009, two ELN "
     "commanders were convicted of the killings.", "2012-01-01",
     [(("National Liberation Army",), "1998-10-18", 84, 30)]),
    ("Omagh bombing\n\nThe Omagh bombing was a car bombing on 15 August 1998 in Omagh, County Tyrone, Northern "
     "Ireland. It was carried out by the Real Irish Republican Army (Real IRA), a splinter group of the Provisional "
     "IRA. The bombing killed 29 people and injured about 220 others.\n\nAftermath\nNo one has been convicted of the "
     "bombing in a criminal court. In 2009, four men were found liable in a civil case brought by relatives of the "
     "victims.", "2012-01-01", [(("Real Irish Republican Army",), "1998-08-15", 29, 220)]),
    ("2009 Peshawar Meena Bazaar bombing\n\nThe 2009 Peshawar Meena Bazaar bombing was a car bomb attack in the "
     "Meena Bazaar market of Peshawar, Khyber Pakhtunkhwa, Pakistan, on 28 October 2009. The blast claimed the lives "
     "of 118 people, most of them women and children, and injured more than 200.\n\nResponsibility\nThe government "
     "blamed the Tehrik-i-Taliban Pakistan (TTP). A TTP spokesman denied involvement and blamed foreign agencies.",
     "2010-06-01", [(("Tehrik-i-Taliban Pakistan",), "2009-10-28", 118, 200)]),
    # the trial and the arrest never date the attack; the arrest stays an event of its own (police
    # with no name of their own are the state)
    ("2019 DusitD2 complex attack\n\nOn 15 January 2019, gunmen and a suicide bomber attacked the DusitD2 hotel and "
     "office complex on Riverside Drive in Nairobi, Kenya. Twenty-one civilians and the five attackers were killed, "
     "and 28 people were injured.\n\nResponsibility\nAl-Shabaab claimed responsibility the same afternoon.\n\n"
     "Investigation\nPolice arrested four suspects in the days after the attack. In October 2023, a Nairobi court "
     "convicted two men of conspiring to commit the attack.", "2024-01-01",
     [(("al-Shabaab",), "2019-01-15", 26, 28), (("Kenya",), "2019-01-15", None, None)]),
    ("2022 Plaine Savo camp attack\n\nThe 2022 Plaine Savo camp attack took place on the night of 1–2 February 2022 "
     "at the Plaine Savo camp for displaced people in Djugu territory, Ituri Province, Democratic Republic of the "
     "Congo. Assailants armed with machetes and guns killed 62 displaced people and wounded 46.\n\nPerpetrators\nThe "
     "United Nations mission, MONUSCO, attributed the attack to the Cooperative for the Development of Congo "
     "(CODECO). CODECO fighters had attacked another camp in the territory in November 2021.", "2023-01-01",
     [(("CODECO",), "2022-02-01", 62, 46)]),
    ("Seytenga massacre\n\nOn the night of 11 to 12 June 2022, gunmen attacked the town of Seytenga in Séno Province, "
     "Burkina Faso, going from house to house and killing men. The government initially put the toll at 50; an "
     "investigation later gave a death toll of 86. The attack was attributed to the Islamic State in the Greater "
     "Sahara (ISGS), although no group claimed it.", "2023-01-01",
     [(("Islamic State Sahel Province",), "2022-06-11", 86, None)]),
    # a side named by the narrative ("an RSF drone strike") that denies it stays the doer (denied_doers.py)
    ("Attack on the Saudi Hospital in El Fasher (January 2025)\n\nOn 24 January 2025, an RSF drone strike hit the "
     "Saudi Teaching Hospital in El Fasher, North Darfur, Sudan, killing 70 patients and companions and wounding "
     "19. The World Health Organization condemned the attack. The Rapid Support Forces denied responsibility.",
     "2025-06-01", [(("Rapid Support Forces",), "2025-01-24", 70, 19)]),
]

# --- what is left ------------------------------------------------------------------------------

LEFT = [
    # a place in a compound adjective ('the Pakistan-based group X') is where the group is, no side
    ("2019 Pulwama attack\n\nOn 14 February 2019, a convoy carrying Central Reserve Police Force personnel was "
         "attacked by a suicide bomber at Lethpora in the Pulwama district of Jammu and Kashmir, India. The attack "
         "killed 40 personnel. The Pakistan-based militant group Jaish-e-Mohammed claimed responsibility for the "
         "attack.", "2020-01-01", [(("Jaish-e-Mohammed",), "2019-02-14", 40, None)]),
    # a capital named before the attack noun is the place, not its state
    ("2016 Ankara bombing\n\nThe 2016 Ankara bombing was a car bombing near a market in Ankara, Turkey, on 12 March "
     "2016. The blast killed 15 people and injured 40.", "2017-01-01", [((), "2016-03-12", 15, 40)]),
    ("2016 Kyiv bombing\n\nThe 2016 Kyiv bombing was a car bombing near a market in Kyiv, Ukraine, on 12 March "
     "2016. The blast killed 15 people and injured 40. The Security Service of Ukraine blamed Russia.", "2017-01-01",
     [(("Russia",), "2016-03-12", 15, 40)]),
    # negative: the capital speaking for its state stays the state
    ("2016 Ankara bombing\n\nThe 2016 Ankara bombing was a car bombing near a market in Ankara, Turkey, on 12 March "
     "2016. The blast killed 15 people. Ankara blamed the Kurdistan Workers' Party.", "2017-01-01",
     [(("Kurdistan Workers' Party",), "2016-03-12", 15, None)]),
    # an institution named before the attack noun of a title ('Central Bank bombing') is what was struck
    ("Central Bank bombing\n\nThe Central Bank bombing was a suicide truck bombing of the Central Bank of Sri Lanka in "
     "Colombo on 31 January 1996. The explosion killed 91 people and injured about 1,400. The Liberation Tigers of "
     "Tamil Eelam (LTTE) were blamed for the attack.", "2005-01-01",
     [(("Liberation Tigers of Tamil Eelam",), "1996-01-31", 91, 1400)]),
    ("Central Bank bombing\n\nThe Central Bank bombing was a suicide truck bombing of the Central Bank of Sri Lanka in "
     "Colombo on 31 January 1996. The explosion killed 91 people.", "2005-01-01", [((), "1996-01-31", 91, None)]),
    left("a state named only as where a bombing took place is made its author",
         "2011 Minsk Metro bombing\n\nThe 2011 Minsk Metro bombing was a bombing of the Kastrychnitskaya station of "
         "the Minsk Metro in Minsk, Belarus, on 11 April 2011. The blast killed 15 people and injured 204.",
         "2013-01-01", [((), "2011-04-11", 15, 204)]),
    left("a lead's second sentence telling the two bombs ('The first bomb exploded inside the cathedral ... and the "
         "second at the entrance') is read as an incident apart from the defined one",
         "2019 Jolo Cathedral bombings\n\nThe 2019 Jolo Cathedral bombings were two bombings at the Cathedral of Our "
         "Lady of Mount Carmel in Jolo, Sulu, Philippines, on 27 January 2019. The first bomb exploded inside the "
         "cathedral during Sunday mass and the second at the entrance as soldiers responded. Twenty people were "
         "killed and 102 were injured.", "2020-01-01", [((), "2019-01-27", 20, 102)]),
    left("attackers 'posing as soldiers' are read as the state's forces",
         "On 12 May 2020, gunmen posing as soldiers attacked a hospital in Kabul, Afghanistan, killing 24 people.",
         "2021-01-01", [(("unknown gunmen",), "2020-05-12", 24, None)]),
    left("a region's authorities ('Tigrayan authorities blamed the Ethiopian government') are read as the state "
         "they accuse, so the accusation is dropped",
         "On 7 January 2022, a drone strike hit a camp in Dedebit, Tigray, Ethiopia, killing 56 people. Tigrayan "
         "authorities blamed the Ethiopian government.", "2023-01-01", [(("Ethiopia",), "2022-01-07", 56, None)]),
]


ROWS = BOXES + TOLLS + AUTHORS + LEFT


@pytest.mark.parametrize("text,published,expected", ROWS)
def test_encyclopedic_incidents_second_table(nlp, text, published, expected):
    assert narrated(nlp, text, published) == expected


@pytest.mark.parametrize("sentence,killed,expected", [
    ("The government initially gave a death toll of 134, later revised to 157.", 134, 157),
    ("The initial toll of 34 was subsequently raised to 57.", 34, 57),
    ("The toll was revised from 34 to 57.", 34, 57),
    # the larger stands: a revision down is not taken here
    ("An initial toll of 359 was later revised to 253.", 359, 359),
    # no toll before the revision, or a figure of no people
    ("The army later revised its estimate to 57.", 34, 34),
    ("The death toll of 34 was confirmed; the ministry later raised its budget to 57 million.", 34, 34),
])
def test_revised_toll(sentence, killed, expected):
    assert revised_toll(sentence, killed) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The official toll was 85, although survivors said more than 200 people were killed.", True),
    ("The death toll was 12, but residents put it at 30.", True),
    ("The toll was 12, officials said.", False),
    ("Survivors said more than 200 people were killed, although the toll is disputed.", False),
])
def test_toll_against_source(sentence, expected):
    assert toll_against_source(sentence) is expected
