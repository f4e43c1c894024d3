"""The city a report was filed from, named in capitals at the head of its dateline ("PESHAWAR,
Pakistan, Oct 8 (Wire) \u2014 ", "BANGKOK, Nov 14 (Wire) - ", "BUTUAN CITY \u2014 "), is a place of the
report (the referee's gold lists it), even where the text never names it again.

Class of case: a wire's or a daily's dateline whose city is not a capital of the actor dictionary
(capitals are read by ``place.dateline-capital``) and is written nowhere else in the report: spaCy
tags no entity in a word in capitals, and no locative stands before it, so no other reader sees it.

What joins and what stays apart: the city is read only when the gazetteer knows the name (title-
cased) as a town or city, so a caption's or a label's word before a dash ("FILE - ", "UPDATE - ")
names nothing, and only where no other reader took the span for a place or an actor (a word of
the name read as a facility, "PORT" of "PORT HARCOURT", gives way); a later mention of the city joins
it (same gazetteer key). It is read after the report's country is voted on: where a report was
filed from ("BANGKOK" over a Myanmar story) says nothing of where its events are, so it resolves
no town's name abroad. No event takes it for its place: the dateline is cut off the lead's
sentence before places are given (``event.line-chain-place`` skips a dateline too).

Cost: one regex scan of the report's line heads and one gazetteer lookup per dateline found.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.dateline_capitals import dateline_head
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import places
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.spans import Cover

# A line opening with a name in capitals (words of capitals, joined by spaces, hyphens, apostrophes).
_HEAD = re.compile(r"(?m)^[A-Z][A-Z'\u2019]*(?:[ \-][A-Z][A-Z'\u2019]*){0,3}\b")
# The gazetteer's types a dateline names: where a correspondent files from.
_SETTLEMENTS = frozenset({"city", "town", "village", "capital"})


@named_rule("place.dateline-city", "a town's or city's name in capitals opening a dateline ('PESHAWAR, "
            "Pakistan, Oct 8 (Wire) \u2014 ') is a place of the report, though the text names it nowhere else",
            pos=[("PESHAWAR, Pakistan, Oct 8 (Indus Wire) \u2014 Gunmen attacked a police post in Bannu on "
                  "Tuesday.", ("Bannu", "Peshawar"))],
            neg=[("FILE - Gunmen attacked a police post in Bannu on Tuesday.", ("Bannu",))],
            probe=places, off=lambda cands, text, gaz: cands)
def with_dateline_places(cands: list[Cand], text: str, gaz: Any) -> list[Cand]:
    """`cands` (the kept candidates of `text`) with a place candidate for each name in capitals
    opening a dateline (the line's head before an optional country, date and agency and a dash)
    that the gazetteer knows as a settlement and no candidate covers; `cands` itself without a
    gazetteer or a dateline."""
    from sitgraph.loaders.extract.places import place_cand

    if gaz is None:
        return cands
    taken = Cover((c.start, c.end) for c in cands if c.kind in ("Place", "Actor"))
    out = list(cands)
    for m in _HEAD.finditer(text):
        if len(m.group(0)) < 3 or taken.covers(m.start()) or not dateline_head(text, m.start(), m.end()):
            continue
        place = _settlement(gaz, m.group(0).title())
        if place is None:
            continue
        # A word of the name read as a facility ("PORT" of "PORT HARCOURT" as a port) is the
        # city's. (A capital read as its state is place.dateline-capital's to undo.)
        out = [c for c in out if not (c.kind in ("Facility", "Agreement") and m.start() <= c.start
                                      and c.end <= m.end())]
        # Named as the gazetteer writes it: the dateline's capitals are its typography.
        out.append(replace(place_cand(m.start(), m.end(), m.group(0), place), name=place.name))
    return out


def _settlement(gaz: Any, name: str) -> Any:
    """The gazetteer's town or city named `name` exactly (Mombasa the city, not the county of
    the same name), else None."""
    from sitgraph.loaders.extract.gazetteer import fold as ascii_fold
    from sitgraph.loaders.extract.place_lookup import named_exactly

    towns = [p for p in gaz.lookup(name)[:5] if p.type in _SETTLEMENTS]
    return named_exactly(towns, ascii_fold(name))
