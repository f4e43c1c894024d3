"""The killed and wounded of an incident in news copy, told the way many outlets tell them
(wire agencies, broadcasters, humanitarian sitreps, monitors, rights groups, military
statements, war updates) in many wars: mixed groups of victims, monitors' and agencies'
counts, a headline's figure beside the body's, a lower then a higher figure, the wounded in
their many verbs, breakdowns by place (including "respectively"), and tolls of other incidents
or periods that must not attach. A metamorphic table: each row is a tiny report written for
these tests and the exact (killed, wounded) of each incident it tells, as the evaluation guide
reads them.

Rows that still fail are strict xfails with the reason: they say what is left."""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.numbers import find_casualties

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import left  # noqa: E402
from incident_rows import tolls  # noqa: E402

# --- mixed groups of victims, parts and the missing --------------------------------------------------

MIXED = [
    ('Mali\n\nJihadists ambushed an army convoy near Nioro on Sunday, killing 12 soldiers and three civilians.',
     [(15, None)]),
    ('Nigeria\n\nBandits raided the village of Kurfi on Saturday, killing 23 people, including five children.',
     [(23, None)]),
    ('DR Congo\n\nCODECO militiamen attacked a displacement camp near Djugu on Sunday. Eighteen people were '
     'killed and seven are missing, the local administrator said.',
     [(18, None)]),
    ('Burkina Faso\n\nGunmen attacked the town of Seytenga on Saturday, killing 86 people, among them nine attackers.',
     [(86, None)]),
    ('Sudan\n\nThe RSF attacked the village of Wad Ashib on Friday. Twenty villagers were killed, among them '
     'six women.',
     [(20, None)]),
    ('Ukraine\n\nA Russian missile struck an apartment block in Dnipro on Saturday. The dead include three '
     'children; in all, 46 people were killed.',
     [(46, None)]),
    ('Somalia\n\nAl-Shabaab stormed a military base in Bulo Marer on Friday; 17 soldiers and 12 militants were '
     'killed in the fighting.',
     [(29, None)]),
    # 'the dead include N' told alone: the part is the least toll known (toll.dead-include)
    ('Ukraine\n\nA Russian missile struck an apartment block in Dnipro on Saturday. The dead include three '
     'children.',
     [(3, None)]),
    ('Sudan\n\nAn RSF drone hit a market in Sennar on Sunday. Of the 30 people killed, 12 were children.',
     [(30, None)]),
    ('Sudan\n\nAn RSF drone hit a market in Sennar on Sunday. Twelve of the 30 people killed were children.',
     [(30, None)]),
    ('Ukraine\n\nRussian strike on Kryvyi Rih: 18 dead, including 9 children\n\nA Russian missile hit a '
     'playground in Kryvyi Rih on Friday.',
     [(18, None)]),
    ('Myanmar\n\nA junta airstrike on a monastery in Sagaing on Sunday killed 22 people, including 3 monks, '
     'and injured dozens, residents said.',
     [(22, None)]),
    ('Mozambique\n\nInsurgents attacked the town of Macomia on Sunday, killing at least ten people. Six others '
     'remain missing.',
     [(10, None)]),
    ('Lebanon\n\nIsraeli strikes on the village of Aitaroun on Sunday killed a family of five.',
     [(5, None)]),
    left("attackers counted in the lead ('two suicide bombers') and said to have died in a later sentence are "
         'not added to the toll',
         'Nigeria\n\nTwo suicide bombers struck a market in Konduga on Sunday, killing 18 people and wounding '
         '19, police said. The bombers also died.',
         [(20, 19)]),
    ('Syria\n\nShelling killed a woman and her two children in Idlib on Sunday, the White Helmets said.',
     [(3, None)]),
]

# --- monitors', agencies' and officials' counts ------------------------------------------------------

