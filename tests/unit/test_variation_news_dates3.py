"""Dates of news and agency copy, third table: the facts of an incident told the way wire
agencies, broadcasters, UN flash updates, monitors' digests, daily war updates, military
statements, newsletters and encyclopedia articles tell them, in many wars, with the day told
by a weekday with and without "on" ("late Monday", "Monday night", "overnight Sunday into
Monday", "Friday's attack"), by "yesterday", "this morning", "last night", "earlier this week",
"last week", "on the 12th", "12 days ago", by a count from another incident ("two days later",
"earlier in the day", "the following day"), in a sentence apart from the toll's, beside
datelines and page stamps, and in a narrative whose year was written once before ("In April
2019, ... On 7 December, ...": date.written-year, written_years.py; "In January, ... In March,
...": date.story-month-nearest), in lists whose entries open with a day, a place and a colon
("- 12 May, Khan Younis: ...": date.entry-place-head; "12 May. Troops ..."), on live pages
whose sections are headed by a day alone ("Sunday 12 May": date.section-heading), and under datelines giving
their filing day ("GAO, Mali, 3 March 2024 — ": date.dated-dateline). Checked as the referee
checks a date: it must fall in the range the guide gives. Every sentence and report here is
written for these tests.

REPORTS checks every incident and recalled event in order. Rows that still fail are strict
xfails with the reason: they say what is left."""

import datetime as dt
import sys
from pathlib import Path

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract
from sitgraph.loaders.extract.date_headings import section_heads
from sitgraph.loaders.extract.dates import DateMention, find_dates
from sitgraph.loaders.extract.entry_dates import place_then_colon
from sitgraph.loaders.extract.written_years import BARE_DAY, near_written_year, year_marks

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import ids, left, told, within  # noqa: E402

