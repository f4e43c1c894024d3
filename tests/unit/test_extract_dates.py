"""Dates in report sentences: explicit, year-less, ranges and relative to publication."""

import datetime as dt

import pytest

from sitgraph.loaders.extract.dates import DateError, DateMention, find_date_spans, find_dates, parse_iso

PUB = "2019-05-07"  # a Tuesday


def one(text: str, published: str | dt.date | None = PUB, **kw: bool) -> DateMention:
    found = find_dates(text, published, **kw)
    assert len(found) == 1, found
    return found[0]


def value(text: str, published: str | dt.date | None = PUB) -> tuple[str, str | None]:
    m = one(text, published)
    return m.date, m.date_end


@pytest.mark.parametrize(
    ("text", "date", "end", "precision"),
    [
        ("Shelling hit the town on 5 May 2019.", "2019-05-05", None, "day"),
        ("Shelling hit the town on May 5, 2019, killing two.", "2019-05-05", None, "day"),
        ("9 March 2019: Al-Hayat Hospital was struck by missiles.", "2019-03-09", None, "day"),
        ("The raid took place on the 5th of May 2019.", "2019-05-05", None, "day"),
        ("He was released on September 17, 2019.", "2019-09-17", None, "day"),
        ("Strikes resumed on Monday, 6 May 2019.", "2019-05-06", None, "day"),
        ("Filed 2019-05-05 by the field office.", "2019-05-05", None, "day"),
        ("In March 2019 the front moved north.", "2019-03", None, "month"),
        ("2019 May: Mortars hit the health centre.", "2019-05", None, "month"),
        ("The offensive of March of 2019 failed.", "2019-03", None, "month"),
        ("Clashes erupted in 2018 near the border.", "2018", None, "year"),
        ("One aid worker was abducted during the week of January 1-6, 2019.", "2019-01-01", "2019-01-06", "range"),
        ("Fighting raged 1-6 January 2019 in the south.", "2019-01-01", "2019-01-06", "range"),
        ("Fighting raged between 4 and 6 May 2019.", "2019-05-04", "2019-05-06", "range"),
        ("Talks ran from 30 April to 5 May 2019.", "2019-04-30", "2019-05-05", "range"),
        ("The siege lasted from 2015 to 2018.", "2015", "2018", "range"),
        ("Strikes intensified in early May 2019.", "2019-05-01", "2019-05-10", "range"),
        ("Strikes intensified in mid-March 2019.", "2019-03-11", "2019-03-20", "range"),
        ("Strikes intensified in late February 2019.", "2019-02-21", "2019-02-28", "range"),
        ("Strikes intensified at the end of April 2019.", "2019-04-21", "2019-04-30", "range"),
        ("Talks stalled in late 2018.", "2018-09", "2018-12", "range"),
        ("The town fell in mid-2018.", "2018-05", "2018-08", "range"),
        ("In the first week of May 2019, 30 were killed.", "2019-05-01", "2019-05-07", "range"),
        ("In the last week of February 2019, 30 were killed.", "2019-02-22", "2019-02-28", "range"),
        ("Fighting raged from 30 December 2018 to 2 January 2019.", "2018-12-30", "2019-01-02", "range"),
        ("Fighting raged between January and March 2019.", "2019-01", "2019-03", "range"),
        ("Between 2012 and 2016 the city was besieged.", "2012", "2016", "range"),
        ("The strike on 28-29 April 2019 killed 3.", "2019-04-28", "2019-04-29", "range"),
        ("A strike hit at dawn on 5/5/2019.", "2019-05-05", None, "day"),
        ("It happened on Sunday 5 May 2019.", "2019-05-05", None, "day"),
    ],
)
def test_explicit_dates(text: str, date: str, end: str | None, precision: str) -> None:
    m = one(text)
    assert (m.date, m.date_end, m.precision) == (date, end, precision)
    assert text[m.start : m.end] == m.text
    assert m.relative is False


