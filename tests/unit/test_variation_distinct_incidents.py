"""Variation across outlets: two incidents of one report stay two events, one incident stays one.

A metamorphic table of small reports written for these tests in the ways wire agencies,
broadcasters, UN sitreps, monitor updates, bulletins and newsletters tell more than one
incident, in several wars (Sahel, Nigeria, Sudan, DR Congo, Ukraine, Gaza and Lebanon,
Myanmar, Pakistan, Somalia, Ethiopia, Central African Republic). Classes varied:

- places of one region attacked the same day: told in one sentence with a toll each, a
  paragraph each after a lead naming or counting them, bullets, a sitrep's semicolons;
- the other side's act in the same story (air strikes and rockets fired back, a raid and
  the retaliation, possessive and nominal agents), even in the same town;
- another facility of the same town (two hospitals, a hospital and a school);
- a capture and a later strike in the captured town, an earlier attack recalled with its
  month or year;
- and the other direction: one incident told at two grains, by "the attack", "the blast",
  the attacker named again differently, a raid across two villages told as one.

Each row gives the events the annotation guide asks for, aggregates left out: (kind, role,
killed, wounded, date) compared exactly, the place or target named must be among the event's
places and targets, and the perpetrator named (when the row gives one) among its actors. Rows
the extraction still gets wrong are strict xfails whose reason names the class left.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import BACK, ONE, events, xfail  # noqa: E402

CAPTURE = "Capture", "incident"

ROWS: list = [
    # --- places of one region, the same day
    pytest.param(
        "Gunmen attacked the villages of Kwassa and Tudun Wada in Zamfara state on Tuesday, killing 12 people in "
        "Kwassa and nine in Tudun Wada, police said.",
        [(*ONE, 12, None, "2024-06-11", "kwassa", None), (*ONE, 9, None, "2024-06-11", "tudun wada", None)],
        id="wire-two-villages-one-sentence-a-toll-each"),
    pytest.param(
        "Gunmen kill dozens in Burkina Faso villages\n\nOUAGADOUGOU (AFP) - Suspected jihadists killed at least 22 "
        "civilians in two villages in northern Burkina Faso on Sunday, security sources said.\n\nIn Seytenga, gunmen "
        "on motorbikes shot dead 14 people at a market, a local official said.\n\nIn Markoye, eight people were "
        "killed when attackers raided the village at dawn, he said.",
        [(*ONE, 14, None, "2024-06-09", "seytenga", None), (*ONE, 8, None, "2024-06-09", "markoye", None)],
        id="agency-lead-counts-two-villages-then-a-paragraph-each"),
    pytest.param(
        "RSF drones killed 19 people in three towns of North Kordofan on Tuesday, activists said. In El Obeid, a "
        "drone hit a market, killing nine. In Bara, seven people died when a drone struck a mosque. In Um Rawaba, "
        "three were killed.",
        [(*ONE, 9, None, "2024-06-11", "el obeid", None), (*ONE, 7, None, "2024-06-11", "bara", None),
         (*ONE, 3, None, "2024-06-11", "um rawaba", None)], id="monitor-lead-counts-three-towns"),
    pytest.param(
        "Drones struck Kherson and Mykolaiv overnight, Ukrainian officials said on Thursday.\n\nIn Kherson, a drone "
        "hit a bus stop, killing two people.\n\nIn Mykolaiv, a drone damaged a power substation, the mayor said.",
        [(*ONE, 2, None, "2024-06-13", "kherson", None), (*ONE, None, None, "2024-06-13", "mykolaiv", None)],
        id="broadcaster-lead-names-two-cities-then-a-paragraph-each"),
    pytest.param(
        "Drone strikes hit two cities in Sudan\n\nKHARTOUM (Reuters) - Drones struck the cities of Port Sudan and "
        "Kassala on Tuesday, officials said.\n\nIn Port Sudan, a drone hit a fuel depot near the airport, setting it "
        "on fire.\n\nIn Kassala, a drone struck the city's power station, cutting electricity, a local official "
        "said.",
        [(*ONE, None, None, "2024-06-11", "fuel depot", None), (*ONE, None, None, "2024-06-11", "power station", None)],
        id="wire-headline-and-lead-name-both-cities"),
    pytest.param(
        "Russian forces struck Kharkiv city with glide bombs on June 13, killing two civilians. Russian forces "
        "shelled Nikopol on June 13, wounding four civilians, the Dnipropetrovsk Oblast governor reported.",
        [(*ONE, 2, None, "2024-06-13", "kharkiv", "russia"), (*ONE, None, 4, "2024-06-13", "nikopol", "russia")],
        id="daily-update-two-towns-one-side"),
    pytest.param(
        "Clashes were reported in several areas on 12 June: in Kutum, RSF fighters attacked a police station, "
        "killing three officers; in Kabkabiya, SAF aircraft bombed a market, killing 15 civilians.",
        [(*ONE, 3, None, "2024-06-12", "kutum", "rapid support forces"),
         (*ONE, 15, None, "2024-06-12", "kabkabiya", "sudanese armed forces")], id="sitrep-semicolons-two-towns"),
    pytest.param(
        "On 10 June, armed men attacked Kalma camp in South Darfur, killing five internally displaced people. On the "
        "same day, RSF fighters looted shops in the market of Nyala.",
        [(*ONE, 5, None, "2024-06-10", "kalma", None),
         (*ONE, None, None, "2024-06-10", "nyala", "rapid support forces")],
        id="ocha-on-the-same-day-another-town"),
    pytest.param(
        "Weekly update\n\n- A drone struck a fuel depot in El Obeid, North Kordofan, on 9 June.\n- Gunmen attacked a "
        "WFP convoy near Kutum, North Darfur, on 10 June, killing two drivers.",
        [(*ONE, None, None, "2024-06-09", "el obeid", None), (*ONE, 2, None, "2024-06-10", "kutum", None)],
        id="newsletter-bullets-two-places"),
    pytest.param(
        "Daily update, 13 June\n\n- Israeli aircraft struck a house in Deir al-Balah, killing seven people.\n- Israeli "
        "aircraft struck a car near Rafah, killing two people.\n- Israeli tanks shelled the Bureij camp, wounding "
        "five people.",
        [(*ONE, 7, None, "2024-06-13", "deir al-balah", "israel"), (*ONE, 2, None, "2024-06-13", "rafah", "israel"),
         (*ONE, None, 5, "2024-06-13", "bureij", "israel")], id="monitor-bullets-one-side-three-places"),
    pytest.param(
        "Security incidents this week\n\n- In Kidal, a roadside bomb hit a MINUSMA convoy, wounding three "
        "peacekeepers.\n- In Menaka, gunmen killed five herders near the town's market.\n- In Gao, a rocket struck "
        "the airport, causing no casualties.",
        [(*ONE, None, 3, "2024-06-14", "kidal", None), (*ONE, 5, None, "2024-06-14", "menaka", None),
         (*ONE, 0, 0, "2024-06-14", "gao", None)], id="bulletin-bullets-the-towns-market",
        marks=xfail("'the town's market' reads as 'the town' told before, and a town sharing its name with its "
                    "province ('Kidal') is no specific place, so nothing sets the two bullets apart")),
    # --- the other side's act in the same story
    pytest.param(
        "Israeli air strikes hit Gaza City overnight, killing 10 people, health officials said. Hamas fired rockets "
        "at Sderot, lightly injuring two people, the Israeli military said.",
        [(*ONE, 10, None, "2024-06-14", "gaza city", "israel"), (*ONE, None, 2, "2024-06-14", "sderot", "hamas")],
        id="wire-strikes-and-rockets-fired-back"),
    pytest.param(
        "The RSF shelled El Fasher on Monday, killing eight civilians, activists said. The Sudanese army carried out "
        "airstrikes on RSF positions in the city, a military source said.",
        [(*ONE, 8, None, "2024-06-10", "el fasher", "rapid support forces"),
         (*ONE, None, None, "2024-06-10", "el fasher", "sudanese armed forces")], id="broadcaster-both-sides-one-city"),
    pytest.param(
        "Militants attacked an army post in North Waziristan on Tuesday, killing four soldiers, the military said. "
        "In response, security forces raided a militant hideout in the district, killing 10 militants.",
        [(*ONE, 4, None, "2024-06-11", "army post", None), (*ONE, 10, None, "2024-06-11", "hideout", None)],
        id="military-release-raid-and-response"),
    pytest.param(
        "An RSF drone strike on Kosti's power station on Tuesday cut electricity to the city. A Sudanese army air "
        "strike on a market in Nyala the same day killed 19 people, activists said.",
        [(*ONE, None, None, "2024-06-11", "kosti", "rapid support forces"),
         (*ONE, 19, None, "2024-06-11", "nyala", "sudanese armed forces")], id="possessive-agents-both-sides"),
    pytest.param(
        "The shelling of Goma by M23 rebels on Monday killed six people. The bombardment of M23 positions in Sake by "
        "the Congolese army followed hours later.",
        [(*ONE, 6, None, "2024-06-10", "goma", "m23"), (*ONE, None, None, "2024-06-10", "sake", None)],
        id="nominal-agents-both-sides"),
    pytest.param(
        "In Bambari, rebels of the UPC attacked an army base on Monday, killing three soldiers. The army shelled UPC "
        "positions in Bambari in response, the government said.",
        [(*ONE, 3, None, "2024-06-10", "army base", None), (*ONE, None, None, "2024-06-10", "bambari", None)],
        id="government-statement-attack-and-response-one-town"),
    pytest.param(
        "Hezbollah fired dozens of rockets at northern Israel on Thursday, the Israeli military said. Israeli "
        "warplanes struck the town of Nabatieh in southern Lebanon, killing four people, Lebanon's health ministry "
        "said.",
        [(*ONE, None, None, "2024-06-13", "israel", "hezbollah"), (*ONE, 4, None, "2024-06-13", "nabatieh", "israel")],
        id="broadcaster-rockets-and-strikes-across-a-border"),
    pytest.param(
        "Resistance fighters attacked a military outpost in Sagaing region on Monday, killing five soldiers. "
        "Myanmar's military then bombed the village of Kinma, killing 12 civilians, residents said.",
        [(*ONE, 5, None, "2024-06-10", "sagaing", None), (*ONE, 12, None, "2024-06-10", "kinma", "tatmadaw")],
        id="exile-media-attack-then-reprisal"),
    pytest.param(
        "An air strike hit a school in Gaza City on Monday, killing 24 people, the civil defence said. The Israeli "
        "military said it had struck Hamas militants in the compound. On the same morning, Hamas's armed wing said "
        "it had fired rockets at Sderot.",
        [(*ONE, 24, None, "2024-06-10", "school", "israel"), (*ONE, None, None, "2024-06-10", "sderot", "hamas")],
        id="osint-strike-owned-later-then-rockets-the-same-morning"),
    pytest.param(
        "Islamic State fighters ambushed an army convoy near Banibangou on Tuesday, killing 12 soldiers. Nigerien "
        "army aircraft struck the attackers near Banibangou, killing about 20 militants, the defence ministry said.",
        [(*ONE, 12, None, "2024-06-11", "banibangou", "islamic state"), (*ONE, 20, None, "2024-06-11", "banibangou",
                                                                          "niger")],
        id="defence-ministry-ambush-then-air-response-same-place"),
    # --- another facility of the same town
    pytest.param(
        "An Israeli strike hit the Kamal Adwan hospital in Beit Lahia on Tuesday, killing two patients. An Israeli "
        "strike on a school in Beit Lahia killed eight people sheltering there, the civil defence said.",
        [(*ONE, 2, None, "2024-06-11", "kamal adwan hospital", "israel"),
         (*ONE, 8, None, "2024-06-11", "school", "israel")], id="civil-defence-hospital-then-school-one-town"),
    pytest.param(
        "A drone strike hit the central market of Kabkabiya on Monday, killing 15 people, activists said. A drone "
        "struck a mosque in Kabkabiya during evening prayers, killing four worshippers, residents said.",
        [(*ONE, 15, None, "2024-06-10", "market", None), (*ONE, 4, None, "2024-06-10", "mosque", None)],
        id="activists-market-then-mosque-one-town"),
    pytest.param(
        "Shelling struck the Saudi Hospital in El Fasher on Tuesday, killing nine patients. Shelling struck the "
        "South Hospital in El Fasher on Tuesday, wounding three staff.",
        [(*ONE, 9, None, "2024-06-11", "saudi hospital", None), (*ONE, None, 3, "2024-06-11", "south hospital", None)],
        id="ngo-two-named-hospitals-one-town"),
    pytest.param(
        "A missile hit a hospital in Kharkiv on Tuesday, killing two people. A drone struck a power substation in "
        "Kharkiv, cutting electricity, officials said.",
        [(*ONE, 2, None, "2024-06-11", "hospital", None), (*ONE, None, None, "2024-06-11", "substation", None)],
        id="governor-missile-on-hospital-drone-on-substation"),
    # --- a capture and a later strike; an earlier attack recalled
    pytest.param(
        "Jihadists seized the town of Djibo on Monday after fierce fighting, local sources said. On Wednesday, an "
        "army drone strike hit a market in Djibo, killing 20 civilians.",
        [(*CAPTURE, None, None, "2024-06-10", "djibo", None), (*ONE, 20, None, "2024-06-12", "market", None)],
        id="local-sources-capture-then-strike-on-the-town"),
    pytest.param(
        "Gunmen killed 20 villagers in Kuru Karama, Kaduna state, on Monday, police said. In March 2022, gunmen "
        "killed 30 people in the same area.",
        [(*ONE, 20, None, "2024-06-10", "kuru karama", None), (*BACK, 30, None, "2022-03", "kuru karama", None)],
        id="police-earlier-attack-same-area-by-year"),
    pytest.param(
        "A car bomb exploded at a checkpoint in Mogadishu on Friday, killing seven people. Last month, a suicide "
        "bomber killed 11 people at a restaurant in Mogadishu.",
        [(*ONE, 7, None, "2024-06-14", "checkpoint", None), (*BACK, 11, None, "2024-05", "restaurant", None)],
        id="wire-earlier-attack-same-city-last-month"),
    # --- one incident stays one
    pytest.param(
        "Gunmen attacked Kwassa village in Zamfara state on Tuesday, killing 12 people, police said. The attack on "
        "the village lasted two hours, residents said.",
        [(*ONE, 12, None, "2024-06-11", "kwassa", None)], id="one-raid-the-attack-on-the-village"),
    pytest.param(
        "A car bomb exploded at a checkpoint in Mogadishu on Saturday, killing five people. The blast also wounded "
        "12 others, police said.",
        [(*ONE, 5, 12, "2024-06-08", "checkpoint", None)], id="one-bombing-the-blast-also"),
    pytest.param(
        "Jihadist fighters attacked the town of Djibo on Wednesday, killing 11 soldiers. JNIM claimed the attack on "
        "Djibo.",
        [(*ONE, 11, None, "2024-06-12", "djibo", "jama'at nusrat al-islam wal-muslimin")],
        id="one-attack-the-attacker-named-after"),
    pytest.param(
        "Russian missiles hit Kharkiv on Thursday, killing three people. The missiles struck the Kyivskyi district "
        "of the city, the governor said.",
        [(*ONE, 3, None, "2024-06-13", "kyivskyi", "russia")], id="one-strike-city-then-district"),
    pytest.param(
        "An Israeli strike hit the Kamal Adwan hospital in Beit Lahia on Tuesday, killing two patients, the health "
        "ministry said. The strike on the hospital also wounded six staff members, the hospital director said.",
        [(*ONE, 2, 6, "2024-06-11", "kamal adwan hospital", "israel")], id="one-strike-the-hospital-again"),
    pytest.param(
        "RSF fighters attacked the Zamzam displacement camp near El Fasher on Friday, killing 30 people. The "
        "attackers burned the camp's MSF clinic, the charity said.",
        [(*ONE, 30, None, "2024-06-14", "zamzam", "rapid support forces")], id="one-raid-a-clinic-inside-the-camp"),
    pytest.param(
        "Shelling hit a hospital in El Fasher on Sunday, killing nine patients, the WHO said. RSF shells struck the "
        "Saudi Hospital, the last functioning hospital in the city, the ministry said.",
        [(*ONE, 9, None, "2024-06-09", "saudi hospital", "rapid support forces")],
        id="one-shelling-a-hospital-then-its-name"),
    pytest.param(
        "Gunmen on motorcycles raided the villages of Kurmin Masara and Dogon Noma in a single attack on Monday "
        "night, killing 23 people, police said.",
        [(*ONE, 23, None, "2024-06-10", "dogon noma", None)], id="one-raid-across-two-villages"),
    pytest.param(
        "Drones struck Kherson and Mykolaiv overnight, Ukrainian officials said on Thursday.\n\nIn Kherson, a drone "
        "hit a bus stop, killing two people.\n\nThe drones were launched from the east, the air force said.",
        [(*ONE, 2, None, "2024-06-13", "kherson", None)], id="one-lead-of-two-cities-one-told"),
    pytest.param(
        "Gunmen killed 23 people in two villages in Zamfara state on Monday, police said. The attackers arrived on "
        "motorcycles and shot residents, a police spokesman said.",
        [(*ONE, 23, None, "2024-06-10", "zamfara", None)], id="one-lead-counting-villages-told-no-further"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_distinct_incidents(nlp, text, expected):
    got = sorted(events(nlp, text), key=lambda g: str(g[:5]))
    expected = sorted(expected, key=lambda e: str(e[:5]))
    assert [g[:5] for g in got] == [e[:5] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert any(e[5] in form for form in g[5]), (e[5], g[5])
        assert e[6] is None or e[6] in g[6], (e[6], g[6])
