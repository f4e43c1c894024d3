"""A named facility whose name ends in the place it serves: "the General Referral Hospital of
Goma", "the Central Prison of Koutiala", "the State University Hospital of Haiti", "the
University of Khartoum".

Names of public facilities in French-, Portuguese- and Spanish-speaking countries, and their
English renderings in every outlet, put the place after the kind ("Hôpital général de
référence de Goma"); so do universities everywhere. The place is part of the name: the
facility is named whole, and a bracketed acronym after it ("(HUEH)") is the facility's, not
the place's. The facility keeps its group, so a later short form ("the General Referral
Hospital") stays the same facility; the place stays a place of the report where it is told on
its own.

Cost: one regex match after each named facility candidate.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import facility_forms, rule

OF_GAP = re.compile(r"\s+of\s+")
# A place that ends a facility's name: a place candidate, or a country read as its state.
PLACE_TYPES = frozenset({"state"})


def _places_by_start(cands: list[Cand]) -> dict[int, Cand]:
    """The longest capitalised place (or country) candidate starting at each offset."""
    after: dict[int, Cand] = {}
    for c in cands:
        if (c.kind == "Place" or c.kind == "Actor" and c.type in PLACE_TYPES) and c.text[:1].isupper():
            if c.start not in after or c.end > after[c.start].end:
                after[c.start] = c
    return after


def _named(c: Cand) -> bool:
    """A named facility (capitalised, no "of" in it yet)?"""
    return c.kind == "Facility" and c.strong and bool(c.head) and c.text[:1].isupper() and " of " not in c.text


@rule("facility.named-of-place", "a named facility followed by 'of <place>' ('the General Referral Hospital of "
      "Goma', 'the University of Khartoum') is named whole",
      pos=[("Separatists set fire to the District Hospital of Kumba on Tuesday.",
            (("District Hospital of Kumba", "District Hospital of Kumba"),)),
           ("Gangs set fire to the State University Hospital of Haiti in Port-au-Prince on Tuesday.",
            (("State University Hospital of Haiti", "State University Hospital of Haiti"),))],
      neg=[("Shelling hit the Al-Shifa Hospital in the north of Gaza on Tuesday.",
            (("Al-Shifa Hospital", "Al-Shifa Hospital"),)),
           ("Shelling hit the hospital of the town on Tuesday.", (("hospital", "hospital"),))],
      probe=facility_forms, off=lambda cands, text: cands)
def named_facility_of_place(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` with each named facility (capitalised, no "of" in it yet) that "of" and a
    capitalised place (or country) follow widened over that place."""
    after = _places_by_start(cands)
    out = []
    for c in cands:
        gap = OF_GAP.match(text, c.end) if _named(c) else None
        place = after.get(gap.end()) if gap else None
        if place is not None:
            whole = re.sub(r"\s+", " ", text[c.start:place.end])
            c = replace(c, end=place.end, text=text[c.start:place.end], name=whole)
        out.append(c)
    return out
