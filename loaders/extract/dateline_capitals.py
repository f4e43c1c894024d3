"""A capital opening a dateline ("OUAGADOUGOU - ", "KHARTOUM \u2013 ", "BAMAKO, Mali (Wire) \u2014 ") is the
city the report was filed from. The dictionary reads a capital as its state, since a capital
speaks for its government ("Damascus denied"); in a dateline it speaks for nobody, and read as
the state it became a side of the lead: the parse hangs the dateline's name on the lead's
subject, so the state took the attacker's place.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_actors, rule

# After the name in capitals: an optional country and agency, then the dash of a dateline
# (a bare hyphen, an en or em dash, two hyphens), all on the name's line.
_REST = re.compile(r"(?:,[ \t]*[A-Z][^\n\u2014\u2013]{0,40}?)?(?:[ \t]*\([^)\n]{1,40}\))?"
                   r"[ \t]*(?:\u2014|\u2013|--|-)[ \t]")


@rule("place.dateline-capital", "a capital in capitals opening a line before a dateline's dash ('OUAGADOUGOU - ', "
      "'KHARTOUM \u2013 ') is the city filed from, not its state",
      pos=[("OUAGADOUGOU - Armed men attacked an army post in Djibo on Wednesday, killing six soldiers.",
            (("unknown gunmen",),))],
      neg=[("Ouagadougou said armed men had attacked an army post in Djibo on Wednesday.", (("unknown gunmen",),)),
           ("KYIV \u2014 A drone struck an oil depot in Bryansk on Saturday.", ((),))],
      probe=event_actors, off=lambda text, start, end, place: False)
def dateline_city(text: str, start: int, end: int, place: Any) -> bool:
    """Is the dictionary name [start, end) of `text`, the gazetteer's `place`, a city in capitals
    opening a dateline?"""
    if place is None or getattr(place, "type", None) in (None, "country"):
        return False
    if start > 0 and text[start - 1] != "\n":
        return False
    name = text[start:end]
    return name.isupper() and bool(_REST.match(text, end))


def dateline_head(text: str, start: int, end: int) -> bool:
    """Does the name [start, end) in capitals open a line before a dateline's dash? (The
    gazetteer is asked only then.)"""
    return (start == 0 or text[start - 1] == "\n") and text[start:end].isupper() and bool(_REST.match(text, end))
