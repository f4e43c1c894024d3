"""A displacement told as counted people arriving or leaving (`event.people-arrived-or-left`),
and a standing population told with "most of them displaced" (`event.sheltered-fled`).

Sentences written for this file. Each row gives the exact set of (kind, type, displaced
count, sorted place names) of the events extracted; a bystander, a standing figure, a
cumulative count, an earlier flight recalled and armed men moving are rows too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.rules import disabled

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def _events(nlp, text: str) -> set[tuple[str, str | None]]:
    x = extracted(nlp, text, "2024-05-20", source="test", path="t.txt")
    return {(v.kind, v.type) for v in x.events}


ROWS = [
    # arrivals from named villages: a displacement
    ("About 2,400 people arrived in Goma from Bukavu and Uvira between 12 and 15 May.",
     {("Displacement", "displacement")}),
    # departures with a place as object and the place they went to
    ("Around 6,000 people left Bukavu for Goma on 14 May, according to local officials.",
     {("Displacement", "displacement")}),
    # a counted group with no number word: "thousands of residents"
    ("Thousands of residents left Bukavu for Goma on 14 May.", {("Displacement", "displacement")}),
    # a count since a day (the day of the attack that set them moving) is the flight itself
    ("About 3,000 people have arrived in Goma from Bukavu since 8 May.", {("Displacement", "displacement")}),
    # a standing population: who the people are, not a flight
    ("The town of Goma hosts about 600,000 people, most of them displaced from nearby villages.", set()),
    # troops arriving move, they do not flee
    ("About 400 soldiers arrived in Goma from Kinshasa on 14 May.", set()),
    # people told back with no count, who left after an earlier attack recalled: the attack
    # recalled is read as before, and no displacement
    ("Residents who left Bukavu after the 2012 attack have never returned.", {("Attack", None)}),
    # arrivals for an event, from no place
    ("About 2,000 people arrived in Goma on 14 May for the football final.", set()),
]


@pytest.mark.parametrize(("text", "want"), ROWS, ids=[r[0][:30] for r in ROWS])
def test_people_moved(nlp, text, want):
    assert _events(nlp, text) == want


def test_a_cumulative_count_makes_no_incident(nlp):
    # a count over a period is an optional aggregate at most: never a displacement incident
    text = "Since March, about 40,000 people have left Bukavu for Goma, according to the IOM."
    assert _events(nlp, text) == set()


def test_without_the_rule_arrivals_make_no_event(nlp):
    with disabled({"event.people-arrived-or-left"}):
        assert _events(nlp, ROWS[0][0]) == set()
