"""Towns named as what an attack or a capture struck: "fighters attacked Gwoza on Friday",
"rebels shelled Sake", "jihadists overran Diapaga".

Every outlet tells a raid on a town with the town as the verb's object and no locative
word before it. spaCy tags many small towns as nothing there, and the gazetteer rule takes
only towns of 20,000 people or more, so the incident lost its place. A capitalised name
right after an attack or capture verb in the past that the gazetteer knows as a town or
village of any size is that place. Names the gazetteer does not know stay to the other
readers: the object of "attacked" is as often a group ("attacked ISWAP") or a person.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import places, rule

# Past forms of attack and capture verbs that take the place struck as their object.
STRIKE_VERBS = ("attacked", "raided", "stormed", "shelled", "bombed", "bombarded", "struck", "hit", "overran",
                "overrun", "seized", "captured", "besieged", "invaded", "torched", "looted", "pillaged",
                "targeted", "retook", "recaptured")
_NAME = r"(?:al-|el-|Al-|El-)?[A-Z][a-z][\w'\u2019\-]*(?:[ ][A-Z][a-z][\w'\u2019\-]*){0,2}"
STRUCK = re.compile(
    rf"\b(?:{'|'.join(STRIKE_VERBS)})\s+(?P<name>{_NAME})"
    # the object ends the phrase: a day, a time, a clause, a list ("Gwoza and Bama")
    r"(?=\s*(?:[,.;:()\u2013\u2014]|$|\s+(?:on|in|at|near|overnight|early|late|last|this|and|after|before|"
    r"killing|leaving|wounding|injuring|burning|forcing|where|while|when|with|from|for)\b))")
SETTLEMENTS = frozenset({"city", "town", "village"})


@rule("place.struck-town", "a capitalised name right after an attack or capture verb ('attacked', 'shelled', "
      "'overran') that the gazetteer knows as a town or village of any size is a place",
      pos=[("Boko Haram fighters attacked Gwoza on Friday, killing 12 people.", ("Gwoza",))],
      neg=[("Police said Gwoza residents fled on Friday.", ())],
      probe=places, off=lambda text, gaz: [])
def struck_town_cands(text: str, gaz: Any) -> list[Cand]:
    """Place candidates for the gazetteer towns standing as the object of an attack or
    capture verb. Cost: one regex scan and one gazetteer lookup per match."""
    from sitgraph.loaders.extract.places import exact_place, place_cand

    out = []
    if gaz is None:
        return out
    for m in STRUCK.finditer(text):
        name = m.group("name")
        if re.match(r"['\u2019]s\b", text[m.end("name"):m.end("name") + 3]):
            continue  # "attacked Shekau's hideout": the name owns what was struck
        place = exact_place(gaz, name, loose=False)
        if place is not None and place.type in SETTLEMENTS:
            out.append(place_cand(m.start("name"), m.end("name"), name, place, rank=3))
    return out
