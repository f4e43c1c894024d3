"""Dates of news copy, eleventh table: two constructions that gave a found incident a wrong day.

A superlative ranking the incident in the running period ("The attack was the deadliest in the
province this year", "the worst on the region's oil industry so far this year", "the bloodiest
day for the army this month") names the stretch the ranking covers, not the incident's time
(rule date.superlative-period): read as a date it gave a year alone to the frame restating the
incident and lent that year on to the next incident told without a day ("Hours later, ...").
Negatives: a period told of the incident itself ("Earlier this month, ..."), a comparison by
"since" with its own "when" clause, an incident that gives its own weekday after the ranking.

A count of nights, evenings or mornings ("Two nights later they killed 11 people at X",
"Three nights earlier, ...") dates the incident that many days from the one told before (rule
date.counted-nights). Negatives: a count from another happening ("two nights after the
funeral"), "nights later" without a number.

Left (strict xfail): a count of nights after the incident's own noun ("Two nights after the
attack, they killed 11 people at X") joins the second raid to the first.

Checked as the referee checks a date: it must fall in the range the guide gives. Every sentence
and report here is written for these tests. REPORTS checks every incident and recalled event in
order."""


import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import ids, left, told, within  # noqa: E402

R_NOUN = ("a count of nights after the incident's noun ('two nights after the attack, they killed ...') is read as "
          "more of that incident: the second raid is joined to the first")

