"""Incidents as other outlets tell them: a metamorphic table of sentences and tiny reports
written for these tests (wire, broadcaster, sitrep, rights-group, encyclopedic, military
press-release and monitor styles; wars in Sudan, Myanmar, the Sahel, Nigeria, DR Congo,
Ethiopia, Gaza and Lebanon, Ukraine, Haiti, Somalia, Pakistan), each row with the exact
events the evaluation guide asks for: kind, type, perpetrators and places (targets where
the row is about them).

The rows vary the grammar of one set of facts: active and passive verbs, nominal forms
("the shelling of X by Y"), possessive and adjectival agents ("an RSF drone strike"),
fronted clauses, appositions, relative clauses, quotes, lists, and perpetrators named in a
later sentence. Rows that still fail are kept as strict xfails with the reason: they say
what is left.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-03-14"


def events(nlp, text):
    """(kind, type, perpetrators, places) of every event of `text` read as one report."""
    return event_fields(nlp, text, "kind type actors places", PUBLISHED)


def targets(nlp, text):
    """The targets of every event of `text`."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [{names[a] for a in v.targets} for v in x.events]


RSF, JNIM, TTP = "Rapid Support Forces", "Jama'at Nusrat al-Islam wal-Muslimin", "Tehrik-i-Taliban Pakistan"

# --- one incident, its kind, type, perpetrators and places -------------------------------------

