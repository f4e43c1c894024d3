"""Dates of incidents told by encyclopedias, incident lists, timelines and incident databases,
varied across wars and forms: one-entry list pages, entries followed by a toll revision, a
death among the wounded, a claim, arrests, funerals or a second act; year-less entries under
a title's or a heading's year; an incident record's date field; ranges whose start has no
year; a lead dating the incident a title names. A metamorphic table (one text per row, the
exact (kind, date) of every incident extracted) and the rules it led to (date.entry-head,
date.entry-year, date.record-field in entry_dates.py; date.claim-day in
date_choice.py; date.range-year in dates.py). Every text here is written for these tests.

Rows that still fail are strict xfails with the reason: they say what is left."""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.entry_dates import dated_entries, heading_year, record_date, without_entry_heads

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import left  # noqa: E402
from report_reads import extracted  # noqa: E402

A = "Attack"


def incident_dates(nlp, text, published):
    """(kind, date) of each incident extracted from `text`, in order."""
    x = extracted(nlp, text, published)
    return [(v.kind, v.date) for v in x.events if v.role == "incident"]


def L(month):
    return f"List of terrorist incidents in {month}\n\n"


ROWS = [
    # -- a one-entry list page: the entry's date, and what follows in the entry never moves it
    (L("March 2019") + "14 March 2019 – Maiduguri, Borno State, Nigeria: Two female suicide bombers blew themselves "
     "up at a fish market, killing 18 people and wounding 43. The death toll rose to 21 two days later as three of "
     "the wounded died in hospital.", "2020-01-10", [(A, "2019-03-14")]),
    (L("June 2022") + "5 June 2022 – Owo, Ondo State, Nigeria: Gunmen opened fire and detonated explosives at a "
     "Catholic church during Pentecost mass, killing 40 worshippers. One of the wounded died of her injuries a "
     "week later.", "2023-02-01", [(A, "2022-06-05")]),
    (L("August 2021") + "26 August 2021 – Kabul, Afghanistan: A suicide bomber struck a crowd at the gate of Kabul "
     "airport, killing 170 civilians and 13 US soldiers. Islamic State – Khorasan Province claimed the attack the "
     "following day.", "2022-04-01", [(A, "2021-08-26")]),
    (L("January 2016") + "15 January 2016 – Ouagadougou, Burkina Faso: Gunmen attacked a hotel and a cafe, killing "
     "30 people. Security forces ended the siege the next morning, killing three attackers.", "2016-09-10",
     [(A, "2016-01-15")]),
    (L("May 2017") + "24 May 2017 – Pattani, Thailand: A bomb hidden in a motorcycle exploded outside a "
     "supermarket, wounding 61 people. Police named two suspects the following week.", "2018-03-01",
     [(A, "2017-05-24")]),
    (L("February 2023") + "17 February 2023 – Karachi, Sindh, Pakistan: Militants of the Pakistani Taliban stormed "
     "the police headquarters, killing four people. Thousands attended the funerals of the policemen the next "
     "day.", "2024-01-05", [(A, "2023-02-17")]),
    (L("October 2020") + "31 October 2020 – Beni, North Kivu: ADF fighters attacked the village of Baeti, killing "
     "21 civilians. On 2 November 2020, the UN mission condemned the massacre.", "2021-05-01", [(A, "2020-10-31")]),
    (L("April 2019") + "21 April 2019 – Colombo, Sri Lanka: Suicide bombers attacked three churches and three "
     "hotels, killing 269 people. The toll was later revised down from 359.", "2020-03-01", [(A, "2019-04-21")]),
    (L("December 2021") + "11 December 2021 – Mogadishu, Somalia: An al-Shabaab car bomb exploded near a school, "
     "killing eight people. Two of the wounded students died in hospital on 14 December.", "2022-08-01",
     [(A, "2021-12-11")]),
    (L("January 2020") + "6 January 2020 – Gamboru, Borno State: A bomb exploded on a bridge crowded with traders, "
     "killing 30 people. The same bridge had been attacked in 2014.", "2020-09-01", [(A, "2020-01-06")]),
    (L("May 2019") + "12 May 2019 – Dablo, Sanmatenga Province, Burkina Faso: About 20 gunmen stormed a Catholic "
     "church during mass, killing six people, the mayor said. The next day, the death toll rose to eight.",
     "2020-02-01", [(A, "2019-05-12")]),
    (L("January 2022") + "10 January 2022 – Mogadishu, Somalia: An al-Shabaab suicide car bomb hit a convoy near "
     "the airport, killing eight people, police said. Later that day, the group claimed the attack.", "2022-08-01",
     [(A, "2022-01-10")]),
    (L("July 2023") + "30 July 2023 – Bajaur, Khyber Pakhtunkhwa, Pakistan: A suicide bomber blew himself up at a "
     "political rally in Khar, killing 63 people, police said. Islamic State–Khorasan claimed the attack the next "
     "day.", "2024-01-10", [(A, "2023-07-30")]),
    (L("August 2016") + "8 August 2016 – Quetta, Balochistan, Pakistan: A suicide bomber blew himself up in the "
     "emergency ward of the Civil Hospital, killing 70 people. Jamaat-ul-Ahrar claimed the bombing, and Islamic "
     "State also claimed it two days later.", "2017-02-01", [(A, "2016-08-08")]),
    (L("June 2021") + "4 June 2021 – Solhan, Burkina Faso: Gunmen attacked the village of Solhan overnight, "
     "killing 160 people. The attack continued until the early hours of the next day.", "2022-01-01",
     [(A, "2021-06-04")]),
    # a month-first date, an ISO date, a pipe table
    ("Timeline of the Sudanese civil war (2023)\n\nJune 14, 2023 – El Geneina, West Darfur: Militiamen killed the "
     "governor of West Darfur hours after he spoke on television. The African Union condemned the killing on "
     "June 16.", "2024-05-01", [(A, "2023-06-14")]),
    ("Incidents\n\n2019-05-12 — Djibo, Burkina Faso: Gunmen attacked a Catholic church during mass, killing six "
     "people including the priest.", "2020-01-15", [(A, "2019-05-12")]),
    ("Date | Place | Description\n12/05/2019 | Dablo, Burkina Faso | Gunmen attacked a church during mass, killing "
     "six people.", "2020-01-15", [(A, "2019-05-12")]),
    # no place before the colon, but a date long before publication: an entry all the same
    ("List of attacks in 2022\n\n9 March 2022 – Gunmen killed 12 villagers in Gidan Bawa, Zamfara State. Residents "
     "buried the dead the following day.", "2023-06-01", [(A, "2022-03-09")]),
    ("Incident list\n\n2021-04-10 – Fighters of the ADF attacked a village near Oicha, killing 11 civilians. The "
     "army launched an operation in the area the following week.", "2022-01-01", [(A, "2021-04-10")]),
    # an entry telling a second incident on the next day: two incidents, two days
    (L("November 2020") + "28 November 2020 – Koshobe, Borno State: Boko Haram fighters killed 43 farm workers in "
     "rice fields near Zabarmari. The next day, gunmen ambushed soldiers near Damboa, killing six.", "2021-06-01",
     [(A, "2020-11-28"), (A, "2020-11-29")]),
    # negative: a wire story's prefix on its publication day is its filing date
    ("March 3, 2021 - Gunmen killed 12 people in an attack on a village in Zamfara state on Monday, police said.",
     "2021-03-03", [(A, "2021-03-01")]),
    # -- year-less entries: the year of the title, of a heading, or of the entry above
    ("List of terrorist incidents in July 2015\n\n3 July – Maiduguri, Borno State: Gunmen killed 48 people in raids "
     "on the villages of Kukawa and Miringa.\n\n17 July – Damaturu, Yobe State: A suicide bomber blew himself up "
     "at a mosque, killing seven worshippers.", "2016-08-01", [(A, "2015-07-03"), (A, "2015-07-17")]),
    ("Timeline of the war in Sudan\n\nJune 2023\n\n• 3 June: An RSF drone strike hit a market in Omdurman, killing "
     "14 civilians.\n• 19 June: Army shelling of a camp in Nyala killed eight people.", "2024-08-01",
     [(A, "2023-06-03"), (A, "2023-06-19")]),
    ("Chronology\n\n2 March 2021 – Kaduna: Bandits attacked a village near Kajuru, killing 11 residents.\n\n"
     "17 March – Konduga: A suicide bomber blew himself up at a mosque, killing seven worshippers.", "2022-05-01",
     [(A, "2021-03-02"), (A, "2021-03-17")]),
    ("Attacks on health care in Sudan, May 2023\n\n12 May: Shelling hit a hospital in Khartoum, killing two "
     "patients.\n\n19 May: An airstrike hit a clinic in Nyala, killing four staff.", "2023-09-01",
     [(A, "2023-05-12"), (A, "2023-05-19")]),
    ("Chronology\n\nOn 12 May 2021: Gunmen attacked a church in Kaduna, killing three worshippers.\n\nOn 19 May "
     "2021: A bomb exploded at a market in Maiduguri, killing five people.", "2022-01-01",
     [(A, "2021-05-12"), (A, "2021-05-19")]),
    # negative: a title naming two years gives none
    ("Attacks of 2015 and 2016\n\n3 July – Maiduguri: Gunmen killed 48 people in Kukawa.", "2016-08-01",
     [(A, "2016-07-03")]),
    # -- an incident record's date field
    ("Incident record\n\nDate: 9 September 2020\nArmed men attacked a health centre in Kalehe, South Kivu, "
     "killing a nurse.", "2022-03-01", [(A, "2020-09-09")]),
    left("a record's 'Place:' field line before the narrative hides the incident (read as a key-figures line)",
         "Incident record\n\nDate: 9 September 2020\nPlace: Kalehe, South Kivu\nArmed men attacked a health "
         "centre, killing a nurse.", "2022-03-01", [(A, "2020-09-09")]),
    # -- encyclopedic leads: the lead's date, whatever the title or later sentences say
    ("Palma attack\n\nThe Palma attack was an assault by insurgents on the town of Palma, Cabo Delgado, Mozambique, "
     "between 24 March and early April 2021, in which dozens of civilians were killed.", "2022-06-01",
     [(A, "2021-03-24")]),
    ("Palma attack\n\nInsurgents attacked the town of Palma, Cabo Delgado, Mozambique, from 24 March to early April "
     "2021, killing dozens of civilians.", "2022-06-01", [(A, "2021-03-24")]),
    ("Kassala raid\n\nOn the night of 14-15 October 2023, gunmen attacked the village of Wad Ashana, killing 17 "
     "villagers.", "2024-06-01", [(A, "2023-10-14")]),
    ("Siege of Kadugli\n\nFrom 3 to 5 June 2020, militiamen attacked the villages around Kadugli, killing 40 "
     "people.", "2021-06-01", [(A, "2020-06-03")]),
    ("Bunia camp attack\n\nOn 1 February 2022, CODECO militiamen attacked a camp for displaced people near Bunia, "
     "killing 62 civilians. On the following Thursday, militiamen attacked the village of Djugu, killing seven.",
     "2023-01-10", [(A, "2022-02-01"), (A, "2022-02-03")]),
    ("Peshawar mosque bombing\n\nThe Peshawar mosque bombing took place on 4 March 2022, a Friday, when a suicide "
     "bomber attacked a Shia mosque in Peshawar, killing 63 worshippers. Two days later, Islamic State claimed "
     "responsibility.", "2023-01-10", [(A, "2022-03-04")]),
    ("2016 Sur police bus bombing\n\nThe 2016 Sur police bus bombing was a car bomb attack on a bus in Diyarbakir, "
     "Turkey, on 17 May 2016. Eight police officers were killed and 12 wounded. Funerals were held the next day.",
     "2017-09-12", [(A, "2016-05-17")]),
    ("2019 Jolo Cathedral bombings\n\nThe Jolo Cathedral bombings were twin bombings at the cathedral in Jolo, "
     "Sulu, Philippines, on 27 January 2019. Twenty people were killed and 102 wounded. Islamic State claimed the "
     "attack the same day.", "2020-01-10", [(A, "2019-01-27")]),
    ("Owo church attack\n\nOn 5 June 2022, gunmen attacked a Catholic church in Owo, Ondo State, killing 40 "
     "worshippers. A week later, one of the wounded died in hospital.", "2023-02-01", [(A, "2022-06-05")]),
    ("Owo church attack\n\nOn 5 June 2022, gunmen attacked a Catholic church in Owo, Ondo State, killing 40 "
     "worshippers. Three days later, one of the wounded succumbed to his injuries.", "2023-02-01",
     [(A, "2022-06-05")]),
    ("2018 Benghazi bombing\n\nOn 10 October 2018, two car bombs exploded outside a bakery in Benghazi, Libya, "
     "killing 14 people. A similar attack at the same bakery in January 2018 had killed 35.", "2019-05-05",
     [(A, "2018-10-10")]),
    # -- a narrative told long after its lead: later year-less days and weekdays count from the lead's day
    ("Sudan: Drone strike on a market\n\nOn 3 February 2024, a drone strike hit the Souq al-Naga market in El "
     "Fasher, killing 14 civilians, witnesses said. On Monday, shelling struck the Abu Shouk camp, killing three "
     "children.", "2024-09-10", [(A, "2024-02-03"), (A, "2024-01-29")]),
    ("2019 Janzour market shelling\n\nThe 2019 Janzour market shelling was an attack on a market in Janzour, "
     "Libya, on 6 December 2019. At least 11 civilians were killed.\n\nOn 7 December, GNA forces shelled LNA "
     "positions near Gharyan, killing two fighters.", "2024-11-25", [(A, "2019-12-06"), (A, "2019-12-07")]),
    ("2023 Barsalogho attack\n\nThe Barsalogho attack was a massacre in Barsalogho, Burkina Faso, on 24 August "
     "2023, in which JNIM fighters killed at least 130 people. On 2 September, JNIM fighters ambushed an army "
     "convoy near Kaya, killing 20 soldiers.", "2025-02-01", [(A, "2023-08-24"), (A, "2023-09-02")]),
    ("Mosul car bomb\n\nOn 14 March 2017, a car bomb exploded at a checkpoint in Mosul, killing nine policemen. "
     "A second car bomb hit the same checkpoint on Saturday, killing four.", "2018-01-20",
     [(A, "2017-03-14"), (A, "2017-03-11")]),
    # a weekday told after a year alone ('173 were killed in 2024'): the lead's Saturday
    # (assemble.role-period-incident leaves the year's count of 173 out of the incidents)
    ("Suarez bombing\n\nA bomb exploded on the square of Suárez, Colombia, on 9 November 2024, killing five "
     "people. According to Indepaz, 173 social leaders were killed in Colombia in 2024.\n\nAt 6:40 p.m. on a "
     "Saturday, gunmen fired on the police station of Morales, wounding two officers.", "2025-04-07",
     [(A, "2024-11-09"), (A, "2024-11-09")]),
    # a title-case title giving the full date, a lead the incident is not read from: the title's day
    ("Grenade Attack at Hari Singh High Street, Srinagar (4 March 2019)\n\nOn 4 March 2019, militants hurled a "
     "grenade at a police bunker in Srinagar. The grenade missed the bunker and exploded among shoppers, wounding "
     "14 people.", "2019-09-15", [(A, "2019-03-04")]),
    ("Suicide Bombing at Kano Central Mosque (28 November 2014)\n\nTwo suicide bombers blew themselves up at the "
     "central mosque of Kano, killing 120 worshippers.", "2016-02-01", [(A, "2014-11-28")]),
    # a weekday in the body counts from the title's day, a story long past
    ("Suicide Bombing at Kano Central Mosque (28 November 2014)\n\nTwo suicide bombers blew themselves up at "
     "the central mosque of Kano during Friday prayers, killing 120 worshippers.", "2016-02-01",
     [(A, "2014-11-28")]),
    # negative: a news report's recent lead keeps the page's date as reference
    ("Gunmen kill farmers\n\nGunmen killed 12 farmers in Zamfara on Sunday, police said. On 2 June, bandits had "
     "attacked a village near Gusau.", "2023-06-07", [(A, "2023-06-04"), (A, "2023-06-02")]),
    # an anniversary lead ('A year after gunmen killed 40 worshippers in Owo on 5 June 2022, residents held a
    # memorial on Monday'): news of the page's week, its later weekday counts from the page (page_week_news.py)
    ("Owo marks anniversary\n\nA year after gunmen killed 40 worshippers at a church in Owo on 5 June 2022, "
     "residents held a memorial on Monday. On Sunday, gunmen killed three farmers near Owo.", "2023-06-07",
     [(A, "2022-06-05"), (A, "2023-06-04")]),
    # -- what is left
    left("a statement's day counted in a saying clause ('The army said the following day that troops had killed "
         "six of the attackers') dates the attackers' deaths as a new incident",
         L("March 2022") + "23 March 2022 – Kaduna, Nigeria: Gunmen attacked a train travelling from Abuja to "
         "Kaduna, killing eight passengers. The army said the following day that troops had killed six of the "
         "attackers.", "2023-01-01", [(A, "2022-03-23")]),
    left("a clause with a period's date and one with an incident's ('In the first half of 2024, ...; on 20 May "
         "2024, a motorcycle bomb ...') are read as one aggregate (cutting the sentence at '; on <day>,' split it "
         "right but cost a written dev event whose clause lost the place named before the semicolon)",
         "Attacks in Balochistan\n\nIn the first half of 2024, militants carried out dozens of attacks in the "
         "province; on 20 May 2024, a motorcycle bomb exploded near a police van in Quetta, killing four "
         "policemen.", "2024-12-01", [(A, "2024-05-20")]),
    left("'Gunmen then fired on an ambulance the next morning' is read as an incident of its own",
         L("March 2017") + "26 March 2017 – al-Arish, North Sinai, Egypt: A suicide bomber drove a truck into a "
         "police checkpoint, killing five policemen. Gunmen then fired on an ambulance the next morning, wounding "
         "two paramedics.", "2018-01-01", [(A, "2017-03-26")]),
]


