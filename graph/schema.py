"""The graph schema: labels, relationship types, properties, ids, constraints.

One definition, used by both stores and by everything that builds records: a label or
relationship type that is not listed here is refused (:func:`check_label`,
:func:`check_type`), so nothing from input ever becomes a label or type in Cypher.
"""

from __future__ import annotations

import re
import unicodedata

from sitgraph.graph.model import Batch, EdgeRecord, NodeRecord

# Node labels and their properties (besides ``id``).
NODE_LABELS: dict[str, tuple[str, ...]] = {
    "Report": ("title", "published", "source", "url", "path", "minhash", "override_conflicts"),
    "Actor": ("name", "type", "aliases"),
    "Place": ("name", "type", "aliases", "lat", "lon", "country", "admin1", "geo_precision"),
    "Facility": ("name", "type", "aliases", "lat", "lon"),
    "Agreement": ("name", "type", "aliases", "date"),
    "Event": (
        "kind", "type", "date", "date_end", "date_precision", "killed", "wounded", "displaced",
        "confidence", "evidence", "report_id", "geo_precision", "role", "incident",
        # what incident linking looks events up and compares them by (loaders/incidents.py)
        "day_first", "day_last", "link_places", "link_regions", "link_targets", "link_facilities",
        "link_actors",
    ),
    # a cluster of events several reports tell (graph/incidents.py)
    "Incident": (
        "kind", "type", "date", "date_end", "killed", "killed_low", "killed_high", "wounded",
        "wounded_low", "wounded_high", "events", "reports", "sources", "first_reported",
        "last_reported", "perpetrators", "actor_ids", "attributions", "contested", "places",
        "place_ids", "confidence", "report_ids",
        # for queries that aggregate over incidents: their events' kinds, and each
        # (perpetrator, targeted actor) pair of one event as two parallel lists
        "kinds", "attacks_from", "attacks_on",
    ),
}
ENTITY_LABELS = ("Actor", "Place", "Facility", "Agreement")
# List properties whose order is data: position k of one pairs with position k of the other
# (an incident's attacks_from/attacks_on). Exports and bulk files keep their order; every
# other list is a set and is written sorted.
ORDERED_LISTS = frozenset({"attacks_from", "attacks_on"})

# Relationship types, with the (source labels, target labels) they may join.
_ENTITIES = frozenset(ENTITY_LABELS)
_TARGETS = frozenset({"Actor", "Place", "Facility", "Agreement"})
REL_TYPES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # event roles
    "PERPETRATED": (frozenset({"Actor"}), frozenset({"Event"})),
    "TARGETED": (frozenset({"Event"}), _TARGETS),
    "OCCURRED_IN": (frozenset({"Event"}), frozenset({"Place", "Facility"})),
    "CLAIMED": (frozenset({"Actor"}), frozenset({"Event"})),
    # a side that denied being behind the event (PERPETRATED carries how and by whom a side is tied)
    "DENIED": (frozenset({"Actor"}), frozenset({"Event"})),
    "CONCERNS": (frozenset({"Event"}), frozenset({"Agreement"})),
    # direct edges derived from events (carry event_id, date, type)
    "ATTACKED": (frozenset({"Actor"}), _TARGETS),
    "KILLED": (frozenset({"Actor"}), _TARGETS),
    "WOUNDED": (frozenset({"Actor"}), _TARGETS),
    "CAPTURED": (frozenset({"Actor"}), _TARGETS),
    "ABDUCTED": (frozenset({"Actor"}), _TARGETS),
    # standing relations
    "LOCATED_IN": (frozenset({"Place", "Facility"}), frozenset({"Place"})),
    "MEMBER_OF": (frozenset({"Actor"}), frozenset({"Actor"})),
    # a unit in its state, a place in a larger one, one place's strike in a day's total
    "PART_OF": (frozenset({"Actor", "Place", "Event"}), frozenset({"Actor", "Place", "Event"})),
    "ALLIED_WITH": (frozenset({"Actor"}), frozenset({"Actor"})),
    "PARTY_TO": (frozenset({"Actor"}), frozenset({"Agreement"})),
    "OPERATED_BY": (frozenset({"Facility", "Place"}), frozenset({"Actor"})),
    # cross-report incident links
    "SAME_INCIDENT": (frozenset({"Event"}), frozenset({"Event"})),
    # provenance
    "REPORTS": (frozenset({"Report"}), frozenset({"Event"})),
    "MENTIONS": (frozenset({"Report"}), _ENTITIES),
}
EVENT_ROLE_TYPES = ("PERPETRATED", "TARGETED", "OCCURRED_IN", "CLAIMED", "DENIED", "CONCERNS")
DERIVED_TYPES = ("ATTACKED", "KILLED", "WOUNDED", "CAPTURED", "ABDUCTED")
STANDING_TYPES = ("LOCATED_IN", "MEMBER_OF", "PART_OF", "ALLIED_WITH", "PARTY_TO", "OPERATED_BY")
PROVENANCE_TYPES = ("REPORTS", "MENTIONS")
# What keeps an entity in the graph: a report mentions it or an event involves it. One
# left with neither after a report is replaced is removed.
LIVELY_TYPES = ("MENTIONS", *EVENT_ROLE_TYPES)

