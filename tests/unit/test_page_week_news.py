"""News of the page's week about an attack long past (a verdict, an inquiry's findings, an
anniversary): the lead tells the day's act on a weekday and recalls the attack with its date;
the report's fresh incident of the day, told later with a weekday, counts from
the page, not from the recalled attack (page_week_news.py). Beside it, rows that keep a story's
time: an encyclopedic narrative whose only weekday follows its lead, a weekday written with its
date, and a recalled attack that keeps its own day.

Sentences written for these tests; each row gives the exact events (kind, targets and places,
date, killed, wounded).
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.page_week_news import tells_page_week

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import attack_scenes  # noqa: E402

PUBLISHED = "2025-09-18"  # a Thursday


def events(nlp, text):
    """(kind, targets and places, date, killed, wounded) of every Attack of `text`, in event order."""
    return attack_scenes(nlp, text, PUBLISHED)


VERDICT = ("Court jails three men over Gombe bus station bombing\n\n"
           "A court in Abuja on Thursday sentenced three men to life in prison over the bombing of the bus "
           "station in Gombe on 12 June 2023, which killed 17 people. The judge said the men had built the "
           "device in a workshop in the town.\n\n"
           "Relatives of the victims welcomed the ruling. The governor of Gombe state called it a day of justice "
           "for the families.\n\n"
           "On Tuesday, gunmen killed three farmers in the village of Dadin Kowa, police said. On Wednesday, a "
           "bomb exploded at a market in Potiskum, wounding five traders, a local official said.\n")

INQUIRY = ("Inquiry finds jets hit Ariha clinic\n\n"
           "Investigators said on Wednesday that jets had struck a clinic in Ariha on 4 March 2020, killing nine "
           "patients. The government denied the finding.\n\n"
           "On Monday, shells hit the town of Sarmin, killing two children, rescuers said.\n")

NARRATIVE = ("Gombe bus station bombing\n\n"
             "A bomb exploded at the bus station of Gombe, Nigeria, on 12 June 2023, killing 17 people. On "
             "Tuesday evening, gunmen killed three farmers in the village of Dadin Kowa.\n")

WRITTEN_WEEKDAY = ("Gombe bus station bombing\n\n"
                   "On Monday 12 June 2023, a bomb exploded at the bus station of Gombe, Nigeria, killing 17 "
                   "people. On Tuesday, gunmen killed three farmers in the village of Dadin Kowa.\n")


def test_the_fresh_incidents_of_a_verdict_story_count_from_the_page(nlp):
    assert events(nlp, VERDICT) == [
        ("Attack", frozenset({"bus station", "Gombe"}), "2023-06-12", 17, None),  # the recalled attack keeps its day
        ("Attack", frozenset({"Dadin Kowa"}), "2025-09-16", 3, None),  # Tuesday of the page's week
        ("Attack", frozenset({"market", "Potiskum"}), "2025-09-17", None, 5),
    ]


def test_an_inquiry_said_on_a_weekday_dates_its_later_weekday_from_the_page(nlp):
    assert events(nlp, INQUIRY) == [
        ("Attack", frozenset({"Ariha clinic", "Ariha"}), "2020-03-04", 9, None),
        ("Attack", frozenset({"Sarmin"}), "2025-09-15", 2, None),
    ]


def test_without_the_rule_the_fresh_incident_counts_from_the_recalled_attack(nlp):
    with R.disabled({"date.page-week-news-no-story"}):
        got = events(nlp, INQUIRY)
    assert [d for _k, _p, d, _x, _w in got] == ["2020-03-04", "2020-03-02"]


def test_a_narrative_whose_weekday_follows_its_lead_keeps_the_story_time(nlp):
    assert events(nlp, NARRATIVE) == [
        ("Attack", frozenset({"bus station of Gombe, Nigeria", "Gombe"}), "2023-06-12", 17, None),
        ("Attack", frozenset({"Dadin Kowa"}), "2023-06-06", 3, None),  # the Tuesday before the story's Monday
    ]


def test_a_weekday_written_with_its_date_is_the_storys_own_day(nlp):
    got = events(nlp, WRITTEN_WEEKDAY)
    assert [d for _k, _p, d, _x, _w in got] == ["2023-06-12", "2023-06-06"]


def test_only_a_day_of_the_pages_week_without_digits_counts():
    texts = {0: "A court in Abuja on Thursday sentenced three men.", 1: "On Tuesday, gunmen killed three farmers."}
    assert tells_page_week(texts, 0, PUBLISHED)
    assert not tells_page_week(texts, 0, None)
    # a dateline's day and a weekday with its date are written days; a weekday after the lead is not read
    assert not tells_page_week({0: "ABUJA, Sept 18 (Wire) - A court sentenced three men."}, 0, PUBLISHED)
    assert not tells_page_week({0: "On Monday 12 June 2023, a bomb exploded.", 1: "On Tuesday, gunmen struck."},
                               0, PUBLISHED)
    # "last month" is no day of the page's week
    assert not tells_page_week({0: "A court last month sentenced three men."}, 0, PUBLISHED)
