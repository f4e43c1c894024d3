"""A one-word name right after "the attack on" and before the attack's date, as encyclopedias and
wire copy recall an earlier attack on a town: "the attack on Mpeketoni on 15 June 2014", "the
raid on Tchakamari in 2015", "the assault on Galcad, in which ...". spaCy takes many small towns
for persons there, and a town read as a person is a false struck party while the recalled attack
loses its place. A person attacked is most often named in full with a first name ("the attack
on Salman Rushdie on 12 August 2022"); a single word dated at once is a town's name.

Read by person_places.py (place.person-located) where it looks at the words around each name
spaCy took for a person. Cost: two anchored regex matches per such name.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS
from sitgraph.loaders.extract.rules import branch, enabled, places

# The attack noun and its preposition right before the name.
_ATTACK_ON = re.compile(r"(?i)\b(?:attacks?|raids?|assaults?|massacres?|bombings?|ambush(?:es)?|shelling|siege|"
                        r"killings?)\s+(?:on|of|against)\s+(?:the\s+(?:town|village)\s+of\s+)?$")
# What follows the name: its date ("on 15 June 2014", "in March 2015", "in 2014") or the clause
# telling the attack ("... , in which", "... , when").
_DATED_AFTER = re.compile(rf"(?i)\s+(?:on|in)\s+(?:\d{{1,2}}\s+)?(?:\d{{4}}\b|(?:{'|'.join(MONTH_NUMBERS)})\b)"
                          r"|,\s+(?:in\s+which|when|where)\b")
_ONE_WORD = re.compile(r"[A-Z][a-z][\w'\u2019-]*$")

ATTACKED_TOWN = branch(
    "place.attacked-town-dated", "'the attack on Mpeketoni on 15 June 2014, in which ...': a one-word name right "
    "after an attack noun and before the attack's date is the town attacked, not a person",
    pos=[("The ambush recalled the attack on Mpeketoni on 15 June 2014, in which gunmen killed 48 people.",
          ("Mpeketoni",))],
    neg=[("The ambush recalled the attack on Salman Rushdie on 12 August 2022.", ())],
    probe=places, where="sitgraph.loaders.extract.attacked_towns.attacked_town")


def attacked_town(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] one word right after "the attack on" and before the
    attack's date or clause?"""
    if not enabled(ATTACKED_TOWN) or not _ONE_WORD.match(text[start:end]):
        return False
    return _ATTACK_ON.search(text, max(0, start - 50), start) is not None and _DATED_AFTER.match(text, end) is not None
