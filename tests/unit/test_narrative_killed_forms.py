"""Tolls of encyclopedic and database narratives of one attack, in four forms the toll readers
misread, all read now:

- a singular subject that does the killing to a bare plural ("the gunman killed worshippers",
  "entered the village and killed residents"): no victim of its own, no figure
  (toll.singular-killer, singular_killers.py);
- the object moved behind "to death" ("shot and hacked to death 14 residents"): the count of the
  dead (toll_phrases.ACTIVE_KILL);
- a group's record in a clause beside the incident ("X, which has killed 300 civilians since
  2012, claimed the attack"): no figure of the incident (toll.record-clause, record_clauses.py);
- a possessed person inside a list of victims ("a police officer, his wife and their three
  children"): one more (toll.possessed-one-listed).

Negative rows: a singular victim of a passive, a named victim, a lone victim who "died days
later", the count before "to death", the incident's own clause with "which has killed", a
hospital's count "since the attack", a speaker after the list, and an earlier attack recalled
with its toll. Every sentence is written for these tests (invented places and groups).
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.numbers import find_casualties

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import tolls  # noqa: E402

LEAD = "The 2017 Garba wedding bombing was a suicide bombing at a wedding hall in Garba, Nigeria, on 14 March 2017. "
RAID = "Attack on Lomo camp (2 March 2023)\n\n"

# (sentence, killed, wounded) read from one sentence.
SENTENCES = [
    # the killer as a singular subject, the victims a bare plural: no figure
    ("The gunman opened fire in the market and killed shoppers.", None, None),
    ("Armed men entered the village on the night of 3 June 2019 and killed residents with machetes.", None, None),
    ("He killed his neighbours before fleeing.", None, None),
    # negative: the singular subject of a passive is the victim
    ("The guard was killed when the bomb went off.", 1, None),
    # negative: a named object is one victim
    ("The gunman killed Musa Adamu outside the mosque.", 1, None),
    # negative: a time after the verb ("died days later") keeps the lone victim
    ("The driver was wounded in the blast and he died days later.", 1, 1),
    # the object after "to death"
    ("The attackers shot and hacked to death 14 residents and abducted 20 children.", 14, None),
    ("The militia hacked to death nine farmers near the river.", 9, None),
    # negative: the count before "to death" is read as before
    ("Militants hacked 12 villagers to death on Monday.", 12, None),
    # a group's record in a clause: no figure
    ("The Tana Front, which has killed more than 300 civilians since 2012, claimed the attack.", None, None),
    ("The Tana Front, whose fighters had killed 800 people over the past decade, denied any role.", None, None),
    # negative: the incident's own clause
    ("The blast, which has killed 12 people, was the deadliest this year.", 12, None),
    # negative: a hospital's count since the attack is this incident's wounded
    ("The district hospital, which has treated 14 people for gunshot wounds since the attack, asked for blood.", None,
     14),
    # a possessed person inside a list of victims
    ("Gunmen stormed the house, killing a police officer, his wife and their three children.", 5, None),
    # negative: a speaker after the comma, no victim
    ("Gunmen stormed the house, killing a police officer, his brother said.", 1, None),
]


@pytest.mark.parametrize("sentence,killed,wounded", SENTENCES)
def test_sentence_tolls(sentence, killed, wounded):
    c = find_casualties(sentence)
    assert (c.killed, c.wounded) == (killed, wounded)


# (text, (killed, wounded) of each incident or background event) read as a report.
REPORTS = [
    # the killer's act beside a count of bodies: the bodies stand
    (RAID + "Armed men entered Lomo camp on the night of 2 March 2023 and killed residents with machetes. Camp "
     "leaders recovered 21 bodies the next day.", [(21, None)]),
    # the record of the claiming group: the incident keeps its own toll
    (LEAD + "The blast killed 22 guests. The Tana Front, which had killed more than 300 civilians in the state since "
     "2012, claimed the attack.", [(22, None)]),
    # negative: an earlier attack recalled with its toll keeps its own
    (LEAD + "The blast killed 22 guests. In February 2016 a bomber had killed nine people at a wedding in Tolo.",
     [(22, None), (9, None)]),
]


@pytest.mark.parametrize("text,expected", REPORTS)
def test_report_tolls(nlp, text, expected):
    assert tolls(nlp, text) == expected
