"""The perpetrator told away from the attack, varied across outlets and wars: encyclopedia
articles with their sections ("Attack", "Responsibility", "Aftermath"), incident summaries,
timeline and list entries, incident-database records and wire copy, in Nigeria, Somalia,
Pakistan, Afghanistan, Myanmar, Sudan, DR Congo, the Sahel, Colombia, Yemen, Sri Lanka, Gaza
and Lebanon. The lead tells the attack by what was seen ("gunmen", "assailants", "a suicide
bomber", "militants"); the author comes later: a claim, an accusation, a suspicion, an
identification of the attackers, a record's field. Every sentence and report here is written
for these tests.

Each row: a text, and per incident (events whose role is "incident", in order) the sorted
names of its perpetrators. Rows that still fail are strict xfails with the reason: they say
what is left."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import left  # noqa: E402
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-05-13"


def _extract(nlp, text):
    return extracted(nlp, text, PUBLISHED)


def perpetrators(nlp, text):
    x = _extract(nlp, text)
    names = {e.id: e.name for e in x.entities}
    return [sorted(names[a] for a in v.actors) for v in x.events if v.role == "incident"]


IS, SHABAAB, ISWAP = "Islamic State", "al-Shabaab", "Islamic State West Africa Province"
JNIM, TTP, ADF = "Jama'at Nusrat al-Islam wal-Muslimin", "Tehrik-i-Taliban Pakistan", "Allied Democratic Forces"

NOT_COPIED = ("a later statement reaches only the part told last; copying it to the lead's other frames too "
              "cost tolls and claims on a blind set")

# --- an encyclopedia article: lead, then the author in a later sentence or section -----------

ARTICLES = [
    # the lead's parts read as events of their own take the author too
    left(NOT_COPIED,
         "The Owo church attack was a mass shooting and bombing at a Catholic church in Owo, Ondo State, Nigeria, "
         "on 5 June 2022. Gunmen opened fire on worshippers and detonated explosives, killing at least 41 people."
         "\n\nPerpetrators\nThe federal government blamed the Islamic State West Africa Province for the attack.",
         [[ISWAP], [ISWAP]]),
    ("The Mukondi massacre was an attack on the village of Mukondi in North Kivu, Democratic Republic of the "
     "Congo, on 8 March 2023. Assailants armed with machetes and guns killed at least 36 villagers.\n\n"
     "Responsibility\nLocal officials and the army blamed the Allied Democratic Forces. The group did not "
     "comment.", [[ADF]]),
    ("2024 Quetta railway station bombing\n\nOn 9 November 2024, a suicide bomber blew himself up on a platform "
     "of the railway station in Quetta, Pakistan, killing 32 people, most of them soldiers.\n\nThe Balochistan "
     "Liberation Army claimed responsibility in a statement to reporters.", [["Balochistan Liberation Army"]]),
    ("The 2014 Gamboru Ngala attack was a massacre in the town of Gamboru Ngala, Borno State, Nigeria, on 5 May "
     "2014. Militants set fire to houses and shops and shot residents who tried to flee, killing about 300 "
     "people.\n\nSurvivors and local officials said the attackers were Boko Haram fighters.", [["Boko Haram"]]),
    ("The Manda Bay attack was an assault on a military airfield at Manda Bay, Kenya, on 5 January 2020. Three "
     "Americans were killed.\n\nAttack\nMilitants breached the perimeter before dawn and set fire to aircraft."
     "\n\nResponsibility\nAl-Shabaab claimed the attack the same day.", [[SHABAAB]]),
    # a part told after the lead ("the attackers were also killed") is more of the lead's incident,
    # which takes the claim
    ("A suicide bomber and three gunmen attacked a police academy in Kandahar on 9 October 2017, killing 43 "
     "cadets. The three gunmen and the bomber were also killed.\n\nThe Taliban claimed responsibility for the "
     "attack.", [["Taliban"]]),
    # the flight the attack caused, told between the lead and the identification
    left(NOT_COPIED,
         "The Kukawa massacre was the killing of villagers in Kukawa, Borno State, Nigeria, on 4 September 2016. "
         "Gunmen arrived on motorcycles and opened fire on residents. More than 900 residents fled to Monguno.\n\n"
         "Survivors said the attackers were members of Boko Haram.", [["Boko Haram"], ["Boko Haram"]]),
    # the blamed side with a relative clause of its own ("whose forces were advancing on the city")
    ("The 2021 Hays camp missile strike was a ballistic missile attack on a camp for displaced people in Marib, "
     "Yemen, on 12 September 2021. The missile killed nine people and wounded 23.\n\nThe government blamed the "
     "Houthi movement, whose forces had been advancing on the city since February.", [["Houthis"]]),
    # "held X responsible"
    ("On 17 January 2019, a car bomb exploded at a police academy in Bogotá, Colombia, killing 22 cadets. The "
     "government held the National Liberation Army responsible.", [["National Liberation Army"]]),
    # the object of "claimed" misread as a modifier ("the bombing hours later")
    ("A suicide bomber killed 20 people at a wedding hall in Kabul on 17 August 2019. The Islamic State's local "
     "branch claimed the bombing hours later.", [[IS]]),
    # the attackers named as the object of "identified"
    ("On the night of 15 November 2023, assailants armed with guns and machetes attacked the village of Mamove "
     "in Beni territory, killing 12 villagers. The army identified the attackers as ADF rebels.", [[ADF]]),
    ("On the night of 15 November 2023, assailants armed with guns and machetes attacked the village of Mamove "
     "in Beni territory, killing 12 villagers. The army said the attackers were ADF rebels.", [[ADF]]),
    # a group no dictionary lists, blamed by the military (a speaking body is no side: see below)
    ("A roadside mine hit a passenger bus near Anuradhapura, Sri Lanka, on 23 September 2007, killing 22 people. "
     "The military blamed the Liberation Tigers of Tamil Eelam (LTTE) for the blast; the LTTE denied "
     "involvement.", [["Liberation Tigers of Tamil Eelam"]]),
    # a group whose name ends in a country's: the claimant is the group, not the state
    # the soldiers' toll told apart is the attack's toll (toll.forces-told-apart), which the claim reaches
    ("The 2023 Zhob garrison attack was an assault on a military base in Zhob, Pakistan, on 12 July 2023. Nine "
     "soldiers were killed.\n\nThe attack was claimed by Tehreek-e-Jihad Pakistan, a group believed to be a "
     "front for the Pakistani Taliban.", [["Tehreek-e-Jihad Pakistan"]]),
    ("The 2024 Kot Azam police station attack was an assault on the police station of Kot Azam, Pakistan, on 12 "
     "July 2024, in which eleven police officers were killed. The attack was claimed by the Ittehad-ul-Mujahideen "
     "Pakistan, an alliance of militant factions.", [["Ittehad-ul-Mujahideen Pakistan"]]),
    # the lead's toll with a state's soldiers among the dead: no act of that state
    ("The 2021 Kabul airport attack was a suicide bombing at a gate of the airport in Kabul, Afghanistan, on "
     "26 August 2021. At least 183 people were killed, including 13 American soldiers.\n\nResponsibility\n"
     "The Islamic State's Khorasan branch claimed the bombing hours later.", [[IS]]),
]

# --- wire copy and broadcasters: the author in the next sentence ------------------------------

WIRE = [
    ("On 3 May 2024, fighters attacked a police outpost near Buthidaung in Rakhine State, Myanmar, killing 12 "
     "police officers.\n\nThe junta blamed the Arakan Army, which did not respond to requests for comment.",
     [["Arakan Army"]]),
    ("On 1 February 2022, armed men attacked a displacement camp in Djugu territory, Ituri, killing 60 displaced "
     "people.\n\nThe UN mission said the attackers were members of the CODECO militia.", [["CODECO"]]),
    ("On 5 June 2024, gunmen attacked the village of Wad al-Noura in Gezira state, Sudan, killing more than 100 "
     "people.\n\nActivists accused the Rapid Support Forces of carrying out the attack. The RSF denied targeting "
     "civilians.", [["Rapid Support Forces"]]),
    ("On 13 August 2023, an armed group attacked a police station in Debre Markos, Amhara region, killing six "
     "officers.\n\nRegional authorities said Fano militiamen were responsible for the attack.", [["Fano"]]),
    ("On 27 July 2024, a rocket struck a football pitch in Majdal Shams in the Golan Heights, killing 12 "
     "children.\n\nIsrael and the United States blamed Hezbollah, which denied any involvement.", [["Hezbollah"]]),
    ("Gunmen on motorcycles killed 47 villagers in Tillabéri region, Niger, on 21 March 2021. Officials said the "
     "attack was carried out by Islamic State Sahel Province.", [["Islamic State Sahel Province"]]),
    ("On 16 March 2024, gunmen stormed a hotel in Mogadishu, killing five people. The siege lasted several hours. "
     "Al-Shabaab later said its fighters had carried out the raid.", [[SHABAAB]]),
    ("On 10 January 2025, drones struck a hospital in El Fasher, North Darfur, killing 11 patients. The Sudan "
     "Doctors Network accused the Rapid Support Forces. The RSF did not respond.", [["Rapid Support Forces"]]),
    ("A grenade attack on a market in Bahir Dar killed four people on Sunday. Amhara regional officials blamed "
     "Fano militias for the blast.", [["Fano"]]),
    ("A suicide bomber killed 50 worshippers at a mosque in Kunduz on 8 October 2021. The bomber was an Islamic "
     "State member, the group said.", [[IS]]),
    # a claim of the attack that calls it the answer to an earlier act: the claim is the attack's
    ("On 14 November 2007, militants fired six rockets at the town of Sderot, Israel, wounding three people. "
     "Islamic Jihad claimed responsibility, saying it was revenge for an Israeli army raid in Khan Younis the "
     "previous day.", [["Palestinian Islamic Jihad"], ["Israel"]]),
    left("'calling it a response to an Israeli raid in Khan Younis' is read into the rocket attack itself (its "
         "place and its actors), not as an earlier act of its own",
         "On 14 November 2007, militants fired six rockets at the town of Sderot, Israel, wounding three people. "
         "Islamic Jihad claimed responsibility for the attack, calling it a response to an Israeli raid in Khan "
         "Younis.", [["Palestinian Islamic Jihad"], ["Israel"]]),
    left("a side's own statement that its fighters seized the train is read as a capture of its own; the attack "
         "of the lead keeps its unnamed gunmen",
         "Gunmen attacked a passenger train near Quetta on 11 March 2025, taking hundreds of passengers hostage. "
         "Officials said 26 hostages were killed. The Balochistan Liberation Army said its fighters had seized "
         "the train.", [["Balochistan Liberation Army"]]),
    # an attribution by inference: whose positions the shell was fired from
    ("On 7 February 2024, a shell hit a camp for displaced people near Goma, killing five. Residents said the "
     "shell was fired from positions held by M23 rebels.", [["M23"]]),
]

# --- a group named before the description of its fighters -------------------------------------

PREMODIFIERS = [
    ("About 40 al-Shabaab fighters stormed a hotel in Kismayo on 12 July 2019, killing 26 people.", [[SHABAAB]]),
    ("Suspected ISWAP militants killed 18 soldiers in an ambush near Damboa, Borno State, on 4 March 2023.",
     [[ISWAP]]),
    ("A TTP suicide bomber rammed an explosives-laden vehicle into a convoy in North Waziristan on 16 March 2024, "
     "killing seven soldiers.", [[TTP]]),
    # a group no dictionary lists, named before its fighters
    ("On 12 August 2001, about 30 Abu Sayyaf gunmen raided a coconut plantation near Patikul, Sulu, and abducted "
     "14 workers.", [["Abu Sayyaf"]]),
    ("On 3 May 2013, Ansar Dine fighters attacked an army post near Gao, killing four soldiers.", [["Ansar Dine"]]),
    ("On 9 March 2019, Jaish al-Adl militants ambushed a border patrol near Saravan, killing seven guards.",
     [["Jaish al-Adl"]]),
    # a people's adjective, a religion or a tie is no name
    ("On 9 March 2019, Central African gunmen ambushed a convoy near Bria, killing seven traders.",
     [["unknown gunmen"]]),
    # a single-word hyphened name before 'militants': the bare word after it is that group
    ("On 10 January 2013, Lashkar-e-Jhangvi militants bombed a snooker hall in Quetta, killing 92 people.",
     [["Lashkar-e-Jhangvi"]]),
    # a claimant or a side blamed whose name no dictionary lists, nor any entity covers whole
    ("A car bomb hit a police bus in Diyarbakir on 17 May 2016, killing eight people. Two days later, the "
     "Kurdistan Freedom Hawks claimed the attack.", [["Kurdistan Freedom Hawks"]]),
    ("On 26 March 2017, assailants detonated two car bombs at a checkpoint in al-Arish, Egypt, killing 15 police "
     "officers. Wilayat Sinai claimed responsibility for the attack via the Amaq news agency.",
     [["Wilayat Sinai"]]),
    ("A bomb killed 14 people at a market in Jolo on 24 August 2020. The army blamed the Ajang Ajang Group.",
     [["Ajang Ajang Group"]]),
    # a name an entity covers whole stays that entity: a listed group, its leader
    ("On 26 March 2017, assailants detonated two car bombs at a checkpoint in al-Arish, Egypt, killing 15 police "
     "officers. Boko Haram leader Abubakar Shekau claimed responsibility for the attack.", [["Boko Haram"]]),
    # Abu Sayyaf is listed since the fifth table of narratives
    ("On 12 August 2001, gunmen raided a coconut plantation near Patikul, Sulu, and abducted 14 workers. The "
     "military said the kidnappers were Abu Sayyaf members.", [["Abu Sayyaf"]]),
]

# --- lists, timelines and records: a claim stays in its entry ---------------------------------

ENTRIES = [
    ("Timeline of attacks in Borno State (2015)\n\n- 3 January 2015 – Baga: A bomb killed 20 people at a bus "
     "station.\n- 28 January 2015 – Maiduguri: Suicide bombers killed 12 people at a market. Police blamed Boko "
     "Haram.", [[], ["Boko Haram"]]),
    ("- 10 May 2024 – Djibo: Gunmen killed 12 soldiers at an army post. JNIM claimed the attack.\n- 11 May 2024 – "
     "Kaya: An explosive device killed four civilians on a road.", [[JNIM], []]),
    # an incident-database record's attribution field
    ("Incident ID: 2019-0345\nDate: 13 June 2019\nLocation: Konduga, Borno State, Nigeria\nDescription: Three "
     "suicide bombers detonated explosives at a viewing centre where residents were watching football, killing "
     "30 people.\nAttribution: ISWAP (suspected)", [[ISWAP]]),
    ("Date: 2 March 2024\nLocation: Mogadishu, Somalia\nClaimed by: al-Shabaab\nNarrative: A car bomb exploded "
     "near a hotel in Mogadishu, killing nine people.", [[SHABAAB]]),
    ("Date: 2 March 2024\nLocation: Mogadishu, Somalia\nResponsibility: unknown\nNarrative: A car bomb exploded "
     "near a hotel in Mogadishu, killing nine people.", [[]]),
]

# --- authors to keep out ----------------------------------------------------------------------

NOT_AUTHORS = [
    # a later attack with its own scene takes its own claim; the lead keeps its unnamed gunmen
    ("Gunmen attacked a police academy in Kabul on 9 October 2017, killing 43 cadets. On 12 October, a bomb "
     "killed three soldiers at a checkpoint in Kandahar. The Taliban claimed responsibility for the bombing.",
     [["unknown gunmen"], ["Taliban"]]),
    # a condemning body and the side it calls on are no authors
    ("A car bomb killed nine people near a market in Mogadishu on Sunday. The United Nations condemned the "
     "attack.", [[]]),
    # a body accused is no side
    ("A roadside mine hit a passenger bus near Anuradhapura, Sri Lanka, on 23 September 2007, killing 22 people. "
     "The military blamed the Media Centre for National Security for the blast.", [[]]),
    # a denial alone names no author
    ("Gunmen killed 12 farmers in a village near Maiduguri on Saturday. Boko Haram denied involvement.",
     [["unknown gunmen"]]),
    # "responsible for" something else accuses no one
    ("On 17 January 2019, a car bomb exploded at a police academy in Bogotá, Colombia, killing 22 cadets. The "
     "government held the National Liberation Army responsible for the delay in talks.", [[]]),
    # nobody claimed and nobody blamed: an unattributed attack has no perpetrator (eval/GUIDE.md)
    ("Gunmen killed 12 worshippers at a church in Kaduna on Sunday. No group has claimed responsibility.",
     [[]]),
    # a claim about the strike's toll is no claim of the strike
    ("Drones struck a fuel depot in Bryansk on Monday. Russia claimed the strike killed only two guards.", [[]]),
]


@pytest.mark.parametrize("text,expected", ARTICLES + WIRE + PREMODIFIERS + ENTRIES + NOT_AUTHORS)
def test_perpetrator_told_away_from_the_attack(nlp, text, expected):
    assert perpetrators(nlp, text) == expected


# --- the description gives way: one actor, not two --------------------------------------------

def armed_groups(nlp, text):
    x = _extract(nlp, text)
    return sorted(e.name for e in x.entities if e.kind == "Actor" and e.type == "armed_group")


@pytest.mark.parametrize("text,expected", [
    ("Gunmen killed 12 farmers in a village near Maiduguri on Saturday. Survivors said the attackers were members "
     "of Boko Haram.", ["Boko Haram"]),
    ("Assailants stormed a hotel in Mogadishu on Sunday, killing nine people. Al-Shabaab claimed the attack.",
     [SHABAAB]),
    # no author named: the description stays
    ("Gunmen killed 12 farmers in a village near Maiduguri on Saturday. Boko Haram denied involvement.",
     ["Boko Haram", "unknown gunmen"]),
    # the gunmen struck, not striking: they stay (the attackers killed by the army)
    ("Gunmen attacked an army post near Djibo on Monday, killing 10 soldiers. JNIM claimed the attack. The army "
     "said it had killed 20 of the gunmen in air strikes that followed.",
     [JNIM, "unknown gunmen"]),
])
def test_the_description_gives_way_to_the_author(nlp, text, expected):
    assert armed_groups(nlp, text) == expected


def test_the_gunmen_mention_becomes_the_authors(nlp):
    x = _extract(nlp, "Gunmen killed 12 farmers in a village near Maiduguri on Saturday. Survivors said the "
                      "attackers were members of Boko Haram.")
    group = next(e for e in x.entities if e.name == "Boko Haram")
    assert sorted(m.text for m in group.mentions) == ["Boko Haram", "Gunmen"]


@pytest.mark.xfail(strict=True, reason=NOT_COPIED)
def test_a_copied_tie_keeps_how_and_who(nlp):
    """The lead takes the later statement as it was said (how, by whom), and keeps its own
    sources."""
    x = _extract(nlp, "The Owo church attack was a mass shooting and bombing at a Catholic church in Owo, Ondo "
                      "State, Nigeria, on 5 June 2022. Gunmen opened fire on worshippers and detonated explosives, "
                      "killing at least 41 people.\n\nPerpetrators\nThe federal government blamed the Islamic "
                      "State West Africa Province for the attack.")
    names = {e.id: e.name for e in x.entities}
    lead = x.events[0]
    assert {(names[a.actor], a.how, names.get(a.by)) for a in lead.attribution} == {(ISWAP, "accused", "Nigeria")}
    assert [names[c] for c in lead.claimed_by] == []
