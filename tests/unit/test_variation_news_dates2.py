"""Dates of news reports, second table: one set of facts told the way many outlets tell them
(wire agencies with datelines, broadcasters, national dailies, UN and rights-group releases,
monitors, daily war updates), in many wars, with the day told in ways the first table
(test_variation_news_dates.py) does not cover: an incident dated by a count of days from
another ("a day after", "two days after", "a day before"), a funeral's, a visit's or a
condemnation's day beside the incident's, the incident's day told again in a sentence naming
nothing new ("The missile hit a printing house on Thursday morning"), a toll told in a relative
clause ("..., which killed 70 people on Friday"), "the weekend's attack", datelines, update
stamps, abbreviated months across the year's turn. Checked as the referee checks a date: it
must fall in the range the guide gives. Every sentence and report here is written for these
tests.

LEAD checks the report's first incident (or background event) only; REPORTS checks every
incident and recalled event in order. Rows that still fail are strict xfails with the reason:
they say what is left."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import ids, left, told, within  # noqa: E402

# a Monday and the days after
MON, TUE, WED, THU, FRI, SAT, SUN = ("2024-05-13", "2024-05-14", "2024-05-15", "2024-05-16", "2024-05-17",
                                     "2024-05-18", "2024-05-19")


LEAD = [
    ('neg: a day after election (no event)',
     'DR Congo\n\nM23 rebels shelled the town of Sake on Sunday, a day after the president was sworn in.',
     MON, ('2024-05-12', None)),
    ('Reuters dateline month day',
     'Somalia\n\nMOGADISHU, May 10 (Reuters) - Al Shabaab militants attacked a hotel in the Somali capital on '
     'Thursday night, killing at least seven people, police said.',
     '2024-05-10', ('2024-05-09', '2024-05-10')),
    ('AFP dateline with date',
     'DR Congo\n\nGoma (DR Congo) (AFP) - Rebels killed 14 civilians in an attack on a village in North Kivu, '
     'local officials said Sunday.',
     MON, ('2024-05-12', None)),
    ('Xinhua abbreviated dateline',
     'Nigeria\n\nABUJA, May 12 (Xinhua) -- At least 15 people were killed when gunmen attacked a village in '
     "Nigeria's northwestern state of Sokoto on Saturday, police said.",
     '2024-05-12', ('2024-05-11', None)),
    ('dateline different from pub (filed yesterday)',
     'Mali\n\nBAMAKO, May 12 (Reuters) - Jihadists killed 20 soldiers in an attack on an army camp in central '
     'Mali on Saturday, the army said.',
     MON, ('2024-05-11', None)),
    ('dateline only date',
     'Haiti\n\nPORT-AU-PRINCE, Haiti, May 12 - Gangs killed at least 10 people in an attack on the town of '
     'Cabaret, officials said.',
     MON, ('2024-05-12', None)),
    ('Updated weekday line',
     'Israeli strike kills 9 in Rafah\n\nUpdated Tuesday, 14 May 2024\n\nAn Israeli airstrike killed nine '
     'people in Rafah overnight, medics said.',
     TUE, ('2024-05-13', '2024-05-14')),
    ('Last updated ago',
     'Gaza\n\nLast updated: 2 hours ago\n\nAn Israeli strike on a house in Deir al-Balah killed seven people on '
     'Monday.',
     TUE, ('2024-05-13', None)),
    ('headline weekday only body undated',
     "Gunmen kill 12 in Nigeria's Plateau state on Sunday\n\nGunmen killed 12 villagers in an attack on the "
     'village of Bokkos, police said.',
     MON, ('2024-05-12', None)),
    ('on the eve of (undated)',
     'Pakistan\n\nA bomb exploded at an election office in Quetta on the eve of the vote, killing four people.',
     MON, ('2024-05-13', None)),
    ('at 3 a.m. local time on Sunday',
     'Ukraine\n\nRussian missiles struck the city of Dnipro at about 3 a.m. local time on Sunday (0000 GMT), '
     'killing four people.',
     MON, ('2024-05-12', None)),
    ('in the small hours of Sunday',
     'Syria\n\nAn Israeli strike hit a building near Damascus in the small hours of Sunday, killing three '
     'people.',
     MON, ('2024-05-12', None)),
    ('shortly after midnight on Sunday',
     'Myanmar\n\nJunta jets bombed a monastery in Sagaing shortly after midnight on Sunday, killing 11 people.',
     MON, ('2024-05-12', None)),
    ('Sunday at 14:00',
     'Sudan\n\nRSF drones hit the Merowe dam on Sunday at 14:00 local time, officials said.',
     MON, ('2024-05-12', None)),
    ('Jan. 3 in January report',
     'Iraq\n\nA roadside bomb killed four soldiers near Kirkuk on Jan. 3, the army said.',
     '2024-01-08', ('2024-01-03', None)),
    ('Dec. 30 in January report',
     'Iraq\n\nA roadside bomb killed four soldiers near Kirkuk on Dec. 30, the army said.',
     '2024-01-08', ('2023-12-30', None)),
    ('Sunday Dec 31 in Jan report',
     'Ukraine\n\nRussia launched drones at Kyiv on Sunday, Dec. 31, killing two people.',
     '2024-01-02', ('2023-12-31', None)),
    ('weekday across year',
     'Ukraine\n\nRussia launched drones at Kyiv on Saturday, killing two people.',
     '2024-01-02', ('2023-12-30', None)),
    ('the 3rd',
     'Mali\n\nJihadists attacked a convoy near Gao on the 3rd of this month, killing six soldiers.',
     MON, ('2024-05-03', None)),
    ('funeral day',
     'Pakistan\n\nMourners buried 12 victims of a bombing in Peshawar on Monday. The suicide attack on a mosque '
     'in the city killed 12 worshippers on Friday.',
     TUE, ('2024-05-10', None)),
    ('report day later',
     'Myanmar\n\nIn a report released on Wednesday, Amnesty International said junta jets had bombed a school '
     'in Sagaing on 3 April, killing 11 children.',
     THU, ('2024-04-03', None)),
    ('report day only',
     'Myanmar\n\nJunta jets bombed a school in Sagaing, killing 11 children, Amnesty International said in a '
     'report released on Wednesday.',
     THU, ('2024-05-15', None)),
    ('visit day',
     'Ukraine\n\nPresident Zelensky visited the hospital in Kharkiv on Tuesday. A Russian missile hit the '
     'hospital on Saturday, killing three patients.',
     TUE, ('2024-05-11', None)),
    ('this past weekend',
     'Haiti\n\nGangs killed 30 people in the town of Pont-Sonde this past weekend, the UN said.',
     MON, ('2024-05-11', '2024-05-12')),
    ('Sunday 12 May no comma',
     'Gaza\n\nAn Israeli strike hit a school in Jabalia on Sunday 12 May, killing 15 people.',
     TUE, ('2024-05-12', None)),
    ("the weekend's attack",
     "Mali\n\nThe army said on Monday that the weekend's attack on a convoy near Gao killed 11 soldiers.",
     MON, ('2024-05-11', '2024-05-12')),
    ('earlier this month',
     'Somalia\n\nAl-Shabaab fighters stormed a hotel in Kismayo earlier this month, killing nine people.',
     MON, ('2024-05-01', '2024-05-13')),
    ('last month',
     'Somalia\n\nAl-Shabaab fighters stormed a hotel in Kismayo last month, killing nine people.',
     MON, ('2024-04', None)),
    ('later sentence in an attack on Friday',
     'Colombia\n\nELN rebels killed three soldiers in Arauca, the army said. The soldiers were killed in an '
     'attack on Friday on a patrol near the Venezuelan border.',
     MON, ('2024-05-10', None)),
    ('AP weekday comma lead',
     'Congo\n\nGOMA, Congo (AP) — Rebels attacked a camp for displaced people outside Goma on Friday, killing '
     'at least 9 people, an official said Saturday.',
     SUN, ('2024-05-17', None)),
    ('said Saturday only, Sunday report',
     'Congo\n\nGOMA, Congo (AP) — Rebels attacked a camp for displaced people outside Goma, killing at least 9 '
     'people, an official said Saturday.',
     SUN, ('2024-05-18', None)),
    ("weekday = pub from BBC style 'on Monday' pub Monday",
     'Ukraine\n\nAt least five people were killed when a Russian missile hit a supermarket in Kharkiv on '
     'Monday, officials say.',
     MON, ('2024-05-13', None)),
    ('on Saturday in Saturday report w/ tonight',
     'Gaza\n\nIsraeli strikes killed 20 people across Gaza on Saturday, the health ministry said.',
     SAT, ('2024-05-18', None)),
    ('Reuters Sudan long',
     "Sudan\n\nCAIRO, May 14 (Reuters) - A drone strike on a market in Sudan's North Kordofan state killed at "
     'least 15 people, a local rights group said on Tuesday, blaming the paramilitary Rapid Support '
     'Forces.\n\nThe strike hit the market in the town of El Obeid on Monday afternoon, the Emergency Lawyers '
     "group said in a statement.\n\nThe RSF did not respond to a request for comment.\n\nSudan's war erupted in "
     'April 2023 and has killed tens of thousands of people.',
     TUE, ('2024-05-13', None)),
    ('France24 Sahel',
     'Burkina Faso: jihadists kill dozens of soldiers\n\nJihadists killed at least 30 soldiers in an attack on '
     'a military post in northern Burkina Faso, security sources told AFP on Monday.\n\nThe attack targeted the '
     'army detachment in Tawori on Saturday, one source said.\n\nThe government has not commented.',
     MON, ('2024-05-11', None)),
    ('Dawn Pakistan',
     'Four soldiers martyred in North Waziristan\n\nFour soldiers were martyred when terrorists attacked a '
     "security forces post in North Waziristan's Datta Khel area on Thursday night, the military's media wing "
     'said on Friday.\n\nAccording to the ISPR, the troops responded effectively and killed three terrorists.',
     FRI, ('2024-05-16', '2024-05-17')),
    ('Myanmar Now',
     "Junta airstrike kills 11 in Sagaing\n\nA junta airstrike on a village in Sagaing Region's Kani Township "
     'killed 11 civilians, including four children, on Tuesday, local residents told Myanmar Now.\n\nA fighter '
     'jet dropped two bombs on Let Yet Kone village at around 2pm, a resident said. The villagers held a '
     'funeral for the victims on Wednesday.',
     THU, ('2024-05-14', None)),
    ('Haiti Miami Herald',
     'Gangs attack Haitian town\n\nArmed gangs stormed the town of Mirebalais on Monday, freeing hundreds of '
     'inmates from the local prison and killing at least 10 people, residents said.\n\nThe attack began before '
     'dawn and lasted until the afternoon, a police officer said by phone on Tuesday.',
     WED, ('2024-05-13', None)),
    ('DRC Radio Okapi',
     'Ituri: 18 civilians killed by CODECO militiamen in Djugu\n\nEighteen civilians were killed overnight from '
     'Sunday to Monday in an attack by CODECO militiamen on the village of Lopa, in Djugu territory, local '
     'sources reported.\n\nThe bodies were buried on Tuesday in the presence of the territory administrator.',
     WED, ('2024-05-12', '2024-05-13')),
    ('Ethiopia Addis Standard',
     "Drone strike kills 26 in Amhara\n\nA drone strike on a minibus in the Amhara region's North Shewa zone "
     'killed 26 people on 12 May, residents and a health worker told Addis Standard.\n\nThe strike occurred '
     'near the town of Debre Birhan in the morning hours. The government has not commented on the incident, '
     'which residents said was the deadliest in the area since January.',
     WED, ('2024-05-12', None)),
    ('Mozambique Zitamar',
     'Insurgents behead five in Muidumbe\n\nInsurgents killed five people in an attack on the village of Mapate '
     'in Muidumbe district over the weekend, local sources told Zitamar News.\n\nThe insurgents arrived on '
     'Saturday evening and beheaded the victims before setting fire to houses, the sources said.',
     TUE, ('2024-05-11', None)),
    ('Colombia El Tiempo',
     'Attack on military base in Cauca\n\nDissidents of the former FARC attacked a military base in the '
     'municipality of Jamundí in the early hours of this Sunday, leaving two soldiers dead and four wounded, '
     'the army reported.\n\nThe attack, with explosives launched from drones, began at 4 a.m.',
     MON, ('2024-05-12', None)),
    ('Lebanon NNA',
     'Israeli strike on south Lebanon\n\nAn Israeli drone struck a car on the road between Bint Jbeil and '
     'Aynata at noon today, killing two people, the National News Agency reported.',
     MON, ('2024-05-13', None)),
    ('HRW report',
     'Mali: Army, Wagner Group Kill Civilians\n\n(Nairobi) – Malian soldiers and foreign fighters apparently '
     'belonging to the Russia-linked Wagner Group executed at least 33 civilians in the village of Welingara on '
     '5 March 2024, Human Rights Watch said today.\n\nWitnesses said the soldiers arrived in about 40 vehicles '
     'in the morning and rounded up men.',
     '2024-05-28', ('2024-03-05', None)),
    ('UN News',
     'Sudan: UN condemns deadly attack on El Fasher hospital\n\nThe UN Secretary-General on Sunday strongly '
     'condemned an attack on the Saudi Hospital in El Fasher, North Darfur, which reportedly killed 70 people '
     'on Friday.\n\nThe World Health Organization said the hospital was struck by a drone.',
     MON, ('2024-05-10', None)),
    ('Guardian statement later',
     'Israeli strike on Rafah tent camp kills 45\n\nAn Israeli airstrike set fire to a tent camp for displaced '
     'people in Rafah, killing at least 45 people, Palestinian health officials said on Monday.\n\nThe strike '
     'late on Sunday hit the Tel al-Sultan area, where thousands had sought shelter.\n\nBenjamin Netanyahu said '
     'on Monday the deaths were a "tragic mishap".',
     TUE, ('2024-05-12', '2024-05-13')),
    ('on Saturday 11 May',
     'Gaza\n\nAn Israeli strike hit a house in Nuseirat on Saturday 11 May, killing seven people.',
     MON, ('2024-05-11', None)),
    ('Sat 11 May abbreviated',
     'Gaza\n\nAn Israeli strike hit a house in Nuseirat on Sat 11 May, killing seven people.',
     MON, ('2024-05-11', None)),
    ('pre-dawn hours of Saturday',
     'Somalia\n\nUS forces carried out an airstrike near Jilib in the pre-dawn hours of Saturday, killing 10 '
     'al-Shabaab fighters, the US military said.',
     MON, ('2024-05-11', None)),
    ('night between Sat and Sun',
     'Burkina Faso\n\nJihadists attacked the town of Barsalogho in the night between Saturday and Sunday, '
     'killing dozens of residents.',
     MON, ('2024-05-11', '2024-05-12')),
    ('late Friday or early Saturday',
     'Nigeria\n\nGunmen attacked a village in Benue state late Friday or early Saturday, killing 17 people, '
     'police said.',
     MON, ('2024-05-10', '2024-05-11')),
    ('Saturday evening local time',
     'Ukraine\n\nA Russian drone hit a residential building in Kharkiv on Saturday evening local time, injuring '
     'five people.',
     MON, ('2024-05-11', None)),
    ('on May 11-12',
     'Sudan\n\nRSF fighters attacked the village of Wad al-Noura on May 11-12, killing more than 100 people, '
     'activists said.',
     WED, ('2024-05-11', '2024-05-12')),
    ('Monday night in Tuesday report',
     'Israel\n\nHezbollah fired a barrage of rockets at northern Israel on Monday night, wounding three '
     'soldiers, the army said.',
     TUE, ('2024-05-13', '2024-05-14')),
    ('overnight on Monday (pub Tuesday)',
     'Ukraine\n\nRussia attacked Kyiv with drones overnight on Monday, injuring two people, city officials '
     'said.',
     TUE, ('2024-05-13', '2024-05-14')),
    ('last weekend in Wednesday report',
     'Haiti\n\nGangs killed at least 20 people in the town of Arcahaie last weekend, the UN said.',
     WED, ('2024-05-11', '2024-05-12')),
    ('10 days ago',
     'Mali\n\nJihadists killed 40 civilians in an attack on a village near Bandiagara 10 days ago, a local '
     'official said.',
     MON, ('2024-05-03', None)),
    ('a fortnight ago',
     'Mali\n\nJihadists killed 40 civilians in an attack on a village near Bandiagara a fortnight ago, a '
     'local official said.',
     MON, ('2024-04-29', None)),
    ('Tuesday of last week',
     'Nigeria\n\nBandits abducted 30 students from a school in Kaduna state on Tuesday of last week, police '
     'said.',
     MON, ('2024-05-07', None)),
    ('on Tuesday last week',
     'Nigeria\n\nBandits abducted 30 students from a school in Kaduna state on Tuesday last week, police said.',
     MON, ('2024-05-07', None)),
    ('this past Friday',
     'Colombia\n\nDissident rebels attacked a police station in Jamundi this past Friday, killing two officers.',
     MON, ('2024-05-10', None)),
    ('On the morning of 12 May',
     'Syria\n\nOn the morning of 12 May, a car bomb exploded in the town of Azaz, killing seven people.',
     WED, ('2024-05-12', None)),
    ('12 May 2024 at 14:30',
     'Sudan\n\nThe RSF shelled the Abu Shouk camp on 12 May 2024 at 14:30, killing six people, MSF said.',
     WED, ('2024-05-12', None)),
    ('Tuesday (May 14)',
     'China Daily style\n\nGunmen attacked a market in northern Burkina Faso on Tuesday (May 14), killing 12 '
     'people, officials said.',
     THU, ('2024-05-14', None)),
    ('early on Sunday',
     "Yemen\n\nUS and British warplanes struck Houthi targets in Hodeidah early on Sunday, the group's "
     'television said.',
     MON, ('2024-05-12', None)),
    ("statement about Sunday's strike",
     "Lebanon\n\nThe health ministry said on Tuesday that 12 people were killed in Sunday's Israeli strike on "
     'the town of Nabatieh.',
     TUE, ('2024-05-12', None)),
    ('announced, attack carried out Saturday',
     'Mali\n\nThe army announced on Monday that it had repelled an attack on its base in Tessit carried out on '
     'Saturday by jihadists, killing 20 of them.',
     MON, ('2024-05-11', None)),
    ('late last week',
     'Ethiopia\n\nFano fighters ambushed a military convoy near Bahir Dar late last week, killing 15 soldiers, '
     'residents said.',
     MON, ('2024-05-09', '2024-05-12')),
    ('quote with day',
     'DR Congo\n\n"They came on Saturday night and burned everything," said a resident of the village of Kilia, '
     'where ADF rebels killed 19 people.',
     MON, ('2024-05-11', '2024-05-12')),
    ('title date prefix',
     '12 May 2024: Drone strike on Omdurman market\n\nA drone strike on a market in Omdurman killed 15 people, '
     'witnesses said.',
     MON, ('2024-05-12', None)),
    ('weekly OCHA period',
     'Occupied Palestinian Territory\n\nBetween 7 and 13 May, Israeli forces killed 12 Palestinians in the West '
     'Bank, including four children.',
     TUE, ('2024-05-07', '2024-05-13')),
    ('yesterday evening',
     'Pakistan\n\nA bomb exploded in a market in Peshawar yesterday evening, killing four people, police said.',
     MON, ('2024-05-12', None)),
    ('at the weekend BBC',
     'Sudan\n\nMore than 100 people were killed at the weekend in an attack on a village in Gezira state, '
     'activists say.',
     MON, ('2024-05-11', '2024-05-12')),
    ("Monday's attack later sentence",
     'Afghanistan\n\nA suicide bomber killed 12 people at a mosque in Kabul, officials said on Tuesday. Islamic '
     "State claimed Monday's attack.",
     TUE, ('2024-05-13', None)),
    ('Gaza AJ: since Saturday aggregate, Sunday incident',
     'Gaza\n\nIsraeli strikes have killed 60 people across Gaza since Saturday, the health ministry said. On '
     'Sunday, a strike on a school in Jabalia killed 15 people.',
     MON, ('2024-05-12', None)),
    ("Thursday pub, Sunday's ambush",
     "Mali\n\nJihadists claimed responsibility on Wednesday for Sunday's ambush of an army convoy near Gao, in "
     'which 11 soldiers died.',
     THU, ('2024-05-12', None)),
    ('neg: vigil day',
     'Nigeria\n\nHundreds held a vigil in Jos on Sunday for the victims of an attack on a village in Plateau '
     'state that killed 30 people on Thursday.',
     MON, ('2024-05-09', None)),
    ('neg: report published',
     'Sudan\n\nA UN report published on Friday said the RSF killed at least 15 civilians in an attack on the '
     'village of Jalgini on 9 May.',
     MON, ('2024-05-09', None)),
    ('neg: interview day',
     'Ukraine\n\nSpeaking to reporters on Monday, the mayor said a Russian missile had struck a school in Sumy '
     'on Saturday, killing two teachers.',
     MON, ('2024-05-11', None)),
    ('in December, Jan report',
     'Sudan\n\nThe RSF killed at least 80 people in an attack on the village of Wad Madani in December, '
     'according to a rights group.',
     '2024-01-09', ('2023-12', None)),
    left("'last December' is not read: dating such a recall kept a background event with no side, an extra "
         'event on VOA dev',
         'last December, Jan report',
         'Sudan\n\nThe RSF killed at least 80 people in an attack on the village of Wad Madani last December, '
         'according to a rights group.',
         '2024-01-09', ('2023-12', None)),
    ('late December, Jan report',
     'Sudan\n\nThe RSF killed at least 80 people in an attack on the village of Wad Madani in late December, '
     'according to a rights group.',
     '2024-01-09', ('2023-12-21', '2023-12-31')),
    ("New Year's Eve",
     "Ukraine\n\nRussian missiles struck Kyiv on New Year's Eve, killing five people.",
     '2024-01-09', ('2023-12-31', None)),
    ('Christmas Day',
     'Nigeria\n\nGunmen attacked villages in Plateau state on Christmas Day, killing more than 100 people.',
     '2024-01-09', ('2023-12-25', None)),
    ('Christmas Eve',
     'Nigeria\n\nGunmen attacked villages in Plateau state on Christmas Eve, killing more than 100 people.',
     '2024-01-09', ('2023-12-24', None)),
    ('Saturday across year boundary with year-end',
     'Ukraine\n\nA Russian strike on Belgorod on Saturday killed 25 people, Russian officials said.',
     '2024-01-01', ('2023-12-30', None)),
    left("a day and month in figures without a year ('on 5/12') is read as no date",
         'day before pub with numeric US',
         'Iraq\n\nA roadside bomb killed three soldiers near Kirkuk on 5/12, the army said.',
         MON, ('2024-05-12', None)),
    ('ordinal month day',
     'Syria\n\nAn airstrike hit a market in Idlib on May 12th, killing nine people.',
     WED, ('2024-05-12', None)),
    ('in the evening of Sunday',
     'Myanmar\n\nJunta troops shelled the town of Laukkai in the evening of Sunday, killing four civilians.',
     MON, ('2024-05-12', None)),
    ('around 9 pm on Saturday',
     'Colombia\n\nGunmen opened fire on a bar in Cali at around 9 pm on Saturday, killing six people, police '
     'said.',
     MON, ('2024-05-11', None)),
    ('at 11:30 pm Saturday local',
     'Haiti\n\nGang members attacked a police station in Petion-Ville at 11:30 p.m. Saturday, killing two '
     'officers.',
     MON, ('2024-05-11', None)),
    ('on the night of Sunday',
     'Niger\n\nJihadists attacked a military post in Tahoua region on the night of Sunday, killing six '
     'soldiers.',
     TUE, ('2024-05-12', '2024-05-13')),
    ('Friday midday prayers',
     'Pakistan\n\nA suicide bomber struck a mosque in Peshawar during midday prayers on Friday, killing 20 '
     'worshippers.',
     MON, ('2024-05-10', None)),
    ('weekday with date mismatched? (on Sunday, May 12)',
     'Gaza\n\nAn Israeli strike killed 12 people in Jabalia on Sunday, May 12, medics said.',
     WED, ('2024-05-12', None)),
    ('date after weekday in parentheses',
         'Ukraine\n\nOn Sunday (12 May), Russian shelling killed two people in Kherson.',
         WED, ('2024-05-12', None)),
    ('the previous day',
     'Mali\n\nThe army said on Monday that jihadists had attacked a convoy near Gao the previous day, killing '
     'nine soldiers.',
     TUE, ('2024-05-12', None)),
    ('a day earlier, statement',
     'Mali\n\nThe army said on Monday that jihadists had attacked a convoy near Gao a day earlier, killing nine '
     'soldiers.',
     TUE, ('2024-05-12', None)),
    ('since Friday aggregate + Saturday attack in list',
     'Sudan\n\nFighting in El Fasher has killed at least 40 people since Friday, MSF said. On Saturday, '
     'shelling hit the South Hospital, killing three patients.',
     MON, ('2024-05-11', None)),
    ('HRW incident months later, weekday in body',
     'Myanmar: Junta Airstrike on School\n\nOn 16 September 2023, Myanmar military helicopters attacked a '
     'school in Let Yet Kone village, killing 13 people, including 7 children. The attack took place on a '
     'Friday at around noon, witnesses said.',
     '2024-02-10', ('2023-09-16', None)),
    ("ISW style 'on May 11 and 12'",
     'Russian Offensive Campaign Assessment, May 13, 2024\n\nRussian forces attacked Vovchansk on May 11 and '
     '12, killing at least three civilians.',
     MON, ('2024-05-11', '2024-05-12')),
    ("undated lead, next para 'The attack occurred at about 7 a.m.' no day",
     'Somalia\n\nAl-Shabaab militants stormed a military base in Middle Shabelle region, killing at least 10 '
     'soldiers, officials said Sunday. The attack occurred at about 7 a.m., a commander said.',
     MON, ('2024-05-12', None)),
    ("lead undated, later 'Saturday's attack'",
     'Niger\n\nJihadists killed 12 soldiers in an attack on an army post in Tillaberi region, the defence '
     "ministry said. Saturday's attack was the deadliest this month.",
     MON, ('2024-05-11', None)),
    ("lead undated, later 'The assault began late Friday'",
     'Burkina Faso\n\nJihadists killed dozens of soldiers in an attack on a military base in Mansila, security '
     'sources said. The assault began late Friday and lasted several hours.',
     MON, ('2024-05-10', None)),
    ('day month last year',
     'Lebanon\n\nHezbollah began firing rockets at Israel on 8 October last year, after the Hamas-led attack on '
     'southern Israel.',
     '2024-08-13', ('2023-10-08', None)),
    ('month day last year',
     'Iraq\n\nA car bomb killed 12 people at a market in Baghdad on October 8 last year.',
     '2024-08-13', ('2023-10-08', None)),
    ('began late Saturday continued into Sunday',
     'Haiti\n\nGangs attacked the town of Gressier in an assault that began late Saturday and continued into '
     'Sunday, killing at least 20 people, officials said.',
     MON, ('2024-05-11', '2024-05-12')),
    ("lead Sunday, body 'Sunday morning' retold",
     'Mali\n\nJihadists attacked an army camp in Kayes on Sunday, killing six soldiers. The attackers stormed '
     'the camp early Sunday morning, the army said.',
     TUE, ('2024-05-12', None)),
    ('UPDATE toll later',
     'Pakistan\n\nA bomb exploded at a market in Quetta on Saturday, killing 10 people, police said.\n\nUPDATE: '
     'The death toll rose to 14 on Sunday, officials said.',
     MON, ('2024-05-11', None)),
    ("the toll from Saturday's blast",
     "Pakistan\n\nThe death toll from Saturday's blast at a market in Quetta rose to 14 on Monday, officials "
     'said.',
     MON, ('2024-05-11', None)),
    ('injured died on Monday',
     'Ukraine\n\nA Russian missile hit a shopping centre in Kharkiv on Saturday, killing 12 people. Two of the '
     'injured died in hospital on Monday, raising the toll to 14.',
     TUE, ('2024-05-11', None)),
    ("date as 'this Saturday' (Spanish-style)",
     'Colombia\n\nA car bomb exploded this Saturday outside a police station in Jamundi, leaving two dead, '
     'police reported.',
     MON, ('2024-05-11', None)),
    ("'on the 12th' day only",
     'Sudan\n\nThe RSF attacked the village of Wad al-Noura on the 12th, killing dozens of residents.',
     WED, ('2024-05-12', None)),
    ("'last night' in a morning report, lead",
     'Israel\n\nHezbollah fired 40 rockets at northern Israel last night, the army said.',
     MON, ('2024-05-12', '2024-05-13')),
    ("'in the early hours of today'",
     'Syria\n\nAn Israeli strike hit a building in Damascus in the early hours of today, killing three people.',
     MON, ('2024-05-13', None)),
    ("'a week ago today'",
     'Somalia\n\nAl-Shabaab fighters stormed a hotel in Mogadishu a week ago today, killing 11 people.',
     MON, ('2024-05-06', None)),
    ("'late on May 11'",
     'Ukraine\n\nRussian drones struck Kharkiv late on May 11, injuring five people.',
     MON, ('2024-05-11', None)),
    ("'May 11 night'",
     'Ukraine\n\nRussian drones struck Kharkiv on the night of May 11, injuring five people.',
     MON, ('2024-05-11', '2024-05-12')),
    ("'Sunday 12/05'",
     'Mali\n\nJihadists attacked a convoy near Gao on Sunday 12/05, killing six soldiers.',
     MON, ('2024-05-12', None)),
    ("day before pub in headline 'Saturday'",
     "Saturday's strike on Gaza school kills 20\n\nAn Israeli strike on a school sheltering displaced families "
     'in Gaza City killed 20 people, the civil defence said.',
     MON, ('2024-05-11', None)),
    ("'earlier this week' in Monday report",
     'Mali\n\nJihadists attacked a convoy near Gao earlier this week, killing six soldiers.',
     MON, ('2024-05-13', None)),
    ("'at dawn on Saturday'",
     'Burkina Faso\n\nJihadists attacked the town of Djibo at dawn on Saturday, killing dozens of civilians, '
     'residents said.',
     MON, ('2024-05-11', None)),
    ("date before lead in title line 'Monday 13 May 2024' standalone",
     'Monday 13 May 2024\n\nGunmen killed 12 villagers in Zamfara state on Saturday, police said.',
     MON, ('2024-05-11', None)),
]

REPORTS = [
    ('a day after, recalled',
     'Lebanon\n\nHezbollah fired rockets at the Israeli town of Metula on Sunday, a day after an Israeli drone '
     'strike killed two of its commanders in Tyre.',
     MON, [('2024-05-12', None), ('2024-05-11', None)]),
    ('two days after, recalled',
     'Sudan\n\nThe RSF shelled the Abu Shouk camp near El Fasher on Saturday, killing eight people, two days '
     'after army jets bombed a market in Nyala.',
     MON, [('2024-05-11', None), ('2024-05-09', None)]),
    ('came a day after, explicit date',
     'Nigeria\n\nGunmen killed 12 villagers in Zamfara state on 4 May. The attack came a day after bandits '
     'killed nine people in a raid on a village in Katsina state.',
     MON, [('2024-05-04', None), ('2024-05-03', None)]),
    ('a week after',
     'Pakistan\n\nA suicide bomber killed nine soldiers at a checkpoint in Bannu on Friday, a week after '
     'militants stormed a police station in Dera Ismail Khan.',
     MON, [('2024-05-10', None), ('2024-05-03', None)]),
    ('hours after',
     'Ukraine\n\nRussian drones hit an apartment block in Odesa on Sunday, hours after a missile strike on '
     'Kharkiv killed six people.',
     MON, [('2024-05-12', None), ('2024-05-12', None)]),
    ('a day before',
     'Somalia\n\nAl-Shabaab fighters attacked a military base in Lower Shabelle on Saturday, a day before a car '
     'bomb killed five people in Mogadishu.',
     MON, [('2024-05-11', None), ('2024-05-12', None)]),
    ('separately on Sunday',
     'Nigeria\n\nBandits killed eight villagers in Katsina state on Saturday, police said. Separately, on '
     'Sunday, gunmen abducted 20 worshippers from a church in Kaduna state.',
     MON, [('2024-05-11', None), ('2024-05-12', None)]),
    ('in another attack on Friday',
     'Burkina Faso\n\nJihadists killed 15 soldiers in an attack on an army post in Djibo on Sunday. In another '
     'attack on Friday, gunmen killed 10 civilians in the village of Bourzanga.',
     MON, [('2024-05-12', None), ('2024-05-10', None)]),
    ('elsewhere, statement day',
     'Syria\n\nA car bomb exploded in Afrin on Sunday, killing five people, the monitor said. Elsewhere, a '
     'drone strike killed two fighters near Idlib, it said on Monday.',
     MON, [('2024-05-12', None), ('2024-05-13', None)]),
    ('AP Nigeria long',
     'Gunmen kill 20 in northern Nigeria\n\nABUJA, Nigeria (AP) — Gunmen killed at least 20 people in an attack '
     "on a village in northern Nigeria's Zamfara state, police said Tuesday.\n\nThe attackers arrived on "
     'motorcycles late Sunday and opened fire on residents of Kaura village, police spokesman Yazid Abubakar '
     'said.\n\nResidents buried the victims on Monday. President Bola Tinubu condemned the killings in a '
     'statement on Tuesday.\n\nLast month, bandits abducted more than 100 students from a school in Kaduna '
     'state.',
     TUE, [('2024-05-12', '2024-05-13'), ('2024-04', None)]),
    ('BBC Ukraine long',
     'Ukraine war: Russian strike on Kharkiv kills seven\n\nA Russian missile strike on the city of Kharkiv has '
     'killed at least seven people and injured 20, Ukrainian officials say.\n\nThe missile hit a printing house '
     'on Thursday morning, regional governor Oleh Syniehubov said.\n\nOn Wednesday, a separate strike on a '
     'residential building in the city killed two people.',
     FRI, [('2024-05-16', None), ('2024-05-15', None)]),
    ('Al Jazeera Gaza with OCHA',
     'Israeli attacks on Gaza kill dozens\n\nIsraeli attacks across the Gaza Strip have killed at least 40 '
     'Palestinians since dawn, according to medical sources.\n\nIn the deadliest attack, an Israeli strike hit '
     'the Abu Hussein school in Jabalia, where displaced families were sheltering, killing 17 people, the Civil '
     'Defence said.\n\nOn Sunday, the UN agency for Palestinian refugees said 75 percent of its schools had '
     'been hit since the war began.',
     MON, [('2024-05-13', None), ('2024-05-13', None)]),
    ('Kyiv Independent',
     'Russian attacks kill 5, injure 19 over past day\n\nRussian attacks killed five people and injured 19 over '
     'the past day, regional authorities reported on May 13.\n\nIn Kharkiv Oblast, a 63-year-old man was killed '
     'in a drone attack on the village of Kozacha Lopan, the governor said.\n\nRussian troops shelled Kherson '
     'Oblast 45 times, killing two people.',
     MON, [('2024-05-12', '2024-05-13'), ('2024-05-12', '2024-05-13')]),
    ('ACLED weekly',
     'Sahel weekly\n\nOn 9 May, JNIM militants attacked a gendarmerie post in Boukoula, Burkina Faso, killing '
     'six gendarmes. On 11 May, unidentified gunmen killed four civilians in Ménaka, Mali.',
     WED, [('2024-05-09', None), ('2024-05-11', None)]),
    ('ISW long',
     'Iran Update, May 13, 2024\n\nThe Islamic Resistance in Iraq claimed a drone attack targeting Eilat on May '
     '12. Hezbollah conducted at least eight attacks into northern Israel on May 12, including an anti-tank '
     'missile attack that killed one soldier in Metula.',
     MON, [('2024-05-12', None), ('2024-05-12', None)]),
    ('Anadolu Syria',
     'Syria\n\nIDLIB, Syria - Regime forces shelled the town of Ariha on Friday, killing three civilians, '
     'according to the White Helmets.\n\nTwo days earlier, a Russian airstrike on a poultry farm near Jisr '
     'al-Shughur killed two workers.',
     SAT, [('2024-05-17', None), ('2024-05-15', None)]),
    ('neg: arrested day',
     'Pakistan\n\nPolice on Monday arrested two men suspected of planning a suicide attack on a mosque in '
     'Peshawar that killed 12 worshippers on Friday.',
     MON, [('2024-05-13', None), ('2024-05-10', None)]),
    ('two incidents separate paragraphs weekdays',
     'Somalia\n\nAl-Shabaab militants attacked a military base near Mahaday on Saturday, killing five soldiers, '
     'a commander said.\n\nIn a separate incident on Sunday, a roadside bomb killed three civilians in '
     'Mogadishu.',
     TUE, [('2024-05-11', None), ('2024-05-12', None)]),
    ('last Friday + on Sunday',
     'Syria\n\nAn Israeli airstrike killed two people near Damascus on Sunday. Last Friday, a drone strike hit '
     'a car in Daraa, killing a commander.',
     MON, [('2024-05-12', None), ('2024-05-10', None)]),
    ('two reports different days in one sentence',
     'DR Congo\n\nM23 rebels shelled a camp near Goma on Friday and attacked the town of Sake on Saturday, '
     'killing a total of 12 people.',
     MON, [('2024-05-10', None), ('2024-05-11', None)]),
    ('two days of one subject, ISW style',
     'Russian Offensive Campaign Assessment, May 13, 2024\n\nRussian forces struck Kharkiv on May 11 and shelled '
     'Sumy on May 12.',
     MON, [('2024-05-11', None), ('2024-05-12', None)]),
    ('neg: one place, two days of one subject',
     'DR Congo\n\nM23 rebels shelled a camp near Goma on Friday and attacked it again on Saturday.',
     MON, [('2024-05-10', None)]),
    left("an event told after 'a day after' whose place the main clause also names keeps the main clause's day "
         '(dating it by its trigger words moved no blind total and swapped a VOA dev pairing)',
         'after-clause place named in main clause too',
         'Ukraine\n\nRussian drones hit targets in Kharkiv region on Thursday, a day after a Russian missile '
         'strike on Kharkiv killed nine people.',
         FRI, [('2024-05-16', None), ('2024-05-15', None)]),
    ("'the same night'",
     'Ukraine\n\nRussian drones struck Odesa on the night of 11 May, killing two people. The same night, a '
     'missile hit an energy facility in Kharkiv.',
     MON, [('2024-05-11', '2024-05-12'), ('2024-05-11', '2024-05-12')]),
]


@pytest.mark.parametrize("name,text,published,span", LEAD, ids=ids(LEAD))
def test_the_first_incidents_date(nlp, name, text, published, span):
    found = told(nlp, text, published)
    assert found and within(found[0][0], span), found


@pytest.mark.parametrize("name,text,published,spans", REPORTS, ids=ids(REPORTS))
def test_every_incidents_date(nlp, name, text, published, spans):
    found = told(nlp, text, published)
    assert len(found) == len(spans) and all(within(d, s) for (d, _), s in zip(found, spans, strict=True)), found
