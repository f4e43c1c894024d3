"""An encyclopedic article counts its attack's dead under a "Casualties" (or "Victims", "Deaths")
heading, often after a "Background" section that recalls an earlier attack with its own toll.
The toll opening that section is the article's attack's, past the recalled attack
(section_gaps.toll_section_past_background). The count is often told by an administration's
office ("the Taliban's interior ministry said seven worshippers were killed"): the owner of the
office is its source, not the doer (sentence_frames._office_owners).

Beside them, rows that must stay apart: the war's cumulative toll told in that section (an
aggregate, not the attack's toll), the recalled attack keeping its own toll, the group that
claimed the bombing kept as its doer beside a ministry telling the toll, and a doer named in the
sentence with a ministry as its source.

Articles and sentences written for these tests; each row gives the exact events.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

F = frozenset

ARTICLE = ("Tarvo mosque bombing\n\n"
           "The Tarvo mosque bombing was a suicide attack on a mosque in Tarvo on 4 March 2021.\n\n"
           "{background}"
           "Bombing\n\nA man wearing an explosive vest entered the prayer hall and detonated it. Part of the roof "
           "collapsed.\n\n"
           "{heading}\n\n{toll}\n\n"
           "Responsibility\n\nThe Free Hills Front claimed the attack the same evening.\n")
BACKGROUND = "Background\n\nOn 2 June 2019 a car bomb killed 20 shoppers at the cattle market in Osko.\n\n"
MINISTRY = "The Velnan interior ministry said seven worshippers were killed and 15 wounded."

LEAD = ("Attack", "incident", "2021-03-04")
RECALLED = ("Attack", "background", "2019-06-02", 20, None)

ARTICLE_ROWS = [
    # the toll opening "Casualties" is the attack's, past the attack the background recalls
    (BACKGROUND, "Casualties", MINISTRY, [(*LEAD, 7, 15), RECALLED]),
    (BACKGROUND, "Victims", MINISTRY, [(*LEAD, 7, 15), RECALLED]),
    # negative: the war's cumulative toll in that section is an aggregate, not the attack's toll
    (BACKGROUND, "Casualties", "The insurgency in the province has killed more than 6,000 people since 2017.",
     [(*LEAD, None, None), RECALLED, ("Attack", "aggregate", "2017", 6000, None)]),
]


@pytest.mark.parametrize("background,heading,toll,expected", ARTICLE_ROWS,
                         ids=["casualties", "victims", "war-toll"])
def test_casualties_section_toll(nlp, background, heading, toll, expected):
    text = ARTICLE.format(background=background, heading=heading, toll=toll)
    assert event_fields(nlp, text, "kind role date killed wounded") == expected


OFFICE_ROWS = [
    # the owner of a ministry telling a toll is its source, not the doer
    ("The Taliban's interior ministry said seven worshippers were killed and 15 wounded.",
     [("Attack", F(), 7, 15)]),
    ("The Houthis' health ministry said seven worshippers were killed and 15 wounded.",
     [("Attack", F(), 7, 15)]),
    # negative: the group that claimed the bombing stays its doer, the ministry's owner does not join it
    ("The Taliban's interior ministry said seven worshippers were killed in a bombing claimed by the Islamic State.",
     [("Attack", F({"Islamic State"}), 7, None)]),
    # negative: the doer named in the sentence, a ministry its source
    ("Gunmen of the Free Hills Front killed seven worshippers in Tarvo, the Velnan interior ministry said.",
     [("Attack", F({"Free Hills Front"}), 7, None)]),
]


@pytest.mark.parametrize("sentence,expected", OFFICE_ROWS, ids=["taliban-ministry", "houthi-ministry",
                                                                 "claimed-by-another", "named-doer"])
def test_office_owner_is_no_doer(nlp, sentence, expected):
    assert event_fields(nlp, sentence, "kind actors killed wounded") == expected