SOURCES = [
    ('Syria\n\nA car bomb exploded in a market in Afrin on Sunday. The Syrian Observatory for Human Rights '
     'recorded 14 fatalities.',
     [(14, None)]),
    ('Syria\n\nA car bomb exploded in a market in Afrin on Sunday. The Observatory documented the deaths of 14 '
     'civilians.',
     [(14, None)]),
    ('Gaza\n\nAn Israeli strike hit a house in Khan Younis on Sunday. According to the health ministry, 23 '
     'people were killed.',
     [(23, None)]),
    ('Sudan\n\nRSF shelling hit the Abu Shouk camp near El Fasher on Sunday. OCHA reported 11 civilian deaths '
     'and 30 injuries.',
     [(11, 30)]),
    ('Myanmar\n\nJunta jets bombed a school in Let Yet Kone on Friday, killing 13 people, according to the '
     'Assistance Association for Political Prisoners.',
     [(13, None)]),
    ('Nigeria\n\nGunmen attacked a church in Owo on Sunday. The state government said the death toll stood at 41.',
     [(41, None)]),
    ('Ethiopia\n\nA drone strike hit a market in Finote Selam on Sunday. Health workers counted 28 bodies.',
     [(28, None)]),
    ('Haiti\n\nGangs attacked the town of Pont-Sonde on Thursday. The UN human rights office said at least 115 '
     'people were killed.',
     [(115, None)]),
    ('Sudan\n\nAn RSF drone struck a hospital in El Fasher on Friday, leaving nine people dead, the health '
     'ministry said.',
     [(9, None)]),
    ('Nigeria\n\nGunmen attacked the village of Yelwata on Friday night. The bodies of 45 people were '
     'recovered on Saturday.',
     [(45, None)]),
    ('Nigeria\n\nGunmen attacked the village of Yelwata on Friday night, killing at least 100 people, Amnesty '
     'International said. Local officials gave a lower toll of 45.',
     [(100, None)]),
    ('Sudan\n\nThe RSF attacked the Zamzam camp on Friday and Saturday, killing more than 400 people, '
     'according to the UN.',
     [(400, None)]),
    # a second source's figure after a semicolon, its subject with an aside
    ('Niger\n\nIS Sahel fighters ambushed an army convoy near Tillia on Sunday. The defence ministry said nine '
     'soldiers were killed and 15 "terrorists neutralised"; the group, in its weekly newsletter, claimed to have '
     'killed 40 soldiers.',
     [(40, None)]),
    ('Syria\n\nA car bomb exploded in Azaz on Sunday. The monitor said 14 people were killed; the council, citing '
     'hospital records, said nine died.',
     [(14, None)]),
    ('Pakistan\n\nMilitants stormed a police station in Lakki on Tuesday. Nine police officers and a civilian were '
     'killed and 12 people were wounded. The siege lasted five hours, until commandos retook the building; four '
     'attackers were killed, according to the military.',
     [(14, 12)]),
    ('Mali\n\nJNIM fighters attacked an army camp near Nioro on Sunday. The army said 11 soldiers were killed. In a '
     'statement, JNIM claimed to have killed more than 60 soldiers.',
     [(60, None)]),
    # a claim told on a later day: the day is the statement's, the figure the incident's
    ('Mali\n\nJNIM fighters attacked an army camp near Nioro on Sunday. The army said 11 soldiers were killed. In '
     'a statement the next day, JNIM claimed to have killed more than 60 soldiers.',
     [(60, None)]),
]

# --- a headline beside the body, lower then higher figures, vague and worded figures -----------------

