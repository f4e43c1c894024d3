"""Unnamed attackers of an attack the report says nobody claimed (`actor.unclaimed-unnamed-attackers`).

"Unidentified militants threw a grenade ... No group claimed responsibility": where nobody is
blamed either, the attack has no perpetrator and the bare words are no party. A blame, a
suspicion or a later claim keeps them.
"""

from __future__ import annotations

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract
from sitgraph.loaders.extract.unclaimed_attacks import unclaimed

GRENADE = ("Unidentified militants threw a grenade at a police post in Baramulla on 3 May 2019, wounding "
           "six people, three of them bystanders at a nearby bus stop.")

ROWS = [
    # Unclaimed and unattributed: no perpetrator, no generic side.
    (GRENADE + " No group claimed responsibility for the attack.", set(), [[]]),
    # The attackers unknown in the police's words: the same.
    ("Insurgents raided the village of Kalwe on 2 June 2021, burning 30 houses. Local officials did not name "
     "the attackers, and police said the attackers had not been identified.", set(), [[]]),
    # A blame in the report: the bare words carry the blamed side and stay.
    (GRENADE + " Police blamed separatist militants; no group claimed responsibility for the attack.",
     {"rebels"}, [["rebels"]]),
    # A claim told later in the report: they stay.
    (GRENADE + " No group claimed responsibility at first. Two days later militants claimed the attack in "
     "a statement.", {"rebels"}, [["rebels"]]),
    # Nothing said about a claim: they stay.
    (GRENADE, {"rebels"}, [["rebels"]]),
]


@pytest.mark.parametrize(("text", "armed", "doers"), ROWS)
def test_unclaimed_attackers(nlp, text: str, armed: set[str], doers: list[list[str]]) -> None:
    x = extract(Report.from_text(text, published="2021-06-14"), nlp=nlp)
    names = {e.id: e.name for e in x.entities}
    assert {e.name for e in x.entities if e.kind == "Actor" and e.type == "armed_group"} == armed
    assert [sorted(names[a] for a in ev.actors) for ev in x.events if ev.type != "aggregate"] == doers


@pytest.mark.parametrize(("text", "expected"), [
    ("No group has claimed the bombing.", True),
    ("No one claimed responsibility; officials did not name the attackers.", True),
    ("No group claimed the attack, but the army accused the rebels of it.", False),
    ("No group claimed the raid. The Islamic State claimed responsibility a week later.", False),
    ("Militants attacked a checkpoint; the army blamed a local faction.", False),
    ("A roadside bomb killed four soldiers near the border on Monday.", False),
])
def test_unclaimed_text(text: str, expected: bool) -> None:
    assert unclaimed(text) is expected
