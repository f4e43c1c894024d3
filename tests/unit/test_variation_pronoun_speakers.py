"""A side's own act told by a pronoun that stands for the side speaking just before ("The army
denied bombing the market. It said its jets had struck rebel positions near Nasir"), and an
incident dated by naming another ("On the same day as the market bombing, gunmen fired on ..."),
which stays apart from the act told just before it. Every sentence here is written for these
tests.

Negative rows: the pronoun's statement telling another side's act, a pronoun standing for an
outlet (no armed side), ground taken told after a strike by another side (its claim would pass
to that strike), and a strike told again with "the strike" (one incident).

Each row: a text and, per incident (aggregates aside), the names of its perpetrators, in lower
case.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import PUBLISHED  # noqa: E402
from report_reads import extracted  # noqa: E402

MARKET = ("A warplane bombed a market in the town of Maban on Wednesday, killing nine people, residents "
          "said. ")

ROWS = [
    # the pronoun stands for the army that denied the market strike just before
    (MARKET + "The army of South Sudan denied bombing the market. It said its jets had struck rebel positions "
     "near Nasir on Tuesday.", [set(), {"south sudan"}]),
    # a group speaking as "they" of its own fighters
    ("Drones struck a village near Kutum on Monday, killing four people, residents said. The Rapid Support "
     "Forces denied the strike. They said their fighters had shelled army positions near Kabkabiya on Sunday.",
     [set(), {"rapid support forces"}]),
    # negative: the pronoun's statement tells another side's act
    (MARKET + "The army of South Sudan denied bombing the market. It said rebel fighters had struck army "
     "positions near Nasir on Tuesday.", [set(), {"rebels"}]),
    # negative: the pronoun stands for an outlet, not for the army that spoke before it
    # ("shot video" is read as a statement about the strike and joins it: it must give it no side)
    (MARKET + "The army of South Sudan denied bombing the market. A local radio station reported the strike. "
     "It said its reporters had shot video of the burned stalls in Maban.", [set()]),
    # negative: ground taken, told after another side's strike, claims nothing of that strike
    ("Last month, an Israeli air strike on a building in Tyre killed four people. The Lebanese army has "
     "deployed troops in the south, and on Tuesday it said its units had taken over a tunnel complex near "
     "Yohmor.", [{"israel"}]),
]


def perpetrators(nlp, text: str) -> list[set]:
    """The perpetrators of each incident of `text`, by lower-case name."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name.lower() for e in x.entities}
    return [{names[a] for a in v.actors} for v in x.events if v.role != "aggregate"]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_pronoun_speakers_own_acts(nlp, text, expected):
    assert perpetrators(nlp, text) == expected


SAME_DAY = [
    # dated by the market bombing: a further incident, apart from the army's strike told just before
    (MARKET + "The army said its jets had struck rebel positions near Nasir on Tuesday. On the same day as the "
     "market bombing, gunmen fired on a convoy of barges near Nasir, killing two crew members.", 3),
    # negative: "the strike" tells the army's strike again
    (MARKET + "The army said its jets had struck rebel positions near Nasir on Tuesday. The strike near Nasir "
     "killed two fighters, officials said.", 2),
]


@pytest.mark.parametrize(("text", "count"), SAME_DAY)
def test_same_day_as_keeps_apart(nlp, text, count):
    assert len(perpetrators(nlp, text)) == count