FOUND = [
    # attack verbs, active
    ("Russian forces pounded the city of Kharkiv with artillery on Tuesday, killing four civilians.",
     [("Attack", "shelling", {"Russia"}, {"Kharkiv"})]),
    ("The Rapid Support Forces shelled a displacement camp near El Fasher on Monday, killing 12 people.",
     [("Attack", "shelling", {RSF}, {"El Fasher"})]),
    ("Israeli warplanes bombarded the Jabalia refugee camp overnight, killing at least 30 people, the Gaza Health "
     "Ministry said.", [("Attack", "airstrike", {"Israel"}, {"Jabalia refugee camp"})]),  # the camp is the place
    ("Jihadists stormed an army post in Djibo on Saturday, killing 15 soldiers.",
     [("Attack", "raid", {"rebels"}, {"Djibo"})]),
    ("Al-Shabab fighters ambushed a military convoy near Mogadishu on Thursday, killing seven soldiers.",
     [("Attack", "armed_clash", {"al-Shabaab"}, {"Mogadishu"})]),
    # a capital struck is the city (place.struck-capital), not its state's actor alias
    ("A barrage of Russian missiles struck Kyiv overnight, killing three people.",
     [("Attack", "missile_strike", {"Russia"}, {"Kyiv"})]),
    ("Militants torched dozens of homes in the village of Kukawa on Wednesday.",
     [("Attack", "arson", {"rebels"}, {"Kukawa"})]),
    ("Hezbollah fired rockets at northern Israel on Monday, wounding two people.",
     [("Attack", "rocket_attack", {"Hezbollah"}, {"Israel", "northern Israel"})]),
    ("A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing 40 worshippers.",
     [("Attack", "bombing", set(), {"Peshawar"})]),
    ("Insurgents detonated a car bomb outside a police station in Mogadishu on Saturday, killing six officers.",
     [("Attack", "bombing", {"rebels"}, {"Mogadishu"})]),
    ("Sudanese army aircraft bombed a market in Nyala on Friday, killing 40 people, activists said.",
     [("Attack", "airstrike", {"Sudanese Armed Forces"}, {"Nyala"})]),
    ("Gunmen sprayed a church in Owo with bullets on Sunday, killing 40 worshippers.",
     [("Attack", "shooting", {"unknown gunmen"}, {"Owo"})]),
    ("A car bomb ripped through a busy market in Mogadishu on Saturday, killing at least 15 people.",
     [("Attack", "bombing", set(), {"Mogadishu"})]),
    ("Mortar rounds landed on a displacement camp in El Fasher on Monday, killing four children.",
     [("Attack", "shelling", set(), {"El Fasher"})]),
    # killing words of every war, and "to death"
    ("Gunmen murdered six farmers in Benue State on Monday.", [("Attack", "shooting", {"unknown gunmen"}, {"Benue"})]),
    ("Militants slaughtered 30 villagers in Ituri on Monday.", [("Attack", None, {"rebels"}, {"Ituri"})]),
    ("Militants decapitated four villagers in Cabo Delgado on Monday.",
     [("Attack", None, {"rebels"}, {"Cabo Delgado"})]),
    ("Suspected jihadists hacked 18 villagers to death in Beni territory overnight.",
     [("Attack", None, {"rebels"}, {"Beni"})]),
    ("Soldiers beat five men to death in the village of Tin Hama on Monday.",
     [("Attack", None, {"government forces"}, {"Tin Hama"})]),
    ("A mob lynched two soldiers in Bamako on Monday.", [("Attack", None, set(), {"Bamako"})]),
    ("A sniper shot dead a child in Khartoum on Monday.", [("Attack", "shooting", set(), {"Khartoum"})]),
    ("RSF snipers shot dead two civilians in Khartoum on Monday.", [("Attack", "shooting", {RSF}, {"Khartoum"})]),
    # passive, by-phrases, when-clauses
    ("Four civilians were killed when Russian missiles struck an apartment building in Odesa on Tuesday.",
     [("Attack", "missile_strike", {"Russia"}, {"Odesa"})]),
    ("A school sheltering displaced families in Gaza City was hit by an Israeli airstrike on Saturday, killing 18 "
     "people.", [("Attack", "airstrike", {"Israel"}, {"Gaza City"})]),
    ("Twelve soldiers were killed in an ambush by JNIM fighters near Boni on Sunday.",
     [("Attack", "armed_clash", {JNIM}, {"Boni"})]),
    ("A hospital in El Obeid was shelled by the RSF on Monday, killing five patients.",
     [("Attack", "shelling", {RSF}, {"El Obeid"})]),
    ("More than 20 people were killed in Myanmar military air strikes on a village in Kachin State on Friday.",
     [("Attack", "airstrike", {"Tatmadaw"}, {"Kachin"})]),
    ("Five people were wounded after Hezbollah rockets slammed into the town of Kiryat Shmona on Monday.",
     [("Attack", "rocket_attack", {"Hezbollah"}, {"Kiryat Shmona"})]),
    # nominal forms, possessive and adjectival agents
    ("The shelling of a market in Omdurman by the RSF killed 15 people on Sunday.",
     [("Attack", "shelling", {RSF}, {"Omdurman"})]),
    ("A volley of rockets fired by Hezbollah hit the town of Metula on Monday.",
     [("Attack", "rocket_attack", {"Hezbollah"}, {"Metula"})]),
    ("An RSF drone strike on a camp for displaced people near El Fasher killed 10 people on Wednesday.",
     [("Attack", "drone_strike", {RSF}, {"El Fasher"})]),
    ("Russia's missile attack on Dnipro on Friday killed 12 people.",
     [("Attack", "missile_strike", {"Russia"}, {"Dnipro"})]),
    ("A raid by Islamic State fighters on a village in Cabo Delgado left 11 dead on Thursday.",
     [("Attack", "raid", {"Islamic State"}, {"Cabo Delgado"})]),
    ("Russian glide bombs hit Zaporizhzhia on Monday, wounding 14 people.",
     [("Attack", "airstrike", {"Russia"}, {"Zaporizhzhia"})]),
    ("A Sudanese army airstrike on a market in Kabkabiya killed 20 people on Monday.",
     [("Attack", "airstrike", {"Sudanese Armed Forces"}, {"Kabkabiya"})]),
    ("Ukrainian shelling of Donetsk killed two people on Thursday, Russian-installed officials said.",
     [("Attack", "shelling", {"Ukraine"}, {"Donetsk"})]),
    ("Israel's bombardment of Gaza City killed at least 40 people on Sunday, the health ministry said.",
     [("Attack", "airstrike", {"Israel"}, {"Gaza City"})]),
    ("Three soldiers were killed in a cross-border incursion by Hezbollah fighters near Metula on Monday.",
     [("Attack", None, {"Hezbollah"}, {"Metula"})]),
    ("Israeli tank fire killed four people near Rafah on Monday.", [("Attack", "shelling", {"Israel"}, {"Rafah"})]),
    ("Israeli fire killed four people near Rafah on Monday.", [("Attack", None, {"Israel"}, {"Rafah"})]),
    ("A fire set by militants destroyed 200 shops at a market in Maiduguri on Monday.",
     [("Attack", "arson", {"rebels"}, {"Maiduguri"})]),
    ("Police fired live rounds at protesters in Nairobi on Tuesday, killing three.",
     [("Attack", "shooting", set(), {"Nairobi"})]),
    ("Thousands of residents fled the town of Sake on Monday.", [("Displacement", "displacement", set(), {"Sake"})]),
    # the bomb someone planted was set off on the ground
    ("A bomb hidden in a car killed four officers in Quetta on Monday.", [("Attack", "bombing", set(), {"Quetta"})]),
    ("Militants planted a bomb near a police station in Bannu on Monday, killing four officers.",
     [("Attack", "bombing", {"rebels"}, {"Bannu"})]),
    ("The bomb, planted on a motorcycle outside a police station in Bannu, killed four officers on Monday.",
     [("Attack", "bombing", set(), {"Bannu"})]),
    # sides joined, related sides in appositions and modifiers
    ("Hamas and Islamic Jihad fired rockets at the Israeli city of Ashkelon on Sunday.",
     [("Attack", "rocket_attack", {"Hamas", "Palestinian Islamic Jihad"}, {"Ashkelon"})]),
    ("Al-Shabaab, an al-Qaeda affiliate, claimed the bombing of a hotel in Mogadishu on Friday.",
     [("Attack", "bombing", {"al-Shabaab"}, {"Mogadishu"})]),
    ("Al-Shabab, the al-Qaeda-linked group, attacked a base in Baidoa on Monday.",
     [("Attack", None, {"al-Shabaab"}, {"Baidoa"})]),
    ("Al-Shabaab and al-Qaeda fighters attacked a base in Baidoa on Monday.",
     [("Attack", None, {"al-Shabaab", "al-Qaeda"}, {"Baidoa"})]),
    ("Israel killed a Hamas commander in a strike on a car in Rafah on Monday.",
     [("Attack", None, {"Israel"}, {"Rafah"})]),
    ("The IDF said it killed a Hamas commander in a strike on a car in Rafah on Monday.",
     [("Attack", None, {"Israel"}, {"Rafah"})]),
    # military press-release style: the side owning up to it
    ("Russia's Defence Ministry said its forces had destroyed a Ukrainian ammunition depot near Kramatorsk.",
     [("Attack", None, {"Russia"}, {"Kramatorsk"})]),
    ("Hezbollah said it attacked an Israeli army post in Metula with guided missiles on Monday.",
     [("Attack", "missile_strike", {"Hezbollah"}, {"Metula"})]),
    # armed clashes: the sides between
    ("Heavy clashes broke out between the Kachin Independence Army and junta troops near Bhamo on Wednesday.",
     [("Attack", "armed_clash", {"Kachin Independence Army", "Tatmadaw"}, {"Bhamo"})]),
    ("Fierce fighting raged between the army and the RSF in Omdurman on Monday.",
     [("Attack", "armed_clash", {RSF}, {"Omdurman"})]),
    ("Two civilians were caught in crossfire between the army and the RSF in Omdurman on Monday.",
     [("Attack", "armed_clash", {RSF}, {"Omdurman"})]),
    ("The army clashed with RSF fighters in Omdurman on Monday.",
     [("Attack", "armed_clash", {"Sudanese Armed Forces"}, {"Omdurman"})]),
    # abductions
    ("Gunmen took 20 passengers hostage in Zamfara on Monday.",
     [("Abduction", "abduction", {"unknown gunmen"}, {"Zamfara"})]),
    ("Twenty passengers were taken hostage by gunmen in Zamfara on Monday.",
     [("Abduction", "abduction", {"unknown gunmen"}, {"Zamfara"})]),
    ("Soldiers rounded up 30 men in the village of Tin Hama on Monday.",
     [("Abduction", "abduction", {"government forces"}, {"Tin Hama"})]),
    ("Bandits carried off 15 women from the village of Kuriga on Monday.",
     [("Abduction", "abduction", {"bandits"}, {"Kuriga"})]),
    ("Dozens of students were abducted by gunmen from a school in Kaduna State on Thursday.",
     [("Abduction", "abduction", {"unknown gunmen"}, {"Kaduna"})]),
    # captures
    ("The RSF took over the town of Wad Madani on Monday.",
     [("Capture", "territory_taken", {RSF}, {"Wad Madani"})]),
    ("Ukrainian forces liberated the village of Robotyne on Monday.",
     [("Capture", "territory_taken", {"Ukraine"}, {"Robotyne"})]),
    ("The town of Kalehe fell to M23 rebels on Monday.", [("Capture", "territory_taken", {"M23"}, {"Kalehe"})]),
    ("The town of Kalehe was captured by M23 rebels on Friday.",
     [("Capture", "territory_taken", {"M23"}, {"Kalehe"})]),
    ("The army wrested control of the town of Singa from the RSF on Monday.",
     [("Capture", "territory_taken", set(), {"Singa"})]),
    ("Islamist militants have lost more ground in northern Mali, with French and Malian troops seizing the city "
     "of Timbuktu and Tuareg rebels announcing they have seized the city of Kidal.",
     [("Capture", "territory_taken", {"France", "Mali"}, {"Timbuktu"}),
      ("Capture", "territory_taken", {"Azawad Liberation Front"}, {"Kidal", "Mali"})]),
    ("The army retook the town of Mubarak on Monday.",
     [("Capture", "territory_taken", {"government forces"}, {"Mubarak"})]),
    ("Rebels captured a government soldier near Kidal on Monday.",
     [("Abduction", "abduction", {"rebels"}, {"Kidal"})]),
    # encyclopedic leads: the named incident and its "when" clause are one event
    ("The Kutum market attack began on 11 March 2024, when the Rapid Support Forces stormed the market near "
     "El Fasher, killing more than 40 people.", [("Attack", "raid", {RSF}, {"El Fasher", "Kutum"})]),
    ("The Solhan massacre occurred on the night of 4-5 June 2021, when militants attacked the village of Solhan in "
     "Burkina Faso, killing at least 160 people.", [("Attack", None, {"rebels"}, {"Burkina Faso", "Solhan"})]),
    ("The Mukondi massacre was a mass killing on 8 March 2023 in the village of Mukondi in North Kivu, in which at "
     "least 40 people were killed. The killings were attributed to the Allied Democratic Forces.",
     [("Attack", None, {"Allied Democratic Forces"}, {"Mukondi", "North Kivu"})]),
    ("The 2022 Owo church attack was a mass shooting that occurred on 5 June 2022 at a church in Owo, Ondo State, "
     "Nigeria. The Nigerian government blamed the Islamic State West Africa Province.",
     [("Attack", "shooting", {"Islamic State West Africa Province"}, {"Nigeria", "Ondo", "Owo"})]),
    # displacement
    ("The fighting drove 3,000 families from their homes near Sake.",
     [("Displacement", "displacement", set(), {"Sake"})]),
    ("More than 5,000 people were displaced by fighting in the town of Sake on Monday.",
     [("Displacement", "displacement", set(), {"Sake"})]),
]


