"""Plain data that flows between the stages of sitgraph.

A report is read into a :class:`Report`; extraction turns it into an :class:`Extraction`
(entities, events and relations with report-local ids such as ``e1`` and ``v1``);
resolution turns extractions into a :class:`Batch` of :class:`NodeRecord` and
:class:`EdgeRecord` with stable, store-wide ids; a store writes batches.

Every class here is a frozen dataclass of plain values (strings, numbers, tuples), so
stages can be tested alone, pickled between worker processes and compared for equality.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

ENTITY_KINDS = ("Actor", "Place", "Facility", "Agreement")
EVENT_KINDS = ("Attack", "Abduction", "Capture", "Displacement", "Agreement", "Violation")
RELATION_TYPES = ("LOCATED_IN", "MEMBER_OF", "PART_OF", "ALLIED_WITH", "PARTY_TO", "OPERATED_BY")


def normalise_text(text: str) -> str:
    """Text as it is hashed for a report id: NFC, unified newlines, trimmed lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def report_id(text: str) -> str:
    """Stable id of a report: the sha256 of its normalised text (first 16 hex digits)."""
    return "report:" + hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Report:
    """One report as read from a file, feed item, page or dataset row."""

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or None
    source: str | None = None
    url: str | None = None

    @classmethod
    def from_text(cls, text: str, **meta: Any) -> Report:
        """A report whose id is derived from its text."""
        return cls(id=report_id(text), text=text, **meta)


@dataclass(frozen=True)
class Mention:
    """Where an entity, event or relation was seen: a span of a report's text."""

    report_id: str
    text: str  # the surface form (for an event: the evidence sentence)
    start: int  # character offsets into Report.text
    end: int


@dataclass(frozen=True)
class Entity:
    """An actor, place, facility or agreement as found in one report (local id ``e1``…)."""

    id: str
    kind: str  # one of ENTITY_KINDS
    name: str
    type: str | None = None
    mentions: tuple[Mention, ...] = ()
    # A dictionary or gazetteer key (``actor:russia``, ``place:geonames:170063``) when the
    # extractor recognised the entity; resolution prefers it to the name.
    key: str | None = None
    aliases: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        """Distinct surface forms, in order of first mention."""
        seen: dict[str, None] = {}
        for m in self.mentions:
            seen.setdefault(m.text, None)
        return tuple(seen)


@dataclass(frozen=True)
class Attribution:
    """How a side is tied to an event: ``how`` is one of ATTRIBUTION_HOWS; ``by`` is the
    entity id of who says so (None: the report's own voice); ``evidence`` the sentence."""

    actor: str
    how: str
    by: str | None = None
    evidence: str | None = None


# Strongest first: the perpetrator of an event comes from its strongest statement.
ATTRIBUTION_HOWS = ("claimed", "confirmed", "reported", "accused", "suspected", "inferred", "denied")
EVENT_ROLES = ("incident", "background", "aggregate", "reaction")


@dataclass(frozen=True)
class Event:
    """Something that happened, with its roles pointing at entity ids of the same report."""

    id: str
    kind: str  # one of EVENT_KINDS
    type: str | None = None
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    date: str | None = None
    date_end: str | None = None
    date_precision: str | None = None  # day, range, month, year
    killed: int | None = None
    wounded: int | None = None
    displaced: int | None = None
    claimed_by: tuple[str, ...] = ()
    agreement: str | None = None
    evidence: Mention | None = None
    confidence: float = 0.5
    role: str = "incident"  # one of EVENT_ROLES
    attribution: tuple[Attribution, ...] = ()
    evidences: tuple[Mention, ...] = ()  # every sentence the event was read from, evidence first
    parent: str | None = None  # the event this one is PART_OF (a place of a breakdown)
    background_toll: bool = False  # a running count recalled for context: written apart ("tolls", output.py)


@dataclass(frozen=True)
class Relation:
    """A standing relation between two entities of the same report."""

    type: str  # one of RELATION_TYPES
    source: str
    target: str
    evidence: Mention | None = None


@dataclass(frozen=True)
class Extraction:
    """What one report says: its entities, events and relations."""

    report: Report
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()

    def entity(self, local_id: str) -> Entity | None:
        for e in self.entities:
            if e.id == local_id:
                return e
        return None


# --- records a store writes -------------------------------------------------------------


@dataclass(frozen=True)
class NodeRecord:
    """One node to MERGE on ``id``; ``props`` are set (added or replaced) on it."""

    label: str
    id: str
    props: tuple[tuple[str, Any], ...] = ()

    @property
    def properties(self) -> dict[str, Any]:
        return dict(self.props)


@dataclass(frozen=True)
class EdgeRecord:
    """One relationship to MERGE on (type, source, target, key).

    ``key`` tells apart several edges of one type between the same two nodes (for the
    derived ``KILLED`` edges it is the event id); it is ``""`` where one edge suffices.
    """

    type: str
    source: str
    source_label: str
    target: str
    target_label: str
    key: str = ""
    props: tuple[tuple[str, Any], ...] = ()

    @property
    def properties(self) -> dict[str, Any]:
        return dict(self.props)


@dataclass(frozen=True)
class Batch:
    """Nodes and edges written together, in one transaction per store."""

    nodes: tuple[NodeRecord, ...] = ()
    edges: tuple[EdgeRecord, ...] = ()

    def __len__(self) -> int:
        return len(self.nodes) + len(self.edges)

    def __add__(self, other: Batch) -> Batch:
        return Batch(self.nodes + other.nodes, self.edges + other.edges)


def props(**values: Any) -> tuple[tuple[str, Any], ...]:
    """Record properties from keyword arguments, dropping None, sorted by name."""
    return tuple(sorted((k, v) for k, v in values.items() if v is not None))


@dataclass(frozen=True)
class GraphFilter:
    """What `Store.to_networkx` keeps. None means no restriction.

    ``since``/``until`` (ISO dates) keep events, and edges carrying a ``date``, that fall
    in the period; nodes without dates are kept. ``min_confidence`` drops events whose
    confidence is below it (events without one are kept). ``countries`` (ISO 3166 alpha-2
    codes, upper case) keeps the events that occurred in one of them (through the
    ``country`` of their places, or of the place a facility is located in) and drops the
    places of other countries; an event with no known country is dropped.
    """

    labels: frozenset[str] | None = None
    types: frozenset[str] | None = None
    since: str | None = None
    until: str | None = None
    event_kinds: frozenset[str] | None = None
    min_confidence: float | None = None
    countries: frozenset[str] | None = None

    @property
    def narrows_events(self) -> bool:
        """Whether the filter keeps fewer events than the store holds."""
        return any(v is not None for v in (self.since, self.until, self.event_kinds, self.min_confidence,
                                            self.countries))
