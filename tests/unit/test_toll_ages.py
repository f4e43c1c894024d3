"""An age written after one person and "of" ("a man of 64", "a woman of seventy") is no count of
the dead (toll_masks.mask_ages). Beside it, rows whose figure after "of" does count people: a
family of five, a total of 14, and an age written the usual way ("a 70-year-old woman").

Sentences written for these tests; each row gives the exact (killed, wounded) of every event.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

ROWS = [
    ("Shelling hit Kupiansk overnight. In Kupiansk a man of 64 was killed in his garden and two neighbours "
     "were wounded, the governor said.", [(1, 2)]),
    ("A drone struck a house in Bilozerka on Monday; a woman of seventy was killed, police said.", [(1, None)]),
    ("A drone struck a house in Bilozerka on Monday, killing a 70-year-old woman, police said.", [(1, None)]),
    # a figure after "of" that counts people stays a count
    ("Shelling hit Kupiansk overnight. In Kupiansk a family of five was killed in their home, the governor "
     "said.", [(5, None)]),
    ("Shelling hit Kupiansk overnight, killing a total of 14 people, the governor said.", [(14, None)]),
]


@pytest.mark.parametrize(("text", "tolls"), ROWS, ids=range(len(ROWS)))
def test_an_age_after_of_is_no_count(nlp, text, tolls):
    x = extracted(nlp, text, "2024-03-12")
    assert [(v.killed, v.wounded) for v in x.events] == tolls
