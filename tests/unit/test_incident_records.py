"""Incident records: clusters, the best figure rule, independent sources, contested, totals."""

from __future__ import annotations

from sitgraph.graph.incidents import clusters, incident_id, incident_records, source_groups
from sitgraph.graph.model import Batch, NodeRecord
from sitgraph.graph.sqlite_store import SqliteStore
from sitgraph.graph.tolls import best_figure, totals


def event(i: str, report: str, published: str, *, killed=None, wounded=None, source=None, actors=(),
          role=None, type="airstrike", date="2024-03-09", how=None) -> dict:
    return {"id": i, "kind": "Attack", "type": type, "role": role, "date": date, "killed": killed,
            "wounded": wounded, "report_id": report, "confidence": 0.8,
            "report": {"id": report, "published": published, "source": source or report},
            "actors": [{"id": a, "name": a.split(":")[1], "how": how} for a in actors],
            "places": [{"id": "place:x", "name": "X"}]}


def link(a: str, b: str, copy: bool = False) -> dict:
    return {"source": a, "target": b, "copy": copy}


def test_best_is_the_most_given_figure_ties_to_the_latest_report() -> None:
    assert best_figure([(20, ("2024-03-09", "r1")), (21, ("2024-03-10", "r2")), (20, ("2024-03-11", "r3"))]) == 20
    assert best_figure([(20, ("2024-03-09", "r1")), (23, ("2024-03-11", "r3")), (21, ("2024-03-10", "r2"))]) == 23
    assert best_figure([]) is None


def test_an_incident_of_three_sources_with_a_syndicated_copy() -> None:
    events = [
        event("event:1", "r1", "2024-06-08", killed=9, wounded=20, source="Wire", actors=("actor:rsf",)),
        event("event:2", "r2", "2024-06-09", killed=9, wounded=20, source="Post", actors=("actor:rsf",)),  # copy
        event("event:3", "r3", "2024-06-10", killed=8, wounded=23, source="NGO"),
        event("event:4", "r4", "2024-06-10", killed=300, type="aggregate", source="NGO"),
        event("event:5", "r5", "2024-06-12", killed=2, source="Wire", actors=("actor:saf",)),
    ]
    links = [link("event:1", "event:2", copy=True), link("event:1", "event:3"), link("event:1", "event:4")]
    records, assign = incident_records(events, links)
    assert [r.id for r in records] == [incident_id(["event:1"]), incident_id(["event:5"])]
    first = records[0].properties
    # The copy counts once: two sources give 9 and 8, a tie, so the later report's 8 is best.
    assert (first["sources"], first["reports"], first["events"]) == (2, 3, 3)
    assert (first["killed"], first["killed_low"], first["killed_high"]) == (8, 8, 9)
    assert (first["wounded"], first["first_reported"], first["last_reported"]) == (23, "2024-06-08", "2024-06-10")
    assert first["perpetrators"] == ["rsf"] and first["contested"] is False
    assert assign == {"event:1": records[0].id, "event:2": records[0].id, "event:3": records[0].id,
                      "event:4": None, "event:5": records[1].id}
    assert source_groups(events, links)["r2"] == source_groups(events, links)["r1"]


def test_one_outlets_updates_are_one_source_and_disjoint_blame_is_contested() -> None:
    events = [
        event("event:1", "r1", "2024-06-18", killed=30, source="Sahel Wire", actors=("actor:boko-haram",)),
        event("event:2", "r2", "2024-06-19", killed=35, source="Sahel Wire", actors=("actor:boko-haram",)),
        event("event:3", "r3", "2024-06-20", killed=32, source="NGO", actors=("actor:iswap",), how="claimed"),
    ]
    links = [link("event:1", "event:2"), link("event:2", "event:3")]
    [record], _ = incident_records(events, links)
    p = record.properties
    assert p["sources"] == 2 and p["reports"] == 3
    assert (p["killed_low"], p["killed"], p["killed_high"]) == (32, 32, 35)  # the outlet's latest: 35
    assert p["contested"] is True and p["perpetrators"] == ["boko-haram", "iswap"]
    assert "iswap: claimed (NGO)" in p["attributions"]


def test_clusters_leave_out_unrecognisable_background_and_aggregates() -> None:
    # event:2 is a recall with no day span or place to know it by (see recognisable).
    events = [event("event:1", "r1", "2024-01-01", killed=3), event("event:2", "r2", "2024-01-01", role="background"),
              event("event:3", "r3", "2024-01-01", role="aggregate", killed=99)]
    assert [[e["id"] for e in c] for c in clusters(events, [link("event:1", "event:2")])] == [["event:1"]]


