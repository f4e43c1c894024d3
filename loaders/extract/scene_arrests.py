"""An arrest at the scene: "Two women blew themselves up at the market of Kerawa on Tuesday. A
third suspected bomber was arrested by a vigilance committee before she could reach the market."
The arrest of a suspect told in an incident's account, with no place of its own, was made where
the incident was: every outlet tells the attackers caught, a bomber stopped, a gunman captured
alive, right after the attack, without naming the place again.

The guide gives such an arrest as an abduction event of its own, placed where it was made. The
frame found no place in its sentence ("before she could reach the market"), so it matched
nothing; it now takes the places of the incident it is told with: the last incident (not a
recalled one) told before it, of the same day when both are dated. An arrest with a place of
its own ("arrested four suspects in Bagram district") keeps it; one told apart ("separately",
"elsewhere"), on another day or days on ("in the days after the attack"), or as an inquiry's
("in connection with the attack") stays as it is.

:func:`place_scene_arrests` runs over a report's frames once. Cost: O(frames^2).
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_places, rule
from sitgraph.loaders.extract.wordlists import noun_alternation

# Who is caught: the suspects of an act, its attackers ("a suspected bomber", "one of the gunmen").
SUSPECTS = re.compile(rf"(?i)\b(?:suspect(?:s|ed)?|{noun_alternation('attacker_nouns')}|"
                      r"militants? involved|would-be)\b")
# Told apart from the incident before. Narrower than roles.separate: "a third suspected bomber
# was arrested" is one of the incident's attackers, not a third incident.
APART = re.compile(r"(?i)\b(?:separate(?:ly)?|elsewhere|meanwhile|in\s+other\s+(?:violence|news|incidents))\b")
# Told as made days on ("in the days after the attack", "two weeks later", "the following
# week"): a later act, wherever it was, not an arrest at the scene.
DAYS_ON = re.compile(r"(?i)\b(?:(?:days?|weeks?|months?|years?)\s+(?:after|later|that\s+followed)|"
                     r"following\s+(?:days?|weeks?|months?)|subsequent\s+(?:days?|weeks?))\b")
# Tied to the attack as an inquiry's arrest ("in connection with the attack", "over the
# bombing", "for their role in it"): made wherever the inquiry led, not at the scene.
INQUIRY = re.compile(r"(?i)\b(?:in\s+connection\s+with|over\s+the|linked\s+to|investigat\w*|"
                     r"for\s+(?:their|his|her|its)\s+(?:role|part|involvement))\b")
# How: an arrest, a capture, a detention (not a kidnapping of victims).
ARRESTED = re.compile(r"(?i)\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|captured|caught|apprehended|"
                      r"taken into custody|overpowered)\b")


def _unplaced_arrest(f: Any, sentence: str) -> bool:
    """Is `f` an abduction frame with no place or target of its own whose sentence tells the
    arrest of suspects, not told apart from what came before?"""
    if f.kind != "Abduction" or f.role != "incident" or f.places or f.targets or f.parent is not None:
        return False
    told = SUSPECTS.search(sentence) and ARRESTED.search(sentence)
    return bool(told) and not (APART.search(sentence) or DAYS_ON.search(sentence) or INQUIRY.search(sentence))


def _scene(f: Any, frames: list[Any]) -> Any:
    """The last placed incident (attack) told before `f`, when of `f`'s day or either is
    undated; else None."""
    before = [g for g in frames if g is not f and g.kind == "Attack" and g.role == "incident" and g.places
              and g.sent_index <= f.sent_index]
    if not before:
        return None
    host = max(before, key=lambda g: g.sent_index)
    if f.date and host.date and f.date[:10] != host.date[:10]:
        return None
    return host


def _unchanged(frames: list[Any], _text: str) -> list[Any]:
    """Off value: the frames as they are."""
    return frames


@rule("assemble.arrest-at-scene", "'A third suspected bomber was arrested before she could reach the market': an "
      "arrest of suspects told after an incident, with no place of its own, is placed where the incident was",
      pos=[("Two women blew themselves up at the market in Kerawa on Tuesday, killing 16 people. A third suspected "
            "bomber was arrested by members of a local vigilance committee before she could reach the market.",
            (("Kerawa",), ("Kerawa",)))],
      neg=[("Two women blew themselves up at the market in Kerawa on Tuesday, killing 16 people. Police arrested "
            "two suspects in Mora on Tuesday.", (("Kerawa",), ("Mora",))),
           ("Two women blew themselves up at the market in Kerawa on Tuesday, killing 16 people. Separately, "
            "police arrested two suspects on Tuesday.", (("Kerawa",), ())),
           ("Two women blew themselves up at the market in Kerawa on Tuesday, killing 16 people. Police arrested "
            "two suspects in the days after the attack.", (("Kerawa",), ()))],
      probe=event_places, off=_unchanged)
def place_scene_arrests(frames: list[Any], text: str) -> list[Any]:
    """`frames`, each unplaced arrest of suspects (:func:`_unplaced_arrest`, sentence read
    in report `text`) given the places of the incident it is told with (:func:`_scene`)."""
    for f in frames:
        if not _unplaced_arrest(f, text[f.sent_start:f.sent_end]):
            continue
        host = _scene(f, frames)
        if host is not None:
            f.places = list(host.places)
    return frames
