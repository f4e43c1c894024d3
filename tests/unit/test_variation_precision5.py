"""Variation across outlets: event precision, fifth table.

Small reports written for these tests in the styles of army and police statements, defence
briefings, wire agencies, daily digests and newsletters, about many wars (Nigeria, Kashmir,
Mali, Pakistan, Burkina Faso, Somalia, Sudan, Myanmar, DR Congo, Iraq, Ukraine).

Classes varied here:
- a foiled, thwarted or repulsed act that ended in a fight ("foiled an ambush ... In the
  ensuing firefight, 11 insurgents were killed"; "foiled an infiltration bid"): the fight is
  one incident at the foiled act's place and day, not an unplaced event of its own; a plot, a
  plan or an attempt with no fight told after it stays no event;
- a bare force word opening a heading line ("Army strike on Kabkabiya market: dozens dead"):
  the state's forces, so the heading and the body under it are one incident; the same word
  inside a line stays as written, and two items of a digest stay two incidents;
- a quote retelling the lead that calls its attackers by a generic name outside its act's
  subject ("the criminals are armed bandits") is the lead; generic attackers as the subject of
  an act elsewhere ("Bandits stormed a village near Gusau") stay another incident;
- a transcript's turns ("COL VERMA: ..."): the incidents a speaker tells in his turn are
  claimed by him; a label naming no one the report names, a sentence naming its own source,
  and a label two persons could answer to give no claimer.

Each row gives every event but aggregates as (kind, killed, wounded, date) and the names of
its places and targets or its claimers, compared exactly. Rows the extraction still gets
wrong are strict xfails whose reason names the class left.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-06-14"  # a Friday


def _where(nlp, text: str) -> list[tuple]:
    """(kind, killed, wounded, date, place names) of each event."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name.lower() for e in x.entities}
    return [(v.kind, v.killed, v.wounded, v.date, tuple(sorted(names[p] for p in v.places)))
            for v in x.events if v.role != "aggregate"]