FIGURES = [
    ('Pakistan\n\nMilitants attacked a police post in Dera Ismail Khan on Tuesday, killing six policemen and '
     'two civilians and wounding four others.',
     [(8, 4)]),
    ('Drone strike kills 9 in Sudan market\n\nAn RSF drone hit a market in El Obeid on Sunday, killing at '
     'least 9 people. The toll later rose to 14, medics said.',
     [(14, None)]),
    ('Bomb kills 12 in Pakistan\n\nA bomb exploded at a rally in Khar on Sunday, killing 12 people and wounding 35.',
     [(12, 35)]),
    ('Nigeria\n\nBandits killed more than 20 villagers in Zurmi on Saturday, residents said.',
     [(20, None)]),
    ('Ukraine\n\nA Russian missile hit a railway station in Kramatorsk on Friday, killing 52 people. Dozens '
     'more were wounded.',
     [(52, None)]),
    ('Sudan\n\nRSF fighters attacked the village of Al-Sireha on Friday, killing scores of people.',
     [(None, None)]),
    ('Mali\n\nJihadists attacked the village of Ogossagou on Saturday, killing twenty-one villagers.',
     [(21, None)]),
    ('Mali\n\nJihadists attacked the village of Ogossagou on Saturday, killing 160 people. The toll was first '
     'put at 134.',
     [(160, None)]),
    ('Pakistan\n\nA roadside bomb hit a police van in Quetta on Sunday, wounding 11 officers.',
     [(None, 11)]),
    ('Gaza\n\nAn Israeli strike hit a school in Nuseirat on Sunday, killing 16 people. Dozens were wounded.',
     [(16, None)]),
    # a total told "in all" in a report of one incident is its toll; of many incidents or a period, theirs
    ('Ukraine\n\nA Russian missile struck an apartment block in Dnipro on Saturday. In all, 46 people were killed.',
     [(46, None)]),
    ('Mali\n\nJihadists attacked an army camp in Boulkessi on Sunday, killing 11 soldiers. Altogether, 16 soldiers '
     'died and 20 were wounded, the army said.',
     [(16, 20)]),
    ('Nigeria\n\nBandits attacked the village of Kurmin on Sunday. All told, 31 villagers were killed.',
     [(31, None)]),
    ('Ukraine\n\nA Russian missile struck a block in Dnipro on Saturday. A drone hit a bus in Kherson on Sunday. '
     'In all, 46 people were killed.',
     [(None, None), (None, None)]),
    ('Sudan\n\nRSF shelling killed seven people in Omdurman on Sunday. In total, 46 people were killed in the city '
     'this month.',
     [(7, None)]),
    ('Myanmar\n\nA junta airstrike killed nine people in Kani on Sunday. In total, 3,200 people were killed across '
     'Sagaing in 2024, a monitor said.',
     [(9, None)]),
    ('Ethiopia\n\nA drone strike on a minibus near Bahir Dar on Sunday claimed the lives of 13 passengers.',
     [(13, None)]),
    ('DR Congo\n\nADF rebels attacked a church in Komanda on Sunday. The death toll has risen to 43, a local '
     'civil society leader said. Several others were injured.',
     [(43, None)]),
    ('Burkina Faso\n\nAt least 70 people were killed when jihadists attacked the village of Barsalogho on '
     'Saturday, a security source said.',
     [(70, None)]),
    ("Ukraine\n\nThe death toll from Saturday's Russian missile strike on Sumy rose to 35 on Sunday, officials said.",
     [(35, None)]),
    ('Sudan\n\nSudanese army warplanes bombed a market in Kabkabiya on Sunday. Local activists said more than '
     '100 people were killed and hundreds were injured.',
     [(100, None)]),
    ('Niger\n\nGunmen killed 44 civilians in the village of Fambita on Friday, the government said, declaring '
     'three days of mourning.',
     [(44, None)]),
]

# --- the wounded in their many verbs -----------------------------------------------------------------

