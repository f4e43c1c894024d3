"""Dates of news copy, ninth table.

A year written in a "since" clause ("has been under emergency rule since clashes broke out in
August 2023", "ever since the rebels took the town in May 2019", "Since the militants first
struck in October 2017, ...") starts a period running up to the page's date: a later day told
without a year ("On 2 February, ...") keeps the year the page's date gives it, not the one the
background wrote (rule date.since-sets-no-year). Told the way wires, broadcasters, agencies and
local dailies tell them, in many wars, active and passive. Negatives: a year told as the
story's own time ("In October 2017, militants attacked ..."), "since" told after the year
("... and have held it since"), a "since" in the sentence before the year.

An act named by a noun after "N days after" ("Troops launched an offensive in Hiran on Tuesday,
two days after the al-Shabaab attack on a base in Bulo Burti") happened that many days before
the main clause's day; its trigger word, not where its places are named, tells that the noun
phrase after the cut is its (rule date.noun-after-count). Negatives: "days after" with no
count, a noun before the cut. Left (strict xfails): an act in the main clause joined with the
noun's into one frame ("started shelling northern Israel on 9 March, a day after the Israeli air
strike on a village in southern Lebanon").

A report giving no publication date apart (no front matter) takes it from a dated dateline
("KHARKIV, Ukraine, Tuesday, October 8, 2024 — ", "KHARTOUM, 21 January 2025 (SUNA) -- ") or a
title's trailing day ("Situation Report: Ituri, 3 March 2025", "Daily Operations Update | 16
April 2024"), and its weekdays and "yesterday" count from that day (filing_days.py). Negatives: a
headline telling the incident's day, a headline opening with it, a dateline without its year.

A numeric date written with dashes and a four-digit year ("14-05-2024", "7-6-2024"), as papers
in South Asia and West Africa write it, is read day first like the slashed form, month first
only when the day-first reading is impossible (rule date.numeric-dashed). Negatives: a count
range ("10-12 villagers"), a two-figure year.

Checked as the referee checks a date: it must fall in the range the guide gives. Every sentence
and report here is written for these tests. REPORTS checks every incident and recalled event in
order. Rows that still fail are strict xfails with the reason: they say what is left."""


import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import ids, left, told, within  # noqa: E402

R_JOINED = ("an act in the main clause and the act a noun names after 'a day after' are joined into one frame, "
            "dated by one of the two days")

