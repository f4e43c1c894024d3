"""The wounded told by their treatment for two kinds of wounds ("52 people were treated for
gunshot and grenade wounds"): toll_phrases' treated-for reading takes a pair of wound words
joined by "and". Negative rows: treatment for shock and exhaustion, which is no wound, and a
hospital that treated the wounded named beside the count (no target, no second event).

Every sentence is written for these tests (at real places); none is taken from a report. Each
row: a text and the (killed, wounded) of each incident or background event.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import tolls  # noqa: E402

LEAD = ("The 1999 Kuito market bombing was a bombing at the central market of Kuito, Angola, on 4 March 1999. "
        "The bomb killed 12 people. ")

ROWS = [
    (LEAD + "Another 52 people were treated for gunshot and grenade wounds at a hospital in Huambo.", [(12, 52)]),
    (LEAD + "Another 30 people were treated for burns and shrapnel wounds.", [(12, 30)]),
    (LEAD + "Some 40 people were treated for shrapnel wounds.", [(12, 40)]),
    # negative: shock and exhaustion are no wounds
    (LEAD + "Another 52 people were treated for shock and exhaustion at a hospital in Huambo.", [(12, None)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_wounded_told_by_treatment(nlp, text, expected):
    assert tolls(nlp, text) == expected
