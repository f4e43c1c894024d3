"""A further act told with "also" somewhere the incident before was not: another incident.

Wire copy and sitreps tell a side's second strike of the day by its subject and "also"
("The Houthis also fired drones at a tanker in the Red Sea", "Russian forces also shelled
Nikopol"). Where that sentence names a place the incident before did not, it is another
incident, even when the first was placed only broadly (a sea, a province) and nothing else
sets the two apart; "also" with no place of its own ("They also burned homes") is more of
the same raid. Cost: a regex search and a set difference.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule

ALSO_ACT = re.compile(
    r"(?i)\balso\s+(?:\w+\s+)?(?:attacked|struck|hit|fired|shelled|bombed|launched|targeted|raided|stormed|"
    r"ambushed|torched|burned|burnt|pounded)\b")


@named_rule("assemble.also-another-place", "'The Houthis also fired drones at a tanker in the Red Sea': a further act "
            "told with 'also' in a place of its own is another incident",
            pos=[("A Houthi missile hit a cargo ship in the Gulf of Aden on Tuesday. The Houthis also fired drones at "
                  "a tanker in the Red Sea.", ("Attack", "Attack"))],
            neg=[("Militants attacked the village of Dogo on Monday, killing six people. They also burned homes in "
                  "Dogo.", ("Attack",))],
            probe=event_kinds, off=no)
def also_elsewhere(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Does `f`'s sentence `text` tell a further act ("also fired", "also struck") in a
    place below a country that the incident in `prev` does not name?"""
    if not ALSO_ACT.search(text):
        return False
    return any(table.entities[x].kind == "Place" and table.entities[x].type != "country" and x not in prev.places
               for x in f.places)
