"""Dates of incidents, third round: the day a statement was made is not the event's, a
"since" of a state of affairs dates nothing, date stamps and date prefixes are the
publication's, a sentence telling only when the incident happened dates it. Sentences are
written for these tests, not taken from any evaluation set."""

import sys
from pathlib import Path

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract
from sitgraph.loaders.extract.rules import disabled

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

MONDAY = "2023-11-13"
WEDNESDAY = "2023-11-15"


def dates_of(nlp, text, published=MONDAY):
    x = extracted(nlp, text, published)
    return [(v.kind, v.date, v.date_end) for v in x.events]


# --- the statement's day -------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # the day of saying, before or after the verb, yields to the event's own day
    ("On Monday, police said gunmen killed five villagers in Kano state on Saturday.", "2023-11-11"),
    ("Police said on Monday that gunmen killed five villagers in Kano state on Saturday.", "2023-11-11"),
    ("On Friday, the charity announced it would close its clinic in Goma after gunmen killed two of its "
     "nurses in October.", "2023-10"),
    # the event's day in the trigger's clause stays whatever else is said
    ("Gunmen killed five villagers in Kano state on Saturday, police said on Monday.", "2023-11-11"),
    # said on a day and nothing else: that day is the best there is
    ("On Sunday, police said gunmen had killed five villagers in Kano state.", "2023-11-12"),
])
def test_a_statements_day_is_not_the_events(nlp, text, expected):
    assert dates_of(nlp, text) == [("Attack", expected, None)]


def test_a_later_sentence_dating_the_incident_replaces_the_statements_day(nlp):
    text = ("Police said on Monday that gunmen killed five villagers in Kano state. "
            "The attack took place late Saturday in the village of Dawaki.")
    assert dates_of(nlp, text) == [("Attack", "2023-11-11", None)]
    # told of the event itself, the first day stays: two days of one incident keep the first
    text = ("Gunmen killed five villagers in Kano state on Sunday. "
            "The attack took place late Saturday in the village of Dawaki.")
    assert dates_of(nlp, text) == [("Attack", "2023-11-12", None)]


def test_a_statements_day_beats_the_publication_day_lent_to_a_sentence(nlp):
    text = ("Rebels seized the town of Kiwanja on Saturday. Militiamen later looted the market in Kiwanja. "
            "The mayor said on Sunday that fighters had also burned a school in Kiwanja.")
    # the looting, lent Saturday, and the burning, said on Sunday, are one incident of Sunday
    assert dates_of(nlp, text) == [("Capture", "2023-11-11", None), ("Attack", "2023-11-12", None)]


def test_the_statement_rule_switched_off_takes_the_first_date(nlp):
    text = "On Monday, police said gunmen killed five villagers in Kano state on Saturday."
    with disabled({"date.trigger-clause"}):
        assert dates_of(nlp, text) == [("Attack", MONDAY, None)]


@pytest.mark.parametrize("text,expected", [
    # the day of a death is not the attack's
    ("A journalist died in hospital on Monday from wounds sustained in Saturday's attack on a school in Kabul.",
     "2023-11-11"),
    # unless the sentence gives no other
    ("Two people died on Sunday when a bomb exploded at a market in Kano.", "2023-11-12"),
    ("Two people died in Kano on Sunday after gunmen attacked a market.", "2023-11-12"),
])
def test_the_day_of_a_death_yields_to_the_attacks(nlp, text, expected):
    assert [d for k, d, _ in dates_of(nlp, text) if k == "Attack"] == [expected]


# --- "since" of a state of affairs -----------------------------------------------------------

def test_since_of_a_state_dates_no_event(nlp):
    text = "Rebels, who have held the city since 2021, fired drones at an oil terminal in Mukalla."
    assert dates_of(nlp, text) == [("Attack", MONDAY, None)]
    with disabled({"date.trigger-clause"}):
        assert dates_of(nlp, text) == [("Attack", "2021", MONDAY)]


