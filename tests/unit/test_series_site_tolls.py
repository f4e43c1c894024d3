"""A series whose parts' tolls are each told in a clause of their own ("The Tillo blast killed
four traders; the bomb at Ariha station killed three"), and a breakdown by place told in a
sentence with no act of its own ("The group gave a breakdown of the dead by village: 19 in A,
9 in B and 6 in C"): one sub-incident per site with its toll, PART_OF the total; an act told
after that names only two parts' places ("in B and C they set fire to houses") is no event of
its own. Reports
written for these tests in the style of encyclopedic articles. Each row states the exact
(role, killed, wounded) of every event, in order. Negatives: tolls that do not add up (a
cumulative toll by place, an earlier attack recalled with its own toll), the wounded by the
hospital that took them, a toll by victim kind with no place, an act with its own toll in the
parts' places."""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.rules import disabled

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

SERIES = ("The 2023 Idlib bombings were a series of bomb attacks on markets in Ariha and Saraqib, in Idlib "
          "Governorate, Syria, on the evening of 4 May 2023. Seven people were killed and 30 wounded.\n\n")
PARTS = ("The Ariha blast killed four traders and wounded 18; the bomb at Saraqib killed three passengers and "
         "wounded 12.")
RAIDS = ("The Kaga killings were a series of raids on three villages of Kaga department on the night of 4 May 2024. "
         "At least 34 civilians were killed.\n\nSurvivors told Human Rights Watch that gunmen arrived on "
         "motorcycles. ")

BOX = ("2023 Idlib bombings\n\nDate: 4 May 2023\nLocation: Idlib Governorate, Syria\nDeaths: 7\nInjured: 30\n"
       "Perpetrator: Islamic State (suspected)\n\n")

ROWS = [
    # an article's summary box: its toll is the series' total, never the first part's
    (BOX + SERIES + PARTS,
     [("aggregate", 7, 30), ("incident", 4, 18), ("incident", 3, 12)]),
    # each site's toll told in its own clause, adding up to the series' dead and wounded
    (SERIES + PARTS,
     [("aggregate", 7, 30), ("incident", 4, 18), ("incident", 3, 12)]),
    # a breakdown told in a sentence of no act: the series splits by it
    (RAIDS + "The organisation gave a breakdown of the dead by village: 19 in Tillo, 9 in Ariha and 6 in Saraqib.",
     [("aggregate", 34, None), ("incident", 19, None), ("incident", 9, None), ("incident", 6, None)]),
    # an act told after naming the places of two parts only is those parts told again
    (RAIDS + "The organisation gave a breakdown of the dead by village: 19 in Tillo, 9 in Ariha and 6 in Saraqib. "
     "In Ariha and Saraqib the gunmen set fire to houses with people inside.",
     [("aggregate", 34, None), ("incident", 19, None), ("incident", 9, None), ("incident", 6, None)]),
    # negative: an act of its own toll in the parts' places is an event of its own
    (RAIDS + "The organisation gave a breakdown of the dead by village: 19 in Tillo, 9 in Ariha and 6 in Saraqib. "
     "On 9 May soldiers killed two gunmen in Ariha and Saraqib.",
     [("aggregate", 34, None), ("incident", 19, None), ("incident", 9, None), ("incident", 6, None),
      ("incident", 2, None)]),
    # negative: the sites' tolls do not add up to the series' (a later count): the series stays whole
    (SERIES + "The Ariha blast killed four traders; the bomb at Saraqib killed five passengers.",
     [("incident", 7, 30), ("incident", 5, None)]),
    # negative: an earlier attack recalled with its own toll is no part; the series still splits
    (SERIES + PARTS + "\n\nIn March 2022 a car bomb at the Saraqib bus station had killed two people.",
     [("aggregate", 7, 30), ("incident", 4, 18), ("incident", 3, 12), ("background", 2, None)]),
    # negative: the wounded by the hospital that took them are no parts
    (SERIES + "Four of the wounded were treated at the hospital in Ariha and three at the clinic in Saraqib.",
     [("incident", 7, 30)]),
    # negative: a toll by victim kind names no site
    (SERIES + "Four traders and three passengers were killed.",
     [("incident", 7, 30)]),
    # negative: a cumulative toll by place is no breakdown of the raids
    (RAIDS + "Since January, 40 people have been killed in Tillo and 30 in Ariha.",
     [("incident", 34, None), ("aggregate", 40, None)]),
]


def _rows(nlp, text: str) -> list[tuple]:
    return event_fields(nlp, text, "role killed wounded", published="2024-06-14")


@pytest.mark.parametrize("text,expected", ROWS)
def test_series_site_tolls(nlp, text, expected):
    assert _rows(nlp, text) == expected


def test_site_tolls_need_the_rule(nlp):
    with disabled({"assemble.series-site-tolls"}):
        assert _rows(nlp, ROWS[1][0]) == [("incident", 7, 30), ("incident", 3, 12)]


def test_box_sides_go_to_the_series_and_its_parts(nlp):
    got = event_fields(nlp, ROWS[0][0], "role actors", published="2024-06-14")
    assert got == [("aggregate", {"Islamic State"}), ("incident", {"Islamic State"}), ("incident", {"Islamic State"})]


def test_breakdown_apart_parts_cite_the_counter(nlp):
    # the counter credited after the split ("attributed the raids to ...") is each part's source too
    text = ROWS[2][0] + "\n\nHuman Rights Watch attributed the raids to militiamen from neighbouring villages."
    got = event_fields(nlp, text, "role claimed_by", published="2024-06-14")
    assert got == [("aggregate", {"Human Rights Watch"})] + [("incident", {"Human Rights Watch"})] * 3


def test_breakdown_apart_needs_the_rule(nlp):
    with disabled({"assemble.series-breakdown-apart"}):
        assert _rows(nlp, ROWS[2][0])[0] == ("incident", 34, None)


def test_parts_told_together_need_the_rule(nlp):
    # without the rule the act naming two parts' places stays an event beside them
    with disabled({"assemble.parts-told-together"}):
        assert _rows(nlp, ROWS[3][0])[-1] == ("incident", None, None)