@pytest.mark.parametrize(
    ("text", "date", "end"),
    [
        ("Syria Daily, May 6: Constant attacks in the northwest.", "2019-05-06", None),
        ("The market was hit on 5 May.", "2019-05-05", None),
        ("A clinic was shelled on the night of 4 May.", "2019-05-04", None),
        ("The convoy was attacked January 1-6.", "2019-01-01", "2019-01-06"),
        ("Talks stall in early May.", "2019-05-01", "2019-05-10"),
        # December in a May report is last December; June is close enough to be this year.
        ("Fighting resumed on December 28.", "2018-12-28", None),
        ("Elections are due on 2 June.", "2019-06-02", None),
        ("The town fell in March.", "2019-03", None),
        ("The town fell in July.", "2018-07", None),
    ],
)
def test_year_less_dates_take_the_publication_year(text: str, date: str, end: str | None) -> None:
    m = one(text)
    assert (m.date, m.date_end) == (date, end)
    assert m.relative is True


def test_year_less_date_in_a_january_report_is_last_year() -> None:
    assert value("The strike on 30 December killed four.", "2020-01-03") == ("2019-12-30", None)


@pytest.mark.parametrize(
    ("text", "date", "end"),
    [
        ("The village was bombed this morning.", "2019-05-07", None),
        ("Clashes continued this afternoon.", "2019-05-07", None),
        ("Strikes are expected tonight.", "2019-05-07", None),
        ("Two were killed today in Idlib.", "2019-05-07", None),
        ("A car bomb exploded yesterday.", "2019-05-06", None),
        ("A car bomb exploded late last night.", "2019-05-06", None),
        ("A car bomb exploded the day before yesterday.", "2019-05-05", None),
        ("Rebels responded on Monday with rockets.", "2019-05-06", None),
        ("Rebels responded Thursday night with rockets.", "2019-05-02", None),
        ("Rebels responded on Tuesday morning with rockets.", "2019-05-07", None),
        ("Rebels have shelled the base since last Tuesday.", "2019-04-30", "2019-05-07"),
        ("Two soldiers were wounded last weekend.", "2019-05-04", "2019-05-05"),
        ("Two soldiers were wounded over the weekend.", "2019-05-04", "2019-05-05"),
        ("The talks collapsed earlier this week.", "2019-05-06", "2019-05-07"),
        ("The talks collapsed last week.", "2019-04-29", "2019-05-05"),
        ("The town fell last month.", "2019-04", None),
        ("At least 35 people have been killed since the start of the year.", "2019-01-01", "2019-05-07"),
        ("Five facilities were destroyed in the past 72 hours.", "2019-05-04", "2019-05-07"),
        ("Five facilities were destroyed in the last 24 hours.", "2019-05-06", "2019-05-07"),
        ("Five facilities were destroyed over the past three days.", "2019-05-04", "2019-05-07"),
        ("Five facilities were destroyed in the past two weeks.", "2019-04-23", "2019-05-07"),
        ("The hospital was hit three days ago.", "2019-05-04", None),
        ("The hospital was hit a week ago.", "2019-04-30", None),
        ("Earlier today the base was shelled.", "2019-05-07", None),
        ("Monday's attack killed four.", "2019-05-06", None),
        ("Clashes on the night of 4-5 May killed six.", "2019-05-04", "2019-05-05"),
        ("Idlib has been bombed since the beginning of May.", "2019-05-01", "2019-05-07"),
        ("Strikes hit from May 1 to May 3.", "2019-05-01", "2019-05-03"),
        ("323,000 have fled since last September.", "2018-09", "2019-05-07"),
        ("Turkish forces have been there since August 2016.", "2016-08", "2019-05-07"),
        ("The offensive is the largest so far this year.", "2019-01-01", "2019-05-07"),
    ],
)
def test_relative_dates(text: str, date: str, end: str | None) -> None:
    m = one(text)
    assert (m.date, m.date_end) == (date, end)
    assert m.relative is True
    assert m.precision == ("range" if end else "day" if len(date) == 10 else "month")


