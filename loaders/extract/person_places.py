"""Names spaCy took for persons that the sentence makes places: a name right after "in"
("officials in Tabankort said", "15 in Bourzanga and 11 in Kassoumbo") and a name that
premodifies a word of area or front ("the Dibaya sector", "the Torske axis", "the Tirah
offensive", "the Koutougou district hospital").

Unknown town names are read as persons by spaCy as often as places, and a town read as a
person stands as an actor: the place is lost and the person is a false actor. People are not
"in" anywhere as a name is, and a sector, axis or district is named by its place, never by a
person. Not read: a name before "'s" ("in Hemedti's offensive"), a name a title or role word
opens, a dictionary actor or a demonym ("in Wagner", "the Russian offensive"), a month or
weekday, a word the report also writes in lower case. Cost: one pass over spaCy's entities,
a look at the few characters around each person span, one dictionary lookup per name kept.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.admin_places import after_opening_preposition
from sitgraph.loaders.extract.attacked_towns import attacked_town
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.patterns import NOT_NAMES
from sitgraph.loaders.extract.place_words import alternation
from sitgraph.loaders.extract.places import PERSON_BEFORE, exact_place, place_cand
from sitgraph.loaders.extract.quantities import FIGURE
from sitgraph.loaders.extract.rules import places, rule
from sitgraph.loaders.extract.span_text import doc_ents

# One to three capitalised words (a particle may join them: "Kafr el-Deir", "Bir al Abd").
_NAME = re.compile(r"[A-Z][a-z][\w'\u2019\-]*(?:\s+(?:al-|el-)?[A-Z][\w'\u2019\-]*){0,2}$")
# "in <name>" after a count ("15 in Bourzanga and 11 in Kassoumbo": a toll's parts by place) or
# after who speaks ("officials in Tabankort"); after a noun ("the camp in X") other readers decide.
_IN_BEFORE = re.compile(rf"(?i)(?:\b\d+|\b(?:{FIGURE}|dozens?)"
                        r"|\b(?:officials?|authorities|residents|villagers|elders|leaders|sources|witnesses))\s+in\s+$")
# The area and front words a place, never a person, premodifies ("the Dibaya sector").
AREA_WORDS = ("sector", "axis", "direction", "front", "frontline", "district", "subdistrict", "area", "offensive",
              "outskirts", "border", "corridor", "salient", "pocket", "enclave", "locality", "commune")
_AREA_AFTER = re.compile(r"\s+(?:" + "|".join(AREA_WORDS) + r")\b")
# What ends the name as a place: not a possessive ("in Hemedti's offensive") or a name going on.
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\b")
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
# A name that ends in an administrative word ("Zaporizhzhia Oblast") is the place readers' own.
_ADMIN_END = re.compile(rf"(?i)\s(?:{alternation('admin')})$")


# Who speaks for a place, before it: "officials in Tabankort said", "residents in Tangdhar say".
_SPEAKERS_IN = re.compile(r"\b(?:officials?|authorities|residents|villagers|elders|leaders|sources|witnesses)\s+in\s+$",
                          re.IGNORECASE)


@rule("place.person-located", "a name spaCy took for a person is a place right after 'in' ('killed in Bourzanga "
      "and 11 in Kassoumbo') or before an area or front word ('the Dibaya sector', 'the Tirah offensive'); after "
      "'officials in' it is no person",
      pos=[("The army said its troops cleared the Shawal valley after the Sara Khel offensive.",
            ("Sara Khel", "Shawal")),
           ("The army said its troops cleared the Tochi valley after the Razmak Khel offensive.", ("Razmak Khel",))],
      neg=[("In Hemedti's offensive on Omdurman, hundreds died, Mwangi Otieno said.", ("Omdurman",)),
           ("The Russian offensive near Kupiansk continued on Sunday.", ("Kupiansk",))],
      probe=places, off=lambda cands, text, doc, actors, gaz=None: cands)
def located_persons(cands: list[Cand], text: str, doc: Any, actors: ActorDictionary, gaz: Any = None) -> list[Cand]:
    """`cands` with a place candidate (rank 2, over spaCy's rank-4 person) for each person or
    place-named organisation span the sentence locates, and without the person candidates
    of a name that only locates who speaks ("officials in Tabankort said": where they sit,
    not where the story happened, so it grounds no event either)."""
    lower = frozenset(re.findall(r"(?<![\w\-])[a-z][a-z\-]*", text))
    out, dropped = [], set()
    for ent in doc_ents(doc):
        if ent.label_ not in ("PERSON", "ORG") or not _located(text, ent.start_char, ent.end_char, lower, actors):
            continue
        # "Across Kherson": the sentence's capitalised preposition is no word of the name.
        start, name = after_opening_preposition(ent.start_char, ent.text)
        end = ent.end_char
        place = exact_place(gaz, name) if gaz is not None else None
        if ent.label_ == "ORG" and place is None:  # an organisation's name only where the gazetteer knows it
            continue
        if _SPEAKERS_IN.search(text, max(0, start - 40), start):
            dropped.add((start, end))
            continue
        out.append(place_cand(start, end, name, place=place, rank=2))
    kept = [c for c in cands if not (c.kind == "Actor" and c.type == "person" and (c.start, c.end) in dropped)]
    return kept + out


def _located(text: str, start: int, end: int, lower: frozenset[str], actors: ActorDictionary) -> bool:
    """Does the sentence locate the name at text[start:end]: a name after "in" or before an
    area word, not a possessive, a titled person or a name that is no place?"""
    name = text[start:end]
    if not _NAME.match(name) or _POSSESSIVE_AFTER.match(text, end) or _POSSESSIVE_END.search(name) \
            or _ADMIN_END.search(name):
        return False
    before = text[max(0, start - 40):start]
    if not (_IN_BEFORE.search(before) or _AREA_AFTER.match(text, end) or attacked_town(text, start, end)) \
            or PERSON_BEFORE.search(before):
        return False
    return not _not_a_place(name, lower, actors)


def _not_a_place(name: str, lower: frozenset[str], actors: ActorDictionary) -> bool:
    """A date word, a common noun of the report, a dictionary actor or a demonym."""
    words = [w.lower() for w in name.split()]
    if any(w in NOT_NAMES or w in lower for w in words):
        return True
    return any(h.start == 0 and h.end == len(name) for h in actors.find(name))
