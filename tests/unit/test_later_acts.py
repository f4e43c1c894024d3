"""An encyclopedic article on one attack tells, under "Responsibility" or "Aftermath", what the
state did next: "police said they had killed three members of the group linked to the bombing
in a raid in X on 9 March". The sentence points back at the attack ("the bombing"), but the act
it tells is a later one, dated in its sentence days after the attack, at a place of its own, by
another side or against the attack's doers: an incident of its own with its own toll
(recalled_apart.later_act, read where an anaphoric sentence joins the incident told last and
where the assembly joins frames). Beside it, rows that must stay one incident: a toll risen
days later, a claim repeated on a later day, a condemnation given elsewhere on a later day; and
an earlier attack by another group recalled, which stays background with its own toll.

Articles written for these tests; each row gives the exact events (kind, role, date, killed,
wounded, actors, places) of the whole article.
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

FIELDS = "kind role date killed wounded actors places"

ARTICLE = ("Tarvo grain market bombing\n\n"
           "The Tarvo grain market bombing was a suicide attack on the grain market of Tarvo, a town in Velna "
           "Province, on 4 March 2021.\n\n"
           "Background\n\nThe Free Hills Front had attacked markets in the province before.\n\n"
           "Bombing\n\nA man wearing an explosive belt walked into the crowd shortly after 10 a.m. and blew himself "
           "up near the stalls.\n\n"
           "Casualties\n\nThe provincial health office said eleven people were killed and 23 wounded.\n\n"
           "Responsibility\n\nThe Free Hills Front claimed the bombing the same day. {later}\n\n"
           "Reactions\n\nThe United Nations condemned the attack.\n")

F = frozenset
BOMBING = ("Attack", "incident", "2021-03-04", 11, 23, F({"Free Hills Front"}), F({"Velna", "Tarvo"}))
ROSE = ("Attack", "incident", "2021-03-04", 14, 23, F({"Free Hills Front"}), F({"Velna", "Tarvo"}))

ROWS = [
    # a raid on the attackers' group, days later at another village: an incident of its own
    ("Police said they had killed three members of the group linked to the bombing in a raid in the village of "
     "Mesko on 9 March.",
     [BOMBING, ("Attack", "incident", "2021-03-09", 3, None, F({"Police"}), F({"Mesko"}))]),
    # an army operation against the group's commander, with its own place and day
    ("The army said its soldiers had killed the group's local commander in an operation near Pirno on 12 March.",
     [BOMBING, ("Attack", "incident", "2021-03-12", 1, None, F({"government forces"}), F({"Pirno"}))]),
    # negative: the toll rose days later (no side of its own): the bombing's toll
    ("The toll rose to 14 on 9 March when three of the wounded died in hospital in Tarvo.", [ROSE]),
    # negative: the claim repeated on a later day (the attack's own side): no act of its own
    ("The Free Hills Front repeated its claim in a statement on 9 March.", [BOMBING]),
    # negative: a condemnation given at another town on a later day
    ("The United Nations envoy condemned the bombing in a speech in Osko on 9 March.", [BOMBING]),
    # negative: an earlier attack by another group recalled stays background, with its own toll
    ("The rival Red Ridge Brigade had bombed the cattle market in Osko on 2 June 2019, killing 20 shoppers.",
     [BOMBING, ("Attack", "background", "2019-06-02", 20, None, F({"Red Ridge Brigade"}), F({"Osko"}))]),
]


@pytest.mark.parametrize("later,expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_later_act_told_after_the_attack(nlp, later, expected):
    assert event_fields(nlp, ARTICLE.format(later=later), FIELDS) == expected


def test_without_the_branch_the_raid_joins_the_bombing(nlp):
    """The rule is what keeps the raid apart: off, the raid's day and place go to the bombing."""
    with R.disabled({"assemble.later-act-by-its-day"}):
        got = event_fields(nlp, ARTICLE.format(later=ROWS[0][0]), FIELDS)
    assert got == [("Attack", "incident", "2021-03-04", None, None, F(), F({"Velna", "Tarvo"})),
                   ("Attack", "incident", "2021-03-09", 11, 23, F({"Free Hills Front", "Police"}), F({"Mesko"}))]