@pytest.mark.parametrize("text,expected", [
    # a relative clause on a side or a place dates that side's or place's past
    ("Houthi rebels, who seized the capital in September 2014, fired a missile at a tanker in the Red Sea.",
     ("Attack", MONDAY)),
    ("A drone strike killed five people in Sittwe, where fighting resumed in October.", ("Attack", MONDAY)),
    # one on the attack itself dates the attack
    ("The attack, which happened on Nov. 9, killed four peacekeepers near Kidal.", ("Attack", "2023-11-09")),
    # a date of the main clause stays with a relative clause beside it
    ("A drone strike on Sunday killed five people in Sittwe, where fighting resumed in October.",
     ("Attack", "2023-11-12")),
])
def test_a_relative_clause_on_something_else_dates_nothing(nlp, text, expected):
    assert [(k, d) for k, d, _ in dates_of(nlp, text) if k == "Attack"] == [expected]


def test_since_of_the_toll_itself_is_kept(nlp):
    text = "More than 300 people have been killed in Idlib since January."
    assert dates_of(nlp, text) == [("Attack", "2023-01", MONDAY)]


# --- date stamps and date prefixes -------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Published On 12 Nov 2023\nRussian missiles struck a school in Odesa on Saturday, killing four people.",
     "2023-11-11"),
    ("Updated: November 13, 2023, 10:21 AM\nRussian missiles struck a school in Odesa on Saturday.", "2023-11-11"),
    ("November 10, 2023 - A suicide bomber killed 14 people at a mosque in Kabul on Thursday.", "2023-11-09"),
    ("Nov 10 (Reuters) - A suicide bomber killed 14 people at a mosque in Kabul on Thursday.", "2023-11-09"),
    # a stamp and nothing else said: the event takes the report's day, not the stamp's
    ("Posted 10 November 2023\nA suicide bomber killed 14 people at a mosque in Kabul.", MONDAY),
])
def test_a_stamp_or_prefix_is_not_the_events_date(nlp, text, expected):
    assert dates_of(nlp, text) == [("Attack", expected, None)]


@pytest.mark.parametrize("text,expected", [
    # a live blog's entry heading, a date in the sentence itself, a long line opening with a date
    ("November 12: A suicide bomber killed 14 people at a mosque in Kabul.", "2023-11-12"),
    ("On November 12, a suicide bomber killed 14 people at a mosque in Kabul.", "2023-11-12"),
    ("November 11, 2023 was the day a suicide bomber killed 14 people at a mosque in the centre of Kabul.",
     "2023-11-11"),
])
def test_dates_that_are_no_stamp_stay(nlp, text, expected):
    assert dates_of(nlp, text)[0][:2] == ("Attack", expected)


def test_a_date_line_further_down_heads_its_days_events():
    from sitgraph.loaders.extract.page_dates import date_stamp_spans

    text = ("Live: the war in Sudan\n\nNovember 12, 2023 - Shelling hit Omdurman.\nMore fighting.\n"
            "Aid stalls.\n11 November\nDrones struck El Fasher.\nUpdated: 13 November 2023\n")
    assert [text[a:b] for a, b in date_stamp_spans(text)] == ["November 12, 2023 - ", "Updated: 13 November 2023"]


def test_a_report_without_a_date_takes_its_stamp(nlp):
    text = "Updated: November 13, 2023\nGunmen killed three villagers in Kano on Saturday."
    x = extract(Report.from_text(text), nlp=nlp)
    assert [(v.date, v.date_end) for v in x.events] == [("2023-11-11", None)]
    # without any date, a weekday cannot be resolved
    x = extract(Report.from_text("Gunmen killed three villagers in Kano on Saturday."), nlp=nlp)
    assert [(v.date, v.date_end) for v in x.events] == [(None, None)]


# --- a sentence telling only when the incident happened ------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("At least 17 people were killed in clashes between rival militias in Bambari. "
     "The fighting erupted on Saturday in the centre of the town.", "2023-11-11"),
    ("Insurgents overran the district of Khanashin in Helmand province. "
     "Officials said fighters from across the border took part in Thursday night's assault.", "2023-11-09"),
    ("Gunmen killed eight people at a wedding in Zamfara state. "
     "Witnesses said the shooting began late Sunday and went on for hours.", "2023-11-12"),
])
def test_a_later_sentence_gives_the_incident_its_day(nlp, text, expected):
    assert dates_of(nlp, text)[0][1] == expected


