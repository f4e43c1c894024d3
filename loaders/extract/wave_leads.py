"""A lead telling one wave of attacks on several places, then each place's attack on its own.

"Russian drones struck Kharkiv and Sumy overnight. In Kharkiv, two people were killed when a
drone hit a residential block. In Sumy, a drone hit an energy facility." A convention of
conflict reporting in general (wire copy, daily war updates, sitreps, rights documentation):
the lead names the side, the weapon and the day once, over places coordinated in one phrase
("X and Y", "the villages of X, Y and Z"); the sentences after it tell what happened in each
place, often without the side. Each place's sentence is an incident of its own, the side and
the day of the lead its own too; the lead is no further incident beside them. Places the lead
names that no later sentence tells stay the lead's incident.

A lead with a toll is left alone: it is the wave's total, split by assemble.split_places.
Cost: a scan of the mentions of each lead naming two places or more, and of the few incidents
told in the six sentences after it.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.frame_overlap import explicit_other_day, named_actors, same_weapon
from sitgraph.loaders.extract.rules import event_actors, event_places, no
from sitgraph.loaders.extract.rules import rule as named_rule

# What stands between two coordinated places: "X and Y", "X, Y and Z", "X as well as Y".
_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s(?:and|as\s+well\s+as|&)\s)\s*", re.IGNORECASE)
REACH = 6  # sentences after the lead within which a place's own attack is told
# Places too broad to be one attack's ("Kharkiv" may be a city or its province: both kept).
_BROAD = ("country", "region", "state", "continent")


# Attacks on the ground: a raid on villages is told by its shooting and by its burning alike.
_GROUND = {"shooting", "armed_clash", "raid", "arson", "looting"}


def _placed(ids: list[str], table: Any) -> set[str]:
    return {x for x in ids if table.entities[x].kind == "Place" and table.entities[x].type not in _BROAD}


def coordinated_places(f: Any, table: Any) -> list[str]:
    """The places (below a country or region) that `f`'s own sentence coordinates in one
    phrase ("Kharkiv and Sumy", "Kuru, Dogo Nahawa and Bokkos"), in text order; [] when it
    coordinates fewer than two."""
    text = table.report.text
    spans = [t for t in table.in_span(f.sent_start, f.sent_end) if t[2] in _placed(f.places, table)]
    best: list[str] = []
    run: list[str] = []
    end = -1
    for s, e, eid in spans:
        if run and s >= end and _JOINER.fullmatch(text[end:s]) and eid not in run:
            run.append(eid)
        else:
            run = [eid]
        end = e
        best = run if len(run) > len(best) else best
    return list(best) if len(best) >= 2 else []


@named_rule("assemble.wave-lead", "'Drones struck X and Y overnight.' then 'In X, ...' and 'In Y, ...': each "
            "place's attack is an incident with the lead's side, and the lead is no further incident",
            pos=[("Russian drones struck Kharkiv and Sumy overnight. In Kharkiv, two people were killed when a drone "
                  "hit a residential block. In Sumy, a drone hit an energy facility, wounding three people.",
                  (("Russia",), ("Russia",)))],
            neg=[("Russian drones struck Kharkiv overnight. In Sumy, two people were killed when a drone hit a "
                  "residential block.", (("Russia",), ()))],
            probe=event_actors, off=lambda frames, table: frames)
def spread_wave_leads(frames: list[Any], table: Any) -> list[Any]:
    """`frames` (assembled, in report order) with each wave lead's side, weapon and day given
    to the incidents told after it in one of its coordinated places, and the lead dropped
    when they tell all its places (else it keeps the places none told)."""
    dropped: set[int] = set()
    for i, lead in enumerate(frames):
        if lead.role != "incident" or lead.killed or lead.wounded or id(lead) in dropped:
            continue
        coord = coordinated_places(lead, table)
        parts = _parts(lead, coord, frames[i + 1:], table) if coord else {}
        if not parts:
            continue
        for f in parts.values():
            _take_lead(f, lead)
        if set(parts) >= set(coord):
            dropped.add(id(lead))
        else:
            lead.places = [p for p in lead.places if p not in parts]
    return [f for f in frames if id(f) not in dropped]


@named_rule("assemble.wave-lead-part", "'Jets bombed X and Y.' then 'In Y, a strike killed six': the attack of one of "
            "the places a lead coordinates, told one by one, stays apart from the lead",
            pos=[("Jets bombed Idlib and Ariha on Monday. In Ariha, a strike on a market killed six people. In Idlib, "
                  "a strike hit a bakery.", (("Ariha",), ("Idlib",)))],
            neg=[("Jets bombed Idlib and Ariha on Monday. In Ariha, rebels shelled an army post, killing six soldiers.",
                  (("Ariha", "Idlib"), ("Ariha",)))],
            probe=event_places, off=no)
def wave_part(lead: Any, f: Any, table: Any) -> bool:
    """Is `f` the attack of one of the places `lead` (a wave lead with no toll) coordinates,
    told on its own after it ("In Ariha, a strike on a market killed six")? Then it is kept
    apart from the lead, and takes its side after assembly (:func:`spread_wave_leads`)."""
    if lead.role != "incident" or lead.killed or lead.wounded or f.sent_index <= lead.sent_index:
        return False
    coord = coordinated_places(lead, table)
    part = _parts(lead, coord, [f], table) if coord else {}
    return bool(part) and _told_one_by_one(f, set(coord) - set(part), table)


def _told_one_by_one(f: Any, others: set[str], table: Any) -> bool:
    """Is another of the lead's places (`others`) named again after `f`'s sentence, within a
    few sentences' length? A lead whose body tells only one of its places stays one incident
    with it (distinct_incidents.other_listed_part)."""
    return any(eid in others for _s, _e, eid in table.starting_in(f.sent_end, f.sent_end + 160 * REACH))


def _parts(lead: Any, coord: list[str], after: list[Any], table: Any) -> dict[str, Any]:
    """Place id -> the first incident told after `lead` (within REACH sentences of it) that
    names that one of its coordinated places and no other, fits its weapon, day and side."""
    last = lead.last_index
    parts: dict[str, Any] = {}
    for f in after:
        if f.sent_index - last > REACH:
            break
        own = _placed(f.places, table) & set(coord)
        if len(own) != 1 or f.role != "incident" or f.kind != lead.kind or own <= set(parts):
            continue
        if _weapon_fits(lead, f) and not explicit_other_day(lead, f) and _side_fits(lead, f, table):
            parts[own.pop()] = f
    return parts


def _weapon_fits(lead: Any, f: Any) -> bool:
    """One strike could be told by both (see same_weapon), or both tell an attack on the ground."""
    return same_weapon(lead, f) or {lead.type, f.type} <= _GROUND


def _side_fits(lead: Any, f: Any, table: Any) -> bool:
    """`f` names no named side, or only sides the lead names."""
    return named_actors(f.actors, table) <= named_actors(lead.actors, table)


def _take_lead(f: Any, lead: Any) -> None:
    """Part `f` takes the lead's sides, its weapon when it tells none, and its day when `f`'s
    sentence says none."""
    f.actors[:0] = [a for a in lead.actors if a not in f.actors]
    f.attribution.extend(x for x in lead.attribution if x not in f.attribution)
    f.claimed_by.extend(x for x in lead.claimed_by if x not in f.claimed_by)
    f.type = f.type or lead.type
    if lead.date_explicit and not f.date_explicit:
        f.date, f.date_end, f.precision, f.date_explicit = lead.date, lead.date_end, lead.precision, True
