"""A facility told by a phrase: "the market in Kauda", "the water point at Bolou", "the base of
Marte", "the integrated health centre in Bafut", "a five-storey apartment block in Kharkiv".

The facility readers take an unnamed facility by its head noun ("market", "health centre",
"apartment building"): the describing words before it that no dictionary lists ("integrated",
"five-storey") and the place it stands in after it ("in Kauda") stay outside the mention. A
report that names no facility by a name of its own tells it by that phrase, and the phrase is
the name a reader (and the gold) gives it; the head alone is no name. Here each mention of an
unnamed facility followed by "in"/"at"/"of" and a place the report names is also told in its
longer forms: the head with that place, and with the lower-case describing words between an
article and the head too. Describing words without a place are not added: on the readable sets
they found two more buildings but paired one event anew, with a wrong toll.
Only surface forms are added, after every join: the entity, its spans, its events
and its relations stay as they were, and the place stays a place of its own. A place phrase
that is no facility ("the market town of X") has no facility mention to widen; a hospital
that received the wounded is widened like any other and stays no target.

Cost: one or two anchored regex matches per facility mention, after the entities are final.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from sitgraph.graph.model import Entity, Mention
from sitgraph.loaders.extract.rules import facility_forms, rule

# Up to three lower-case describing words ("integrated", "five-storey", "city's") right
# after an article or possessive, ending where the mention starts.
BEFORE = re.compile(r"(?:(?<=\W)|^)(?:the|a|an|its|their)\s+"
                    r"(?P<words>(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:['’]s)?\s+){1,3})\Z")
# "in", "at" or "of" and an optional article before the place's mention.
LINK = re.compile(r"\s+(?:in|at|of)\s+(?:the\s+)?")
# Words that are no part of a facility's name: counts, cues of time or order, and the links of a
# phrase ("the ward of the hospital": the ward is another facility).
NOT_DESCRIBING = frozenset({"same", "other", "another", "only", "first", "second", "last", "next", "nearby",
                            "local", "main", "such", "this", "that", "one", "two", "three", "several", "many",
                            "few", "some", "both", "each", "former", "new", "old", "also", "then", "now",
                            "of", "in", "at", "on", "by", "for", "to", "from", "with", "and", "or", "near",
                            "the", "a", "an"})


def _place_starts(entities: Iterable[Entity]) -> dict[int, Mention]:
    """The longest capitalised place mention starting at each offset."""
    out: dict[int, Mention] = {}
    for e in entities:
        if e.kind != "Place":
            continue
        for m in e.mentions:
            if m.text[:1].isupper() and (m.start not in out or m.end > out[m.start].end):
                out[m.start] = m
    return out


def _before(text: str, m: Mention) -> int | None:
    """Where the describing words before `m` start, or None when none stand there."""
    hit = BEFORE.search(text, max(0, m.start - 60), m.start)
    if hit is None or NOT_DESCRIBING & set(hit.group("words").split()):
        return None
    return hit.start("words")


def _after(text: str, m: Mention, places: dict[int, Mention]) -> int | None:
    """Where the place phrase after `m` ends ("in Kauda"), or None when no place follows."""
    link = LINK.match(text, m.end)
    place = places.get(link.end()) if link else None
    return place.end if place is not None else None


def _phrase_forms(text: str, m: Mention, places: dict[int, Mention]) -> list[Mention]:
    """The longer forms of facility mention `m` that end in the place it stands in: the head
    with its place, and with its describing words too. Describing words alone ("the
    five-storey building") are left: added without a place they paired events anew elsewhere."""
    end = _after(text, m, places)
    if end is None:
        return []
    start = _before(text, m)
    spans = [(m.start, end)] + ([(start, end)] if start is not None else [])
    return [Mention(m.report_id, re.sub(r"\s+", " ", text[s:e]), s, e) for s, e in spans]


@rule("facility.phrase-forms", "a facility told by a phrase ('the market in Kauda', 'the integrated health "
      "centre in Bafut') is also told in that phrase's forms",
      pos=[("Gunmen set fire to the market in Kauda on Tuesday.",
            (("market", "market"), ("market", "market in Kauda"))),
           ("Separatists burned the integrated health centre in Bafut on Monday.",
            (("health centre", "health centre"), ("health centre", "health centre in Bafut"),
             ("health centre", "integrated health centre in Bafut")))],
      neg=[("Gunmen attacked the market town of Kauda on Tuesday.", ()),
           ("Shelling hit the same hospital in the north on Tuesday.", (("hospital", "hospital"),))],
      probe=facility_forms, off=lambda entities, text: entities)
def phrase_forms(entities: tuple[Entity, ...], text: str) -> tuple[Entity, ...]:
    """`entities` with each facility's mentions joined by their phrase forms (see module)."""
    places = _place_starts(entities)
    out = []
    for e in entities:
        if e.kind == "Facility" and e.name[:1].islower():  # a named one is told by its name
            extra = [f for m in e.mentions for f in _phrase_forms(text, m, places)]
            e = replace(e, mentions=e.mentions + tuple(extra)) if extra else e
        out.append(e)
    return tuple(out)
