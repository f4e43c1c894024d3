"""Defenders told by a pronoun, a possessed noun or a passive's agent are the struck side,
never the attack's doer (fending_sides.py), and a side named in a speaker's description is no
antecedent of the quote's "they" (speaker_affiliations.py). Beside them, rows that must keep
their doer: a side's own attack told in the same words, an attacker named after a subject that
names no one, an attack whose doers withdrew, a clash
of two named sides, and a speaker's "they" with no description.

Sentences written for these tests; each row gives the exact events (kind, actors, targets, killed).
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"
VDP = "Volunteers for the Defence of the Homeland"


def events(nlp, text):
    """(kind, actors, targets, killed) of every event of `text` read as one report."""
    x = extracted(nlp, text, "2024-07-02")
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, {names[a] for a in v.actors}, {names[a] for a in v.targets}, v.killed) for v in x.events]


# Rows the rules decide: with them off, the defenders (or the speaker's side) are the doers.
DECIDED = [
    # a possessed subject standing for the speaker
    ("The Malian army said its soldiers had repelled an attack by JNIM fighters on a post near Boulkessi on "
     "Monday and killed 11 of the attackers.",
     [("Attack", {JNIM}, {"Mali"}, 11)]),
    # a pronoun standing for the subject before
    ("Malian soldiers guarded the post near Boulkessi. They repelled an attack by JNIM fighters on Monday, "
     "killing six of the attackers.",
     [("Attack", {JNIM}, {"Mali"}, 6)]),
    # the quote's "they" after a speaker described as a member of a side
    ("\"They came at dawn,\" said Musa Diallo, a farmer who is also a VDP member. \"They opened fire on the "
     "market in Djibo.\"",
     [("Attack", set(), {"market"}, None)]),
]

KEPT = [
    # the side's own attack told in the same words: its doer stays
    ("The Malian army said its soldiers had attacked a JNIM camp near Boulkessi on Monday and killed 11 fighters.",
     [("Attack", {"Mali"}, {"JNIM camp"}, 11)]),
    # the attackers killed by the defenders: one incident, no doer named, the defenders struck
    ("Malian soldiers repelled an attack on their base near Boulkessi on Monday and killed five militants.",
     [("Attack", set(), {"Mali", "base", "rebels"}, 5)]),
    # a passive's agent fending off; the attackers named before keep the act
    ("JNIM fighters attacked an army post near Boulkessi on Monday. The assault was repulsed by Malian troops "
     "after two hours, the army said.",
     [("Attack", {JNIM}, {"Mali", "army post"}, None)]),
    # a side named after a subject that names no one ("an assault by gunmen") is the attacker
    ("A suicide bomber rammed a car into a military convoy near Kalat on Sunday. The army said the convoy's escort "
     "had repulsed a follow-up assault by BLA gunmen, killing three of them.",
     [("Attack", {"Balochistan Liberation Army"}, set(), 3)]),
    # a side that attacked and then withdrew keeps its doer
    ("JNIM fighters attacked an army post near Boulkessi on Monday and withdrew after two hours of fighting.",
     [("Attack", {JNIM}, {"army post"}, None)]),
    # a clash of two named sides: neither is read as fending off
    ("Malian troops clashed with JNIM fighters near Boulkessi on Monday, killing ten.",
     [("Attack", {"Mali"}, {JNIM}, 10)]),
    # a "they" after a subject that is the side itself
    ("VDP volunteers entered the market in Djibo on Monday. They opened fire on the traders.",
     [("Attack", {VDP}, {"civilians"}, None)]),
    # a condemnation recalling an attack repelled: no event
    ("The governor condemned the attack on the post near Boulkessi, which the army said its soldiers had repelled "
     "on Monday.", []),
]


@pytest.mark.parametrize("text,expected", DECIDED + KEPT)
def test_rows(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", DECIDED)
def test_rows_turn_without_the_rules(nlp, text, expected):
    """With the rules off, the decided rows blame the defenders or the speaker's side."""
    with R.disabled({"actor.fending-pronoun", "actor.speaker-affiliation"}):
        assert events(nlp, text) != expected