@pytest.mark.parametrize("text,expected", [
    # the incident's own day stays
    ("At least 17 people were killed in clashes between rival militias in Bambari on Sunday. "
     "The fighting erupted on Saturday in the centre of the town.", "2023-11-12"),
    # no reference back to the incident
    ("At least 17 people were killed in clashes between rival militias in Bambari. "
     "Talks between the two militias opened on Saturday in the capital.", MONDAY),
    # a period, not the incident's day
    ("At least 17 people were killed in clashes between rival militias in Bambari. "
     "The fighting has killed 300 people since Saturday.", MONDAY),
    # a day long before the report is another story
    ("At least 17 people were killed in clashes between rival militias in Bambari. "
     "The fighting first broke out on March 3.", MONDAY),
])
def test_a_later_sentence_that_does_not_date_the_incident(nlp, text, expected):
    assert dates_of(nlp, text)[0][1] == expected


# --- a day counted from the incident told before ----------------------------------------------------

@pytest.mark.parametrize("second,expected", [
    ("A day later, militants ambushed a convoy near Gao, killing six soldiers.", "2023-11-12"),
    ("Two days later, militants ambushed a convoy near Gao, killing six soldiers.", "2023-11-13"),
    ("The next morning, militants ambushed a convoy near Gao, killing six soldiers.", "2023-11-12"),
    ("The day before, militants ambushed a convoy near Gao, killing six soldiers.", "2023-11-10"),
    # no count of days, or a day of its own: nothing counted
    ("Days later, militants ambushed a convoy near Gao, killing six soldiers.", "2023-11-11"),
    ("Militants ambushed a convoy near Gao on Monday, killing six soldiers.", MONDAY),
    ("The day before the vote, militants ambushed a convoy near Gao, killing six soldiers.", "2023-11-11"),
])
def test_a_day_counted_from_the_incident_before(nlp, second, expected):
    text = "Troops repelled an attack on a base in Menaka on Saturday. " + second
    assert dates_of(nlp, text)[1][1] == expected


def test_an_incident_counted_a_week_back_is_an_earlier_one(nlp):
    text = ("A car bomb killed 12 people at a market in Mosul on Saturday. "
            "A similar attack a week earlier killed eight people in Kirkuk.")
    x = extracted(nlp, text, MONDAY)
    assert [(v.role, v.date, v.killed) for v in x.events] == [("incident", "2023-11-11", 12),
                                                              ("background", "2023-11-04", 8)]
    text = ("A car bomb killed 12 people at a market in Mosul on Saturday. "
            "The day before, gunmen attacked a checkpoint in Kirkuk, killing two.")
    x = extracted(nlp, text, MONDAY)
    assert [(v.role, v.date, v.killed) for v in x.events] == [("incident", "2023-11-11", 12),
                                                              ("incident", "2023-11-10", 2)]


# --- incidents of one sentence share their day ----------------------------------------------------

def test_incidents_of_one_sentence_share_the_day_said_later(nlp):
    text = ("Gunmen stormed a school in Kaduna, killing two guards, and abducted 40 pupils. "
            "The kidnapping took place on Saturday night, a local official said.")
    assert dates_of(nlp, text) == [("Attack", "2023-11-11", None), ("Abduction", "2023-11-11", None)]


def test_incidents_of_two_sentences_keep_their_own_days(nlp):
    text = ("Gunmen stormed a school in Kaduna. Gunmen abducted 40 pupils near Zaria. "
            "The kidnapping took place on Saturday night, a local official said.")
    assert dates_of(nlp, text) == [("Attack", MONDAY, None), ("Abduction", "2023-11-11", None)]
    with disabled({"date.one-sentence"}):
        text = ("Gunmen stormed a school in Kaduna, killing two guards, and abducted 40 pupils. "
                "The kidnapping took place on Saturday night, a local official said.")
        assert dates_of(nlp, text) == [("Attack", MONDAY, None), ("Abduction", "2023-11-11", None)]


