"""Incident linking and tolls that count each incident once."""

from __future__ import annotations

from sitgraph.graph.tolls import totals
from sitgraph.loaders.incidents import EventSketch, IncidentIndex, day_span, incident_score, link_incidents


def sk(i: str, report: str, day: str, *, kind="Attack", type="airstrike", actors=("actor:a",),
       targets=("facility:h",), places=(), end: str | None = None, origin: str | None = None) -> EventSketch:
    first, last = day_span(day, end)
    return EventSketch(i, report, origin or report, kind, type, first, last, tuple(sorted(actors)),
                       tuple(sorted(targets)), tuple(sorted(places)))


def test_day_span_covers_the_precision_of_a_date() -> None:
    assert day_span("2019-05-05")[0] == day_span("2019-05-05")[1]
    first, last = day_span("2019-02")
    assert last - first == 27
    assert day_span("2019-05-01", "2019-05-03")[1] - day_span("2019-05-01")[0] == 2
    assert day_span(None) == (0, 0) and day_span("someday") == (0, 0)


def test_scores_link_only_plausible_duplicates() -> None:
    a = sk("event:1", "report:a", "2019-05-05")
    assert incident_score(a, sk("event:2", "report:b", "2019-05-05")) == 1.0
    assert incident_score(a, sk("event:2", "report:b", "2019-05-06", type="shelling")) == 0.8
    assert incident_score(a, sk("event:2", "report:a", "2019-05-05")) is None  # same report
    assert incident_score(a, sk("event:2", "report:b", "2019-05-05", origin="report:a")) is None
    assert incident_score(a, sk("event:2", "report:b", "2019-05-08")) is None  # days apart
    assert incident_score(a, sk("event:2", "report:b", "2019-05-05", kind="Capture")) is None
    assert incident_score(a, sk("event:2", "report:b", "2019-05-05", actors=("actor:b",))) is None
    assert incident_score(a, sk("event:2", "report:b", "2019-05-05", actors=())) == 0.85  # unknown: compatible
    assert incident_score(a, sk("event:2", "report:b", "2019-05", targets=("facility:h",))) is None  # vague
    assert incident_score(a, sk("event:2", "report:b", "2019-05-05", type="aggregate")) is None
    # Only a shared town: the very same day is required.
    t = sk("event:1", "report:a", "2019-05-05", targets=(), places=("place:x",))
    assert incident_score(t, sk("event:2", "report:b", "2019-05-05", targets=(), places=("place:x",))) == 0.85
    assert incident_score(t, sk("event:2", "report:b", "2019-05-06", targets=(), places=("place:x",))) is None


def test_links_do_not_depend_on_order() -> None:
    events = [sk(f"event:{i}", f"report:{i}", f"2019-05-0{1 + i // 2}") for i in range(6)]
    forward = link_incidents(events, IncidentIndex())
    backward = link_incidents(list(reversed(events)), IncidentIndex())
    assert forward == backward and forward
    assert all(e.source < e.target for e in forward)
    # Resuming: half first, then the rest against an index built from the first half.
    index = IncidentIndex()
    resumed = link_incidents(events[:3], index) + link_incidents(events[3:], index)
    assert sorted(resumed, key=lambda e: (e.source, e.target)) == forward


def test_totals_count_each_incident_once_with_the_most_conservative_figure() -> None:
    events = [
        {"id": "event:1", "killed": 5, "wounded": 10},
        {"id": "event:2", "killed": 3},  # same incident, lower toll, no wounded figure
        {"id": "event:3", "killed": 4, "wounded": None},  # same incident
        {"id": "event:4", "killed": 2, "wounded": 1},  # alone
        {"id": "event:5", "killed": 50, "type": "aggregate"},  # a toll over many incidents
    ]
    links = [("event:1", "event:2"), ("event:2", "event:3")]
    t = totals(events, links)
    assert t == {"events": 5, "incidents": 3, "killed": 3 + 2, "wounded": 10 + 1,
                 "killed_reported": 5 + 3 + 4 + 2, "wounded_reported": 11}


def test_discarded_reports_events_are_no_link_candidates() -> None:
    index = IncidentIndex([sk("e1", "r1", "2019-05-05"), sk("e2", "r1", "2019-05-06"),
                           sk("e3", "r2", "2019-05-05")])
    new = sk("e9", "r9", "2019-05-05")
    assert [c.id for c in index.candidates(new)] == ["e1", "e2", "e3"]
    index.discard_reports(["r1", "r-unknown"])
    assert len(index) == 1 and [c.id for c in index.candidates(new)] == ["e3"]
    assert [e.target for e in link_incidents([new], index)] == ["e9"] and len(index) == 2
    index.add(sk("e1", "r1", "2019-05-05", targets=("facility:other",)))  # r1 written again
    assert [c.id for c in index.candidates(new)] == ["e1", "e3", "e9"]
