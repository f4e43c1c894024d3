"""Merging sentence frames that tell one incident.

An incident frame joins the most recent earlier incident of the same kind when nothing sets
them apart (no "separate"/"another"/"a second" marker, no two explicit day dates more than a
day apart, no two disjoint sets of named perpetrators, no two disjoint sets of specific
places) and something ties them (a shared specific place or named target, an anaphor such as
"the attack"/"the blast"/"the town", or one of them names no specific place at all)
(:func:`compatible`). What the merged frames say is reconciled in merge_reconcile.py
(:func:`merge_into`: the largest toll, the most specific date); the incident a sentence refers
back to is found in named_scenes.py. Their names are importable from here too.

Cost: each test compares two frames' lists of a few ids.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.carried_scenes import last_scene
from sitgraph.loaders.extract.frame_overlap import (  # noqa: F401 (importable from here)
    ANAPHOR_NP,
    BROAD_PLACES,
    TYPE_GROUPS,
    Overlap,
    day_apart,
    explicit_other_day,
    named_actors,
    named_targets,
    names_disjoint,
    same_weapon,
    specific_ids,
    weapon_groups,
)
from sitgraph.loaders.extract.merge_compat import finer_told, told_apart
from sitgraph.loaders.extract.merge_reconcile import (  # noqa: F401 (importable from here)
    MEDICAL_SOURCE,
    TOLL_UPDATE,
    add_toll,
    drop_speaking_facility,
    merge_into,
    tells_only_toll,
    toll_gap,
)
from sitgraph.loaders.extract.named_scenes import (  # noqa: F401 (importable from here)
    NAMED_SCENE,
    capture_toll,
    claimed_scene,
    last_with_role,
    named_incident,
    names_facility,
    recalled_incident,
    referent,
)
from sitgraph.loaders.extract.rules import event_kinds, event_places, no, nothing
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.same_day_as import SAME_DAY_AS
from sitgraph.loaders.extract.section_scenes import of_section
from sitgraph.loaders.extract.side_followups import side_opens_next


def compatible(prev: Any, f: Any, table: Any, text: str) -> bool:
    """Can frame `f` (its sentence `text`) be more of the incident in `prev`?"""
    if told_apart(prev, f, text, table):
        return False
    if f.sent_index in (prev.sent_index, *prev.evidence_index):
        return False  # told apart in the clauses of one sentence (see clauses.py)
    o = Overlap(prev, f, table)
    if _side_told_before(o, f, text, table) or side_opens_next(prev, f, text, o):
        return True
    if names_disjoint(o, f):  # ("also" in a place of its own: told_apart, above)
        return False
    if _refers_back(prev, f, text, table):
        return True
    # Participants of its own (a side attacking and a side struck that the earlier lacks)
    # make another incident, whatever place the two share.
    if o.nf - o.na and o.sides - set(prev.targets):
        return False
    if o.tp & o.tf:
        return True
    if {x for x in o.sp & o.sf if table.entities[x].type != "city"}:
        # One place, two kinds of weapon and no word tying them ("rockets were fired back
        # from Gaza" after "air raids on Gaza"): two incidents. A shared city alone ties
        # no more than a nearby sentence does (below): a city sees many incidents a day.
        return bool(weapon_groups(prev.type) & weapon_groups(f.type))
    return _weak_link(prev, f, table, o) or finer_told(prev, f, table, text)


@named_rule("assemble.attack-on-the-facility", "'The attack on the post near X was the deadliest': a definite "
            "attack on the facility the incident before struck is that incident, placed more precisely",
            pos=[("Militants killed 12 soldiers in an attack on an army post in the north on Saturday. The attack "
                  "on the post near Banikoara was the deadliest in November.", ("Attack",))],
            neg=[("Militants killed 12 soldiers in an attack on an army post near Kandi on Saturday. The attack on "
                  "the post near Banikoara was the deadliest in November.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def _on_struck_facility(prev: Any, text: str, table: Any) -> bool:
    """Does `text` tell "the attack on the <noun>" where the noun names a facility `prev` struck?"""
    m = NAMED_SCENE.search(text)
    noun = (m["noun"] or m["noun2"]).lower() if m else ""
    return bool(noun) and any(names_facility(t, noun, table) for t in prev.targets)


def _refers_back(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Does frame `f` (its sentence `text`) refer back to an incident: "the attack", "the
    town", or an attack on the facility `prev` struck?"""
    return bool(f.anaphoric or ANAPHOR_NP.search(dated_by_another(text)) or _on_struck_facility(prev, text, table))


