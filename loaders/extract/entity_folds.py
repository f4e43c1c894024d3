"""Folding one entity of a report's table into another once events and relations exist: the
kept entity takes the folded one's mentions (in text order), and every relation follows it,
dropping one that now ties an entity to itself or repeats another, and every event's places and
targets follow it too. The rules that decide what folds (a camp's place name, a country's
qualifying region, a facility named again by its bare noun) own the choice; this module only
carries it out, so each does it the same way.

Pure functions over the entity table and relations; cost: linear in the folded entities'
mentions and the relations.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any


def fold_entities(table: Any, folded: dict[str, str]) -> None:
    """Move each entity id of `folded` (folded id -> kept id) out of ``table.entities`` and its
    mentions into the kept entity, sorted by position. Changes `table` in place."""
    for gone, kept in folded.items():
        old, into = table.entities.pop(gone), table.entities[kept]
        mentions = tuple(sorted(into.mentions + old.mentions, key=lambda m: (m.start, m.end)))
        table.entities[kept] = replace(into, mentions=mentions)


def follow_folds(relations: list[Any], folded: dict[str, str]) -> list[Any]:
    """`relations` with each end in `folded` replaced by the entity it folded into; a relation
    that now joins an entity to itself, or repeats an earlier one, is dropped."""
    out, seen = [], set()
    for r in relations:
        s, t = folded.get(r.source, r.source), folded.get(r.target, r.target)
        if s == t or (r.type, s, t) in seen:
            continue
        seen.add((r.type, s, t))
        out.append(replace(r, source=s, target=t) if (s, t) != (r.source, r.target) else r)
    return out


def _swap(ids: tuple[str, ...], folded: dict[str, str]) -> tuple[str, ...]:
    """`ids` with folded entities replaced by the ones they folded into, each id once."""
    return tuple(dict.fromkeys(folded.get(i, i) for i in ids))


def fold_with_events(table: Any, folded: dict[str, str], events: list[Any],
                     relations: list[Any]) -> tuple[list[Any], list[Any]]:
    """Fold the entities of `folded` (as :func:`fold_entities`) and return `events` with the
    kept entity in each folded one's place among their places and targets, and `relations`
    as :func:`follow_folds` leaves them."""
    if not folded:
        return events, relations
    fold_entities(table, folded)
    events = [replace(ev, targets=_swap(ev.targets, folded), places=_swap(ev.places, folded)) for ev in events]
    return events, follow_folds(relations, folded)
