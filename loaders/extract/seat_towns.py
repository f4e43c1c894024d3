"""An administrative unit and the town it is named after are two places when the report
names the town as a town.

Provinces, oblasts, counties, districts and local government areas of many countries carry the
name of their seat ("Kherson Oblast" and the city of Kherson, "Lamu County" and Lamu town,
"Saada province" and the city of Saada). The gazetteer keeps one entry per name, so every form
of the name lands on one place. The guide lists every named place: where a report writes the
unit with its administrative word and also writes the town as a town ("Kherson City", "Konduga
town", "the city of Saada"), the unit is a place of its own, named by its administrative form;
the town keeps the town forms and the bare name. A report that only ever writes the bare name
beside the unit ("Helmand province ... in Helmand") keeps one place: the bare name is the unit.

A province, oblast, governorate, state or region is also told apart from its seat when the bare
name is written as a point rather than an area: a bearing or distance from it ("west of Kherson",
"70 nautical miles west of Hodeidah", "the outskirts of X"). An area is not a point: "in
Helmand", "northern Hama", "across Idlib" keep one place. Only first-level words take this
reading: a district or township and its namesake town are often one place in the reports. A
facility in the town ("the hospital in Mopti") and the capital named ("the regional capital
Diffa") were tried as points too and left out: the town then became a place of the sentence's
event, which split roundup items or moved their doers and tolls.

Cost: one pass over the place candidates and a regex match before each.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import places, rule

ADMIN_END = re.compile(
    r"(?i)\s(?:oblast|province|governorate|county|district|local\s+government\s+area|lga|prefecture|territory"
    r"|department|state|region|municipality)$")
# "Kherson City", "Konduga town"; "the city of Saada", "the northwestern city of Saada".
TOWN_END = re.compile(r"\s(?:[Cc]ity|town)$")
TOWN_BEFORE = re.compile(r"\b(?:city|town)\s+of\s+(?:the\s+)?$")
TOWN_AFTER = re.compile(r"\s+(?:city|town)\b")


def _is_town(c: Cand, text: str) -> bool:
    return bool(TOWN_END.search(c.text) or TOWN_BEFORE.search(text, max(0, c.start - 24), c.start)
                or TOWN_AFTER.match(text, c.end))


# A bare name written as a point: a bearing or distance from it ("west of Kherson", "70 nautical
# miles west of Hodeidah", "the outskirts of X").
POINT_BEFORE = re.compile(
    r"(?i:\b(?:(?:north|south|east|west)(?:-?(?:east|west))?|(?:outskirts|kilometres|kilometers|km|miles)(?:\s+"
    r"(?:north|south|east|west)(?:-?(?:east|west))?)?)\s+of\s+)$")


def _is_point(c: Cand, text: str) -> bool:
    """Is the bare mention `c` written as a point, not an area (see the module's docstring)?"""
    return bool(POINT_BEFORE.search(text, max(0, c.start - 40), c.start))


# The unit's type by its administrative word: first-level words a province, the rest a district.
FIRST_LEVEL = re.compile(r"(?i)\s(?:oblast|province|governorate|state|region)$")


def _first_level(admin: list[Cand]) -> bool:
    return any(FIRST_LEVEL.search(c.text) for c in admin)


@rule("place.seat-town-apart", "a unit named with its administrative word and a town of the same name written "
      "as a town are two places ('Kherson Oblast' and 'Kherson City')",
      pos=[("Russian drones killed four people in Kherson Oblast on Monday, two of them in Kherson City.",
            ("Kherson", "Kherson Oblast")),
           ("Shelling wounded a farmer in a village west of Zaporizhzhia; Zaporizhzhia Oblast counted 11 attacks.",
            ("Zaporizhzhia", "Zaporizhzhia Oblast"))],
      neg=[("Taliban fighters attacked a checkpoint in Helmand province; officials in Helmand said 14 died.",
            ("Helmand",))],
      probe=places, off=lambda cands, text: cands)
def seat_towns_apart(cands: list[Cand], text: str) -> list[Cand]:
    """`cands`, the administrative forms of a gazetteer place the report also writes as a
    town moved to a place of their own (group ``<town's group>#unit``), named by its first
    administrative form; a town word right after the name joins the town's mention
    ("Konduga town")."""
    groups: dict[str, list[Cand]] = {}
    for c in cands:
        # A place the gazetteer does not know ("Djibasso department" and "Djibasso town") is grouped
        # by its name all the same: the same two places hide in one group.
        if c.kind == "Place":
            groups.setdefault(c.group, []).append(c)
    moved: dict[int, Cand] = {}
    for group, cs in groups.items():
        admin = [c for c in cs if ADMIN_END.search(c.text)]
        if admin and any(_is_town(c, text) or (_is_point(c, text) and _first_level(admin))
                         for c in cs if c not in admin):
            moved.update(_apart(group, cs, admin, text))
    return [moved.get(id(c), c) for c in cands]


def _apart(group: str, cs: list[Cand], admin: list[Cand], text: str) -> dict[int, Cand]:
    """The candidates `cs` of one place told apart: the administrative forms `admin` to the
    unit's group, the rest the town's."""
    name = re.sub(r"^(?i:the)\s+", "", admin[0].text)
    typ = "province" if FIRST_LEVEL.search(name) else "district"
    moved = {id(c): replace(c, group=group + UNIT, name=name, type=typ) for c in admin}
    for c in cs:
        if id(c) in moved:
            continue
        # The gazetteer's key stays with the unit (its entry when the name is a province's).
        town = replace(c, key=None, type="city" if c.type in ("province", "district", "region") else c.type)
        after = TOWN_AFTER.match(text, c.end)
        if after is not None:
            town = replace(town, end=after.end(), text=text[c.start:after.end()])
        moved[id(c)] = town
    return moved

UNIT = "#unit"


def seat_links(table: Any) -> None:
    """Each town set apart from its unit lies in it (the unit is named after its seat): the
    relation, and `table.seats` (town id -> unit id), by which an event placed in the town is
    placed in the unit too (the guide's places: the most specific and the containing ones)."""
    for group, uid in list(table.by_group.items()):
        if group.endswith(UNIT) and group[:-len(UNIT)] in table.by_group:
            tid = table.by_group[group[:-len(UNIT)]]
            table.name_place.setdefault(tid, uid)
            table.seats[tid] = uid