@named_rule("assemble.same-day-as-not-back", "'On the same day as the market bombing, gunmen fired on ...': the "
            "incident the phrase names dates a further one, and is no word pointing back at the act told last",
            pos=[("The army said its jets had struck rebel positions near Nasir on Tuesday. On the same day as "
                  "the market bombing, gunmen fired on a convoy of barges near Nasir, killing two crew members.",
                  ("Attack", "Attack"))],
            neg=[("The army said its jets had struck rebel positions near Nasir on Tuesday. The strike near Nasir "
                  "killed two people, officials said.", ("Attack",))],
            probe=event_kinds, off=lambda text: text)
def dated_by_another(text: str) -> str:
    """`text` without its "the same day as the X" phrases: the X there is another incident,
    named to give this one its day (same_day_as.py), not this one told again."""
    return SAME_DAY_AS.sub(" ", text)


# Written out, narrower than wordlists.DOER_NOUNS on purpose: what joins a frame to the incident
# before is an unnamed side told again, and with every noun of both lists ("the rebels", "the
# jihadists", "the kidnappers") more frames joined, changing held-out reports' output.
DEFINITE_SIDE = re.compile(r"(?i)\bthe\s+(?:militants|attackers|gunmen|assailants|insurgents|bombers?|fighters)\b")


