"""Names written inside another word or name, where they name neither an actor nor a place.

- A place in a "-based" compound ("the London-based monitor", "a Britain-based group",
  "New York-based Human Rights Watch") tells where an organisation sits, as its description:
  the country is no party of the report and the city no place of its events. Outlets of every
  war introduce monitors and rights groups this way.
- A people's adjective opening a facility's proper name ("the Saudi Hospital", "the Kuwaiti
  Specialty Hospital", "the Turkish Friendship Hospital") is part of the name, given after a
  donor or founder: the state is no actor of the report and operates nothing there. A lower-case
  facility ("a Turkish observation post", "the Russian base") keeps its operator.

Cost: one regex match after each actor or place candidate, and one per facility candidate.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule

# "-based" right after the name, any dash: "London-based", "U.S.–based".
BASED_AFTER = re.compile(r"\s?[-\u2010\u2011\u2013]\s?based\b", re.IGNORECASE)


@rule("place.based-compound", "a place before '-based' ('the London-based monitor', 'a Britain-based group') "
      "describes where an organisation sits: no actor, no place",
      pos=[("The Britain-based Syrian Observatory for Human Rights said 12 people were killed in Douma.",
            ("Syrian Observatory for Human Rights", "civilians"))],
      neg=[("Britain said its embassy in Kabul was closed after the blast.", ("United Kingdom",))],
      probe=actor_names, off=lambda cands, text: cands)
def drop_based_places(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the actor and place candidates written right before "-based"."""
    return [c for c in cands if c.kind not in ("Actor", "Place") or not BASED_AFTER.match(text, c.end)]


# Civilian facility heads a donor's or founder's people may name ("the Saudi Hospital").
NAMED_HEADS = frozenset(
    "Hospital Clinic School University College Mosque Church Cathedral Centre Center Camp Market Bakery "
    "Stadium Library Institute Academy".split())
TITLE_WORD = re.compile(r"[A-Z][\w'\u2019\-]*$")


@rule("facility.donor-demonym", "a people's word opening a facility's proper name ('the Saudi Hospital') is "
      "part of the name: no state actor, no operator",
      pos=[("A drone struck the Saudi Hospital in El Fasher on Friday, killing 30 people.",
            ("civilians",))],
      neg=[("A Saudi drone struck a hospital in Saada on Friday, killing 30 people.",
            ("Saudi Arabia", "civilians"))],
      probe=actor_names, off=lambda c: False)
def donor_named(c: Cand) -> bool:
    """Is facility candidate `c` a proper name of a civilian facility, every word capitalised
    ("Saudi Hospital", "Kuwaiti Specialty Hospital"), so that a people's word opening it is
    part of the name?"""
    words = c.text.split()
    if c.kind != "Facility" or len(words) < 2 or words[-1] not in NAMED_HEADS:
        return False
    return all(TITLE_WORD.match(w) for w in words)


def drop_donor_demonyms(cands: list[Cand]) -> list[Cand]:
    """`cands` without the actor candidates that open a donor-named facility candidate."""
    named = {c.start: c.end for c in cands if donor_named(c)}
    return [c for c in cands if not (c.kind == "Actor" and c.start in named and c.end < named[c.start])]


# The rest of a body's full name after a known name it opens with: "Mission in the DR Congo" of
# "United Nations Mission in the DR Congo (MONUSCO)"; capitalised words and the small words
# of names between them, ending on a capitalised word.
SMALL = r"(?:in|of|for|the|and|on|to)"
NAME_TAIL = re.compile(rf"(?:\s+{SMALL}\b)*(?:\s+[A-Z][\w'\u2019\-]*(?:\s+{SMALL}\b)*){{1,6}}?(?=\s*\()")
BRACKET = re.compile(r"\s*\(\s*(?:the\s+)?([^()]{2,40}?)\s*\)")


@rule("actor.full-name-before-bracket", "a known name opening a longer full name that a known acronym in "
      "brackets defines ('United Nations Mission in the DR Congo (MONUSCO)') is the acronym's body",
      pos=[("The United Nations Mission in the DR Congo (MONUSCO) condemned the shelling of Sake.", ("MONUSCO",))],
      neg=[("The United Nations said MONUSCO condemned the shelling of Sake.", ("MONUSCO", "United Nations"))],
      probe=actor_names, off=lambda cands, text: cands)
def full_names_before_brackets(cands: list[Cand], text: str) -> list[Cand]:
    """`cands`, an actor whose name runs on into a full name closed by a bracketed
    dictionary acronym of another actor widened to the full name and regrouped under the
    acronym's actor; the places and actors inside the full name dropped."""
    known = {c.start: c for c in cands if c.kind == "Actor" and c.key}
    out = cands
    for c in [c for c in cands if c.kind == "Actor" and c.type not in ("person", "civilians")]:
        wide = _full_name(c, text, known)
        if wide is not None:
            out = [wide if x is c else x for x in out if x is c or not _inside(x, wide)]
    return out


def _full_name(c: Cand, text: str, known: dict[int, Cand]) -> Cand | None:
    """`c` widened to the full name a known bracketed acronym of another actor closes, as a
    mention of that actor; None when no such bracket follows."""
    tail = NAME_TAIL.match(text, c.end)
    br = BRACKET.match(text, tail.end()) if tail else None
    d = known.get(br.start(1)) if br else None
    if tail is None or br is None or d is None or d.group == c.group or d.end != br.end(1):
        return None
    end = tail.end()
    return Cand(c.start, end, text[c.start:end], "Actor", d.type, d.group, d.name, key=d.key, rank=c.rank)


def _inside(x: Cand, wide: Cand) -> bool:
    return wide.start <= x.start and x.end <= wide.end and x.kind in ("Place", "Actor")
