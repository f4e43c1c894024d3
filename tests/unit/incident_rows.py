"""Helpers of the one-incident variation tables: each event of a small report as a tuple the
rows can state exactly."""

from __future__ import annotations

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract

PUBLISHED = "2024-06-14"  # a Friday
ONE = "Attack", "incident"
BACK = "Attack", "background"


def events(nlp, text: str) -> list[tuple]:
    """(kind, role, killed, wounded, date, where, actors) of each event but aggregates; `where`
    holds the names and surface forms of its places and targets, `actors` its perpetrators'
    names, all in lower case."""
    x = extract(Report.from_text(text, published=PUBLISHED), nlp=nlp)
    forms = {e.id: {e.name.lower(), *(m.text.lower() for m in e.mentions)} for e in x.entities}
    names = {e.id: e.name.lower() for e in x.entities}
    return [(v.kind, v.role, v.killed, v.wounded, v.date, set().union(*(forms[p] for p in v.places + v.targets)),
             {names[a] for a in v.actors}) for v in x.events if v.role != "aggregate"]


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)
