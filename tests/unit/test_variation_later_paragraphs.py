"""Later paragraphs of a news story that react to the incident of its lead: a reaction told in
a reported clause ("the office said it was appalled by the attack on the market") or as a noun
of feeling the sentence is about ("anger over the strike spread to X"). They tell no act: no
event of their own, no place for the incident (the speaker's seat, the town the anger spread
to), and their speaker is no source of it. Every sentence here is written for these tests, in
the styles of wire agencies, broadcasters and national papers, across wars.

Negative rows: a new attack told in a later paragraph with its own place and day, a
retaliation strike that is a new incident, an earlier attack recalled with a date, a reaction
that gives a toll of its own, a feeling told about a clause with a verb ("shocked when drones
struck ...").

Each row: a text, then per event (but aggregates), sorted: kind, role, killed, date, a place
word that must be among its places and targets, a place word that must not be, and whether
the reacting speaker (a name part) is among its sources (it must not be).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import still_missed  # noqa: E402
from report_reads import extracted  # noqa: E402

# Reports are dated 2024-06-14, a Friday.
MON, TUE, WED, THU, SAT = "2024-06-10", "2024-06-11", "2024-06-12", "2024-06-13", "2024-06-08"
SUN = "2024-06-09"


def _events(nlp, text: str) -> list[tuple]:
    x = extracted(nlp, text, "2024-06-14")
    forms = {e.id: {e.name.lower(), *(m.text.lower() for m in e.mentions)} for e in x.entities}
    return sorted(((v.kind, v.role, v.killed, v.date, set().union(*(forms[p] for p in v.places + v.targets)),
                    set().union(*(forms[c] for c in v.claimed_by))) for v in x.events if v.role != "aggregate"),
                  key=lambda g: str(g[:4]))


ROWS = [
    ("Drones struck a displacement camp near El Fasher on Tuesday, killing 14 people, local activists said. "
     "The African Union commission in Addis Ababa said it was horrified by the attack on the camp.",
     [("Attack", "incident", 14, TUE, "el fasher", "addis ababa", "african union")]),
    ("A car bomb exploded outside a hotel in Kismayo on Wednesday, killing nine people, officials said. "
     "The U.S. embassy in Nairobi said it was \"deeply saddened\" by the bombing.",
     [("Attack", "incident", 9, WED, "kismayo", "nairobi", "embassy")]),
    ("An air strike hit a school sheltering displaced families in Deir al-Balah on Thursday, killing 11 people, "
     "the health ministry said. A spokesperson for the Norwegian Refugee Council in Oslo said its staff were "
     "shocked by Thursday's strike on the school.",
     [("Attack", "incident", 11, THU, "deir al-balah", "oslo", "norwegian")]),
    ("Junta aircraft bombed a village in the Sagaing region on Monday, killing 17 villagers, a local resistance "
     "group said. Fury over the air strike spread to Mandalay, where students staged a silent protest.",
     [("Attack", "incident", 17, MON, "sagaing", "mandalay", "students")]),
    ("Russian glide bombs hit a shopping centre in Kharkiv on Saturday, killing six people, the regional governor "
     "said. The mayor of Lviv said he was outraged by the attack and ordered flags lowered.",
     [("Attack", "incident", 6, SAT, "kharkiv", "lviv", "mayor")]),
    # negative: a new attack in a later paragraph, with its own place and day
    ("Gunmen stormed a church in Owo on Sunday, killing 22 worshippers, police said. The state governor said he "
     "was appalled by the attack. Separately, gunmen attacked a police post in Gwoza on Wednesday, killing three "
     "officers.",
     [("Attack", "incident", 22, SUN, "owo", "gwoza", "governor"),
      ("Attack", "incident", 3, WED, "gwoza", "owo", "governor")]),
    # negative: a retaliation strike is an incident of its own
    still_missed("Militants attacked an army post near Kalat on Monday, killing four soldiers, the military said. "
                 "In response to the attack, jets struck hideouts in the Kech district on Tuesday, killing 12 "
                 "militants.",
                 [("Attack", "incident", 4, MON, "kalat", "kech", "-"),
                  ("Attack", "incident", 12, TUE, "kech", "kalat", "-")],
                 "'the attack' in the fronted phrase joins the retaliation, with its own day, to the incident before"),
    # negative: an earlier attack recalled with a date stays an event of its own
    ("Gunmen killed eight traders at a cattle market in Zamfara on Tuesday, police said. Officials said they were "
     "alarmed by the attack. In March, a bomb at a bus station in Gusau killed 19 people.",
     [("Attack", "background", 19, "2024-03", "gusau", "zamfara", "officials"),
      ("Attack", "incident", 8, TUE, "zamfara", "gusau", "-")]),
    # negative: a reaction that gives a toll of its own still tells the act
    ("The governor of Borno said he was shocked by the attack that killed 12 farmers near Damboa on Thursday.",
     [("Attack", "incident", 12, THU, "damboa", "-", "-")]),
    # negative: the feeling is about a clause with a verb of its own
    ("Residents said they were shocked when drones struck a market in Kutum on Tuesday, killing five people.",
     [("Attack", "incident", 5, TUE, "kutum", "-", "-")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_later_reactions(nlp, text: str, expected: list) -> None:
    got = _events(nlp, text)
    assert [g[:4] for g in got] == [e[:4] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert any(e[4] in form for form in g[4]), (e[4], g[4])
        assert not any(e[5] in form for form in g[4]), (e[5], g[4])
        assert not any(e[6] in form for form in g[5]), (e[6], g[5])
