"""A side's claim of the incident told to a medium ("its spokesman told the group's television
that its forces had fired a rocket at soldiers in X", "said in a statement that its fighters had
attacked an army position", "told state media the air force had targeted fighters of the PDF")
is that incident told again (retellings.own_account), and the side the claim says it struck is
not the incident's doer. Beside them, rows that stay apart: the other side's strikes "hours
later" in another town, an operation marked separate, a claim of an attack on another town.

Sentences written for these tests; each row gives the exact events (kind, places, actors, killed).
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.retellings import _ARM_ACCOUNT, OWN_ACCOUNT

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2024-07-02"  # a Tuesday


def events(nlp, text):
    """(kind, places, actors, killed) of every event of `text` read as one report, in event order."""
    return event_fields(nlp, text, "kind places actors killed", PUBLISHED)


MARKET = "A rocket struck a market in the town of Kiltu on Sunday evening, killing 12 people, local officials said. "
JET = "A jet bombed a school in Kyauk Sin village on Sunday, killing nine people, residents said. "
CAMP = ("A rocket struck a camp for displaced families in the town of Kiltu on Sunday evening, killing 12 people, "
        "local officials said. Ambulances took 20 wounded to the town's hospital, a doctor said. The government "
        "blamed the rebels. ")

# The row the object branch decides: with it off, the side struck becomes the doer.
DECIDED = [
    (JET + "A spokesman for the military told state media the air force had targeted fighters of the People's "
     "Defence Force meeting in the area.",
     [("Attack", {"Kyauk Sin"}, set(), 9)]),
]

JOINED = DECIDED + [
    (MARKET + "The rebels did not mention the market, but their spokesman told the group's television that its "
     "forces had fired a rocket at \"a gathering of soldiers\" in Kiltu.",
     [("Attack", {"Kiltu"}, {"rebels"}, 12)]),
    (MARKET + "A rebel spokesman said in a statement that its fighters had attacked an army position in Kiltu.",
     [("Attack", {"Kiltu"}, {"rebels"}, 12)]),
    # the claim joins; the other side's strikes hours later in another town stay apart, their dead theirs
    (CAMP + "The rebels did not mention the camp, but a spokesman told the group's television that its forces had "
     "fired a rocket at \"a gathering of soldiers\" in Kiltu. Hours later, the army said it had carried out air "
     "strikes on rebel positions in Dembi, killing 40 fighters.",
     [("Attack", {"Kiltu"}, {"rebels"}, 12), ("Attack", {"Dembi"}, {"government forces"}, 40)]),
]

APART = [
    (MARKET + "Hours later, the army said it had carried out air strikes on rebel positions in Dembi, killing 40 "
     "fighters.",
     [("Attack", {"Kiltu"}, set(), 12), ("Attack", {"Dembi"}, {"government forces"}, 40)]),
    (MARKET + "The army told reporters its troops had killed 12 militants in a separate operation.",
     [("Attack", {"Kiltu"}, set(), 12), ("Attack", set(), {"government forces"}, 12)]),
    (MARKET + "On the same day, a rebel spokesman told reporters its fighters had attacked an army base in Dembi.",
     [("Attack", {"Kiltu"}, set(), 12), ("Attack", {"Dembi"}, {"rebels"}, None)]),
]


@pytest.mark.parametrize(("text", "expected"), JOINED + APART)
def test_claim_account_rows(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), DECIDED)
def test_object_side_is_the_doer_without_the_branch(nlp, text, expected):
    """With the branch off, the side the claim says it struck is read as the doer."""
    with R.disabled({"assemble.account-object"}):
        got = events(nlp, text)
    assert got != expected and [a for _, _, a, _ in got] == [{"People's Defence Force"}]


@pytest.mark.parametrize(("text", "expected"), [
    ("a spokesman told the group's television that its forces had fired a missile at soldiers", True),
    ("the group said in a statement that its fighters had attacked an army position", True),
    ("the ministry told reporters it had struck a command post", True),
    ("the group denied that its fighters had attacked the village", False),  # a denial
    ("residents told reporters that soldiers had fired on the crowd", False),  # no side's own account
    ("the army told reporters the rebels had attacked a convoy", False),  # another side's act
])
def test_own_account_sentences(text, expected):
    assert (OWN_ACCOUNT.search(text) is not None) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the spokesman told state media the air force had targeted a meeting of fighters", True),
    ("residents told state media the air force had bombed the school", True),  # the form; the side is judged later
    ("the spokesman told state media the rebels had targeted a convoy", False),
])
def test_arm_account_sentences(text, expected):
    assert (_ARM_ACCOUNT.search(text) is not None) is expected