@pytest.mark.parametrize("text,expected", FOUND, ids=[t[:60] for t, _ in FOUND])
def test_an_incident_told_as_other_outlets_tell_it(nlp, text, expected):
    assert events(nlp, text) == expected


# --- no incident: foiled, vowed, denied, habitual, people freed, a budget overrun ---------------

NOT_INCIDENTS = [
    "Security forces thwarted an attack on a checkpoint in Bannu on Monday.",
    "Police foiled a suicide bombing at a church in Kano on Monday.",
    "Soldiers averted an attack on the airport in Port Sudan on Monday.",
    "Israel vowed to strike Hezbollah targets across Lebanon if the rocket fire continued.",
    "The RSF denied shelling the market in El Fasher.",
    "The army has repeatedly shelled villages in the area since the start of the war.",
    "Officials warned that militants could attack the town of Djibo.",
    "Soldiers liberated 20 hostages near Robotyne on Monday.",
    "The RSF took over the running of the hospital's pharmacy on Monday.",
    "Militants hacked the website of the governor of Ituri on Monday.",
    "Residents were forced from the meeting in Masisi on Monday.",
    "The budget overrun in Boulkessi was blamed on the mayor.",
    "A shot rang out in Khartoum on Monday.",
    "Soldiers took the wounded to a hospital in Kidal on Monday.",
    "Militants still hold 20 hostages near Gao.",
    # the everyday senses of the violence lexicon
    "The opposition leader attacked the government's budget plan in parliament in Nairobi on Monday.",
    "Critics blasted the decision to close the border at Rafah.",
    "The two leaders clashed over the budget in Juba on Monday.",
    "The minister died of a heart attack in Khartoum on Monday.",
    "Hackers launched a cyber attack on the central bank in Kyiv on Monday.",
    "Teachers went on strike in Khartoum on Monday.",
    "A general strike paralysed the city of Goma on Monday.",
    "The president fired the army chief in Bamako on Monday.",
    "Police fired tear gas at protesters in Nairobi on Tuesday.",
    "A fire broke out at a market in Maiduguri on Monday, destroying 200 shops.",
    "Floods destroyed 300 homes in Maiduguri on Monday.",
    "Cyclone Freddy hit the coast of Mozambique on Monday, killing 20 people.",
    "An earthquake struck western Afghanistan on Monday, killing 1,000 people.",
    "A gas cylinder explosion killed five people at a restaurant in Lagos on Monday.",
    "A bus crash killed 20 people on the highway near Kano on Monday.",
    "Twenty people were killed in a road accident near Kano on Monday.",
    "A stampede at a food distribution point killed 12 people in Gaza City on Monday.",
    "Police seized 20 kilograms of heroin in Peshawar on Monday.",
    "Soldiers seized a large cache of weapons in the village of Dioura on Monday.",
    "The footage was captured on a mobile phone in Khartoum on Monday.",
    "The suspect fled the scene in Kano on Monday.",
    "Locusts overran farms in northern Kenya on Monday.",
]


