"""Variation across outlets: encyclopedic articles on attack SERIES, written before any rule.

Articles written for these tests in the manner of an encyclopedia on a series of attacks (a
summary box with the series' dates and perpetrator, then each attack in its own sentence)
about wars in Africa, South Asia and Latin America. The class the fresh series batch showed:

- the attacks of the series told without an author ("fighters stormed X", "a second device
  went off", "gunmen took hostages") and dated inside the box's dates take the perpetrator
  the box names; an attack dated outside them (background), an arrest, the forces' killing of
  the attackers, and a box that names no side lend nothing;
- a facility named, then described after a comma and an article ("Data Darbar, a Sufi shrine
  in Lahore") is one facility named by its name, whatever kind the name alone would be read
  as; a town so described, a list of nouns in a summary box and a person's job are not;
- a country's name as the subject of a verb of stance ("Tanzania asked", "India and Japan
  condemned", "Malaysia, whose citizen was among the dead, asked") is the state, an actor; a
  country after a preposition or before a source's name ("fled to Niger, UNHCR said") is not;
- a numbered unit named as what a person commands ("commander of the 6th Infantry Division")
  is a body of its own; its elements or troops named acting are left to the state.

Rows give exactly what the extraction must return: (perpetrators, date, killed, wounded) of
each incident in order, or the facilities (name and forms) and the other entities' names;
strict xfails name the cases still missed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.unit.incident_rows import narrated

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

SERIES_ROWS = [
    # the raids take the box's group; the army's killing of attackers stays its own
    pytest.param("Konduga village raids\nDate: 4–7 August 2019\nLocation: Konduga, Borno State, Nigeria\n"
                 "Perpetrator: Boko Haram\n\nThe Konduga village raids were a series of attacks on farming villages "
                 "around Konduga in Borno State between 4 and 7 August 2019.\n\nBackground\nOn 12 March 2019 "
                 "militants ambushed a convoy near Bama, killing nine soldiers.\n\nRaids\nOn 4 August fighters on "
                 "motorcycles stormed Mashimari, shooting 11 farmers. Two days later they burned the village of "
                 "Kawuri and killed six people. On 7 August troops of the 7th Division killed 14 attackers near "
                 "Dalwa.",
                 [(('Boko Haram',), '2019-08-04', None, None),
                  (('Boko Haram',), '2019-08-04', None, None),
                  (('Boko Haram',), '2019-08-06', 6, None),
                  ((), '2019-08-07', 14, None)],
                 id='village-raids-nigeria'),
    # a second device the same day is the box's; the evening's arrest is the state's
    pytest.param("2014 Peshawar bombings\nDate: 22 September 2014\nLocation: Peshawar, Khyber Pakhtunkhwa, "
                 "Pakistan\nPerpetrator: Tehrik-i-Taliban Pakistan\n\nThe 2014 Peshawar bombings were two bomb "
                 "attacks in Peshawar on 22 September 2014.\n\nAttacks\nA bomb hidden in a cart exploded at the "
                 "Qissa Khwani bazaar at noon, killing 17 shoppers. An hour later a second device went off outside "
                 "a church in the cantonment, killing four people. Police arrested two men near the bazaar that "
                 "evening.",
                 [(('Tehrik-i-Taliban Pakistan',), '2014-09-22', None, None),
                  (('Tehrik-i-Taliban Pakistan',), '2014-09-22', 17, None),
                  (('Tehrik-i-Taliban Pakistan',), '2014-09-22', 4, None),
                  (('Pakistan',), '2014-09-22', None, None)],
                 id='one-day-bombings-pakistan'),
    # 'gunmen took hostages' is the box's group; the rescue that killed insurgents is not
    pytest.param("Mocimboa hostage crisis\nDate: 10–12 June 2021\nLocation: Mocimboa da Praia, Cabo Delgado, "
                 "Mozambique\nPerpetrator: Islamic State Mozambique Province\n\nThe Mocimboa hostage crisis began "
                 "when insurgents seized a hotel in Mocimboa da Praia on 10 June 2021.\n\nSiege\nGunmen took 30 "
                 "guests hostage in the hotel on the first night. On 12 June Rwandan troops stormed the building, "
                 "killing eight insurgents.",
                 [(('Islamic State Mozambique Province',), '2021-06-10', None, None),
                  (('Islamic State Mozambique Province',), '2021-06-10', None, None),
                  ((), '2021-06-12', 8, None)],
                 id='hostage-seizure-mozambique'),
    # a range across two months; 'Suspected perpetrator' field
    pytest.param("2019 Cauca police station attacks\nDate: 28 January – 3 February 2019\nLocation: Cauca "
                 "Department, Colombia\nSuspected perpetrator: National Liberation Army\n\nThe 2019 Cauca police "
                 "station attacks were a week of assaults on rural police stations in Cauca Department.\n\nAttacks\n"
                 "On 28 January explosives were thrown at the police station in Suárez, wounding three officers. On "
                 "1 February gunmen fired on the station in Buenos Aires for two hours, killing a patrolman. The "
                 "army's 29th Brigade recovered rifles near Morales on 3 February.",
                 [(('National Liberation Army',), '2019-01-28', None, 3),
                  (('National Liberation Army',), '2019-02-01', 1, None)],
                 id='police-stations-colombia'),
    # the commandos' counter-attack killing militants is no act of the series
    pytest.param("2017 Afgooye checkpoint attacks\nDate: 9 May 2017\nLocation: Afgooye, Lower Shabelle, Somalia\n"
                 "Perpetrators: al-Shabaab\n\nThree checkpoints around Afgooye were attacked at dawn on 9 May 2017. "
                 "A car bomb destroyed the first post on the Mogadishu road, killing seven soldiers. Mortar rounds "
                 "then fell on a second checkpoint, wounding four. Somali commandos killed five militants in the "
                 "counter-attack.",
                 [(('al-Shabaab',), '2017-05-09', None, None),
                  (('al-Shabaab',), '2017-05-09', 7, 4),
                  ((), '2017-05-09', 5, None)],
                 id='checkpoints-somalia'),
    # a box that names no side lends none
    pytest.param("Gao market bombings\nDate: 3–4 May 2022\nLocation: Gao, Mali\nPerpetrator: Unknown\n\nThe Gao "
                 "market bombings were two explosions in Gao on 3 and 4 May 2022.\n\nA bomb exploded in the cattle "
                 "market on 3 May, killing five traders. The next day a second device killed two people at the bus "
                 "station.",
                 [((), '2022-05-03', 5, None), ((), '2022-05-04', 2, None)], id='unknown-perpetrator-mali'),
    # no box: the second blast of a series the lead attributes is the lead's too
    pytest.param("Kabul attacks\n\nThe Kabul attacks were a series of bombings claimed by the Islamic State in "
                 "Kabul on 6 May 2022.\n\nA bomb exploded at a mosque in the west of the city, killing 14 "
                 "worshippers. Later a second blast hit a minibus in Karte Char, killing three passengers.",
                 [(('Islamic State',), '2022-05-06', 14, None), (('Islamic State',), '2022-05-06', 3, None)],
                 id='lead-attributed-series-afghanistan'),
]


@pytest.mark.parametrize(("text", "expected"), SERIES_ROWS)
def test_series_attacks_take_the_box_perpetrator(nlp, text: str, expected: list) -> None:
    assert narrated(nlp, text, "2024-02-01") == expected


def facilities(nlp, text: str) -> tuple[list, list]:
    """(name, sorted forms) of each facility of `text`, sorted, and the other entities' names."""
    x = extracted(nlp, text, "2024-02-01")
    return (sorted((e.name, tuple(sorted(e.forms))) for e in x.entities if e.kind == "Facility"),
            sorted(e.name for e in x.entities if e.kind != "Facility"))


