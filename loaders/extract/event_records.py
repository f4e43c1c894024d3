"""Frames to the output's events: one :class:`sitgraph.graph.model.Event` per assembled frame,
numbered in text order with each part pointing at its parent, and the entity ids the events use
renumbered to the report's final ones.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sitgraph.graph.model import Attribution, Event, Mention, Report
from sitgraph.loaders.extract import toll_scope
from sitgraph.loaders.extract.entities import EntityTable
from sitgraph.loaders.extract.events import Frame
from sitgraph.loaders.extract.inference import INFERRED_CONFIDENCE


def linked_events(frames: list[Frame], report: Report, table: EntityTable) -> list[Event]:
    """The events of `frames`, numbered in order, each part pointing at its parent's id."""
    events = [_event(f, n + 1, report, table) for n, f in enumerate(frames)]
    ids = {id(f): ev.id for f, ev in zip(frames, events, strict=True)}
    return [replace(ev, parent=ids.get(id(f.parent))) if f.parent is not None else ev
            for f, ev in zip(frames, events, strict=True)]


def _event(f: Frame, n: int, report: Report, table: EntityTable) -> Event:
    text = report.text[f.sent_start:f.sent_end]
    conf = 0.4 + 0.15 * bool(f.actors) + 0.1 * bool(f.targets or f.places) + 0.1 * f.date_explicit
    conf += 0.1 * (f.type not in (None, "aggregate")) + 0.05 * bool(f.killed or f.wounded)
    if f.claimed_by:
        conf -= 0.05
    if f.inferred:
        conf = min(conf, INFERRED_CONFIDENCE)
    typ = f.type
    if typ is None:
        # An attack whose weapon no word tells keeps no type (FORMAT's attack types only).
        typ = {"Attack": None, "Abduction": "abduction", "Capture": "territory_taken",
               "Displacement": "displacement", "Agreement": "announced", "Violation": "violation"}[f.kind]
    precision = f.precision
    if f.date_end and precision != "range":
        precision = "range"
    evidences = tuple(Mention(report.id, report.text[s:e], s, e)
                      for s, e in dict.fromkeys([(f.sent_start, f.sent_end), *sorted(f.evidences)]))
    attribution = tuple(Attribution(a, how, by, ev) for a, how, by, ev in dict.fromkeys(
        (a, how, by, ev) for a, how, by, ev in f.attribution))
    return Event(
        id=f"v{n}", kind=f.kind, type=typ, actors=tuple(f.actors), targets=tuple(f.targets),
        places=tuple(f.places), date=f.date, date_end=f.date_end, date_precision=precision,
        killed=f.killed, wounded=f.wounded, displaced=f.displaced, claimed_by=tuple(f.claimed_by),
        agreement=f.agreement, evidence=Mention(report.id, text, f.sent_start, f.sent_end),
        confidence=round(min(conf, 0.95), 2), role=f.role, attribution=attribution, evidences=evidences,
        background_toll=toll_scope.marked(f),
    )


def used_ids(events: list[Event], relations: list[Any]) -> set[str]:
    """The entity ids any event (its participants, agreement, attributions) or relation uses."""
    used = {x for ev in events for x in ev.actors + ev.targets + ev.places + ev.claimed_by}
    used |= {x for ev in events for x in ([ev.agreement] if ev.agreement else [])}
    used |= {x for ev in events for a in ev.attribution for x in (a.actor, a.by) if x}
    used |= {r.source for r in relations} | {r.target for r in relations}
    return used


def renumber(ev: Event, rn: dict[str, str]) -> Event:
    """`ev` with the table's entity ids replaced by the report's final ones."""
    return replace(
        ev, actors=tuple(rn[a] for a in ev.actors if a in rn), targets=tuple(rn[a] for a in ev.targets if a in rn),
        places=tuple(rn[a] for a in ev.places if a in rn), claimed_by=tuple(rn[a] for a in ev.claimed_by if a in rn),
        agreement=rn.get(ev.agreement) if ev.agreement else None,
        attribution=tuple(replace(a, actor=rn[a.actor], by=rn.get(a.by) if a.by else None)
                          for a in ev.attribution if a.actor in rn))