@pytest.mark.parametrize("text", NOT_INCIDENTS, ids=[t[:60] for t in NOT_INCIDENTS])
def test_what_did_not_happen_here_and_now_is_no_incident(nlp, text):
    assert events(nlp, text) == []


# --- whom or what was struck ------------------------------------------------------------------------

TARGETED = [
    ("Russian missiles struck a children's hospital in Kyiv on Monday, killing two people.",
     [{"children's hospital", "civilians"}]),
    ("Insurgents detonated a car bomb outside a police station in Mogadishu on Saturday, killing six officers.",
     [{"police station"}]),
    ("The IDF said it killed a Hamas commander in a strike on a car in Rafah on Monday.", [{"Hamas"}]),
    ("Police blamed the bombing of a market in Maiduguri on Boko Haram.", [{"market"}]),
    ("Police blamed Boko Haram for the bombing on a market in Maiduguri.", [{"market"}]),
    ("The Kachin Independence Army fought junta troops near Bhamo on Wednesday.", [{"Tatmadaw"}]),
]


@pytest.mark.parametrize("text,expected", TARGETED, ids=[t[:60] for t, _ in TARGETED])
def test_the_target_is_what_was_struck_not_who_is_blamed(nlp, text, expected):
    assert targets(nlp, text) == expected


