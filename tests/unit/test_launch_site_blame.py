"""A blame that gives its reason by where the munitions came from ("X blamed the army, saying the
shells had been fired from government positions near the village of Y") retells the strike told
before it, even when its frame got the generic civilians as the struck side: the strike's doer is
the side blamed, Y is no place of it, no second event (launch_sites.py,
assemble.launch-site-generic-struck). Beside it, rows that must stay apart: the same sentence with
a toll of its own, an earlier strike on the town recalled, a condemnation and a
cumulative toll.

Sentences written for these tests; each row gives the exact events (kind, role, actors, places,
targets, date, killed, wounded).
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

FIELDS = "kind role actors places targets date killed wounded"
F = frozenset

SHELLED = ("Four civilians were killed when artillery shells hit a bus stop in the Nikitovsky district of Horlivka on "
           "Monday morning, separatist officials said. ")
BLAME = ("The self-proclaimed Luhansk People's Republic blamed the Ukrainian army, saying the shells had been fired "
         "from government positions near the village of Zaitseve")
STRIKE = ("Attack", "incident", F({"Ukraine"}), F({"Nikitovsky", "Horlivka"}), F({"civilians"}), "2024-06-10", 4, None)


def rows(nlp, text):
    return event_fields(nlp, text, FIELDS)


def test_the_blames_launch_site_retells_the_strike_and_names_its_doer(nlp):
    assert rows(nlp, SHELLED + BLAME + ".") == [STRIKE]


def test_a_launch_site_sentence_with_its_own_dead_is_a_strike_of_its_own(nlp):
    assert rows(nlp, SHELLED + BLAME + " and had also killed two shepherds there.") == [
        ("Attack", "incident", F(), F({"Nikitovsky", "Horlivka"}), F({"civilians"}), "2024-06-10", 4, None),
        ("Attack", "incident", F({"Ukraine"}), F({"Zaitseve"}), F({"civilians"}), "2024-06-10", 2, None),
    ]


def test_an_earlier_strike_recalled_a_condemnation_and_a_cumulative_toll_stay_apart(nlp):
    text = SHELLED + BLAME + (". In May, shelling killed two people in a market in Horlivka. The United Nations "
                              "condemned the attack. More than 3,000 civilians have been killed in the region since "
                              "2014, the UN says.")
    assert rows(nlp, text) == [
        STRIKE,
        ("Attack", "background", F(), F({"Horlivka"}), F({"market", "civilians"}), "2024-05", 2, None),
        ("Attack", "aggregate", F(), F(), F({"civilians"}), "2014", 3000, None),
    ]


def test_without_the_rule_the_blame_is_a_second_strike_at_the_launch_site(nlp):
    with R.disabled({"assemble.launch-site-generic-struck"}):
        assert rows(nlp, SHELLED + BLAME + ".") == [
            ("Attack", "incident", F(), F({"Nikitovsky", "Horlivka"}), F({"civilians"}), "2024-06-10", 4, None),
            ("Attack", "incident", F({"Ukraine"}), F({"Zaitseve"}), F({"civilians"}), "2024-06-10", None, None),
        ]
