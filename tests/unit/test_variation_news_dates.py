"""Dates of news reports told the way many outlets tell them (wire agencies, broadcasters, UN
sitreps, rights groups, daily war updates, monitors, national dailies, military press releases),
in many wars: a metamorphic table of one set of facts in many phrasings (weekdays, "yesterday",
"overnight", days without a year, datelines and date stamps, a lead dated only by a statement, a
toll update, a reaction or the war's start told after), checked as the referee checks a date: it
must fall in the range the guide gives (an overnight strike covers two days). Every sentence and
report here is written for these tests.

LEAD checks the report's first incident (or background event) only: later sentences may tell more
incidents, which other stages split or join. REPORTS checks every incident and recalled event in
order. Rows that still fail are strict xfails with the reason: they say what is left."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import ids, left, told, within  # noqa: E402

# a Monday and the days after
MON, TUE, WED, THU, FRI = "2024-05-13", "2024-05-14", "2024-05-15", "2024-05-16", "2024-05-17"


LEAD = [
    ('wire weekday before pub',
     'Sudan\n\nKHARTOUM, Sudan (AP) — Paramilitary fighters shelled a camp for displaced people '
     'near El Fasher on Saturday, killing 12 people, aid workers said.',
     MON, ('2024-05-11', None)),
    ('weekday = pub day',
     'Ukraine\n\nA Russian missile struck a hospital in Kharkiv on Monday, killing four people, the '
     'governor said.',
     MON, ('2024-05-13', None)),
    ('AP bare weekday',
     'Nigeria\n\nGunmen killed 15 villagers Sunday in an attack on a village in Plateau state, '
     'police said.',
     MON, ('2024-05-12', None)),
    ('late Sunday',
     'Pakistan\n\nA suicide bomber struck a police checkpoint in Bannu late Sunday, killing three '
     'officers.',
     MON, ('2024-05-12', None)),
    ('early Tuesday in Tuesday rpt',
     'Gaza\n\nAn Israeli airstrike hit a house in Rafah early Tuesday, killing six people, health '
     'officials said.',
     TUE, ('2024-05-14', None)),
    ('overnight Sat into Sun',
     'Ukraine\n\nRussia launched a barrage of drones at Odesa overnight Saturday into Sunday, '
     'killing two people.',
     MON, ('2024-05-11', '2024-05-12')),
    ('overnight bare',
     'Ukraine\n\nRussian drones struck an energy facility in Dnipro overnight, killing one worker, '
     'the regional governor said.',
     MON, ('2024-05-12', '2024-05-13')),
    ('night of Sat to Sun',
     'Mali\n\nJihadists attacked an army camp in Boulkessi on the night of Saturday to Sunday, '
     'killing 10 soldiers, the army said.',
     MON, ('2024-05-11', '2024-05-12')),
    ('in the early hours of Sunday',
     'Myanmar\n\nJunta jets bombed a village in Sagaing region in the early hours of Sunday, '
     'killing 9 people, residents said.',
     MON, ('2024-05-12', None)),
    ('Thursday night',
     'DR Congo\n\nADF rebels attacked the village of Mangina on Thursday night, killing 11 '
     'civilians.',
     MON, ('2024-05-09', '2024-05-10')),
    ("Sunday's attack possessive",
     "Somalia\n\nAl-Shabaab claimed Sunday's bombing of a restaurant in Mogadishu that killed eight "
     'people.',
     MON, ('2024-05-12', None)),
    ('before dawn Sunday',
     'Gaza\n\nIsraeli jets struck a school sheltering displaced families in Nuseirat before dawn on '
     'Sunday, killing 20 people.',
     MON, ('2024-05-12', None)),
    ('yesterday',
     'Haiti\n\nGang members attacked the town of Mirebalais yesterday, killing 14 people, a local '
     'official said.',
     MON, ('2024-05-12', None)),
    ('last night',
     'Lebanon\n\nAn Israeli drone strike hit a car in Nabatieh last night, killing two Hezbollah '
     'fighters.',
     MON, ('2024-05-12', '2024-05-13')),
    ('this morning',
     'Colombia\n\nDissident FARC rebels attacked a police station in Cauca this morning, killing '
     'two officers.',
     MON, ('2024-05-13', None)),
    ('earlier this week',
     'Mozambique\n\nInsurgents beheaded five villagers in Cabo Delgado earlier this week, local '
     'sources said.',
     THU, ('2024-05-13', '2024-05-16')),
    ('last week',
     'Ethiopia\n\nFano militiamen ambushed a bus near Gondar last week, killing seven passengers.',
     MON, ('2024-05-06', '2024-05-12')),
    ('in the early hours',
     'Sudan\n\nRSF drones struck a fuel depot in Port Sudan in the early hours of Monday, officials '
     'said.',
     MON, ('2024-05-13', None)),
    ('day month no year',
     'Burkina Faso\n\nJihadists attacked an army post in Djibo on 3 March, killing 14 soldiers.',
     MON, ('2024-03-03', None)),
    ('month day no year',
     'Nigeria\n\nBandits abducted 30 pupils from a school in Kaduna state on March 3, police said.',
     MON, ('2024-03-03', None)),
    ('day month after pub',
     'Nigeria\n\nBandits abducted 30 pupils from a school in Kaduna state on June 3, police said.',
     MON, ('2023-06-03', None)),
    ('toll update later',
     'Sudan\n\nA drone strike killed 12 people at a market in Omdurman. On Tuesday the health '
     'ministry said the toll had risen to 15.',
     WED, ('2024-05-15', None)),
    ('reaction later',
     'Sudan\n\nAn RSF drone strike on a market in Omdurman killed 12 people on Sunday. On Wednesday '
     'the UN condemned the attack.',
     THU, ('2024-05-12', None)),
    ('background later',
     'Sudan\n\nAn RSF drone strike on a market in Omdurman killed 12 people on Sunday. The war '
     'began in April 2023.',
     MON, ('2024-05-12', None)),
    ('undated lead dated sentence 2',
     'Sudan\n\nA drone strike killed 12 people at a market in Omdurman, witnesses said. The attack '
     'took place on Saturday morning.',
     MON, ('2024-05-11', None)),
    ('undated lead, statement day',
     'Pakistan\n\nA roadside bomb killed five soldiers in North Waziristan, the military said on '
     'Sunday.',
     MON, ('2024-05-12', None)),
    ('date prefix updated',
     'Ukraine\n\nUpdated 12 May 2024\n\nRussian missiles struck Kharkiv on Friday, killing three '
     'people.',
     MON, ('2024-05-10', None)),
    ('weekday date prefix',
     'Gaza\n\nMonday, 13 May\n\nAn Israeli strike killed five people in Jabalia on Saturday.',
     MON, ('2024-05-11', None)),
    ('date line stamp',
     'Sudan\n\n13 May 2024\n\nThe RSF attacked a village near El Geneina on Thursday, killing 20 '
     'people.',
     MON, ('2024-05-09', None)),
    ('no after pub (future-like weekday)',
     'Niger\n\nGunmen killed 20 civilians in Tillaberi region on Wednesday, the government said.',
     MON, ('2024-05-08', None)),
    ('last Monday',
     'Niger\n\nGunmen killed 20 civilians in Tillaberi region last Monday, the government said.',
     MON, ('2024-05-06', None)),
    ('Sunday evening no on',
     'Lebanon\n\nAn Israeli strike hit a house in the village of Aitaroun Sunday evening, killing '
     'four people.',
     MON, ('2024-05-12', None)),
    ('on Sunday afternoon',
     'Ukraine\n\nRussian shelling hit a market in Kherson on Sunday afternoon, killing two people.',
     MON, ('2024-05-12', None)),
    ('earlier on Monday',
     'Ukraine\n\nEarlier on Monday, a Russian glide bomb hit a residential building in Kharkiv, '
     'killing one person.',
     MON, ('2024-05-13', None)),
    ("Saturday's attack subject",
     "Nigeria\n\nSaturday's attack on a mosque in Katsina state killed 18 worshippers, police said.",
     MON, ('2024-05-11', None)),
    ('on Friday, fronted',
     'Mali\n\nOn Friday, suspected jihadists killed 12 civilians in the village of Djiguibombo, '
     'local officials said.',
     MON, ('2024-05-10', None)),
    ('two days ago',
     'Colombia\n\nTwo days ago, ELN rebels attacked a military base in Arauca, wounding nine '
     'soldiers.',
     MON, ('2024-05-11', None)),
    ('nominal shelling of X on Sat',
     'Ukraine\n\nThe Russian shelling of Nikopol on Saturday killed three civilians, officials said.',
     MON, ('2024-05-11', None)),
    ('overnight into Monday',
     'Israel\n\nHezbollah fired rockets at the town of Kiryat Shmona overnight into Monday, '
     'wounding two people.',
     MON, ('2024-05-12', '2024-05-13')),
    ('late on Saturday night',
     'Haiti\n\nGangs attacked the Solino neighbourhood of Port-au-Prince late on Saturday night, '
     'killing 9 people.',
     MON, ('2024-05-11', '2024-05-12')),
    ('AFP lead undated + next-day statement',
     'Afghanistan\n\nA bomb tore through a minibus in Charikar on Tuesday, killing several '
     'passengers. The next day, the interior ministry said 11 people had been killed.',
     FRI, ('2024-05-14', None)),
    ('two days later ministry said toll',
     'Pakistan\n\nA suicide bomber attacked a police post in Dera Ismail Khan on 2 May. Two days '
     'later, police said the toll had risen to 12.',
     MON, ('2024-05-02', None)),
    ('a Saturday market day',
     'Colombia car bomb\n\nOn 9 March, a car bomb exploded in the main square of Jamundi, killing '
     'four people. The bomb went off on a Saturday market day, when the square was crowded.',
     MON, ('2024-03-09', None)),
    ('every Friday',
     'Nigeria\n\nGunmen attacked worshippers at a mosque in Zamfara on 3 May, killing 12. Residents '
     'said the attackers had raided the village every Friday for a month.',
     MON, ('2024-05-03', None)),
    ("BBC undated lead then 'happened on Saturday'",
     'Ethiopia\n\nAt least 20 people have been killed in a drone strike on a market in the Amhara '
     'region, witnesses have told the BBC. The strike happened on Saturday in the town of Finote '
     'Selam.',
     MON, ('2024-05-11', None)),
    ('Reuters toll update weekday',
     'Ukraine\n\nA Russian missile strike on a shopping centre in Kharkiv on Saturday killed 12 '
     'people, officials said. On Monday, the governor said the death toll had risen to 16.',
     MON, ('2024-05-11', None)),
    ('Al Jazeera reaction next day',
     'Gaza\n\nAn Israeli air strike on a school sheltering displaced people in Gaza City killed at '
     'least 30 people on Saturday, the Civil Defence said. On Sunday, the UN Secretary-General '
     'condemned the strike.',
     MON, ('2024-05-11', None)),
    ('lead undated, dated 2nd para (OCHA)',
     'Flash Update\n\nArmed men attacked the village of Tawila, North Darfur, killing 17 civilians '
     'and injuring 30. The attack occurred on 10 May at around 06:00.',
     MON, ('2024-05-10', None)),
    ('HRW month-later doc',
     'Burkina Faso: Army Massacre\n\nSoldiers executed at least 60 civilians in the village of '
     'Karma on 20 April, Human Rights Watch said today.',
     '2024-05-20', ('2024-04-20', None)),
    ('ISW style',
     'Russian Offensive Campaign Assessment, May 13\n\nRussian forces struck Kharkiv City with '
     'glide bombs on May 12, killing three civilians.',
     MON, ('2024-05-12', None)),
    ('military press release dated',
     'Press Release\n\nOn Sunday 12 May 2024, terrorists attacked a convoy near Tessit. Five '
     'soldiers were killed.',
     TUE, ('2024-05-12', None)),
    ("SOHR style 'today'",
     'SOHR\n\nA landmine explosion killed three shepherds in the Badia of Deir Ezzor today, SOHR '
     'activists reported.',
     MON, ('2024-05-13', None)),
    ('wire dateline weekday last para statement',
     'Mali\n\nBAMAKO, Mali (Reuters) - Jihadists killed at least 26 civilians in an attack on a '
     'village in central Mali, local officials said on Sunday. The attack took place late on '
     'Friday in the village of Djiguibombo.',
     MON, ('2024-05-10', None)),
    ('statement day, undated lead, no other date',
     'Mozambique\n\nInsurgents attacked the town of Macomia, killing at least 10 soldiers, the army '
     'said on Sunday.',
     MON, ('2024-05-12', None)),
    ('background war start before incident',
     "Sudan\n\nSudan's war broke out in April 2023. On Sunday, an RSF drone strike on a market in "
     'El Fasher killed 15 people.',
     MON, ('2024-05-12', None)),
    ("AP 'the attack came a day after'",
     'Nigeria\n\nGunmen killed 15 people in an attack on a village in Benue state on Sunday. The '
     'attack came a day after bandits abducted 40 people in Kaduna state.',
     MON, ('2024-05-12', None)),
    ('overnight Sunday (pub Monday)',
     'Ukraine\n\nRussian drones attacked the Kyiv region overnight Sunday, injuring three people, '
     'the military administration said.',
     MON, ('2024-05-12', '2024-05-13')),
    ('Sunday night into Monday',
     'Israel\n\nHezbollah fired dozens of rockets at northern Israel on Sunday night into Monday, '
     'wounding two soldiers, the army said.',
     MON, ('2024-05-12', '2024-05-13')),
    ('on the night of 11 to 12 May',
     'Mali\n\nOn the night of 11 to 12 May, jihadists attacked an army camp in Boni.',
     TUE, ('2024-05-11', '2024-05-12')),
    ('in the early hours of 12 May',
     'Syria\n\nIn the early hours of 12 May, a drone strike hit a car near Idlib, killing two men.',
     TUE, ('2024-05-12', None)),
    ('Updated timestamp body weekday',
     'Haiti: gangs kill 12\n\nUpdated 15 May 2024, 09:12 GMT\n\nGangs killed 12 people in the town of '
     'Gressier on Sunday, the UN said.',
     WED, ('2024-05-12', None)),
    ('Published line with weekday',
     'Yemen\n\nPublished Wednesday, 15 May 2024\n\nHouthi rebels fired a missile at a tanker in the '
     'Red Sea on Monday.',
     WED, ('2024-05-13', None)),
    ('last Thursday Monday report',
     'Myanmar\n\nJunta aircraft bombed a school in Sagaing region last Thursday, killing eight '
     'children, a rebel group said.',
     MON, ('2024-05-09', None)),
    ('this week wire',
     'Lebanon\n\nIsraeli strikes killed six people in southern Lebanon this week, including two '
     'paramedics.',
     THU, ('2024-05-13', '2024-05-16')),
    ('day before yesterday',
     'Somalia\n\nAl-Shabaab fighters attacked a base in Lower Shabelle the day before yesterday, '
     'killing seven soldiers.',
     MON, ('2024-05-11', None)),
    ("tuesday's bombing died later",
     "Iraq\n\nThe toll from Tuesday's car bombing in Baghdad rose to 21 on Thursday after three "
     'wounded people died.',
     FRI, ('2024-05-14', None)),
    ('dated reaction sentence first',
     'Sudan\n\nThe UN on Wednesday condemned an attack on a hospital in El Fasher that killed nine '
     'patients.',
     THU, ('2024-05-15', None)),
    ('said Sunday ... killed Saturday (wire US style)',
     'Somalia\n\nMOGADISHU, Somalia (AP) — Somali officials said Sunday that al-Shabab fighters '
     'killed 10 soldiers Saturday in an attack on a base in Middle Shabelle.',
     MON, ('2024-05-11', None)),
    ("report published Sunday, 'on Sunday'",
     'Ukraine\n\nA Russian glide bomb hit a residential block in Kharkiv on Sunday, killing two '
     'people.',
     '2024-05-12', ('2024-05-12', None)),
    ('Friday in Saturday report',
     'Pakistan\n\nGunmen shot dead seven labourers in Gwadar on Friday, police said.',
     '2024-05-11', ('2024-05-10', None)),
    ('Reuters long Sudan',
     'Sudan: RSF drone strike kills 15 at El Fasher market\n\nPORT SUDAN, May 13 (Reuters) - A '
     "drone strike by Sudan's paramilitary Rapid Support Forces killed at least 15 people at a "
     'market in the besieged city of El Fasher, local activists said on Monday.\n\nThe strike hit '
     "the city's main livestock market on Sunday afternoon, the El Fasher Resistance Committee "
     'said in a statement. Dozens more were wounded.\n\nThe RSF did not respond to a request for '
     "comment.\n\nThe war between Sudan's army and the RSF erupted in April 2023 and has killed "
     'tens of thousands of people.',
     MON, ('2024-05-12', None)),
    ('AP long Nigeria undated lead',
     'Gunmen kill 20 in northwest Nigeria\n\nABUJA, Nigeria (AP) — Gunmen on motorcycles stormed a '
     "village in northwest Nigeria's Zamfara state, killing at least 20 people and abducting "
     'dozens of others, police and residents said Monday.\n\nThe attackers arrived in the village '
     'of Dangulbi late Saturday and opened fire on residents, police spokesman Yazid Abubakar '
     "said.\n\nNigeria's President Bola Tinubu on Sunday condemned the attack and ordered security "
     'forces to hunt down the gunmen.',
     MON, ('2024-05-11', '2024-05-12')),
    ('BBC style',
     'Myanmar air strike kills 30 at village festival\n\nAt least 30 people, including children, '
     'have been killed in an air strike by the Myanmar military on a village in the Sagaing '
     'region, according to local sources.\n\nThe attack took place on Thursday morning as villagers '
     'gathered for the opening of a new community hall in Pazigyi, witnesses told BBC '
     'Burmese.\n\nThe military has not commented. Earlier this year the UN said the junta had '
     'carried out more than 600 air strikes since the 2021 coup.',
     MON, ('2024-05-09', None)),
    ('Al Jazeera Gaza',
     'Israeli strike on Gaza school kills 27\n\nAn Israeli air strike on a United Nations-run '
     'school sheltering displaced Palestinians in central Gaza has killed at least 27 people, '
     'according to health officials.\n\nThe strike hit the school in Nuseirat refugee camp in the '
     'early hours of Thursday. The Israeli military said it had targeted a Hamas command centre '
     'inside the compound.\n\nOn Friday, UNRWA chief Philippe Lazzarini said the school had been '
     'hit while sheltering 6,000 people.',
     FRI, ('2024-05-16', None)),
    ('France 24 Sahel',
     'Burkina Faso: dozens of soldiers killed in jihadist attack\n\nDozens of soldiers were killed '
     'in an attack by jihadists on a military base in northern Burkina Faso, security sources '
     'told AFP on Tuesday.\n\nThe attack on the base in Mansila took place on Saturday, one source '
     'said. Another said that "more than 100 soldiers" were killed. The Al-Qaeda-linked JNIM '
     'group claimed responsibility on Monday.',
     TUE, ('2024-05-11', None)),
    ('HRW doc months later',
     'Ethiopia: Army Executes Civilians in Amhara\n\nEthiopian soldiers summarily executed at least '
     "45 civilians in the town of Merawi, in Ethiopia's Amhara region, on January 29, Human "
     'Rights Watch said today. Witnesses said soldiers went from house to house searching for '
     "Fano militiamen.\n\nThe government has not responded to Human Rights Watch's request for "
     'information.',
     '2024-04-04', ('2024-01-29', None)),
    # 'Ataque' is a gazetteer alias of a Yemeni town: the headline stays an incident of its own, and
    # takes the lead's day (date.headline-from-lead).
    ('national daily Colombia',
     'Ataque en Cauca: two police officers killed\n\nTwo police officers were killed and three '
     'injured when dissidents of the former FARC attacked the police station in Morales, Cauca, '
     'in the early hours of this Sunday, the police said.\n\nThe attack began at around 3 a.m. with '
     'explosives and rifle fire. Governor Octavio Guzman condemned the attack on Sunday afternoon.',
     MON, ('2024-05-12', None)),
    ('military press release',
     'COMMUNIQUE\n\nOn Saturday 11 May 2024 at around 5 pm, a FAMa convoy was ambushed by armed '
     'terrorist groups near Ansongo. The toll is three soldiers killed and five wounded. On '
     'Sunday 12 May, reinforcements neutralised about ten terrorists in the area.',
     MON, ('2024-05-11', None)),
    ('SOHR monitor',
     'Syrian Observatory\n\nRegime forces shelled the village of Kansafra in Jabal al-Zawiya this '
     'evening, killing a child and injuring two women. SOHR sources said the shells were fired '
     'from positions near Kafr Nabl. Yesterday, a drone strike killed two fighters near Atarib.',
     MON, ('2024-05-13', None)),
    ('Pakistani daily',
     'Seven soldiers martyred in North Waziristan attack\n\nRAWALPINDI: Seven soldiers were '
     "martyred when terrorists attacked a security forces checkpost in North Waziristan's Mir Ali "
     "area in the wee hours of Saturday, the ISPR said on Sunday.\n\nAccording to the military's "
     'media wing, the troops responded effectively and six terrorists were killed.',
     '2024-05-12', ('2024-05-11', None)),
    left("a lead's generic side ('gang members') and the gang named after are read as two "
         "perpetrators, so the day told after is not the lead's",
         'Haiti undated wire then detail',
         'Gangs kill dozens in Haiti town\n\nPORT-AU-PRINCE, Haiti (AP) — Gang members killed at least '
         '70 people in a central Haitian town, the UN human rights office said Friday.\n\nThe gunmen of '
         'the Gran Grif gang attacked Pont-Sondé early Thursday, shooting residents and setting '
         'houses on fire, the office said. Some 6,000 people fled.',
         FRI, ('2024-05-16', None)),
    ('Mozambique Lusa-like',
     'Mozambique: insurgents attack Macomia\n\nInsurgents attacked the district headquarters of '
     'Macomia, in Cabo Delgado province, on Friday morning, looting shops and burning houses, '
     'local sources told Lusa.\n\nThe fighting lasted until Saturday, when the defence forces '
     'regained control of the town. At least 10 soldiers were killed, according to a military '
     'source.',
     MON, ('2024-05-10', '2024-05-11')),
    ('Lebanon broadcaster reaction',
     'Israeli strike kills three paramedics in south Lebanon\n\nAn Israeli strike on an ambulance '
     "centre in the town of Naqoura killed three paramedics on Wednesday, Lebanon's health "
     'ministry said.\n\nOn Thursday, the World Health Organization said attacks on health workers '
     'in Lebanon had killed 17 since October.',
     THU, ('2024-05-15', None)),
    ('DRC two days different',
     'Eastern DR Congo\n\nADF rebels killed at least 18 villagers in an overnight raid on Mabalako, '
     'in North Kivu, local officials said on Wednesday. The attack began late on Monday and '
     'lasted until the early hours of Tuesday.',
     WED, ('2024-05-13', '2024-05-14')),
    ('headline weekday only',
     'Gunmen kill 20 villagers in Plateau on Saturday\n\nGunmen killed 20 villagers in an attack on '
     'a village in Plateau state, police said.',
     MON, ('2024-05-11', None)),
    ('May 12th',
     'Syria\n\nA car bomb exploded in Azaz on May 12th, killing eight people.',
     MON, ('2024-05-12', None)),
    ('12th of May',
     'Syria\n\nA car bomb exploded in Azaz on the 12th of May, killing eight people.',
     MON, ('2024-05-12', None)),
    ('Sunday, May 12',
     'Syria\n\nA car bomb exploded in Azaz on Sunday, May 12, killing eight people.',
     MON, ('2024-05-12', None)),
    ('parenthesised date',
     'Syria\n\nA car bomb exploded in Azaz (12 May), killing eight people.',
     MON, ('2024-05-12', None)),
    ('around midnight Friday',
     'Somalia\n\nAl-Shabaab fighters attacked a base in Galmudug around midnight on Friday, killing '
     'five soldiers.',
     MON, ('2024-05-10', '2024-05-11')),
    ('shortly before noon Sunday',
     'Afghanistan\n\nA bomb exploded in a mosque in Kunduz shortly before noon on Sunday, killing '
     '12 worshippers.',
     MON, ('2024-05-12', None)),
    ('over the weekend',
     'Ukraine\n\nRussian strikes killed nine civilians in the Donetsk region over the weekend, '
     'officials said.',
     MON, ('2024-05-11', '2024-05-12')),
    ('late last week',
     'Niger\n\nJihadists killed 12 soldiers near Tera late last week, the defence ministry said.',
     MON, ('2024-05-06', '2024-05-12')),
    ('past 24 hours',
     'Gaza\n\nIsraeli strikes killed 52 people across Gaza in the past 24 hours, the health '
     'ministry said.',
     MON, ('2024-05-12', '2024-05-13')),
    ('at dawn today',
     'Yemen\n\nSaudi-led coalition jets bombed a market in Saada at dawn today, killing 14 people.',
     MON, ('2024-05-13', None)),
    ('this past Sunday',
     'Colombia\n\nELN rebels attacked a military base in Arauca this past Sunday, killing two '
     'soldiers.',
     WED, ('2024-05-12', None)),
    ('Sunday last',
     'Kenya\n\nAl-Shabaab militants attacked a bus in Mandera on Sunday last, killing nine '
     'passengers.',
     WED, ('2024-05-12', None)),
    left("a day and month in figures without a year ('on 12/5') is read as no date",
         'on 12/5',
         'Ethiopia\n\nA drone strike hit a market in Bahir Dar on 12/5, killing 14 people.',
         MON, ('2024-05-12', None)),
    ('12 May in a January report',
     'Ethiopia\n\nA drone strike hit a market in Bahir Dar on 12 May, killing 14 people.',
     '2025-01-20', ('2024-05-12', None)),
    ('date in title ISW',
     'Iran Update, May 12, 2024\n\nIsraeli forces struck a Hezbollah weapons depot in Baalbek on '
     'May 11, killing two fighters.',
     MON, ('2024-05-11', None)),
    ('title date no body date',
     'Ukraine war, day 808: Russian missile hits Kharkiv\n\nA Russian missile hit a residential '
     'building in Kharkiv, killing three people.',
     MON, ('2024-05-13', None)),
    ("report Sunday, 'on Saturday night' range",
     'Israel\n\nA drone launched from Lebanon hit a house in Metula on Saturday night, wounding two.',
     '2024-05-12', ('2024-05-11', '2024-05-12')),
    ("Monday report 'on Monday night'?? (earlier)",
     'Sudan\n\nRSF fighters attacked a village near Sennar, killing 25 people, residents said on '
     'Monday night.',
     MON, ('2024-05-13', None)),
    ('a week ago',
     'Ukraine\n\nA week ago, a Russian missile hit a hospital in Dnipro, killing four.',
     MON, ('2024-05-06', None)),
    ('dateline with date wire',
     'Ukraine\n\nKYIV, May 13 (Reuters) - A Russian missile attack on the southern city of Odesa '
     'killed four people on Sunday, the regional governor said.',
     MON, ('2024-05-12', None)),
    ('ET dateline different day',
     'Ukraine\n\nKYIV, May 12 (Reuters) - A Russian missile attack on Odesa killed four people on '
     'Sunday, the regional governor said.',
     MON, ('2024-05-12', None)),
    ('Saturday in dateline-day report',
     'Ukraine\n\nKYIV, May 12 (Reuters) - A Russian missile attack on Odesa killed four people on '
     'Saturday, the regional governor said.',
     MON, ('2024-05-11', None)),
    ("undated lead, 'The blast ripped through ... on Saturday evening'",
     'Bomb kills 12 at Pakistan market\n\nAt least 12 people were killed by a bomb at a crowded '
     'market in northwest Pakistan, police said on Sunday.\n\nThe blast ripped through the '
     'vegetable market in the town of Parachinar on Saturday evening, witnesses said.',
     MON, ('2024-05-11', None)),
    ("undated lead, 'Witnesses said the strike hit ... Sunday'",
     "Air strike kills 14 in Myanmar\n\nAn air strike by Myanmar's military killed 14 people in a "
     'village in Chin State, a resistance group said.\n\nWitnesses said the jets struck the village '
     'of Falam at around 10 a.m. on Sunday.',
     MON, ('2024-05-12', None)),
    ("undated lead, 'Residents said the attack started on Friday'",
     'Sudan\n\nFighters of the Rapid Support Forces killed more than 40 villagers in Gezira state, '
     'activists said on Monday. Residents said the attack started on Friday and lasted for hours.',
     MON, ('2024-05-10', None)),
    ("undated lead + 'It happened on Thursday'",
     'Somalia\n\nA suicide car bomb killed 9 soldiers at a base in Mogadishu. It happened on '
     'Thursday, officials said.',
     MON, ('2024-05-09', None)),
    ("undated lead, then 'the assailants ... on Sunday'",
     'DR Congo\n\nADF rebels killed at least 17 people in the village of Masala in North Kivu, '
     'local officials said Tuesday. The assailants entered the village on Sunday night armed with '
     'machetes.',
     TUE, ('2024-05-12', '2024-05-13')),
    ('undated lead; the attack on Sunday also killed...',
     'Nigeria\n\nSuspected jihadists killed 9 farmers in Borno state. The attack on Sunday near '
     'Maiduguri also left five wounded, a militia leader said.',
     MON, ('2024-05-12', None)),
    ('lead w/ statement day; 2nd sentence toll update w/o date',
     'Ukraine\n\nA Russian missile strike killed five people in Kharkiv, the governor said on '
     'Sunday. Later, officials said the toll had risen to seven.',
     MON, ('2024-05-12', None)),
    ("lead dated; reaction 'on Monday' by minister; toll update 'on Tuesday'",
     'Gaza\n\nAn Israeli strike on a tent camp in Rafah killed 45 people on Sunday, health '
     'officials said. On Monday, the Israeli prime minister called the strike a tragic mistake. '
     'On Tuesday, the health ministry said the toll had risen to 50.',
     WED, ('2024-05-12', None)),
    ('undated lead, 2nd sent statement by army on Tuesday, 3rd sentence dated',
     'Mali\n\nJihadists killed dozens of soldiers in an attack on an army camp in central Mali. The '
     'army confirmed the attack on Tuesday. The assault on the camp at Boulkessi took place on '
     'Sunday.',
     TUE, ('2024-05-12', None)),
    ('undated lead, last para date of incident',
     'Haiti\n\nGang members have killed at least 20 people in a neighbourhood of the capital, '
     'Port-au-Prince, a human rights group said.\n\nThe attack happened in the Cité Soleil area '
     'overnight on Friday.',
     MON, ('2024-05-10', '2024-05-11')),
    ('background dated before undated lead',
     'Yemen\n\nIn March, the Houthis said they would target all ships linked to Israel. Houthi '
     "rebels fired a missile at a cargo ship off Yemen's coast, the UKMTO said on Sunday.",
     MON, ('2024-05-12', None)),
    ('two statements',
     'Mozambique\n\nInsurgents beheaded 11 Christians in the village of Naquitengue, the bishop '
     'said on Sunday. The killings took place on Friday, according to a local priest.',
     MON, ('2024-05-10', None)),
    ('two days later officials said toll',
     'Pakistan\n\nA suicide bomber attacked a police post in Bannu on 2 May, killing four. Two days '
     'later, officials said six more had died.',
     MON, ('2024-05-02', None)),
    ('a day later it was reported that',
     'Somalia\n\nAl-Shabaab attacked a base in Baidoa on 2 May. A day later, police reported that '
     '12 soldiers had been killed in the attack.',
     MON, ('2024-05-02', None)),
    ('Guardian stamp',
     'Russian missile strike on Kharkiv kills seven\n\nSun 12 May 2024 14.32 BST\n\nA Russian missile '
     'strike on a hardware store in Kharkiv killed seven people on Saturday, officials said.',
     MON, ('2024-05-11', None)),
    ('AJ published on',
     'Israeli strike kills 20 in Gaza\n\nPublished On 13 May 2024\n\nAn Israeli strike on a house in '
     'Jabalia killed 20 people overnight, medics said.',
     MON, ('2024-05-12', '2024-05-13')),
    ('Reuters updated ago',
     'Sudan attack\n\nMay 12, 2024 3:45 PM GMT+0 Updated 2 hours ago\n\nGunmen killed 11 people in an '
     'attack on a village in South Kordofan on Friday, a local official said.',
     MON, ('2024-05-10', None)),
    ('Xinhua dateline',
     'Somalia\n\nMOGADISHU, May 12 (Xinhua) -- At least eight people were killed when a car bomb '
     'exploded at a checkpoint in Mogadishu on Saturday, police said.',
     MON, ('2024-05-11', None)),
    ('CNN style',
     'Ukraine\n\n(CNN) — A Russian strike on a residential building in Belgorod killed 15 people on '
     'Sunday, Russian officials said.',
     MON, ('2024-05-12', None)),
    ('Sunday (May 12)',
     'Ukraine\n\nA Russian drone hit a bus in Kherson on Sunday (May 12), killing one passenger.',
     WED, ('2024-05-12', None)),
    ('on the evening of 12 May',
     'Lebanon\n\nOn the evening of 12 May, an Israeli drone struck a car in Nabatieh, killing two '
     'men.',
     WED, ('2024-05-12', None)),
    ('in the early morning hours of Sunday',
     'Myanmar\n\nJunta jets bombed a camp for displaced people in Kachin State in the early morning '
     'hours of Sunday, killing 28 people.',
     MON, ('2024-05-12', None)),
    ('local time GMT',
     'Yemen\n\nThe strike hit the port of Hodeidah at 11 pm local time (2000 GMT) on Saturday, '
     'killing three workers.',
     MON, ('2024-05-11', None)),
    ('12.05.2024',
     'Ethiopia\n\nOn 12.05.2024, a drone strike hit a bus in Amhara region, killing 14 passengers.',
     WED, ('2024-05-12', None)),
    ("toll rose Monday from Saturday's attack in Tuesday report",
     "Nigeria\n\nThe death toll from Saturday's attack on a village in Benue state rose to 42 on "
     'Monday, police said.',
     TUE, ('2024-05-11', None)),
    ('title date + the body says Sunday',
     'Gaza, 13 May 2024\n\nAn Israeli strike killed 12 people at a school in Nuseirat on Sunday.',
     MON, ('2024-05-12', None)),
    ('dateline date text yesterday',
     'Ukraine\n\nKYIV, 13 May 2024 — A Russian missile struck a market in Kharkiv yesterday, '
     'killing seven people.',
     MON, ('2024-05-12', None)),
    ('OCHA flash update date line',
     'Flash Update #4 - 13 May 2024\n\nOn 11 May, armed men attacked the village of Wad al-Noura in '
     'Gezira State, killing at least 100 people.',
     MON, ('2024-05-11', None)),
    ('OCHA flash update date line, no body date',
     'Flash Update #4 (13 May 2024)\n\nArmed men attacked the village of Wad al-Noura in Gezira '
     'State, killing at least 100 people.',
     MON, ('2024-05-13', None)),
    ('ACLED style one line',
     'Weekly\n\nOn 11 May 2024, JNIM militants attacked a military post in Djibo, killing 20 '
     'soldiers.',
     '2024-05-20', ('2024-05-11', None)),
    ('HRW last year',
     'Report\n\nOn October 7, Hamas-led fighters attacked communities in southern Israel, killing '
     'about 1,200 people.',
     '2024-07-17', ('2023-10-07', None)),
    ("'Wednesday's strike' in a Friday report reaction",
     "Gaza\n\nThe UN on Thursday condemned Wednesday's Israeli strike on a school in Gaza City that "
     'killed 30 people.',
     FRI, ('2024-05-15', None)),
    ('ago 48 hours',
     'Sudan\n\nThe RSF attacked a village near El Obeid 48 hours ago, killing 30 people, activists '
     'said.',
     MON, ('2024-05-11', None)),
    ('earlier today wire',
     'Pakistan\n\nA suicide bomber blew himself up near a police van in Quetta earlier today, '
     'killing four officers.',
     MON, ('2024-05-13', None)),
    ('Friday prayers',
     'Afghanistan\n\nA bomb exploded in a Shia mosque in Kunduz during Friday prayers, killing 50 '
     'worshippers, officials said on Friday.',
     '2024-05-11', ('2024-05-10', None)),
    ('during Friday prayers, no date',
     'Afghanistan\n\nA bomb exploded in a Shia mosque in Kunduz during Friday prayers, killing 50 '
     'worshippers.',
     '2024-05-11', ('2024-05-10', None)),
    ('Al Jazeera Lebanon two days',
     'Israeli strikes kill 12 in southern Lebanon\n\nIsraeli air strikes on southern Lebanon have '
     "killed at least 12 people, including three children, Lebanon's health ministry says.\n\nThe "
     'strikes hit the towns of Nabatieh and Bint Jbeil on Tuesday night and Wednesday morning, '
     'the ministry said.\n\nHezbollah said it fired rockets at an Israeli army base in response.',
     WED, ('2024-05-14', '2024-05-15')),
    ('France 24 Burkina',
     'Burkina Faso: Jihadists kill dozens of civilians in north\n\nSuspected jihadists killed '
     'dozens of civilians in an attack on the village of Barsalogho in northern Burkina Faso, '
     'security sources said on Sunday.\n\n"The assailants arrived in large numbers on Saturday '
     'morning and opened fire on residents who were digging trenches," a local source told AFP.',
     MON, ('2024-05-11', None)),
    ('Al Jazeera Sudan hospital undated',
     "Attack on Sudan hospital kills nine\n\nAn attack on the last functioning hospital in Sudan's "
     'El Fasher has killed nine people, according to the World Health Organization.\n\nThe attack '
     'happened on Friday, WHO chief Tedros Adhanom Ghebreyesus said on Saturday.',
     MON, ('2024-05-10', None)),
    ('pos: same toll retold',
     'Afghanistan\n\nA suicide bomber killed 12 people at a mosque in Kabul, officials said. The '
     'bomber struck on Saturday during evening prayers, killing 12 people.',
     MON, ('2024-05-11', None)),
    ('undated lead; vow on Thursday',
     'Nigeria\n\nGunmen killed 30 villagers in an attack in Benue state. On Thursday, the president '
     'vowed to bring the attackers to justice.',
     FRI, ('2024-05-17', None)),
    ('the attack came as, with a date',
     'Somalia\n\nAl-Shabaab fighters stormed a hotel in Mogadishu, killing nine people, police '
     'said. The attack came as the president opened a security conference on Saturday.',
     MON, ('2024-05-11', None)),
    ('the attack came after, with a date',
     'Somalia\n\nAl-Shabaab fighters stormed a hotel in Mogadishu, killing nine people, police '
     'said. The attack came after troops withdrew from the district on Saturday.',
     MON, ('2024-05-13', None)),
    ('second attack this week',
     'Kenya\n\nSuspected al-Shabaab militants killed four police officers in Mandera on Wednesday. '
     'It was the second attack on police in the county this week.',
     THU, ('2024-05-15', None)),
    ('the war began background',
     'Sudan\n\nAn army air strike on a market in Nyala killed 15 people, residents said. The war, '
     'which began in April last year, has displaced more than eight million people.',
     MON, ('2024-05-13', None)),
    ('funerals held on Monday',
     'Iraq\n\nA car bomb killed 12 people at a market in Kirkuk on Saturday. Funerals for the '
     'victims were held on Sunday.',
     MON, ('2024-05-11', None)),
    ('arrests on Monday',
     'Pakistan\n\nGunmen killed seven labourers in Gwadar on Thursday. Police arrested two suspects '
     'on Sunday.',
     MON, ('2024-05-09', None)),
    ('ministry said Tuesday toll; lead dated Sunday',
     'Gaza\n\nAn Israeli strike killed 20 people in Rafah on Sunday. The health ministry said on '
     'Tuesday that the toll had risen to 24.',
     WED, ('2024-05-12', None)),
    ('died on Monday of wounds',
     'Israel\n\nA Hezbollah rocket hit a house in Metula on Saturday, wounding two people. One of '
     'them died of his wounds on Monday.',
     TUE, ('2024-05-11', None)),
    ('buried',
     'Ukraine\n\nA Russian missile struck a cafe in Hroza on Thursday, killing 51 people. The '
     'victims were buried on Saturday.',
     MON, ('2024-05-09', None)),
    ('investigation opened',
     'Colombia\n\nA car bomb exploded outside a police station in Jamundi on Friday, wounding four '
     'officers. Prosecutors opened an investigation on Saturday.',
     MON, ('2024-05-10', None)),
    ('protest',
     'DR Congo\n\nADF rebels killed 14 civilians in the village of Mayikengo on Friday. Residents '
     'protested in Beni on Saturday against the killings.',
     MON, ('2024-05-10', None)),
    ('AU statement condemn',
     'Somalia\n\nA suicide bomber killed 10 people at a tea shop in Mogadishu on Saturday. The '
     'African Union on Sunday condemned the bombing.',
     MON, ('2024-05-11', None)),
    ('since date no when',
     'Pakistan\n\nA suicide bomber killed 25 people at a rally in Bajaur on Sunday, the deadliest '
     'attack since 30 January.',
     MON, ('2024-05-12', None)),
    ('date in 4th paragraph (frame-less)',
     "Gunmen kill 25 in Nigeria's Plateau state\n\nGunmen killed at least 25 people in an attack on "
     "a farming village in Nigeria's Plateau state, police said on Monday.\n\nPolice spokesman "
     'Alfred Alabo said officers had been deployed to the area.\n\nThe state has seen repeated '
     'clashes between herders and farmers over land.\n\nThe attack happened late on Saturday, '
     'residents said.',
     MON, ('2024-05-11', '2024-05-12')),
    ('date in 3rd paragraph with frame',
     'Drone strike kills 18 at Sudan market\n\nA drone strike killed 18 people at a market in '
     "Sudan's North Kordofan state, a medical group said on Tuesday.\n\nThe Sudan Doctors Network "
     'blamed the Rapid Support Forces.\n\nThe drone hit the market in the town of Um Sumeima on '
     'Sunday afternoon, the group said.',
     TUE, ('2024-05-12', None)),
    ('between Saturday and Sunday',
     'Burkina Faso\n\nJihadists killed 30 civilians in the village of Tawori between Saturday and '
     'Sunday, local sources said.',
     MON, ('2024-05-11', '2024-05-12')),
    ('from Friday to Sunday',
     'DR Congo\n\nFighting between M23 rebels and the army near Sake from Friday to Sunday killed '
     '15 people.',
     MON, ('2024-05-10', '2024-05-12')),
    ('night of May 11 to 12',
     'Ukraine\n\nRussian drones struck an energy facility in Kharkiv on the night of May 11 to 12, '
     'officials said.',
     WED, ('2024-05-11', '2024-05-12')),
    ('weekend wire',
     'Colombia\n\nDissident rebels killed four soldiers in Cauca over the weekend, the army said on '
     'Monday.',
     MON, ('2024-05-11', '2024-05-12')),
    ('Saturday dateline said Sunday',
     'Mali\n\nBAMAKO (Reuters) - Suspected jihadists killed 21 people in central Mali on Saturday, '
     'a local official said on Sunday.',
     TUE, ('2024-05-11', None)),
    ('on Sunday and Monday two days',
     'Gaza\n\nIsraeli strikes killed 40 people in Rafah on Sunday and Monday, medics said.',
     TUE, ('2024-05-12', '2024-05-13')),
    ('late last month',
     'Sudan\n\nThe RSF attacked the village of Wad al-Noura late last month, killing more than 100 '
     'people.',
     WED, ('2024-04-21', '2024-04-30')),
    ('in mid-April',
     'Sudan\n\nThe RSF attacked the village of Wad al-Noura in mid-April, killing more than 100 '
     'people.',
     WED, ('2024-04-11', '2024-04-20')),
    ("last Friday's",
     "Pakistan\n\nPolice arrested two men over last Friday's bombing of a mosque in Peshawar that "
     'killed 12.',
     WED, ('2024-05-10', None)),
]

REPORTS = [
    ('two incidents different days',
     'DR Congo\n\nM23 rebels shelled a camp for displaced people near Goma on Friday, killing nine '
     'people. On Sunday, ADF fighters killed 14 villagers in Beni territory.',
     MON, [('2024-05-10', None), ('2024-05-12', None)]),
    ('OCHA sitrep',
     'Sudan: Flash Update No. 3\n\nHighlights\n- On 10 May, shelling hit the Abu Shouk camp for '
     'internally displaced people in North Darfur, killing at least 12 civilians.\n- Humanitarian '
     'access to El Fasher remains severely restricted.\n\nSituation overview\nHeavy fighting between '
     'the SAF and the RSF continued in El Fasher on 11 and 12 May. On 12 May, an artillery shell '
     'struck the Saudi Hospital, killing two patients, according to Médecins Sans Frontières.',
     TUE, [('2024-05-10', None), ('2024-05-12', None)]),
    ('ISW daily',
     'Russian Offensive Campaign Assessment, May 12, 2024\n\nRussian forces conducted a missile '
     'strike against Kharkiv City on May 11. Kharkiv Oblast Military Administration Head Oleh '
     'Syniehubov reported that the strike killed three civilians and injured 28. Russian forces '
     'also struck Odesa Oblast with drones on the night of May 11 to 12.',
     '2024-05-12', [('2024-05-11', None), ('2024-05-11', '2024-05-12')]),
    ('earlier in the day',
     'Ukraine\n\nA Russian missile hit a hospital in Kyiv on Monday, killing two. Earlier in the '
     'day, a drone strike killed a man in Sumy.',
     MON, [('2024-05-13', None), ('2024-05-13', None)]),
    ('later that day',
     'Pakistan\n\nA bomb killed four policemen in Quetta on 2 May. Later that day, gunmen killed '
     'two soldiers in Turbat.',
     MON, [('2024-05-02', None), ('2024-05-02', None)]),
    ('the same day',
     'Mali\n\nJihadists attacked a convoy near Gao on 4 May, killing six soldiers. The same day, a '
     'drone strike killed eight civilians in Kidal.',
     MON, [('2024-05-04', None), ('2024-05-04', None)]),
    ('hours later',
     'Iraq\n\nA car bomb killed five people in Baghdad on 4 May. Hours later, a second bomb '
     'exploded in Kirkuk, killing three.',
     MON, [('2024-05-04', None), ('2024-05-04', None)]),
    ('next day, police said at end',
     'Afghanistan\n\nA bomb tore through a minibus in Charikar on 2 May, killing five passengers. '
     'The next day, gunmen killed 11 people in Kabul, police said.',
     MON, [('2024-05-02', None), ('2024-05-03', None)]),
    ('The following day, army announced killing',
     'Mali\n\nJihadists ambushed a convoy near Gao on 2 May, killing nine soldiers. The following '
     'day, the army announced it had killed 20 militants in Menaka.',
     MON, [('2024-05-02', None), ('2024-05-03', None)]),
    ("'on the same day' after lead",
     'Mali\n\nJihadists attacked an army post in Boni on 5 May, killing eight soldiers. On the same '
     'day, a drone strike killed 13 civilians near Kidal.',
     MON, [('2024-05-05', None), ('2024-05-05', None)]),
    ("'a day earlier' second incident",
     'Syria\n\nA car bomb exploded in Azaz on 5 May, killing six people. A day earlier, a drone '
     'strike killed two people in Idlib.',
     MON, [('2024-05-05', None), ('2024-05-04', None)]),
    ('Reuters roundup',
     'Russian attacks kill 11 across Ukraine\n\nKYIV, May 13 (Reuters) - Russian attacks killed at '
     'least 11 civilians across Ukraine over the past day, regional officials said on Monday.\n\nIn '
     'the northeastern city of Kharkiv, a guided bomb hit a residential building on Sunday '
     'evening, killing four people, Governor Oleh Syniehubov said.\n\nIn the Donetsk region, '
     'Russian shelling killed three people in the town of Kostiantynivka, Governor Vadym '
     'Filashkin said.\n\nA drone strike on a car in the southern Kherson region killed two people '
     'on Monday morning, the regional administration said.',
     MON, [('2024-05-12', None), ('2024-05-12', '2024-05-13'), ('2024-05-13', None)]),
    ('AP Gaza with earlier',
     'Israeli strikes kill 30 in Gaza\n\nDEIR AL-BALAH, Gaza Strip (AP) — Israeli strikes across '
     'the Gaza Strip killed at least 30 people overnight and into Monday, health officials '
     'said.\n\nOne strike hit a house in the Nuseirat refugee camp, killing 12 members of one '
     'family, according to Al-Awda Hospital.\n\nOn Saturday, an Israeli strike on a '
     'school-turned-shelter in Gaza City killed 18 people.',
     MON, [('2024-05-12', '2024-05-13'), ('2024-05-12', '2024-05-13'), ('2024-05-11', None)]),
    ('BBC Sudan with background earlier attack',
     'Sudan: RSF accused of massacre in Gezira village\n\nAt least 100 people have been killed in '
     "an attack by the paramilitary Rapid Support Forces (RSF) on a village in Sudan's Gezira "
     'state, activists say.\n\nThe attack on Wad al-Noura took place on Wednesday, the Wad Madani '
     'Resistance Committee said.\n\nIn June, the RSF was accused of killing more than 50 people in '
     'the village of Al-Sirha.',
     FRI, [('2024-05-15', None), ('2023-06', None)]),
    ("NYT style 'Sunday's attack' headline",
     'Pakistan Bombing Kills 12 at Election Rally\n\nA suicide bomber struck an election rally in '
     'northwestern Pakistan on Sunday, killing at least 12 people and wounding dozens, officials '
     'said.\n\nThe bombing in the town of Bajaur was the deadliest attack of the campaign so far. '
     'It came a week after a bomb killed four people at a rally in Quetta.',
     MON, [('2024-05-12', None), ('2024-05-05', None)]),
    ('neg: other province',
     'Nigeria\n\nGunmen killed 12 villagers in Zamfara state, police said. On Sunday, bandits '
     'killed five people in Katsina state.',
     MON, [('2024-05-13', None), ('2024-05-12', None)]),
    ('neg: same city other toll',
     'Afghanistan\n\nA suicide bomber killed 12 people at a mosque in Kabul, officials said. On '
     'Saturday, a bomb killed three people in Kabul.',
     MON, [('2024-05-13', None), ('2024-05-11', None)]),
    ('neg: earlier marker',
     'Afghanistan\n\nA suicide bomber killed 12 people at a mosque in Kabul, officials said. '
     'Earlier on Saturday, a bomb killed three people in Kabul.',
     MON, [('2024-05-13', None), ('2024-05-11', None)]),
    ('neg: different kind',
     'Nigeria\n\nGunmen killed 12 villagers in Zamfara state, police said. On Sunday, bandits '
     'abducted 30 pupils from a school in the state.',
     MON, [('2024-05-13', None), ('2024-05-12', None)]),
    ('neg: 3 sentences later',
     'Nigeria\n\nGunmen killed 12 villagers in Zamfara state, police said. The state has seen a '
     'wave of attacks. Residents fled to the state capital. Police are investigating. On Sunday, '
     'gunmen attacked a village in the state.',
     MON, [('2024-05-13', None), ('2024-05-12', None)]),
    ('undated lead; later similar attack last month',
     'Mali\n\nJihadists killed 20 soldiers in an attack on an army post near Gao, the army said. '
     'Last month, a similar attack killed 12 soldiers near Menaka.',
     MON, [('2024-05-13', None), ('2024-04', None)]),
    ('deadliest since date',
     'Pakistan\n\nA suicide bomber killed 25 people at a rally in Bajaur on Sunday, the deadliest '
     'attack since 30 January, when a mosque bombing in Peshawar killed 100.',
     MON, [('2024-05-12', None), ('2024-01-30', None)]),
    # 'It was the worst attack since March 2022, when gunmen killed 30': the clause's attack is its own
    ('worst since month-year when',
     'Nigeria\n\nGunmen killed 40 villagers in Plateau state on Sunday. It was the worst attack in '
     'the state since March 2022, when gunmen killed 30 people in a village in Zamfara.',
     MON, [('2024-05-12', None), ('2022-03', None)]),
    ('since day when, wire',
     'Pakistan\n\nA suicide bomber killed 25 people at a rally in Bajaur on Sunday, the deadliest '
     'attack since 30 January, when a mosque bombing in Peshawar killed 100.',
     MON, [('2024-05-12', None), ('2024-01-30', None)]),
    left("'guarded since April 2019, when suicide bombers killed 269' is read as a toll since then",
         'in 2019 when',
         'Sri Lanka\n\nA bomb exploded at a church in Colombo on Sunday, killing six people. Churches '
         'have been guarded since April 2019, when suicide bombers killed 269 people.',
         MON, [('2024-05-12', None), ('2019-04', None)]),
    ('later day for a second incident after lead dated',
     'Ukraine\n\nA Russian missile struck Odesa on Monday, killing two people. Later, a drone hit '
     'an energy facility in Kharkiv, causing a fire.',
     TUE, [('2024-05-13', None), ('2024-05-13', '2024-05-14')]),
]


@pytest.mark.parametrize("name,text,published,span", LEAD, ids=ids(LEAD))
def test_the_first_incidents_date(nlp, name, text, published, span):
    found = told(nlp, text, published)
    assert found and within(found[0][0], span), found


@pytest.mark.parametrize("name,text,published,spans", REPORTS, ids=ids(REPORTS))
def test_every_incidents_date(nlp, name, text, published, spans):
    found = told(nlp, text, published)
    assert len(found) == len(spans) and all(within(d, s) for (d, _), s in zip(found, spans, strict=True)), found
