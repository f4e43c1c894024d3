"""A numbered unit named with its owner: "the army's 23rd Division", "its 7th Division", "the
Lebanese Army's 12th Brigade", "the rebels' 9th Brigade".

A numbered unit standing alone is left unread (bodies.py): its acts would name the unit where
the report's other sentences name the state. With an owner's possessive right before it the
phrase says whose unit it is, so the guide's named unit, an actor of its own PART_OF that
owner, is read; the owner's word stays the owner's own mention. Two owners: a lower-case
service word or pronoun ("the army's", "the military's", "its") standing for the report's
side, and a dictionary party whose name opens the run ("Lebanese Army's", "LNA's"), which the
dictionary check would otherwise take for a longer name of its own. Written English in every
war and outlet: wire copy, encyclopedic articles, military statements.

Cost: one regex match in the 30 characters before a numbered unit's name.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.actors import ActorDictionary, ActorHit
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import branch, enabled

# "the army's ", "the military's ", "the navy's ", "the armed forces' ", "its ", "their ".
SERVICE_OWNER = re.compile(r"(?i)(?:\b(?:army|military|navy|air\s+force|armed\s+forces|marines|police|"
                           r"gendarmerie)['\u2019]s?|\b(?:its|their))\s+\Z")
# A dictionary party's possessive ending the owner part of a run: "Lebanese Army's ".
PARTY_POSSESSIVE = re.compile(r"['\u2019]s?\s+")
# A name of its own after the unit: "the LNA's 9th Brigade, also known as the Kaniyat", "(the
# Kaniyat)". That name is the actor (the dictionary's or a reader's), so the unit is left to it.
OWN_NAME_AFTER = re.compile(r"\s*(?:,\s*(?:also\s+|better\s+|locally\s+)?(?:known|called)\s+as\b"
                            r"|\(\s*(?:the\s+)?[A-Z])")
# Dictionary types that own units: a state, its forces, an armed group.
OWNER_TYPES = frozenset({"state", "state_forces", "armed_group"})

OWNED_UNIT = branch(
    "actor.owned-unit", "a numbered unit after its owner's possessive ('the army's 23rd Division', 'the Lebanese "
    "Army's 12th Brigade') is read as a body of its own",
    pos=[("A bomb hit a truck near Vakarai, killing six soldiers of the army's 23rd Division.",
          ("23rd Division", "government forces")),
         ("The Syrian Arab Army's 25th Division shelled the town of Kafr Nabl on Monday.",
          ("Syrian Arab Army's 25th Division", "Syrian government"))],
    neg=[("A bomb hit a truck of the 23rd Division near Vakarai, killing six soldiers.", ("government forces",)),
         ("The 7th Infantry Division killed 20 Boko Haram fighters in Sambisa forest.", ("Boko Haram",))],
    probe=actor_names, where="sitgraph.loaders.extract.bodies._owned_cand")


def service_owned(text: str, start: int, end: int) -> bool:
    """Does a service word's possessive ("the army's") or "its" stand right before the unit
    named at text[start:end], with no name of its own after it?"""
    return (enabled(OWNED_UNIT) and SERVICE_OWNER.search(text, max(0, start - 30), start) is not None
            and not OWN_NAME_AFTER.match(text, end))


def party_owned(text: str, start: int, end: int, hit_end: int, owner_type: str | None) -> bool:
    """Is the dictionary name ending `hit_end` characters into the numbered unit's run
    text[start:end] a party owning the unit after it by a possessive ("Lebanese Army's 12th
    Brigade"), with no name of its own after the unit?"""
    return (enabled(OWNED_UNIT) and owner_type in OWNER_TYPES
            and PARTY_POSSESSIVE.match(text, start + hit_end) is not None and not OWN_NAME_AFTER.match(text, end))


def without_owner(hits: list[ActorHit], text: str, start: int, end: int, actors: ActorDictionary,
                  unit: bool) -> list[ActorHit]:
    """`hits` (dictionary names found from `start`), the one opening a numbered unit's run
    text[start:end] dropped when it is the party owning the unit by a possessive."""
    if not unit or not hits or hits[0].start != 0:
        return hits
    entry = actors.get(hits[0].key)
    owned = party_owned(text, start, end, hits[0].end, entry.type if entry is not None else None)
    return hits[1:] if owned else hits
