"""Breakdowns: a total split by place ("eight killed on Thursday: five in A, two in B and one
in C", "Its spokesman gave this breakdown: seven in X and three in Y"). The guide's rule: the
total is an aggregate, each place's strike a sub-incident PART_OF it with its own toll; a
place's own paragraph told after is that sub-incident told again, and a lead telling the same
total just before the breakdown is the aggregate itself (:func:`join_parts`). Conventions of
casualty reporting in general (monitors, ministries, wire copy, live blogs), any war.

Cost: a regex scan of the text before each place mention of a sentence; :func:`join_parts`
compares each frame with the few parts told within a few sentences before it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.breakdown_facilities import facility_parts, with_sites
from sitgraph.loaders.extract.quantities import FIGURE
from sitgraph.loaders.extract.rules import event_roles, event_types, no, none_found
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.series_parts import at_part
from sitgraph.loaders.extract.toll_respectively import respective_parts

NUM = FIGURE
# "nine in X", "eleven of them in X": a place's figure of a breakdown
PER_PLACE = re.compile(rf"(?i)\b({NUM})\s+(?:(?:people|persons|civilians|others|were"
                       rf"|killed|dead|died|wounded|injured|more)\s+){{0,3}}in\s+(?:the\s+)?(?:(?:town|village|city|district|"
                       rf"province|area|camp|neighbou?rhood)\s+of\s+)?$")


@named_rule("assemble.breakdown", "'nine in X, six in Y': a total split by place into part incidents",
            pos=[("Airstrikes killed 15 people, nine in Ariha and six in Saraqib.",
                  (("Attack", "aggregate"), ("Attack", "incident"), ("Attack", "incident")))],
            neg=[("Airstrikes killed 15 people in Ariha and Saraqib.", (("Attack", "incident"),))],
            probe=event_roles, off=none_found)
def breakdown(sentence: str, offset: int, spans: list[tuple[int, int, str]], kind: Any) -> list[tuple[str, int]]:
    """(place id, figure) for each place of a breakdown ("nine in X, six in Y and five in Z")
    in `sentence` (at `offset` in the report); empty unless two or more places have one."""
    from sitgraph.loaders.extract.numbers import parse_number

    found: list[tuple[int, str, int]] = []
    end = offset + len(sentence)
    for s, _e, eid in sorted(spans):
        if s < offset or s >= end or kind(eid) != "Place" or any(eid == o for _, o, _ in found):
            continue
        m = PER_PLACE.search(sentence[max(0, s - offset - 60):s - offset])
        n = parse_number(m.group(1)) if m else at_part(sentence, s - offset, _e - offset)
        if n is not None:
            found.append((s, eid, n))
    # A camp or a market is a part as a town is, in the order the sentence tells them.
    sites = with_sites(sentence, offset, found, facility_parts(sentence, offset, spans, kind, {s for s, _, _ in found}))
    out = sites or [(eid, n) for _, eid, n in found]
    return out if len(out) >= 2 else respective_parts(sentence, offset, spans, kind)


@named_rule("toll.breakdown-total-first", "'killed 11 civilians in X: seven in Y and four in Z': the first figure, "
            "holding all the rest, is the total of the parts, not a part",
            pos=[("Shelling killed 11 civilians in Kadugli on Monday: seven in Hajar al-Nar and four in Tillo.",
                  ((11, None, None), (7, None, None), (4, None, None)))],
            neg=[("Airstrikes killed 15 people, nine in Ariha and six in Saraqib.",
                  ((15, None, None), (9, None, None), (6, None, None))),
                 ("Glide bombs killed five people in Kramatorsk and one in Sloviansk.",
                  ((6, None, None), (5, None, None), (1, None, None)))],
            probe=lambda x: tuple((v.killed, v.wounded, v.displaced) for v in x.events),
            off=lambda parts, stated: parts)
def _without_total(parts: list[tuple[str, int]], stated: int | None) -> list[tuple[str, int]]:
    """The parts less a first one that is the sentence's total (`stated`) and the sum of all
    the others ("killed 11 civilians in El Fasher: seven in X and four in Y"): the total of a
    breakdown, told first, is none of its parts."""
    if len(parts) >= 3 and parts[0][1] == stated == sum(n for _, n in parts[1:]):
        return parts[1:]
    return parts


def split_breakdown(f: Any, parts: list[tuple[str, int]]) -> list[Any]:
    """The parent (an aggregate: the stated total, else the sum) and one sub-incident per
    place with its figure; sub-incidents point at the parent through `parent`."""
    field = "killed" if f.killed else "wounded" if f.wounded else "killed"
    stated = getattr(f, field)
    parts = _without_total(parts, stated)
    if len(parts) < 2:
        return [f]
    total = sum(n for _, n in parts)
    typ = f.type if f.type != "aggregate" else None
    parent = f
    parent.role, parent.type = "aggregate", "aggregate"
    setattr(parent, field, stated if stated and stated >= total else total)
    subs = []
    ids = {p for p, _ in parts}
    for place, n in parts:
        sub = _part(f, place, ids, typ)
        setattr(sub, field, n)
        sub.parent = f
        subs.append(sub)
    return [parent, *subs]


def _part(f: Any, place: str, ids: set[str], typ: str | None) -> Any:
    """The sub-incident of total `f` at `place` (one of the parts `ids`), with no figures yet."""
    # A facility part (a camp, a market among the targets) is its strike's target, in the
    # places the total names; every part leaves the other parts' sites out of its targets.
    site = place in f.targets and place not in f.places
    return replace(f, places=[p for p in f.places if p not in ids] if site else [place],
                   targets=[place] * site + [t for t in f.targets if t not in ids], actors=list(f.actors),
                   attribution=list(f.attribution), evidences=list(f.evidences), claimed_by=list(f.claimed_by),
                   killed=None, wounded=None, displaced=None, attackers_killed=None, role="incident", type=typ)


def parts_of(f: Any, table: Any) -> list[tuple[str, int]]:
    """The breakdown told in `f`'s own sentence (see :func:`breakdown`), read from the mentions
    starting in it (an index look-up)."""
    sentence = table.report.text[f.sent_start:f.sent_end]
    return breakdown(sentence, f.sent_start, table.starting_in(f.sent_start, f.sent_end), table.kind)


@named_rule("assemble.breakdown-place-told", "'five in Tarmiya, two in Khanaqin ...' then 'In Khanaqin, a roadside "
            "bomb killed two policemen': the place's own paragraph is its part of the breakdown, not the total's",
            pos=[("Eight people were killed on Thursday, five in Tarmiya, two in Khanaqin and one in Jalawla. In "
                  "Khanaqin, a roadside bomb killed two policemen.",
                  (("Attack", "aggregate"), ("Attack", ""), ("Attack", ""), ("Attack", "bombing")))],
            neg=[("Eight people were killed on Thursday, five in Tarmiya, two in Khanaqin and one in Jalawla. In "
                  "Baquba, a roadside bomb killed two policemen.",
                  (("Attack", "aggregate"), ("Attack", ""), ("Attack", ""), ("Attack", ""), ("Attack", "bombing")))],
            probe=event_types, off=no)
def keeps_apart(prev: Any, f: Any, table: Any) -> bool:
    """Is `prev` told in a breakdown sentence and `f` about one of its places only ("In
    Khanaqin, a roadside bomb killed two")? Then `f` must not join the total: it is that
    place's part, joined to it once the total is split (:func:`join_parts`)."""
    from sitgraph.loaders.extract.merging import named_targets, specific_ids

    if f.kind != prev.kind or f.kind != "Attack":
        return False
    own = specific_ids(f.places, table)
    # One strike told with its weapon or its target ("- Tarmiya: a roadside bomb struck a
    # patrol") is one of the parts or another incident, never more of the total.
    if not own and not (f.type or named_targets(f, table)):
        return False
    places = {p for p, _ in parts_of(prev, table)}
    return bool(places) and (not own or own <= places and len(own) == 1)


def join_parts(frames: list[Any], table: Any) -> list[Any]:
    """After the split: a place's own paragraph joins its part; a lead telling the breakdown's
    total just before it becomes the total. Returns the frames left. Cost: O(frames x parts)."""
    from sitgraph.loaders.extract.merging import merge_into

    out = _lead_is_total(frames, table)
    gone: set[int] = set()
    for f in out:
        part = None if f.parent is not None or f.role != "incident" else _part_told(f, out, table)
        if part is not None and id(part) not in gone:
            # The place's own account stays the event (its sentence, its list heading, its
            # sources), with the part's figures and its place in the total.
            merge_into(f, part)
            f.parent = part.parent
            gone.add(id(part))
    return [f for f in out if id(f) not in gone]


def _part_told(f: Any, frames: list[Any], table: Any) -> Any:
    """The part of a breakdown told at most fifteen sentences before `f` (a summary's figures
    before its list of incidents) whose place `f` names, no other part of that breakdown's,
    of `f`'s kind and day, with no other side (else None)."""
    if f.kind != "Attack":
        return None
    for p in frames:
        if p.parent is not None and p.kind == f.kind and 0 < f.sent_index - p.sent_index <= 15 \
                and set(p.places) <= set(f.places) and _fits_part(p, f, frames, table):
            return p
    return None


def _fits_part(p: Any, f: Any, frames: list[Any], table: Any) -> bool:
    """`f` names no place of another part of `p`'s breakdown, no other day and no other side."""
    from sitgraph.loaders.extract.merging import day_apart, named_actors

    others = {x for q in frames if q.parent is p.parent and q is not p for x in q.places}
    theirs, mine = named_actors(p.actors, table), named_actors(f.actors, table)
    return not others & set(f.places) and not day_apart(p, f) and not (theirs and mine and not theirs & mine)


@named_rule("assemble.lead-is-total", "'Strikes killed ten people overnight.' then 'Its spokesman gave this breakdown: "
            "seven in X and three in Y': the lead is the total the places add up to, not another event",
            pos=[("US and British strikes on Hodeidah province killed ten people overnight, the Houthis said. Its "
                  "spokesman gave this breakdown: seven killed in Hodeidah city and three in al-Salif.",
                  (("Attack", "aggregate"), ("Attack", "incident"), ("Attack", "incident")))],
            neg=[("US and British strikes on Hodeidah province killed 14 people overnight, the Houthis said. Its "
                  "spokesman gave this breakdown: seven killed in Hodeidah city and three in al-Salif.",
                  (("Attack", "incident"), ("Attack", "aggregate"), ("Attack", "incident"), ("Attack", "incident")))],
            probe=event_roles, off=lambda frames, _table: list(frames))
def _lead_is_total(frames: list[Any], table: Any) -> list[Any]:
    """An incident told in the two sentences before a breakdown, of its kind and day, with
    the breakdown's total as its toll, is that total: it takes the total's place (an
    aggregate the parts are PART_OF), and parts naming no side or weapon take its own."""
    from sitgraph.loaders.extract.merging import merge_into

    out = list(frames)
    for total in [f for f in frames if f.role == "aggregate" and any(p.parent is f for p in frames)]:
        lead = next((f for f in reversed(out[:out.index(total)]) if _gives_total(f, total)), None)
        if lead is None:
            continue
        typ = lead.type
        merge_into(lead, total)
        lead.role, lead.type, lead.aggregate = "aggregate", "aggregate", True
        for p in out:
            if p.parent is total:
                p.parent = lead
                p.actors = p.actors or list(lead.actors)
                p.type = p.type or typ
        out.remove(total)
    return out


def _gives_total(f: Any, total: Any) -> bool:
    """Is `f` an incident of the total's kind and day, told in the two sentences before it,
    with the total as its toll?"""
    from sitgraph.loaders.extract.merging import day_apart

    return f.role == "incident" and f.parent is None and f.kind == total.kind and (
        0 < total.sent_index - f.last_index <= 2) and not day_apart(f, total) \
        and _same_total(f, total)


def _same_total(lead: Any, total: Any) -> bool:
    """Does the lead give the breakdown's total (its dead, else its wounded)?"""
    if total.killed:
        return lead.killed == total.killed
    return bool(total.wounded) and lead.wounded == total.wounded
