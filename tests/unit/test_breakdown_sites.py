"""A total split by place where a part's site is told with "near" or "outside" ("14 at the
weekly market in Barpeta, 10 outside the mosque in Kokrajhar and 7 near the bus stand in
Bongaigaon"): each place's part is an incident with its own toll (series_parts.AT_SITE_IN), as
with "at". Negative rows: one bombing near a bus stand (no breakdown), and a total told without
a part per place.

Every sentence is written for these tests (at real places); none is taken from a report. Each
row: a text and the (killed, wounded) of each incident or background event.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import tolls  # noqa: E402

ROWS = [
    ("Three bombs went off in three towns of Assam on 12 May 2004, killing 31 people in all: 14 at the weekly "
     "market in Barpeta, 10 at the fish market in Kokrajhar and 7 near the bus stand in Bongaigaon.",
     [(14, None), (10, None), (7, None)]),
    ("Three bombs went off in three towns of Assam on 12 May 2004, killing 31 people: 14 at the market in "
     "Barpeta, 10 outside the mosque in Kokrajhar and 7 near the bus stand in Bongaigaon.",
     [(14, None), (10, None), (7, None)]),
    # negative: one bombing near a bus stand
    ("A bomb went off near the bus stand in Bongaigaon on 12 May 2004, killing 7 people.", [(7, None)]),
    # negative: a total with no part per place
    ("Three bombs went off near bus stands in Barpeta and Kokrajhar on 12 May 2004, killing 31 people.",
     [(31, None)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_parts_told_near_or_outside_a_site(nlp, text, expected):
    assert tolls(nlp, text) == expected
