"""Dates of broadcaster copy: counts of days after the story's attack.

Two classes of "N days after" (rules date.came-after-incident and date.after-clause-own-weekday):

- "The attack came (comes) N days after militants seized X": a main clause that is only its
  subject and "came" writes no day; the earlier incident is counted back from the day of the
  incident told last, not from a day lent since by a toll update ("By Wednesday the army had put
  the toll at 16") or a late statement. Negatives: a main clause with an act and day of its own
  (counted from that day), a count to talks (no incident after the cut), "came as" (no count).
- "..., two days after a bomber struck a wedding in Gwoza on Saturday evening": a weekday the
  clause after a count of days writes is its day, even where the count, loosely written, points
  elsewhere, and "days after" then gives the day, not only the month. Negatives: a statement's
  weekday after the cut ("the group said on Wednesday"), a count of weeks (the latest such
  weekday is not the one meant), a weekday falling after the main clause's day (the count stays).

A third class (rule date.headline-from-lead): a headline's incident the extraction leaves apart
from the body's lead (a place or side named only in the headline) takes the lead's day, not the
page's date. Negatives: a headline writing its own day, a lead with no day, a lead of another
kind (a capture headline over an attack lead).

Checked as the referee checks a date: it must fall in the range the guide gives. Every sentence
and report here is written for these tests, across wars, outlets, tenses and voices; REPORTS
checks every incident and recalled event in order."""


import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import ids, told, within  # noqa: E402