def test_totals_sum_best_figures_of_incidents() -> None:
    incidents = [{"killed": 8, "killed_low": 8, "killed_high": 9, "wounded": 23}, {"killed": 2, "killed_low": 2,
                                                                                     "killed_high": 2}]
    events = [{"killed": 9}, {"killed": 9}, {"killed": 8}, {"killed": 300, "type": "aggregate"}, {"killed": 2}]
    assert totals(events, incidents) == {"events": 5, "incidents": 2, "killed": 10, "wounded": 23, "killed_low": 10,
                                         "killed_high": 11, "killed_reported": 328, "wounded_reported": 0}


def test_a_denial_is_an_attribution_not_a_perpetrator() -> None:
    events = [event("event:1", "r1", "2024-06-08", killed=9, source="Wire", actors=("actor:rsf",), how="accused"),
              event("event:2", "r2", "2024-06-09", killed=9, source="Post", actors=("actor:rsf",), how="denied")]
    [record], _ = incident_records(events, [link("event:1", "event:2")])
    p = record.properties
    assert p["perpetrators"] == ["rsf"] and p["actor_ids"] == ["actor:rsf"] and p["contested"] is False
    assert p["attributions"] == ["rsf: accused (Wire)", "rsf: denied (Post)"]


def _event(eid: str, day: int, places: list[str], regions: tuple[str, ...] = (),
           targets: tuple[str, ...] = ()) -> NodeRecord:
    props = {"kind": "Attack", "report_id": "report:r", "day_first": day, "day_last": day,
             "link_places": list(places), "link_regions": list(regions), "link_targets": list(targets)}
    return NodeRecord("Event", eid, tuple(sorted(props.items())))


def test_the_embedded_store_hands_out_only_candidates_sharing_a_key(tmp_path) -> None:
    batch = Batch(nodes=(_event("event:a", 100, ["place:gao"]), _event("event:b", 100, ["place:kidal"]),
                         _event("event:c", 101, [], ("region:mali/gao",)),
                         _event("event:d", 100, [], (), ("facility:x",)), _event("event:e", 300, ["place:gao"])))
    with SqliteStore(tmp_path / "g.db").open() as store:
        store.write(batch)
        every = [r["id"] for r in store.incident_candidates("Attack", 90, 110)]
        shared = [r["id"] for r in store.incident_candidates("Attack", 90, 110, {"place:gao", "region:mali/gao",
                                                                                 "facility:x"})]
        none = list(store.incident_candidates("Attack", 90, 110, set()))
        other_kind = list(store.incident_candidates("Capture", 90, 110, {"place:gao"}))
    assert every == ["event:a", "event:b", "event:c", "event:d"]
    assert shared == ["event:a", "event:c", "event:d"]  # not Kidal's, not the one out of the window
    assert none == [] and other_kind == []


def test_an_incident_keeps_its_kinds_and_each_attacker_target_pair_once() -> None:
    events = [
        event("event:1", "r1", "2024-06-08", actors=("actor:rsf", "actor:saf"))
        | {"targets": ["actor:civilians", "actor:rsf"]},
        event("event:2", "r2", "2024-06-09", actors=("actor:rsf",), how="denied") | {"targets": ["actor:saf"]},
        event("event:3", "r3", "2024-06-10", actors=("actor:rsf",)) | {"kind": "Violation",
                                                                       "targets": ["actor:civilians"]},
        event("event:4", "r4", "2024-06-11", actors=("actor:saf",)),  # names no target
    ]
    links = [link("event:1", "event:2"), link("event:2", "event:3"), link("event:3", "event:4")]
    [record], _ = incident_records(events, links)
    p = record.properties
    assert p["kinds"] == ["Attack", "Violation"]
    # rsf on itself is no pair, a denial names no attacker, rsf on civilians comes once
    assert list(zip(p["attacks_from"], p["attacks_on"], strict=True)) == [
        ("actor:rsf", "actor:civilians"), ("actor:saf", "actor:civilians"), ("actor:saf", "actor:rsf")]
    [alone], _ = incident_records([event("event:9", "r9", "2024-06-12", actors=("actor:rsf",))], [])
    assert (alone.properties["kinds"], alone.properties["attacks_from"], alone.properties["attacks_on"]) == (
        ["Attack"], [], [])
