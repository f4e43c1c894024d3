"""A sentence telling one act "after" or "before" another names each act's time in its own
clause: the frame whose trigger is in the "after" clause takes that clause's date, not the main
clause's (outer_clauses.py, rule ``date.outer-clause``); a capture recalled "last year" is a
calendar year like "in 2014", kept as background (ground_held.py, rule
``assemble.capture-recalled-by-year``).

Beside them, rows that must keep their old day: an "after" clause naming no date of its own
(the main clause's day is the only one told), one act told in two clauses (its first day), a
condemnation's day that is not the attack's, and a dateline (the publication's day).

Reports written for these tests, published on Monday 9 November 2015; each row gives the exact
(kind, role, date, killed) of every event.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2015-11-09"


def events(nlp, text):
    """(kind, role, date, killed) of every event of `text`, in event order."""
    x = extracted(nlp, text, PUBLISHED)
    return [(v.kind, v.role, v.date, v.killed) for v in x.events]


ROWS = [
    # the capture's own year, not the campaign's month
    ("The coalition began its campaign in March after the rebels seized Kirma in 2014.",
     [("Capture", "background", "2014", None)]),
    # "last year", the "after" clause below a purpose clause
    ("The coalition began its campaign in March to restore the government after the rebels seized Kirma last "
     "year.",
     [("Capture", "background", "2014", None)]),
    # the flight's Monday is not the attack's Sunday
    ("Residents fled Sova on Monday after gunmen attacked the village on Sunday, killing four farmers.",
     [("Attack", "incident", "2015-11-08", 4)]),
    # negative: the "after" clause names no date: the main clause's month is the only one told
    ("The coalition began its campaign in March after the rebels seized Kirma.",
     [("Capture", "incident", "2015-03", None)]),
    # negative: one act told in two clauses keeps its first day
    ("Gunmen killed five villagers in Sova on Monday after they stormed the village on Sunday night.",
     [("Attack", "incident", "2015-11-09", 5)]),
    # negative: the condemnation's Tuesday is not the attack's
    ("The governor condemned the attack on Tuesday after gunmen stormed the village of Sova on Sunday, killing "
     "four farmers.",
     [("Attack", "incident", "2015-11-08", 4)]),
    # negative: a dateline is the publication's day; the attack keeps its Saturday
    ("SOVA, Nov 9 (Wire) - Gunmen stormed the village of Sova on Saturday, killing four farmers, before troops "
     "arrived on Sunday.",
     [("Attack", "incident", "2015-11-07", 4)]),
]


@pytest.mark.parametrize("text,expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_outer_clause_dates(nlp, text, expected):
    assert events(nlp, text) == expected
