"""Dates counted from the incident told before by a definite noun, and a day inside a period.

A count of days after the incident told before, named by a definite noun ("A day after the
raid, militants ambushed ...", "Two days after that attack, ...", "... a day after the raid,
killing four soldiers") dates the sentence's own act that many days after the incident's day
(rule date.count-after-told, told_counts.py); before, clause_days.py read the fronted count as
the cut of an earlier act's clause and dated the new act that many days before the incident.
Negatives: the sentence's own day (the act keeps it), a bare "The ambush came a day after the
raid" (its subject is the incident told last), a count from another happening ("a day after
the funeral"), an incident told before with no day (a month).

A period and then a day inside it ("Earlier this month, on May 11, ...", "Late last month, on
27 May, ...") dates the act to the day (rule date.day-refines-period, refined_days.py).
Negatives: a day outside the period (a statement's, another act's), a period alone.

Checked as the referee checks a date: it must fall in the range the guide gives. Every sentence
and report here is written for these tests. REPORTS checks every incident and recalled event
in order."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import ids, told, within  # noqa: E402

REPORTS = [
    # --- a count of days after the incident a definite noun names
    ('wire, Mali, a day after the raid, fronted',
     'Mali\n\nSoldiers raided a camp near Kidal on Thursday, killing eight militants, the army said. A day after '
     'the raid, militants ambushed a convoy near Tessalit, killing four soldiers.',
     '2025-06-16', [('2025-06-12', None), ('2025-06-13', None)]),
    ('broadcaster, Nigeria, two days after the attack, fronted',
     'Nigeria\n\nBandits attacked the village of Kurmin Masara in Kaduna on 3 May, killing 17 villagers. Two days '
     'after the attack, gunmen abducted 40 worshippers from a church in Kajuru.',
     '2025-05-20', [('2025-05-03', None), ('2025-05-05', None)]),
    ('agency, Somalia, the day after the bombing',
     'Somalia\n\nA car bomb exploded outside a hotel in Mogadishu on Monday, killing nine people, police said. The '
     'day after the bombing, al-Shabaab fighters stormed a military base in Bulo Burti, killing six soldiers.',
     '2024-03-15', [('2024-03-11', None), ('2024-03-12', None)]),
    ('newspaper, Burkina Faso, count after the main clause',
     'Burkina Faso\n\nJihadists attacked an army post in Djibo on 9 April, killing 12 soldiers. Gunmen ambushed a '
     'convoy of traders near Arbinda three days after that attack, killing seven drivers.',
     '2024-04-30', [('2024-04-09', None), ('2024-04-12', None)]),
    ('monitor, Syria, a week after the shelling',
     'Syria\n\nGovernment forces shelled the town of Ariha on 2 March, killing five civilians, a monitor said. A '
     'week after the shelling, rebels attacked an army checkpoint near Saraqeb, killing four soldiers.',
     '2025-03-30', [('2025-03-02', None), ('2025-03-09', None)]),
    # Negatives: the sentence's own day; a bare "came"; another happening; no day told before.
    ('negative, Mali, own weekday in the sentence',
     'Mali\n\nSoldiers raided a camp near Kidal on Monday, killing eight militants. Militants ambushed a convoy '
     'near Tessalit on Thursday, three days after the raid, killing four soldiers.',
     '2025-06-20', [('2025-06-16', None), ('2025-06-19', None)]),
    ('negative, Niger, the ambush came a day after the raid',
     'Niger\n\nMilitants ambushed an army patrol near Tillaberi on Friday, killing nine soldiers. The ambush came a '
     'day after troops raided a militant camp near Ayorou, killing 14 fighters.',
     '2025-06-16', [('2025-06-13', None), ('2025-06-12', None)]),
    ('negative, Cameroon, a day after the funeral',
     'Cameroon\n\nSeparatists attacked a gendarmerie post in Bamenda on Monday, killing two gendarmes. Gunmen '
     'shot dead a teacher in Kumbo a day after the funeral.',
     '2024-03-20', [('2024-03-18', None), ('2024-03-18', None)]),
    ('negative, Nigeria, the incident told before has a month, no day',
     'Nigeria\n\nBandits killed 12 villagers in Zamfara this month, police said. Gunmen abducted 20 farmers near '
     'Gusau a day after the attack.',
     '2025-06-20', [('2025-06', None), ('2025-06', None)]),
    # --- a day inside the period told first
    ('broadcaster, Nigeria, earlier this month, on May 11',
     'Nigeria\n\nEarlier this month, on May 11, gunmen killed nine farmers in the village of Yelwata.',
     '2025-05-28', [('2025-05-11', None)]),
    ('wire, Niger, late last month, on 27 May',
     'Niger\n\nLate last month, on 27 May, militants attacked an army base near Banibangou, killing 20 soldiers.',
     '2025-06-10', [('2025-05-27', None)]),
    # Negatives: a day outside the period; a period alone.
    ('negative, Nigeria, a day outside the period',
     'Nigeria\n\nEarlier this month, gunmen killed nine farmers in Yelwata, a week after talks ended on April 20.',
     '2025-05-28', [('2025-05-01', '2025-05-28')]),
    ('negative, Nigeria, earlier this month alone',
     'Nigeria\n\nEarlier this month, gunmen killed nine farmers in the village of Yelwata.',
     '2025-05-28', [('2025-05-01', '2025-05-28')]),
]


@pytest.mark.parametrize(("name", "text", "published", "spans"), REPORTS, ids=ids(REPORTS))
def test_every_incidents_date(nlp, name, text, published, spans):
    found = told(nlp, text, published)
    assert len(found) == len(spans) and all(within(d, s) for (d, _), s in zip(found, spans, strict=True)), found
