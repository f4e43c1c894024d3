"""Helpers of the one-incident variation tables: each event of a small report as a tuple the
rows can state exactly."""

from __future__ import annotations

import pytest
from report_reads import extracted

from sitgraph.loaders.extract.rules import facility_forms

PUBLISHED = "2024-06-14"  # a Friday
ONE = "Attack", "incident"
BACK = "Attack", "background"


def events(nlp, text: str) -> list[tuple]:
    """(kind, role, killed, wounded, date, where, actors) of each event but aggregates; `where`
    holds the names and surface forms of its places and targets, `actors` its perpetrators'
    names, all in lower case."""
    x = extracted(nlp, text, PUBLISHED)
    forms = {e.id: {e.name.lower(), *(m.text.lower() for m in e.mentions)} for e in x.entities}
    names = {e.id: e.name.lower() for e in x.entities}
    return [(v.kind, v.role, v.killed, v.wounded, v.date, set().union(*(forms[p] for p in v.places + v.targets)),
             {names[a] for a in v.actors}) for v in x.events if v.role != "aggregate"]


# Fields of :func:`event_fields` that name entities: read as the frozenset of their names (equal
# to a row's plain set, and hashable).
_NAMED = frozenset({"actors", "places", "targets", "claimed_by"})


def event_fields(nlp, text: str, fields: str, published: str = PUBLISHED) -> list[tuple]:
    """The `fields` ("kind places actors killed": an event's attribute names, split on spaces)
    of every event of `text` read as one report, in event order. "actors", "places", "targets"
    and "claimed_by" as frozensets of entity names; the others (kind, type, role, date, killed,
    wounded) as the event holds them."""
    return fields_of(extracted(nlp, text, published), fields)


def attack_scenes(nlp, text: str, published: str) -> list[tuple]:
    """(kind, targets and places but the generic civilians, date, killed, wounded) of every Attack
    of `text` read as one report published on `published`, in event order."""
    x = extracted(nlp, text, published)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, frozenset(names[a] for a in [*v.targets, *v.places] if names[a] != "civilians"), v.date,
             v.killed, v.wounded) for v in x.events if v.kind == "Attack"]


def fields_of(x, fields: str) -> list[tuple]:
    """The `fields` of every event of the extraction `x`, as :func:`event_fields` gives them."""
    names = {e.id: e.name for e in x.entities}
    keys = fields.split()
    return [tuple(frozenset(names[i] for i in getattr(v, k)) if k in _NAMED else getattr(v, k) for k in keys)
            for v in x.events]


def facility_reading(nlp, text: str, published: str = PUBLISHED) -> tuple[set, list[tuple]]:
    """({(facility name, form)}, [(kind, killed, frozenset of target names)] per event) of `text`
    read as one report: what the facility-form tables state."""
    x = extracted(nlp, text, published)
    return set(facility_forms(x)), fields_of(x, "kind killed targets")


def event_dicts(nlp, text: str, published: str = "2023-11-16") -> tuple:
    """(the extraction, [{kind, type, actors, targets, places, killed, wounded}] per event) of
    `text` read as one report, participants by name: what the error-class tables state."""
    x = extracted(nlp, text, published)
    names = {e.id: e.name for e in x.entities}
    return x, [{"kind": v.kind, "type": v.type, "actors": {names[a] for a in v.actors},
                "targets": {names[a] for a in v.targets}, "places": {names[a] for a in v.places},
                "killed": v.killed, "wounded": v.wounded} for v in x.events]


