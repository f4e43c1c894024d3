"""The opening months of a year are one span, January to the last month counted
(period_spans.py, rules date.opening-months-of-year and date.opening-months-of-this-year)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract.dates import find_dates
from sitgraph.loaders.extract.extractor import extract_many

PUB = "2024-10-08"


def spans(text: str, pub: str = PUB) -> list[tuple[str, str | None]]:
    """(date, date end) of every date expression of `text`, published on `pub`."""
    return [(d.date, d.date_end) for d in find_dates(text, dt.date.fromisoformat(pub))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants killed 386 people in the province in the first nine months of the year.",
     [("2024-01-01", "2024-09-30")]),
    ("The monitor recorded 120 casualties in the first six months of 2023.", [("2023-01-01", "2023-06-30")]),
    ("The monitor recorded 120 casualties in the first half of this year.", [("2024-01-01", "2024-06-30")]),
    ("The monitor recorded 120 casualties in the first quarter of last year.", [("2023-01-01", "2023-03-31")]),
    ("The monitor recorded 120 casualties in the first three quarters of 2022.", [("2022-01-01", "2022-09-30")]),
])
def test_opening_months_are_a_span(text, expected) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a year alone, the first week, the past months: no opening span
    ("The monitor recorded 120 casualties in 2023.", [("2023", None)]),
    ("The monitor recorded 120 casualties in the first week of 2023.", [("2023", None)]),
    ("The monitor recorded 120 casualties over the past six months.", [("2024-04-08", "2024-10-08")]),
    # months not yet over at publication are no span of the past
    ("The monitor expects 120 casualties in the first eleven months of the year.", []),
])
def test_other_periods_unchanged(text, expected) -> None:
    assert spans(text) == expected


def test_toll_of_the_period_is_dated_by_the_span(nlp) -> None:
    text = ("Gunmen killed four police officers at a checkpoint in Tank on Monday, officials said. A think tank "
            "said 386 people had been killed in militant attacks in the province in the first nine months of the "
            "year.")
    x = next(iter(extract_many([Report.from_text(text, published=PUB)], nlp=nlp)))
    assert {(e.type, e.date, e.date_end, e.killed) for e in x.events} == {
        ("shooting", "2024-10-07", None, 4), ("aggregate", "2024-01-01", "2024-09-30", 386)}
