"""A body named once with its place or owner and then without it is one body: "the Kherson
Regional Military Administration ... the Regional Military Administration", "the North Darfur
State Ministry of Health ... the state Ministry of Health".

Flash updates, press releases and monitoring notes name an authority in full the first time and
drop its place after, the way a numbered unit drops its owner (unit_short_forms.py). Read apart,
the later form is a second actor, and as it is the one that speaks after the first mention it
takes the claims, so neither actor matches the guide's one actor whose names hold both forms.

The later name must be two words or more (a bare "the ministry" is a generic word, left to the
readers of generic heads), and the words it lacks must be a place the report names (with an
optional "State", "Region", "Province", "Oblast" or "District" after it, or "'s") or a state
actor's name: "Free" of "Free Syrian Army" is no place, so "Syrian Army" stays another body. When
two bodies of two places share the tail ("the Kharkiv Regional Military Administration" and "the
Sumy Regional Military Administration"), the bare tail is left alone.

Cost: linear in candidates, a few word comparisons each.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actor_forms, rule

BODY_TYPES = frozenset({"organization", "state_forces", "authority", "ministry"})
# An administrative word that may follow the place inside a body's name ("North Darfur State").
_ADMIN = re.compile(r"\s+(?:state|region|province|oblast|district|county|governorate|city)$")


def _words(c: Cand) -> list[str]:
    return fold(re.sub(r"^(?:the|The)\s+", "", c.name)).split()


def _is_body(c: Cand) -> bool:
    """An actor of a body's type written as a proper name ("Regional Military Administration",
    not "the health ministry", a generic form the ministry readers of short_forms.py join)."""
    own = re.sub(r"^(?:the|The)\s+", "", c.text)
    return c.kind == "Actor" and c.type in BODY_TYPES and own[:1].isupper()


def _place_words(cands: list[Cand]) -> set[str]:
    """The folded names of the report's places and of its state actors."""
    out = {fold(c.name) for c in cands if c.kind == "Place" or (c.kind == "Actor" and c.type == "state")}
    out |= {fold(c.text) for c in cands if c.kind == "Place"}
    out.discard("")
    return out


def _lead_is_place(lead: str, places: set[str]) -> bool:
    """Is `lead` (folded) a place or state of the report, maybe with an administrative word
    after it or a possessive "s" (folding drops the apostrophe of "Ukraine's")?"""
    return any(x in places for x in (lead, _ADMIN.sub("", lead), lead[:-1] if lead.endswith("s") else ""))


@rule("actor.name-without-place", "a body named bare ('the Regional Military Administration') after the report "
      "named it with its place ('the Kherson Regional Military Administration') is that body",
      pos=[("Shelling hit Kherson, the Kherson Regional Military Administration said. The Regional Military "
            "Administration said two people were hurt.",
            (("Kherson Regional Military Administration", "Kherson Regional Military Administration"),
             ("Kherson Regional Military Administration", "Regional Military Administration")))],
      neg=[("Shelling hit Kharkiv on Tuesday, the Kharkiv Regional Military Administration said. Drones hit Sumy on "
            "Tuesday, the Sumy Regional Military Administration said. The Regional Military Administration said a "
            "guard was injured.",
            (("Kharkiv Regional Military Administration", "Kharkiv Regional Military Administration"),
             ("Regional Military Administration", "Regional Military Administration"),
             ("Sumy Regional Military Administration", "Sumy Regional Military Administration")))],
      probe=actor_forms, off=lambda cands: cands)
def placeless_names(cands: list[Cand]) -> list[Cand]:
    """`cands` with each body named without its place regrouped under the one body named
    earlier with it (see the module doc)."""
    places = _place_words(cands)
    full: dict[tuple[str, ...], list[Cand]] = {}  # a tail of a placed body's name -> its first candidates
    for c in cands:
        if _is_body(c):
            _add_tails(full, c, places)
    if not full:
        return cands
    out = []
    for c in cands:
        words = tuple(_words(c)) if _is_body(c) else ()
        to = full.get(words, []) if len(words) >= 2 else []
        # Only the one placed body of that tail, named before it.
        if len(to) == 1 and to[0].group != c.group and to[0].start < c.start:
            c = replace(c, group=to[0].group, name=to[0].name, key=to[0].key, type=to[0].type)
        out.append(c)
    return out


def _add_tails(full: dict[tuple[str, ...], list[Cand]], c: Cand, places: set[str]) -> None:
    """Record `c` under each tail of its name whose dropped lead is a place of the report."""
    words = _words(c)
    for i in range(1, len(words) - 1):
        if _lead_is_place(" ".join(words[:i]), places):
            entry = full.setdefault(tuple(words[i:]), [])
            if all(f.group != c.group for f in entry):
                entry.append(c)