@pytest.mark.parametrize("text,published,expected", ROWS)
def test_encyclopedic_dates(nlp, text, published, expected):
    assert incident_dates(nlp, text, published) == expected


def test_heading_year_is_one_year_of_a_heading():
    assert heading_year("List of terrorist incidents in July 2015") == 2015
    assert heading_year("Timeline of the war in Sudan (2023)") == 2023
    assert heading_year("  2023  ") == 2023
    assert heading_year("Attacks of 2015 and 2016") is None  # two years
    assert heading_year("Gunmen attacked the village in 2015.") is None  # a sentence
    assert heading_year("Timeline of the war") is None
    assert heading_year("") is None


def test_record_date_is_a_date_field_well_before_publication():
    assert record_date("Date: 14 March 2019", "2024-02-01") == "2019-03-14"
    assert record_date("Date of incident: 14 March 2019", "2024-02-01") == "2019-03-14"
    assert record_date("Date: 30 January 2024", "2024-02-01") is None  # the page's own date
    assert record_date("Date: 14 March 2019, Gusau", "2024-02-01") is None  # not a field alone
    assert record_date("Updated: 14 March 2019", "2024-02-01") is None
    assert record_date("Dated entries follow: 14 March 2019", "2024-02-01") is None


def test_entry_heads_leave_the_page_date_stamps():
    text = "3 March 2021 – Kaduna, Nigeria: Bandits attacked a village."
    assert without_entry_heads([(0, 15)], text, "2022-05-01") == []  # an entry's place and colon
    assert without_entry_heads([(0, 15)], text, "2021-03-03") == []
    wire = "March 3, 2021 - Gunmen attacked a village."
    assert without_entry_heads([(0, 16)], wire, "2021-03-03") == [(0, 16)]  # the filing day
    assert without_entry_heads([(0, 16)], wire, "2021-05-03") == []  # two months on: no filing day
    stamp = "Updated: 14 March 2019 - Gunmen attacked a village."
    assert without_entry_heads([(0, 25)], stamp, "2023-11-16") == [(0, 25)]


