"""The override log: records in and out of JSONL, what is in force, default places, dates."""

from __future__ import annotations

import json

import pytest

from sitgraph.loaders.corrections import overrides_path, parse_date
from sitgraph.loaders.overrides import (
    Override,
    OverrideError,
    active,
    append_override,
    override_line,
    parse_overrides,
    read_overrides,
)


def test_records_round_trip_and_ids_count_up(tmp_path) -> None:
    log = tmp_path / "sub" / "overrides.jsonl"
    a = append_override(log, "retract", {"event": "event:1", "report": "report:1"}, by="ana", when="t1", why=" dup ")
    b = append_override(log, "undo", {"override": 1}, by="ben", when="t2", why="wrong")
    assert (a.id, b.id) == (1, 2)
    assert read_overrides(log) == [Override(1, "retract", {"event": "event:1", "report": "report:1"}, "ana", "t1",
                                            "dup"), Override(2, "undo", {"override": 1}, "ben", "t2", "wrong")]
    assert json.loads(log.read_text().splitlines()[0]) == json.loads(override_line(a))


def test_a_correction_needs_a_reason_and_a_known_verb(tmp_path) -> None:
    with pytest.raises(OverrideError, match="reason"):
        append_override(tmp_path / "o.jsonl", "retract", {}, by="a", when="t", why="  ")
    with pytest.raises(OverrideError, match="unknown correction"):
        append_override(tmp_path / "o.jsonl", "delete", {}, by="a", when="t", why="x")
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.parametrize("line, message", [
    ("{not json", "o:2: not JSON"),
    ('{"id": 2, "verb": "explode"}', "o:2: not an override record"),
    ('{"id": "2", "verb": "retract"}', "o:2: not an override record"),
    ('{"id": 2, "verb": "retract", "args": [1]}', "o:2: args must be an object"),
])
def test_a_bad_line_is_named(line: str, message: str) -> None:
    with pytest.raises(OverrideError, match=message):
        parse_overrides('{"id": 1, "verb": "retract"}\n' + line, "o")


def test_active_drops_undone_corrections_and_undo_records() -> None:
    records = [Override(1, "retract"), Override(2, "merge"), Override(3, "undo", {"override": 1}),
               Override(4, "alias")]
    assert [o.id for o in active(records)] == [2, 4]
    assert read_overrides("/nonexistent/overrides.jsonl") == []


def test_default_log_places() -> None:
    assert str(overrides_path("sqlite:///.sitgraph/graph.db")) == ".sitgraph/overrides.jsonl"
    assert str(overrides_path("sqlite:////data/x/war.db")) == "/data/x/war.overrides.jsonl"
    assert str(overrides_path("bolt://127.0.0.1:7688", "news")) == ".sitgraph/overrides-127.0.0.1-7688-news.jsonl"
    assert str(overrides_path("neo4j://db.example")) == ".sitgraph/overrides-db.example-7687-neo4j.jsonl"


def test_dates_and_periods() -> None:
    assert parse_date("2024-05-03") == {"date": "2024-05-03", "date_end": None, "date_precision": "day"}
    assert parse_date("2024-05") == {"date": "2024-05", "date_end": None, "date_precision": "month"}
    assert parse_date("2024-05-01", "2024-05-03") == {"date": "2024-05-01", "date_end": "2024-05-03",
                                                      "date_precision": "range"}
    for bad in (("3 May",), ("2024-05-03", "2024-05-01"), ("2024-5-3",)):
        with pytest.raises(OverrideError):
            parse_date(*bad)
