"""Encyclopedic narratives in the forms of lists, timelines and articles on one attack: a toll
revised some sentences after the incident (toll_revision_reach.py), a page's sentence about
itself (page_scope.py), a group's named wing or unit (wing_names.py, party_groups.py), and a
record's date field with the time of day after the date (record_time_tails.py).

Negative rows: a count of another disaster after the first count, a revision told past
another incident, a sentence about a section of road, a "right-wing" party, a state's army
named by its own state, a party whose leaders only meet, a date field's gloss that is no time
of day. Every sentence is written for these
tests (invented places and groups, or real groups at invented incidents).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402
from report_reads import actor_names, extracted  # noqa: E402

PUBLISHED = "2016-01-11"
LEAD = ("The 2009 Lomo market attack took place on 3 March 2009 at the market in Lomo, a town of Tarra Province. "
        "A group of men armed with knives attacked traders shortly before noon. ")

# (text, [(kind, killed, wounded, date) of each event])
REVISIONS = [
    # the revision three sentences after the incident's frame, past the first count
    (LEAD + "The provincial government first reported that nine people had died. Two days later the state radio "
     "revised the toll to 15 dead, including the four attackers, and said 11 people had been injured.",
     [("Attack", 15, 11, "2009-03-03")]),
    (LEAD + "The provincial government first reported that nine people had died. The death toll was later revised "
     "to 12.", [("Attack", 12, None, "2009-03-03")]),
    # negative: a count of another disaster after the first count is no revision
    (LEAD + "The provincial government first reported that nine people had died. Two days later the state radio "
     "said 15 people had died in a flood near Tarra.", [("Attack", 9, None, "2009-03-03")]),
    # negative: another incident told between keeps the revision its own
    (LEAD + "The provincial government first reported that nine people had died. On 9 April rebels ambushed an army "
     "convoy near Kesso, killing three soldiers. The army later raised the toll to five.",
     [("Attack", 9, None, "2009-03-03"), ("Attack", 5, None, "2009-04-09")]),
]


@pytest.mark.parametrize("text,expected", REVISIONS)
def test_revised_toll_reaches_the_incident(nlp, text, expected):
    assert event_fields(nlp, text, "kind killed wounded date", PUBLISHED) == expected


# (text, [(kind, date) of each event])
SCOPES = [
    ("This section lists the major attacks of early 2002 in Dang District, after the rebels ended a ceasefire.\n\n"
     "11 April 2002 – Satbariya, Dang District: Rebels stormed a police post, killing 35 policemen.",
     [("Attack", "2002-04-11")]),
    ("This list covers massacres in the north of Tarra during the insurgency of the Tana Front, which killed tens "
     "of thousands of people between 1987 and 2006.\n\nOmot camp attack – 12 October 2002 – Omot: Rebels of the "
     "Tana Front killed 40 residents of the camp.", [("Attack", "2002-10-12")]),
    ("Entries give the name, date, place and toll of each attack.\n\n4 May 2004 – Orapwoyo: Gunmen killed 61 "
     "people in the camp.", [("Attack", "2004-05-04")]),
    # negative: a section of road is no page
    ("The section of road near Satbariya was attacked by rebels on 11 April 2002, killing 35 policemen.",
     [("Attack", "2002-04-11")]),
]


@pytest.mark.parametrize("text,expected", SCOPES)
def test_a_page_about_itself_tells_no_incident(nlp, text, expected):
    assert event_fields(nlp, text, "kind date", PUBLISHED) == expected


# (text, actor names of the report, the actors of each event)
WINGS = [
    ("Militants threw grenades at a bus in Kulgam on 21 July 1997, killing 16 people. Harkat-ul-Ansar claimed the "
     "attack on behalf of its Al-Faran wing.", {"Al-Faran", "Harkat-ul-Mujahideen", "civilians"},
     [frozenset({"Harkat-ul-Mujahideen"})]),
    ("Fighters of the FARC's Jacobo Arenas Mobile Column fired mortars at the police station of Suarez on 19 March "
     "2013, killing five people.", {"FARC", "Jacobo Arenas Mobile Column", "civilians"},
     [frozenset({"FARC", "Jacobo Arenas Mobile Column"})]),
    ("On 17 February 2002, fighters of the People's Liberation Army, the armed wing of the Communist Party of Nepal "
     "(Maoist), attacked the army barracks in Mangalsen, killing 137 people. The Maoists carried away their dead.",
     {"People's Liberation Army", "Communist Party of Nepal", "civilians"},
     [frozenset({"People's Liberation Army", "Communist Party of Nepal"})]),
    # negative: "right-wing" names no wing
    ("Militants threw grenades at a bus in Kulgam on 21 July 1997, killing 16 people. A right-wing party condemned "
     "the attack.", {"civilians", "rebels"}, [frozenset({"rebels"})]),
    # negative: a state's army named by its state stays the state
    ("China's People's Liberation Army held exercises near Taiwan on 3 May 2023.", {"China"}, []),
    # negative: a party whose leaders meet, no wing, no fighting
    ("Leaders of the Workers' Party of Dalmora met the prime minister in Tessa on 3 May 2001.", set(), []),
]


@pytest.mark.parametrize("text,names,actors", WINGS)
def test_named_wings_are_groups_of_their_own(nlp, text, names, actors):
    x = extracted(nlp, text, PUBLISHED)
    assert actor_names(x) == names
    assert [f[0] for f in event_fields(nlp, text, "actors", PUBLISHED)] == actors


RECORD = ("Killings in Sogou\n\nRecord type: Killing of civilians\nDate: {date}\nLocation: Sogou village, Bankass "
          "cercle, Mopti region, Mali\n\nNarrative: Armed men surrounded Sogou at about 5 a.m. and shot residents as "
          "they left their houses.")

RECORD_PUBLISHED = "2021-01-11"
# (the date field's value, (date, date end) of the record's one event)
RECORD_DATES = [
    ("9 October 2019, early morning", ("2019-10-09", None)),
    ("3 May 2004, at night", ("2004-05-03", None)),
    ("12 June 2018, around 5 a.m.", ("2018-06-12", None)),
    ("12 June 2018, 05:30 local time", ("2018-06-12", None)),
    # negative: a gloss that is no time of day leaves the field undated (the page's day)
    ("9 October 2019, the day after the vote", (RECORD_PUBLISHED, None)),
]


@pytest.mark.parametrize("value,expected", RECORD_DATES)
def test_a_record_date_with_its_time_of_day(nlp, value, expected):
    assert event_fields(nlp, RECORD.format(date=value), "date date_end", RECORD_PUBLISHED) == [expected]
