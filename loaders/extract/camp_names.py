"""A place named only as the name of a camp for refugees or displaced people ("Awach camp",
"the Woi Chyai displacement camp", "the Jenin refugee camp", "the Zamzam camp") is the camp,
not a place of its own.

Such camps take the name of the village or town they grew beside, and spaCy or the gazetteer
often read that name as a town, so the report held both a place "Zamzam" and a facility
"Zamzam camp". The annotation treats the camp as one entity, a place and a facility at once,
whose names include the bare name ("Zamzam", "Abu Shouk"), and an incident there is placed at
the camp. A second, town entity is a false one, and it took the camp's match from the facility.

So, once events are built, a place every mention of which is written right before "camp"
(with "refugee", "displacement" or "IDP" between, or as the first of two camps joined by "and":
"the Jenin and Tulkarem camps") folds into the camp facility the report names by it: its
mentions join the camp's, and the camp takes its place in events (an incident at the camp
keeps the camp as its place, and events told apart stay apart, because they are already
built) and in relations. Only in a report that speaks of displaced people or refugees: a camp
named after its town in a report on soldiers ("the attack on the Boulkessi camp") is a base,
and the town a place. A mention inside an actor's name ("the Jenin Brigade") names no
place and is passed over. A place named anywhere on its own ("fled Zamzam for El Fasher"),
and a camp of the military or police ("the Boni army camp": a base in the town, which is a
place), are left alone.

Pure function over the entity table, events and relations; cost: one anchored regex match per
place mention, linear in entities, events and relations.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.entity_folds import fold_with_events
from sitgraph.loaders.extract.mentions import fold
from sitgraph.loaders.extract.rules import places, rule

# The civilian qualifiers a camp's name may carry between the name and "camp".
_QUAL = r"(?:(?:refugee|refugees'?|displacement|displaced|IDP|IDPs'?|transit)\s+)?"
# Right after the place's mention: "<Name> camp", "<Name> refugee camp", or the first of two
# camps joined by "and" ("Jenin and Tulkarem camps").
_CAMP_AFTER = re.compile(r"\s+" + _QUAL + r"camps?\b|\s+and\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,3}"
                         + _QUAL + r"camps\b")
# A report on camps of civilians names them so somewhere.
_CIVIL = re.compile(r"\b(?:displaced|displacement|refugees?|IDPs?)\b", re.I)
_MILITARY = re.compile(r"\b(?:army|military|police|troops?|soldiers?|training|base)\b", re.I)


def _names_camp(m: Any, text: str) -> bool:
    """Is place mention `m` written as the name of a camp right after it?"""
    return _CAMP_AFTER.match(text, m.end) is not None


def _inside(m: Any, spans: list[tuple[int, int]]) -> bool:
    """Does mention `m` lie inside a longer span of `spans` (an actor's name)?"""
    return any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in spans)


def _civil_camp(e: Any) -> bool:
    """Is facility `e` a camp for civilians (not an army, police or training camp)?"""
    return e.kind == "Facility" and e.type == "camp" and not any(_MILITARY.search(m.text) for m in e.mentions)


def _camp_named(place: Any, camps: list[Any]) -> str | None:
    """The id of the first civilian camp of `camps` a mention of which opens with `place`'s name."""
    names = {fold(m.text) for m in place.mentions} | {fold(place.name)}
    for c in camps:
        for m in c.mentions:
            words = fold(re.sub(r"^(?:the|a|an)\s+", "", m.text, flags=re.I))
            if any(words.startswith(n + " ") and "camp" in words[len(n):] for n in names if n):
                return c.id
    return None


@rule("place.camp-name-folds", "a place written only as the name of a camp for refugees or displaced people "
      "('the Zamzam camp', 'Awach camp') is the camp, not a place of its own",
      pos=[("Gunmen attacked the Zamzam camp on Monday, killing six people. The camp shelters displaced families.",
            ())],
      # named on its own, the place stays
      neg=[("Gunmen attacked the Zamzam camp on Monday, killing six people. Families fled Zamzam for Tawila, where "
            "displaced people sleep in the open.", ("Tawila", "Zamzam"))],
      probe=places, off=lambda table: {})
def camp_name_places(table: Any) -> dict[str, str]:
    """Place id -> camp facility id for the places of `table` written only as a civilian
    camp's name, where the report names that camp as a facility."""
    text = table.report.text
    if not _CIVIL.search(text):  # "the Boulkessi camp" of a report on soldiers: a base in its town
        return {}
    camps = sorted((e for e in table.entities.values() if _civil_camp(e)),
                   key=lambda e: min((m.start for m in e.mentions), default=0))
    names = [(m.start, m.end) for e in table.entities.values() if e.kind == "Actor" for m in e.mentions]
    out = {}
    for eid, e in table.entities.items():
        cid = _camp_named(e, camps) if _only_camp_name(e, text, names) else None
        if cid is not None:
            out[eid] = cid
    return out


def _only_camp_name(e: Any, text: str, names: list[tuple[int, int]]) -> bool:
    """Is entity `e` a place (not a country) every mention of which outside an actor's name
    is written as a camp's name?"""
    if e.kind != "Place" or e.type == "country":
        return False
    own = [m for m in e.mentions if not _inside(m, names)]  # "the Jenin Brigade" names no place
    return bool(own) and all(_names_camp(m, text) for m in own)



def fold_camp_names(table: Any, events: list[Any], relations: list[Any]) -> tuple[list[Any], list[Any]]:
    """Fold each place of `table` written only as a camp's name into that camp (mentions joined,
    the place dropped) and return `events` and `relations` with the camp in the place's stead
    (a relation between the two, now a loop, dropped; duplicates kept once)."""
    return fold_with_events(table, camp_name_places(table), events, relations)