DESCRIBED_ROWS = [
    pytest.param("Militants bombed Data Darbar, a Sufi shrine in Lahore, on 8 May 2019, killing ten people.",
                 ([("Data Darbar", ("Data Darbar", "Sufi shrine"))], ["Lahore", "civilians", "rebels"]),
                 id="shrine-pakistan"),
    pytest.param("On 2 March 2017 gunmen stormed Al-Rahma, a clinic in Tal Afar, and killed four nurses.",
                 ([("Al-Rahma", ("Al-Rahma", "clinic"))], ["Tal Afar", "civilians", "unknown gunmen"]),
                 id="clinic-iraq"),
    pytest.param("Artillery shells struck Tumaini, a primary school in Goma, on 14 February 2024, wounding six "
                 "pupils.",
                 ([("Tumaini", ("Tumaini", "primary school"))], ["Goma", "civilians"]), id="school-drc"),
    pytest.param("Insurgents set fire to Nanjua, a health centre near Macomia, on 9 June 2022.",
                 ([("Nanjua", ("Nanjua", "health centre"))], ["Macomia", "rebels"]), id="health-centre-mozambique"),
    pytest.param("Rebels attacked Hotel Ambassador, a hotel near the port, in Mogadishu on 1 June 2023, killing "
                 "20 guests.",
                 ([("Hotel Ambassador", ("Hotel Ambassador", "hotel")), ("port", ("port",))],
                  ["Mogadishu", "rebels"]), id="named-hotel-somalia"),
    # a town described after its name stays a place
    pytest.param("A drone hit Kramatorsk, a city in Donetsk region, on 3 May 2023, killing two people.",
                 ([], ["Donetsk", "Kramatorsk", "civilians"]), id="town-ukraine"),
    # a summary box's list of targets: no name before the first noun
    pytest.param("Target: Mosques, a market, a police station\n\nA bomb hit a market in Quetta on 5 May 2023.",
                 ([("market", ("market", "market in Quetta"))], ["Quetta"]), id="box-list-pakistan"),
    # a person's job at a facility: the person stays a person
    pytest.param("Ahmed Khalil, a doctor at the hospital in Gaza City, said 12 people were killed in the strike on "
                 "4 March 2024.",
                 ([("hospital", ("hospital", "hospital in Gaza City"))], ["Ahmed Khalil", "Gaza City", "civilians"]),
                 id="doctor-gaza"),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_ROWS)
