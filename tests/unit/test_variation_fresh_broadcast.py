"""Broadcaster copy of many wars, from the classes a fourth batch of fresh news reports showed
missed (short stories crowding the day's attack with trials, tolls and reactions). Every
sentence here is written for these tests, in the styles of international broadcasters',
wire agencies' and national papers' websites.

Classes:
- a dateline opening the lead ("KABUL — ", "JUBA, SOUTH SUDAN — ", "Kyiv (AFP) - ") before a
  toll told in the passive with a "when" clause ("Five people were killed when gunmen
  attacked ..."): one event, not a toll without a place plus an attack without a toll;
- an old attack recalled through a court's act ("a court on Monday sentenced ten men over
  the killing of 15 fishermen in May last year", "opened the trial of soldiers accused of
  killing 30 people in a raid in January"): an event dated by its own month or year, never
  by the court's day; a charge with no time of its own stays no event;
- a country whose name opens with a compass word, in the possessive ("South Sudan's Upper
  Nile state", "South Africa's KwaZulu-Natal province"): that country, not the one its last
  word names.

Each row: a text and what the class is about, compared exactly.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2025-06-12"  # a Thursday


def _extract(nlp, text: str):
    return extracted(nlp, text, PUBLISHED)


def tolls_and_places(nlp, text: str) -> list[tuple]:
    """(killed, wounded, sorted place names) of each event but aggregates."""
    x = _extract(nlp, text)
    names = {e.id: e.name for e in x.entities}
    return [(v.killed, v.wounded, tuple(sorted(names[p] for p in v.places)))
            for v in x.events if v.role != "aggregate"]


def kinds_and_dates(nlp, text: str) -> list[tuple]:
    """(kind, date, killed) of each event but aggregates."""
    x = _extract(nlp, text)
    return [(v.kind, v.date, v.killed) for v in x.events if v.role != "aggregate"]


def place_names(nlp, text: str) -> list[str]:
    """The names of the report's places, sorted."""
    return sorted(e.name for e in _extract(nlp, text).entities if e.kind == "Place")


# --- a dateline before a passive toll with a "when" clause: one event --------------------------

DATELINE_LEADS = [
    ("KABUL — At least 11 civilians were killed when a roadside bomb hit a minibus in Logar province on Wednesday, "
     "a local official said.", [(11, None, ("Logar",))]),
    ("JUBA, SOUTH SUDAN — Five people were killed when gunmen attacked a cattle camp in Jonglei state on Monday, "
     "officials said.", [(5, None, ("Jonglei",))]),
    ("Kyiv (AFP) - Two people were killed when a Russian drone hit a house in Sumy on Tuesday, the governor said.",
     [(2, None, ("Sumy",))]),
    ("BAMAKO — Twelve villagers were killed when armed men raided a village near Bandiagara late Sunday, a local "
     "official said.", [(12, None, ("Bandiagara",))]),
    ("PORT-AU-PRINCE, HAITI — Three police officers were wounded when gang members opened fire on a patrol in "
     "Croix-des-Bouquets on Monday, police said.", [(None, 3, ("Croix-des-Bouquets",))]),
    ("MAIDUGURI, Nigeria (AP) — Seven soldiers were killed when their convoy ran over a landmine near Damboa on "
     "Tuesday, an army officer said.", [(7, None, ("Damboa",))]),
    # negatives: two clauses with places of their own stay two events; the city filed from is no place
    ("KABUL — Gunmen killed five people in Kandahar, and a bomb exploded at a market in Kunduz on Monday.",
     [(5, None, ("Kandahar",)), (None, None, ("Kunduz",))]),
    ("NIAMEY — Soldiers killed 20 militants near Tillaberi on Monday, the army said.", [(20, None, ("Tillaberi",))]),
    ("Five people were killed when gunmen attacked a cattle camp in Jonglei state on Monday, officials said.",
     [(5, None, ("Jonglei",))]),
]


@pytest.mark.parametrize("text,expected", DATELINE_LEADS)
def test_dateline_lead_is_one_event(nlp, text, expected):
    assert tolls_and_places(nlp, text) == expected


# --- an old attack recalled through a court's act: dated by its own month or year --------------

TRIED = [
    ("In Juba, a military court on Monday opened the trial of 20 soldiers accused of killing 30 people in a raid "
     "on the village of Kolnyang in Jonglei state in January.", [("Attack", "2025-01", 30)]),
    ("A court in N'Djamena on Monday sentenced 10 men to death over the killing of 15 fishermen on an island near "
     "Bol in May last year.", [("Attack", "2024-05", 15)]),
    ("A court in Kaduna on Tuesday jailed three men for life over an attack on a church in Kafanchan in March 2022 "
     "that killed nine worshippers.", [("Attack", "2022-03", 9)]),
    ("A military tribunal in Bukavu on Wednesday convicted four soldiers over the killing of 11 civilians in the "
     "village of Kamanyola in April.", [("Attack", "2025-04", 11)]),
    ("Prosecutors in Islamabad on Monday charged three men over a suicide bombing at a police checkpoint in Bannu "
     "in February 2024 that killed nine officers.", [("Attack", "2024-02", 9)]),
    ("A court in Port-au-Prince on Wednesday sentenced a former gang commander to life in prison over the killing "
     "of 12 people in the Solino neighborhood in October 2024.", [("Attack", "2024-10", 12)]),
    # negatives: a charge with no time of its own, a verdict alone, an attack told without a court
    ("A military court in Kinshasa sentenced two soldiers to death for the killing of civilians in Goma.", []),
    ("A court in Kano convicted three men of murder on Monday.", []),
    ("Gunmen killed nine worshippers at a church in Kafanchan in March 2022, police said on Tuesday.",
     [("Attack", "2022-03", 9)]),
    ("Police in Peshawar on Friday arrested two men suspected of planting a bomb that killed six people at a bus "
     "stop in Bannu in February.", [("Abduction", "2025-06-06", None), ("Attack", "2025-02", 6)]),
]


