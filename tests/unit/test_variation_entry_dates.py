"""Dates of list entries, timelines and encyclopedic narratives, told the way encyclopedias,
timelines and incident lists tell them, in wars of many regions: a metamorphic table (one
incident per row, the exact dates of the incidents extracted), and the rules it led to
(loaders/extract/entry_dates.py, date.claim-day in date_choice.py, raids.py). Every text
here is written for these tests.

Rows that still fail are kept as strict xfails with the reason: they say what is left."""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.entry_dates import dated_entries

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import left  # noqa: E402
from report_reads import extracted  # noqa: E402


def incident_dates(nlp, text, published):
    """(kind, date) of each incident extracted from `text`, in order."""
    x = extracted(nlp, text, published)
    return [(v.kind, v.date) for v in x.events if v.role == "incident"]


LIST = "List of attacks in March 2021\n\n"
TIMELINE = "Timeline of the war in Sudan (2023)\n\n"

ROWS = [
    # an entry opening with its full date, a place and a colon: the entry's date, not the page's
    (LIST + "3 March 2021 – Kaduna, Nigeria: Bandits attacked the village of Kauran Fawa, killing 11 residents.",
     "2022-05-01", [("Attack", "2021-03-03")]),
    (LIST + "3 March 2021 - Gunmen attacked a village in Zamfara state, killing 12 people.",
     "2022-05-01", [("Attack", "2021-03-03")]),
    # month first, an em dash
    (TIMELINE + "June 3, 2023 — El Fasher, North Darfur: An RSF drone strike hit a market, killing 14 civilians.",
     "2024-02-01", [("Attack", "2023-06-03")]),
    # a weekday in brackets after the date
    ("Timeline\n\n12 May 2015 (Tuesday) — Gunmen of the Allied Democratic Forces attacked the village of "
     "Mantumbi near Beni, killing 19 civilians.", "2019-02-01", [("Attack", "2015-05-12")]),
    # a month's entry
    (TIMELINE + "July 2023 – Darfur: RSF fighters attacked the town of Sirba, killing dozens of people.",
     "2024-02-01", [("Attack", "2023-07")]),
    # the entry's place and date on a line of their own, the incident in the next sentence
    ("List of incidents in October 2011\n\n22 October 2011 – Malgobek, Ingushetia, Russia: A suicide bomber "
     "drove a car packed with explosives into a police checkpoint, killing three policemen.",
     "2012-04-18", [("Attack", "2011-10-22")]),
    # two entries on two dates stay two incidents with their own dates
    ("Timeline\n\nJune 3, 2023 — El Fasher, North Darfur: An RSF drone strike hit a market, killing 14 "
     "civilians.\n\nJune 19, 2023 — Nyala, South Darfur: Army shelling of a camp killed eight people.",
     "2024-02-01", [("Attack", "2023-06-03"), ("Attack", "2023-06-19")]),
    ("Attacks on health care\n\n5 April 2023 – Khartoum: Shelling hit the Al-Shaab hospital, killing two "
     "patients.\n9 April 2023 – Omdurman: A drone strike hit a clinic, killing four staff.",
     "2024-02-01", [("Attack", "2023-04-05"), ("Attack", "2023-04-09")]),
    # a timeline near its publication: two dated lines are entries, not the page's stamp
    ("3 November 2023 - Gunmen attacked a village in Zamfara state, killing 12 people.\n"
     "9 November 2023 - A bomb exploded at a market in Maiduguri, killing five people.",
     "2023-11-10", [("Attack", "2023-11-03"), ("Attack", "2023-11-09")]),
    # a relative date in an entry counts from the entry's date
    ("5 June 2021 – Zamfara: Gunmen attacked a village near Gusau on Thursday, killing 12 people.",
     "2023-11-16", [("Attack", "2021-06-03")]),
    ("5 June 2021 – Zamfara: Gunmen attacked a village near Gusau.\nTwo days later, a bomb exploded at a "
     "market in Gusau, killing five people.", "2023-11-16", [("Attack", "2021-06-05"), ("Attack", "2021-06-07")]),
    left("'the following week' is not read as a date",
         "3 June 2021 – Zamfara: Gunmen attacked a village near Gusau.\nThe following week, a bomb exploded at a "
         "market in Gusau, killing five people.", "2023-11-16", [("Attack", "2021-06-03"), ("Attack", "2021-06-10")]),
    # a background date never dates the entry's incident
    ("Timeline of the conflict in Cabo Delgado\n\n24 March 2021 – Palma, Cabo Delgado: Insurgents attacked "
     "the town of Palma, killing 12 people. The insurgency began in 2017.",
     "2024-02-01", [("Attack", "2021-03-24")]),
    # the dated lead of a narrative; a later claim never re-dates it
    ("2016 Sur police bus bombing\n\nThe 2016 Sur police bus bombing was a car bomb attack on a bus carrying "
     "riot police in Diyarbakir, Turkey, on 17 May 2016. The bomb was detonated by remote control as the bus "
     "passed, killing eight people. Two days later, the Kurdistan Freedom Hawks claimed the bombing.",
     "2017-09-12", [("Attack", "2016-05-17")]),
    ("2015 Bama market bombing\n\nThe 2015 Bama market bombing was a suicide attack on a market in Bama, "
     "Borno State, Nigeria, on 7 March 2015. A female suicide bomber killed 20 people and wounded 30. Two "
     "days later, Boko Haram claimed the attack in a video.", "2016-01-10", [("Attack", "2015-03-07")]),
    ("Sagaing airstrike\n\nOn 12 May 2015, a Myanmar Air Force jet bombed a school in the village of Let Yet "
     "Kone, Sagaing Region, killing 13 people. Two days later, the junta denied responsibility.",
     "2019-02-01", [("Attack", "2015-05-12")]),
    # negatives: a wire story's date prefix is its filing day, a stamp is the page's date
    ("November 15, 2023 - Gunmen killed three villagers in Kano on Monday.", "2023-11-16",
     [("Attack", "2023-11-13")]),
    ("Updated: 14 March 2019 - Gunmen attacked a village in Zamfara state, killing 12 people.", "2023-11-16",
     [("Attack", "2023-11-16")]),
    # a raid made for an abduction is one incident, the abduction
    (LIST + "12 March 2021 – Zamfara: Gunmen raided a school in Jangebe and abducted 279 schoolgirls.",
     "2022-05-01", [("Abduction", "2021-03-12")]),
    # a year-less entry takes the year of the page's title, or of the entry above (date.entry-year)
    (LIST + "3 March – Kaduna, Nigeria: Bandits attacked the village of Kauran Fawa, killing 11 residents.\n\n"
     "17 March – Borno, Nigeria: A suicide bomber blew himself up at a mosque in Konduga, killing seven "
     "worshippers.", "2022-05-01", [("Attack", "2021-03-03"), ("Attack", "2021-03-17")]),
    # a year heading dates the entries under it
    ("Timeline\n\n2023\n\n- 3 June: An RSF drone strike hit a market in Omdurman, killing 14 civilians.",
     "2024-08-01", [("Attack", "2023-06-03")]),
    # an incident record's date field, well before publication (date.record-field)
    ("Incident record\n\nDate: 14 March 2019\nGunmen attacked a village near Gusau, killing 12 people.",
     "2024-02-01", [("Attack", "2019-03-14")]),
]


