"""When two frames of a news story tell one incident, and when they tell two: conventions of
wire and broadcast copy in general (any outlet, any war).

A news story tells one incident many times, each time at another grain: the lead places it
"in eastern Afghanistan" or "in Nigeria's Zamfara state", a body sentence "in Khost city" or
"in Kadawa village in the Maru area" (:func:`finer_place`). And it tells a second incident of
the same day with "also" and a town of its own ("Russian drones also hit Kharkiv overnight",
further_acts.py), even when the headline named both towns.

Used by :func:`sitgraph.loaders.extract.merging.compatible`. Cost: a comparison of two frames'
few ids, with a gazetteer field or two per place.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.distinct_incidents import other_facility, other_listed_part
from sitgraph.loaders.extract.further_acts import ALSO_ACT, also_elsewhere
from sitgraph.loaders.extract.rules import event_kinds, event_places, event_tolls, no
from sitgraph.loaders.extract.rules import rule as named_rule

# Places a lead may locate an incident by before a body sentence names the town.
BROAD = ("country", "province", "region", "state")


def may_lie_inside(p: Any, q: Any) -> bool:
    """May place `p` lie inside broad place `q` (both table entities of kind Place): a place of
    `q`'s country when `q` is a country; of `q`'s province (by the gazetteer's first-level
    division) when `q` is one, or of its country when the gazetteer gives `p` no province (an
    unlisted village). False for any other `q`. Shared with nested_clause_places.py, which asks
    it of two clauses' places. Cost: a few field comparisons."""
    if p.type == "country" or p.country and p.country != q.country:
        return False
    if not p.country:
        return True  # a beach, a quarter or a village the gazetteer does not know: nothing says elsewhere
    if q.type == "country":
        return True
    if q.type == "province" and p.type != "province":
        return p.admin1 is None or (p.admin1 or "").lower() == (q.admin1 or q.name or "").lower()
    return False


