"""A state body's named unit or branch, told after its owner's possessive: "the Interior
Ministry's OMON riot police", "the Mexican Army's 8th Military Zone", "the Internal Security
Forces' Information Branch".

The class: a unit, branch or agency of a state is named once, right after the body that owns it
(a title-case name ending in a ministry, army, forces, police, guard, service or command word
and a possessive). The guide makes such a named unit an actor of its own, PART_OF its owner;
no reader takes the unit's words when they end in a word that is no body word ("Branch",
"Zone") or are an acronym before a plain force noun ("OMON riot police"), so the unit is no
entity at all. The owner's possessive is what says the words name a unit, in any war and outlet
(encyclopedic articles, wire copy, military statements).

The unit is given as an entity of its own with a mention but no span: the sentence readers never
see it, so no event, target or source moves (a unit read as a doer or a victim would take the
acts the gold gives the state). Left alone: words already read by another rule or held by the
actor dictionary, a lower-case noun after the possessive ("the Interior Ministry's spokesman"),
a title-case word that ends in no unit word and is no acronym ("the Army's Kharkiv offensive"),
and a numbered unit standing alone ("a truck of the 33rd Infantry Battalion"), which the other
sentences of a report name as the state.

Cost: one regex scan of the text and one pass over the candidates per unit found.
"""

from __future__ import annotations

import re

from sitgraph.graph.model import Extraction
from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import rule

# The owner: a title-case name ending in a state body's word, and its possessive.
OWNER = r"(?:[A-Z][\w\-]+\s+){0,3}(?:Ministry|Army|Forces|Force|Police|Guard|Gendarmerie|Service|Command)"
# Words that end a unit's or a branch's name.
UNIT_END = (r"Branch|Zone|Region|Unit|Units|Division|Brigade|Battalion|Regiment|Corps|Squadron|Group|Company|"
            r"Detachment|Directorate|Department|Bureau|Squad|Team|Command|Service|Agency|Office|Centre|Center")
# A plain force noun after an acronym: "OMON riot police", "SWAT officers".
FORCE_NOUN = r"(?:riot\s+|special\s+|security\s+)?(?:police|forces|troops|commandos|officers|unit|units)\b"
OWNED = re.compile(
    rf"\b{OWNER}['\u2019]s?\s+"
    rf"(?P<unit>(?:\d{{1,3}}(?:st|nd|rd|th)\s+)?(?:[A-Z][\w\-]+\s+){{0,3}}(?:{UNIT_END})\b"
    rf"|[A-Z]{{2,6}}(?=\s+{FORCE_NOUN}))")


def _ordinal(unit: str) -> bool:
    return re.match(r"\d", unit) is not None


def unit_names(x: Extraction) -> tuple[str, ...]:
    """Names of the extraction's actors that have a mention and are no state's, civilians' or
    armed group's (the probe of the rule's examples)."""
    return tuple(sorted(e.name for e in x.entities if e.kind == "Actor" and e.mentions
                        and e.type not in ("state", "civilians", "armed_group", "person")))


def _already_named(cands: list[Cand], start: int, end: int, name: str) -> bool:
    """Does a kept candidate cover these words or carry the unit's name already?"""
    return any(c.start < end and start < c.end or c.kind == "Actor" and fold(c.name) == name for c in cands)


@rule("actor.owner-named-unit", "a unit or branch named right after its state body's possessive ('the Interior "
      "Ministry's OMON riot police', 'the Internal Security Forces' Information Branch') is an actor of its own "
      "(a name only: no event or source moves)",
      pos=[("Gunmen fired on a patrol of the Interior Ministry's SOBR riot police near Nazran on Monday, wounding "
            "three officers.",
            ("Interior Ministry", "SOBR"))],
      neg=[("Gunmen fired on a patrol near Nazran on Monday, the Interior Ministry's spokesman said.",
            ("Interior Ministry",))],
      probe=lambda x: unit_names(x), off=lambda cands, text, actors: [])
def owner_named_units(cands: list[Cand], text: str, actors: ActorDictionary) -> list[Cand]:
    """Candidates of the units named after their owner's possessive that no candidate of `cands`
    (the kept candidates of the report) reads and the actor dictionary does not hold."""
    out: list[Cand] = []
    for m in OWNED.finditer(text):
        start, end = m.span("unit")
        unit = text[start:end]
        name = fold(unit)
        if _already_named(cands + out, start, end, name) or any(h.start == 0 and h.end == len(unit)
                                                                for h in actors.find(unit)):
            continue
        typ = "state_forces" if _ordinal(unit) else "organization"
        out.append(Cand(start, end, unit, "Actor", typ, "org:" + name, unit, rank=4))
    return out