# Rows a date prefix among a page's first lines decides: a prefix followed by a place and a
# colon, or well before publication, heads an entry (date.entry-head); a prefix within a week
# of publication straight into the story is the filing date (rows 16-17).

# Entries below the page's first lines, or bulleted, head their incidents already.
ROWS += [
    ("Timeline of the war in Sudan (2023)\n\nEntries are listed by date.\n\nTolls are those reported at the time.\n\n"
     "3 June 2023 – El Fasher: An RSF drone strike hit a market, killing 14 civilians.\n\n"
     "19 June 2023 – Nyala: Army shelling of a camp killed eight people.",
     "2024-02-01", [("Attack", "2023-06-03"), ("Attack", "2023-06-19")]),
    ("Attacks on schools\n\n- 5 June 2021 – Zamfara:\nGunmen attacked a village near Gusau on Thursday, killing "
     "12 people.", "2023-11-16", [("Attack", "2021-06-03")]),
]


@pytest.mark.parametrize("text,published,expected", ROWS)
def test_entry_dates(nlp, text, published, expected):
    assert incident_dates(nlp, text, published) == expected


def test_dated_entries_run_to_the_next():
    text = "Title\n3 June 2021 – Gusau: a raid.\nIt went on.\n9 June 2021 – Kano: a bomb."
    entries = dated_entries(text, [], "2023-11-16")
    assert [(e.start, e.date) for e in entries] == [(6, "2021-06-03"), (47, "2021-06-09")]
    assert entries[0].end == 47 and entries[1].end == len(text)
    # a span kept as the page's dateline heads no entry
    assert dated_entries(text, [(6, 22)], "2023-11-16")[0].date == "2021-06-09"
    assert dated_entries("No dates here.\nNone.", [], "2023-11-16") == []
