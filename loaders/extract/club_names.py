"""A group's name inside a sports club's name is no actor: "Black September Club fans clashed
with police", "the Hawks FC supporters". Football clubs often take a war's or a movement's
name, and the dictionary would read the group inside them as acting.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import actors, rule

# A club word right after the name: the name is part of a longer proper name.
# A party word is left out: "Fatah Party" names the movement itself.
CLUB_AFTER = re.compile(r"[\s\-]+(?:Club|FC|F\.C\.|SC|S\.C\.|Athletic|Sporting|Football|Stadium)\b")


@rule("actor.club-name", "a dictionary group's name opening a club's name ('Black September Club "
      "fans') is no actor",
      pos=[("Black September Club fans clashed with police after the match in Amman.", ())],
      neg=[("Black September gunmen seized a hotel in Cairo on Monday.", ("Black September",))],
      probe=actors, off=lambda text, end: False)
def club_name(text: str, end: int) -> bool:
    """True when a club word follows the name ending at `end`."""
    return CLUB_AFTER.match(text, end) is not None