# --- the perpetrator named in a later sentence, in the forms of many outlets ------------------------

LEAD = "A bomb exploded at a market in Maiduguri on Monday, killing 12 people. "
BLAMED = [
    "Authorities attributed the attack to Boko Haram.",
    "Police blamed Boko Haram for the attack.",
    "Police blamed the attack on Boko Haram.",
    "Officials said Boko Haram was responsible.",
    "Officials suspect Boko Haram.",
    "Boko Haram is suspected of carrying out the attack.",
    "The army accused Boko Haram of carrying out the bombing.",
    "Boko Haram later claimed the bombing.",
    "Boko Haram claimed responsibility in a statement on Telegram.",
    "The attack bore the hallmarks of Boko Haram.",
    "Responsibility was claimed by Boko Haram.",
    "The bombing was claimed by Boko Haram.",
    "Boko Haram said its fighters had carried out the attack.",
    "Boko Haram fighters were behind the attack, police said.",
    "The attackers were members of Boko Haram, police said.",
    "The suicide bomber was a member of Boko Haram, police said.",
    "Police said the attack was the work of Boko Haram.",
    "A police spokesman said Boko Haram militants carried out the attack.",
    "Investigators linked the attack to Boko Haram.",
    "In a statement, Boko Haram said its fighters were behind the bombing.",
    "The attackers are believed to belong to Boko Haram.",
    "Responsibility for the attack was claimed by Boko Haram.",
    "Officials said the attack had been organised by Boko Haram.",
]


@pytest.mark.parametrize("later", BLAMED)
def test_a_side_tied_to_the_incident_later_is_its_perpetrator(nlp, later):
    assert events(nlp, LEAD + later) == [("Attack", "bombing", {"Boko Haram"}, {"Maiduguri"})]


