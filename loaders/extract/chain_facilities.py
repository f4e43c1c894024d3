"""A facility opening a place chain: "Location: Safari Hotel, Baidoa, Somalia".

An encyclopedic article's infobox, or an incident log's entry head, often locates the incident
by the building first and then by the places holding it. The chain reader takes every name of
such a chain for a place; the first one, though, is a facility the facility readers already
found (a hotel, a mosque, a market with a name of its own). The guide counts it once, as the
facility: a place of the same name beside it is a second entity for one thing.
"""

from __future__ import annotations

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import places, rule


@rule("place.chain-facility", "a name in a line's place chain that a facility reader found on the same span "
      "('Location: Safari Hotel, Baidoa, Somalia') and the gazetteer does not know is the facility, not a place",
      pos=[("Location: Rawda Hotel, Kismayo, Somalia\n\nGunmen stormed the Rawda Hotel in Kismayo on Friday.",
            ("Kismayo", "Somalia"))],
      neg=[("Location: Gubio, Borno State, Nigeria\n\nGunmen killed 81 villagers in Gubio on Tuesday.",
            ("Borno", "Gubio", "Nigeria"))],
      probe=places, off=lambda cands: cands)
def chain_facilities_apart(cands: list[Cand]) -> list[Cand]:
    """`cands` without the unknown chain places (rank 1, no gazetteer entry) that a facility
    candidate with a head covers exactly. Cost: linear in candidates."""
    facility_spans = {(c.start, c.end) for c in cands if c.kind == "Facility" and c.head}
    if not facility_spans:
        return cands
    return [c for c in cands if not (c.kind == "Place" and c.rank == 1 and c.place is None
                                     and (c.start, c.end) in facility_spans)]
