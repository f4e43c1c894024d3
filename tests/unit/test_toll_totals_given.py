"""A toll told again as a new total after later deaths (toll_totals_given.py): "Two more died of
their wounds, and the police then gave a total of 12 dead" is the incident's toll, never the added
count alone nor the two summed; a total that leaves the attackers out keeps them on top. Negatives:
a war's toll, more dead with no total (added as before), a count of the wounded. Sentences written
for these tests; each row gives the exact (killed, wounded) of every event.
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


def test_a_total_given_after_more_deaths_is_the_toll(nlp):
    text = LEAD + ("Gunmen killed six policemen and wounded 20. Two more policemen died of their wounds in hospital "
                   "during the following week, and the police then gave a total of 9 dead.")
    assert tolls(nlp, text) == [(9, 20)]


def test_a_total_put_at_by_officials_is_the_toll(nlp):
    text = LEAD + ("Gunmen killed six policemen and wounded 20. Three of the wounded later died, and officials put "
                   "the final total at nine dead.")
    assert tolls(nlp, text) == [(9, 20)]


def test_a_total_that_leaves_the_attacker_out_keeps_him_on_top(nlp):
    text = LEAD + ("Gunmen killed six policemen, and one of the gunmen was shot dead. Two more policemen died of "
                   "their wounds, and the police then gave a total of 8 dead, excluding the attacker.")
    assert tolls(nlp, text) == [(9, None)]


def test_more_dead_with_no_total_are_added_as_before(nlp):
    text = LEAD + "Gunmen killed six policemen and wounded 20. Two more policemen died of their wounds in hospital."
    assert tolls(nlp, text) == [(8, 20)]


def test_a_war_toll_beside_later_deaths_is_no_incident_total(nlp):
    text = LEAD + ("Gunmen killed six policemen and wounded 20. Two of the wounded died in hospital, bringing the "
                   "war's toll to 3,000.")
    assert tolls(nlp, text) == [(6, 20)]


def test_a_count_of_the_wounded_is_no_total_of_the_dead(nlp):
    text = LEAD + ("Gunmen killed six policemen and wounded 20. Ten more people were hurt, which brought the number "
                   "of wounded to 40.")
    assert tolls(nlp, text) == [(6, 40)]


def test_a_total_of_another_incident_told_beside_is_not_this_ones(nlp):
    text = LEAD + ("Gunmen killed six policemen and wounded 20. The police later gave a total of 40 dead for an "
                   "earlier bombing in Bannu.")
    assert tolls(nlp, text) == [(6, 20), (40, None)]