REPORTS = [
    ('late Monday',
     'Sudan\n\nRSF drones struck a fuel depot in Port Sudan late Monday, killing four workers, '
     'the army said.',
     '2025-01-01', [('2024-12-30', None)]),
    ('Monday night',
     'Ukraine\n\nRussian drones hit an apartment block in Odesa on Monday night, killing three '
     'people, the regional governor said on Tuesday.',
     '2025-01-01', [('2024-12-30', '2024-12-31')]),
    ('overnight Sunday into Monday',
     'Ukraine\n\nRussia launched 40 drones at Kyiv overnight Sunday into Monday, killing two '
     'people, officials said.',
     '2024-03-04', [('2024-03-03', '2024-03-04')]),
    ('early Tuesday pub Tue',
     'Gaza\n\nAn Israeli airstrike hit a house in Khan Younis early Tuesday, killing six members '
     'of one family, the civil defence agency said.',
     '2023-10-31', [('2023-10-31', None)]),
    ("Friday's attack",
     "Nigeria\n\nPolice said on Sunday that 14 people died in Friday's attack by bandits on the "
     'village of Kauran Namoda in Zamfara state.',
     '2024-06-30', [('2024-06-28', None)]),
    ('weekday no on',
     'Mali\n\nJihadists killed 12 soldiers in an ambush near Gao Thursday, the army said Friday.',
     '2024-11-29', [('2024-11-28', None)]),
    ('yesterday year turn',
     'Pakistan\n\nA suicide bomber killed nine policemen at a checkpoint in Bannu yesterday, '
     'officials said.',
     '2025-01-01', [('2024-12-31', None)]),
    ('this morning',
     'Lebanon\n\nAn Israeli drone struck a car near Tyre this morning, killing two men, the '
     'health ministry said.',
     '2024-03-04', [('2024-03-04', None)]),
    ('last night',
     'Myanmar\n\nJunta jets bombed a village in Sagaing region last night, killing eight '
     'civilians, local media reported.',
     '2024-11-29', [('2024-11-28', '2024-11-29')]),
    ('earlier this week',
     'Haiti\n\nGang members killed at least 20 people in the town of Arcahaie earlier this week, '
     'the UN said.',
     '2024-11-29', [('2024-11-25', '2024-11-29')]),
    ('last week',
     'DR Congo\n\nADF rebels killed 30 villagers in Lubero territory last week, local officials '
     'said.',
     '2025-01-01', [('2024-12-23', '2024-12-29')]),
    ('on the 12th',
     'Burkina Faso\n\nJihadists attacked an army post in Djibo on the 12th, killing 15 soldiers, '
     'security sources said.',
     '2024-11-29', [('2024-11-12', None)]),
    ('12 days ago',
     'Mozambique\n\nInsurgents beheaded five villagers in Muidumbe 12 days ago, residents said.',
     '2024-11-29', [('2024-11-17', None)]),
    ('two days later',
     'Sudan\n\nOn Monday, an RSF drone struck a hospital in El Fasher, killing nine patients. '
     'Two days later, RSF shelling hit a market in the city, killing 15 people.',
     '2024-06-30', [('2024-06-24', None), ('2024-06-26', None)]),
    ('earlier in the day',
     'Ukraine\n\nA Russian missile struck a railway station in Kramatorsk on Saturday, killing '
     'four people. Earlier in the day, a drone hit a bus in Kherson, killing one passenger.',
     '2024-06-30', [('2024-06-29', None), ('2024-06-29', None)]),
    ('a week after',
     'Nigeria\n\nBandits killed 11 worshippers at a mosque in Katsina on Friday. The attack came '
     'a week after gunmen killed 20 farmers in the same state.',
     '2024-06-30', [('2024-06-28', None), ('2024-06-21', None)]),
    ('toll sentence later',
     'Sudan\n\nThe RSF shelled the city of El Fasher on Tuesday, residents said. The shelling '
     'killed 12 people and wounded 30, medics said.',
     '2024-11-29', [('2024-11-26', None)]),
    ('date sentence later',
     'Sudan\n\nAt least 12 people were killed when shells hit a market in El Fasher, medics '
     'said. The RSF shelled the market on Tuesday, residents said.',
     '2024-11-29', [('2024-11-26', None)]),
    ('Reuters dateline diff day',
     'Sudan\n\nKHARTOUM, Nov 28 (Reuters) - A drone strike hit a displacement camp in Omdurman '
     'on Wednesday, killing 10 people, activists said.',
     '2024-11-29', [('2024-11-27', None)]),
    ('page stamp no date',
     'Gaza\n\nPublished On 29 Nov 2024\n\nAn Israeli strike on a school sheltering displaced '
     'families in Gaza City killed 12 people, the civil defence agency said.',
     '2024-11-29', [('2024-11-29', None)]),
    ('recall in March',
     'Somalia\n\nAl-Shabaab fighters attacked an army base in Hiraan on Sunday, killing seven '
     'soldiers. In March, the group killed 20 soldiers in a similar attack on a base in the '
     'same region.',
     '2024-06-30', [('2024-06-30', None), ('2024-03', None)]),
    left("a recalled attack told with 'Last year' and a target ('Last year, a suicide bomber "
         "killed 100 people at a mosque in the city') is not kept as an earlier event",
         'recall last year',
         'Pakistan\n\nA bomb exploded at a market in Peshawar on Friday, killing eight people. Last '
         'year, a suicide bomber killed 100 people at a mosque in the city.',
         '2024-06-30', [('2024-06-28', None), ('2023', None)]),
    ('OCHA style',
     'Sudan: Flash Update\n\nOn 26 November, RSF shelling hit Abu Shouk camp in North Darfur, '
     'reportedly killing 15 people and injuring 40. On 27 November, an airstrike hit a market '
     'in Kabkabiya, killing 22 people.',
     '2024-11-29', [('2024-11-26', None), ('2024-11-27', None)]),
    ('ISW style night of',
     'Russian Offensive Campaign Assessment\n\nRussian forces conducted a missile strike against '
     'Odesa City on the night of November 27 to 28, killing three civilians.',
     '2024-11-29', [('2024-11-27', '2024-11-28')]),
    ('military statement',
     'Press release\n\nOn Thursday 28 November 2024, terrorists attacked a patrol of the Malian '
     'Armed Forces near Niono. The patrol repelled the attack; two soldiers were killed.',
     '2024-11-29', [('2024-11-28', None)]),
    ('monitor bulletin',
     'SOHR\n\nSOHR activists have documented the death of five people, including two children, '
     'in Turkish drone strikes on the village of Tal Tamr in Hasakah countryside on Thursday.',
     '2024-11-29', [('2024-11-28', None)]),
    left("a headline's weekday ('... in Borno on Wednesday') is not lent to the body's undated "
         "incident when the headline opens with the group's name",
         'headline weekday, body none',
         'Boko Haram kills 9 in Borno on Wednesday\n\nBoko Haram fighters killed nine farmers near '
         'the town of Damboa, local officials said.',
         '2024-11-29', [('2024-11-27', None)]),
    ('weekday headline, body other weekday later sentence',
     'Gunmen kill 9 in Borno\n\nGunmen killed nine farmers near the town of Damboa, local '
     'officials said on Thursday. The attack took place on Tuesday evening, a militia leader '
     'said.',
     '2024-11-29', [('2024-11-26', None)]),
    ('said Friday only, no other date',
     'DR Congo\n\nM23 rebels shelled a camp for displaced people near Goma, killing five people, '
     'the UN said Friday.',
     '2024-06-30', [('2024-06-28', None)]),
    ('recalled with weekday of main',
     "Ethiopia\n\nA drone strike killed 30 people at a market in Amhara's Gojjam zone on "
     'Tuesday, residents said. It followed a strike on a bus in the same zone in October that '
     'killed 12.',
     '2024-11-29', [('2024-11-26', None), ('2024-10', None)]),
    ('ency year context Dec',
     '2019 Tripoli clashes\n\nIn April 2019, the Libyan National Army launched an offensive on '
     'Tripoli. On 7 December, LNA aircraft bombed a market in Zawiya, killing five civilians. '
     'On 12 December, GNA forces shelled LNA positions near Gharyan, killing three fighters.',
     '2024-11-25', [('2019-12-07', None), ('2019-12-12', None)]),
    ('ency year context after pub month',
     'Attack on Kerawa\n\nIn 2015, Boko Haram stepped up attacks in northern Cameroon. On 3 '
     'September, two suicide bombers blew themselves up at a market in Kerawa, killing 19 '
     'people.',
     '2024-04-10', [('2015-09-03', None)]),
    ('ency weekday in year context',
     'Baragoni bus ambush\n\nThe Baragoni bus ambush took place on 12 March 2021 in Lamu County, '
     'Kenya. Al-Shabaab gunmen stopped a bus on the road and killed six passengers. Two days '
     'later, the group attacked a police camp in Mangai, killing two officers.',
     '2024-04-10', [('2021-03-12', None), ('2021-03-14', None)]),
    ('flash update list',
     'Myanmar: Flash Update No. 12\n\nOn 5 May, an airstrike hit a monastery in Kyaukme '
     'township, killing nine civilians. On 7 May, artillery shelling struck a school in '
     'Hsipaw, killing four children. According to local sources, more than 3,000 people have '
     'fled since 1 May.',
     '2024-05-10', [('2024-05-05', None), ('2024-05-07', None)]),
    ('monitor weekly',
     'Weekly incident digest, 6-12 May\n\n- 6 May: An IED struck a military vehicle near Kirkuk, '
     'killing two soldiers.\n- 9 May: Gunmen killed a shepherd in Diyala.\n- 11 May: A rocket '
     'hit a base near Baghdad airport; no casualties were reported.',
     '2024-05-13', [('2024-05-06', None), ('2024-05-09', None), ('2024-05-11', None)]),
    ('live blog timestamps',
     'Live: War in Yemen\n\n14:05 GMT\nA Saudi-led coalition airstrike hit a market in Hodeidah, '
     'killing 12 people, medics said.\n\n09:30 GMT\nHouthi rebels fired a missile at Marib, '
     'killing two soldiers.',
     '2024-05-13', [('2024-05-13', None), ('2024-05-13', None)]),
    ('newsletter recap',
     "Sudan Weekly, 5 June 2025\n\nThis week: RSF drones struck Port Sudan's airport on Sunday, "
     'the army said. On Tuesday, shelling killed 11 people in El Obeid. Earlier, on 11-13 '
     'April, the RSF overran Zamzam camp, killing hundreds.',
     '2025-06-05', [('2025-06-01', None),
      ('2025-06-03', None),
      ('2025-04-11', '2025-04-13'),
      ('2025-04-11', '2025-04-13')]),
    ('date then undated sentence',
     'Gaza\n\nOn 30 September, an Israeli strike destroyed a house in al-Tuffah, killing seven '
     'people. The next morning, a second strike hit a school in Gaza City, killing 12.',
     '2024-10-03', [('2024-09-30', None), ('2024-10-01', None)]),
    ('health bulletin date field',
     'Attacks on health care, Haiti\n\nOn 20 February, seven health workers were wounded by '
     'gunfire during clashes between police and gangs near the Solino health centre. On 25 '
     'February, gangs set fire to the Saint-Michel hospital.',
     '2025-03-06', [('2025-02-20', None), ('2025-02-25', None)]),
    left("the attack a date is counted from ('a day after the Hamas-led attack') is no event of "
         'its own, and a news incident told after a long-past lead counts its weekday from that '
         'lead',
         'a day after recalled',
         'Lebanon\n\nHezbollah began firing rockets at Israel on 8 October 2023, a day after the '
         'Hamas-led attack on southern Israel. An Israeli strike killed three Hezbollah fighters '
         'in Bint Jbeil on Monday.',
         '2024-08-13', [('2023-10-08', None), ('2023-10-07', None), ('2024-08-12', None)]),
    left("an event told after 'a week after' keeps the main clause's day",
         'a week before recalled',
         'Nigeria\n\nBandits killed 20 villagers in Zamfara on 3 May, a week after gunmen abducted '
         '30 students from a school in Kaduna.',
         '2024-05-10', [('2024-05-03', None), ('2024-04-26', None)]),
    ('ISW day',
     'Russian Offensive Campaign Assessment, May 13, 2024\n\nRussian forces struck Kharkiv City '
     'with glide bombs on May 12, killing two civilians. Ukrainian forces struck a Russian air '
     'base in Belbek, Crimea, on the night of May 12 to 13.',
     '2024-05-13', [('2024-05-12', None), ('2024-05-12', '2024-05-13')]),
    ('press release dated heading',
     'Communique No. 45 of the Armed Forces General Staff\n\nBamako, 12 May 2024\n\nOn 10 May '
     '2024, a FAMa convoy was targeted by an IED near Boni. Three soldiers were killed. On 11 '
     'May, FAMa aircraft struck a terrorist base near Tessit, neutralising 20 terrorists.',
     '2024-05-12', [('2024-05-10', None), ('2024-05-11', None)]),
    ('regional overview month',
     'Sahel overview, April 2024\n\nIn Burkina Faso, JNIM fighters attacked the town of Djibo on '
     '3 April, killing 40 civilians. In Niger, an IS Sahel ambush near Tillaberi on 18 April '
     'killed 12 soldiers.',
     '2024-05-02', [('2024-04-03', None), ('2024-04-18', None)]),
    ('agency brief date in dateline only',
     'ADDIS ABABA, 12 May 2024 (Agency) - A drone strike hit a bus near Debre Markos, killing '
     '14 passengers, residents said.',
     '2024-05-12', [('2024-05-12', None)]),
    ('local daily yesterday morning',
     'Zaporizhzhia\n\nRussian troops shelled the Kamianske community yesterday morning, killing '
     'a 60-year-old man, the regional administration reported. In the evening, a guided bomb '
     'hit a house in Stepnohirsk, wounding two women.',
     '2024-05-14', [('2024-05-13', None), ('2024-05-13', None)]),
    left("a second strike told with 'A separate strike hit a house nearby' (no place name) gives "
         'no event',
         'osint two times same day',
         'Gaza school strike\n\nSatellite imagery shows that a strike destroyed the eastern wing of '
         'the al-Zeitoun school between 30 September and 1 October. A separate strike hit a house '
         'nearby on 29 September.',
         '2024-10-03', [('2024-09-30', '2024-10-01'), ('2024-09-29', None)]),
    left("a further act told 'The following day, the army said its aircraft had killed 30 bandits' "
         'is merged into the incident before it (the toll is added)',
         'the following day',
         'Nigeria\n\nOn 12 May, bandits attacked the village of Gidan Bugaje in Zamfara, killing 15 '
         'people. The following day, the army said its aircraft had killed 30 bandits in the '
         'forest nearby.',
         '2024-05-20', [('2024-05-12', None), ('2024-05-13', None)]),
    ('night of',
     'Ukraine\n\nOn the night of 12 May, Russian drones struck an energy facility in Kharkiv '
     'region, wounding two workers.',
     '2024-05-20', [('2024-05-12', '2024-05-13')]),
    ('between 3 and 5 May',
     'DR Congo\n\nBetween 3 and 5 May, ADF fighters killed at least 40 civilians in villages of '
     'Beni territory, the UN said.',
     '2024-05-20', [('2024-05-03', '2024-05-05')]),
    ('early hours of Monday',
     'Myanmar\n\nIn the early hours of Monday, the military shelled a camp for displaced people '
     'in Kachin State, killing eight.',
     '2024-05-15', [('2024-05-13', None)]),
    ('toll in later sentence with date in first',
     'Sahel\n\nJNIM fighters attacked an army post in Tessit on Saturday. Twelve soldiers were '
     'killed and 15 wounded in the attack, the army said on Monday.',
     '2024-05-13', [('2024-05-11', None)]),
    ('weekday referent two incidents',
     'Gaza\n\nAn Israeli strike on a school in Nuseirat killed 18 people on Sunday, the civil '
     'defence said. On Monday, a strike on a tent camp in al-Mawasi killed nine.',
     '2024-05-14', [('2024-05-12', None), ('2024-05-13', None)]),
    ('wire second-day lede',
     'Sudan\n\nThe death toll from an RSF attack on a village in Gezira state rose to 104, '
     'activists said on Thursday. The attack on Wad al-Nourah began on Wednesday afternoon.',
     '2024-05-16', [('2024-05-15', None)]),
    ('military statement dates by day',
     'Israel Defense Forces\n\nOn Tuesday, IDF fighter jets struck a Hezbollah weapons depot in '
     'Aitaroun. Earlier today, an IDF aircraft struck a Hezbollah launcher in Khiam.',
     '2024-05-15', [('2024-05-14', None), ('2024-05-15', None)]),
    ('dateline day not event',
     'Somalia\n\nMOGADISHU, Somalia, Wednesday May 15, 2024 — Al-Shabaab militants attacked a '
     'military base in Middle Shabelle on Monday, killing 10 soldiers, officials said.',
     '2024-05-15', [('2024-05-13', None)]),
    ('last Thursday',
     'Pakistan\n\nTerrorists attacked a check post in Khyber district last Thursday, martyring '
     'four soldiers.',
     '2024-05-15', [('2024-05-09', None)]),
    ('Thursday last week',
     'Burkina Faso\n\nJihadists killed 20 volunteers in an ambush near Djibo on Thursday last '
     'week, sources said.',
     '2024-05-15', [('2024-05-09', None)]),
    ('a fortnight ago',
     'Mali\n\nA drone strike hit a wedding in the village of Hombori a fortnight ago, killing '
     'eight guests, residents said.',
     '2024-05-15', [('2024-05-01', None)]),
    ('last weekend',
     'Haiti\n\nGangs burned 40 houses in the Solino neighbourhood last weekend, killing at least '
     'six residents.',
     '2024-05-15', [('2024-05-11', '2024-05-12')]),
    ('over the weekend comma',
     'Colombia\n\nOver the weekend, ELN guerrillas attacked a police station in Cauca with '
     'explosives, killing two officers.',
     '2024-05-13', [('2024-05-11', '2024-05-12')]),
    ('on May 12th',
     'Mozambique\n\nInsurgents attacked the town of Macomia on May 12th, killing five soldiers.',
     '2024-05-15', [('2024-05-12', None)]),
    ('12.05.2024',
     'Ukraine\n\nOn 12.05.2024, a Russian missile hit a residential building in '
     'Bilhorod-Dnistrovskyi, killing one person.',
     '2024-05-15', [('2024-05-12', None)]),
    ('evening of 12 May',
     'Lebanon\n\nOn the evening of 12 May, an Israeli strike on a house in Nabatieh killed four '
     'people.',
     '2024-05-15', [('2024-05-12', None)]),
    ('weekday date apposition',
     'Sudan\n\nOn Sunday, 12 May, RSF fighters stormed the village of Wad Madani, killing 14 '
     'people.',
     '2024-05-15', [('2024-05-12', None)]),
    ("Sunday's strike possessive",
     "Yemen\n\nHouthi officials said Sunday's strike on the port of Hodeidah killed six workers.",
     '2024-05-15', [('2024-05-12', None)]),
    ('since then no date',
     'Syria\n\nTurkish drones struck a car near Qamishli on Tuesday, killing two SDF fighters. '
     'Turkey has carried out dozens of such strikes since January.',
     '2024-05-16', [('2024-05-14', None)]),
    ('date at end later sentence, first with no date',
     'Ethiopia\n\nFano militiamen killed 12 policemen in an ambush in the Amhara region, '
     'officials said. The ambush happened near Bahir Dar on Saturday.',
     '2024-05-15', [('2024-05-11', None)]),
    # the headline now joins its lead: one incident
    ('headline date only',
     'Nigeria: 15 killed in Zamfara attack (12 May 2024)\n\nBandits stormed the village of Gidan '
     'Bugaje, killing 15 people, police said.',
     '2024-05-20', [('2024-05-12', None)]),
    ('two incidents two weekdays one sentence',
     'Syria\n\nIsraeli strikes hit a building in Damascus on Monday and a convoy near Homs on '
     'Tuesday, killing six people in all.',
     '2024-05-16', [('2024-05-13', '2024-05-14')]),
    ('military statement dates by day2',
     'Israel Defense Forces\n\nOn Tuesday, IDF fighter jets struck a Hezbollah weapons depot in '
     'Aitaroun. On Wednesday, an IDF aircraft struck a Hezbollah launcher in Khiam.',
     '2024-05-15', [('2024-05-14', None), ('2024-05-15', None)]),
    ('two towns two days',
     'Ukraine\n\nOn Monday, a Russian missile hit a school in Kharkiv, killing two teachers. On '
     'Tuesday, a Russian drone hit a bus in Kherson, killing three passengers.',
     '2024-05-15', [('2024-05-13', None), ('2024-05-14', None)]),
    ('two days same town',
     'Ukraine\n\nOn Monday, a Russian missile hit a school in Kharkiv, killing two teachers. On '
     'Tuesday, a Russian missile hit a hospital in Kharkiv, killing three patients.',
     '2024-05-15', [('2024-05-13', None), ('2024-05-14', None)]),
    ('two days same town no target',
     'Sudan\n\nRSF shelling killed 12 people in El Fasher on Monday, medics said. On Wednesday, '
     'RSF shelling killed nine more people in El Fasher.',
     '2024-05-16', [('2024-05-13', None), ('2024-05-15', None)]),
    ('same day retold',
     'Sudan\n\nRSF shelling killed 12 people in El Fasher on Monday, medics said. The shelling '
     "on Monday hit a market in the city's south.",
     '2024-05-16', [('2024-05-13', None)]),
    ('bulletin month then items',
     'Attacks on health care in Haiti, February 2025\n\nIn February, 14 attacks on health care '
     'were recorded. On 20 February, gunfire wounded seven health workers during clashes '
     'between police and gangs in Port-au-Prince: four at a health centre in Solino and three '
     'near the general hospital. On 24 February, gangs burned a clinic in Kenscoff.',
     '2025-03-06', [('2025-02-20', None), ('2025-02-24', None)]),
    left("a section's label and day after a title ('Zamzam: Between 11 and 13 April, RSF fighters "
         "overran ...') lose the day: the capture is dated by the page",
         'newsletter section undated after dated',
         'Sudan in brief\n\nZamzam: Between 11 and 13 April, RSF fighters overran Zamzam camp near '
         'El Fasher. At least 400 people were killed, the UN said. Fifteen trucks carrying food '
         "for the camp were burned.\n\nPort Sudan: On Sunday, RSF drones struck the city's airport.",
         '2025-06-05', [('2025-04-11', '2025-04-13'), ('2025-06-01', None)]),
    ('live blog dated entries',
     'Gaza live\n\nMonday 13 May\n\n14:05 An Israeli strike on a house in Jabalia killed seven '
     'people, medics said.\n\nSunday 12 May\n\n21:40 A strike on a school in Nuseirat killed 15 '
     'people.',
     '2024-05-13', [('2024-05-13', None), ('2024-05-12', None)]),
    ('rights report paragraph',
     'Myanmar: airstrikes on civilians\n\nOn 11 April 2023, military aircraft bombed a ceremony '
     'in Pazigyi village, Sagaing Region, killing more than 160 people. Witnesses said a '
     'fighter jet dropped two bombs on the crowd at about 8 a.m., and a helicopter then fired '
     'on survivors. The military said it had targeted a PDF office.',
     '2024-02-01', [('2023-04-11', None)]),
    ('update two regions past day',
     'Ukraine war update, 14 May\n\nSumy: Russian glide bombs struck the town of Krasnopillia, '
     'killing two residents, the regional administration said.\n\nDonetsk: In Pokrovsk, a '
     'Russian drone hit a bus stop, wounding four people.',
     '2024-05-14', [('2024-05-13', '2024-05-14'), ('2024-05-13', '2024-05-14')]),
    ('national daily weekday later',
     'Beni: ADF kill 12 in Oicha\n\nADF rebels killed 12 civilians in the Oicha area of Beni '
     'territory, local officials said Tuesday. The attack took place on the night of Sunday to '
     'Monday in the village of Mantumbi.',
     '2024-05-14', [('2024-05-12', '2024-05-13')]),
    ('press release dated communique',
     'Communique\n\nThe General Staff of the Armed Forces informs the public that on 10 May 2024 '
     'at around 5 p.m., a FAMa patrol was attacked near Boni. The toll is three soldiers '
     'killed and four wounded.',
     '2024-05-12', [('2024-05-10', None)]),
    ('agency brief lead toll, date later',
     'Ethiopia\n\nAt least 14 people were killed in a drone strike on a bus near Debre Markos, '
     'residents said. The strike happened on Sunday morning, a witness said.',
     '2024-05-15', [('2024-05-12', None)]),
    ('ngo release date later sentence',
     'South Sudan: MSF condemns attack\n\nMSF condemns the attack on its hospital in Ulang, '
     'Upper Nile, in which a staff member was killed. Armed men entered the compound on the '
     'night of 4 March and opened fire, MSF said.',
     '2024-03-08', [('2024-03-04', '2024-03-05')]),
    ('regional overview incidents with months',
     'Sahel: quarterly overview\n\nIn January, JNIM fighters killed 30 soldiers in an attack on '
     'a base in Djibo. In March, an ISSP ambush near Tillaberi killed 23 Nigerien soldiers.',
     '2024-04-10', [('2024-01', None), ('2024-03', None)]),
    ('OSINT time video',
     'Gaza school strike\n\nOn 30 September, an Israeli strike hit the al-Zeitoun school in Gaza '
     'City, killing 12 people. A video filmed at 05:21 the next morning shows a second strike '
     'on a house in al-Tuffah.',
     '2024-10-03', [('2024-09-30', None), ('2024-10-01', None)]),
    ('briefing ago',
     'Kashmir\n\nThree soldiers were killed in an encounter with militants in Kupwara two days '
     'ago, the army said on Monday.',
     '2024-05-14', [('2024-05-11', '2024-05-12')]),
    ('monitor weekly items past tense w/o day',
     'Iraq weekly\n\nIn Kirkuk, an IED killed two soldiers on 6 May. In Diyala, gunmen killed a '
     'shepherd on 9 May. In Anbar, a rocket hit Ain al-Asad base.',
     '2024-05-13', [('2024-05-06', None), ('2024-05-09', None), ('2024-05-06', '2024-05-13')]),
    ('wire dateline + said Monday + attack Saturday',
     'Mali\n\nBAMAKO (Reuters) - Jihadists killed at least 20 soldiers in an attack on an army '
     'camp in central Mali on Saturday, the army said on Monday.',
     '2024-05-13', [('2024-05-11', None)]),
    ('broadcaster toll updated',
     'Lebanon\n\nAn Israeli strike on the town of Nabatieh on Wednesday killed 11 people, the '
     'health ministry said. The toll rose from seven on Thursday as rescuers recovered more '
     'bodies.',
     '2024-05-17', [('2024-05-15', None)]),
    ('entry date comma place colon',
         'Attacks on health care, Sudan – monthly bulletin, April 2025\n\nNorth Darfur\n\n- 6 April '
         '2025, El Fasher: RSF shelling hit the Saudi hospital, killing two patients and wounding '
         'five nurses: three in the maternity ward and two in the courtyard. Source: local '
         'media.\n- 19 April 2025, Tawila: Gunmen looted a clinic run by an NGO. No casualties were '
         'reported.',
         '2025-05-08', [('2025-04-06', None), ('2025-04-19', None)]),
    ('entry day month comma place',
     'Gaza weekly\n\n- 12 May, Khan Younis: An Israeli airstrike hit a tent camp, killing nine '
     'people: five children and four women.\n- 14 May, Jabalia: A strike on a school killed 15 '
     'people.',
     '2024-05-16', [('2024-05-12', None), ('2024-05-14', None)]),
    ('entry no bullet comma place two levels',
     'Incidents\n\n3 March 2024, Gao, Mali: An IED struck an army convoy, killing four soldiers '
     'and wounding six: four in the lead vehicle and two in the truck behind.\n\n9 March 2024, '
     'Menaka, Mali: Gunmen killed 12 civilians in a village market.',
     '2024-04-02', [('2024-03-03', None), ('2024-03-09', None)]),
    ('neg: dateline with comma city',
     'Mali\n\nGAO, Mali, 3 March 2024 — An IED struck an army convoy on Saturday, killing four '
     'soldiers.',
     '2024-03-04', [('2024-03-02', None)]),
    ('title with dash and month over entries',
         'Attacks on health care, Sudan – monthly bulletin, April 2025\n\nNorth Darfur\n\n- 6 April '
         '2025, El Fasher: RSF shelling hit the Saudi hospital, killing two patients. Source: '
         'local media.\n- 19 April 2025, Tawila: Gunmen looted a clinic run by an NGO.',
         '2025-05-08', [('2025-04-06', None), ('2025-04-19', None)]),
    ('title with month, region heading, entries',
         'Attacks on health care in Sudan, April 2025\n\nNorth Darfur\n\n- 6 April 2025, El Fasher: '
         'RSF shelling hit the Saudi hospital, killing two patients. Source: local media.\n- 19 '
         'April 2025, Tawila: Gunmen looted a clinic run by an NGO.',
         '2025-05-08', [('2025-04-06', None), ('2025-04-19', None)]),
    ('title with month over entries',
         'Attacks on health care in Sudan, April 2025\n\n- 6 April 2025, El Fasher: RSF shelling hit '
         'the Saudi hospital, killing two patients. Source: local media.\n- 19 April 2025, Tawila: '
         'Gunmen looted a clinic run by an NGO.',
         '2025-05-08', [('2025-04-06', None), ('2025-04-19', None)]),
    ('plain title over entries',
         'Attacks on health care in Sudan\n\n- 6 April 2025, El Fasher: RSF shelling hit the Saudi '
         'hospital, killing two patients. Source: local media.\n- 19 April 2025, Tawila: Gunmen '
         'looted a clinic run by an NGO.',
         '2025-05-08', [('2025-04-06', None), ('2025-04-19', None)]),
    ('title case title over entries',
     'Sudan: Attacks on Health Care – Monthly Bulletin, April 2025\n\n- 6 April 2025, El Fasher: '
     'RSF shelling hit the Saudi hospital, killing two patients. Source: local media.\n- 19 '
     'April 2025, Tawila: Gunmen looted a clinic run by an NGO.',
     '2025-05-08', [('2025-04-06', None), ('2025-04-19', None)]),
    ('dash place dash',
     'Incident Log\n\n- 12 May – Khan Younis – An Israeli airstrike hit a tent camp, killing '
     'nine people.\n- 14 May – Jabalia – A strike on a school killed 15 people.',
     '2024-06-10', [('2024-05-12', None), ('2024-05-14', None)]),
    ('bracket place',
     'Incident Log\n\n- 12 May (Khan Younis): An Israeli airstrike hit a tent camp, killing nine '
     'people.\n- 14 May (Jabalia): A strike on a school killed 15 people.',
     '2024-06-10', [('2024-05-12', None), ('2024-05-14', None)]),
    ('numeric date comma place',
     'Incident Log\n\n- 12/05/2024, Gao: An IED hit an army convoy, killing four soldiers.\n- '
     '14/05/2024, Menaka: Gunmen killed 12 civilians at a market.',
     '2024-06-10', [('2024-05-12', None), ('2024-05-14', None)]),
    ('weekday date comma place',
     'Incident Log\n\n- Sunday 12 May, Gao: An IED hit an army convoy, killing four soldiers.\n- '
     'Tuesday 14 May, Menaka: Gunmen killed 12 civilians at a market.',
     '2024-06-10', [('2024-05-12', None), ('2024-05-14', None)]),
    ('place comma date colon',
     'Incident Log\n\n- Gao, 12 May: An IED hit an army convoy, killing four soldiers.\n- Menaka, '
     '14 May: Gunmen killed 12 civilians at a market.',
     '2024-06-10', [('2024-05-12', None), ('2024-05-14', None)]),
    left("an entry head in bold markup ('**12 May, Gao:** ...') is not read as an entry's date",
         'markdown bold',
         'Incident Log\n\n**12 May, Gao:** An IED hit an army convoy, killing four soldiers.\n**14 '
         'May, Menaka:** Gunmen killed 12 civilians at a market.',
         '2024-06-10', [('2024-05-12', None), ('2024-05-14', None)]),
    ('On date place colon',
     'Incident Log\n\nOn 12 May, in Gao: an IED hit an army convoy, killing four soldiers.\nOn 14 '
     'May, in Menaka: gunmen killed 12 civilians at a market.',
     '2024-06-10', [('2024-05-12', None), ('2024-05-14', None)]),
    ('date period sentence',
     'Incident Log\n\n12 May. An IED hit an army convoy near Gao, killing four soldiers.\n14 May. '
     'Gunmen killed 12 civilians at a market in Menaka.',
     '2024-06-10', [('2024-05-12', None), ('2024-05-14', None)]),
    ('date headings full lines',
     'Incident Log\n\n12 May 2024\nAn IED hit an army convoy near Gao, killing four soldiers.\n\n14 '
     'May 2024\nGunmen killed 12 civilians at a market in Menaka.',
     '2024-06-10', [('2024-05-12', None), ('2024-05-14', None)]),
    ('date colon newline',
     'Incident Log\n\n12 May:\nAn IED hit an army convoy near Gao, killing four soldiers.\n\n14 '
     'May:\nGunmen killed 12 civilians at a market in Menaka.',
     '2024-06-10', [('2024-05-12', None), ('2024-05-14', None)]),
    ('place bold then date sentence',
     'Incident Log\n\nGao\nOn 12 May, an IED hit an army convoy, killing four soldiers. Two days '
     'later, gunmen killed 12 civilians at a market in Menaka.',
     '2024-06-10', [('2024-05-12', None), ('2024-05-14', None)]),
    ('entry with second sentence toll',
     'Incident Log\n\n- 12 May, Gao: An IED hit an army convoy. Four soldiers were killed.\n- 14 '
     'May, Menaka: Gunmen attacked a market. Twelve civilians were killed.',
     '2024-06-10', [('2024-05-12', None), ('2024-05-14', None)]),
    ('Date: Location: record lines',
     'Incident 1\nDate: 12 May 2024\nLocation: Gao\nAn IED hit an army convoy, killing four '
     'soldiers.\n\nIncident 2\nDate: 14 May 2024\nLocation: Menaka\nGunmen killed 12 civilians at a '
     'market.',
     '2024-06-10', [('2024-05-12', None), ('2024-05-14', None)]),
    ('table-ish pipes',
     'Incident Log\n\n12 May 2024 | Gao | An IED hit an army convoy, killing four soldiers.\n14 '
     'May 2024 | Menaka | Gunmen killed 12 civilians at a market.',
     '2024-06-10', [('2024-05-12', None), ('2024-05-14', None)]),
    ('plain title over entries no bullets',
     'Attacks on health care in Sudan\n\n6 April 2025, El Fasher: RSF shelling hit the Saudi '
     'hospital, killing two patients.\n\n19 April 2025, Tawila: Gunmen looted a clinic run by an '
     'NGO.',
     '2025-05-08', [('2025-04-06', None), ('2025-04-19', None)]),
    ('plain title over sentences',
     'Attacks on health care in Sudan\n\nOn 6 April 2025, RSF shelling hit the Saudi hospital in '
     'El Fasher, killing two patients. On 19 April 2025, gunmen looted a clinic run by an NGO '
     'in Tawila.',
     '2025-05-08', [('2025-04-06', None), ('2025-04-19', None)]),
    ('news title over sentence',
     'RSF shelling kills two at El Fasher hospital\n\nRSF shelling hit the Saudi hospital in El '
     'Fasher on 6 April, killing two patients.',
     '2025-05-08', [('2025-04-06', None)]),
    ('news title over entry',
         'RSF shelling kills two at El Fasher hospital\n\n- 6 April 2025, El Fasher: RSF shelling '
         'hit the Saudi hospital, killing two patients.',
         '2025-05-08', [('2025-04-06', None)]),
]


