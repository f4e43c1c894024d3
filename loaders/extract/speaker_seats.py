"""A place named as the seat of who speaks, after the speaker: "officials in Kabul said 12 were
killed", "the health ministry in Sanaa put the dead at 15", "a police spokesman in Dera Ismail
Khan said". Wire agencies, broadcasters and encyclopedias in every war tell a toll or a claim so,
the capital or the provincial seat standing for the office, not for where the attack was: such a
sentence tells more of the incident told before (its toll, its source), no incident of its own.

The place stays an entity (it may locate something else); it is taken off the frames of the
sentence told by words of the dead and hurt alone, so the toll goes to the attack told before
(a place named before the speaker, "Krasnodar Krai officials said", is not_places.py's). The
speaker must speak in the same clause (a verb of saying after it), so "officials in Kabul were
among the dead" or "the ministry in Sanaa was hit" keep their place, and a frame told by an
attack word ("police in Mogadishu said a bomb exploded") keeps it too.

Cost: two anchored regex matches per place mention of a sentence with a placed frame.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import branch, enabled, event_tolls

# The speaker's noun right before "in <place>": "officials in", "the health ministry in",
# "a spokesman for the provincial police in", "hospital sources in".
_SPEAKER_BEFORE = re.compile(
    r"(?i)\b(?:officials?|authorities|ministry|ministries|spokes(?:man|woman|person)|police|government|"
    r"administration|sources|office|headquarters|command|military|army|residents|witnesses|doctors|medics)"
    r"\s+(?:based\s+)?in\s+$")
# A verb of saying after the place, in the same clause: "... in Sanaa put the dead at",
# "... in Kabul said", "... in Kyiv told reporters".
_SAYS_AFTER = re.compile(
    r"(?i)[^.;:\"\u201c]{0,60}?\b(?:said|says|say|told|put|puts|reported|reports|confirmed|confirms|announced|"
    r"stated|added|gave|estimated)\b")

# The words a toll is told by: a frame told by these alone tells no attack of its own.
_TOLL_WORDS = frozenset({"kill", "killed", "die", "dead", "death", "toll", "wound", "wounded", "injure", "injured",
                         "hurt", "casualty", "casualties", "body", "bodies", "injury", "injuries"})

SEAT = branch(
    "event.speakers-seat-grounds-nothing",
    "'officials in Kabul said 12 worshippers were killed' after an attack elsewhere: the speaker's seat grounds "
    "no incident of its own, the toll is the attack's",
    pos=[("A suicide bomber attacked a mosque in Pul-e-Khumri on Friday. Officials in Kabul said 12 worshippers "
          "were killed and 30 wounded.", ((12, 30, None),))],
    neg=[("A suicide bomber attacked a mosque in Pul-e-Khumri on Friday. In Kabul, a roadside bomb killed "
          "three people.", ((None, None, None), (3, None, None)))],
    probe=event_tolls, where="sitgraph.loaders.extract.speaker_seats.drop_seats")


def seat_of_speaker(text: str, start: int, end: int) -> bool:
    """Is the place mentioned at `start`..`end` of `text` the seat of a speaker who speaks right
    after ("officials in Kabul said")?"""
    if not enabled(SEAT):
        return False
    return _SPEAKER_BEFORE.search(text, max(0, start - 40), start) is not None and \
        _SAYS_AFTER.match(text, end) is not None


def drop_seats(spans: list[tuple[int, int, str]], text: str, doc: Any, frames: list[Any]) -> None:
    """The frames of a sentence (parsed in `doc`) told only by a word of the dead or the hurt
    ("12 were killed", "put the dead at 15": a toll, no attack of its own) lose the places
    whose every mention in the sentence (`spans`: (start, end, entity id) of its place
    mentions) is a speaker's seat. A frame told by an attack word ("said a bomb exploded")
    keeps them: the speaker's town is often where it struck. Changes the frames in place."""
    if not enabled(SEAT) or not any(f.places for f in frames):
        return
    every: dict[str, bool] = {}
    for s, e, eid in spans:
        every[eid] = every.get(eid, True) and seat_of_speaker(text, s, e)
    seats = {eid for eid, only in every.items() if only}
    for f in frames:
        if seats and f.triggers and all(doc[t].lemma_.lower() in _TOLL_WORDS for t in f.triggers):
            f.places = [p for p in f.places if p not in seats]
