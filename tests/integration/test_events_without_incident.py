"""`events_without_incident` on both stores: the same batch written to the embedded store and
to Neo4j gets the same answer, and the expected one (built here from the records, so neither
store is the other's oracle). Both stores read the events in no incident whole and decide in
Python with `incidents.counts_as_incident`: a report's own incident always counts, an
aggregate never, an earlier incident a report recalls only when dated to the week and placed."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitgraph.graph.model import Batch, NodeRecord, props
from sitgraph.graph.sqlite_store import SqliteStore

pytestmark = pytest.mark.integration

DAY = 739000  # an ordinal day number: day_first/day_last are ordinals


def _event(eid: str, **values) -> NodeRecord:
    return NodeRecord("Event", eid, props(kind="Attack", type=values.pop("type", "shooting"), **values))


BATCH = Batch(nodes=(
    _event("event:a-own", role="incident", incident="incident:1"),      # in an incident: not listed
    _event("event:b-own-loose", role="incident", killed=4),             # own incident, in none: listed
    _event("event:c-untold-role", killed=2),                            # no role: an incident, listed
    _event("event:d-aggregate", role="aggregate", killed=400),          # a period's toll: never
    _event("event:e-aggregate-type", role="incident", type="aggregate", killed=90),  # never
    _event("event:f-recall-known", role="background", killed=12, day_first=DAY, day_last=DAY,
           link_places=["place:tudun"]),                               # recalled, dated and placed: listed
    _event("event:g-recall-month", role="background", killed=20, day_first=DAY, day_last=DAY + 30,
           link_places=["place:tudun"]),                               # "last month": left out
    _event("event:h-recall-unplaced", role="background", killed=6, day_first=DAY, day_last=DAY),  # no place
    _event("event:i-recall-target", role="background", killed=3, day_first=DAY, day_last=DAY + 2,
           link_targets=["facility:x-base"], incident=None),           # a named target within the week: listed
    _event("event:j-recall-in-incident", role="background", killed=5, day_first=DAY, day_last=DAY,
           link_places=["place:tudun"], incident="incident:2"),        # already in an incident
    NodeRecord("Place", "place:tudun", props(name="Tudun")),
))

EXPECTED = ["event:b-own-loose", "event:c-untold-role", "event:f-recall-known", "event:i-recall-target"]


def test_both_stores_list_the_same_events_without_incident(neo4j_store, tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "graph.db").open() as lite:
        lite.write(BATCH)
        embedded = lite.events_without_incident()
    neo4j_store.write(BATCH)
    assert embedded == EXPECTED
    assert neo4j_store.events_without_incident() == EXPECTED


def test_an_event_given_its_incident_leaves_both_lists(neo4j_store, tmp_path: Path) -> None:
    later = Batch(nodes=(_event("event:b-own-loose", role="incident", killed=4, incident="incident:3"),))
    with SqliteStore(tmp_path / "graph.db").open() as lite:
        lite.write(BATCH)
        lite.write(later)
        embedded = lite.events_without_incident()
    neo4j_store.write(BATCH)
    neo4j_store.write(later)
    assert embedded == [e for e in EXPECTED if e != "event:b-own-loose"]
    assert neo4j_store.events_without_incident() == embedded
