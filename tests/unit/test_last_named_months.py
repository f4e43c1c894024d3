"""A month named with "last" ("The same market was shelled last June, when 40 people were
killed") is the latest such month before the publication's month (named_days.py, rule
``date.last-named-month``): a February report's "last June" is the year before's, an April
report's "last March" its own year's, an April report's "last April" the year before's.

Beside them, rows that must keep their old reading: "in March last year" (its own rule), a
dateline (the publication's day, not the incident's), a background "since 2015" (no date of the
incident), "the last attack" (no month), and a condemnation's and a funeral's day told after an
attack dated "last March".

Reports written for these tests; each row gives the exact (type, date, date end, killed) of
every event that is not an aggregate.
"""

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract


def incidents(nlp, text, published):
    """(type, date, date end, killed) of every event of `text` but aggregates, in event order."""
    x = extract(Report.from_text(text, published=published), nlp=nlp)
    return [(v.type, v.date, v.date_end, v.killed) for v in x.events if v.role != "aggregate"]


ROWS = [
    # a February report: "last June" is the June of the year before; the news keeps its weekday
    ("2024-02-10",
     "Shells struck the central market in Kirma on Thursday, killing five traders. The same market was shelled "
     "last June, when 40 people were killed.",
     [("shelling", "2024-02-08", None, 5), ("shelling", "2023-06", None, 40)]),
    # an April report: "last March" is its own year's March
    ("2024-04-20",
     "Gunmen attacked a village near Sova last March, killing 12 farmers, the governor said on Friday.",
     [("shooting", "2024-03", None, 12)]),
    # the publication's own month named "last": a year back
    ("2024-04-20",
     "Gunmen attacked a village near Sova last April, killing 12 farmers, the governor said on Friday.",
     [("shooting", "2023-04", None, 12)]),
    # negative: "in March last year" is read by its own rule, as before
    ("2024-04-20",
     "Gunmen attacked a village near Sova in March last year, killing 12 farmers.",
     [("shooting", "2023-03", None, 12)]),
    # negative: a condemnation's and a funeral's day told later are not the attack's
    ("2024-04-20",
     "Gunmen attacked a village near Sova last March, killing 12 farmers. The governor condemned the attack on "
     "Monday, and the victims were buried on Tuesday.",
     [("shooting", "2024-03", None, 12)]),
    # negative: a dateline is the publication's day; "the last attack" names no month
    ("2024-04-20",
     "SOVA, April 20 (Wire) - Gunmen attacked a village near Sova on Thursday, killing 12 farmers. It was the "
     "last attack before the rains.",
     [("shooting", "2024-04-18", None, 12)]),
    # negative: a background year ("since 2015") dates no incident
    ("2024-04-20",
     "Gunmen attacked a village near Sova on Thursday, killing 12 farmers. The village has been raided often "
     "since 2015.",
     [("shooting", "2024-04-18", None, 12)]),
]


@pytest.mark.parametrize("published,text,expected", ROWS, ids=[r[1][:40] for r in ROWS])
def test_last_named_months(nlp, published, text, expected):
    assert incidents(nlp, text, published) == expected
