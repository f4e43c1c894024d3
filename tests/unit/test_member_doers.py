"""Court and police attribution and attackers named in a second verb (`claim.held-were-members`,
`claim.attackers-conjoined`).

"Prosecutors said the men were X members": the group is accused of the attack the men are tried
for, the speaker is no side. A description that names no group ("traders from Borno"), a
condemnation and the speaker give no perpetrator; a second verb with a subject of its own is not
read as the attackers'.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

COURT = ("A court in Kano on Tuesday sentenced six men to death over the bombing of a bus station in Kano in "
         "June that killed 14 people. ")
BLAST = "A bomb exploded at a market in Baidoa, Somalia, on Friday, killing seven people, police said. "
RAID = "Gunmen raided the village of Tumbu near Monguno on Sunday, killing nine fishermen. "

ROWS = [
    # The court's men are members of the group: the group is accused, the prosecutors speak.
    (COURT + "The prosecution said the men were members of Boko Haram.", [[("Boko Haram", "accused")]]),
    (COURT + "Prosecutors said the men were Boko Haram fighters.", [[("Boko Haram", "accused")]]),
    # A suspect identified as a group's fighter.
    (BLAST + "The suspect was later identified as an al-Shabaab fighter, the police chief said.",
     [[("al-Shabaab", "accused")]]),
    # A description naming no group, and a condemnation: no perpetrator.
    (COURT + "Prosecutors said the men were traders from Kano. The United States condemned the bombing.", [[]]),
    # The group is where the men were tried, not what they are.
    (COURT + "Prosecutors said the men were tried after Boko Haram denounced them.", [[]]),
    # The attackers' second verb: they belonged to the group.
    (RAID + "Survivors said the attackers came on motorcycles and belonged to Boko Haram.",
     [[("Boko Haram", "reported")]]),
    # The second verb has a subject of its own: the motorcycles, not the attackers.
    (RAID + "Survivors said the attackers came on motorcycles and the motorcycles belonged to Boko Haram.",
     [[("unknown gunmen", "reported")]]),
]


@pytest.mark.parametrize(("text", "doers"), ROWS)
def test_member_doers(nlp, text: str, doers: list[list[tuple[str, str]]]) -> None:
    x = extracted(nlp, text, "2024-09-10")
    names = {e.id: e.name for e in x.entities}
    got = [sorted((names[t.actor], t.how) for t in ev.attribution if t.how != "denied") for ev in x.events
           if ev.kind == "Attack"]
    assert got == doers