@pytest.mark.parametrize("text,expected", TRIED)
def test_tried_incident_takes_its_own_time(nlp, text, expected):
    assert kinds_and_dates(nlp, text) == expected


# --- a compass-named country in the possessive is that country ---------------------------------

COMPASS_COUNTRIES = [
    ("Gunmen killed five people in South Sudan's Jonglei state on Monday.", ["Jonglei", "South Sudan"]),
    ("Clashes killed 12 people in South Sudan's Upper Nile state, the UN mission said on Monday.",
     ["South Sudan", "Upper Nile"]),
    ("A bomb killed two people in South Africa's KwaZulu-Natal province on Monday.",
     ["KwaZulu-Natal", "South Africa"]),
    ("Artillery shells hit a village in North Korea's Kangwon province on Monday.", ["Kangwon", "North Korea"]),
    ("A government warplane bombed a market in Ulang, in South Sudan's Upper Nile state, on Wednesday.",
     ["South Sudan", "Ulang", "Upper Nile"]),
    ("Sudanese drones hit a fuel depot near the border with South Sudan's Unity state on Monday.",
     ["South Sudan", "Unity"]),
    # negatives: the state owning an army is a side, no place; a compass word before another
    # country's possessive; a plain possessive; the country after a comma
    ("South Sudan's army said on Tuesday it had retaken the town of Nasir.", ["Nasir"]),
    # (the possessive region is one of Sudan's forms: test_variation_one_place.py)
    ("Gunmen killed five people in southern Sudan's White Nile state on Monday.",
     ["Sudan", "White Nile"]),
    ("Gunmen killed five people in Syria's Idlib province on Monday.", ["Idlib", "Syria"]),
    ("Gunmen killed five people in Jonglei state, South Sudan, on Monday.", ["Jonglei", "South Sudan"]),
]


@pytest.mark.parametrize("text,expected", COMPASS_COUNTRIES)
def test_compass_country_possessive(nlp, text, expected):
    assert place_names(nlp, text) == expected


# --- the defenders' kills "in the fighting" told after an attack: still missed -----------------

# A rule joining such a sentence to the attack as the defenders' account (assemble.fight-told-back)
# passed these rows but moved no measure on any set, and on a report's own sentence ("blamed X and
# said troops had killed 'dozens of terrorists' in the fighting") the troops still became the side
# by another path, so it was not kept.
DEFENDERS_DROPPED = "the defenders' kills 'in the fighting' make them a side of the attack, or an attack of their own"


def sides_and_tolls(nlp, text: str) -> list[tuple]:
    """(sorted perpetrator names, killed) of each event but aggregates."""
    x = _extract(nlp, text)
    names = {e.id: e.name for e in x.entities}
    return [(tuple(sorted(names[a] for a in v.actors)), v.killed) for v in x.events if v.role != "aggregate"]


def _missed(text: str, expected: list) -> object:
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=DEFENDERS_DROPPED))


FIGHT_TOLD_BACK = [
    _missed("Jihadists attacked a military post at Banibangou on Thursday, killing 22 soldiers. Troops killed "
            "dozens of terrorists in the fighting, the ministry said.", [(("rebels",), 22)]),
    _missed("Jihadists attacked a military post at Banibangou on Thursday, killing 22 soldiers. The ministry blamed "
            "the Islamic State Sahel Province and said troops had killed 40 terrorists in the fighting.",
            [(("Islamic State Sahel Province",), 62)]),
    ("Jihadists attacked a military post at Banibangou on Thursday, killing 22 soldiers. The ministry blamed "
     "the Islamic State Sahel Province and said troops had killed dozens of terrorists in the fighting.",
     [(("Islamic State Sahel Province",), 22)]),
    # negatives: a fight with a place and day of its own is another; the fight that followed is read already
    ("Jihadists attacked a military post at Banibangou on Thursday, killing 22 soldiers. Troops killed 12 "
     "terrorists in the fighting near Tera on Friday, the ministry said.",
     [(("rebels",), 22), (("Niger",), 12)]),
    ("Insurgents attacked a district headquarters in Ghazni on Sunday, killing three police officers. Security "
     "forces killed 15 insurgents in the gunbattle that followed, the governor's spokesman said.",
     [(("rebels",), 18)]),
    ("Gunmen stormed a police station in Bannu on Monday, killing four officers, police said.",
     [(("unknown gunmen",), 4)]),
]


@pytest.mark.parametrize("text,expected", FIGHT_TOLD_BACK)
def test_defenders_fight_told_back(nlp, text, expected):
    assert sides_and_tolls(nlp, text) == expected
