"""What two sentence frames each name, side by side: the atoms the merging tests compare.

Named (not generic) perpetrators, specific (not broad) places, provinces, named targets
(facilities and persons), explicit days, and the weapon groups one strike may be told by.
Used by :mod:`sitgraph.loaders.extract.merging` (may two frames tell one incident?) and by
the modules that tell incidents apart or join retellings. Cost: each test compares two
frames' lists of a few ids.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.attribution_records import generic_actor
from sitgraph.loaders.extract.guessed_sides import without_guesses
from sitgraph.loaders.extract.merge_compat import city_parts, stands_in
from sitgraph.loaders.extract.rules import event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule

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


def days_differ(a: Any, b: Any) -> bool:
    """Do frames `a` and `b` write different days, both explicit: :func:`day_apart`, or any two
    dates that are not the same (the next day too; unlike :func:`explicit_other_day`, a month or
    a year written counts too)? What keeps a restatement, a part or a defining lead from
    joining the incident told before."""
    if day_apart(a, b):
        return True
    return bool(a.date_explicit and b.date_explicit and a.date and b.date and a.date[:10] != b.date[:10])


class Overlap:
    """What two frames each name, side by side (prev's set first): named actors, specific
    places, provinces, named targets, and the armed sides the later frame strikes."""

    __slots__ = ("na", "nf", "sp", "sf", "pp", "pf", "tp", "tf", "sides", "kin")

    def __init__(self, prev: Any, f: Any, table: Any) -> None:
        from sitgraph.loaders.extract.restatements import one_family

        # A headline label's guess is no side (guessed_sides.py).
        self.na = without_guesses(named_actors(prev.actors, table), prev)
        self.nf = without_guesses(named_actors(f.actors, table), f)
        # A unit and the state it belongs to are one side ("the SBU" after "Ukrainian drones").
        self.kin = one_family(self.na, self.nf, table) or stands_in(self.na, self.nf, table)
        self.sp, self.sf = specific_ids(prev.places, table), specific_ids(f.places, table)
        self.sf -= city_parts(self.sf - self.sp, prev.places, table)  # "the Bab Touma neighborhood" of Damascus
        self.pp, self.pf = _provinces(prev.places, table), _provinces(f.places, table)
        self.tp, self.tf = named_targets(prev, table), named_targets(f, table)
        self.sides = {x for x in f.targets
                      if table.entities[x].kind == "Actor" and table.entities[x].type in ARMED_TYPES}


def names_disjoint(o: Overlap, f: Any) -> bool:
    """Both frames name perpetrators, specific places or provinces, and none in common."""
    if o.na and o.nf and not o.na & o.nf and not o.kin and not f.claim_back:
        return True
    if o.sp and o.sf and not o.sp & o.sf:
        return True
    return bool(o.pp and o.pf and not o.pp & o.pf and not (o.sp & o.sf))


@named_rule("assemble.other-day-apart", "two frames on different days, one of them dated in its sentence, are "
            "two incidents",
            pos=[("Gunmen shot three villagers in Kano on Monday. On Tuesday, gunmen shot two traders in Kano.",
                  ("Attack", "Attack"))],
            neg=[("A drone hit Kharkiv on Monday. Another drone hit Kharkiv on Tuesday.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def explicit_other_day(prev: Any, f: Any) -> bool:
    """Both frames have day dates written in their sentences, and they differ. A date lent
    by the report (its publication day, for a sentence that says none) sets nothing apart."""
    return bool(prev.date and f.date and prev.date[:10] != f.date[:10] and len(prev.date) == len(f.date) == 10 and (
        prev.date_explicit and f.date_explicit))


TYPE_GROUPS = ({"airstrike", "drone_strike", "missile_strike", "barrel_bomb"}, {"shooting", "armed_clash", "raid"},
               {"bombing"}, {"shelling", "rocket_attack", "missile_strike"}, {"arson", "looting", "raid"})


def same_weapon(prev: Any, f: Any) -> bool:
    """Could one strike be told by both frames' attack types (an untyped one fits any)?"""
    return bool(weapon_groups(prev.type) & weapon_groups(f.type))


def weapon_groups(typ: str | None) -> set[int]:
    """The weapon groups of an attack type; an untyped attack fits every group."""
    if typ is None:
        return set(range(len(TYPE_GROUPS)))
    return {i for i, g in enumerate(TYPE_GROUPS) if typ in g} or {-1 - len(typ)}