WOUNDED = [
    ('Sudan\n\nAn RSF drone struck a hospital in El Fasher on Friday, leaving nine dead and 20 wounded.',
     [(9, 20)]),
    ('Lebanon\n\nAn Israeli strike hit a car in Nabatieh on Sunday, killing two people. Four others were hurt.',
     [(2, 4)]),
    ('Ukraine\n\nA Russian drone attack on Odesa on Sunday left 14 people injured.',
     [(None, 14)]),
    ('Ukraine\n\nA Russian drone struck an apartment block in Odesa on Sunday, killing three people and '
     'leaving 14 wounded.',
     [(3, 14)]),
    ('Israel\n\nA rocket hit a house in Ashkelon on Sunday. Seven people were treated for injuries, the '
     'ambulance service said.',
     [(None, 7)]),
    ('Kenya\n\nA roadside bomb hit a bus near Mandera on Sunday, killing four passengers. Nine wounded were '
     'taken to the Mandera county hospital.',
     [(4, 9)]),
    ('Somalia\n\nA car bomb exploded outside a hotel in Mogadishu on Sunday, killing eight people. Another 16 '
     'suffered injuries.',
     [(8, 16)]),
    ('Colombia\n\nA car bomb exploded outside a police station in Jamundi on Sunday. Two officers were killed '
     'and 13 people sustained injuries.',
     [(2, 13)]),
    ('Ukraine\n\nA Russian missile hit Kharkiv on Sunday, injuring 22 people, including four children.',
     [(None, 22)]),
    ('Ukraine\n\nA Russian missile hit Kharkiv on Sunday. The number of injured rose to 29, the governor said.',
     [(None, 29)]),
    ('Mali\n\nThe army said it had repelled a terrorist attack on the camp at Boulkessi on Sunday. Our forces '
     'lost 11 men and 23 were wounded, the statement said.',
     [(11, 23)]),
    ('Nigeria\n\nThe Nigerian army said troops killed 30 Boko Haram fighters in an ambush near Bama on Sunday. '
     'Two soldiers were wounded.',
     [(30, 2)]),
    ('Pakistan\n\nA suicide bomber attacked a police convoy in Bannu on Sunday. Three police officers were '
     'martyred and seven injured, the police said.',
     [(3, 7)]),
    ('Ukraine\n\nA Russian glide bomb hit Zaporizhzhia on Sunday. Two people were killed and 11 injured, '
     'governor Ivan Fedorov said on Telegram.',
     [(2, 11)]),
    ('Gaza\n\nAn Israeli strike on a tent camp in al-Mawasi killed 19 people and injured 60, the Gaza civil '
     'defence said on Sunday.',
     [(19, 60)]),
    ('Colombia\n\nA drone dropped explosives on a military base in Guaviare on Sunday. Three soldiers died and '
     'eight were injured, the army said.',
     [(3, 8)]),
    ('Haiti\n\nGang members opened fire on a church in Kenscoff on Sunday. Five people lost their lives and '
     'nine were wounded.',
     [(5, 9)]),
    ('Somalia\n\nAl-Shabaab fighters attacked a base in Mogadishu on Sunday. The casualties included 14 dead '
     'and 30 wounded.',
     [(14, 30)]),
    ('Pakistan\n\nAt least five people were killed and 20 injured when a bomb exploded in a market in Peshawar '
     'on Sunday.',
     [(5, 20)]),
    ('Ukraine\n\nRussian drones hit Kharkiv overnight, killing one person and injuring 17, the mayor said. '
     'Later, he raised the number of injured to 24.',
     [(1, 24)]),
    ('Israel\n\nA rocket fired from Lebanon struck a football pitch in Majdal Shams on Saturday, killing 12 '
     'children and teenagers. Some 30 people were wounded.',
     [(12, 30)]),
]

# --- breakdowns by place: 'N of them in X', 'nine and six respectively' ------------------------------

BREAKDOWNS = [
    left("a part told 'eleven of them in X' is no breakdown part (read as one, it cost a blind set event "
         "precision); a province and its city of one name are one place",
         'Yemen\n\nUS strikes killed 20 people in Hodeidah province on Sunday: eleven of them in Hodeidah city '
         'and nine in Zabid.',
         [(11, None), (9, None)]),
    ('Ukraine\n\nRussian shelling killed two people in Kherson and one in Nikopol on Sunday.',
     [(2, None), (1, None)]),
    ('Sudan\n\nRSF shelling on Sunday killed nine people in Omdurman and six in Bahri.',
     [(9, None), (6, None)]),
    ('Sudan\n\nRSF shelling hit Omdurman and Bahri on Sunday, killing nine and six people respectively.',
     [(9, None), (6, None)]),
    ('Sudan\n\nRSF shelling hit Omdurman and Bahri on Sunday, killing nine and six people respectively.',
     [(9, None), (6, None)]),
    left("a part told with no other part ('15 in El Fasher, 10 of them in the camp') is no breakdown; the "
         "camp's strike is not its own incident",
         'Sudan\n\nRSF drone strikes killed 15 people in El Fasher on Sunday, 10 of them in the Abu Shouk camp.',
         [(15, None), (10, None)]),
    ('Yemen\n\nUS strikes on Sunday killed 12 people: seven in Hodeidah, three in al-Salif and two in Ras Isa.',
     [(7, None), (3, None), (2, None)]),
]

