"""Dates of an act told after a count of one week in news copy (rule
date.after-clause-week-weekday):

- "The raid came barely a week after gunmen killed five herders at X last Wednesday": a weekday
  the clause after a count of one week writes is its day, the one of that weekday nearest the
  count (the count alone put the act on the main act's weekday a week before). Negatives: a
  statement's weekday after the cut ("police said on Friday"), a count of two weeks (left to
  the count), a weekday of the main clause only (the count stays).

Checked exactly: each row lists every incident and recalled event of its report, in order, with
its date and end. Every sentence here is written for these tests."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import ids, told  # noqa: E402

REPORTS = [
    # --- a weekday written after a count of one week: that weekday, nearest the count
    ('daily, Nigeria, last Wednesday a week before',
     'Nigeria\n\nBandits killed 11 villagers in Tsafe on Sunday night, residents said. The raid came barely a '
     'week after gunmen killed five herders at Kucheri village last Wednesday.',
     '2025-03-11', [('2025-03-09', None), ('2025-03-05', None)]),
    ('wire, Somalia, one week after a Thursday',
     'Somalia\n\nAl-Shabaab fighters attacked an army base in Bulo Burde on Monday, killing six soldiers. The '
     'assault came one week after a roadside bomb killed three officials near Jalalaqsi on Thursday.',
     '2024-06-12', [('2024-06-10', None), ('2024-06-06', None)]),
    # negatives: a statement's weekday after the cut, a count of two weeks
    ('daily, Nigeria, statement weekday after a week (negative)',
     'Nigeria\n\nBandits killed 11 villagers in Tsafe on Sunday night, residents said. The raid came a week '
     'after gunmen killed five herders at Kucheri village, police said on Friday.',
     '2025-03-11', [('2025-03-09', None), ('2025-03-02', None)]),
    ('daily, Nigeria, two weeks with a weekday (negative)',
     'Nigeria\n\nBandits killed 11 villagers in Tsafe on Sunday night, residents said. The raid came two weeks '
     'after gunmen killed five herders at Kucheri village on Wednesday.',
     '2025-03-11', [('2025-03-09', None), ('2025-02-23', None)]),
    ('broadcaster, Burkina Faso, weekday of the main clause only (negative)',
     'Burkina Faso\n\nJihadists killed 20 soldiers in an ambush near Djibo on Saturday, the army said. The ambush '
     'came a week after fighters attacked a convoy near Arbinda.',
     '2024-06-12', [('2024-06-08', None), ('2024-06-01', None)]),
]


@pytest.mark.parametrize(("name", "text", "published", "spans"), REPORTS, ids=ids(REPORTS))
def test_every_incidents_date(nlp, name, text, published, spans):
    assert told(nlp, text, published) == spans


def test_near_weekday_is_within_three_days_of_the_count():
    from sitgraph.loaders.extract.clause_days import near_weekday

    # counted Sunday 2025-03-02; Wednesday 2025-03-05 is three days on, 2025-02-26 four back
    assert near_weekday("2025-03-02", "2025-03-05") == "2025-03-05"
    # counted Wednesday 2024-03-06; Tuesday 2024-03-05 is a day back, not the latest Tuesday
    assert near_weekday("2024-03-06", "2024-03-12") == "2024-03-05"
    assert near_weekday("2024-03-06", "2024-03-06") == "2024-03-06"
