"""Unnamed speakers of a state: "police said", "a senior police official said", "officials
said", and police with no name that act ("Police arrested four suspects"). The guide records
an unnamed official as the state or organisation they speak for, and police as the state unless
the text names the police force as an actor of its own.

:func:`unnamed_speakers_as_state` makes such role candidates (:mod:`speakers`) mentions of the
state of the report's country, when the report names that country (as a place, or its state,
forces or people). Police speakers join the state only where the state itself acts in the report
("Pakistani forces", "Kenya said"): where it does not, reports write the police as the agency
acting for it. A report that names a police force of its own ("the Kaduna State Police
Command") keeps its police speakers apart (:func:`speakers.join_named` joins them to that force);
a report whose country is not named leaves them as they are rather than guess a state.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.mentions import DEFINITE_BEFORE, Cand, fold
from sitgraph.loaders.extract.report_country import named_countries
from sitgraph.loaders.extract.rules import actor_forms, rule
from sitgraph.loaders.extract.speakers import OWNED, STATE_ROLE_MODIFIERS

POLICE = "police"
# People who speak for a police force: "police officials", "a senior police officer".
POLICE_SPEAKER_HEADS = frozenset({"police", "official", "officials", "officer", "officers", "spokesman",
                                  "spokeswoman", "spokesperson", "source", "sources"})
# One speaker: "the district police officer" is a person of the story, "a police official" anyone.
SINGULAR_HEADS = frozenset({"official", "officer", "spokesman", "spokeswoman", "spokesperson"})
# A bare plural of officials: nothing ties it to a council, a mission or an agency.
BARE_OFFICIALS = ("officials",)


def unnamed_state_speaker(c: Cand, text: str) -> bool:
    """Is `c` a role candidate, still its own body, of people who speak for the state without a
    name: police ("police", "provincial police officials") or bare "officials"? A role another
    body owns ("the SNA's military police"), written as a name ("the National Police") or one known
    person ("the district police officer") is not."""
    if not (c.kind == "Actor" and c.rank == 4 and c.group == "org:" + fold(c.text)):
        return False  # joined to a named body already, or no role candidate
    if OWNED.search(text, max(0, c.start - 30), c.start) is not None:
        return False
    if " " in c.text and all(w[:1].isupper() for w in c.text.split()):
        return False  # capitalised words: the force's own name
    words = tuple(fold(c.text).split())
    if words[-1] in SINGULAR_HEADS and DEFINITE_BEFORE.search(text, max(0, c.start - 8), c.start):
        return False  # "the district police officer": one known person, not the state speaking
    if words == BARE_OFFICIALS:
        return True
    return (POLICE in words and words[-1] in POLICE_SPEAKER_HEADS
            and all(w in STATE_ROLE_MODIFIERS or w == POLICE for w in words[:-1]))


def _named_police(cands: list[Cand]) -> bool:
    """Does the report name a police force of its own ("the Haitian National Police")?"""
    return any(c.kind == "Actor" and c.rank < 4 and POLICE in fold(c.name).split() for c in cands)


def _state_acts(cands: list[Cand], state: Any) -> bool:
    """Is `state` an actor of the report in its own words ("Pakistan", "Kenyan forces")?"""
    group = "actor:" + state.key
    return any(c.kind == "Actor" and c.rank < 4 and c.group == group for c in cands)


@rule("actor.unnamed-speaker-state", "an unnamed speaker of a state ('police said', 'a senior police official "
      "said', 'officials said') is the state of the report's country when the report names that country; "
      "a police force named as an actor of its own stays apart",
      pos=[("Gunmen killed two traders in Mandera, police said. Kenyan troops later pursued the attackers.",
            (("Kenya", "Kenyan troops"), ("Kenya", "police"), ("civilians", "traders"), ("unknown gunmen", "Gunmen")))],
      neg=[("Gunmen killed two traders in Mandera, Kenya, police said.",
            (("civilians", "traders"), ("police", "police"), ("unknown gunmen", "Gunmen")))],
      probe=actor_forms, off=lambda cands, state, text, actors: cands)
def unnamed_speakers_as_state(cands: list[Cand], state: Any, text: str, actors: ActorDictionary) -> list[Cand]:
    """Unnamed speakers of a state join `state` (the dictionary entry of the government of the
    report's country, or None: nothing changes) when the report names its country; police
    speakers only when the state acts in the report and no police force is named. Cost: linear in
    candidates plus one scan of the text for dictionary names."""
    if state is None or not any(unnamed_state_speaker(c, text) for c in cands):
        return cands
    if not state.country or state.country not in named_countries(text, cands, actors):
        return cands  # the state is not told: no guess
    # Police stay apart where the report names a force of its own, and where the state is no
    # actor of the report: such reports write the police as the agency that acts for it.
    police_apart = _named_police(cands) or not _state_acts(cands, state)
    out = []
    for c in cands:
        if unnamed_state_speaker(c, text) and not (police_apart and POLICE in fold(c.text).split()):
            c = replace(c, type=state.type, group="actor:" + state.key, name=state.name, key=state.entity_key)
        out.append(c)
    return out
