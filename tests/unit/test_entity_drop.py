"""One way to drop an entity from a report's table (EntityTable.drop): its mentions and spans go
and it turns weak, so finish() keeps it only where an event or relation still refers to it; the
other entities keep theirs."""

from __future__ import annotations

from sitgraph.graph.model import Entity, Mention, Report
from sitgraph.loaders.extract.entities import EntityTable

TEXT = "Gunmen fired on a checkpoint near the river crossing. Soldiers returned fire."


def _table() -> EntityTable:
    report = Report.from_text(TEXT)
    gun = Mention(report.id, "Gunmen", 0, 6)
    at = TEXT.index("Soldiers")
    troops = Mention(report.id, "Soldiers", at, at + 8)
    table = EntityTable(report)
    table.entities["e1"] = Entity("e1", "Actor", "gunmen", "armed_group", (gun,), key="actor:unknown-gunmen")
    table.entities["e2"] = Entity("e2", "Actor", "soldiers", "state_forces", (troops,), key="actor:soldiers")
    table.spans[:] = [(0, 6, "e1"), (at, at + 8, "e2")]
    return table


def test_dropped_entity_loses_mentions_and_spans_and_turns_weak() -> None:
    table = _table()
    table.drop("e1")
    assert table.entities["e1"].mentions == ()
    assert {x for _s, _e, x in table.spans} == {"e2"}
    assert table.weak == {"e1"}
    assert [m.text for m in table.entities["e2"].mentions] == ["Soldiers"]


def test_dropped_entity_is_emitted_only_when_used() -> None:
    idle = _table()
    idle.drop("e1")
    assert [e.name for e in idle.finish(set())] == ["soldiers"]
    used = _table()
    used.drop("e1")
    assert [e.name for e in used.finish({"e1"})] == ["gunmen", "soldiers"]


def test_mentioned_keeps_only_entities_of_the_keys_with_mentions() -> None:
    table = _table()
    assert table.mentioned(frozenset({"actor:unknown-gunmen"})) == {"e1"}
    assert table.mentioned(frozenset({"actor:rebels"})) == set()
    table.drop("e1")
    assert table.mentioned(frozenset({"actor:unknown-gunmen"})) == set()
