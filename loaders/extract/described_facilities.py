"""A facility named, then described after a comma: "Kele-Numaz, a synagogue in the old town",
"Al-Hamidi, a mosque on the edge of the district", "Pasar Mai, a night bazaar".

Encyclopedic writing names a mosque, market or school by its own name and says what it is in
an apposition, in any language's transliteration: the name alone reads like a person's or a
town's (spaCy takes "Al-Hamidi" for a person, "Pasar Mai" for a place), and the described
noun became a second, unnamed facility. The name is the facility the noun describes: one
entity of that head, named by the name. A name the gazetteer or the actor dictionary knows
(a town, a group) keeps its own kind; only an article ("a", "an") opens the description, so
"Gaza, the hospital said" is no apposition.

Cost: one regex search in the 80 characters before each unnamed facility candidate.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.facility_forms import ROLE_AFTER
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import facility_forms, rule

# A capitalised name (words joined by "of", "the", "al-"...), a comma, an indefinite article,
# right before the described facility noun and its modifiers.
_WORD = r"(?:[A-Z][\w'’]*(?:-[\w'’]+)*|(?:al|el|an|ad|as|ash|at|ul)-[A-Z][\w'’]*(?:-[\w'’]+)*)"
NAMED_THEN_A = re.compile(rf"(?<![\w'’-])(?P<name>{_WORD}(?:\s+(?:(?:of|the|de|du|la|del)\s+)*{_WORD}){{0,5}})"
                          r",[ \t]+(?:a|an)[ \t]+\Z")


# A list of nouns goes on after the described one ("Churches, a synagogue, a police post").
LIST_GOES_ON = re.compile(r",?[ \t]+(?:a|an|and)[ \t]|,[ \t]*(?:a|an)[ \t]")


def _described(c: Cand, text: str) -> bool:
    """Is `c` a facility noun with its modifiers ("synagogue", "Orthodox church") that no list
    of nouns and no role noun ("spokesman") goes on after? The article before it is checked by
    the caller."""
    return c.kind == "Facility" and bool(c.head) and LIST_GOES_ON.match(text, c.end) is None \
        and ROLE_AFTER.match(text, c.end) is None  # "X, a Defence Headquarters spokesman": a person


def _known(c: Cand) -> bool:
    """A name the gazetteer or the actor dictionary gives: a real town or group, no facility."""
    return c.place is not None or (c.kind == "Actor" and c.rank <= 1)


# A facility, then a locative before the name: "a military base in X, a former prison" locates
# the base in X, and the description may be the base's as well as X's.
IN_BEFORE = re.compile(r"[ \t]+(?:in|at|near|outside|inside)[ \t]+(?:the[ \t]+)?\Z")


def _locates_another(cands: list[Cand], text: str, start: int) -> bool:
    """Does a facility noun and a locative stand right before the name at `start`?"""
    m = IN_BEFORE.search(text, max(0, start - 16), start)
    return m is not None and any(c.kind == "Facility" and c.end == m.start() for c in cands)


def _name_before(c: Cand, cands: list[Cand], text: str,
                 by_span: dict[tuple[int, int], list[Cand]]) -> tuple[int, int] | None:
    """The span of the name `c` describes ("Kele-Numaz" of "Kele-Numaz, a synagogue"), None
    when `c` describes none or the name is a known town or group, or another facility's place."""
    if not _described(c, text):
        return None
    m = NAMED_THEN_A.search(text, max(0, c.start - 80), c.start)
    if m is None:
        return None
    span = (m.start("name"), m.end("name"))
    if any(_known(d) for d in by_span.get(span, [])) or _locates_another(cands, text, span[0]):
        return None
    return span


@rule("facility.named-then-described", "a name set before a comma and an article describing a facility ('Kele-Numaz, "
      "a synagogue in the old town') is that facility, one entity named by the name",
      pos=[("Gunmen set fire to Kele-Numaz, a synagogue in the old town of Derbent.",
            (("Kele-Numaz", "Kele-Numaz"), ("Kele-Numaz", "synagogue"))),
           ("The bomb went off as the cleric left Al-Hamidi, a mosque in Tripoli.",
            (("Al-Hamidi", "Al-Hamidi"), ("Al-Hamidi", "mosque")))],
      neg=[("Shelling hit Kramatorsk, a city in Donetsk, and a school nearby.", (("school", "school"),)),
           ("Target: Churches, a synagogue, a police post\n\nGunmen attacked a synagogue in Derbent.",
            (("synagogue", "synagogue"), ("synagogue", "synagogue in Derbent"))),
           ("Militants overran an army base in Buulo Mareer, a former prison west of Mogadishu.",
            (("army base", "army base"), ("army base", "army base in Buulo Mareer"),
             ("former prison", "former prison"))),
           ("Gunmen set fire to a synagogue in Derbent, the regional ministry said.",
            (("synagogue", "synagogue"), ("synagogue", "synagogue in Derbent")))],
      probe=facility_forms, off=lambda cands, text: cands)
def named_then_described(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` with each name set before ", a <facility noun>" made a facility of that noun's
    head and type, the noun joined to it; the candidates inside the name give way to it."""
    by_span: dict[tuple[int, int], list[Cand]] = {}
    for c in cands:
        by_span.setdefault((c.start, c.end), []).append(c)
    joined: dict[int, Cand] = {}  # id of a described noun -> its replacement
    made: list[Cand] = []
    covered: list[tuple[int, int]] = []
    for c in cands:
        span = _name_before(c, cands, text, by_span)
        if span is None:
            continue
        same = by_span.get(span, [])
        named = next((d for d in same if d.kind == "Facility"), None)
        if named is None:
            name = text[span[0]:span[1]]
            named = Cand(span[0], span[1], name, "Facility", c.type, f"facility:{fold(name)}:{c.head.lower()}",
                         name, head=c.head)
            made.append(named)
            covered.append(span)
        joined[id(c)] = replace(c, group=named.group, name=named.name, strong=True)
    if not joined:
        return cands
    kept = [joined.get(id(c), c) for c in cands
            if not any(s <= c.start and c.end <= e for s, e in covered)]
    return kept + made
