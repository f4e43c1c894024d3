"""A news report (its lead dated within a month of publication) writes a year where it goes
back further; a year an earlier paragraph wrote (old footage "first posted in 2021", a weapon
"bought in 2022", a statement "of January 2017") lends no year to a later paragraph's day told
without one: "On 3 September" there keeps the page's year (written_years.NEWS_OWN_PARAGRAPH).
A year written in the day's own paragraph still gives it its year, and so does any year of a
narrative whose lead lies long before publication (its story time, story_dates.py).

Sentences written for these tests; each row gives the exact dates of the report's attacks.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-10-17"  # a Thursday

LEAD = ("Shell hits a market in Kherson\n\n"
        "A shell hit the central market of Kherson on Tuesday, killing four people, the regional governor said.\n\n")


def attack_dates(nlp, text):
    x = extracted(nlp, text, PUBLISHED)
    return [(v.date, v.date_end) for v in x.events if v.kind == "Attack"]


@pytest.mark.parametrize("middle", [
    "A video shared as footage of the strike was first posted in 2021, we found.\n\n",
    "The fragments are of a type of rocket the army bought in 2022.\n\n",
    "Fact-checkers traced a photograph shared with the claim to a news site of March 2020.\n\nOld pictures\n\n",
])
def test_an_earlier_paragraph_s_year_leaves_a_later_day_in_the_page_s_year(nlp, middle):
    text = LEAD + middle + ("On 3 September, a drone hit a school in Kherson, killing two teachers, the "
                            "regional administration said.\n")
    assert attack_dates(nlp, text) == [("2024-10-15", None), ("2024-09-03", None)]


def test_a_year_in_the_day_s_own_paragraph_still_gives_it_its_year(nlp):
    text = LEAD + ("In April 2019, the army began an offensive on the city. On 7 September, its aircraft bombed "
                   "a school in Kherson, killing two teachers.\n")
    assert attack_dates(nlp, text) == [("2024-10-15", None), ("2019-09-07", None)]


def test_a_narrative_long_past_carries_its_year_across_paragraphs(nlp):
    # the lead dated years before the page: the story's time, not the news's
    text = ("Kerawa bombing\n\n"
            "Two bombers blew themselves up at the market of Kerawa on 3 September 2015, killing 19 people.\n\n"
            "The town had been raided in 2015 several times.\n\n"
            "On 20 September, gunmen attacked a camp near Kerawa, killing five people.\n")
    assert attack_dates(nlp, text) == [("2015-09-03", None), ("2015-09-20", None)]


def test_a_day_within_a_month_of_the_page_is_untouched(nlp):
    text = LEAD + ("A video shared as footage of the strike was first posted in 2021.\n\n"
                   "On 30 September, a drone hit a school in Kherson, killing two teachers.\n")
    assert attack_dates(nlp, text) == [("2024-10-15", None), ("2024-09-30", None)]


def test_a_title_s_year_is_the_whole_report_s(nlp):
    # a lead with no day of its own: the title's year still gives a later paragraph's day its year
    text = ("2019 Tabanya raid\n\n"
            "The 2019 Tabanya raid took place in the village of Tabanya in northern Burkina Faso.\n\n"
            "On 3 March, gunmen on motorbikes shot dead 11 herders near the village.\n")
    assert attack_dates(nlp, text) == [("2019-03-03", None)]
