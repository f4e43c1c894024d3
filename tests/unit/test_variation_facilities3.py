"""One facility named twice: in a place chain and in the name of the attack on it.

Sentences written for this file in the ways encyclopedic articles, wire copy and broadcasters
tell an attack on a named building (Somalia, Mali, Nigeria, Iraq, Afghanistan, Yemen, Syria,
Kenya, Pakistan). The guide counts one building once, as a facility. Two forms gave it twice:
an infobox or entry head opening with the building ("Location: <Hotel>, <Town>, <Country>")
made it a place as well, and the attack's own name ("the <Town> <kind> bombing") made a second
facility beside the one the sentence names. Negative rows: a chain of places only, two
buildings of one kind in one town, a second building of the kind told later, an attack name
whose building is named nowhere else, a plural of facilities.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import still_missed  # noqa: E402
from report_reads import extracted  # noqa: E402


def _kinds(nlp, text: str) -> tuple[set[str], set[str]]:
    x = extracted(nlp, text, "2024-05-06", source="test", path="t.txt")
    return ({e.name for e in x.entities if e.kind == "Facility"},
            {e.name for e in x.entities if e.kind == "Place"})


CHAIN_ROWS = [
    # a building opening a place chain is the facility, not a place too
    ("Location: Hayat Hotel, Mogadishu, Somalia\nDeaths: 21\n\nAl-Shabaab fighters stormed the Hayat Hotel "
     "in Mogadishu on 19 August 2022.", {"Hayat Hotel"}, {"Mogadishu", "Somalia"}),
    ("Location: Radisson Blu Hotel, Bamako, Mali\nDeaths: 22\n\nGunmen took 170 hostages at the Radisson Blu "
     "Hotel in Bamako on 20 November 2015.", {"Radisson Blu Hotel"}, {"Bamako", "Mali"}),
    ("Location: Sabon Gari Market, Kano, Nigeria\nDeaths: 15\n\nA bomb hidden in a cart went off in Sabon Gari "
     "Market in Kano on 12 June 2015.", {"Sabon Gari Market"}, {"Kano", "Nigeria"}),
    ("Location: Al-Nuri Mosque, Mosul, Iraq\n\nIslamic State fighters blew up the Al-Nuri Mosque in Mosul on "
     "21 June 2017.", {"Al-Nuri Mosque"}, {"Iraq", "Mosul"}),
    # negatives: a chain of places only; two markets of one town stay two
    ("Location: Gubio, Borno State, Nigeria\nDeaths: 81\n\nBoko Haram fighters killed 81 villagers in Gubio "
     "on 9 June 2020.", set(), {"Borno", "Gubio", "Nigeria"}),
    ("Location: Mosul, Nineveh Governorate, Iraq\n\nA car bomb killed seven people at a market in Mosul on 2 "
     "March 2016. Another bomb hit a second market in the city.", {"market"},
     {"Iraq", "Mosul", "Nineveh Governorate"}),
]

ACT_NAME_ROWS = [
    # the building inside the attack's name is the one the sentence names
    ("The Kabul Serena Hotel attack was an assault by Taliban gunmen on the Serena Hotel in Kabul on 20 "
     "March 2014.", {"Serena Hotel"}, {"Kabul"}),
    ("The 2016 Karrada market bombing was a truck bomb attack on the Hadi Centre market in Baghdad's Karrada "
     "district.", {"Hadi Centre market"}, {"Baghdad", "Karrada"}),
    ("Survivors of the Kano Sabon Gari Market blast said the Sabon Gari Market had reopened a week later.",
     {"Sabon Gari Market"}, set()),
    ("The Herat mosque attack killed 18 worshippers at the Guzargah Mosque in Herat during Friday prayers.",
     {"Guzargah Mosque"}, {"Herat"}),
    # several named mosques: the one the act's sentence places in the town
    ("The Maiduguri mosque bombing was a suicide attack on the Jumu'at Mosque in Maiduguri on 12 January 2018. "
     "In 2015 a bomber had struck the Gamboru Mosque in Maiduguri.", {"Gamboru Mosque", "Jumuat Mosque"},
     {"Maiduguri"}),
    # negatives: another hotel named later is another one; a building named only in the act's name stays
    ("The Mogadishu Hayat Hotel siege began on Friday. Two days later gunmen attacked the Sahafi Hotel.",
     {"Mogadishu Hayat Hotel", "Sahafi Hotel"}, set()),
    ("The Kabul airport attack killed 13 US service members and about 170 Afghans on 26 August 2021.",
     {"Kabul airport"}, {"Kabul"}),
    ("Rescuers said hospitals in the province were overwhelmed after the Idlib market bombing, which struck "
     "the al-Hal market.", {"al-Hal market"}, {"Idlib"}),
    still_missed("The Aden market bombing killed ten people at the Sheikh Othman market. A week later gunmen raided "
                 "the Crater market in Aden.", {"Crater market", "Sheikh Othman market"}, {"Aden"},
                 "two named markets and the struck one told without its town: the act's market stays apart"),
    # an apposed description of a named building is that building (facility.named-then-described)
    ("The Herat mosque attack killed 18 worshippers at the Guzargah Mosque, a Sunni mosque in Herat.",
     {"Guzargah Mosque"}, {"Herat"}),
]


@pytest.mark.parametrize(("text", "facilities", "places"), CHAIN_ROWS + ACT_NAME_ROWS)
def test_one_facility_named_twice(nlp, text: str, facilities: set[str], places: set[str]) -> None:
    assert _kinds(nlp, text) == (facilities, places)