def test_weekday_equal_to_publication_weekday_is_publication_day_unless_last() -> None:
    assert value("The base was shelled on Tuesday.") == ("2019-05-07", None)
    assert value("The base was shelled last Tuesday.") == ("2019-04-30", None)


def test_weekend_when_published_on_a_sunday_is_the_current_one() -> None:
    assert value("Strikes continued over the weekend.", "2019-05-05") == ("2019-05-04", "2019-05-05")
    assert value("Strikes continued last weekend.", "2019-05-05") == ("2019-04-27", "2019-04-28")


def test_publication_date_may_be_a_date_object() -> None:
    assert value("It happened yesterday.", dt.date(2019, 3, 1)) == ("2019-02-28", None)
    assert value("It happened yesterday.", dt.datetime(2019, 3, 1, 12, 30)) == ("2019-02-28", None)


def test_without_publication_date_relative_and_year_less_dates_are_skipped() -> None:
    text = "On Monday, and again yesterday and on 5 May, shelling hit the town; on 6 May 2019 it fell."
    found = find_dates(text, None)
    assert [(m.text, m.date) for m in found] == [("6 May 2019", "2019-05-06")]


def test_year_only_publication_still_dates_year_less_days() -> None:
    assert value("The market was hit on 5 May.", "2019") == ("2019-05-05", None)
    assert find_dates("The market was hit yesterday.", "2019") == []


@pytest.mark.parametrize(
    ("text", "dayfirst", "date"),
    [
        ("Reported on 05/04/2019.", True, "2019-04-05"),
        ("Reported on 05/04/2019.", False, "2019-05-04"),
        ("Reported on 04/25/2019.", True, "2019-04-25"),  # only the US reading is a date
        ("Reported on 25.04.2019.", True, "2019-04-25"),
    ],
)
def test_numeric_dates_are_day_first_by_default(text: str, dayfirst: bool, date: str) -> None:
    assert one(text, dayfirst=dayfirst).date == date


@pytest.mark.parametrize(
    "text",
    [
        "Government forces may attack the town.",
        "A march was held in the city centre.",
        "Rebels shelled one of 12 Turkish observation posts.",
        "Rebels seized territory around the M4 and M5 highways.",
        "The 15 to 20-km demilitarized zone was breached.",
        "UPDATE, 1145 GMT: new footage was posted.",
        "A 12-year-old boy was among 35 dead and 89 wounded.",
        "At 2030 GMT the base came under fire.",
        "The camp shelters 2000 families from Hama.",
        "Activists in Kafr Nabl marched against the offensive.",
        "The 17 February Revolution began in Benghazi.",
        "Syria Today reported the strike.",
        "Under the Good Friday Agreement the church was spared.",
        "Strikes hit Mar Elias church.",
        "May God protect us, said the doctor.",
        "The attack came two days after the strike.",
        "Security Council resolution 2254 calls for elections.",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert find_dates(text, PUB) == []


def test_several_dates_in_order_with_spans() -> None:
    text = "Hit on 5 May 2019 and again yesterday; the toll since last Tuesday is 35."
    found = find_dates(text, PUB)
    assert [m.text for m in found] == ["5 May 2019", "yesterday", "since last Tuesday"]
    assert [text[m.start : m.end] for m in found] == [m.text for m in found]


def test_parse_iso() -> None:
    assert parse_iso("2019") == (2019, None, None)
    assert parse_iso("2019-05") == (2019, 5, None)
    assert parse_iso("2019-05-07") == (2019, 5, 7)
    assert parse_iso("2019-05-07T10:00:00Z") == (2019, 5, 7)
    with pytest.raises(DateError):
        parse_iso("7 May 2019")
    with pytest.raises(DateError):
        parse_iso("2019-02-30")


def test_bad_publication_date_raises() -> None:
    with pytest.raises(DateError, match="not an ISO date"):
        find_dates("yesterday", "May 2019")


def test_find_date_spans_masks_explicit_dates_without_publication() -> None:
    text = "On 5 May 3 people were killed; in 2018 twelve."
    spans = find_date_spans(text)
    assert [text[a:b] for a, b in spans] == ["5 May", "2018"]
