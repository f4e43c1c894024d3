"""Who did a strike, as broadcasters and wires tell it across a paragraph: a side's past account
hung on its name in a relative clause ("the government, which said at the time it had targeted
... , has not responded": relative_speakers.py, and a reply to the press that is no defender's
account: retellings.DEFENDED); a bare lead and its doerless detail in the next sentence ("X
struck <town> again. A guided bomb hit ...": bare_leads.py); a group's arm named by its ground
("the group's Mozambique branch": branch_names.py).

Sentences written for these tests. Each row gives the exact events (kind, actors, places,
killed); negative rows keep a strike without a doer, a condemnation, a detail in another town,
a detail told further on, and a state named before no branch noun.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

STRIKE = "An air strike hit the market in Hawzen on Tuesday, killing 14 people, the regional health bureau said. "
RELATIVE = [
    # the side's own account in a relative clause on its name: it did it
    (STRIKE + "The Ethiopian federal government, which said at the time it had targeted TPLF fighters, has not "
     "responded to the findings.", [("Attack", {"Ethiopia"}, {"Hawzen"}, 14)]),
    # a condemnation in the same form: the side that speaks says nothing of its own act
    (STRIKE + "The TPLF, which said the strike had killed civilians, condemned the attack.",
     [("Attack", set(), {"Hawzen"}, 14)]),
    # a strike whose doer the report does not know
    (STRIKE + "It was not clear who carried out the strike.", [("Attack", set(), {"Hawzen"}, 14)]),
    # bystanders telling what they heard
    (STRIKE + "Residents, who said they had heard jets before the blast, gathered at the church.",
     [("Attack", set(), {"Hawzen"}, 14)]),
]

LEAD = "Russian forces struck Kharkiv again on Tuesday. "
BARE_LEAD = [
    # the detail of the bare lead, in a district of its city: one incident, the lead's doer
    (LEAD + "A guided bomb hit a supermarket in the city's Saltivskyi district, killing three people, the governor "
     "said.", [("Attack", {"Russia"}, {"Kharkiv"}, 3)]),
    (LEAD + "A guided bomb hit a supermarket, killing three people, the governor said.",
     [("Attack", {"Russia"}, {"Kharkiv"}, 3)]),
    # a detail placed in another known city: another strike, its doer not told
    (LEAD + "A guided bomb hit a supermarket in Odesa, killing three people, the governor said.",
     [("Attack", {"Russia"}, {"Kharkiv"}, None), ("Attack", set(), {"Odesa"}, 3)]),
    # a detail in a town read as its province, away from the lead's: apart too
    (LEAD + "A guided bomb hit a supermarket in Sumy, killing three people, the governor said.",
     [("Attack", {"Russia"}, {"Kharkiv"}, None), ("Attack", set(), {"Sumy"}, 3)]),
    # told further on, after other matters: not the lead's detail
    (LEAD + "Rescuers worked through the night. Residents queued for water. A guided bomb hit a supermarket, "
     "killing three people, the governor said.",
     [("Attack", {"Russia"}, {"Kharkiv"}, None), ("Attack", set(), set(), 3)]),
]

RAID = "Militants attacked a police station in Mocimboa da Praia on Monday, killing four officers. "
BRANCH = [
    # the arm named by its ground speaks for its owner, not for the state of that ground
    (RAID + "The Islamic State group's Mozambique branch claimed responsibility.",
     [("Attack", {"Islamic State"}, {"Mocimboa da Praia"}, 4)]),
    # its owner only "the group's": no state as claimer either
    (RAID + "The group's Mozambique branch claimed responsibility.",
     [("Attack", {"rebels"}, {"Mocimboa da Praia"}, 4)]),
    # a government named by its country blames the group: the group, accused
    (RAID + "The Mozambique government blamed Islamic State.",
     [("Attack", {"Islamic State"}, {"Mocimboa da Praia"}, 4)]),
]


def rows(nlp, text):
    found = event_fields(nlp, "Report\n\n" + text, "kind actors places killed")
    return [(k, set(a), set(p), n) for k, a, p, n in found]


@pytest.mark.parametrize("text, expected", RELATIVE + BARE_LEAD + BRANCH)
def test_sides_across_the_paragraph(nlp, text, expected):
    assert rows(nlp, text) == expected
