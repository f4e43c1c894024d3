"""Lines that tell no incident of the report's own, beside lines in like words that do: an
attack told as done before or all the time with no day or toll (often_told.py), what a picture
shows (pictured_acts.py), the harm done to a speaker's kin in a "whose" clause
(whose_losses.py) and an agreement denied by "neither" (unstruck.py).

Sentences written for these tests (several wars); each row gives the exact events of the
report as (kind, role, killed, places).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-05-14"  # a Tuesday
LEAD = "Shells hit the market of Kafr Nabl on Tuesday, killing five people. "
MARKET = ("Attack", "incident", 5, ("Kafr Nabl",))

ROWS = [
    # all the time, with no day or toll: no incident
    (LEAD + "Villages close to the front, such as Kansafra and Bara, are shelled almost daily.", [MARKET]),
    (LEAD + "Border posts near Harem are shelled nightly.", [MARKET]),
    # a day, or a toll, makes the attack an incident
    (LEAD + "The bakery in Saraqib was shelled on Sunday.",
     [MARKET, ("Attack", "incident", None, ("Saraqib",))]),
    (LEAD + "The clinic in Saraqib had been hit before, in March, when a rocket killed two nurses.",
     [MARKET, ("Attack", "background", 2, ("Saraqib",))]),
    (LEAD + "Border posts near Harem were shelled daily last week, killing three soldiers.",
     [MARKET, ("Attack", "background", 3, ("Harem",))]),
    # what a picture shows: no incident
    (LEAD + "The post came with three photographs of a destroyed school.", [MARKET]),
    (LEAD + "A video of medics carrying an injured girl out of the clinic is authentic, we found.", [MARKET]),
    (LEAD + "A photograph of a burning truck, shared with the caption \"Kafr Nabl today\", was taken in Homs in 2019.",
     [MARKET]),
    # what a video shows, told as the evidence of a strike: an incident
    (LEAD + "A video filmed at dawn on Wednesday shows a second strike on a house in Saraqib.",
     [MARKET, ("Attack", "incident", None, ("Saraqib",))]),
    # the picture's taker harmed, an act told beside a photograph: incidents
    (LEAD + "A photographer was wounded when a drone struck a car in Saraqib on Sunday.",
     [MARKET, ("Attack", "incident", None, ("Saraqib",))]),
    (LEAD + "Militants destroyed a school in Saraqib on Sunday, and photographs of the ruins were shared online.",
     [MARKET, ("Attack", "incident", None, ("Saraqib",))]),
    # the harm done to a speaker's kin: no incident; the kin harmed on a day of their own: an incident
    (LEAD + "\"Why would anyone shell a market?\" asked Ahmad, 40, whose brother was wounded in the leg.",
     [MARKET]),
    (LEAD + "A shopkeeper, whose brother was wounded by a sniper in Saraqib on Sunday, said the town was empty.",
     [MARKET, ("Attack", "incident", None, ("Saraqib",))]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_untold_incidents(nlp, text, expected):
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    got = [(v.kind, v.role, v.killed, tuple(sorted(names[p] for p in v.places))) for v in x.events]
    assert got == expected


AGREEMENT_ROWS = [
    ("Talks mediated by Qatar have stalled, and neither side has agreed to a ceasefire in Darfur.", []),
    ("No side has signed the truce proposed for Darfur.", []),
    ("Talks mediated by Qatar have stalled, but both sides agreed to a ceasefire in Darfur on Monday.",
     ["Agreement"]),
]


@pytest.mark.parametrize("text,expected", AGREEMENT_ROWS)
def test_agreement_denied_by_neither(nlp, text, expected):
    x = extracted(nlp, text, PUBLISHED)
    assert [v.kind for v in x.events] == expected
