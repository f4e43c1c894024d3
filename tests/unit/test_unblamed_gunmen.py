"""Unnamed attackers of a recalled earlier attack nobody blames (`actor.unblamed-gunmen`).

"The attack recalled the killing of seven traders in 2020, when gunmen opened fire": where the
report names an armed group, the recalled act is unattributed and the gunmen are no side. Where
no group is named, or the gunmen did the report's own incident, they stay.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

RECALLED = ("The attack recalled the killing of seven traders at a market in Afmadow in October 2020, "
            "when gunmen opened fire on the stalls.")

ROWS = [
    # A named group's attack, then a recalled one by gunmen nobody blames: no perpetrator for it.
    ("Al-Shabaab fighters stormed a hotel in Kismayo on Monday, killing 11 guests, police said.\n\n" + RECALLED,
     {"al-Shabaab"}, [["al-Shabaab"], []]),
    # No group is named anywhere: the gunmen are the only word for the attackers and stay.
    ("Fighters stormed a hotel in Kismayo on Monday, killing 11 guests, police said.\n\n" + RECALLED,
     {"unknown gunmen"}, [[], ["unknown gunmen"]]),
    # The gunmen did the report's own incident, a group named only in a background line: they stay.
    ("Gunmen stormed a hotel in Kismayo on Monday, killing 11 guests, police said. Al-Shabaab has "
     "fought the government for years.",
     {"al-Shabaab", "unknown gunmen"}, [["unknown gunmen"]]),
]


@pytest.mark.parametrize(("text", "armed", "doers"), ROWS)
def test_unblamed_gunmen(nlp, text: str, armed: set[str], doers: list[list[str]]) -> None:
    x = extracted(nlp, text, "2022-06-14")
    names = {e.id: e.name for e in x.entities}
    assert {e.name for e in x.entities if e.kind == "Actor" and e.type == "armed_group"} == armed
    assert [sorted(names[a] for a in ev.actors) for ev in x.events] == doers