@pytest.mark.parametrize("name,text,published,spans", REPORTS, ids=ids(REPORTS))
def test_every_incidents_date(nlp, name, text, published, spans):
    found = told(nlp, text, published)
    assert len(found) == len(spans) and all(within(d, s) for (d, _), s in zip(found, spans, strict=True)), found


def test_no_publication_date_leaves_a_weekday_undated(nlp):
    # without a page's date a weekday names no day: the incident is found, undated
    x = extract(Report.from_text("Kupwara encounter\n\nTwo militants were killed in an encounter with security "
                                 "forces in Kupwara district on Tuesday, police said."), nlp=nlp)
    assert [(v.kind, v.date) for v in x.events] == [("Attack", None)]


@pytest.mark.parametrize("text,bare", [
    ("7 December", True), ("Dec. 7", True), ("the 7th of December", True), ("11-13 April", True),
    ("September 3rd", True),
    ("7 December 2019", False), ("7 December last year", False), ("Sunday, 7 December", False), ("December", False),
])
def test_bare_day_is_a_day_and_month_alone(text, bare):
    assert bool(BARE_DAY.match(text)) is bare


def test_year_marks_are_written_years_only():
    text = "2019 Tripoli clashes\n\nIn April 2019, the offensive began. On 7 December, jets struck. Last year, more."
    marks = year_marks(text, "2024-11-25")
    assert [(m.at, m.day, m.slack) for m in marks] == [
        (0, dt.date(2019, 1, 1), 0), (25, dt.date(2019, 4, 1), 60)]


