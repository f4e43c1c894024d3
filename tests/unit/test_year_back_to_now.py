"""A year written in a background sentence that comes back to the present ("was driven from the
capital in 2011 but still holds the south", "took the town in 2014 and has launched raids from it
since") sets no year for a later day told without one: that day keeps the page's year
(written_years.back_to_now). A year told as the story's own time, its sentence in the past
throughout, still gives later days its year.

Sentences written for these tests; each row gives the exact dates of the report's attacks.
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.written_years import back_to_now

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-05-20"


def attack_dates(nlp, text):
    x = extracted(nlp, text, PUBLISHED)
    return [(v.date, v.date_end) for v in x.events if v.kind == "Attack"]


@pytest.mark.parametrize("rest, now", [
    (" but still holds much of the south.", True),
    (" and has launched raids from the desert since.", True),
    (", which it has used as a base ever since.", True),
    (" and they are still there.", True),
    (" and burned dozens of villages.", False),  # the past throughout: the year is the story's
    (". It still holds the south.", False),  # the present in a sentence of its own
])
def test_back_to_now_reads_the_rest_of_the_year_s_sentence(rest, now):
    text = "The group was driven from the capital in 2011" + rest
    assert back_to_now(text, text.index("2011") + 4) is now


def test_a_background_year_brought_to_the_present_leaves_a_later_day_in_the_page_s_year(nlp):
    text = ("Car bomb kills six at checkpoint near Baidoa\n\n"
            "A car bomb exploded at an army checkpoint near Baidoa on Sunday, killing six soldiers, officials said.\n\n"
            "The group was driven from the capital in 2011 but still holds much of the south. On 14 March, its "
            "fighters attacked a base near Kismayo, killing four soldiers.\n")
    assert attack_dates(nlp, text) == [("2024-05-19", None), ("2024-03-14", None)]


def test_a_year_told_as_the_story_s_time_gives_a_later_day_its_year(nlp):
    text = ("Kerawa\n\n"
            "In 2015, the group stepped up its raids in the north and burned dozens of villages. On 3 September, "
            "two bombers blew themselves up at a market in Kerawa, killing 19 people.\n")
    assert attack_dates(nlp, text)[-1] == ("2015-09-03", None)
