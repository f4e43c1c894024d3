"""A second source's count after "put the dead at N", its noun left out: "the government put
the dead at 17; local chiefs who buried the bodies counted 28" (toll.put-at). The larger figure
is the toll (the guide: the largest figure given for the incident). Negative rows: a count of
something else after the semicolon, and the first source's figure alone.

Every sentence is written for these tests (at real places); none is taken from a report. Each
row: a text and the (killed, wounded) of each incident or background event.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import tolls  # noqa: E402

LEAD = "The 1999 Kuito market bombing was a bombing at the central market of Kuito, Angola, on 4 March 1999. "

ROWS = [
    (LEAD + "The government put the dead at 17; local chiefs who buried the bodies counted 28.", [(28, None)]),
    (LEAD + "The government put the dead at 17, while the Red Cross counted 25.", [(25, None)]),
    (LEAD + "The government put the dead at 17; local chiefs counted 28 and said scores of people were wounded.",
     [(28, None)]),
    # negative: a count of something else
    (LEAD + "The government put the dead at 17; local elders counted 28 cars on the road.", [(17, None)]),
    # negative: one source alone
    (LEAD + "The government put the dead at 17.", [(17, None)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_rival_count_after_put_at(nlp, text, expected):
    assert tolls(nlp, text) == expected
