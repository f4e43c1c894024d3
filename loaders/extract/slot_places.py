"""Names spaCy took for persons in a slot only a place fills: after a local office or the
people of a place ("the sub-prefect of Kolofata", "residents of Dolbel", "the mayor of
Mubarak") and after "the police station of" ("the police station of Morales").

Unknown town names are read as persons by spaCy as often as places; a town read as a person
stands as an actor, so the place is lost and the actor is false. A prefect, a mayor or a
district's residents belong to a place, and a police station is "of" its town, never of a man.
Not read: a name a title opens, a possessive, a dictionary actor, a common word of the report
(person_places.py's tests), a word of a person the report names in full ("Ahmed Ali ... the
mayor of Ali"), and facilities a person owns ("the home of", "the office of"). Cost: one pass
over spaCy's entities and a look at the 40 characters before each person span.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.person_places import _located, _not_a_place
from sitgraph.loaders.extract.places import PERSON_BEFORE, exact_place, place_cand
from sitgraph.loaders.extract.rules import places, rule
from sitgraph.loaders.extract.span_text import doc_ents

# One to three capitalised words (a particle may join them: "Kafr el-Deir", "Bir al Abd").
_NAME = re.compile(r"[A-Z][a-z][\w'\u2019\-]*(?:\s+(?:al-|el-)?[A-Z][\w'\u2019\-]*){0,2}$")
# A local office or the people of a place, then "of": the office is the place's.
_OFFICE_OF = re.compile(
    r"(?i)\b(?:sub-?prefect|prefect|mayor|governor|district\s+commissioner|commissioner|administrator|"
    r"chairman\s+of\s+the\s+local\s+council|residents|inhabitants|villagers|people|elders|outskirts|"
    r"centre|center|entrance|edge)\s+of\s+(?:the\s+)?$")
# A police station, then "of": the station is the town's ("the police station of X"). "The market
# of X" and an attack or siege noun ("the attack on X") were tried and left out: each cost a
# measured set an entity (docs/EVALUATION.md, entity forms, twelfth round).
_FACILITY_OF = re.compile(r"(?i)\bpolice\s+station\s+of\s+$")


@rule("place.person-in-place-slot", "a name spaCy took for a person is a place after a local office or a "
      "place's people ('the mayor of Mubarak', 'residents of Dolbel') or after 'the police station of'",
      pos=[("A bomb outside the police station of Bwindeni killed two officers.", ("Bwindeni",)),
           ("Residents of Kolofata fled after gunmen burned the market.", ("Kolofata",))],
      neg=[("Gunmen burned the home of Ahmed Ali on Monday.", ()),
           ("Residents fled after the police arrested Musa Kamara, a trader.", ())],
      probe=places, off=lambda cands, text, doc, actors, gaz: cands)
def slot_persons(cands: list[Cand], text: str, doc: Any, actors: ActorDictionary, gaz: Any) -> list[Cand]:
    """`cands` with a place candidate (rank 2, over spaCy's rank-4 person) for each person span
    standing in a place's slot, and without that span's person candidate."""
    people = _name_words(doc)
    lower = frozenset(re.findall(r"(?<![\w\-])[a-z][a-z\-]*", text))
    out, dropped = [], set()
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and ent.text not in people and _slot_place(text, ent.start_char, ent.end_char,
                                                                             lower, actors):
            dropped.add((ent.start_char, ent.end_char))
            place = exact_place(gaz, ent.text) if gaz is not None else None
            out.append(place_cand(ent.start_char, ent.end_char, ent.text, place=place, rank=2))
    if not out:
        return cands
    kept = [c for c in cands if not (c.kind == "Actor" and c.type == "person" and (c.start, c.end) in dropped)]
    return kept + out


def _slot_place(text: str, start: int, end: int, lower: frozenset[str], actors: ActorDictionary) -> bool:
    """Is the person span text[start:end] a place by its slot, and not one person_places.py
    already reads?"""
    name, before = text[start:end], text[max(0, start - 40):start]
    if not _in_slot(name, before) or PERSON_BEFORE.search(before) or text[end:end + 1] in ("'", "\u2019"):
        return False
    return not (_not_a_place(name, lower, actors) or _located(text, start, end, lower, actors))


def _name_words(doc: Any) -> frozenset[str]:
    """The words of the persons spaCy names in full in `doc` ("Malala Yousafzai"): one of them
    alone later ("the attack on Yousafzai") is that person."""
    return frozenset(w for e in doc_ents(doc) if e.label_ == "PERSON" and " " in e.text.strip() for w in e.text.split())


def _in_slot(name: str, before: str) -> bool:
    """Does `before` end in a place's slot for `name`?"""
    return bool(_NAME.match(name)) and bool(_OFFICE_OF.search(before) or _FACILITY_OF.search(before))
