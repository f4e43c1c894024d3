"""Two sides' counts of one attack's dead: the struck side's whole account (its own dead and the
attackers') and the attackers' claim of the dead they inflicted are rival totals, and the
larger one stands, never their sum (toll_rivals.py tells them apart, merge_reconcile weighs
them). Beside them, rows that must keep adding or keep the larger figure as before: a claim
after a count with no attackers, another group's dead told after a count of the attackers, and
a figure told on top.

Sentences written for these tests; each row gives the exact (killed, wounded) of every event.
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-08-14"


def tolls(nlp, text):
    """(killed, wounded) of every event of `text`, in event order."""
    x = extracted(nlp, text, PUBLISHED)
    return [(v.killed, v.wounded) for v in x.events]


DEFENDERS = ("Rebels attacked the army camp in Kaya on Monday. Burkina Faso's army said troops repelled the attack, "
             "killing 26 assailants, and that three soldiers were killed. ")


@pytest.mark.parametrize(("claim", "expected"), [
    # the claim's 19 is fewer than the army's 29 (26 assailants and three soldiers)
    ("The rebels claimed the attack and said their fighters killed 19 Burkinabe soldiers.", [(29, None)]),
    # the claim's 40 is the larger total one source gives
    ("The rebels claimed the attack and said their fighters killed 40 Burkinabe soldiers.", [(40, None)]),
])
def test_the_attackers_claim_is_a_rival_total(nlp, claim, expected):
    assert tolls(nlp, DEFENDERS + claim) == expected


def test_switched_off_the_counts_add_up(nlp):
    with R.disabled({"toll.attackers-claim-rival"}):
        found = tolls(nlp, DEFENDERS + "The rebels claimed the attack and said their fighters killed 19 Burkinabe "
                                       "soldiers.")
    assert found == [(45, None)]


def test_a_claim_after_a_count_without_attackers_keeps_the_larger(nlp):
    text = ("Rebels attacked the army camp in Kaya on Monday, killing three soldiers. The rebels claimed the attack "
            "and said their fighters killed 19 soldiers.")
    assert tolls(nlp, text) == [(19, None)]


def test_other_dead_after_the_attackers_alone_add_up(nlp):
    text = ("Gunmen stormed a hotel in Mogadishu on Monday, the army said, and four attackers were killed. Nine "
            "guests were killed, police said.")
    assert tolls(nlp, text) == [(13, None)]
