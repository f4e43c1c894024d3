"""Unnamed attackers of an attack the report says nobody claimed (`actor.unclaimed-unnamed-attackers`).

"Unidentified militants threw a grenade ... No group claimed responsibility": where nobody is
blamed either, the attack has no perpetrator and the bare words are no party. A blame, a
suspicion or a later claim keeps them. The decision is each incident's: a claim or a blame of
another incident of the report does not keep the unclaimed one's attackers.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace as NS

import pytest

from sitgraph.loaders.extract.unclaimed_attacks import unclaimed, unclaimed_frames

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

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
    # Two incidents, one claimed: the unclaimed one loses its unnamed attackers all the same.
    ("Insurgents ambushed an army convoy near Kunduz on 4 March 2021, killing seven soldiers. The Taliban "
     "claimed responsibility for the ambush.\n\nOn 9 March 2021, gunmen shot dead two shopkeepers in Herat. "
     "No group claimed the killings.", {"Taliban"}, [["Taliban"], []]),
    # The unclaimed one told first; the other, blamed on an unnamed gang, keeps its gunmen (and the side).
    ("Unidentified gunmen shot dead two shopkeepers at a market in Herat on 9 March 2021. No group claimed "
     "the killings.\n\nSeparately, gunmen ambushed a police patrol near Kunduz on 11 March 2021, killing four "
     "officers. Police blamed a local criminal gang for the ambush.",
     {"unknown gunmen"}, [[], ["unknown gunmen"]]),
    # An accusation on the second incident does not reach the first, told unclaimed.
    ("Gunmen abducted three aid workers on the road to Galkayo on 3 April 2021. No group has claimed the "
     "abduction.\n\nOn 7 April 2021, gunmen attacked a checkpoint near Baidoa, killing two soldiers. Regional "
     "officials accused al-Shabaab of the attack.", {"al-Shabaab"}, [[], ["al-Shabaab"]]),
]


@pytest.mark.parametrize(("text", "armed", "doers"), ROWS)
def test_unclaimed_attackers(nlp, text: str, armed: set[str], doers: list[list[str]]) -> None:
    x = extracted(nlp, text, "2021-06-14")
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


# Three incidents told one per paragraph; each statement speaks of the one told last before it.
SERIES = ("Gunmen raided a farm near the river on Monday. No group claimed the raid.\n"
          "Militants shelled a market on Tuesday. Police blamed a rebel faction.\n"
          "Gunmen burned a school on Wednesday.")


def _frames(text: str, claimed: int | None = None) -> list[NS]:
    out, at = [], 0
    for i, line in enumerate(text.split("\n")):
        end = at + line.index(".") + 1
        out.append(NS(name=i, sent_start=at, sent_end=end, evidences=[], claimed_by=["e9"] if i == claimed else []))
        at += len(line) + 1
    return out


def test_unclaimed_frames_are_decided_per_incident() -> None:
    assert [f.name for f in unclaimed_frames(_frames(SERIES), SERIES)] == [0]
    # the raid's own claimer keeps it
    assert unclaimed_frames(_frames(SERIES, claimed=0), SERIES) == []
    # a report blaming nobody anywhere: every incident
    calm = SERIES.replace("Police blamed a rebel faction.", "Police cordoned off the area.")
    assert [f.name for f in unclaimed_frames(_frames(calm), calm)] == [0, 1, 2]
    # no statement of an unclaimed attack: nothing
    bare = SERIES.replace("No group claimed the raid.", "Police arrived later.")
    assert unclaimed_frames(_frames(bare), bare) == []
