"""One victim told by a definite or possessive noun of a role or a tie, with no count:
"killing the driver", "killing its rider", "wounding his wife". An attack on a car or a
motorcycle often has one victim, told by what that person was to the vehicle or to the
other victim; with no number and no article "a" the toll was left unread (a sentence read
"killing a nine-year-old boy and wounding his mother" as one dead and none wounded). The
guide counts every person killed or wounded, so such a noun is one.

Only singular nouns of one person right after the verb of killing or wounding, ending the
phrase (a comma, "and", the sentence's end): "killing the driver's son" is left to the
owner's reading, "killing the commander's guards" and "killing their men" count nothing.

Cost: one regex scan of a sentence that tells a toll.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_tolls, none_found, rule
from sitgraph.loaders.extract.toll_figures import _Figure

# Singular nouns of one person: a vehicle's people, an office, kin.
# Offices ("the governor", "the imam") are read by toll_roles.py as a part of the toll.
_ONE = (r"driver|rider|pilot|passenger|owner|conductor|guard|bodyguard|shepherd|farmer|priest|pastor|teacher"
        r"|wife|husband|son|daughter|child|baby|brother|sister|father|mother")
_LONE = re.compile(
    rf"(?i)\b(?P<verb>kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing))\s+(?:the|its|his|her|their)\s+"
    rf"(?:[a-z]+-year-old\s+|young\s+|elderly\s+)?(?:{_ONE})\b(?![’'-])(?=\s*(?:[,.;]|$)|\s+and\b)")


@rule("toll.lone-victim-by-role", "'killing the driver', 'killing its rider', 'wounding his wife': one victim "
      "told by a definite or possessive noun of a role or tie is one killed or wounded",
      pos=[("A drone hit a car near the village of Hola on Monday, killing the driver and wounding his wife.",
            ((1, 1, None),)),
           ("A drone hit a motorcycle on the road to Marjayoun on Monday, killing its rider.", ((1, None, None),))],
      neg=[("A drone hit a car near the village of Hola on Monday, killing the driver's son.",
            ((None, None, None),)),
           ("Gunmen attacked a convoy near Hola on Monday, killing their guards' families.", ((None, None, None),))],
      probe=event_tolls, off=none_found)
def lone_victim_figures(masked: str) -> list[_Figure]:
    """One killed or wounded for each such noun right after a verb of killing or wounding."""
    out = []
    for m in _LONE.finditer(masked):
        category = "killed" if m["verb"].lower().startswith("kill") else "wounded"
        out.append(_Figure(category, 1, (m.start(), m.end())))
    return out