@named_rule("assemble.finer-place", "a lead placing the incident in a country or province, then a body sentence "
            "naming a town inside it ('in eastern Afghanistan' ... 'in Khost city'): one incident, placed finer",
            pos=[("A suicide bomber killed 12 people at a crowded market in eastern Afghanistan on Tuesday, officials "
                  "said. Police said a man on a motorcycle blew himself up near shoppers in Khost city.",
                  ("Attack",)),
                 ("Armed bandits killed 20 people in a raid in Nigeria's northwestern Zamfara state, police said. "
                  "Residents said gunmen on motorcycles stormed the town of Maru and shot people.", ("Attack",)),
                 ("Gunmen opened fire on foreign tourists in Bamiyan province on Friday, killing six people. The "
                  "tourists were visiting a market in Bamiyan when they were shot, an official said.", ("Attack",))],
            neg=[("A suicide bomber killed 12 people at a crowded market in eastern Afghanistan on Tuesday, officials "
                  "said. A bomb killed three soldiers at a checkpoint in Khost, police said.", ("Attack", "Attack")),
                 ("Armed bandits killed 20 people in a raid in Nigeria's northwestern Zamfara state, police said. "
                  "Gunmen stormed the town of Wukari in Taraba state on Saturday and shot residents, police said.",
                  ("Attack", "Attack")),
                 ("Gunmen opened fire on foreign tourists in Bamiyan province on Friday, killing six people. Gunmen "
                  "shot dead two guards at a market in Bamiyan, an official said.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def finer_place(prev: Any, f: Any, table: Any) -> bool:
    """Does frame `f` place the incident `prev` told more finely: `prev` placed only in broad
    places (a country, a province the text calls one); every place `f` names that `prev`
    lacks lies inside one of them (see :func:`may_lie_inside`); `f` names no struck facility other
    than `prev`'s, no toll that differs from `prev`'s? Or, where `f` names no place `prev`
    lacks, it names the facility where it happened that `prev` did not. The caller has
    checked the kind, the day, the sides and the weapon."""
    ent = table.entities
    broad = _broad_only(prev, table)
    own = [ent[x] for x in f.places if x not in prev.places and ent[x].kind == "Place" and ent[x].type != "country"]
    if not broad or not all(any(may_lie_inside(p, q) for q in broad) for p in own):
        return False
    struck = _new_facilities(prev, f, table)
    if struck is None or not own and not (struck and f.places):
        return False  # "The tourists were visiting a market in Bamiyan when they were shot": where
    return _same_toll(_victims(prev), _victims(f)) and _same_toll(prev.wounded, f.wounded)


def _new_facilities(prev: Any, f: Any, table: Any) -> list[str] | None:
    """The facilities `f` names as struck that `prev` does not; None when `prev` named one
    struck and `f` another ("a bomb hit a checkpoint in Khost" after "a market")."""
    ent = table.entities
    struck = [t for t in f.targets if ent[t].kind == "Facility" and t not in prev.targets]
    return None if struck and any(ent[t].kind == "Facility" for t in prev.targets) else struck


def _victims(f: Any) -> int | None:
    """The frame's dead less the attackers it counts (None when it tells none)."""
    return (f.killed or 0) - (f.attackers_killed or 0) or None if f.killed is not None else None


def _broad_only(prev: Any, table: Any) -> list[Any]:
    """The places of `prev` told as broad (see :func:`told_broad`); none when `prev` names a
    place below a province, or two provinces."""
    ent = table.entities
    places = [ent[x] for x in prev.places if ent[x].kind == "Place"]
    if any(q.type not in BROAD for q in places) or sum(q.type == "province" for q in places) > 1:
        return []  # "shelling in Kharkiv and Donetsk regions": a summary of more than one incident
    return [q for q in places if told_broad(q, table.report.text)]


# "Zamfara state", "the province of Herat", "Sagaing region": a place the text calls broad.
ADMIN_AFTER = re.compile(r"(?i)\s*(?:province|state|region|oblast|governorate|prefecture|department|county)\b")
ADMIN_BEFORE = re.compile(r"(?i)\b(?:province|state|region|oblast|governorate|prefecture|department|county)\s+of\s+$")


def told_broad(q: Any, text: str) -> bool:
    """Is place `q` a country, or a province the text calls one ("Zamfara state", "the
    province of Herat")? A name shared by a province and its capital ("Sumy") is neither.
    `text` is the report's text, which `q`'s mentions index. Shared with distinct_incidents.py.
    Cost: a short search around each mention of `q`."""
    if q.type == "country":
        return True
    return q.type in BROAD and any(ADMIN_AFTER.match(text, m.end) or ADMIN_AFTER.search(m.text) or
                                   ADMIN_BEFORE.search(text[max(0, m.start - 30):m.start]) for m in q.mentions)


def _same_toll(a: int | None, b: int | None) -> bool:
    """No two figures that differ."""
    return a is None or b is None or a == b


# "Russian drones also hit Kharkiv", "militants also attacked a post near X": another act
# told after the first, not a part of it ("The gunmen also set fire to homes" names no place).
# "The aircraft then dropped ...", "The first assault ...": a further or another act.
OTHER_ACT = re.compile(r"(?i)\b(?:then|later|afterwards|again|another|second|third|next|first|previous|earlier|"
                       r"similar)\b")


@named_rule("assemble.unplaced-detail", "'A bomber blew himself up before gunmen stormed a restaurant' right after a "
            "lead placing the attack: how it went on, with no place, day, toll or named side of its own, is more of it",
            pos=[("Militants attacked a beach in Mogadishu on Friday night, killing 32 people, police said. A bomber "
                  "blew himself up before gunmen opened fire on a restaurant, police said.", ("Attack",))],
            neg=[("Militants attacked a beach in Mogadishu on Friday night, killing 32 people, police said. A bomber "
                  "blew himself up before gunmen opened fire on a restaurant in Kismayo, police said.",
                  ("Attack", "Attack")),
                 ("Militants attacked a beach in Mogadishu on Friday night, killing 32 people, police said. A bomber "
                  "blew himself up before gunmen opened fire on a restaurant, killing four, police said.",
                  ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def unplaced_detail(prev: Any, f: Any, table: Any) -> bool:
    """Is frame `f`, told in the sentence right after `prev`'s last, how the incident `prev`
    placed went on: no place, no day, no victims' toll (the attackers' dead aside) and no named
    side of its own, a facility where `prev` named none?"""
    from sitgraph.loaders.extract.frame_overlap import named_actors

    if f.sent_index - prev.last_index != 1 or f.places or f.date_explicit:
        return False
    if f.wounded is not None or (f.killed or 0) != (f.attackers_killed or 0) or not prev.places:
        return False
    own, told = named_actors(f.actors, table), named_actors(prev.actors, table)
    if not own <= told and not stands_in(own, told, table):
        return False
    return not any(table.entities[t].kind == "Facility" for t in prev.targets)


@named_rule("assemble.stand-in-side", "'Militants attacked a beach ...' then the al-Shabab group claiming the "
            "bombing told after: the noun the lead calls the attackers stands for the group named, no other side",
            pos=[("Militants attacked a popular beach in Somalia's capital on Friday night, killing 32 people, police "
                  "said.\n\nA suicide bomber blew himself up at Lido beach before gunmen opened fire on people at a "
                  "nearby restaurant, police said.\n\nThe al-Qaida-linked al-Shabab group claimed responsibility for "
                  "the attack.", ("Attack",))],
            neg=[("Militants attacked a popular beach in Somalia's capital on Friday night, killing 32 people, police "
                  "said.\n\nSomali troops opened fire on protesters at Lido beach, killing two, police said.",
                  ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def stands_in(a: set[str], b: set[str], table: Any) -> bool:
    """Are the named sides of one frame (`a` or `b`) only the dictionary's stand-ins for an
    unnamed armed group ("militants", "rebels", "a militia"), and the other's only armed groups?"""
    from sitgraph.loaders.extract.sides import STAND_IN_KEYS

    ent = table.entities

    def stand_in(ids: set[str]) -> bool:
        return bool(ids) and all(ent[x].key in STAND_IN_KEYS for x in ids)

    def groups(ids: set[str]) -> bool:
        return bool(ids) and all(ent[x].type == "armed_group" for x in ids)

    return stand_in(a) and groups(b) or stand_in(b) and groups(a)


def finer_told(prev: Any, f: Any, table: Any, text: str) -> bool:
    """Does frame `f` (its sentence `text`) tell more of `prev` at a finer grain (a town in
    the lead's province, :func:`finer_place`; how it went on, :func:`unplaced_detail`): told at
    most three sentences after it, a weapon that fits, no other day, and no word of a further
    or other act ("then", "another", "the first")?"""
    from sitgraph.loaders.extract.frame_overlap import explicit_other_day, same_weapon

    if f.sent_index - prev.last_index > 3 or not same_weapon(prev, f):
        return False
    if explicit_other_day(prev, f) or OTHER_ACT.search(text) or ALSO_ACT.search(text):
        return False
    return finer_place(prev, f, table) or unplaced_detail(prev, f, table)


def _no_parts(*_args: Any, **_kwargs: Any) -> set[str]:
    return set()


@named_rule("assemble.part-of-city", "'the Bab Touma neighborhood' after a lead naming Damascus: a district the "
            "gazetteer does not place elsewhere is a part of the city told, not another place",
            pos=[("Syrian state media say rebel mortar fire has killed four people in central Damascus. The state news "
                  "agency said the shells hit the Bab Touma neighborhood on Sunday.", ("Attack",))],
            neg=[("Syrian state media say rebel mortar fire has killed four people in central Damascus. The state news "
                  "agency said the shells hit the town of Douma on Sunday.", ("Attack", "Attack"))],
            probe=event_kinds, off=_no_parts)
def city_parts(ids: set[str], places: list[str], table: Any) -> set[str]:
    """Of the places `ids`, those that may be parts of a city or town among `places`: a district
    the gazetteer does not know, or knows in the city's province, in the city's country."""
    ent = table.entities
    cities = [ent[q] for q in places if ent[q].kind == "Place" and ent[q].type in ("city", "town")]
    return {x for x in ids if ent[x].type == "district" and any(may_be_city_part(ent[x], q) for q in cities)}


def may_be_city_part(p: Any, q: Any) -> bool:
    """May district `p` be a part of city or town `q` (both table entities of kind Place): not
    in another country, and either unknown to the gazetteer or in `q`'s first-level division?
    Shared with nested_clause_places.py. Cost: a few field comparisons."""
    if p.country and q.country and p.country != q.country:
        return False
    return p.key is None or bool(p.admin1) and p.admin1 == q.admin1


@named_rule("assemble.another-own-province", "'In another attack, gunmen killed six police in Helmand province' "
            "after a bombing in Herat: another incident in a province of its own takes none of the first's places",
            pos=[("Afghan officials say a roadside bomb has killed eight civilians in the western province of Herat. "
                  "In another attack, Taliban gunmen killed six police officers at a checkpoint in the southern "
                  "province of Helmand, officials said.", (("Herat",), ("Helmand",)))],
            neg=[("Afghan officials say a roadside bomb has killed eight civilians in the western province of Herat. "
                  "In another attack, Taliban gunmen killed six police officers at a checkpoint, officials said.",
                  (("Herat",), ("Herat",)))],
            probe=event_places, off=no)
def other_province(prev: Any, f: Any, table: Any) -> bool:
    """Does frame `f` name a province (or region) that `prev` does not?"""
    ent = table.entities
    return any(ent[x].type in ("province", "region") and x not in prev.places for x in f.places)


@named_rule("assemble.next-sentence-other-day", "'On Wednesday, gunmen killed five in X' after Monday's attack in X: "
            "a next sentence dated two days or more from the incident before is another incident",
            pos=[("Gunmen attacked a village in Bokkos on Monday, killing three. On Wednesday, gunmen killed five "
                  "people in Bokkos.", ((3, None, None), (5, None, None)))],
            neg=[("Gunmen attacked a village in Bokkos on Monday. On Tuesday, gunmen killed five people in Bokkos.",
                  ((5, None, None),))],
            probe=event_tolls, off=no)
def next_on_other_day(prev: Any, f: Any) -> bool:
    """Are the next sentence's frame `f` and the incident `prev` before it dated, each in its
    own sentence, on days more than one day apart (see frame_overlap.day_apart)? Used where
    consecutive sentences join (frame_joins.py)."""
    from sitgraph.loaders.extract.frame_overlap import day_apart

    return day_apart(prev, f)


def told_apart(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Another kind, a marker of a separate act, another day, a later act at another place
    (recalled_apart.later_act), or "also" in a town of its own (:func:`also_elsewhere`): frame
    `f` (its sentence `text`) is no more of `prev`."""
    from sitgraph.loaders.extract.frame_overlap import day_apart
    from sitgraph.loaders.extract.recalled_apart import later_act
    from sitgraph.loaders.extract.roles import separate
    from sitgraph.loaders.extract.wave_leads import wave_part

    if prev.kind != f.kind or separate(text) or day_apart(prev, f) or also_elsewhere(prev, f, text, table):
        return True
    if later_act(prev, f, table):
        return True  # "killed two of its members in a raid in X on 20 October": a later act (recalled_apart.py)
    if wave_part(prev, f, table):
        return True  # "Jets bombed X and Y." then "In Y, a strike killed six": Y's own attack
    return other_facility(prev, f, text, table) or other_listed_part(prev, f, table)  # distinct_incidents.py
