"""A monitor's tally of a month or a year read as an incident (``period_tallies.period_tally``).

A month's dead recorded by a monitor ("documented", "verified") or counted with the acts ("93
attacks ... killing 310") and placed in a whole province or country, towns named only as where
most died, is an aggregate, never an incident's toll; the report's own incident keeps its own
toll. A month-dated attack on a town, two attacks counted, and a tally of a day stay as read.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-06-14"  # a Friday
_LEAD = "Gunmen killed nine villagers in Mabanga on Thursday. "


def _tolls(nlp, text: str) -> list[tuple]:
    """(role, killed, wounded) of each event, in event order."""
    x = extracted(nlp, text, PUBLISHED)
    return [(v.role, v.killed, v.wounded) for v in x.events]


CASES: list = [
    pytest.param(
        _LEAD + "In May, the rights office documented 86 civilians killed by armed groups in Tanganyika province.",
        [("incident", 9, None), ("aggregate", 86, None)], id="documented-with-side"),
    pytest.param(
        _LEAD + "In April 2024, the mission verified that 41 civilians were killed and 170 injured in Donetsk Oblast, "
        "most of them in Pokrovsk and Kostiantynivka.",
        [("incident", 9, None), ("aggregate", 41, 170)], id="verified-most-of-them-in-towns"),
    pytest.param(
        _LEAD + "A research centre said insurgents carried out 93 attacks in Nigeria in May, killing 310 people.",
        [("incident", 9, None), ("aggregate", 310, None)], id="acts-counted"),
    # negatives: an incident of a month in a town, a couple of acts counted, a day's tally
    pytest.param(
        _LEAD + "In May, gunmen killed 23 traders at a market in Mabanga, the rights office documented.",
        [("incident", 9, None), ("background", 23, None)], id="month-dated-attack-in-town"),
    pytest.param(
        _LEAD + "A research centre said insurgents carried out two attacks in Nigeria in May, killing 31 people.",
        [("incident", 9, None), ("background", 31, None)], id="two-acts-counted"),
    pytest.param(
        _LEAD + "On Thursday the rights office documented 14 civilians killed in Tanganyika province.",
        [("incident", 9, None), ("incident", 14, None)], id="tally-of-a-day"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_period_tally(nlp, text, expected):
    assert _tolls(nlp, text) == expected