REPORTS = [
    # --- a year in a "since" clause sets no year for the days told after it
    ('wire, Sudan, since fighting broke out',
     'Sudan\n\nThe conflict has uprooted millions since fighting broke out in the capital in April 2023. On 2 '
     'February, RSF shelling hit a market in Omdurman, killing 54 people, medics said.',
     '2025-03-10', [('2025-02-02', None)]),
    ('agency, Ethiopia, since clashes erupted, drone on a bus',
     'Ethiopia\n\nAmhara has been under a state of emergency since clashes erupted there in August 2023. On 18 '
     'January, a drone strike on a bus near Bahir Dar killed 11 passengers, witnesses said.',
     '2025-03-05', [('2025-01-18', None)]),
    ('broadcaster, Yemen, ever since, a December day in a February report',
     'Yemen\n\nThe Houthis have held Sanaa ever since they overran the city in September 2014. On 9 December, '
     'Saudi-led jets bombed a prison in Dhamar, killing 30 inmates, medics said.',
     '2025-02-14', [('2014-09', None), ('2024-12-09', None)]),
    ('local daily, DR Congo, sentence opening with Since',
     'DR Congo\n\nSince the M23 took up arms again in November 2021, the rebels have seized much of North Kivu. '
     'On 14 July, rebel shelling hit a camp near Sake, killing six displaced people.',
     '2024-09-20', [('2024-07-14', None)]),
    ('officials, Mozambique, passive',
     'Mozambique\n\nCabo Delgado has been hit by an insurgency since militants first attacked Mocimboa da Praia '
     'in October 2017. On 28 May, a health centre in Macomia was looted and burned by insurgents, officials said.',
     '2024-07-15', [('2024-05-28', None)]),
    ('monitor, Syria, since a month and year, a day with its month first',
     'Syria\n\nIdlib has been shelled almost daily since the truce collapsed in March 2020. On June 3, government '
     'artillery hit a school in Ariha, killing four children, the monitor said.',
     '2024-08-13', [('2020-03', None), ('2024-06-03', None)]),
    # Negatives: the year told as the story's own time; "since" after the year; a "since"
    # in the sentence before the year.
    ('narrative, Mozambique, the year is the story\'s',
     'Mozambique\n\nIn October 2017, militants attacked police stations in Mocimboa da Praia. On 5 December, '
     'they raided a village near Macomia, killing 12 people.',
     '2024-07-15', [('2017-10', None), ('2017-12-05', None)]),
    ('since after the year, Syria',
     'Syria\n\nIn March 2016, rebels shelled Aleppo, and the city has been divided since. On 2 April, jets '
     'bombed a market in Idlib, killing 20 people.',
     '2024-08-13', [('2016-03', None), ('2016-04-02', None)]),
    ('since in the sentence before, Syria',
     'Syria\n\nFighting has raged since the spring. In March 2016, rebels shelled Aleppo. On 2 April, jets '
     'bombed a market in Idlib, killing 20 people.',
     '2024-08-13', [('2016-03', None), ('2016-04-02', None)]),

    # --- an act named by a noun after "N days after"
    ('wire, Somalia, offensive two days after the attack',
     'Somalia\n\nTroops launched an offensive in Hiran on Tuesday, two days after the al-Shabaab attack on a base '
     'in Bulo Burti that killed 11 soldiers.',
     '2024-06-13', [('2024-06-09', None)]),
    ('broadcaster, Pakistan, arrests three days after the bombing',
     'Pakistan\n\nPolice arrested five suspects in Quetta on Monday, three days after the bombing of a mosque in '
     'Mastung that killed 50 worshippers.',
     '2024-06-12', [('2024-06-10', None), ('2024-06-07', None)]),
    ('agency, Nigeria, a day after the raid, passive',
     'Nigeria\n\nA curfew was imposed in Mangu on Sunday, a day after the raid on Kwahaslalek village in which '
     'gunmen killed 17 people.',
     '2024-06-12', [('2024-06-08', None)]),
    ('resistance media, Myanmar, four days after the air strike',
     'Myanmar\n\nHundreds of people fled Kani on Friday, four days after the junta air strike on a monastery in '
     'the township that killed nine villagers.',
     '2024-06-15', [('2024-06-14', None), ('2024-06-10', None)]),
    left(R_JOINED,
         'militia, Lebanon, shelling a day after the air strike',
         'Lebanon\n\nHezbollah militants started shelling northern Israel on 9 March, a day after the Israeli air '
         'strike on a village in southern Lebanon.',
         '2024-04-20', [('2024-03-09', None), ('2024-03-08', None)]),
    left(R_JOINED,
         'army, Mali, bombing a day after the ambush',
         'Mali\n\nThe army bombed jihadist positions near Gao on Friday, a day after the ambush on a convoy near '
         'Ansongo.',
         '2024-06-15', [('2024-06-14', None), ('2024-06-13', None)]),
    # Negatives: "days after" with no count; the noun before the cut.
    ('days after with no count, Somalia',
     'Somalia\n\nTroops launched an offensive in Hiran on Tuesday, days after the al-Shabaab attack on a base in '
     'Bulo Burti that killed 11 soldiers.',
     '2024-06-13', [('2024-06', None)]),
    ('noun before the cut, Somalia',
     'Somalia\n\nThe al-Shabaab attack on a base in Bulo Burti on Tuesday killed 14 soldiers, two days after '
     'talks in Mogadishu collapsed.',
     '2024-06-13', [('2024-06-11', None)]),

    # --- a numeric date written with dashes and a four-digit year: day first, like the slashed form
    ('local daily, Pakistan, dashed date',
     'Pakistan\n\nTerrorists attacked a police post in Lakki Marwat on 14-05-2024, martyring three policemen, '
     'police said.',
     '2024-05-20', [('2024-05-14', None)]),
    ('local daily, India, dashed date with one-figure day and month',
     'India\n\nMilitants ambushed an Assam Rifles convoy in Chandel district on 7-6-2024, wounding four '
     'soldiers, officials said.',
     '2024-06-12', [('2024-06-07', None)]),
    ('wire, Nigeria, dashed date in a passive sentence',
     'Nigeria\n\nTwenty worshippers were abducted from a church in Kajuru by bandits on 03-06-2024, residents '
     'said.',
     '2024-06-10', [('2024-06-03', None)]),
    ('US-style dashed date, Colombia, only month first possible',
     'Colombia\n\nA car bomb exploded outside a police station in Jamundi on 06-25-2024, wounding five officers.',
     '2024-06-28', [('2024-06-25', None)]),
    # Negatives: a count range with a dash; a two-figure year.
    ('count range with a dash, Nigeria',
     'Nigeria\n\nGunmen killed 10-12 villagers in Kano on Monday, police said.',
     '2024-06-12', [('2024-06-10', None)]),
    ('two-figure year, Pakistan',
     'Pakistan\n\nTerrorists attacked a police post in Lakki Marwat on Saturday, 18-05-24 by the post log, '
     'martyring three policemen.',
     '2024-05-20', [('2024-05-18', None)]),

    # --- no publication date given apart: a dated dateline or a title's trailing day gives it
    ('UN bulletin, DR Congo, title with comma and day',
     'Situation Report: Ituri, 3 March 2025\n\nCODECO fighters attacked a displacement site near Djugu on '
     'Saturday, killing 12 people, humanitarian sources said.',
     None, [('2025-03-01', None)]),
    ('wire, Ukraine, dateline with weekday and US-style day',
     'Strike on Kharkiv\n\nKHARKIV, Ukraine, Tuesday, October 8, 2024 — A Russian glide bomb hit an apartment '
     'block in Kharkiv yesterday, killing three residents, the governor said.',
     None, [('2024-10-07', None)]),
    ('agency, Sudan, dateline with agency, Sunday',
     'Sudan strike\n\nKHARTOUM, 21 January 2025 (SUNA) -- An RSF drone hit a market in Omdurman on Sunday, '
     'killing 19 people, the health ministry said.',
     None, [('2025-01-19', None)]),
    ('press office, Pakistan, title with a bar',
     'Daily Operations Update | 16 April 2024\n\nTerrorists attacked a check post in Bannu last night, '
     'martyring two soldiers.',
     None, [('2024-04-15', '2024-04-16')]),
    # Negatives: a day told in the headline's sentence is the incident's; a dateline with no year
    # gives no publication day (the weekday has nothing to count from).
    ('headline telling the incident day, Mali',
     'Jihadists killed nine soldiers near Tessit on 10 June 2024 in a night raid\n\nThe army said the raid on '
     'the post lasted two hours.',
     None, [('2024-06-10', None)]),
    ('headline opening with the day, Somalia',
     'Somalia: 4 May 2024 bombing in Afgoye killed nine, police say\n\nA car bomb exploded near a checkpoint in '
     'Afgoye, police said.',
     None, [('2024-05-04', None)]),
]


@pytest.mark.parametrize(("name", "text", "published", "spans"), REPORTS, ids=ids(REPORTS))
def test_every_incidents_date(nlp, name, text, published, spans):
    found = told(nlp, text, published)
    assert len(found) == len(spans) and all(within(d, s) for (d, _), s in zip(found, spans, strict=True)), found


def test_a_dateline_without_its_year_gives_no_publication_day(nlp):
    # "KANO, June 12 (Reuters) - ": the year is what the page would give; none is known
    text = 'Nigeria\n\nKANO, June 12 (Reuters) - Gunmen killed 14 farmers in Katsina on Tuesday, police said.'
    assert told(nlp, text, None) == [(None, None)]
