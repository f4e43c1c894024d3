"""A capital that stands for its state in the dictionary ("Kyiv", "Damascus", "Sanaa") is the
city where a strike lands on it or a part of it is named: "Russian missiles struck Kyiv",
"government forces shell Damascus", "the Nahr Aishe neighbourhood of Damascus".

A capital speaks for its government ("Damascus denied", "Moscow said"), so the dictionary reads
it as the state; after a locative ("in Kyiv") it is already a place. A shell or a missile lands
on a city, never on a government, and a neighbourhood is of a city: there the capital is a
place. Read only for a name the gazetteer holds as a place below a country (a city, or the
province a capital gives its name to), never a country ("struck Ukraine" is a party attacked).
Cost: a gazetteer lookup and two regex matches on the 40 characters before a dictionary hit.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import places, rule

# A strike verb or noun right before the name ("struck Kyiv", "the shelling of Damascus").
_STRUCK = re.compile(
    r"(?i)\b(?:struck|strikes?|hit|hits|shell|shells|shelled|shelling\s+of|bombed|bombing\s+of|bombard(?:ed|s)?"
    r"|bombardment\s+of|pounded|pounds?|pounding|rocketed|attacked|attacks\s+on|attack\s+on|targeted|targeting)"
    r"\s+$")
# A part of a city, then "of" ("the Nahr Aishe neighbourhood of Damascus", "the outskirts of Sanaa").
_PART_OF = re.compile(
    r"(?i)\b(?:neighbou?rhoods?|districts?|suburbs?|outskirts|streets|quarters?|centre|center|parts?)\s+of\s+$")


@rule("place.struck-capital", "a capital the dictionary reads as its state is a place where a strike lands on it "
      "('missiles struck Kyiv', 'forces shell Damascus') or a part of it is named ('the Nahr Aishe "
      "neighbourhood of Damascus')",
      pos=[("Russian missiles struck Kyiv on Monday, killing three people.", ("Kyiv",))],
      neg=[("Damascus denied the accusation on Monday.", ()),
           ("Russian drones struck Ukraine overnight, officials said.", ())],
      probe=places, off=lambda text, start, place: False)
def struck_city(text: str, start: int, place: Any) -> bool:
    """Is the dictionary name starting at `start`, the gazetteer's `place`, a city a strike
    lands on or whose part is named?"""
    return place is not None and getattr(place, "type", None) not in (None, "country") and struck_before(text, start)


def struck_before(text: str, start: int) -> bool:
    """Does a strike word or a city part's "of" stand right before `start`?"""
    before = text[max(0, start - 40):start]
    return bool(_STRUCK.search(before) or _PART_OF.search(before))
