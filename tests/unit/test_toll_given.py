"""Who gives a toll speaks of the incident (``toll_given.gives_toll``).

"The ministry gave a toll of 12 dead and 30 wounded", "the police gave the toll as 9", "the
mayor gave a higher figure of 16": the giver is one of the incident's sources, never its side,
and the toll sentence joins the incident told before it (the largest figure kept). A source
that gives no figure and a cumulative toll stay what they were.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-06-14"  # a Friday
_LEAD = ("An air strike hit a school used as a shelter in Deir al-Balah on Thursday. The civil defence said 14 "
         "people were killed. ")


def _events(nlp, text: str) -> list[tuple]:
    """(killed, wounded, actor names, source names) of each event, in event order (the strike's
    side is read from its place, as in any report on the town)."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [(v.killed, v.wounded, frozenset(names[a] for a in v.actors), frozenset(names[c] for c in v.claimed_by))
            for v in x.events]


CASES: list = [
    pytest.param(
        _LEAD + "The health ministry gave a toll of 11 dead and more than 30 wounded.",
        [(14, 30, frozenset({"Israel"}), frozenset({"White Helmets", "The health ministry"}))], id="gave-a-toll-of"),
    pytest.param(
        _LEAD + "The health ministry gave a higher toll of 17 dead.",
        [(17, None, frozenset({"Israel"}), frozenset({"White Helmets", "The health ministry"}))],
        id="gave-a-higher-toll"),
    # negatives: no figure given (no source added), a cumulative toll (an event of its own)
    pytest.param(
        _LEAD + "The health ministry gave no figure for the wounded.",
        [(14, None, frozenset({"Israel"}), frozenset({"White Helmets"}))], id="gave-no-figure"),
    pytest.param(
        _LEAD + "The health ministry says more than 40,000 people have been killed in Gaza since the war began.",
        [(14, None, frozenset({"Israel"}), frozenset({"White Helmets"})),
         (40000, None, frozenset(), frozenset({"The health ministry"}))], id="cumulative-toll-apart"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_toll_given(nlp, text, expected):
    assert _events(nlp, text) == expected