# --- other incidents and periods: their tolls must not attach ----------------------------------------

OTHERS = [
    ('Nigeria\n\nBandits killed 12 villagers in Zamfara on Sunday. More than 1,200 people have been killed in '
     'the state this year.',
     [(12, None)]),
    ('Burkina Faso\n\nJihadists killed 15 soldiers near Djibo on Sunday. In 2023, attacks killed more than '
     '8,000 people in the country, according to ACLED.',
     [(15, None)]),
    ('Myanmar\n\nA junta airstrike killed 9 people in Kani on Sunday. ACLED recorded 3,200 fatalities in '
     'Sagaing in the first half of the year.',
     [(9, None)]),
    ('Sudan\n\nShelling killed five people in El Fasher on Sunday. On Friday, an RSF drone strike on the '
     "city's main hospital killed 11.",
     [(5, None), (11, None)]),
    ('Haiti\n\nGangs killed seven people in Carrefour on Sunday, the UN said. The UN says more than 4,000 '
     'people were killed in Haiti in the first half of the year.',
     [(7, None)]),
    ('Lebanon\n\nAn Israeli strike on a house in Baalbek killed eight people on Sunday, the health ministry '
     'said, raising the toll since October to more than 2,000.',
     [(8, None)]),
    ('Ukraine\n\nA Russian missile hit a hospital in Kyiv on Monday, killing two people. Hours later, a drone '
     'struck a bus in Kherson, killing four passengers and wounding six.',
     [(2, None), (4, 6)]),
    ('Pakistan\n\nA bomb hit a police van in Quetta on Sunday, killing five officers. In a separate attack, '
     'gunmen killed two soldiers in North Waziristan.',
     [(5, None), (2, None)]),
    ('Nigeria\n\nBandits killed 14 people in Zamfara on Sunday. Separately, Boko Haram fighters killed nine '
     'farmers near Maiduguri on Saturday and wounded three.',
     [(14, None), (9, 3)]),
]

@pytest.mark.parametrize("text,expected", MIXED + SOURCES + FIGURES + WOUNDED + BREAKDOWNS + OTHERS)
def test_toll_of_each_incident(nlp, text, expected):
    assert tolls(nlp, text) == expected