def test_dated_entries_take_the_year_above():
    text = "Attacks in 2015\n3 July – Kano: a raid.\n9 July – Gusau: a bomb.\n2016\n1 May – Jos: a raid."
    assert [e.date for e in dated_entries(text, [], "2017-01-10")] == ["2015-07-03", "2015-07-09", "2016-05-01"]
    assert [e.date for e in dated_entries("3 July – Kano: a raid.", [], "2017-01-10")] == ["2016-07-03"]


def test_a_year_alone_sets_no_day_of_it_apart():
    from sitgraph.loaders.extract.roles import _before

    assert not _before("2024-11-09", "2024", 7)  # a day of the year told alone
    assert _before("2023-11-09", "2024", 7)
    assert _before("2024-10-01", "2024-11-09", 7)
    assert not _before("2024-11-05", "2024-11-09", 7)


def test_near_reference_gives_written_days_the_nearest_year():
    from sitgraph.loaders.extract.dates import find_dates
    from sitgraph.loaders.extract.story_dates import near_reference

    dates = find_dates("On 13 September and on 2 January 2024 and on Monday", "2024-09-10")
    assert [d.date for d in dates] == ["2023-09-13", "2024-01-02", "2024-09-09"]
    assert [d.date for d in near_reference(dates, "2024-09-10")] == ["2024-09-13", "2024-01-02", "2024-09-09"]
    late = find_dates("On 3 January", "2019-12-20")  # a story in December going on into January
    assert [d.date for d in near_reference(late, "2019-12-20")] == ["2020-01-03"]
    assert near_reference(dates, None) == dates