@pytest.mark.parametrize("later", [
    "Boko Haram denied involvement.",
    "No group claimed responsibility, but Boko Haram has carried out similar attacks in the area.",
    "Police blamed Boko Haram for previous attacks in the state.",
    "The army accused Boko Haram of using civilians as human shields.",
    "The army accused Boko Haram of war crimes.",
    "Investigators did not link the attack to Boko Haram.",
])
def test_a_denial_or_a_habit_ties_no_side(nlp, later):
    assert events(nlp, LEAD + later) == [("Attack", "bombing", set(), {"Maiduguri"})]


@pytest.mark.parametrize("text,actors", [
    ("A drone hit a bus in Kherson on Monday, killing two passengers. Ukrainian officials blamed Russian forces.",
     {"Russia"}),
    ("A drone struck a market in El Fasher on Monday, killing 12 people. Activists accused the Rapid Support "
     "Forces of launching the drone.", {RSF}),
    ("An air strike killed 30 people at a market in Tinzaouaten on Monday. The Azawad Liberation Front blamed the "
     "Malian army and its Wagner allies.", {"Mali", "Wagner Group"}),
    ("Gunmen attacked an army camp in Kayes on Tuesday. JNIM said its fighters carried out the attack.", {JNIM}),
    ("A bomb exploded at a bus station in Quetta on Saturday, killing 20 people. The Tehrik-i-Taliban Pakistan "
     "claimed responsibility.", {TTP}),
])
def test_the_side_blamed_in_other_wars(nlp, text, actors):
    assert [e[2] for e in events(nlp, text)] == [actors]


# --- what is left: rows the guide reads otherwise, kept failing on purpose -------------------------

LEFT = [
    pytest.param("Israeli strikes on southern Lebanon killed five people on Tuesday.",
                 [("Attack", "airstrike", {"Israel"}, {"Lebanon"})],
                 marks=pytest.mark.xfail(strict=True, reason="a country after 'strikes on' is read as the actor "
                                                             "struck, not the place")),
    pytest.param("ELN guerrillas attacked a military base in Arauca on Tuesday, killing two soldiers.",
                 [("Attack", None, {"National Liberation Army"}, {"Arauca"})]),
    pytest.param("Hamas's armed wing, the Qassam Brigades, fired rockets at Ashkelon on Monday.",
                 [("Attack", "rocket_attack", {"Qassam Brigades"}, {"Ashkelon"})],
                 marks=pytest.mark.xfail(strict=True, reason="the parser reads 'fired rockets' as a noun phrase in "
                                                             "apposition")),
    pytest.param("Drones attacked a power station in Kherson on Sunday. The wounded were taken to a hospital in "
                 "Mykolaiv.", [("Attack", "drone_strike", set(), {"Kherson"})]),
    pytest.param("Gunmen killed 12 people in Zamfara and kidnapped 20 others in Katsina on Monday.",
                 [("Attack", "shooting", {"unknown gunmen"}, {"Zamfara"}),
                  ("Abduction", "abduction", {"unknown gunmen"}, {"Katsina"})],
                 marks=pytest.mark.xfail(strict=True, reason="the abducted are counted into a breakdown of the "
                                                             "dead")),
    pytest.param("The Senate passed a bill targeting armed groups in Abuja on Monday.", [],
                 marks=pytest.mark.xfail(strict=True, reason="a participle of a bill or a policy ('a bill "
                                                             "targeting') is still read as an attack")),
    # a bare "took the city of X" is a capture (event.took-ground)
    ("French and Malian troops took the city of Timbuktu on Monday.",
     [("Capture", "territory_taken", {"France", "Mali"}, {"Timbuktu"})]),
    pytest.param("Islamist militants lost ground in northern Mali, with French and Malian troops seizing the city "
                 "of Timbuktu and Tuareg rebels announcing they had seized the city of Kidal.",
                 [("Capture", "territory_taken", {"France", "Mali"}, {"Mali", "Timbuktu"}),
                  ("Capture", "territory_taken", {"Azawad Liberation Front"}, {"Kidal"})],
                 marks=pytest.mark.xfail(strict=True, reason="where the parse hangs the second clause inside the "
                                                             "first, the second capture takes the first's sides")),
    # "the junta's airstrikes": the country's army (actor.bare-force-word)
    ("The junta's airstrikes on the village of Pazigyi in Sagaing Region killed 160 people on Tuesday.",
     [("Attack", "airstrike", {"Tatmadaw"}, {"Pazigyi", "Sagaing Region"})]),
]


@pytest.mark.parametrize("text,expected", LEFT)
def test_what_is_left(nlp, text, expected):
    assert events(nlp, text) == expected
