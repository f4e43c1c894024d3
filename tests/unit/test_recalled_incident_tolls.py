"""Earlier incidents a report recalls ("on April 7, gunmen killed 12 farmers in ...") in the
graph's toll: counted when dated to the week and placed, linked to any other report's
telling of the same incident and so counted once; a recall dated only by month, a
cumulative toll, and two incidents of one day stay as they should."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitgraph.graph.incidents import counts_as_incident, recognisable
from sitgraph.graph.sqlite_store import SqliteStore
from sitgraph.graph.tolls import incident_totals
from sitgraph.loaders.incidents import day_span
from sitgraph.loaders.pipeline import IngestOptions, ingest
from sitgraph.loaders.resolve import Resolver

REPORTS = {
    "r1-north-wire.txt": """---
title: Gunmen kill 12 farmers in Zamfara village
published: 2025-04-08
source: North Wire
---
GUSAU, Nigeria, April 8 (North Wire) - Gunmen killed 12 farmers in the village of Tudun Kaya \
in Zamfara State on Monday, local officials said.

The attackers arrived on motorcycles and opened fire on people working in the fields, a resident said.
""",
    # Its own incident, then r1's incident recalled with its day and village, then a
    # cumulative toll.
    "r2-sahel-daily.txt": """---
title: Bandits kill five traders near Gusau
published: 2025-04-20
source: Sahel Daily
---
Bandits killed five traders on the road to the Gusau cattle market on Saturday, police said.

The traders were travelling in a minibus when armed men stopped it and opened fire.

On April 7, gunmen killed 12 farmers in the village of Tudun Kaya in Zamfara State.

More than 400 people have been killed in attacks in the state since January, according to a \
local rights group.
""",
    # Two incidents of one day in two towns; a recall dated to the day and placed, told by no
    # other report; a recall dated only by its month.
    "r3-delta-post.txt": """---
title: Two attacks kill 11 in Katsina
published: 2025-04-14
source: Delta Post
---
An air strike killed seven people in the town of Jibia in Katsina State on Sunday, residents said.

In a separate attack on Sunday, gunmen killed four villagers in Batsari, police said.

The strike came a week after militants killed six soldiers at an army base in Kankara on April 6.

Last month, gunmen killed 20 people in Faskari.
""",
}


def recall(date: str | None, **link: list[str]) -> dict:
    first, last = day_span(date)
    return {"id": "event:1", "kind": "Attack", "type": "shooting", "role": "background", "date": date,
            "day_first": first or None, "day_last": last or None, **link}


def test_a_recall_counts_when_dated_to_the_week_and_placed() -> None:
    assert recognisable(recall("2025-04-07", link_places=["place:x"]))
    assert counts_as_incident(recall("2025-04-07", link_regions=["region:ng/zamfara"]))
    assert counts_as_incident(recall("2025-04-07", link_targets=["facility:x-base"]))
    assert not counts_as_incident(recall("2025-03", link_places=["place:x"]))  # "last month"
    assert not counts_as_incident(recall("2025", link_places=["place:x"]))
    assert not counts_as_incident(recall("2025-04-07"))  # "in Nigeria": no place to know it by
    assert not counts_as_incident(recall(None, link_places=["place:x"]))
    aggregate = {**recall("2025-04-07", link_places=["place:x"]), "role": "aggregate"}
    assert not counts_as_incident(aggregate)
    assert not counts_as_incident({**aggregate, "role": "incident", "type": "aggregate"})
    assert counts_as_incident({**recall("2025-03"), "role": "incident"})  # a report's own incident always


@pytest.fixture(scope="module")
def store_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("recalled")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder / "graph.db"
    with SqliteStore(db).open() as store:
        summary = ingest([str(folder / n) for n in sorted(REPORTS)], store, Resolver.default(), IngestOptions())
    assert summary.written == 3 and not summary.failures
    return db


def test_the_toll_counts_each_incident_once_with_recalls_that_can_be_known(store_db: Path) -> None:
    with SqliteStore(store_db).open() as store:
        totals = incident_totals(store)
        tolls = sorted((i.get("killed"), i["reports"]) for i in store.iter_nodes(("Incident",)) if i.get("killed"))
    # Tudun Kaya told by r1 and recalled by r2: one incident of two reports, 12 once (not 24).
    # Jibia and Batsari, one Sunday: two incidents. Kankara, recalled by r3 alone: counted.
    # Faskari "last month" and the 400 since January: in no incident.
    assert tolls == [(4, 1), (5, 1), (6, 1), (7, 1), (12, 2)]
    assert totals["killed"] == 34


def test_stored_events_in_no_incident_are_the_uncounted_ones(store_db: Path) -> None:
    with SqliteStore(store_db).open() as store:
        events = list(store.iter_nodes(("Event",)))
        loose = sorted(e.get("killed") for e in events if not e.get("incident") and e.get("killed"))
        assert store.events_without_incident() == []
    assert 20 in loose and 12 not in loose and 6 not in loose
