"""Quote-led witness and survivor stories (the fresh batch 257-264's form): a witness's kin
killed in the attack told again as a loss (kin_losses.py), the speaker's own flight in a
relative clause (kin_losses.py) and the dead counted by those who buried them (toll_burials.py).
Every text here is written for these tests; none is a report's sentence. Each row asserts the
whole set of incidents (kind, date, killed, places), with negative sentences beside it."""

import pytest
from report_reads import extracted

PUBLISHED = "2025-03-18"  # a Tuesday: "on Sunday" is 2025-03-16


def incidents(x):
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, v.date, v.killed, tuple(sorted(names[i] for i in v.places)))
            for v in x.events if v.role == "incident"]


ROWS = [
    # the kin killed in the attack are its dead told again: no second incident
    ("\"They came at dawn and shot at everyone,\" said Mariam Ouedraogo, 38, whose village of Tanwalbougou, in "
     "the Est region, was attacked on Sunday. Local officials said 14 people were killed. Her father and her two "
     "brothers were killed in front of the mosque, she said.",
     [("Attack", "2025-03-16", 14, ("Est", "Tanwalbougou"))]),
    # negative: a kin's death with its own day and place is an incident of its own
    ("Gunmen attacked the village of Tanwalbougou on Sunday, killing 14 people, officials said. Mariam's brother "
     "was killed by a roadside bomb near Fada on Saturday.",
     [("Attack", "2025-03-16", 14, ("Tanwalbougou",)), ("Attack", "2025-03-15", 1, ("Fada",))]),
    # the speaker's own flight introduces the witness: no displacement
    ("\"We ran with nothing,\" said Awa Diallo, 45, who fled the village of Boni after gunmen attacked it on "
     "Friday.",
     [("Attack", "2025-03-14", None, ("Boni",))]),
    # negative: a counted flight stays
    ("\"We ran with nothing,\" said Awa Diallo, 45. More than 3,000 people fled the village of Boni after gunmen "
     "attacked it on Friday.",
     [("Displacement", "2025-03-14", None, ("Boni",)), ("Attack", "2025-03-14", None, ("Boni",))]),
    # the dead counted by those who buried them
    ("Gunmen attacked the village of Tanwalbougou on Sunday. \"We buried 31 of our people on Monday,\" said the "
     "village chief, Issa Sawadogo.",
     [("Attack", "2025-03-16", 31, ("Tanwalbougou",))]),
    # negative: people buried under rubble and pulled out alive are no dead
    ("Gunmen attacked the village of Tanwalbougou on Sunday, killing nine people. \"Three people were buried under "
     "the rubble of the mosque but we pulled them out alive,\" said the village chief.",
     [("Attack", "2025-03-16", 9, ("Tanwalbougou",))]),
]


@pytest.mark.parametrize("text,expected", ROWS, ids=range(len(ROWS)))
def test_witness_story_incidents(nlp, text, expected):
    assert incidents(extracted(nlp, text, PUBLISHED)) == expected
