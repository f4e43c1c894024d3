"""An act told in a "since" clause with its own dated toll is one incident, not a period's count
(since_acts.py). Beside it, rows that stay aggregates: a period's toll after a since clause
with a year, a toll since a month, and a since clause of an offensive begun in a month.

Sentences written for these tests; each row gives the exact (kind, type, killed, date) of every
event.
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-08-14"


def events(nlp, text):
    """(kind, type, killed, date) of every event of `text`, in event order."""
    x = extracted(nlp, text, PUBLISHED)
    return [(v.kind, v.type, v.killed, v.date) for v in x.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("The highway has been closed since gunmen attacked the village of Kwara on March 2, killing 14 people.",
     [("Attack", "shooting", 14, "2024-03-02")]),
    ("Schools in the district have stayed shut since rebels stormed a school in Lubero on Sunday, killing nine "
     "pupils.", [("Attack", "raid", 9, "2024-08-11")]),
])
def test_a_dated_act_in_a_since_clause_is_an_incident(nlp, text, expected):
    assert events(nlp, text) == expected


def test_switched_off_the_act_is_a_period_count(nlp):
    with R.disabled({"assemble.since-act-toll"}):
        found = events(nlp, "The highway has been closed since gunmen attacked the village of Kwara on March 2, "
                            "killing 14 people.")
    assert [(kind, typ) for kind, typ, _, _ in found] == [("Attack", "aggregate")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Since the army attacked the town in 2019, 500 people have been killed in the district.",
     [("Attack", "aggregate", 500, "2019")]),
    ("More than 300 people have been killed near Kwara since January.",
     [("Attack", "aggregate", 300, "2024-01")]),
    ("At least 1,200 people have been killed since the rebels launched their offensive in April, killing "
     "civilians in dozens of villages.", [("Attack", "aggregate", 1200, "2024-04")]),
])
def test_a_period_since_a_year_or_a_month_stays_an_aggregate(nlp, text, expected):
    assert events(nlp, text) == expected
