"""How far back a revised toll reaches: "The authorities first reported that nine people had
died. Two days later the state radio revised the toll to 15 dead."

Encyclopedic articles tell an incident's toll in steps: a lead, a sentence of how it went, the
first count, then the count revised ("revised the toll to", "raised the death toll to", "the
toll was later revised to", "the toll rose to"). The count sentences in between tell no frame of
their own, so the revision stands three or four sentences after the incident's last frame,
past the two sentences a bare toll may reach (toll_masks.toll_reach). A revision names a toll
already told: nothing else being told between (toll_gap returns None when another frame was),
it is the toll of the incident told last, up to four sentences on.

Cost: one regex search of the sentence.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import branch, enabled, event_tolls

# The toll told again as a revision of a toll told before.
REVISION = re.compile(
    r"(?i)\b(?:revised|raised|increased|updated|lifted|corrected)\s+(?:(?:the|its|their|his|her)\s+)?"
    r"(?:(?:death|official|final|casualty)\s+)?toll\s+(?:up(?:wards?)?\s+)?to\b"
    r"|\btoll\s+(?:was|had\s+been|has\s+been)\s+(?:(?:later|subsequently|then|since)\s+)?"
    r"(?:revised|raised|increased|updated|corrected)\s+(?:up(?:wards?)?\s+)?to\b"
    r"|\btoll\s+(?:later\s+|subsequently\s+|eventually\s+)?(?:rose|climbed|grew)\s+to\b")

REACH = 4

REVISION_REACH = branch(
    "toll.revision-reach", "'Two days later the radio revised the toll to 15 dead' after a first count: a revision "
    "reaches back to the incident told last, past the sentences of its first count",
    pos=[("The 2009 Lomo market attack took place on 3 March 2009 at the market in Lomo. A group of men armed "
          "with knives attacked traders shortly before noon. The provincial government first reported that nine "
          "people had died. Two days later the state radio revised the toll to 15 dead.", ((15, None, None),))],
    neg=[("The 2009 Lomo market attack took place on 3 March 2009 at the market in Lomo. A group of men armed "
          "with knives attacked traders shortly before noon. The provincial government first reported that nine "
          "people had died. Two days later the state radio said 15 people had died in a flood near Tarra.",
          ((9, None, None),))],
    probe=event_tolls, where="sitgraph.loaders.extract.toll_masks.toll_reach")


def revision_reach(sentence: str) -> int:
    """How many sentences after the incident told last `sentence` may still be its toll for
    revising a toll told before ("revised the toll to 15"): four, else 0."""
    return REACH if enabled(REVISION_REACH) and REVISION.search(sentence) is not None else 0
