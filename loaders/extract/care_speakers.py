"""A toll told by someone who works where the wounded were cared for.

"Dr X, who runs the emergency ward at Y General Hospital, said 21 wounded had been brought in
and that the worst cases would be flown to Z": the hospital is where the speaker works, and Z
where the wounded go next. Neither was struck; the sentence tells the toll of the incident
told before it (merge_reconcile.tells_only_toll). The speaker's hospital joins the wordings
merge_reconcile.MEDICAL_SOURCE reads ("a hospital official said"): the guide's hospital that
received the wounded, which is no target. Cost: two regex scans of the sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.care_moves import SENT_ON
from sitgraph.loaders.extract.rules import event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule

_CARE = r"(?:hospital|clinic|health\s+cent(?:re|er)|medical\s+cent(?:re|er)|infirmary)"
# "a doctor at X hospital", "the director of the X clinic", "who runs the ward at X hospital".
CARE_SPEAKER = re.compile(
    r"(?i)\b(?:(?:doctors?|director|head|surgeons?|nurses?|medics?|physicians?|spokes(?:man|woman|person))\s+"
    r"(?:at|of|in)|who\s+(?:runs|heads|directs|manages|works\s+(?:at|in)))\s+(?:the\s+|a\s+)?"
    rf"(?:[\w'-]+\s+){{0,5}}?{_CARE}\b")


@named_rule("toll.care-speaker", "'Dr X, who runs the ward at Y Hospital, said 21 wounded had been brought in and "
            "the worst cases would be flown to Z': a toll told by someone at the hospital that received the "
            "wounded is the toll of the incident told before; the hospital and Z are neither struck nor its place",
            pos=[("A car bomb exploded outside a hotel in Jowhar on Monday, killing nine people, police said. Dr "
                  "Amina Hassan, who runs the emergency ward at Jowhar General Hospital, said 21 wounded had been "
                  "brought in and that the most serious cases would be flown to Mogadishu.", ("Attack",))],
            neg=[("A car bomb exploded outside a hotel in Jowhar on Monday, killing nine people, police said. A "
                  "second car bomb exploded at Jowhar General Hospital on Tuesday, wounding 21 people.",
                  ("Attack", "Attack")),
                 ("A car bomb exploded outside a hotel in Jowhar on Monday, killing nine people, police said. Dr "
                  "Amina Hassan, who runs the emergency ward at Jowhar General Hospital, said 21 people had been "
                  "wounded in shelling in Balcad.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def care_speaker(text: str) -> bool:
    """Does sentence `text` name its speaker by the hospital or clinic where they work ("a
    doctor at X hospital", "who runs the ward at X hospital")? Returns whether it does."""
    return CARE_SPEAKER.search(text) is not None


def sent_on_places(f: Any, table: Any, text: str) -> set[str]:
    """The place ids of frame `f` every mention of which in its sentence `text` follows a verb
    sending the wounded on ("would be flown to Z"), when the sentence's speaker works at a
    hospital (:func:`care_speaker`); an empty set otherwise."""
    if not f.places or not care_speaker(text):
        return set()
    start = f.sent_start
    return table.every_mention(f.places, start, start + len(text), lambda lo, _hi: SENT_ON.search(
        text[max(0, lo - start - 40): lo - start]) is not None)
