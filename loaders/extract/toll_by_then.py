"""A toll brought up to date by a sentence that opens with the time it was counted by: "By
Monday, the health office said six had died and 15 were wounded", "By evening the figure
had reached 41", "As of Tuesday night, 30 bodies had been recovered".

Wire copy and newspapers tell a revised toll so in every war: the fronted "by" names when
the count stood so, not the day of another attack, so the sentence is the toll of the
incident told just before it (with the larger figure kept, as for "the toll rose to"). An
office that only gives the figure ("the health office in Marib said") is a speaker, not a
place struck. Not read: a sentence with a side or a place of its own ("By Monday, militants
had attacked a second village"), which merging already keeps apart.

Cost: one anchored regex per toll sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.date_patterns import WEEKDAYS
from sitgraph.loaders.extract.rules import event_tolls, no, rule
from sitgraph.loaders.extract.speech_verbs import statement_verbs

_DAY = rf"(?:{'|'.join(w.title() for w in WEEKDAYS)})"
_PART = r"(?:morning|afternoon|evening|night|nightfall|midday|noon|dawn|midnight)"
BY_THEN = re.compile(
    rf"^\W*(?:By|As\s+of)\s+(?:(?:late|early)\s+)?(?:{_DAY}(?:\s+{_PART})?|(?:the\s+)?{_PART}|then|"
    rf"the\s+(?:end\s+of\s+the\s+day|following\s+day|next\s+(?:day|morning))|later\s+that\s+day|"
    rf"\d{{1,2}}(?::\d\d)?\s*(?:[ap]\.?m\.?|GMT|local\s+time))\b")
# "the health office in Marib said", "the provincial health department says": it speaks. A
# statement's verbs with "put" (the toll); "stated", "confirmed", "added" left out as measured.
_OFFICE_VERBS = statement_verbs(without={"stated", "confirmed", "added"}, extra=("put",))
SPEAKING_OFFICE = re.compile(r"(?i)\b(?:office|department|directorate|bureau|ministry)\b"
                             rf"(?:\s+(?:in|of)\s+[A-Z][\w\-]+)?\s+(?:{_OFFICE_VERBS})\b")


@rule("toll.by-then", "'By Monday, officials said six had died and 15 were wounded': a toll told by the time it "
      "was counted is the last incident's revised toll",
      pos=[("A missile hit a camp in Marib on Sunday, killing four people, officials said. By Monday, six had "
            "died and 15 were wounded, the health office said.", ((6, 15, None),))],
      neg=[("A missile hit a camp in Marib on Sunday, killing four people, officials said. On Monday, a drone hit "
            "a checkpoint in Sirwah, killing six soldiers.", ((4, None, None), (6, None, None)))],
      probe=event_tolls, off=no)
def by_then(text: str) -> bool:
    """Does sentence `text` open with the time a count stood by ("By Monday,", "By evening")?"""
    return BY_THEN.match(text) is not None


def drop_speaking_office(f: Any, table: Any, text: str) -> None:
    """Take off `f`'s targets an office that only gives the figure in `text` ("the health
    office said six had died"): it speaks, nobody struck it."""
    if SPEAKING_OFFICE.search(text):
        f.targets = [t for t in f.targets if table.entities[t].kind != "Facility" or table.entities[t].type != "office"]
