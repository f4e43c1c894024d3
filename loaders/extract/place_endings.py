"""Town names that end like a people's adjective: "in Yauri", "near Bauchi", "in Tamasan".

A one-word name ending in "-i" or "-an" was read as a demonym ("Iraqi", "Afghan") and never
as a place, even right after "in" and closing the phrase. Towns of every war end so (Hausa,
Kanuri, Arabic, Pashto and Burmese names alike). Such a name is a place where it closes a
locative phrase (punctuation, a date word or a clause follows, never a noun it could
qualify), and it is not the adjective of a place the gazetteer knows ("Yemeni" of Yemen,
"Kashmiri" of Kashmir) nor a language or people's name of the closed list below.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import places, rule

# Only these endings: "-ian", "-ean", "-ese", "-ish" are adjectives whatever follows.
ENDING = re.compile(r"(?:[^aeiou]i|[^ie]an)$")
# Languages and peoples named with those endings that a locative can precede ("in Swahili").
PEOPLES = frozenset({"swahili", "hindi", "bengali", "punjabi", "sindhi", "nepali", "farsi", "dari", "fulani",
                     "somali", "pashtun", "afghan", "kurdi", "urdu", "marathi", "gujarati", "thai", "yazidi",
                     "zaidi", "sufi", "saudi", "omani", "emirati", "qatari", "bahraini", "kuwaiti", "iraqi",
                     "israeli", "yemeni", "pakistani", "bangladeshi", "kashmiri", "azerbaijani", "tajik",
                     "uzbek", "persian", "german", "african", "american", "mexican", "cuban", "haitian",
                     "dominican", "russian", "ukrainian", "sudan", "oman"})
# What may close the phrase after the name: punctuation, a date or clause word.
CLOSES = re.compile(r"\s*(?:[,.;:()\u2013\u2014]|$|\s*(?:on|in|at|near|last|this|early|late|overnight|when|while|"
                    r"where|after|before|during|since|until|was|were|had|has|is|killing|leaving|wounding)\b)")


def _adjective_of_known(name: str, gaz: Any) -> bool:
    """Is `name` the adjective of a country or province the gazetteer knows ("Yemeni",
    "Kashmiri", "Tigrayan")? Cost: up to three gazetteer lookups."""
    if gaz is None:
        return False
    from sitgraph.loaders.extract.places import exact_place

    stems = [name[:-1], name[:-2], name[:-3] + "a"] if name.endswith("an") else [name[:-1], name[:-1] + "a"]
    for stem in stems:
        p = exact_place(gaz, stem, loose=False) if len(stem) >= 3 else None
        if p is not None and p.type in ("country", "province", "region"):
            return True
    return False


@rule("place.town-with-adjective-ending", "a one-word name ending in '-i' or '-an' that closes a locative "
      "phrase ('in Yauri on Thursday') is a town, unless it is a people's or language's name or the "
      "adjective of a known country or province",
      pos=[("Gunmen attacked a school in Yauri on Thursday.", ("Yauri",))],
      neg=[("Gunmen attacked a school in Yemeni waters on Thursday.", ())],
      probe=places, off=lambda name, text, end, gaz: False)
def town_despite_ending(name: str, text: str, end: int, gaz: Any) -> bool:
    """May `name` (ending at `end` of `text`, right after a locative) stand as a place
    although it ends like a demonym? Cost: one regex match and up to three lookups."""
    if " " in name or "-" in name or not ENDING.search(name) or name.lower() in PEOPLES:
        return False
    return bool(CLOSES.match(text, end)) and not _adjective_of_known(name, gaz)