@named_rule("assemble.definite-side", "'was killed by the militants': an unnamed side told with 'the' is the one "
            "told before, more of its incident",
            pos=[("A car bomb exploded outside a hotel in Kismayo on Sunday, and gunmen stormed it. A journalist, "
                  "Ali Warsame, was shot dead by the gunmen, a witness said.", ("Attack",))],
            neg=[("A car bomb exploded outside a hotel in Kismayo on Sunday, and gunmen stormed it. A journalist, "
                  "Ali Warsame, was shot dead by gunmen, a witness said.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def _side_told_before(o: Overlap, f: Any, text: str, table: Any) -> bool:
    """"Abdullahi was killed by the militants": a frame naming no side but an unnamed one
    told with "the" (the attackers told before), no place and no date of its own."""
    from sitgraph.loaders.extract.events import UNNAMED_SIDES

    unnamed = all((table.entities[a].name or "").lower() in UNNAMED_SIDES for a in o.nf)
    return bool(DEFINITE_SIDE.search(text)) and unnamed and not (o.sf or o.pf or f.date_explicit)


@named_rule("assemble.unplaced-damage", "'Three people were injured and a building was damaged.' right after an "
            "incident, with no place, side, weapon or day of its own, is more of it",
            pos=[("Drones attacked Sumy overnight, the governor said. Three people were injured and a residential "
                  "building was damaged, he said.", ("Attack",))],
            neg=[("Drones attacked Sumy overnight, the governor said. Three people were injured and a residential "
                  "building was damaged in Konotop, he said.", ("Attack", "Attack")),
                 ("Drones attacked Sumy overnight, the governor said. Shelling injured three people and damaged a "
                  "school, he said.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def _unplaced_damage(prev: Any, f: Any) -> bool:
    """Does `f`, told in the sentence right after `prev`'s last, tell only damage and a toll
    (facilities struck, people hurt) with no place, side, weapon or date of its own? Facilities
    named so are the incident's, however they are worded ("a residential building")."""
    return (f.sent_index - prev.last_index == 1 and not (
        f.places or f.actors or f.type or f.date_explicit) and bool(f.killed or f.wounded or f.targets))


def _weak_link(prev: Any, f: Any, table: Any, o: Overlap) -> bool:
    """A weak link: a nearby sentence, the same kind of weapon, no other day, and the later
    sentence names no place or target of its own (it tells more of the same strike), or
    the earlier named none."""
    if _tells_more_of_same(prev, f, o):
        return True
    last = max([prev.sent_index] + [p for p in prev.evidence_index])
    if f.sent_index - last > 3 or weapon_groups(prev.type) & weapon_groups(f.type) == set():
        return False
    if explicit_other_day(prev, f):
        return False
    return _own_places_fit(prev, f, table, o)


def _own_places_fit(prev: Any, f: Any, table: Any, o: Overlap) -> bool:
    """The later frame names no place or target the earlier lacks, or the earlier was placed nowhere."""
    own = {x for x in f.places if table.entities[x].type != "country"} - set(prev.places)
    if own and (o.sp or o.tp or o.pp):
        return False  # the earlier one is placed already; this one names somewhere else
    struck = _struck_of_its_own(table, o)
    if not own and struck and _hit_in_lead_place(prev, f, table, o):
        return True
    return (not own and not struck) or (not o.sp and not o.tp and bool(own))


def _struck_of_its_own(table: Any, o: Overlap) -> set[str]:
    """The named targets the later frame strikes that the earlier lacks, but a named victim of
    the same side ("A journalist, X, was shot dead by the militants")."""
    struck = o.tf - o.tp
    if o.nf and o.nf <= o.na:
        struck = {x for x in struck if table.entities[x].type != "person"}
    return struck


@named_rule("assemble.what-the-lead-hit", "'Drones attacked Odesa overnight.' then 'In Odesa, a drone hit a "
            "residential building': what was hit in the city a lead named, with nothing struck, is that attack's",
            pos=[("Russian drones attacked Odesa overnight, the governor said. In Odesa, a drone hit a residential "
                  "building, killing two people.", ("Attack",))],
            neg=[("Russian drones attacked Odesa overnight, the governor said. In Odesa, a drone hit a residential "
                  "building on Wednesday, killing two people.", ("Attack", "Attack")),
                 ("Russian drones hit a port in Odesa overnight, the governor said. In Odesa, a drone hit a "
                  "residential building, killing two people.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def _hit_in_lead_place(prev: Any, f: Any, table: Any, o: Overlap) -> bool:
    """Does `f`, told at most two sentences after `prev` and on no day of its own, name only
    specific places `prev` named, facilities struck there, and no side `prev` lacks, when
    `prev` named nothing struck but victims?"""
    near = f.sent_index - prev.last_index <= 2
    if not near or f.date_explicit and f.date != prev.date:
        return False  # "... on Wednesday": a day of its own
    lead_struck = [t for t in prev.targets if table.entities[t].type != "civilians"]
    return not lead_struck and bool(o.sf) and o.sf <= o.sp and o.nf <= o.na and all(
        table.entities[t].kind == "Facility" for t in o.tf)


def _tells_more_of_same(prev: Any, f: Any, o: Overlap) -> bool:
    """The later frame brings nothing of its own, or says its toll comes on top."""
    if not (f.actors or o.sf or o.tf or f.date_explicit or o.pf or o.sides - set(prev.targets)):
        return True  # "At least 18 people were injured.": nothing of its own, more of the last incident
    if _unplaced_damage(prev, f):
        return True  # "... and a residential building was damaged": the damage of the last incident
    return bool(f.additive and not o.sf)  # "The counter-offensive also killed 27 fighters": more dead


PLACE_ANAPHOR = re.compile(r"(?i)\b(?:the|that)\s+(?:same\s+)?(city|town|village|capital|district|province)"
                           r"\b(?!\s+of\b)")
_PLACE_LEVELS = {"city": ("city", "town", "province", None), "town": ("town", "city", "village", None),
                 "village": ("village", "town", None), "capital": ("city", "province"),
                 "district": ("district", "town", "city", None), "province": ("province", "region")}


@named_rule("assemble.place-anaphor", "'in several parts of the city': a frame naming no place takes the last "
            "place of that kind",
            pos=[("Heavy fighting was reported in Khartoum. Shelling killed five people in several parts of the city.",
                  (("Khartoum",),)),
                 ("Heavy fighting was reported in Khartoum. Shelling killed five people in the Kalakla district of "
                  "the city.", (("Kalakla", "Khartoum"),))],
            neg=[("Heavy fighting was reported in Khartoum. Shelling killed five people.", ((),)),
                 ("Heavy fighting was reported in Khartoum. Shelling killed five people in Omdurman, a city west of "
                  "the capital.", (("Omdurman",),))],
            probe=event_places, off=nothing)
def place_anaphor(f: Any, sentence: str, offset: int, table: Any) -> None:
    """"clashes in several parts of the city": a frame naming no place of its own takes the
    place last named before it of the kind the noun says (not a country). `offset` is the
    sentence's start in the report."""
    m = PLACE_ANAPHOR.search(sentence)
    # "the Kyivskyi district of the city": a part of the place told before, which it names too
    part_of = m is not None and _PART_OF.search(sentence, 0, m.start()) is not None
    if m is None or not part_of and any(table.entities[p].type != "country" for p in f.places):
        return
    levels = _PLACE_LEVELS[m.group(1).lower()]
    found = []
    for s, _e, eid in table.spans:
        ent = table.entities[eid]
        if s < offset + m.start() and ent.kind == "Place" and ent.type in levels and eid not in table.weak \
                and eid not in f.places:
            found.append((s, eid))
    found = of_section(found, offset + m.start(), table.report.text)  # past a heading: its section's, else the lead's
    if found:
        f.places.append(last_scene(found, table.report.text))


# "the Kyivskyi district of", "the outskirts of" (not "west of": a bearing from a place, not a part of it)
_PART_OF = re.compile(r"(?i)\b(?:district|neighbou?rhood|suburbs?|outskirts|quarter|area|part|centre|center|edge)"
                      r"\s+of\s+$")
