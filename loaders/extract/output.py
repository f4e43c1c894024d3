"""Extractions as the `sitgraph.extraction/1` JSON document (the contract of `sitgraph extract`)
and as flat rows for a table."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sitgraph.graph.model import Event, Extraction

SCHEMA = "sitgraph.extraction/1"


def report_json(x: Extraction) -> dict[str, Any]:
    """One report's object of the document."""
    r = x.report
    return {
        "id": r.id, "path": r.path, "title": r.title, "published": r.published, "source": r.source,
        "url": r.url,
        "entities": [
            {"id": e.id, "kind": e.kind, "type": e.type, "name": e.name, "mentions": list(e.forms)}
            for e in x.entities
        ],
        "events": [_event_json(v) for v in x.events if not v.background_toll],
        # running counts recalled for context (a war's, a year's toll): kept, apart from the events
        "tolls": [_event_json(v) for v in x.events if v.background_toll],
        "relations": [
            {"type": rel.type, "source": rel.source, "target": rel.target,
             "evidence": rel.evidence.text if rel.evidence else None}
            for rel in x.relations
        ],
    }


def _event_json(v: Event) -> dict[str, Any]:
    """One event's object of the document."""
    return {"id": v.id, "kind": v.kind, "type": v.type, "actors": list(v.actors), "targets": list(v.targets),
            "places": list(v.places), "date": v.date, "date_end": v.date_end, "killed": v.killed,
            "wounded": v.wounded, "displaced": v.displaced, "claimed_by": list(v.claimed_by),
            "agreement": v.agreement, "evidence": v.evidence.text if v.evidence else None,
            "confidence": v.confidence, "role": v.role, "parent": v.parent,
            "attribution": [{"actor": a.actor, "how": a.how, "by": a.by, "evidence": a.evidence}
                            for a in v.attribution],
            "evidences": [m.text for m in v.evidences]}


def to_format_json(extractions: Iterable[Extraction]) -> dict[str, Any]:
    """The whole document: {"schema": ..., "reports": [...]}, in input order."""
    return {"schema": SCHEMA, "reports": [report_json(x) for x in extractions]}


def event_rows(x: Extraction) -> list[dict[str, Any]]:
    """One row per event with names in place of ids, for `--format table`."""
    names = {e.id: e.name for e in x.entities}

    def nm(ids: Iterable[str]) -> str:
        return ", ".join(names.get(i, i) for i in ids)

    return [
        {"report": x.report.path or x.report.id, "event": v.id, "kind": v.kind, "type": v.type,
         "actors": nm(v.actors), "targets": nm(v.targets), "places": nm(v.places),
         "date": v.date if not v.date_end else f"{v.date}..{v.date_end}", "killed": v.killed,
         "wounded": v.wounded, "claimed_by": nm(v.claimed_by)}
        for v in x.events
    ]
