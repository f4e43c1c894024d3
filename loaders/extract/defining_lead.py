"""The paragraph an encyclopedic lead opens: "The 2022 Owo church attack was a mass shooting
and bombing at a Catholic church in Owo ... on 5 June 2022. Gunmen disguised as worshippers
opened fire on the congregation and detonated explosives." An article about one attack
defines it in its first sentence (its name, "was a/were", what and where) and tells it in
the sentences of that paragraph: the weapon each names ("opened fire", "detonated"), the
spot ("at the K5 junction") or the victims ("the congregation") are the defined attack's,
whatever weapon the definition named first. A sentence of that paragraph that tells another
day, another town, another side or marks itself apart ("a second", "separately", "days
later") is not.

Cost: a regex match of the defining sentence and a look at the text between two offsets.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.frame_overlap import days_differ
from sitgraph.loaders.extract.incident_parts import LATER_ACT
from sitgraph.loaders.extract.merging import named_actors, specific_ids
from sitgraph.loaders.extract.roles import separate
from sitgraph.loaders.extract.rules import branch, enabled, event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.sides import GENERIC_KEYS

_ACT = (r"(?:attacks?|bombings?|massacre|shootings?|ambush|air\s?strikes?|strikes?|siege|raids?|killings?|assault|"
        r"explosions?|shelling|blasts?|hostage\s+crisis|car\s+bombings?)")
# "The 2022 Owo church attack was", "The Mandarari massacre was the killing of", "The 14 October 2017
# Mogadishu bombings were": a named attack, then its definition.
DEFINING = re.compile(r"^\W*the\s+(?:[\w'’.,–-]+\s+){0,8}?" + _ACT +
                      r"\s+(?:(?:was|were)\s+(?:an?|the|two|three|four|several|a\s+series)\b|took\s+place\b|"
                      r"occurred\b|began\b)", re.IGNORECASE)

LEAD_DESCRIPTION = branch(
    "assemble.defining-lead-description", "in the paragraph of a defining lead, attackers told by a description "
    "('Several hundred insurgents attacked the post') are the side the lead named, no other side; a town named only "
    "as where someone came from ('a helicopter arrived from Malo') is no other place",
    pos=[("The Tessa post attack was an assault by fighters of the Dalmora Liberation Front on a police post in "
          "Tessa on 3 May 2004. Several hundred insurgents attacked the post with rifles until dawn, killing nine "
          "policemen.", ("Attack",))],
    neg=[("The Tessa post attack was an assault by fighters of the Dalmora Liberation Front on a police post in "
          "Tessa on 3 May 2004. Two days later, insurgents attacked an army base in Malo, killing nine soldiers.",
          ("Attack", "Attack"))],
    probe=event_kinds, where="sitgraph.loaders.extract.defining_lead._named_sides")


def defining_start(prev: Any, text: str) -> int | None:
    """The offset of `prev`'s sentence that defines it (a lead of :data:`DEFINING`'s form), if any."""
    for s, e in [(prev.sent_start, prev.sent_end), *prev.evidences]:
        if DEFINING.match(text[s:e]):
            return s
    return None


@named_rule("assemble.defining-lead", "a sentence of the paragraph an encyclopedic lead defines an attack in ('The "
            "Owo church attack was a mass shooting and bombing ... Gunmen opened fire and detonated explosives') "
            "tells that attack, whatever weapon it names",
            pos=[("The Owo church attack was a mass shooting at a Catholic church in Owo, Ondo State, Nigeria, on 5 "
                  "June 2022. Gunmen disguised as worshippers detonated explosives among the congregation.",
                  ("Attack",))],
            neg=[("The Owo church attack was a mass shooting at a Catholic church in Owo, Ondo State, Nigeria, on 5 "
                  "June 2022.\n\nGunmen disguised as worshippers detonated explosives among the congregation.",
                  ("Attack", "Attack")),
                 ("The Owo church attack was a mass shooting at a Catholic church in Owo, Ondo State, Nigeria, on 5 "
                  "June 2022. Two days later, gunmen detonated explosives at a mosque in Akure.",
                  ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def told_in_lead(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Is incident frame `f` (its sentence `text`) told in the paragraph whose first sentence
    defines incident `prev`, on no other day, in no place below a province `prev` lacks (when
    `prev` names one), by no named side `prev` lacks, and not marked apart?"""
    if f.role != "incident" or prev.role != "incident" or f.kind != "Attack" or prev.kind != "Attack":
        return False
    return _in_lead_paragraph(prev, f, table.report.text) and tells_defined(prev, f, text, table)


def tells_defined(prev: Any, f: Any, text: str, table: Any, landmarks: bool = False) -> bool:
    """Does attack frame `f` (its sentence `text`) tell the attack `prev` a lead defines: on no
    other day, in no place below a province `prev` lacks (when `prev` names one; a place named
    only as where someone came from aside), by no named side `prev` lacks, not marked apart?
    Shared with attack_sections.py, which asks it of a frame in a section telling the attack
    with `landmarks` True: a landmark (a river, a forest) named there is no other place."""
    if separate(text) or LATER_ACT.search(text) or days_differ(prev, f):
        return False
    own = {p for p in specific_ids(f.places, table) - set(prev.places) if not _origin(p, text, table)
           and not (landmarks and table.entities[p].type == "landmark")}
    if own and specific_ids(prev.places, table):
        return False
    sides = _named_sides(f.actors, table)
    return not sides or not named_actors(prev.actors, table) or sides <= named_actors(prev.actors, table)


def _origin(place: str, text: str, table: Any) -> bool:
    """Does the sentence `text` name `place` only as where someone came from ("a helicopter arrived
    from Kathmandu", "reinforcements from Malo")? That is no place of the act it tells."""
    if not enabled(LEAD_DESCRIPTION):
        return False
    name = re.escape(table.entities[place].name or "")
    return bool(name) and re.search(rf"\b{name}\b", text) is not None and not re.search(
        rf"(?<!\bfrom\s)(?<!\bfrom\sthe\s)\b{name}\b", text)


def _named_sides(actors: list[str], table: Any) -> set[str]:
    """The sides of a frame of the lead's paragraph that could be another's: not a description
    of the attackers ("insurgents", "the rebels", "militiamen"), which the paragraph uses for the
    side its lead named ("an assault by fighters of X ... Several hundred insurgents surrounded the
    post"): that is no other side."""
    named = named_actors(actors, table)
    if not enabled(LEAD_DESCRIPTION):
        return named
    return {a for a in named if table.entities[a].key not in GENERIC_KEYS}


def _in_lead_paragraph(prev: Any, f: Any, full: str) -> bool:
    """Is `f`'s sentence in the paragraph (no blank or heading line between) that a sentence
    of `prev` defining it opens?"""
    start = defining_start(prev, full)
    if start is None or f.sent_start < start:
        return False
    between = full[start:f.sent_start] + re.match(r"\s*", full[f.sent_start:]).group()
    return "\n\n" not in between and "\n" not in between.rstrip("\n")