def placed_tolls(nlp, text: str) -> list[tuple]:
    """(kind, killed, wounded, date, place names) of each event but aggregates."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, v.killed, v.wounded, v.date, tuple(sorted(names[p] for p in v.places)))
            for v in x.events if v.role != "aggregate"]


def check_events(nlp, text: str, expected: list) -> None:
    """Assert that `text` gives exactly the `expected` rows of :func:`events`: kind, role,
    killed, wounded and date equal; a row's place word found among the event's place and target
    forms; its actor (when not None) among the event's perpetrators."""
    got = sorted(events(nlp, text), key=lambda g: str(g[:5]))
    expected = sorted(expected, key=lambda e: str(e[:5]))
    assert [g[:5] for g in got] == [e[:5] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert any(e[5].lower() in form for form in g[5]), (e[5], g[5])
        assert e[6] is None or e[6] in g[6], (e[6], g[6])


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def still_missed(*row_then_reason):
    """A table row the extraction does not give yet: the row's values, then the reason as the
    last argument; a strict xfail, so the row fails the suite the day it starts to pass."""
    *row, reason = row_then_reason
    return pytest.param(*row, marks=xfail(reason))


def rows_left(rows: list[tuple], left: dict[str, str]) -> list:
    """(text, expected) table rows as params, each row whose text `left` holds a strict xfail
    with the reason `left` gives it."""
    return [pytest.param(t, e, marks=xfail(left[t])) if t in left else pytest.param(t, e) for t, e in rows]


def narrated(nlp, text: str, published: str) -> list[tuple]:
    """(perpetrators, date, killed, wounded) of each incident of `text`, in order: what the
    encyclopedic tables state."""
    x = extracted(nlp, text, published)
    names = {e.id: e.name for e in x.entities}
    return [(tuple(sorted(names[a] for a in v.actors)), v.date, v.killed, v.wounded)
            for v in x.events if v.role == "incident"]


def participants(nlp, text: str) -> set[tuple]:
    """(kind, perpetrators, targets, places) of each event of `text`, by name: what the entity
    and event-place tables state."""
    x = extracted(nlp, text, "2024-05-06", source="test", path="t.txt")
    name = {e.id: e.name for e in x.entities}
    return {(v.kind, tuple(sorted(name[i] for i in v.actors)), tuple(sorted(name[i] for i in v.targets)),
             tuple(sorted(name[i] for i in v.places))) for v in x.events}


def tolls(nlp, text: str, published: str = "2024-05-13") -> list[tuple]:
    """(killed, wounded) of each incident or background event of `text`, in order (a Monday's report)."""
    x = extracted(nlp, text, published)
    return [(v.killed, v.wounded) for v in x.events if v.role in ("incident", "background")]


# The headline-side tables (labels, toll givers, wrong sides) read their rows as published on one day.
SIDES_PUBLISHED = "2025-06-10"
NONE: frozenset = frozenset()  # an event with no perpetrator


def side_set(*names: str) -> frozenset:
    """The perpetrators of one expected event, in lower case as :func:`sides_killed` gives them."""
    return frozenset(names)


def sides_killed(nlp, text: str, published: str = SIDES_PUBLISHED) -> list[tuple[frozenset, int | None]]:
    """(perpetrators in lower case, killed) of each event of `text` but aggregates, read as one report."""
    x = extracted(nlp, text, published)
    names = {e.id: e.name.lower() for e in x.entities}
    return [(frozenset(names[a] for a in v.actors), v.killed) for v in x.events if v.role != "aggregate"]


def incident_attackers(nlp, text: str, published: str = "2024-05-13") -> list[list[str]]:
    """Sorted perpetrator names of each incident of `text` (role "incident"), in event order."""
    x = extracted(nlp, text, published)
    names = {e.id: e.name for e in x.entities}
    return [sorted(names[a] for a in v.actors) for v in x.events if v.role == "incident"]


def named(nlp, text: str) -> tuple[str, ...]:
    """'Kind:name' of every entity of `text`, sorted: what the entity tables state exactly."""
    x = extracted(nlp, text, "2024-05-06", source="test", path="t.txt")
    return tuple(sorted(f"{e.kind}:{e.name}" for e in x.entities))


def infobox_article(title: str, where: str, date: str, lead: str, *fields: str, kind: str = "Bombing") -> str:
    """An encyclopedia-style article: an infobox (date, location, attack type, then `fields`
    such as "Deaths: 20-25"), a blank line, then the lead sentence."""
    lines = "\n".join(fields)
    return f"{title}\nDate: {date}\nLocation: {where}\nAttack type: {kind}\n{lines}\n\n{lead}"

