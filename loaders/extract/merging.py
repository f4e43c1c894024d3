"""Merging sentence frames that tell one incident, and reconciling what they say.

An incident frame joins the most recent earlier incident of the same kind when nothing sets
them apart (no "separate"/"another"/"a second" marker, no two explicit day dates more than a
day apart, no two disjoint sets of named perpetrators, no two disjoint sets of specific
places) and something ties them (a shared specific place or named target, an anaphor such as
"the attack"/"the blast"/"the town", or one of them names no specific place at all)
(:func:`compatible`). The merged event keeps every evidence sentence (:func:`merge_into`).

Reconciliation of a merged event:

- toll: the largest figure given for the incident (an "at least N" counts as N; a later
  update, "the death toll rose to N", is larger by nature); a figure said to come on top
  ("also killed 27", "two other soldiers were killed", "Two civilians also died") is added,
  and so are the attackers' own dead ("Ten militants were killed" after the militants'
  ambush); a sentence telling only a toll a sentence or two after the incident is its toll
  (:func:`tells_only_toll`);
- date: the most specific date said of it (an explicit day beats a month, a month a year;
  a date carried over from a neighbouring sentence yields to one written in the sentence).

Cost: each test compares two frames' lists of a few ids.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.attribution_records import generic_actor
from sitgraph.loaders.extract.mentioned_acts import RETALIATION
from sitgraph.loaders.extract.merge_compat import city_parts, finer_told, stands_in, told_apart
from sitgraph.loaders.extract.roles import ALSO_TOLL, separate
from sitgraph.loaders.extract.rules import (
    event_kinds,
    event_places,
    event_tolls,
    no,
    nothing,
)
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.toll_updates import later_deaths
from sitgraph.loaders.extract.toll_victims import victims_only

# --------------------------------------------------------------------------- merging

BROAD_PLACES = ("country", "province", "region", "state", "continent")
ANAPHOR_NP = re.compile(
    r"(?i)\b(?:the|that|this)\s+(?:same\s+)?(?:attack|blast|explosion|strike|air\s?strike|bombing|assault|raid|"
    r"ambush|siege|shooting|violence|incident|fighting|clashes|town|village|city|hotel|base|bus|market|school|"
    r"hospital|checkpoint|camp|mosque|church|building|area|site)\b(?!\s+(?:of|on)\b)")


def named_actors(actors: list[str], table: Any) -> set[str]:
    return {a for a in actors if not generic_actor(a, table)}


def specific_ids(ids: list[str], table: Any) -> set[str]:
    return {x for x in ids if table.entities[x].kind == "Place" and table.entities[x].type not in BROAD_PLACES}


def named_targets(f: Any, table: Any) -> set[str]:
    return {x for x in f.targets if table.entities[x].kind == "Facility" or (
        table.entities[x].kind == "Actor" and table.entities[x].type == "person")}


def _provinces(ids: list[str], table: Any) -> set[str]:
    return {x for x in ids if table.entities[x].kind == "Place" and table.entities[x].type == "province"}


def day_apart(a: Any, b: Any) -> bool:
    """Two explicit day dates more than one day apart."""
    if not (a.date_explicit and b.date_explicit and a.date and b.date):
        return False
    if len(a.date) != 10 or len(b.date) != 10:
        return a.date[:7] != b.date[:7] and len(a.date) >= 7 and len(b.date) >= 7
    import datetime as dt

    return abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days) > 1


class Overlap:
    """What two frames each name, side by side (prev's set first): named actors, specific
    places, provinces, named targets, and the armed sides the later frame strikes."""

    __slots__ = ("na", "nf", "sp", "sf", "pp", "pf", "tp", "tf", "sides", "kin")

    def __init__(self, prev: Any, f: Any, table: Any) -> None:
        from sitgraph.loaders.extract.restatements import one_family

        self.na, self.nf = named_actors(prev.actors, table), named_actors(f.actors, table)
        # A unit and the state it belongs to are one side ("the SBU" after "Ukrainian drones").
        self.kin = one_family(self.na, self.nf, table) or stands_in(self.na, self.nf, table)
        self.sp, self.sf = specific_ids(prev.places, table), specific_ids(f.places, table)
        self.sf -= city_parts(self.sf - self.sp, prev.places, table)  # "the Bab Touma neighborhood" of Damascus
        self.pp, self.pf = _provinces(prev.places, table), _provinces(f.places, table)
        self.tp, self.tf = named_targets(prev, table), named_targets(f, table)
        self.sides = {x for x in f.targets
                      if table.entities[x].kind == "Actor" and table.entities[x].type in ARMED_TYPES}


def compatible(prev: Any, f: Any, table: Any, text: str) -> bool:
    """Can frame `f` (its sentence `text`) be more of the incident in `prev`?"""
    if told_apart(prev, f, text, table):
        return False
    if f.sent_index in (prev.sent_index, *prev.evidence_index):
        return False  # told apart in the clauses of one sentence (see clauses.py)
    o = Overlap(prev, f, table)
    if _side_told_before(o, f, text, table):
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
        return bool(_group(prev.type) & _group(f.type))
    return _weak_link(prev, f, table, o) or finer_told(prev, f, table, text)


@named_rule("assemble.attack-on-the-facility", "'The attack on the post near X was the deadliest': a definite "
            "attack on the facility the incident before struck is that incident, placed more precisely",
            pos=[("Militants killed 12 soldiers in an attack on an army post in the north on Saturday. The attack "
                  "on the post near Banikoara was the deadliest this year.", ("Attack",))],
            neg=[("Militants killed 12 soldiers in an attack on an army post near Kandi on Saturday. The attack on "
                  "the post near Banikoara was the deadliest this year.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def _on_struck_facility(prev: Any, text: str, table: Any) -> bool:
    """Does `text` tell "the attack on the <noun>" where the noun names a facility `prev` struck?"""
    m = NAMED_SCENE.search(text)
    noun = (m["noun"] or m["noun2"]).lower() if m else ""
    return bool(noun) and any(_names_facility(t, noun, table) for t in prev.targets)


def _refers_back(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Does frame `f` (its sentence `text`) refer back to an incident: "the attack", "the
    town", or an attack on the facility `prev` struck?"""
    return bool(f.anaphoric or ANAPHOR_NP.search(text) or _on_struck_facility(prev, text, table))


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
    return (f.sent_index - max([prev.sent_index, *prev.evidence_index]) == 1 and not (
        f.places or f.actors or f.type or f.date_explicit) and bool(f.killed or f.wounded or f.targets))


def names_disjoint(o: Overlap, f: Any) -> bool:
    """Both frames name perpetrators, specific places or provinces, and none in common."""
    if o.na and o.nf and not o.na & o.nf and not o.kin and not f.claim_back:
        return True
    if o.sp and o.sf and not o.sp & o.sf:
        return True
    return bool(o.pp and o.pf and not o.pp & o.pf and not (o.sp & o.sf))


def _weak_link(prev: Any, f: Any, table: Any, o: Overlap) -> bool:
    """A weak link: a nearby sentence, the same kind of weapon, no other day, and the later
    sentence names no place or target of its own (it tells more of the same strike), or
    the earlier named none."""
    if _tells_more_of_same(prev, f, o):
        return True
    last = max([prev.sent_index] + [p for p in prev.evidence_index])
    if f.sent_index - last > 3 or _group(prev.type) & _group(f.type) == set():
        return False
    if _explicit_other_day(prev, f):
        return False
    return _own_places_fit(prev, f, table, o)


def _own_places_fit(prev: Any, f: Any, table: Any, o: Overlap) -> bool:
    """The later frame names no place or target the earlier lacks, or the earlier was placed nowhere."""
    own = {x for x in f.places if table.entities[x].type != "country"} - set(prev.places)
    if own and (o.sp or o.tp or o.pp):
        return False  # the earlier one is placed already; this one names somewhere else
    struck = o.tf - o.tp
    if o.nf and o.nf <= o.na:
        # "A journalist, X, was shot dead by the militants": a named victim of the same side
        struck = {x for x in struck if table.entities[x].type != "person"}
    return (not own and not struck) or (not o.sp and not o.tp and bool(own))


def _tells_more_of_same(prev: Any, f: Any, o: Overlap) -> bool:
    """The later frame brings nothing of its own, or says its toll comes on top."""
    if not (f.actors or o.sf or o.tf or f.date_explicit or o.pf or o.sides - set(prev.targets)):
        return True  # "At least 18 people were injured.": nothing of its own, more of the last incident
    if _unplaced_damage(prev, f):
        return True  # "... and a residential building was damaged": the damage of the last incident
    return bool(f.additive and not o.sf)  # "The counter-offensive also killed 27 fighters": more dead


@named_rule("assemble.other-day-apart", "two frames on different days, one of them dated in its sentence, are "
            "two incidents",
            pos=[("Gunmen shot three villagers in Kano on Monday. On Tuesday, gunmen shot two traders in Kano.",
                  ("Attack", "Attack"))],
            neg=[("A drone hit Kharkiv on Monday. Another drone hit Kharkiv on Tuesday.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def _explicit_other_day(prev: Any, f: Any) -> bool:
    """Both frames have day dates written in their sentences, and they differ. A date lent
    by the report (its publication day, for a sentence that says none) sets nothing apart."""
    return bool(prev.date and f.date and prev.date[:10] != f.date[:10] and len(prev.date) == len(f.date) == 10 and (
        prev.date_explicit and f.date_explicit))


TYPE_GROUPS = ({"airstrike", "drone_strike", "missile_strike", "barrel_bomb"}, {"shooting", "armed_clash", "raid"},
               {"bombing"}, {"shelling", "rocket_attack", "missile_strike"}, {"arson", "looting", "raid"})


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
    best: tuple[int, str] | None = None
    for s, _e, eid in table.spans:
        ent = table.entities[eid]
        if s < offset + m.start() and ent.kind == "Place" and ent.type in levels and eid not in table.weak \
                and eid not in f.places and (best is None or s > best[0]):
            best = (s, eid)
    if best is not None:
        f.places.append(best[1])


# "the Kyivskyi district of", "the outskirts of" (not "west of": a bearing from a place, not a part of it)
_PART_OF = re.compile(r"(?i)\b(?:district|neighbou?rhood|suburbs?|outskirts|quarter|area|part|centre|center|edge)"
                      r"\s+of\s+$")


def same_weapon(prev: Any, f: Any) -> bool:
    """Could one strike be told by both frames' attack types (an untyped one fits any)?"""
    return bool(_group(prev.type) & _group(f.type))


def _group(typ: str | None) -> set[int]:
    """The weapon groups of an attack type; an untyped attack fits every group."""
    if typ is None:
        return set(range(len(TYPE_GROUPS)))
    return {i for i, g in enumerate(TYPE_GROUPS) if typ in g} or {-1 - len(typ)}


def merge_into(prev: Any, f: Any) -> None:
    """Add frame `f`'s facts to `prev` by the reconciliation rules (see the module doc)."""
    _merge_lists(prev, f)
    _merge_tolls(prev, f)
    if _morespecific_ids(f, prev):
        prev.date, prev.date_end, prev.precision, prev.date_explicit = f.date, f.date_end, f.precision, True
        prev.date_told = False
    elif f.date_told and not (prev.date_explicit or prev.date_told):
        # A statement's day ("the mayor said Monday that ...") beats a date lent by a neighbour.
        prev.date, prev.date_end, prev.precision, prev.date_told = f.date, f.date_end, f.precision, True
    if prev.type is None:
        prev.type = f.type
    prev.agreement = prev.agreement or f.agreement
    prev.attribution.extend(x for x in f.attribution if x not in prev.attribution)
    prev.evidences.extend(x for x in [(f.sent_start, f.sent_end)] + f.evidences if x not in prev.evidences)
    prev.evidence_index.extend([f.sent_index, *f.evidence_index])
    prev.inferred = prev.inferred and f.inferred


def _merge_lists(prev: Any, f: Any) -> None:
    """Participants and places: the union, in the order first named. The attackers' own dead
    told later ("eight soldiers and five militants were killed") do not make them a target."""
    for name in ("actors", "targets", "places", "claimed_by"):
        lst = getattr(prev, name)
        own = set(prev.actors) if name == "targets" else set()
        lst.extend(x for x in getattr(f, name) if x not in lst and x not in own)


@named_rule("toll.attackers-own-dead", "the dead of the attacking side told after its victims come on top of them",
            pos=[("Militants ambushed an army convoy in Waziristan on Monday, killing seven soldiers. Ten militants "
                  "were killed in the exchange of fire.", ((17, None, None),))],
            neg=[("Militants ambushed an army convoy in Waziristan on Monday, killing seven soldiers. Ten soldiers "
                  "were killed in the exchange of fire.", ((10, None, None),))],
            probe=event_tolls, off=nothing)
def _attackers_own_dead(prev: Any, f: Any) -> int | None:
    """The dead of `f` when the only side it names as struck is one of `prev`'s attackers
    ("Ten militants were killed in the exchange of fire" after the militants' ambush): they
    are not the victims counted again but deaths on top of them. None otherwise."""
    if not f.killed or f.attackers_killed or not f.targets or not set(f.targets) <= set(prev.actors):
        return None
    return f.killed


def _merge_tolls(prev: Any, f: Any) -> None:
    """Tolls: the largest figure, or the sum when `f` says its figure comes on top. The
    attackers killed are reconciled apart and added once to the victims ("killed 15" and
    "the four attackers were shot dead" are 19), and so are the attackers' own dead that
    `f` tells of (:func:`_attackers_own_dead`)."""
    own_dead = _attackers_own_dead(prev, f)
    victims = _victims_killed(prev), None if own_dead else _victims_killed(f)
    attackers = _larger(prev.attackers_killed, own_dead or f.attackers_killed)
    prev.killed = victims[0]
    for name in ("killed", "wounded", "displaced"):
        a, b = getattr(prev, name), (victims[1] if name == "killed" else getattr(f, name))
        if f.additive and a and b and not (name == "killed" and f.attackers_killed):
            setattr(prev, name, a + b)  # "the raid also killed 27 fighters": more dead, not a new count
        elif b is not None and (a is None or b > a):
            setattr(prev, name, b)
    prev.attackers_killed = attackers
    if attackers:
        prev.killed = (prev.killed or 0) + attackers


# "The death toll has risen to 11", "the number of injured climbed to 40": a later figure.
TOLL_UPDATE = re.compile(
    r"(?i)\b(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|injured|wounded|casualties|victims))"
    # only a toll of the incident itself: "from the strike", not "in Gaza" or "since April"
    r"(?:\s+(?:from|of|in)\s+(?:the|this|that|[\w'’]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?"
    r"|blasts?|bombings?|explosions?|assault|raid|shelling|ambush|massacre|fire|incident))?"
    r"\s+(?:has\s+|had\s+|have\s+)?(?:now\s+|since\s+|later\s+|further\s+)?"
    r"(?:risen|rose|rising|climbed|increased|jumped|reached|grown|grew|mounted"
    # "the toll was revised to 14", "the toll has been raised to 20"
    r"|(?:was|were|has\s+been|had\s+been)\s+(?:later\s+)?(?:revised|raised|updated)(?:\s+upwards?)?\s+to)\b"
    # "three more died, bringing the death toll to eight": the incident's own toll (not a
    # period's: "the overall toll since October" is an aggregate, told apart before).
    r"|\b(?:bringing|raising|pushing|taking)\s+the\s+(?:death\s+)?toll\s+to\b")


def add_toll(f: Any, counts: Any, sentence: str) -> None:
    """A sentence telling only a toll ("Three people were killed.", "No casualties were
    reported.", "The death toll rose to 11.") right after incident `f`: its figures where
    `f` has none or where it updates the toll upward, and attackers killed on top of the
    victims."""
    from sitgraph.loaders.extract.numbers import DIED_OF_WOUNDS, another_estimate

    update = TOLL_UPDATE.search(sentence) is not None or another_estimate(sentence)
    if f.killed is None and f.wounded and counts.killed == 1 and DIED_OF_WOUNDS.search(sentence):
        f.wounded -= 1  # "... but died of his injuries": one of the wounded, now among the dead
    if ALSO_TOLL.search(sentence) and _added_on_top(f, counts):
        return
    _add_killed(f, counts, update)
    if counts.wounded is not None and (f.wounded is None or update and counts.wounded > f.wounded):
        f.wounded = counts.wounded


@named_rule("toll.also-after", "'Two civilians also died.' after an incident's toll adds to it",
            pos=[("A roadside bomb hit an army truck in Kunar on Monday, killing three soldiers. Two civilians "
                  "also died.", ((5, None, None),)),
                 ("A roadside bomb hit an army truck in Kunar on Monday, killing three soldiers. Another died later "
                  "in hospital.", ((4, None, None),))],
            neg=[("A roadside bomb hit an army truck in Kunar on Monday, killing three soldiers. Two civilians "
                  "died.", ((3, None, None),))],
            probe=event_tolls, off=no)
def _added_on_top(f: Any, counts: Any) -> bool:
    """Add a toll said to come on top ("Two civilians also died", "another 10 were hurt") to
    the figures `f` has; True when it did (nothing left to reconcile)."""
    if not (counts.killed and f.killed or counts.wounded and f.wounded) or counts.attackers_killed:
        return False
    f.killed = f.killed + counts.killed if counts.killed and f.killed else f.killed or counts.killed
    f.wounded = f.wounded + counts.wounded if counts.wounded and f.wounded else f.wounded or counts.wounded
    return True


def _add_killed(f: Any, counts: Any, update: bool) -> None:
    """The dead of a toll sentence: attackers on top of the victims once, else the figure
    where `f` has none or where the sentence updates the toll upward."""
    if counts.attackers_killed and not f.attackers_killed and f.killed is not None:
        f.killed += counts.attackers_killed
        f.attackers_killed = counts.attackers_killed
    elif counts.killed is not None and (f.killed is None or update and counts.killed > f.killed):
        f.killed, f.attackers_killed = counts.killed, counts.attackers_killed
    elif counts.killed and not counts.attackers_killed and f.attackers_killed and f.killed == f.attackers_killed:
        f.killed += counts.killed  # "Three soldiers died" when only the attackers' dead were told: both


def toll_gap(prev: Any, i: int, frames: list[Any]) -> int | None:
    """Sentences from `prev`'s last one to sentence `i`, photo captions not counted; None
    when a frame other than a caption was told in between (the toll may be that one's).
    Cost: a scan back to `prev`."""
    last = max([prev.sent_index, *prev.evidence_index])
    captions: set[int] = set()
    for f in reversed(frames):
        if f is prev or f.sent_index <= last:
            break
        if f.role != "caption":
            return None
        captions.add(f.sent_index)
    return i - last - len(captions)


@named_rule("toll.told-apart", "a sentence telling only a toll, a sentence or two after the incident, is its toll",
            pos=[("Missiles struck an apartment block in Dnipro on Saturday. Twelve more civilians were killed on "
                  "Monday, bringing the death toll to 40.", ((40, None, None),))],
            neg=[("Missiles struck an apartment block in Dnipro on Saturday. On Monday, 40 people were killed, "
                  "with 75 people wounded, officials said.", ((None, None, None), (40, 75, None)))],
            probe=event_tolls, off=no)
def tells_only_toll(prev: Any, f: Any, table: Any, text: str) -> bool:
    """Does incident frame `f` (its sentence `text`) tell nothing but a toll of `prev`: no
    side, place or target of its own beyond a victim group, a weapon that fits, and no other
    day unless it updates the toll ("the number of dead rose to 40 on Monday")?"""
    if f.role != "incident" or f.kind != prev.kind or f.actors or f.places or not (f.killed or f.wounded):
        return False
    speaking = MEDICAL_SOURCE.search(text) is not None
    if not victims_only(prev, f, table, speaking) or not same_weapon(prev, f):
        return False
    return TOLL_UPDATE.search(text) is not None or later_deaths(text) or not _explicit_other_day(prev, f)


def drop_speaking_facility(f: Any, table: Any, text: str) -> None:
    """Take off `f`'s targets a hospital that only speaks in `text` ("a hospital official
    said 10 had died"): it tells the toll of the incident, it was not struck in it."""
    if MEDICAL_SOURCE.search(text):
        f.targets = [t for t in f.targets if table.entities[t].type != "medical"]


# "a hospital official said 10 had died": the hospital tells the toll, it was not struck.
MEDICAL_SOURCE = re.compile(r"(?i)\b(?:hospital|clinic)\s+(?:officials?|sources?|director|spokes(?:man|woman|person)"
                            r"|staff|doctors?|workers?|records|chief)\b")


_STRIKE_NOUNS = r"(?:attack|bombing|blast|strike|airstrike|explosion|shooting|raid|assault|shelling)"
NAMED_SCENE = re.compile(rf"(?i)\b(?:the|that)\s+(?P<noun>[a-z]+)\s+{_STRIKE_NOUNS}\b"
                         rf"|\b{_STRIKE_NOUNS}\s+(?:on|at|in|near)\s+the\s+(?P<noun2>[a-z]+)\b")


def named_incident(incidents: list[Any], f: Any, text: str, table: Any) -> Any | None:
    """"At least 20 people were wounded in the mosque attack": a frame telling only a toll
    belongs to the incident whose struck facility the noun names (the mosque struck two
    sentences before), not to whichever incident was told last. None when the frame names
    a side, a place or a target of its own, or no earlier incident struck such a facility.
    Cost: one regex scan and a pass over `incidents`."""
    m = NAMED_SCENE.search(text)
    if m is None or f.actors or f.places:
        return None
    noun = (m["noun"] or m["noun2"]).lower()
    if any(table.entities[t].type != "civilians" and not _names_facility(t, noun, table) for t in f.targets):
        return None
    return _struck_facility(incidents, noun, table, f.kind)


@named_rule("assemble.capture-toll", "'four people were killed in the fighting' after a capture told with no attack "
            "is the toll of the capture",
            pos=[("Rebels seized the town of Kalemie on Friday. At least four people were killed in the fighting, "
                  "officials said.", ("Capture",))],
            neg=[("Rebels seized the town of Kalemie on Friday. At least four people were killed in fighting in "
                  "Uvira, officials said.", ("Capture", "Attack"))],
            probe=event_kinds, off=nothing)
def capture_toll(incidents: list[Any], f: Any, text: str, table: Any) -> Any | None:
    """"At least four people were killed in the fighting": an attack frame telling only a
    toll, referring back, after a capture told at most three sentences before with no attack
    told since, is the capture's toll (the capture returned, else None)."""
    told = [p for p in incidents if p.role == "incident" and p.kind in ("Attack", "Capture")]
    if not _toll_only(f, text, table) or not told:
        return None
    # the one told last (two captures of one sentence: the one the next sentences went on with)
    last = max(reversed(told), key=lambda p: max([p.sent_index, *p.evidence_index]))
    return last if last.kind == "Capture" and f.sent_index - max([last.sent_index, *last.evidence_index]) <= 3 else None


def _toll_only(f: Any, text: str, table: Any) -> bool:
    """An attack frame referring back that tells a toll and names no side, place or target."""
    if f.kind != "Attack" or f.role != "incident" or f.actors or specific_ids(f.places, table):
        return False
    return not named_targets(f, table) and bool(f.killed or f.wounded) and bool(
        f.anaphoric or ANAPHOR_NP.search(text))


@named_rule("assemble.recalled-facility", "a recalled attack on the named facility an incident just told struck is "
            "that incident told again",
            pos=[("A student died on Wednesday of wounds from a Taliban attack on the Istiqlal School in Kabul. A "
                  "suicide bomber blew himself up at the Istiqlal School on November 6, wounding a cameraman.",
                  ("Attack",))],
            neg=[("A student died on Wednesday of wounds from a Taliban attack on the Istiqlal School in Kabul. A "
                  "suicide bomber blew himself up at the Habibia School on November 6, wounding a cameraman.",
                  ("Attack", "Attack"))],
            probe=event_kinds, off=nothing)
def recalled_incident(incidents: list[Any], f: Any, table: Any, text: str = "") -> Any | None:
    """A background frame striking a named facility that an incident of its kind told at
    most two sentences before also struck, not dated in another month: that incident told
    again with the details of the day it happened (the incident returned, else None). Not
    when its sentence `text` marks another act ("an attack on the same market on March 1")."""
    struck = {t for t in f.targets if table.entities[t].kind == "Facility"}
    if f.role != "background" or not struck or separate(text):
        return None
    return _struck_before(incidents, f, struck)


def _struck_before(incidents: list[Any], f: Any, struck: set[str]) -> Any | None:
    """The last incident of `f`'s kind that struck one of the facilities `struck`, when told at
    most two sentences before `f` and not dated in another month (else None)."""
    for p in reversed(incidents):
        if p.role != "incident" or p.kind != f.kind or not struck & set(p.targets):
            continue
        other_month = p.date_explicit and f.date_explicit and (p.date or "")[:7] != (f.date or "")[:7]
        near = f.sent_index - max([p.sent_index, *p.evidence_index]) <= 2
        return p if near and not other_month else None
    return None


def _names_facility(eid: str, noun: str, table: Any) -> bool:
    ent = table.entities[eid]
    return ent.kind == "Facility" and noun in (ent.name or "").lower().split()


def _struck_facility(incidents: list[Any], noun: str, table: Any, kind: str | None = None) -> Any | None:
    """The last incident (of `kind`, if given) that struck a facility `noun` names."""
    for p in reversed(incidents):
        if p.role == "incident" and kind in (None, p.kind) and any(_names_facility(t, noun, table) for t in p.targets):
            return p
    return None


def _victims_killed(f: Any) -> int | None:
    """The frame's killed less the attackers it counts (None when it counts only them)."""
    if f.killed is None or not f.attackers_killed:
        return f.killed
    return f.killed - f.attackers_killed or None


def _larger(a: int | None, b: int | None) -> int | None:
    return b if a is None or (b is not None and b > a) else a


def _morespecific_ids(f: Any, prev: Any) -> bool:
    """Does frame `f`'s date tell more of the incident than `prev`'s: a date told where the
    other had none or only a lent one, a day inside the month or the range said before
    ("last week" ... "on Wednesday night"), a short range ruling out a lent day?"""
    if not f.date_explicit or not f.date:
        return False
    if not prev.date or _refines_range(f, prev):
        return True
    if f.precision == "range" and prev.precision == "day" and not (prev.date_explicit or prev.date_told):
        return _rules_out(f, prev.date)  # a lent day outside the week said ("last week"): wrong
    if f.date_end and not f.date_end.startswith(f.date[:7]) or f.precision == "range" and prev.precision == "day":
        return False  # "this week" tells less than the day the lead implies
    if not prev.date_explicit:
        return True
    return len(f.date) > len(prev.date) and f.date.startswith(prev.date[:len(f.date) - 3])


def _refines_range(f: Any, prev: Any) -> bool:
    """`f` tells a day inside the range `prev` was told ("last week" ... "on Wednesday")."""
    return bool(prev.date_explicit and prev.date_end and f.date_end is None and len(f.date) == 10
                and prev.date <= f.date <= prev.date_end)


def _rules_out(f: Any, day: str) -> bool:
    """Is `f` a range of days ("last week", "between 24 March and early April 2021") that
    leaves out ISO `day`?"""
    import datetime as dt

    if not f.date_end or len(f.date) != 10 or len(f.date_end) != 10 or len(day) != 10:
        return False
    lo, hi = dt.date.fromisoformat(f.date), dt.date.fromisoformat(f.date_end)
    return not lo <= dt.date.fromisoformat(day) <= hi


def referent(frames: list[Any], index: int, text: str = "", table: Any = None) -> Any:
    """The event "the attack" of sentence `index` (its `text`) refers back to: the incident
    that struck the facility it names ("the mosque attack"), else an earlier event told in
    the two sentences before (even one recalled for context), else the last incident."""
    m = NAMED_SCENE.search(text) if table is not None else None
    named = _struck_facility(frames, (m["noun"] or m["noun2"]).lower(), table) if m else None
    if named is not None:
        return named
    told = last_with_role(frames, ("incident", "background"))
    if told is not None and told.role == "background" and index - max([told.sent_index, *told.evidence_index]) <= 2 \
            and not _answered(told, table):
        return told
    return last_with_role(frames, ("incident",))


def _answered(f: Any, table: Any) -> bool:
    """Was background frame `f` told only as the act a strike answered ("in retaliation for
    rocket fire on Monday")? A later "the raid" refers to the strike, not to it."""
    return table is not None and RETALIATION.search(table.report.text[f.sent_start:f.sent_end]) is not None


def last_with_role(frames: list[Any], roles: tuple[str, ...]) -> Any:
    """The last of `frames` whose role is one of `roles`, or None. Cost: a scan back to it
    (called once a sentence, so a scan of every frame would make a long report quadratic)."""
    for f in reversed(frames):
        if f.role in roles:
            return f
    return None