def _claimers(nlp, text: str) -> list[tuple]:
    """(kind, date, claimer names) of each event."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name.lower() for e in x.entities}
    return [(v.kind, v.date, tuple(sorted(names[a] for a in v.claimed_by))) for v in x.events
            if v.role != "aggregate"]


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


FOILED: list = [
    pytest.param(
        "Alert troops foiled an infiltration bid along the Line of Control in the Uri sector on Tuesday night. In "
        "the ensuing gunfight, two intruders were killed, a defence spokesman said.",
        [("Attack", 2, None, "2024-06-11", ("uri",))], id="briefing-infiltration-bid-ensuing"),
    pytest.param(
        "Malian soldiers foiled an attack on a checkpoint near Boni on Monday, killing six assailants, the army said.",
        [("Attack", 6, None, "2024-06-10", ("boni",))], id="army-foiled-attack-killing-clause"),
    pytest.param(
        "Police thwarted an attack on a police station in Bannu on Thursday and killed three militants in the "
        "exchange of fire that followed.",
        [("Attack", 3, None, "2024-06-13", ("bannu",))], id="police-thwarted-same-sentence"),
    pytest.param(
        "Soldiers repulsed an incursion near Djibo on Sunday. Five attackers were killed in the ensuing clashes, "
        "security sources said.",
        [("Attack", 5, None, "2024-06-09", ("djibo",))], id="wire-repulsed-incursion"),
    pytest.param(
        "Somali forces foiled an attack on a military base in Lower Shabelle on Friday. Nine al-Shabaab fighters "
        "died in the gun battle that followed, officials said.",
        [("Attack", 9, None, "2024-06-14", ("lower shabelle",))], id="wire-foiled-gun-battle-followed"),
    pytest.param(
        "Troops foiled an ambush near the village of Gajiram on Wednesday. In the ensuing firefight, 11 insurgents "
        "were neutralised, the army said.",
        [("Attack", 11, None, "2024-06-12", ("gajiram",))], id="army-foiled-ambush-ensuing"),
    # nothing happened, or no fight is told after the foiled act
    pytest.param("Police foiled a plot to bomb a church in Jos on Sunday. Three suspects were arrested.",
                 [], id="plot-foiled-arrests"),
    pytest.param("Troops foiled an infiltration bid near Uri on Monday night, the army said.", [],
                 id="bid-foiled-no-fight"),
    pytest.param("Troops foiled an infiltration bid near Uri on Monday night. A search operation is under way in the "
                 "area.", [], id="bid-foiled-search"),
    pytest.param("Security forces thwarted an attempt to storm the prison in Kosti, the army said.", [],
                 id="attempt-thwarted"),
    pytest.param("Troops foiled an ambush on the road to Gao on Saturday. The army said the road had been reopened.",
                 [], id="ambush-foiled-road-reopened"),
    pytest.param(
        "Police foiled a plan to attack a bus station in Garissa on Monday. In a separate attack, gunmen killed two "
        "teachers in Mandera on Tuesday.",
        [("Attack", 2, None, "2024-06-11", ("mandera",))], id="plan-foiled-then-other-attack"),
    pytest.param(
        "Police foiled a bank robbery in Kano on Tuesday. In the shootout that followed, three robbers were killed.",
        [("Attack", 3, None, "2024-06-11", ("kano",))], id="robbery-foiled-shootout",
        marks=xfail("a robbery is no attack word: the shootout that followed is read alone, unplaced")),
    # a quote retelling the lead with a generic side, and a quote telling another act
    pytest.param(
        "Four people were killed when suspected al-Shabab militants attacked a bus near Mandera on Wednesday, a "
        "security official said. \"A bus was attacked between Hola and Sraman,\" he said, \"and the criminals are "
        "armed bandits.\"",
        [("Attack", 4, None, "2024-06-12", ("mandera",))], id="quote-retells-with-generic-side"),
    pytest.param(
        "Suspected ISWAP fighters attacked a military base in Malam Fatori on Monday, killing eight soldiers, "
        "officials said. \"The base was overrun by terrorists at dawn,\" an officer said.",
        [("Attack", 8, None, "2024-06-10", ("malam fatori",))], id="quote-retells-by-terrorists"),
    pytest.param(
        "Suspected ISWAP fighters attacked a military base in Malam Fatori on Monday, killing eight soldiers, "
        "officials said. \"Bandits stormed a village near Gusau the same day,\" an officer said.",
        [("Attack", 8, None, "2024-06-10", ("malam fatori",)), ("Attack", None, None, "2024-06-10", ("gusau",))],
        id="quote-generic-subject-elsewhere"),
    pytest.param(
        "Suspected ISWAP fighters attacked a military base in Malam Fatori on Monday, killing eight soldiers, "
        "officials said. \"Gunmen attacked a church in Kaduna,\" an officer said.",
        [("Attack", 8, None, "2024-06-10", ("malam fatori",)), ("Attack", None, None, "2024-06-10", ("kaduna",))],
        id="quote-gunmen-subject-elsewhere"),
    pytest.param(
        "Four people were killed when suspected al-Shabab militants attacked a bus near Mandera on Wednesday, a "
        "security official said. \"Bandits also attacked a lorry near Rhamu,\" he said.",
        [("Attack", 4, None, "2024-06-12", ("mandera",)), ("Attack", None, None, "2024-06-12", ("rhamu",))],
        id="quote-tells-another-act"),
]


@pytest.mark.parametrize("text, expected", FOILED)
def test_foiled_act_that_ended_in_a_fight(nlp, text, expected):
    assert _where(nlp, text) == expected


HEADING: list = [
    pytest.param(
        "Sudan daily, 12 June\n\nArmy strike on Kabkabiya market: dozens dead\n\nAn army air strike hit the weekly "
        "market in Kabkabiya, North Darfur, on Tuesday, killing dozens of people, a rights group said.",
        [("Attack", None, None, "2024-06-11", ("kabkabiya", "north darfur"))], id="digest-army-heading"),
    pytest.param(
        "Myanmar weekly, 20 March\n\n2. Military air strike on monastery in Sagaing\n\nA military air strike hit a "
        "monastery sheltering displaced people in Sagaing's Kani township on Monday, killing nine people, local "
        "media reported.",
        [("Attack", 9, None, "2024-06-10", ("kani township", "sagaing"))], id="weekly-numbered-military-heading"),
    pytest.param(
        "Nigeria briefing, 5 May\n\nPolice raid on Kano hideout\n\nPolice raided a militant hideout in Kano on "
        "Saturday, killing three suspects, a police spokesman said.",
        [("Attack", 3, None, "2024-06-08", ("kano",))], id="briefing-police-heading"),
    pytest.param(
        "Congo update, 9 July\n\n- Army shelling of Rutshuru\n\nThe Congolese army shelled rebel positions near "
        "Rutshuru on Sunday, killing 12 fighters, a military spokesman said.",
        [("Attack", 12, None, "2024-06-09", ("rutshuru",))], id="update-bulleted-army-heading"),
    # the word inside a line stays as written; two items stay two incidents
    pytest.param(
        "Kashmir briefing, 15 October\n\nSeparately, on Sunday evening, militants fired on an Army post at "
        "Thanamandi in Rajouri district, the Army said.",
        [("Attack", None, None, "2024-06-09", ("rajouri", "thanamandi"))], id="army-inside-line"),
    pytest.param(
        "Sudan daily, 12 June\n\n1. Drone strikes on El Obeid\n\nRSF drones struck the main power station in El "
        "Obeid overnight, the state government said.\n\n2. Army strike on Kabkabiya market: dozens dead\n\nAn army "
        "air strike hit the weekly market in Kabkabiya, North Darfur, on Tuesday, killing dozens of people, a "
        "rights group said.",
        [("Attack", None, None, "2024-06-14", ("el obeid",)),
         ("Attack", None, None, "2024-06-11", ("kabkabiya", "north darfur"))], id="digest-two-items"),
]


@pytest.mark.parametrize("text, expected", HEADING)
def test_force_word_heading_is_its_body(nlp, text, expected):
    assert _where(nlp, text) == expected


TURNS: list = [
    pytest.param(
        "Briefing by Colonel Amit Verma in Srinagar, 15 October.\n\nCOL VERMA: Good afternoon. Militants fired on an "
        "Army post at Thanamandi on Sunday evening, wounding two soldiers.",
        [("Attack", "2024-06-09", ("amit verma",))], id="defence-briefing-colonel"),
    pytest.param(
        "Press briefing by General Mark Kimmitt in Baghdad.\n\nGEN. KIMMITT: A roadside bomb struck a convoy near "
        "Fallujah on Tuesday, killing three soldiers.",
        [("Attack", "2024-06-11", ("mark kimmitt",))], id="press-briefing-general"),
    pytest.param(
        "Briefing by spokesman Yuriy Ihnat in Kyiv.\n\nMR. IHNAT: Russian drones struck an airfield near "
        "Starokostiantyniv overnight, damaging two aircraft.",
        [("Attack", "2024-06-14", ("yuriy ihnat",))], id="air-force-briefing-spokesman"),
    pytest.param(
        "Hearing with Minister Khalid Aleisir in Port Sudan.\n\nALEISIR: The RSF shelled the Abu Shouk camp in El "
        "Fasher on Monday, killing 11 people.",
        [("Attack", "2024-06-10", ("khalid aleisir",))], id="hearing-minister-surname-label"),
    # no one the report names, a source of its own, two persons answering to the label
    pytest.param(
        "Briefing by Colonel Amit Verma in Srinagar.\n\nANCHOR: Militants fired on an Army post at Thanamandi on "
        "Sunday evening, wounding two soldiers.",
        [("Attack", "2024-06-09", ())], id="label-names-no-one"),
    pytest.param(
        "Briefing by Colonel Amit Verma in Srinagar.\n\nCOL VERMA: Good afternoon. Militants fired on an Army post "
        "at Thanamandi on Sunday evening, wounding two soldiers, police said.",
        [("Attack", "2024-06-09", ("police",))], id="sentence-names-its-source"),
    pytest.param(
        "Briefing by Colonel Amit Verma and Major Sunil Verma in Srinagar.\n\nCOL VERMA: Militants fired on an Army "
        "post at Thanamandi on Sunday evening, wounding two soldiers.",
        [("Attack", "2024-06-09", ())], id="label-two-persons"),
]


@pytest.mark.parametrize("text, expected", TURNS)
def test_transcript_turn_claims(nlp, text, expected):
    assert _claimers(nlp, text) == expected
