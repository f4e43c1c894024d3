"""A weekday the clause after "hours after" writes is its act's own day (count_weekdays.py)."""

from __future__ import annotations

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract.extractor import extract_many

PUB = "2024-05-16"  # a Thursday


def dates(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    """(kind, date, date end) of every event extracted from `text`, published on PUB."""
    x = next(iter(extract_many([Report.from_text(text, published=PUB)], nlp=nlp)))
    return {(e.kind, e.date, e.date_end) for e in x.events}


@pytest.mark.parametrize(("text", "expected"), [
    # the weekday after "hours after" is the strike's day, not the day the talks opened
    ("The talks opened hours after a drone struck a fuel depot in Kosti late on Tuesday, killing three workers.",
     {("Attack", "2024-05-14", None)}),
    ("The minister resigned hours after gunmen ambushed a convoy near Gao on Monday night, killing six soldiers.",
     {("Attack", "2024-05-13", None)}),
    # a statement's weekday after the cut dates no act: the main clause's day stays
    ("The talks opened on Thursday, hours after a drone struck a fuel depot in Kosti, killing three workers, the "
     "civil defence said on Tuesday.",
     {("Attack", "2024-05-16", None)}),
    # no weekday of its own: the act happened on the main clause's day
    ("Air strikes hit a wedding in Dhamar on Wednesday night, killing 25 people. The strikes came hours after "
     "rebels fired a missile at the city of Jizan.",
     {("Attack", "2024-05-15", None)}),
])
def test_hours_after_keeps_the_clauses_own_weekday(nlp, text, expected) -> None:
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # counted from a month's tally: the clause's own weekday is the act's day
    ("Rebels shelled a market in Taiz on Thursday, killing four people. Monitors had counted 200 violations of the "
     "truce around Hodeidah in April alone. The debate came a day after the rebels said they had fired missiles at "
     "a tanker in the Gulf of Aden on Monday.",
     {("Attack", "2024-05-16", None), ("Violation", "2024-04", None), ("Attack", "2024-05-13", None)}),
    # counted from a day told last: the weekday on or before it stays
    ("Rebels shelled a market in Taiz on Thursday, killing four people. Government forces shelled the port of "
     "Hodeidah on Wednesday. The debate came a day after the rebels said they had fired missiles at a tanker in the "
     "Gulf of Aden on Tuesday.",
     {("Attack", "2024-05-16", None), ("Attack", "2024-05-15", None), ("Attack", "2024-05-14", None)}),
])
def test_a_month_counted_from_gives_way_to_the_clauses_weekday(nlp, text, expected) -> None:
    assert dates(nlp, text) == expected
