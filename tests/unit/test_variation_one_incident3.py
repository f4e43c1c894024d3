"""Variation across outlets: one incident whose toll is told again in a sentence of its own.

A metamorphic table of small reports written for these tests in the styles of other outlets
(wire agencies, broadcasters, encyclopedic articles, UN and NGO briefs, national newspapers)
about other wars (Yemen, Kashmir, Somalia, Sahel, Nigeria, Ukraine, Sudan, Syria, Myanmar,
DR Congo, Colombia, Mozambique).

Under-merging: a toll told alone stays the incident's toll when the sentence names a place only
as where the toll is counted ("the health ministry in the capital put the dead at 15",
"officials in the provincial seat said"), or where the wounded were cared for ("taken to
hospitals in X and Y", "flown to the capital", "the district hospital"), or counts a victim
with an ordinal ("a second foreign national was among the injured", "a third child died").
Over-merging (negative rows): a place told as a scene ("In X, four civilians were killed"), a
second act ("a second bomb", "another attack"), an act at a hospital ("shelling hit the
district hospital"), another day stay apart.

Each row gives the events the annotation guide asks for, aggregates left out: (kind, role,
killed, wounded, date) compared exactly, the place or target named must be among the event's,
and the perpetrator named (when the row gives one) among its actors. Rows the extraction still
gets wrong are strict xfails whose reason names the class left.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import ONE, check_events, xfail  # noqa: E402

COUNTED_ELSEWHERE: list = [
    pytest.param(
        "A US drone strike hit a wedding convoy near Rada'a in al-Bayda on Friday, killing 12 people. The "
        "health ministry in Sanaa put the dead at 15 and the injured at 22.",
        [(*ONE, 15, 22, "2024-06-14", "Rada'a", None)], id="encyclopedic-ministry-in-capital-put-at"),
    pytest.param(
        "Gunmen attacked a police post near Kandi in northern Benin on Saturday, killing six officers. The health "
        "ministry in Cotonou said nine people had been wounded.",
        [(*ONE, 6, 9, "2024-06-08", "Kandi", None)], id="wire-ministry-in-capital-said"),
    pytest.param(
        "An air strike hit a market in Maaloula on Sunday, killing eight people, residents said. Officials in "
        "Damascus said 14 others were wounded.",
        [(*ONE, 8, 14, "2024-06-09", "Maaloula", None)], id="broadcaster-officials-in-capital"),
    pytest.param(
        "Militants fired on a bus near Surankote on Tuesday, killing 11 pilgrims. The 33 injured were taken to "
        "hospitals in Rajouri and Jammu.",
        [(*ONE, 11, 33, "2024-06-11", "Surankote", None)], id="national-paper-taken-to-hospitals-in-two-towns"),
    pytest.param(
        "Al-Shabaab fighters stormed a hotel in Kismayo on Wednesday, killing nine people. Twenty wounded were "
        "flown to Mogadishu for treatment, a regional official said.",
        [(*ONE, 9, 20, "2024-06-12", "Kismayo", "al-shabaab")], id="wire-flown-to-the-capital",
        marks=xfail("'N wounded were flown to X' (a place the wounded were flown to, with no verb of hurt "
                    "beside it) is still read as the toll's scene")),
    pytest.param(
        "Jihadists attacked an army post near Djibo on Monday, killing 15 soldiers. A hospital official in "
        "Ouagadougou said 11 wounded soldiers had been admitted.",
        [(*ONE, 15, 11, "2024-06-10", "Djibo", None)], id="agency-hospital-official-in-capital"),
    pytest.param(
        "Russian missiles struck a shopping centre in Kostiantynivka on Thursday, killing seven people. The "
        "regional administration in Kramatorsk said 21 people were injured.",
        [(*ONE, 7, 21, "2024-06-13", "Kostiantynivka", "russia")], id="ukraine-administration-seated-elsewhere"),
    pytest.param(
        "ELN fighters attacked a military base in Tame, Arauca, on Sunday, killing two soldiers. Doctors at the "
        "clinic in Saravena said 14 soldiers had been wounded.",
        # a statement about the current incident (statement_joins.py): the clinic's count is its toll
        [(*ONE, 2, 14, "2024-06-09", "Tame", None)], id="colombia-doctors-at-clinic-in-town"),
    # Negative rows: a place told as the scene of the toll is another incident.
    pytest.param(
        "Gunmen attacked a police post near Kandi on Saturday, killing six officers. In Malanville, four civilians "
        "were killed.",
        [(*ONE, 6, None, "2024-06-08", "Kandi", None), (*ONE, 4, None, "2024-06-08", "Malanville", None)],
        id="neg-scene-fronted"),
    pytest.param(
        "Gunmen attacked a police post near Kandi on Saturday, killing six officers. Officials in Malanville said "
        "a separate attack on a market there killed four traders.",
        [(*ONE, 6, None, "2024-06-08", "Kandi", None), (*ONE, 4, None, "2024-06-08", "Malanville", None)],
        id="neg-officials-in-town-tell-a-separate-attack"),
    pytest.param(
        "A bomb exploded at a market in Quetta on Monday, killing eight people. A second bomb wounded three guards at "
        "the hospital in Sibi.",
        [(*ONE, 8, None, "2024-06-10", "Quetta", None), (*ONE, None, 3, "2024-06-10", "Sibi", None)],
        id="neg-second-bomb-at-a-hospital"),
    pytest.param(
        "RSF drones struck a fuel depot in Port Sudan on Tuesday, killing four workers. On Thursday, five people "
        "were killed in El Obeid, the health ministry in Khartoum said.",
        [(*ONE, 4, None, "2024-06-11", "Port Sudan", "rapid support forces"),
         (*ONE, 5, None, "2024-06-13", "El Obeid", None)], id="neg-another-day-another-town"),
]

ORDINAL_VICTIMS: list = [
    pytest.param(
        "Militants fired on a bus near Surankote on Tuesday, killing 11 pilgrims. A second Nepali citizen was among "
        "the 33 injured, officials said.",
        [(*ONE, 11, 33, "2024-06-11", "Surankote", None)], id="encyclopedic-second-national-among-injured"),
    pytest.param(
        "A car bomb exploded outside a hotel in Baidoa on Saturday, killing 20 people. A third lawmaker was among "
        "the dead, the regional government said.",
        [(*ONE, 20, None, "2024-06-08", "Baidoa", None)], id="wire-third-lawmaker-among-dead"),
    pytest.param(
        "Shelling hit a school in Kharkiv on Wednesday, killing two children. A third child died in hospital on "
        "Thursday, the governor said.",
        # A further death told with an ordinal raises the toll to that rank (toll.ordinal-died-after-toll).
        [(*ONE, 3, None, "2024-06-12", "Kharkiv", None)], id="broadcaster-third-child-died"),
    pytest.param(
        "Gunmen raided the village of Kaura in Zamfara on Sunday, killing 14 farmers. A second village head was "
        "reportedly abducted, residents said.",
        [(*ONE, 14, None, "2024-06-09", "Kaura", None), ("Abduction", "incident", None, None, "2024-06-09",
                                                         "Kaura", None)],
        id="local-daily-second-village-head-abducted",
        marks=xfail("'was reportedly abducted' with no abductor named is read as no abduction")),
    pytest.param(
        "ADF rebels attacked the village of Mayikengo on Tuesday, killing 12 civilians. Another woman later died of "
        "her wounds, the army said.",
        [(*ONE, 13, None, "2024-06-11", "Mayikengo", None)], id="ngo-another-woman-later-died"),
    pytest.param(
        "An Israeli strike hit a house in Nabatieh on Monday, killing four people. A second paramedic was also "
        "killed, the civil defence said.",
        [(*ONE, 5, None, "2024-06-10", "Nabatieh", "israel")], id="lebanon-second-paramedic-also-killed"),
        pytest.param(
        "Two suicide bombers struck a market in Kerawa on Tuesday, killing 16 people. A third bomber was arrested by "
        "vigilantes near the market. The attack bore the hallmarks of Boko Haram, the ministry said.",
        [(*ONE, 16, None, "2024-06-11", "Kerawa", "boko haram"),
         ("Abduction", "incident", None, None, "2024-06-11", "market", None)],
        id="encyclopedic-third-bomber-arrested-then-the-attack",
        marks=xfail("'the attack' told after an arrest joins the arrest, not the bombing before it (a rule sending "
                    "it to the last attack was tried and dropped: an entity total fell)")),
    # Negative rows: the ordinal is on an act.
    pytest.param(
        "Militants fired on a bus near Surankote on Tuesday, killing 11 pilgrims. A second bomb exploded near "
        "Rajouri, wounding six.",
        [(*ONE, 11, None, "2024-06-11", "Surankote", None), (*ONE, None, 6, "2024-06-11", "Rajouri", None)],
        id="neg-second-bomb-elsewhere"),
    pytest.param(
        "Shelling hit a school in Kharkiv on Wednesday, killing two children. Another attack killed three people in "
        "Sumy, the governor said.",
        [(*ONE, 2, None, "2024-06-12", "Kharkiv", None), (*ONE, 3, None, "2024-06-12", "Sumy", None)],
        id="neg-another-attack"),
    pytest.param(
        "A roadside bomb hit an army convoy near Mocimboa da Praia on Friday, killing five soldiers. A second convoy "
        "was hit near Palma, killing two.",
        [(*ONE, 5, None, "2024-06-14", "Mocimboa da Praia", None), (*ONE, 2, None, "2024-06-14", "Palma", None)],
        id="neg-second-convoy-was-hit"),
]

WARDS: list = [
    pytest.param(
        "Militants fired on a bus near Surankote in Poonch district on Tuesday, killing 11 pilgrims. Dozens of "
        "wounded were taken to the district hospital, where a third pilgrim died.",
        [(*ONE, 11, None, "2024-06-11", "Surankote", None)], id="district-hospital-where-died"),
    pytest.param(
        "A suicide bomber struck a mosque in Peshawar on Friday, killing 30 worshippers. The city morgue received "
        "more bodies overnight, and 56 people were injured.",
        [(*ONE, 30, 56, "2024-06-14", "Peshawar", None)], id="city-morgue-received"),
    # Negative rows: an act at the ward is an incident of its own.
    pytest.param(
        "Militants fired on a bus near Surankote in Poonch district on Tuesday, killing 11 pilgrims. Shelling hit "
        "the district hospital in Mendhar, killing three.",
        [(*ONE, 11, None, "2024-06-11", "Surankote", None), (*ONE, 3, None, "2024-06-11", "Mendhar", None)],
        id="neg-shelling-hit-the-district-hospital"),
    pytest.param(
        "Heavy fighting was reported in Khartoum. Shelling killed five people in several parts of the city on "
        "Monday.",
        [(*ONE, 5, None, "2024-06-10", "Khartoum", None)], id="neg-city-anaphor-still-read"),
]


@pytest.mark.parametrize("text,expected", COUNTED_ELSEWHERE)
def test_toll_counted_elsewhere_stays_the_incidents(nlp, text, expected):
    check_events(nlp, text, expected)


@pytest.mark.parametrize("text,expected", ORDINAL_VICTIMS)
def test_ordinal_on_a_victim_is_no_second_act(nlp, text, expected):
    check_events(nlp, text, expected)


@pytest.mark.parametrize("text,expected", WARDS)
def test_a_ward_is_no_place_told_before(nlp, text, expected):
    check_events(nlp, text, expected)