def _days(text, published):
    return [(d.date, d.date_end) for d in find_dates(text, published)]


@pytest.mark.parametrize("text,published,expected", [
    # a month written: the story goes on from it
    ("In April 2019, the LNA attacked. On 7 December, jets struck.", "2024-11-25", [("2019-04", None),
                                                                                  ("2019-12-07", None)]),
    # a day written: a later day may step back a little within its year
    ("On 7 December 2019, jets struck. On 30 November, shells fell.", "2024-11-25",
     [("2019-12-07", None), ("2019-11-30", None)]),
    # ... or run into the next year
    ("In December 2019, the LNA attacked. On 3 January, jets struck.", "2024-11-25",
     [("2019-12", None), ("2020-01-03", None)]),
    # a year written: its days stay in it, late December too
    ("In 2015, raids grew. On 30 December, bombers struck.", "2024-11-25", [("2015", None), ("2015-12-30", None)]),
    # a range of days moves as one
    ("In 2015, raids grew. On 11-13 April, bombers struck.", "2024-11-25",
     [("2015", None), ("2015-04-11", "2015-04-13")]),
    # negatives: a day within a month of publication is the news's own
    ("The war began in April 2023. On 9 November, shells fell.", "2024-11-25", [("2023-04", None),
                                                                              ("2024-11-09", None)]),
    # a written year near publication (a page's stamp) lends nothing
    ("Published 25 Nov 2024. On 7 December, jets struck.", "2024-11-25", [("2024-11-25", None),
                                                                         ("2023-12-07", None)]),
    # no year written before: the page's date counts
    ("On 7 December, jets struck. In 2019, the war began.", "2024-11-25", [("2023-12-07", None), ("2019", None)]),
    # a year-relative day is the page's
    ("In 2015, raids grew. On 7 December last year, bombers struck.", "2024-11-25",
     [("2015", None), ("2023-12-07", None)]),
])
def test_near_written_year(text, published, expected):
    dates = find_dates(text, published)
    moved = near_written_year(dates, year_marks(text, published), 0, published)
    assert [(d.date, d.date_end) for d in moved] == expected


