"""Days of an incident told beside another day (rules assemble.part-on-earlier-day and
date.day-refines-month):

- "On Monday evening, rockets fell on a district of the town" after an attack told with no day
  of its own (the page's day, or only a statement's "this afternoon"): a salvo written on an
  earlier day is an earlier occasion with that day, not a round of the attack (which took the
  earlier day from it). Negatives: a round told with no day, or on the attack's own day, stays
  a part of the attack; an earlier attack recalled with its own date keeps its date.
- "In August this year, a convoy was ambushed near X on 4 August": the day inside the month
  told first is the act's. Negatives: a statement's day of another month after the act ("the
  union said on 4 September"), a report's date line.

Checked exactly: each row lists every incident and recalled event of its report, in order, with
its date and end. Every sentence here is written for these tests."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import ids, told  # noqa: E402

REPORTS = [
    # --- an earlier salvo written with its day after an attack on the page's day
    ('live blog, Mali, rockets on an earlier evening',
     'Mali\n\nFighters attacked the army camp at Gao airport before dawn with a car bomb and rockets, killing '
     'three soldiers. JNIM claimed the attack this afternoon. On Monday evening, rockets fell on the Chateau '
     'neighbourhood, killing a boy, residents said.',
     '2025-03-12', [('2025-03-12', None), ('2025-03-10', None)]),
    # negatives: a round with no day of its own; a round on the attack's own day
    ('live blog, Mali, a round with no day (negative)',
     'Mali\n\nFighters attacked the army camp at Gao airport before dawn with a car bomb and rockets, killing '
     'three soldiers. One rocket struck the fuel depot of the camp, wounding two guards.',
     '2025-03-12', [('2025-03-12', None)]),
    ('wire, Mali, a round on the attack\'s day (negative)',
     'Mali\n\nFighters attacked the army camp at Gao airport on Monday with rockets, killing three soldiers. '
     'On Monday evening, one rocket struck the fuel depot of the camp, wounding two guards.',
     '2025-03-12', [('2025-03-10', None)]),
    ('wire, Mali, a statement\'s day, then a round on an earlier evening (negative)',
     'Mali\n\nFighters attacked the army camp at Gao airport before dawn with a car bomb and rockets, killing '
     'three soldiers, the army said on Tuesday. On Monday evening, one rocket struck the fuel depot of the camp.',
     '2025-03-12', [('2025-03-10', None)]),
    ('wire, Mali, an earlier attack recalled with its date (negative)',
     'Mali\n\nFighters attacked the army camp at Gao airport before dawn with rockets, killing three soldiers. '
     'On 2 February, gunmen killed five traders at the market of Ansongo.',
     '2025-03-12', [('2025-03-12', None), ('2025-02-02', None)]),
    # --- a month, then a day inside it
    ('feature, Burkina Faso, a day inside the month told first',
     'Burkina Faso\n\nJihadists attacked the town of Djibo on Wednesday, killing 40 people. The town has been '
     'attacked before. In August, a supply convoy was ambushed near Namsiguia on 4 August, and nine '
     'drivers were killed.',
     '2024-09-16', [('2024-09-11', None), ('2024-08-04', None)]),
    ('feature, Colombia, a day inside the year told first',
     'Colombia\n\nA car bomb exploded outside the police station of Suarez on Thursday, killing two officers. '
     'In 2024, on 20 May, a motorcycle bomb outside the police station of Morales killed two officers.',
     '2026-04-17', [('2026-04-16', None), ('2024-05-20', None)]),
    # negatives: a statement's day of another month; a date line of the report
    ('feature, Burkina Faso, a statement\'s day of another month (negative)',
     'Burkina Faso\n\nIn August, a supply convoy was ambushed near Namsiguia, and nine drivers were killed, the '
     'transporters\' union said on 4 September.',
     '2024-09-16', [('2024-08', None)]),
    ('wire, Burkina Faso, a date line (negative)',
     'OUAGADOUGOU, 16 September 2024 - Jihadists attacked the town of Djibo in August, killing 40 people, '
     'officials said.',
     '2024-09-16', [('2024-08', None)]),
]


@pytest.mark.parametrize(("name", "text", "published", "spans"), REPORTS, ids=ids(REPORTS))
def test_every_incidents_date(nlp, name, text, published, spans):
    assert told(nlp, text, published) == spans