# The label of the Neo4j store's writer lease: not part of the graph (never written from
# batches, never read as a node).
LOCK_LABEL = "Lock"

# Id prefixes: every id starts with the lower-case label and a colon.
ID_PREFIX = {label: label.lower() + ":" for label in NODE_LABELS}


class SchemaError(ValueError):
    """A record does not fit the schema."""


def check_label(label: str) -> str:
    if label not in NODE_LABELS:
        raise SchemaError(f"unknown node label {label!r}")
    return label


def check_type(rel_type: str) -> str:
    if rel_type not in REL_TYPES:
        raise SchemaError(f"unknown relationship type {rel_type!r}")
    return rel_type


def check_node(node: NodeRecord) -> None:
    check_label(node.label)
    if not node.id.startswith(ID_PREFIX[node.label]):
        raise SchemaError(f"{node.label} id {node.id!r} must start with {ID_PREFIX[node.label]!r}")


def check_edge(edge: EdgeRecord) -> None:
    sources, targets = REL_TYPES[check_type(edge.type)]
    if edge.source_label not in sources or edge.target_label not in targets:
        raise SchemaError(
            f"{edge.type} cannot join {edge.source_label} to {edge.target_label}"
        )


def check_batch(batch: Batch) -> None:
    """Raise SchemaError on the first record that does not fit the schema."""
    for n in batch.nodes:
        check_node(n)
    for e in batch.edges:
        check_edge(e)


def slug(text: str) -> str:
    """``Kafr Nabl`` -> ``kafr-nabl``: lower case ASCII words joined by hyphens."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['`\u2018\u2019\u02bf\u02be]", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def entity_id(label: str, name: str) -> str:
    """Stable id of an entity from its canonical name: ``actor:russia``."""
    return ID_PREFIX[check_label(label)] + slug(name)


def constraint_statements() -> list[str]:
    """Neo4j DDL: a uniqueness constraint on ``id`` for every label (and the lock's), and
    lookup indexes."""
    out = [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS "
        f"FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in NODE_LABELS
    ]
    out.append(f"CREATE CONSTRAINT lock_id IF NOT EXISTS FOR (n:{LOCK_LABEL}) REQUIRE n.id IS UNIQUE")
    # Derived edges are keyed by their event: found by key when the event's report is replaced.
    out += [f"CREATE INDEX {t.lower()}_key IF NOT EXISTS FOR ()-[r:{t}]-() ON (r.key)" for t in DERIVED_TYPES]
    for label, prop in (
        ("Actor", "name"), ("Place", "name"), ("Facility", "name"), ("Agreement", "name"),
        ("Event", "date"), ("Event", "kind"), ("Report", "published"),
        # incident linking: candidates by day, members by incident
        ("Event", "day_first"), ("Event", "incident"), ("Incident", "date"), ("Incident", "killed"),
    ):
        out.append(
            f"CREATE INDEX {label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
        )
    return out
