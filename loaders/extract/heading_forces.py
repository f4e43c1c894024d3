"""A bare force word opening a heading names no group: "Army strike on the market: dozens dead",
"Police raid in Kano leaves three dead". Digests, newsletters and briefings in any war head each
item with a short line whose first word is capitalised because it opens the line; spaCy then reads
"Army" or "Police" there as an organisation of that name, a side of its own. The body sentence
under the heading tells the same act with "an army air strike", which the force readers
(forces.py) give to the report's state; the two sides differ, so the heading's act and the
body's stay two incidents.

:func:`heading_force_word` tells such a span so that the spaCy organisation reader skips it;
the force readers still read the word where it acts ("Army strike on ...": the state's forces).
The same word inside a line ("an Army post", "the Army said") is left as it is: some outlets
capitalise their own country's army there. Cost: a look at the characters before the span.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_kinds, no, rule

# One word for a state's forces with no name of its own.
FORCE_WORDS = frozenset("army military police junta troops forces navy gendarmerie".split())
# What may open a line before the word: a list number or bullet ("3. ", "- ", "(b) ").
LINE_OPENING = re.compile(r"[ \t]*(?:(?:\d{1,2}|[a-z])[.)][ \t]+|\([a-z0-9]{1,2}\)[ \t]+|[-*\u2022][ \t]+)?")


@rule("actor.heading-force-word", "a bare force word opening a heading line ('Army strike on Kabkabiya market: "
      "dozens dead') is the state's forces, no group named 'Army'",
      pos=[("Sudan daily, 12 June\n\nArmy strike on Kabkabiya market: dozens dead\n\nAn army air strike hit the weekly "
            "market in Kabkabiya, North Darfur, on Tuesday, killing dozens of people, a rights group said.",
            ("Attack",))],
      neg=[("Kashmir briefing\n\nInfiltration bid foiled in Uri\n\nThe Army said two intruders were killed when "
            "troops fired on them near an Army post in Uri on Tuesday.", ("Attack",))],
      probe=event_kinds, off=no)
def heading_force_word(text: str, start: int, surface: str) -> bool:
    """Is the organisation span `surface` at `start` of `text` one bare force word ("Army")
    opening a line, after at most a list number or bullet?"""
    if surface.lower() not in FORCE_WORDS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return LINE_OPENING.fullmatch(text, line_start, start) is not None
