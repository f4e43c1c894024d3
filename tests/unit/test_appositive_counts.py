"""A count of days set beside a fronted day restates it: the main clause keeps that day
(appositive_counts.py, rule date.appositive-count)."""

from __future__ import annotations

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract.extractor import extract_many
from sitgraph.loaders.extract.rules import disabled

PUB = "2024-05-16"  # a Thursday: Friday 10, Saturday 11, Tuesday 14 May

RAID = "Gunmen raided the village of Tessa on Friday night, killing 12 people, police said. "


def dates(nlp, text: str) -> set[tuple[str, str | None, int | None]]:
    """(kind, date, killed) of every event extracted from `text`, published on PUB."""
    x = next(iter(extract_many([Report.from_text(text, published=PUB)], nlp=nlp)))
    return {(e.kind, e.date, e.killed) for e in x.events}


@pytest.mark.parametrize(("text", "expected"), [
    # the strike after the apposition keeps the fronted Saturday, not the massacre's Friday
    (RAID + "On Saturday, the day after the massacre, a drone strike hit a house in Dorra, killing five "
            "gunmen, officials said.",
     {("Attack", "2024-05-10", 12), ("Attack", "2024-05-11", 5)}),
    # a count of two days beside the fronted day
    ("Militants stormed a checkpoint in Warsa on Tuesday, killing three soldiers. On Thursday, two days after "
     "the assault, army jets bombed a camp in Gedo, killing nine fighters.",
     {("Attack", "2024-05-14", 3), ("Attack", "2024-05-16", 9)}),
    # the act inside the apposition is dated back; the main clause keeps Saturday
    ("On Saturday, the day after gunmen attacked a market in Tessa, soldiers raided Dorra, killing four gang "
     "members.",
     {("Attack", "2024-05-10", None), ("Attack", "2024-05-11", 4)}),
])
def test_main_clause_keeps_the_fronted_day(nlp, text, expected) -> None:
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the day ends a main clause: the count after it tells an earlier act, dated back
    ("Troops raided the village of Dorra on Saturday, the day after gunmen attacked a market in Tessa.",
     {("Attack", "2024-05-11", None), ("Attack", "2024-05-10", None)}),
    # a clause between the fronted day and the count: no apposition
    ("On Saturday, troops raided the village of Dorra, a day after gunmen attacked a market in Tessa.",
     {("Attack", "2024-05-11", None), ("Attack", "2024-05-10", None)}),
    # a count opening the sentence: counted from the incident told before
    (RAID + "A day after the massacre, a drone strike hit a house in Dorra, killing five gunmen.",
     {("Attack", "2024-05-10", 12), ("Attack", "2024-05-11", 5)}),
])
def test_no_apposition_counts_as_before(nlp, text, expected) -> None:
    assert dates(nlp, text) == expected


def test_rule_off_dates_the_main_clause_back(nlp) -> None:
    text = RAID + "On Saturday, the day after the massacre, a drone strike hit a house in Dorra, killing five gunmen."
    with disabled({"date.appositive-count"}):
        assert dates(nlp, text) == {("Attack", "2024-05-10", 12), ("Attack", "2024-05-10", 5)}