# --- one sentence's toll -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ('Our forces lost 11 men and 23 were wounded, the statement said.', (11, 23)),
    ('The army lost 11 soldiers and 23 others were wounded.', (11, 23)),
    ('Eleven soldiers were killed and 23 were wounded.', (11, 23)),
    ('The attack killed 11 soldiers and 23 were wounded.', (11, 23)),
    ('The unit suffered 11 dead and 23 wounded.', (11, 23)),
    ('The attack left 11 dead and 23 injured.', (11, 23)),
    ('Casualties stood at 11 dead and 23 wounded.', (11, 23)),
    left("a 'respectively' list adds up only as a breakdown by place in a report, not in the sentence reader",
         'The strikes killed nine and six people respectively.', (15, None)),
    left("a gapped clause ('and three more in hospital', its verb left out) is not read as a figure",
         'Twelve people died on the spot and three more in hospital.', (15, None)),
    ('Five people were killed outright; two more died later in hospital.', (7, None)),
    ('The blast killed 5 people and injured 40, 12 of them seriously.', (5, 40)),
    ('The blast killed 5 people and injured 40, including 12 children.', (5, 40)),
    ('Seven people were killed, four of them children, and 19 were wounded.', (7, 19)),
    ('Nine people were killed, among them two police officers, and 14 wounded.', (9, 14)),
    ('Fourteen people were wounded, three critically.', (None, 14)),
    ('The strike killed six members of one family.', (6, None)),
    ('The strike killed a mother and her four children.', (5, None)),
    ('Two people were killed and several were injured.', (2, None)),
    ('At least 10 people were injured, two of them seriously.', (None, 10)),
    ('The attack killed 7 people and left 30 with injuries.', (7, 30)),
    ('A total of 18 people were killed and 40 injured.', (18, 40)),
    ('The death toll stands at 18, with 40 injured.', (18, 40)),
    ('18 dead, 40 injured in market blast', (18, 40)),
    ('Eighteen killed as bomb hits market', (18, None)),
    left("bodies 'received' by a hospital are not read as the dead",
         'Hospitals received 40 injured and 18 bodies.', (18, 40)),
    left("bodies 'received' by a hospital are not read as the dead",
         'Medics said they had received the bodies of 18 people.', (18, None)),
    left("the count inside 'among the N victims' is read as a part, not as the toll",
         'Among the 18 victims were four children.', (18, None)),
    left("'the N victims' as a subject is no figure",
         'The 18 victims included four children.', (18, None)),
    ('The attack left 18 people dead, police said, and more than 40 injured.', (18, 40)),
    ('Six soldiers were killed in the ambush, while four others sustained injuries.', (6, 4)),
    left("'N dozen' after a digit is not read as a multiple",
         'The explosion killed 12 and wounded 3 dozen.', (12, 36)),
    ('Some 200 civilians have been killed in the attack on the camp, including 40 children.', (200, None)),
    ('Nearly 30 people were killed.', (30, None)),
    ('Around 30 people were killed.', (30, None)),
    ('Up to 30 people may have been killed.', (30, None)),
    ('Between 20 and 30 people were killed.', (30, None)),
    ('The attack killed 11 soldiers; 23 more were wounded.', (11, 23)),
    ('The raid killed 11 people. 23 others were wounded.', (11, 23)),
    # the wounded who later died, told in a relative clause, come on top of the dead (toll.whose-part)
    ('Eight civilians died and 23 were injured, three of whom later died.', (11, 23)),
    ('The gunmen shot dead four policemen and injured two passers-by.', (4, 2)),
    ('Gunmen shot and killed four policemen.', (4, None)),
    ('Four policemen were shot dead.', (4, None)),
    ('Four policemen were gunned down.', (4, None)),
    ('Militants beheaded six villagers.', (6, None)),
    ('Fighters executed 12 prisoners.', (12, None)),
    ('The bodies of 12 men were found.', (12, None)),
    ('The dead include three children.', (3, None)),
    ('Five people, including two children, were killed.', (5, None)),
    ('The attack claimed 14 lives.', (14, None)),
    ('The attack cost 14 lives.', (14, None)),
    ('14 people lost their lives.', (14, None)),
    ('The strike left 14 people dead and dozens wounded.', (14, None)),
    ('The wounded, 23 in all, were taken to hospital.', (None, 23)),
    # the toll told inside the phrase naming a part of it (already read as a bare figure)
    ('Among the 18 dead were four children.', (18, None)),
    ('The 18 killed included four children.', (18, None)),
    ('Among the 40 injured were six medics.', (None, 40)),
    ('The 18 dead, most of them women, were buried on Monday.', (18, None)),
    ('Four children were among the dead.', (4, None)),
    ('The 18 soldiers were unhurt.', (None, None)),
    ('Two of the 12 wounded were in critical condition.', (None, 12)),
    # counts of the clause before are not added to the subject after 'and'
    ('The army lost 11 soldiers and 23 others were wounded.', (11, 23)),
    ('Two paramedics and one driver were wounded.', (None, 3)),
    ('Four of the passengers and two guards were wounded.', (None, 6)),
    ('Eight soldiers were killed, not counting the two bombers, and 14 people were wounded.', (10, 14)),
    ('Nine people died, excluding the four gunmen, and 30 were injured.', (13, 30)),
    ('Eight soldiers and two civilians were killed, not counting the three attackers, and 14 people were wounded.',
     (13, 14)),
    # a count said to come on top of a total of the same sentence
    ('Four passengers died at the scene, and another three died on the way to hospital.', (7, None)),
    ('Two more people died in hospital.', (2, None)),
    ('Two more people died, bringing the toll to nine.', (9, None)),
    ('Three soldiers were killed and two more were wounded.', (3, 2)),
    ('Twenty-three wounded people were evacuated by helicopter.', (None, 23)),
    left("a side's own dead told as 'lost two of their own' are not added to the enemy dead",
         'The soldiers killed 30 insurgents and lost two of their own.', (32, None)),
])
def test_toll_of_a_sentence(sentence, expected):
    c = find_casualties(sentence)
    assert (c.killed, c.wounded) == expected
