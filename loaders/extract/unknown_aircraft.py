"""Air attacks whose report says the aircraft are unknown: "unidentified aircraft struck a
market", "warplanes of unknown origin bombed the town", "unmarked drones". The report tells that
no one knows whose planes they were, so no side is inferred from who flies over the country
(inference.py): the guides leave an air attack attributed only by context without actors, and
here the text itself says the doer is unknown.

Used by :mod:`air_attacks`. Pure function; cost: one regex search per sentence of the attack.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitgraph.loaders.extract.rules import event_actors, no
from sitgraph.loaders.extract.rules import rule as named_rule

# "unidentified / unknown / unmarked" right before an air word, or "of unknown origin" after one.
_AIR = r"(?:aircraft|air\s?craft|warplanes?|planes?|jets?|fighter jets?|helicopters?|drones?|air\s?strikes?)"
UNKNOWN_AIR = re.compile(
    rf"(?i)\b(?:unidentified|unknown|unmarked|unattributed)\s+(?:\w+\s+)?{_AIR}\b"
    rf"|\b{_AIR}\s+(?:of\s+(?:unknown|unidentified)\s+(?:origin|nationality|provenance)|whose\s+origin\s+(?:is|was)\s+"
    r"(?:unknown|unclear|not\s+known))")


@named_rule("event.unknown-aircraft", "'unidentified aircraft struck', 'warplanes of unknown origin': the text says "
            "the doer is unknown, so no side is inferred from who flies over the country",
            pos=[("Unidentified aircraft struck a market in Maarat al-Numan in Idlib, Syria, on Monday, killing "
                  "nine people.", ((),))],
            neg=[("Aircraft struck a market in Maarat al-Numan in Idlib, Syria, on Monday, killing nine people. "
                  "The dead are still unidentified.", (("Russia", "Syrian government"),))],
            probe=event_actors, off=no)
def unknown_aircraft(texts: Iterable[str]) -> bool:
    """Does any of `texts` (an attack's sentences) say its aircraft are unidentified?"""
    return any(UNKNOWN_AIR.search(t) for t in texts)
