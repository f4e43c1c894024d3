"""A reporting clause the parser split off its sentence: "A drone hit a car near Khotin,
killing the driver and wounding his wife | , regional officials said." The sentence splitter
sometimes ends a long sentence before its trailing ", X said.", leaving a sentence that opens
with a comma and holds only who said it. Such a tail names no incident word, so the sources
of the sentence before were lost (a sentence must speak of an incident to give its speakers
to the one told before). The class: a sentence opening with a comma and ending in a verb of
saying is the tail of the sentence before; its speakers are sources of the incident that
sentence told.

Cost: one anchored regex match per sentence with speakers.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_claimers, no
from sitgraph.loaders.extract.rules import rule as named_rule

# ", regional officials said.", ", the agency reported.", ", a spokesman told AFP."
_TAIL = re.compile(r"^\s*,\s*(?:[\w'’.-]+\s+){0,6}?(?:said|says|reported|reports|told\s+[\w.]+(?:\s+[\w.]+)?)"
                   r"\s*\.?\s*$")


_IZIUM = ("Live: missile strike on Izium\n\nNewest entries first.\n\n15:20 GMT\nA separate attack this afternoon: a "
          "Russian drone hit a car on the road outside the village of Hola, north of Izium, killing the driver")
_IZIUM_END = "\n\n14:10 GMT\nThe mayor declared a day of mourning.\n"


@named_rule("claim.split-said-tail", "a sentence the parser split off, opening with a comma and holding only "
            "', X said.', gives its speakers to the incident of the sentence before",
            pos=[(_IZIUM + ", a 52-year-old man, and wounding his wife, regional officials said." + _IZIUM_END,
                  ((), ("Ukraine",)))],
            neg=[(_IZIUM + ". Regional officials said the road would reopen." + _IZIUM_END, ((), ()))],
            probe=event_claimers, off=no)
def said_tail(text: str) -> bool:
    """Is sentence `text` only the reporting tail (", X said.") split off the sentence before?"""
    return _TAIL.match(text) is not None