# --- weekdays told as to come -----------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("talks will resume next Monday", "2023-11-20"),
    ("talks will open on Friday", "2023-11-17"),
    ("all parties on Saturday will end hostilities", "2023-11-18"),
    ("the truce is due to take effect on Saturday", "2023-11-18"),
    # told as past, or said on that day: the last such day
    ("gunmen killed three villagers on Friday", "2023-11-10"),
    ("police said on Monday it will investigate", MONDAY),
    ("talks will open, officials said on Friday", "2023-11-10"),
])
def test_a_weekday_to_come_is_the_next_one(text, expected):
    from sitgraph.loaders.extract.dates import find_dates

    assert [d.date for d in find_dates(text, MONDAY)] == [expected]


# --- the most specific date of a merged incident ---------------------------------------------------

@pytest.mark.parametrize("second,expected", [
    # a day inside the week said before
    ("The attack happened on Wednesday night in Kano, police said.", ("2023-11-08", None)),
    # a day outside it is no refinement
    ("The attack happened on Monday in Kano, police said.", ("2023-11-06", "2023-11-12")),
])
def test_a_day_inside_the_range_said_before_refines_it(nlp, second, expected):
    text = "Gunmen killed 12 people in Kano last week. " + second
    assert [(d, e) for _, d, e in dates_of(nlp, text)] == [expected]


@pytest.mark.parametrize("second,expected", [
    # "last week" rules out the report's day lent to the lead
    ("The attack happened last week, police said.", ("2023-11-06", "2023-11-12")),
    # "this week" holds it: the day stays
    ("The attack happened this week, police said.", (MONDAY, None)),
])
def test_a_week_ruling_out_the_lent_day_replaces_it(nlp, second, expected):
    text = "Gunmen killed 12 people in a village in Kano state. " + second
    assert [(d, e) for _, d, e in dates_of(nlp, text)] == [expected]


# --- a superlative's "since" ----------------------------------------------------------------------

def test_a_superlatives_since_is_neither_date_nor_period(nlp):
    text = "Gunmen killed 12 people in a village in Kano state, the deadliest attack since the conflict began in 2019."
    x = extracted(nlp, text, MONDAY)
    assert [(v.role, v.type, v.date, v.date_end) for v in x.events] == [("incident", "shooting", MONDAY, None)]


def test_a_toll_since_a_time_stays_a_period(nlp):
    text = "Gunmen have killed 120 people in villages in Kano state since the conflict began in 2019."
    x = extracted(nlp, text, MONDAY)
    assert [(v.role, v.type) for v in x.events] == [("aggregate", "aggregate")]
    assert x.events[0].date.startswith("2019")


# --- publication dates as pages write them ------------------------------------------------------------

@pytest.mark.parametrize("value,expected", [
    ("2019.05.07", "2019-05-07"),
    ("07.05.2019", "2019-05-07"),  # dots: day first, the European way
    ("25/05/2019", "2019-05-25"),  # only day first is a date
    ("05/25/2019", "2019-05-25"),  # only month first is a date
    ("13-11-2023", "2023-11-13"),
    ("Published: 7th of May 2019", "2019-05-07"),
    # both orders are dates, or neither is
    ("05/07/2019", None),
    ("31.02.2019", None),
    ("13/13/2019", None),
])
def test_publication_dates_as_pages_write_them(value, expected):
    from sitgraph.loaders.published import iso_date

    assert iso_date(value) == expected


# --- numeric dates read the way that does not fall after the report -----------------------------------

@pytest.mark.parametrize("text,published,expected", [
    ("on 11/12/2023", "2023-12-05", "2023-11-12"),  # 11 December is still to come: 12 November
    ("on 11/12/2023", "2023-12-20", "2023-12-11"),  # both past: day first, as reports abroad write
    ("on 05/04/2019", "2019-04-10", "2019-04-05"),
    ("on 25/05/2019", "2019-06-01", "2019-05-25"),
])
def test_a_numeric_date_is_not_read_after_the_report(text, published, expected):
    from sitgraph.loaders.extract.dates import find_dates

    assert [d.date for d in find_dates(text, published)] == [expected]
