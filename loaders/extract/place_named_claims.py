"""A claim, admission or accusation told paragraphs after the incident, naming it by its place.

Features and news analyses open on a scene that names no doer; the claim comes five or six
paragraphs later, after the tolls, the hospital and the war's background: "On Friday, the group
claimed the Kalbo attack", "officials blamed the militia for the attack in Kalbo". The sentence
tells no incident of its own, so its statement reaches the event told last (extractor.py), which
in such a piece is a cumulative figure or a background act told just before, not the incident.
The sentence names the incident by its place: the statement belongs to the report's one incident
attack placed there.

- :func:`move_place_named_claims`: a claim, confirmation or accusation whose sentence names an
  attack by a specific place ("the Kalbo attack", "the bombing in Kalbo") and which sits on an
  event not placed there moves to the one incident attack placed there. Nothing moves when two
  incident attacks share the place (which one is meant is not told), when the statement's event
  is itself placed there (an earlier attack recalled with its place keeps its own claim), or when
  no incident is placed there.

Cost: one regex scan of each statement's sentence and a pass over the report's frames.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.attribution_records import apply_statements
from sitgraph.loaders.extract.frame_overlap import specific_ids
from sitgraph.loaders.extract.rules import event_actors, nothing
from sitgraph.loaders.extract.rules import rule as named_rule

_NOUNS = r"(?:attack|assault|bombing|blast|raid|ambush|massacre|killings|shelling|strike|airstrike|offensive)"
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
# "the Kalbo attack", "the attack on Kalbo", "the bombing in Kalbo", "the raid near Kalbo"
PLACE_NAMED = re.compile(rf"\b[Tt]he\s+(?P<name>{_NAME})\s+{_NOUNS}\b"
                         rf"|\b[Tt]he\s+{_NOUNS}\s+(?:on|in|at|near)\s+(?:the\s+)?(?P<name2>{_NAME})")
_MOVED = ("claimed", "confirmed", "accused")

_SCENE = ("On Tuesday, the trenches around Kalbo gave way. Gunmen on motorbikes struck the eastern side of "
          "Kalbo, near the water point, killing 30 people. The army said it had repelled the assault.\n\n"
          "Kalbo has lived under a blockade since 2022. More than a million people in the country are now "
          "displaced, according to the government.\n\n")


@named_rule("claim.place-named-incident", "'On Friday, X claimed the Kalbo attack' paragraphs after the scene: the "
            "claim names the incident by its place and goes to the report's one incident attack there, not to "
            "the event told last",
            pos=[(_SCENE + "On Friday, Ansarul Islam claimed the Kalbo attack in a message on its channel.",
                  (("Ansarul Islam",), ()))],
            neg=[(_SCENE + "On Friday, Ansarul Islam claimed the Dori attack in a message on its channel.",
                  (("unknown gunmen",), ("Ansarul Islam",)))],
            probe=event_actors, off=nothing)
def move_place_named_claims(frames: list[Any], table: Any, text: str) -> None:
    """Move each claim, confirmation or accusation on one of `frames` (assembled) whose sentence
    names an attack by a specific place the frame is not placed at to the one incident attack
    of `frames` placed there (see the module's doc). `text`: the report's text."""
    for f in frames:
        for record in list(f.attribution):
            target = _named_incident(f, record, frames, table, text)
            if target is not None:
                _move(f, target, record)


def _named_incident(f: Any, record: tuple[Any, ...], frames: list[Any], table: Any, text: str) -> Any | None:
    """The incident attack the sentence of `record` (a statement on `f`) names by its place,
    when `f` is no attack placed there and that is the only incident attack placed there; else None."""
    side, how, _by, evidence = record
    if how not in _MOVED or not evidence:
        return None
    places = _named_places(evidence, table, text)
    if not places or (f.kind == "Attack" and places & set(f.places)):
        return None  # an attack placed there is the one named (a flight or a toll there is not)
    there = [p for p in frames if p is not f and p.role == "incident" and p.kind == "Attack"
             and places & set(p.places) and side not in p.targets]
    return there[0] if len(there) == 1 else None


def _named_places(evidence: str, table: Any, text: str) -> set[str]:
    """The specific places sentence `evidence` names an attack by ("the Kalbo attack")."""
    start = text.find(evidence)
    if start < 0:
        return set()
    found: set[str] = set()
    for m in PLACE_NAMED.finditer(evidence):
        group = "name" if m["name"] else "name2"
        lo, hi = start + m.start(group), start + m.end(group)
        found |= specific_ids([eid for _s, _e, eid in table.in_span(lo, hi) if table.kind(eid) == "Place"], table)
    return found


def _move(f: Any, target: Any, record: tuple[Any, ...]) -> None:
    """Take statement `record` off frame `f` (and the side it made a doer or a source there)
    and apply it to `target`."""
    side, how, by, evidence = record
    f.attribution.remove(record)
    if not any(r[0] == side for r in f.attribution):
        if side in f.actors:
            f.actors.remove(side)
        if side in f.claimed_by:
            f.claimed_by.remove(side)
    apply_statements(target, [(side, how, by)], evidence)
