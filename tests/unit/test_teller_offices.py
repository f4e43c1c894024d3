"""Teller offices (teller_offices.py): an office that says or tells the news is its source, no
facility and no target of the incident; an office that is struck stays a facility and a target.

Sentences written for these tests; each row gives the exact facilities (name) and event targets.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-04-22"


def extraction(nlp, text):
    return extracted(nlp, text, PUBLISHED)


def facilities(x):
    return {e.name for e in x.entities if e.kind == "Facility"}


def target_facilities(x):
    kinds = {e.id: e for e in x.entities}
    return {kinds[t].name for v in x.events for t in v.targets if kinds[t].kind == "Facility"}


ROWS = [
    # the office tells a toll update: no facility, no struck office
    ("A drone hit a car near Sinune on Saturday, killing two men. By Sunday, the district governor's "
     "office said four men had died.", set(), set()),
    # the office told reporters: a teller
    ("Two civilians were killed when a drone struck a car near Khanasor on Friday, the governor's office "
     "told reporters.", set(), set()),
    # the office struck: a facility and the target
    ("A drone struck the governor's office in Sinune on Monday, killing two guards.",
     {"governor's office"}, {"governor's office"}),
]


@pytest.mark.parametrize("text,want_facilities,want_targets", ROWS)
def test_teller_offices(nlp, text, want_facilities, want_targets):
    x = extraction(nlp, text)
    assert facilities(x) == want_facilities
    assert target_facilities(x) == want_targets


def test_office_that_speaks_of_its_staff_has_no_event(nlp):
    x = extraction(nlp, "The office said its staff had fled the town.")
    assert facilities(x) == set()
    assert tuple(x.events) == ()