def test_named_then_described_facility_is_one(nlp, text: str, expected: tuple) -> None:
    assert facilities(nlp, text) == expected


def kinds(nlp, text: str) -> list[tuple[str, str]]:
    """(kind, name) of each actor and place of `text`, sorted."""
    x = extracted(nlp, text, "2024-02-01")
    return sorted((e.kind, e.name) for e in x.entities if e.kind in ("Actor", "Place"))


LEAD = "Gunmen killed 12 people in Kidal on 3 May 2023. "
GUNMEN = [("Actor", "civilians"), ("Actor", "unknown gunmen"), ("Place", "Kidal")]

STANCE_ROWS = [
    pytest.param(LEAD + "India and Japan condemned the attacks.",
                 sorted(GUNMEN + [("Actor", "India"), ("Actor", "Japan")]), id="pair-condemned"),
    pytest.param(LEAD + "Tanzania asked for the return of its national's body.",
                 sorted(GUNMEN + [("Actor", "Tanzania")]), id="asked-alone"),
    pytest.param(LEAD + "Malaysia, whose citizen was among the dead, asked Thailand to find those responsible.",
                 sorted(GUNMEN + [("Actor", "Malaysia"), ("Place", "Thailand")]), id="aside-then-verb"),
    pytest.param(LEAD + "Kenya, Uganda and Ethiopia sent condolences to the families.",
                 sorted(GUNMEN + [("Actor", "Ethiopia"), ("Actor", "Kenya"), ("Actor", "Uganda")]), id="list-of-three"),
    pytest.param(LEAD + "Armenia expressed its condolences.",
                 sorted(GUNMEN + [("Actor", "Armenia")]), id="expressed"),
    # a country after a preposition, or before a source's name, stays a place
    pytest.param(LEAD + "Many of the dead were from Tanzania.", sorted(GUNMEN + [("Place", "Tanzania")]),
                 id="from-country"),
    pytest.param(LEAD + "Thousands fled to Niger, UNHCR said.",
                 sorted(GUNMEN + [("Actor", "UNHCR"), ("Place", "Niger")]), id="source-after-country"),
]


@pytest.mark.parametrize(("text", "expected"), STANCE_ROWS)
def test_country_of_stance_is_the_state(nlp, text: str, expected: list) -> None:
    assert kinds(nlp, text) == expected


UNIT_ROWS = [
    pytest.param("The operation was led by General Ramon Cruz, commander of the 6th Infantry Division.",
                 [("Actor", "6th Infantry Division"), ("Actor", "Ramon Cruz")], id="commander-of-philippines"),
    pytest.param("Colonel Kemal Polat, commander of the 23rd Border Brigade, said the bomb was made in northern Iraq.",
                 [("Actor", "23rd Border Brigade"), ("Actor", "Kemal Polat"), ("Place", "Iraq"),
                  ("Place", "northern Iraq")], id="commander-turkey"),
    pytest.param("A spokesman for the 101st Airborne Division said the convoy was hit near Baiji.",
                 [("Actor", "101st Airborne Division"), ("Place", "Baiji")], id="spokesman-for-iraq"),
    # a numbered unit named acting, or its elements, stays unread (the state's)
    pytest.param("Elements of the 6th Infantry Division seized the village of Ampatuan.",
                 [("Place", "Ampatuan")], id="elements-of"),
    pytest.param("The 8th Brigade shelled Tessit on 2 April 2023.",
                 [("Place", "Tessit")], id="unit-acting"),
]


@pytest.mark.parametrize(("text", "expected"), UNIT_ROWS)
def test_unit_a_person_commands_is_a_body(nlp, text: str, expected: list) -> None:
    assert kinds(nlp, text) == expected