REPORTS = [
    # --- a superlative's running period: no date of the incident, none lent on
    ('wire, Colombia, deadliest this year, hours later',
     'Colombia\n\nA car bomb exploded outside a police station in Jamundi on Thursday, killing two officers, '
     'police said. The governor blamed dissident rebels. The attack was the deadliest in Valle del Cauca this '
     'year. Hours later, a drone dropped explosives on an army post in Argelia, wounding three soldiers.',
     '2026-04-17', [('2026-04-16', None), ('2026-04-16', None)]),
    ('broadcaster, Pakistan, worst so far this year, the same day',
     'Pakistan\n\nMilitants stormed a police station in Dera Ismail Khan early on Monday, killing six '
     'policemen, officials said. The assault was the worst on the police in the province so far this year. '
     'The same day, a roadside bomb hit a van in North Waziristan, killing two soldiers.',
     '2025-03-19', [('2025-03-17', None), ('2025-03-17', None)]),
    ('agency, Mali, bloodiest this month, passive',
     'Mali\n\nAn army convoy was ambushed near Boni on Saturday, leaving nine soldiers dead, security '
     'sources said. JNIM claimed the ambush. It was the bloodiest attack on the army this month. Later '
     'that day, a bus was hit by a mine near Douentza, killing five passengers.',
     '2024-09-10', [('2024-09-07', None), ('2024-09-07', None)]),
    ('newspaper, Nigeria, deadliest of the year',
     'Nigeria\n\nBandits raided the village of Kurmin Masara in Kaduna on Tuesday night, killing 23 '
     'villagers, police said. The raid was the deadliest in the state of the year. Shortly afterwards, '
     'gunmen abducted 12 travellers on the Abuja-Kaduna highway.',
     '2024-11-28', [('2024-11-26', '2024-11-27'), ('2024-11-26', '2024-11-27')]),
    ('monitor, Ukraine, largest this year, restated alone',
     'Ukraine\n\nRussian missiles struck an energy plant in Burshtyn on Sunday, wounding four workers, the '
     'regional governor said. Ukraine\'s air force said it shot down most of the missiles. The strike was the '
     'largest on the region\'s power grid this year.',
     '2025-01-14', [('2025-01-12', None)]),
    ('wire, Iraq, most serious this year, separately',
     'Iraq\n\nTwo drones hit a gas field in Sulaimaniya late on Friday, killing two engineers, the interior '
     'ministry said. The attack on the field was the most serious on the region\'s energy sector this year. '
     'Minutes later, a rocket landed near a checkpoint in Kirkuk, wounding a policeman.',
     '2025-07-07', [('2025-07-04', None), ('2025-07-04', None)]),
    # Negatives: a period told of the incident; a "since ... when" comparison; an own weekday after.
    ('negative, DR Congo, earlier this month told of the incident',
     'DR Congo\n\nEarlier this month, ADF rebels attacked a church near Komanda, killing 38 worshippers, the '
     'army said.',
     '2025-08-21', [('2025-08-01', '2025-08-21')]),
    ('negative, Somalia, since July when',
     'Somalia\n\nA suicide bomber killed 14 people at a café in Mogadishu on Friday, police said. It was the '
     'deadliest attack in the capital since July, when gunmen stormed a hotel, killing nine guests.',
     '2024-10-14', [('2024-10-11', None), ('2024-07', None)]),
    ('negative, Sudan, own weekday after the ranking',
     'Sudan\n\nRSF drones struck a power station in Atbara on Monday, killing four workers, the army said. The '
     'strike was the heaviest on the city this year. On Wednesday, shelling hit a market in El Obeid, killing '
     'seven people.',
     '2025-02-14', [('2025-02-10', None), ('2025-02-12', None)]),
    # --- a count of nights, evenings or mornings from the incident told before
    ('encyclopedic, Uganda, two nights later',
     'Ugandan rebel raids\n\nRebels attacked the village of Kasindi on 14 November, killing eight people. Two '
     'nights later they killed 11 people at Bubare and burned 30 houses.',
     '2023-04-05', [('2022-11-14', None), ('2022-11-16', '2022-11-17')]),
    ('broadcaster, Burkina Faso, three nights later, passive',
     'Burkina Faso\n\nJihadists attacked the army post in Sebba on Monday, killing seven soldiers, security '
     'sources said. Three nights later, the village of Solhan was raided by gunmen, who killed 14 volunteers.',
     '2025-05-30', [('2025-05-26', None), ('2025-05-29', '2025-05-30')]),
    ('wire, Myanmar, two nights earlier',
     'Myanmar\n\nJunta aircraft bombed a school in Sagaing on Thursday, killing six children, a local group '
     'said. Two nights earlier, troops had shelled the village of Tabayin, killing three farmers.',
     '2024-02-10', [('2024-02-08', None), ('2024-02-06', '2024-02-07')]),
    ('local daily, Cameroon, two evenings later',
     'Cameroon\n\nSeparatist fighters attacked a gendarmerie post in Bamenda on 3 March, killing two '
     'gendarmes, officials said. Two evenings later, gunmen shot dead a teacher in Kumbo.',
     '2024-03-20', [('2024-03-03', None), ('2024-03-05', None)]),
    ('agency, DR Congo, four nights later',
     'DR Congo\n\nCODECO militiamen attacked a camp for displaced people near Djugu on Saturday, killing 21 '
     'people. Four nights later, they raided the village of Largu, killing nine.',
     '2025-06-20', [('2025-06-14', None), ('2025-06-18', '2025-06-19')]),
    ('newspaper, India, a night later',
     'India\n\nGunmen set fire to houses in the village of Jiribam on 9 June, killing four people, police said. '
     'A night later, militants attacked a police post in Moreh, wounding two constables.',
     '2024-06-25', [('2024-06-09', None), ('2024-06-10', '2024-06-11')]),
    # Negatives: counted from another happening; no number.
    ('negative, Uganda, two nights after the funeral',
     'Uganda\n\nRebels attacked the village of Kasindi on Monday, killing eight people. Two nights after the '
     'funeral, they killed 11 people at Bubare.',
     '2023-11-16', [('2023-11-13', None), ('2023-11-13', None)]),
    ('negative, Nigeria, nights later with no number',
     'Nigeria\n\nBandits raided the village of Dansadau on Monday, killing nine people. Nights later, gunmen '
     'abducted 20 farmers near Maru.',
     '2024-10-18', [('2024-10-14', None), ('2024-10-14', None)]),
    # --- left: a count of nights from the incident named by its noun
    left(R_NOUN,
         'encyclopedic, Uganda, two nights after the attack',
         'Uganda\n\nRebels attacked the village of Kasindi on Monday, killing eight people. Two nights after the '
         'attack, they killed 11 people at Bubare.',
         '2023-11-16', [('2023-11-13', None), ('2023-11-15', '2023-11-16')]),
]


@pytest.mark.parametrize(("name", "text", "published", "spans"), REPORTS, ids=ids(REPORTS))
def test_every_incidents_date(nlp, name, text, published, spans):
    found = told(nlp, text, published)
    assert len(found) == len(spans) and all(within(d, s) for (d, _), s in zip(found, spans, strict=True)), found
