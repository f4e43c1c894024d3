"""A toll told by someone who works at the hospital that received the wounded (care_speakers.py):
more of the incident told before, with neither the hospital nor where the wounded were sent on as
its target or place. Sentences are written for the tests, not taken from any evaluation set."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

LEAD = "Shelling hit the central market of Kadugli on Sunday, killing eight people. "
MARKET = (("central market of Kadugli", "civilians"), ("Kadugli",))


def events(nlp, text):
    x = extracted(nlp, text, "2019-06-10")
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, v.type, tuple(sorted(names[t] for t in v.targets)), tuple(sorted(names[p] for p in v.places)),
             v.date, v.killed, v.wounded) for v in x.events]


@pytest.mark.parametrize("text,expected", [
    # The speaker's hospital and the town the wounded were sent on to: one incident, its toll.
    (LEAD + "A surgeon at Kadugli Teaching Hospital said 17 injured had been admitted and that four would be "
            "transferred to El Obeid.",
     [("Attack", "shelling", *MARKET, "2019-06-09", 8, 17)]),
    ("A car bomb exploded outside a hotel in Jowhar on Monday, killing nine people, police said. Dr Amina Hassan, "
     "who runs the emergency ward at Jowhar General Hospital, said 21 wounded had been brought in and that the most "
     "serious cases would be flown to Mogadishu.",
     [("Attack", "bombing", ("civilians", "hotel"), ("Jowhar",), "2019-06-10", 9, 21)]),
    # A hospital struck the next day: another incident, the hospital its target.
    (LEAD + "A second shell struck Kadugli Teaching Hospital on Monday, wounding 17 people.",
     [("Attack", "shelling", *MARKET, "2019-06-09", 8, None),
      ("Attack", "shelling", ("Kadugli Teaching Hospital", "civilians"), ("Kadugli",), "2019-06-10", None, 17)]),
    # The hospital's surgeon telling of a strike elsewhere: another incident, in its own town.
    (LEAD + "A surgeon at Kadugli Teaching Hospital said 17 people had been wounded by a drone strike in Dilling.",
     [("Attack", "shelling", *MARKET, "2019-06-09", 8, None),
      ("Attack", "drone_strike", ("Kadugli Teaching Hospital", "civilians"), ("Dilling",), "2019-06-09", None, 17)]),
])
def test_care_speaker_toll(nlp, text, expected):
    assert events(nlp, text) == expected
