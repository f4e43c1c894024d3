"""The defenders' answer told after the attack: "The soldiers fought back for 30 minutes before
the rebels withdrew", "the guards returned fire", "police repulsed the attackers". Wire copy,
dailies and military statements in every war tell an ambush or a raid first and the fight the
attacked side put up next, in a sentence of its own with no place or day of its own. That fight
is the same incident (one event: the attackers are its actors, the defenders its targets, the
attackers' dead part of its toll), not a clash or an attack by the defenders.

The answer is joined through :func:`sitgraph.loaders.extract.retellings.own_account`, which
keeps its tests: at most a few sentences after the incident, no place below a country or day
of its own, no marker of another act ("separately", "in a separate operation", "the next
day"). The defenders never become the incident's attackers.

Cost: one regex over one sentence.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.other_acts import OWN_ACT
from sitgraph.loaders.extract.rules import event_kinds, no, rule

# "fought back", "hit back", "returned fire", "repelled the attack", "repulsed the attackers",
# "beat back the assault": the attacked side's answer, with the act told before as its object
# or none at all ("fought back"); a verb with an object of its own ("repelled an attack on a
# base in X") names another act and is left to the place and day tests.
FOUGHT_BACK = re.compile(
    r"(?i)\b(?:(?:fought|hit|struck|shot)\s+back\b|return(?:ed|ing)\s+(?:the\s+)?fire\b"
    r"|(?:repelled|repulsed|beat\s+back|fended\s+off|fought\s+off|drove\s+(?:off|back))\s+(?:the|them\b))")


@rule("assemble.fought-back", "'The soldiers fought back for 30 minutes before the rebels withdrew' after an ambush: "
      "the defenders' answer is that incident, not a clash of its own",
      pos=[("Two soldiers were killed when rebels ambushed an army truck near Malita on Sunday morning. The soldiers "
            "fought back for about an hour before the rebels withdrew, the battalion commander said.", ("Attack",))],
      neg=[("Two soldiers were killed when rebels ambushed an army truck near Malita on Sunday morning. On Monday, "
            "soldiers killed three rebels in a separate operation in Davao, the army said.", ("Attack", "Attack"))],
      probe=event_kinds, off=no)
def fought_back(text: str) -> bool:
    """Does `text` tell the attacked side's answer to the act told before ("fought back",
    "returned fire", "repelled the attack"), and no act of its own (an operation, a raid, a
    pursuit, a later day)?"""
    return FOUGHT_BACK.search(text) is not None and OWN_ACT.search(text) is None
