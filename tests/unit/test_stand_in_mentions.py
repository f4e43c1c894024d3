"""A named group taking over a generic side's mentions ("the militants" in an incident's
sentences naming al-Shabaab) keeps its mentions in the text's order, so the extraction's
`mentions` list does not depend on the order frames were visited (it changed with the
interpreter's hash seed before)."""

from __future__ import annotations

from sitgraph.graph.model import Entity, Mention, Report
from sitgraph.loaders.extract.entities import EntityTable
from sitgraph.loaders.extract.sides import move_mentions

TEXT = ("Gunmen stormed a hotel in Mogadishu. The militants held it for hours. "
        "Al-Shabaab said its fighters carried out the raid, and the gunmen were killed.")


def _mention(report: Report, word: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = report.text.index(word, start + 1)
    return Mention(report.id, word, start, start + len(word))


def _table() -> tuple[EntityTable, list[Mention]]:
    report = Report.from_text(TEXT)
    generic = [_mention(report, "Gunmen"), _mention(report, "militants"), _mention(report, "gunmen")]
    group = _mention(report, "Al-Shabaab")
    table = EntityTable(report)
    table.entities["e1"] = Entity("e1", "Actor", "gunmen", "armed_group", tuple(generic), key="actor:unknown-gunmen")
    table.entities["e2"] = Entity("e2", "Actor", "al-Shabaab", "armed_group", (group,), key="actor:al-shabaab")
    table.spans[:] = sorted([*((m.start, m.end, "e1") for m in generic), (group.start, group.end, "e2")])
    return table, generic


def test_moved_mentions_join_the_group_in_text_order() -> None:
    table, generic = _table()
    first_two = (0, generic[1].end)  # the sentences telling the incident: "Gunmen" and "The militants"
    move_mentions(table, "e1", "e2", [first_two])
    got = [m.text for m in table.entities["e2"].mentions]
    assert got == ["Gunmen", "militants", "Al-Shabaab"]
    assert [m.text for m in table.entities["e1"].mentions] == ["gunmen"]
    assert [x for _, _, x in table.spans] == ["e2", "e2", "e2", "e1"]


def test_the_order_of_moves_does_not_change_the_result() -> None:
    one, generic = _table()
    move_mentions(one, "e1", "e2", [(0, generic[1].end)])
    other, generic = _table()
    # the same two mentions moved one at a time, the later one first
    move_mentions(other, "e1", "e2", [(generic[1].start, generic[1].end)])
    move_mentions(other, "e1", "e2", [(generic[0].start, generic[0].end)])
    assert other.entities["e2"].mentions == one.entities["e2"].mentions
