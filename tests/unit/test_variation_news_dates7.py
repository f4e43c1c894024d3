"""Dates of news copy, seventh table: an incident dated only by the part of a week or a month it
fell in ("at the start of the week", "at the end of last week", "in the middle of last week",
"midweek", "early this week", "at the beginning of the month", "at the end of the month"), which
must give those days, not the whole week nor the publication day (rule date.part-of-week-told);
a trend told with a month or a year and, after a semicolon, an incident with its own day
("attacks rose in March; on 3 May, shells struck the camp"), which takes the day, not the
trend's month (rule date.day-after-period-clause); a siege, standoff or assault told by its end
("soldiers on Monday ended an assault that had begun on Saturday") or by its toll ("fighting
that began on Saturday killed 30"), whose day is the one it began (rule date.begun-before-end).
Told the way wire agencies, broadcasters, local media, UN flash updates and military statements
tell them, in many wars. Negatives: the end of a street or of the night (no date at all), a
statement's or a plan's part of the week beside the incident's own day, a day before the
semicolon, an incident's own month before it and a later act's day after it, a campaign that
began months before beside another act, a truce that began and was ended by an attack. Checked
as the referee checks a date: it must fall in the range the guide gives. Every sentence and
report here is written for these tests.

REPORTS checks every incident and recalled event in order. Rows that still fail are strict
xfails with the reason: they say what is left."""


import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import ids, told, within  # noqa: E402

