"""A toll told again as a whole after the attackers' dead were counted (revised_totals.py):
"bringing the toll to nine" after five victims and two attackers holds the attackers. Rows that
keep the attackers on top: the later total says it does not count them, a later death told as
more dead, and a total told before the attackers. Sentences written for these tests; each row
gives the exact (killed, wounded) of every event.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2013-01-10"
LEAD = ("The 2012 Tangi checkpoint attack was an assault on a police checkpoint outside Tangi, Pakistan, on 4 "
        "October 2012. ")


def tolls(nlp, text):
    return event_fields(nlp, text, "killed wounded", published=PUBLISHED)


def test_a_later_whole_toll_holds_the_attackers_counted_before(nlp):
    text = LEAD + ("Six policemen and three attackers were killed. Twenty people were wounded. Two of the wounded "
                   "died in hospital the next day, bringing the toll to eleven.")
    assert tolls(nlp, text) == [(11, 20)]


def test_a_later_total_that_leaves_the_attackers_out_keeps_them_on_top(nlp):
    text = LEAD + ("Six policemen and three attackers were killed. Twenty people were wounded. Two of the wounded "
                   "died in hospital the next day, bringing the toll to eight, not counting the three attackers.")
    assert tolls(nlp, text) == [(11, 20)]


def test_more_dead_told_as_more_are_added_once(nlp):
    text = LEAD + ("Six policemen and three attackers were killed. Twenty people were wounded. Two more policemen "
                   "died in hospital the next day.")
    assert tolls(nlp, text) == [(11, 20)]


def test_the_first_toll_alone_counts_victims_and_attackers(nlp):
    text = LEAD + "Six policemen and three attackers were killed. Twenty people were wounded."
    assert tolls(nlp, text) == [(9, 20)]
