"""A country named with a compass word, in the possessive: "South Sudan's Upper Nile state",
"South Korea's capital", "North Korea's Kangwon province".

A place phrase is looked up whole first ("North Darfur", "West Bank" are names), then less
its qualifiers, a leading compass word among them ("northern Hama" is Hama). The possessive
ending kept the whole phrase from matching, so "South Sudan's" was looked up as "Sudan" with
a compass qualifier: another country, and the state read as the side of a government's
aircraft there. The whole phrase is looked up without its possessive ending.

Pure function over a string; cost: one anchored regex substitution per phrase.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import places
from sitgraph.loaders.extract.rules import rule as named_rule

POSSESSIVE_END = re.compile(r"['\u2019]s$")


@named_rule("place.compass-country-possessive", "a country whose name opens with a compass word, in the possessive "
            "('South Sudan's Upper Nile state'), is that country, not the country its last word names",
            pos=[("Gunmen killed five people in South Sudan's Jonglei state on Monday.", ("Jonglei", "South Sudan"))],
            # a compass word before a country's possessive that is no name of its own stays that
            # country (its possessive region is one of the country's forms: folded_regions.py)
            neg=[("Gunmen killed five people in southern Sudan's White Nile state on Monday.",
                  ("Sudan", "White Nile"))],
            probe=places, off=lambda name: name)
def whole_name(name: str) -> str:
    """Place phrase `name` as looked up whole: without a final possessive ("South Sudan's")."""
    return POSSESSIVE_END.sub("", name)