REPORTS = [
    # --- the part of a week or month told instead of a day
    ('wire, Mali, start of the week',
     'Mali\n\nJihadists attacked an army post near Tessit at the start of the week, killing nine soldiers, '
     'the army said on Wednesday.',
     '2024-06-12', [('2024-06-10', '2024-06-11')]),
    ('broadcaster, Ukraine, end of last week',
     'Ukraine\n\nRussian glide bombs struck a school in Kupiansk at the end of last week, wounding four '
     'teachers, the regional governor said.',
     '2024-03-04', [('2024-03-01', '2024-03-03')]),
    ('local media, Nigeria, middle of last week',
     'Nigeria\n\nBandits killed 11 farmers near Maru in the middle of last week, residents told reporters.',
     '2024-08-15', [('2024-08-06', '2024-08-08')]),
    ('UN flash update, Sudan, beginning of the month',
     'Sudan\n\nRSF shelling hit a market in El Fasher at the beginning of the month, killing 14 civilians, '
     'according to OCHA.',
     '2024-07-09', [('2024-07-01', '2024-07-09')]),
    ('agency, Somalia, midweek',
     'Somalia\n\nA roadside bomb killed four soldiers near Afgoye midweek, a military officer told '
     'reporters on Friday.',
     '2024-02-09', [('2024-02-06', '2024-02-08')]),
    ('newspaper, Pakistan, early this week',
     'Pakistan\n\nMilitants attacked a police checkpoint in Bannu early this week, killing three officers, '
     'police said.',
     '2024-11-20', [('2024-11-18', '2024-11-20')]),
    ('military statement, Yemen, end of the month',
     'Yemen\n\nHouthi forces fired a missile at a tanker in the Gulf of Aden at the end of the month, '
     'the US military said.',
     '2024-05-27', [('2024-05-21', '2024-05-27')]),
    ('broadcaster, Myanmar, start of last week',
     'Myanmar\n\nJunta jets bombed a monastery in Sagaing at the start of last week, killing eight people, '
     'a resistance spokesman said.',
     '2024-04-03', [('2024-03-25', '2024-03-26')]),
    ('rights group, Burkina Faso, towards the end of last month',
     'Burkina Faso\n\nSoldiers and allied militias killed at least 30 villagers near Djibo towards the end '
     'of last month, a rights group said.',
     '2024-10-02', [('2024-09-21', '2024-09-30')]),
    # Negatives: no date in the part told; the statement's or a plan's part of the week beside the
    # incident's own day.
    ('end of the street, Somalia',
     'Somalia\n\nA car bomb exploded at the end of the street outside a hotel in Mogadishu on Tuesday, '
     'killing six people, police said.',
     '2024-06-12', [('2024-06-11', None)]),
    ('middle of the night, Ukraine',
     'Ukraine\n\nRussian drones struck an apartment block in Odesa in the middle of the night on Tuesday, '
     'wounding five people, the governor said.',
     '2024-06-12', [('2024-06-11', None)]),
    ('statement at the start of the week, Nigeria',
     'Nigeria\n\nPolice said at the start of the week that gunmen had killed 12 villagers in Zamfara on '
     'Saturday.',
     '2024-06-12', [('2024-06-08', None)]),
    ('plan at the end of the week, Niger',
     'Niger\n\nJihadists killed five soldiers near Tillaberi on Monday. Officials said the army would '
     'reinforce the area by the end of the week.',
     '2024-06-12', [('2024-06-10', None)]),
    ('talks to come at the end of the month, DR Congo',
     'DR Congo\n\nM23 rebels shelled a camp near Goma, killing six displaced people, as talks in Luanda were due '
     'to resume at the end of the month.',
     '2024-06-12', [('2024-06-12', None)]),
    ('end of a week of violence, Nigeria',
     'Nigeria\n\nGunmen attacked a church in Kaduna on Friday, at the end of a week of violence in the '
     'state, killing four worshippers.',
     '2024-06-12', [('2024-06-07', None)]),
    # --- a trend's month or year, then after a semicolon the incident with its own day
    ('agency, Ukraine, trend then day',
     'Ukraine\n\nRussian strikes on energy sites intensified in May; on 4 June, a missile hit a power plant in '
     'Kharkiv, wounding three workers.',
     '2024-06-12', [('2024-06-04', None)]),
    ('UN flash update, Sudan, escalated then weekday',
     'Sudan\n\nFighting around El Fasher escalated in April; on Sunday, RSF shelling struck the Saudi Hospital, '
     'killing nine patients.',
     '2024-06-12', [('2024-06-09', None)]),
    ('wire, Gaza, increased then weekday',
     'Gaza\n\nIsraeli strikes on Rafah increased in May; on Saturday, a strike hit a tent camp in Mawasi, killing '
     '14 people, medics said.',
     '2024-06-12', [('2024-06-08', None)]),
    ('NGO, DR Congo, rose then day',
     'DR Congo\n\nM23 attacks on camps near Goma rose sharply in March; on 3 May, shells struck the Mugunga camp, '
     'killing 18 displaced people.',
     '2024-06-12', [('2024-05-03', None)]),
    ('local media, Somalia, a year then weekday',
     'Somalia\n\nIn 2023, al-Shabaab carried out dozens of attacks in Mogadishu; on Monday, a car bomb killed 12 '
     'people at a checkpoint in the city.',
     '2024-06-12', [('2024-06-10', None)]),
    ('broadcaster, Myanmar, last month then weekday',
     'Myanmar\n\nAir raids on villages in Sagaing grew in number last month; on Tuesday, junta jets bombed a school '
     'near Monywa, killing seven children.',
     '2024-06-12', [('2024-06-11', None)]),
    ('officials, Mali, last year then day',
     'Mali\n\nJihadist raids in the Mopti region multiplied in 2023; on 12 January, gunmen attacked the village of '
     'Ogossagou, killing 30 people, officials said.',
     '2024-02-01', [('2024-01-12', None)]),
    ('wire, Lebanon, a month toll then the day',
     'Lebanon\n\nIsraeli strikes in south Lebanon killed 40 people in May; on Monday, a drone hit a car near Tyre, '
     'killing two Hezbollah members.',
     '2024-06-12', [('2024-06-10', None)]),
    # Negatives: the day before the semicolon; the incident's own month before it and a later
    # act's day after it.
    ('day first, month after, Syria',
     'Syria\n\nShelling hit a school in Ariha on Monday; in May, a similar attack killed nine children there.',
     '2024-06-12', [('2024-06-10', None)]),
    ('arrests after the semicolon, Nigeria',
     'Nigeria\n\nGunmen killed 20 villagers in Zamfara in May; on Monday, police arrested three suspects in Gusau.',
     '2024-06-12', [('2024-05', None), ('2024-06-10', None)]),
    # --- a lasting incident told by its end, its first day in a relative clause of beginning (the
    # guide's range runs from that day to the end; the end day alone fell in it already), or by its
    # toll with a statement's later day beside it (the day it began is the only one told of it)
    ('wire, Kenya, assault ended',
     'Kenya\n\nSoldiers on Monday ended an assault by al-Shabaab gunmen on a hotel in Nairobi that had begun on '
     'Saturday, killing 21 people.',
     '2024-06-12', [('2024-06-08', '2024-06-10')]),
    ('broadcaster, Somalia, siege ended',
     'Somalia\n\nThe siege of a hotel in Mogadishu, which began on Friday night, ended on Sunday when troops killed '
     'the last gunmen.',
     '2024-06-12', [('2024-06-07', '2024-06-09')]),
    ('police, Pakistan, standoff ended',
     'Pakistan\n\nCommandos on Tuesday ended a standoff at a police station in Bannu which had started on Sunday, '
     'killing all 12 militants.',
     '2024-06-12', [('2024-06-09', '2024-06-11')]),
    ('military statement, Mali, attack ended',
     'Mali\n\nThe army said on Wednesday it had ended an attack on its camp near Boulkessi that began on Monday, '
     'killing 30 jihadists.',
     '2024-06-12', [('2024-06-10', '2024-06-12')]),
    ('residents, Nigeria, fighting that began',
     'Nigeria\n\nFighting that began on Saturday killed 30 people in Monguno, residents said on Tuesday.',
     '2024-06-12', [('2024-06-08', None)]),
    ('agency, Mozambique, attack that started',
     'Mozambique\n\nAn attack on the town of Macomia that started on Friday killed at least 10 soldiers, the '
     'police said on Monday.',
     '2024-06-12', [('2024-06-07', None)]),
    ('UN, South Sudan, clashes that erupted',
     'South Sudan\n\nThe clashes, which erupted on Sunday, killed 14 people in Juba, the UN said on Wednesday.',
     '2024-06-12', [('2024-06-09', None)]),
    ('army, Mali, assault that started',
     'Mali\n\nAn assault on the army base at Kidal which started on Saturday has killed 25 soldiers, the army said '
     'on Tuesday.',
     '2024-06-12', [('2024-06-08', None)]),
    # Negatives: a campaign's beginning beside another act; a truce that began, ended by an attack.
    ('offensive that began, Ukraine',
     'Ukraine\n\nRussian forces shelled Kharkiv on Monday, in an offensive that began in May, killing five people.',
     '2024-06-12', [('2024-06-10', None)]),
    ('truce that began, Sudan',
     'Sudan\n\nFighters ended a truce that began in March by shelling the town of Kadugli on Monday, killing four '
     'civilians.',
     '2024-06-12', [('2024-06-10', None), ('2024-06-10', None)]),
]


@pytest.mark.parametrize(("name", "text", "published", "spans"), REPORTS, ids=ids(REPORTS))
def test_every_incidents_date(nlp, name, text, published, spans):
    found = told(nlp, text, published)
    assert len(found) == len(spans) and all(within(d, s) for (d, _), s in zip(found, spans, strict=True)), found
