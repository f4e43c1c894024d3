"""A group and the other name the text gives it in the same breath are one actor: "the Allied
Democratic Forces (ADF), which calls itself the Islamic State Central Africa Province", "armed
gangs, known locally as bandits", "the Kaniyat, formerly the 9th Brigade", and the reverse order
"the Islamic State Central Africa Province, as the ADF calls itself".

Encyclopedic articles and wire background paragraphs name an armed group once with its other
name (the name it gives itself, the local name, an earlier name) and then use either name
freely. Read apart, the two names are two actors, and the guide wants one actor per party whose
names hold both. Only a naming connective right between two actor candidates joins them; a
description after the connective ("calls itself a branch of", "known for its raids") is no
candidate, so nothing is joined. Persons, victims and states are left alone: a person's
nickname and a country's old name are other constructions.

Cost: one regex match between each pair of neighbouring actor candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actor_forms, rule

# The words between the first name (and its bracketed short form) and the other name.
_BRACKET = r"(?:\s*\([^()]{1,40}\)|\s*\))?"  # the first name's short form, or its close
FORWARD = re.compile(
    _BRACKET + r"\s*,?\s*(?:"
    r"(?:which|who|that)\s+(?:now\s+|later\s+)?(?:call|calls|called|style|styles|styled|name|names|named|"
    r"rebranded|renamed)\s+(?:itself|themselves)"
    r"|(?:also\s+|locally\s+|widely\s+|better\s+|now\s+|previously\s+|formerly\s+)?(?:known|called)"
    r"(?:\s+locally|\s+widely|\s+also)?\s+as"
    r"|(?:also|locally)\s+called"
    r"|a\.k\.a\.?"
    r"|\(?\s*(?:formerly|previously|once)(?:\s+(?:known\s+as|called))?"
    r")\s+(?:the\s+)?\Z", re.IGNORECASE)
# "the Islamic State Central Africa Province, as the ADF calls itself": the other name first.
AS_BEFORE = re.compile(r"\s*,\s*as\s+(?:the\s+)?\Z", re.IGNORECASE)
AS_AFTER = re.compile(r"\s+(?:calls|call|styles|style|names)\s+(?:itself|themselves)\b", re.IGNORECASE)

# Sides the rule joins: armed groups and bodies (a generic side too, "armed gangs").
JOINABLE = frozenset({"armed_group", "organization", "state_forces", None})


@rule("actor.alias-appositive", "a group and the other name the text gives it with a naming connective ('X, which "
      "calls itself Y', 'X, known locally as Y', 'X, formerly Y', 'Y, as X calls itself') are one actor",
      pos=[("The Allied Democratic Forces, which calls itself the Islamic State Central Africa Province, attacked "
            "Kasese on Sunday.",
            (("Allied Democratic Forces", "Allied Democratic Forces"),
             ("Allied Democratic Forces", "Islamic State Central Africa Province")))],
      neg=[("The Allied Democratic Forces, which pledged allegiance to the Islamic State, attacked Kasese on "
            "Sunday.",
            (("Allied Democratic Forces", "Allied Democratic Forces"), ("Islamic State", "Islamic State")))],
      probe=actor_forms, off=lambda cands, text: cands)
def other_names(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` with the candidates of a group's other name regrouped under the group (see the
    module doc). Cost: linear in candidates."""
    actors = sorted((c for c in cands if c.kind == "Actor" and c.type in JOINABLE), key=lambda c: c.start)
    into: dict[str, Cand] = {}  # group -> the candidate whose group it joins
    for a, b in zip(actors, actors[1:], strict=False):
        pair = _named_twice(a, b, text)
        if pair is None:
            continue
        first, other = pair
        # The dictionary's name is the actor's: a reader's name joins it, not the reverse.
        keep, join = (other, first) if other.key and not first.key else (first, other)
        keep = _final(keep, into)
        if keep.group != join.group:
            into[join.group] = keep
    return _regrouped(cands, into) if into else cands


def _named_twice(a: Cand, b: Cand, text: str) -> tuple[Cand, Cand] | None:
    """(the group's first name, its other name) when neighbouring candidates `a` and `b` are
    joined by a naming connective, else None."""
    if a.group == b.group or b.start - a.end > 90:
        return None
    between = text[a.end:b.start]
    if FORWARD.match(between):
        return a, b
    if AS_BEFORE.match(between) and AS_AFTER.match(text, b.end):
        return b, a
    return None


def _final(c: Cand, into: dict[str, Cand]) -> Cand:
    """The candidate `c`'s group finally joins (itself when it joins none)."""
    while c.group in into:
        c = into[c.group]
    return c


def _regrouped(cands: list[Cand], into: dict[str, Cand]) -> list[Cand]:
    out = []
    for c in cands:
        if c.kind == "Actor" and c.group in into:
            to = _final(c, into)
            c = replace(c, group=to.group, name=to.name, key=to.key, type=to.type)
        out.append(c)
    return out