REPORTS = [
    # --- "The attack came N days after ...": counted from the incident told last
    ('wire, Somalia, toll updated by a weekday',
     'Somalia\n\nA suicide bomber rammed a truck into an army base near Jowhar on Monday, killing 11 soldiers, '
     'officers said. By Wednesday the army had put the death toll at 16, with 20 soldiers wounded. The '
     'attack came a day after '
     'al-Shabaab fighters seized the town of Adan Yabaal.',
     '2024-03-14', [('2024-03-11', None), ('2024-03-10', None)]),
    ('broadcaster, Mali, toll rose a day later',
     'Mali\n\nJihadists attacked a convoy escorted by the army near Gao on Tuesday, killing 25 civilians, local '
     'officials said. By Wednesday the toll had risen to 32, with 40 people wounded, a hospital source '
     'said. The ambush came two days after '
     'fighters of the Islamic State Sahel Province burned the village of Tassiga.',
     '2025-02-20', [('2025-02-18', None), ('2025-02-16', None)]),
    ('agency, Pakistan, present tense, toll raised late',
     'Pakistan\n\nA bomb tore through a police van in Quetta on Tuesday, killing six officers, police said. '
     'Late on Wednesday the provincial government put the toll at nine, with 15 officers injured. The '
     'bombing comes three days after '
     'militants stormed a checkpoint in the Zhob district.',
     '2023-08-10', [('2023-08-08', None), ('2023-08-05', None)]),
    ('local daily, Nigeria, "it came", passive toll',
     'Nigeria\n\nBandits raided the village of Kauran Namoda on Monday, killing 14 villagers, residents said. '
     'By Wednesday the toll had reached 19, with 23 people wounded. It came a day after gunmen killed nine farmers '
     'in the Maru area of Zamfara.',
     '2024-10-31', [('2024-10-28', None), ('2024-10-27', None)]),
    ('monitor, Sudan, the attack named by its means',
     'Sudan\n\nRSF drones struck a fuel depot in Port Sudan on Sunday, killing three workers, the army said. '
     'By Tuesday the death toll had risen to seven, with 11 workers injured. The drone attack came a day '
     'after RSF artillery shelled '
     'the main market in El Obeid, killing 14 people.',
     '2025-05-08', [('2025-05-04', None), ('2025-05-03', None)]),
    # negatives: a main clause with its own act and day; no incident after the cut; no count
    ('wire, Somalia, main clause with its own day (negative)',
     'Somalia\n\nA suicide bomber rammed a truck into an army base near Jowhar on Monday, killing 11 soldiers, '
     'officers said. By Wednesday the army had put the death toll at 16. Government troops retook the town '
     'of Adan Yabaal on Wednesday, a day after the militants seized the town of Bulo Burti.',
     '2024-03-14', [('2024-03-11', None), ('2024-03-13', None), ('2024-03-12', None)]),
    ('broadcaster, Afghanistan, a count to talks (negative)',
     'Afghanistan\n\nA suicide bomber struck a mosque in Kunduz on Friday, killing 20 worshippers, the Taliban '
     'said. By Monday the toll had reached 27. The attack came a day after talks in Doha ended.',
     '2023-08-10', [('2023-08-04', None)]),
    ('agency, Cameroon, came as (negative)',
     'Cameroon\n\nSeparatist fighters ambushed an army patrol near Bamenda on Saturday, killing four soldiers, '
     'the army said. By Tuesday one more soldier had died in hospital. The attack came as the army prepared '
     'an offensive in the North-West region.',
     '2024-10-31', [('2024-10-26', None)]),
    # --- a weekday written after a count of days is the earlier incident's day
    ('wire, Nigeria, weekday against a loose count',
     'Nigeria\n\nIslamic State fighters overran an army post near Monguno late Wednesday, killing seven soldiers, '
     'security sources said. The assault came two days after a suicide bomber blew herself up at a wedding '
     'in Gwoza on Saturday evening.',
     '2024-07-04', [('2024-07-03', '2024-07-04'), ('2024-07-03', '2024-07-04'), ('2024-06-29', None)]),
    ('broadcaster, Philippines, weekday against the count',
     'Philippines\n\nA bomb exploded at a bus terminal in Cotabato City on Monday morning, killing six people, '
     'police said. The blast came two days after suspected New People\'s Army rebels ambushed an army truck '
     'on the island of Negros on Friday.',
     '2025-02-20', [('2025-02-17', None), ('2025-02-14', None)]),
    ('agency, Ukraine, "days after" with a weekday',
     'Ukraine\n\nA Russian missile struck an apartment block in Dnipro on Wednesday, killing eight residents, '
     'the governor said. The strike came days after a drone attack on a power plant in Sumy on Sunday '
     'killed two workers.',
     '2025-11-27', [('2025-11-26', None), ('2025-11-23', None)]),
    ('local radio, Haiti, weekday agreeing with the count',
     'Haiti\n\nGang members set fire to a police station in Mirebalais late Sunday, killing three officers, '
     'police said. The assault came a day after a drone strike on a house in Croix-des-Bouquets on Saturday '
     'killed two gang leaders.',
     '2024-10-31', [('2024-10-27', '2024-10-28'), ('2024-10-26', None)]),
    # negatives: a statement's weekday, a count of weeks, a weekday after the main clause's day
    ('monitor, Myanmar, statement weekday after the cut (negative)',
     'Myanmar\n\nJunta jets bombed a monastery in Sagaing on Tuesday, killing nine villagers, a resistance '
     'group said. The air strike came two days after resistance fighters seized the town of Kawlin, the group '
     'said on Wednesday.',
     '2024-03-14', [('2024-03-12', None), ('2024-03-10', None)]),
    ('wire, Syria, a count of weeks (negative)',
     'Syria\n\nTurkish drones struck a fuel depot near Qamishli on Wednesday, killing four workers, the SDF said. '
     'The strike came a week after Kurdish fighters attacked a Turkish post near Afrin on Tuesday.',
     '2024-03-14', [('2024-03-13', None), ('2024-03-05', '2024-03-06')]),
    ('broadcaster, DR Congo, weekday after the main day (negative)',
     'Congo\n\nADF rebels attacked a school in Mpondwe on Friday night, killing 41 people, the army said. '
     'The massacre came two days after militiamen raided a camp for displaced people near Bunia on Wednesday, '
     'killing 12.',
     '2023-06-22', [('2023-06-16', '2023-06-17'), ('2023-06-14', None)]),
    # --- a headline's incident left apart from the body's lead: the lead's day, not the page's
    ('broadcaster, Niger, country label, lead apart',
     'Niger: At least 15 soldiers killed in attack near Burkina border\n\nIslamic State fighters on motorbikes '
     'attacked an army post at Petelkole on Tuesday, killing 15 soldiers, the defence ministry said.',
     '2024-03-14', [('2024-03-12', None), ('2024-03-12', None)]),
    # "Haiti gangs": Haiti is where the gangs are, no side parting the headline from its lead
    # (actor.headline-country-premodifier): one incident, the lead's day
    ('wire, Haiti, no label, late Sunday',
     'Haiti gangs torch police station, kill nine\n\nGunmen from the Viv Ansanm coalition stormed the town of '
     'Mirebalais late Sunday, setting fire to the police station and killing nine people, officials said.',
     '2024-10-31', [('2024-10-27', '2024-10-28')]),
    ('agency, India, state label, passive headline',
     "India: Two killed in firing in Manipur's Bishnupur\n\nSuspected militants opened fire on village "
     'volunteers at Phougakchao Ikhai in Bishnupur district on Saturday morning, killing two, police said.',
     '2023-06-22', [('2023-06-17', None), ('2023-06-17', None)]),
    ('broadcaster, Gaza, headline joined to its lead',
     'Gaza: Israeli strike on school shelter kills 14, civil defence says\n\nAn Israeli air strike hit a school '
     'sheltering displaced families in the Zeitoun neighbourhood of Gaza City on Wednesday, killing 14 people.',
     '2025-11-27', [('2025-11-26', None)]),
    ('local radio, DR Congo, overnight lead',
     'DR Congo: rebels kill 30 villagers in Ituri\n\nCODECO militiamen raided the village of Djaiba overnight, '
     'killing 30 people sheltering in a camp, a local official said on Thursday.',
     '2025-02-20', [('2025-02-19', '2025-02-20')]),
    # negatives: a headline with its own day, a lead with no day, a lead of another kind
    ('wire, Somalia, headline with its own day (negative)',
     'Somalia: Car bomb kills 10 in Mogadishu on Friday\n\nA car bomb exploded near a busy junction in '
     'Mogadishu on Friday, killing 10 people, police said.',
     '2024-07-04', [('2024-06-28', None)]),
    ('broadcaster, Mali, lead with no day (negative)',
     'Mali: Jihadists kill 12 villagers near Mopti\n\nGunmen killed 12 villagers near Mopti, local officials '
     'said.',
     '2024-07-04', [('2024-07-04', None)]),
    ('agency, Sudan, a capture over an attack lead (negative)',
     'Sudan: RSF seizes town in North Kordofan\n\nRSF fighters shelled the town of Bara on Monday, killing '
     'eight civilians, residents said.',
     '2025-05-08', [('2025-05-08', None), ('2025-05-05', None)]),
]


@pytest.mark.parametrize(("name", "text", "published", "spans"), REPORTS, ids=ids(REPORTS))
def test_every_incidents_date(nlp, name, text, published, spans):
    found = told(nlp, text, published)
    assert len(found) == len(spans) and all(within(d, s) for (d, _), s in zip(found, spans, strict=True)), found