def test_a_story_read_keeps_its_own_years():
    text = "In 2015, raids grew. On 7 December, bombers struck."
    dates = find_dates(text, "2024-11-25")
    assert near_written_year(dates, year_marks(text, "2024-11-25"), 0, "2024-11-25", story="2020-09-10") == dates
    assert all(isinstance(d, DateMention) for d in dates)


@pytest.mark.parametrize("rest,place", [
    (", El Fasher: RSF shelling hit ", True), (", Port-au-Prince (Carrefour-Feuilles): Gangs ", True),
    (", Gao, Mali: An IED ", True), (", near Tuz Khurmatu: gunmen ", True), (", Khanaqin district: a bomb ", True),
    (", the road to Gao: an IED ", True),
    (", gunmen killed two farmers: a bomb ", False), (", the army said: troops ", False),
    # a sentence going on after the date, a dateline's dash, a list of places without a colon
    (", RSF shelling hit the hospital: two died ", False), (" – Gao: An IED ", False), (", Gao and Menaka ", False),
])
def test_place_then_colon(rest, place):
    assert place_then_colon(rest) is place


def test_section_heads_need_a_series_of_days_alone():
    text = "Gaza live\n\nMonday 13 May\n\nA strike hit Jabalia.\n\nSunday 12 May\n\nA strike hit Nuseirat."
    assert section_heads(text, "2024-05-13") == [(11, "2024-05-13"), (49, "2024-05-12")]
    # one day alone is the page's stamp; a day opening a sentence heads nothing
    assert section_heads("Gaza live\n\nMonday 13 May\n\nA strike hit Jabalia.", "2024-05-13") == []
    assert section_heads("Gaza\n\n12 May. A strike hit Jabalia.\n\n13 May. A strike hit Rafah.", "2024-05-13") == []
