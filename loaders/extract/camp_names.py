"""A camp named after a place: the name inside it is the camp's, not a place of its own.

Camps for displaced people and refugees are named after the village or site they stand on
("Otash camp", "the Kalma camp", "the Balata refugee camp", "the Hamidiya camp for internally
displaced people"). The guide makes each such camp one entity that is both a facility and a
place, its names the bare name among them; the gazetteer still finds the bare name inside the
camp's span and made it a place of its own, a second entity no gold has (and a LOCATED_IN of the
camp in itself). Encyclopedic narratives and rights records of camp raids name camps this way
throughout.

Only a name that begins the camp's span and is followed by nothing but a word for the camp
("refugee", "displacement", "IDP") and "camp" is the camp's: "the Balata and Askar camps" (a
town's camps, a plural) and "the army camp in Bor" keep their places; a country never names a
camp this way. A report that also writes the place on its own keeps it there: only the
candidate inside the camp's name gives way.

Cost: one pass over the candidates and a regex match per place candidate nested in a camp.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import places, rule

# What may stand between the camp's name and "camp": a word for whom it holds.
_CAMP_AFTER_NAME = re.compile(
    r"\s+(?:(?:refugee|refugees'?|displacement|IDP|idp|displaced(?:\s+persons?'?)?)\s+)?camp\b(?!s)")


def _named_after(place: Cand, camp: Cand, text: str) -> bool:
    """Is `place` the name `camp` (a facility candidate of type camp) begins with?"""
    if camp.start != place.start or camp.end <= place.end:
        return False
    after = _CAMP_AFTER_NAME.match(text, place.end)
    return after is not None and after.end() <= camp.end


@rule("place.camp-name-not-place", "a place name that begins a camp's name ('the Kalma camp', 'the Balata refugee "
      "camp') is the camp's, not a place of its own",
      pos=[("Shells struck the Kalma camp on Monday, killing four residents.", ())],
      neg=[("Gunmen attacked the army camp in Bor on Monday, killing three soldiers.", ("Bor",)),
           ("Families from the Balata and Askar camps fled to Nablus on Tuesday.", ("Balata", "Nablus"))],
      probe=places, off=lambda cands, text: cands)
def camp_names_not_places(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the place candidates that begin a camp's name and are followed by
    nothing but a camp word ("Kalma" in "the Kalma camp")."""
    camps = [c for c in cands if c.kind == "Facility" and c.type == "camp"]
    if not camps:
        return cands
    return [c for c in cands
            if not (c.kind == "Place" and c.type != "country" and any(_named_after(c, k, text) for k in camps))]


# A list of names before a plural "camps" ("the Kalma and Otash camps", "the Kalma, Otash and
# Dereig camps"): each name runs on to the word "camps".
_LISTED_CAMPS = re.compile(r"(?:(?:\s*,|\s+and|\s*,\s+and)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)*\s+camps\b")
_CAMP_NAME = re.compile(r"(?:[Tt]he\s+)?(?P<x>[A-Z].*?)" + _CAMP_AFTER_NAME.pattern)


def _camps_by_name(camps: list[Cand]) -> dict[str, Cand]:
    """Folded name -> the first camp candidate written with that name and a singular "camp"."""
    out: dict[str, Cand] = {}
    for k in camps:
        m = _CAMP_NAME.match(k.text)
        if m is not None:
            out.setdefault(fold(m.group("x")), k)
    return out


@rule("facility.listed-camp-names", "a name in a list before a plural 'camps' ('the Kalma and Otash camps') is "
      "the camp the report names with it ('Kalma camp'), not a place",
      pos=[("Shelling of the Kalma and Otash camps, South Darfur\n\nShells struck the Kalma camp on Monday, killing "
            "four residents.", ("Otash", "South Darfur"))],
      neg=[("Families from the Balata and Askar camps fled on Tuesday after soldiers searched a clinic in Balata.",
            ("Balata",))],
      probe=places, off=lambda cands, text: cands)
def listed_camp_names(cands: list[Cand], text: str) -> list[Cand]:
    """`cands`, a place candidate that opens, continues or ends a list of names before
    "camps" made a mention of the camp the report writes with that name and "camp" (its
    group, name and key); a name the report never writes so stays a place ("the Balata and
    Askar camps" of a town)."""
    named = _camps_by_name([c for c in cands if c.kind == "Facility" and c.type == "camp"])
    if not named:
        return cands
    out = []
    for c in cands:
        k = named.get(fold(c.text)) if c.kind == "Place" and c.type != "country" else None
        if k is not None and _LISTED_CAMPS.match(text, c.end):
            c = replace(c, kind="Facility", type=k.type, group=k.group, name=k.name, key=k.key, place=None)
        out.append(c)
    return out
