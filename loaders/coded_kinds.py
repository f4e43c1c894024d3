"""What a coded dataset's words mean in the graph: event kind and type, actor type, facility, place precision.

Tables of the datasets' own vocabularies (ACLED event and sub-event types, weapon and
actor-type words, facility words, geo-precision codes) read into the graph's kinds and
types. Pure functions of cell text; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_SKIP = ("", None)  # a row kind the graph does not model
# ACLED event and sub-event types, current and legacy, lower case.
_ACLED_TYPES: dict[str, tuple[str, str | None]] = {
    "air/drone strike": ("Attack", "airstrike"),
    "shelling/artillery/missile attack": ("Attack", "shelling"),
    "armed clash": ("Attack", "armed_clash"),
    "remote explosive/landmine/ied": ("Attack", "bombing"),
    "suicide bomb": ("Attack", "bombing"),
    "grenade": ("Attack", "bombing"),
    "chemical weapon": ("Attack", None),
    # "Attack" is ACLED's direct assault on people, most often armed but of no fixed
    # means: calling it shooting would invent a weapon.
    "attack": ("Attack", None),
    "sexual violence": ("Attack", None),
    "abduction/forced disappearance": ("Abduction", "abduction"),
    "arrests": ("Abduction", "arrest"),
    "looting/property destruction": ("Attack", "looting"),
    "mob violence": ("Attack", None),
    "excessive force against protesters": ("Attack", None),
    "government regains territory": ("Capture", None),
    "non-state actor overtakes territory": ("Capture", None),
    "non-violent transfer of territory": ("Capture", None),
    "agreement": ("Agreement", None),
    "battles": ("Attack", "armed_clash"),
    "explosions/remote violence": ("Attack", None),
    "violence against civilians": ("Attack", None),
    "battle-no change of territory": ("Attack", "armed_clash"),
    "battle-government regains territory": ("Capture", None),
    "battle-non-state actor overtakes territory": ("Capture", None),
    "remote violence": ("Attack", None),
    **{k: _SKIP for k in (
        "peaceful protest", "protest with intervention", "violent demonstration", "protests",
        "riots", "riots/protests", "strategic developments", "strategic development",
        "headquarters or base established", "change to group/activity", "disrupted weapons use",
        "other",
    )},
}
# Keyword rules over free-text weapon/means columns, first match wins: the specific before
# the general ("aerial bomb" is an airstrike, "bomb" alone a bombing).
_WEAPON_RULES: tuple[tuple[re.Pattern[str], str, str | None], ...] = tuple(
    (re.compile(p), kind, typ) for p, kind, typ in (
        (r"kidnap|abduct|hostage|disappear", "Abduction", "kidnapping"),
        (r"arrest", "Abduction", "arrest"),
        (r"detain|detention", "Abduction", "detention"),
        (r"drone|\buav", "Attack", "drone_strike"),
        (r"barrel", "Attack", "barrel_bomb"),
        (r"aerial|air ?strike|air raid|\bair\b|warplane|plane|aircraft|helicopter|jet", "Attack", "airstrike"),
        (r"rocket|mlrs", "Attack", "rocket_attack"),
        (r"missile", "Attack", "missile_strike"),
        (r"shell|artillery|mortar|howitzer", "Attack", "shelling"),
        (r"\bv?b?ied\b|explosive|bomb|landmine|\bmines?\b|grenade|vehicle.born", "Attack", "bombing"),
        (r"shoot|firearm|\bguns?\b|gunfire|sniper|small arms|rifle", "Attack", "shooting"),
        (r"clash|battle|crossfire|exchange of fire", "Attack", "armed_clash"),
        (r"\braid|storm|forceful entry", "Attack", "raid"),
        (r"arson|burn|set (?:on )?fire", "Attack", "arson"),
        (r"loot|theft|robbery|burglary|stolen|hijack", "Attack", "looting"),
    )
)


def classify_event(values: Sequence[str]) -> tuple[str, str | None] | None:
    """(kind, type) from weapon/means/event-type cells tried in order; None for a row
    kind the graph does not model (a protest). Unknown means give ``("Attack", None)``."""
    for value in values:
        key = value.strip().lower()
        if not key:
            continue
        if key in _ACLED_TYPES:
            found = _ACLED_TYPES[key]
            return None if found == _SKIP else found
        for pattern, kind, typ in _WEAPON_RULES:
            if pattern.search(key):
                return kind, typ
    return "Attack", None


_ACTOR_TYPES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), t) for p, t in (
        (r"^[18]$|^(?:state|external/other) forces|foreign|coalition|host state|government|"
         r"armed forces|military|police|paramilitary", "state_forces"),
        (r"^[234]$|non-state|^nsa$|armed group|rebel|militia|opposition", "armed_group"),
        (r"^[567]$|civilian|protester|rioter", "civilians"),
    )
)
_ACTOR_NAME_TYPES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.I), t) for p, t in (
        (r"\bcivilians?\b|\bworkers\b|\bstaff\b|\brefugees\b|\bdisplaced\b|\bstudents\b|\bprotesters\b",
         "civilians"),
        (r"\bjournalists?\b|\bmedia\b", "media"),
        (r"\bforces\b|\barmy\b|\bmilitary\b|\bpolice\b|\bair force\b|\bnavy\b|\bgendarmerie\b", "state_forces"),
    )
)
_UNKNOWN_ACTOR = re.compile(
    r"^(?:unknown|unidentified|unspecified|no information|not applicable|n/?a|none|other|-+)\b", re.I
)


def actor_type(type_cell: str, name: str) -> str | None:
    """An actor's type from the dataset's type column, else guessed from its name."""
    cell = type_cell.strip().lower()
    for pattern, typ in _ACTOR_TYPES:
        if cell and pattern.search(cell):
            return typ
    for pattern, typ in _ACTOR_NAME_TYPES:
        if pattern.search(name):
            return typ
    return None


def split_actors(cell: str, separator: str) -> list[str]:
    """The actor names in one cell; unknown/unidentified perpetrators give none."""
    names = [n.strip(" .") for n in re.split(separator, cell or "")]
    return [n for n in names if n and not _UNKNOWN_ACTOR.match(n)]


_FACILITY_TYPES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), t) for p, t in (
        (r"health|hospital|clinic|medical|ambulance|pharmacy", "medical"),
        (r"school|education|university|kindergarten", "school"),
        (r"market|shop", "market"),
        (r"\bcamp\b|idp|refugee", "camp"),
        (r"custody|detention|prison|jail", "detention"),
        (r"mosque|church|religious|shrine|temple", "religious"),
        (r"military base|\bbase\b", "military_base"),
        (r"checkpoint|military post", "military_post"),
        (r"road|highway|convoy", "road"),
        (r"home|house|residen", "residential"),
        (r"office|compound|warehouse", "office"),
        (r"project site|distribution site", "project_site"),
    )
)


def facility_type(cell: str) -> str | None:
    """The facility type a location cell names ("Health Building" -> medical), or None for
    open space, public places and unknowns."""
    value = cell.strip().lower()
    for pattern, typ in _FACILITY_TYPES:
        if value and pattern.search(value):
            return typ
    return None


_PRECISION = re.compile(r"\d")
# ACLED geo_precision 1/2/3 and SHCC "(n) ..." codes to the place level they allow.
_PRECISION_LEVEL = {
    "acled": {"1": "town", "2": "district", "3": "province"},
    "default": {"1": "town", "2": "town", "3": "district", "4": "province", "5": "landmark",
                "6": "country"},
}


def precision_level(cell: str, scale: str) -> str | None:
    m = _PRECISION.search(cell or "")
    return _PRECISION_LEVEL[scale].get(m.group(0)) if m else None

