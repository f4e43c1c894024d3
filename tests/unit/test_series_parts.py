"""A series' toll broken down by place in a further sentence of its incident ("Raids on three
villages killed 34." then "The raids killed 19 in A, 9 in B and 6 in C"), and the parts told
with "at" ("eight at the cattle market in A", "eight at A's cattle market"): one sub-incident per
place with its toll, PART_OF the total. Reports written for these tests in the styles of
encyclopedic articles, rights reports and live blogs. Each row states the exact (role, killed,
places) of every event, in order. Negatives: a breakdown by victim kind, a cumulative toll, one
place named once, the hospitals that took the wounded, an earlier attack recalled with its own
breakdown."""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.rules import disabled

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402
from report_reads import extracted  # noqa: E402

LEAD = ("RSF drones struck two towns of South Kordofan on Monday, killing 13 people, the state government said. ")
RAIDS = "Gunmen raided three villages of Kaga department on 4 May 2024, killing 34 people. "

ROWS = [
    # a further sentence's breakdown adding up to the lead's toll, a site in a named town
    (LEAD + "The strikes killed eight at the cattle market in Kadugli and five in Dilling, the governor's office "
     "said later.",
     [("aggregate", 13, {"Dilling", "South Kordofan", "Kadugli"}), ("incident", 8, {"Kadugli"}),
      ("incident", 5, {"Dilling"})]),
    # a live blog's summary line, the town's own site told with a possessive
    ("Sudan war live: RSF drone strikes on South Kordofan kill 13\n\nResidents of Kadugli report explosions at "
     "dawn.\n\n- Drone strikes on South Kordofan killed 13 people today: eight at Kadugli's cattle market and five "
     "in Dilling, the state government says.",
     [("aggregate", 13, {"Dilling", "Kadugli", "South Kordofan", "Sudan"}), ("incident", 8, {"Kadugli"}),
      ("incident", 5, {"Dilling"})]),
    # a rights report's series: three villages
    (RAIDS + "The raids killed 19 in Tillo, 9 in Ariha and 6 in Saraqib, rights workers said.",
     [("aggregate", 34, {"Ariha", "Tillo", "Kaga", "Saraqib"}), ("incident", 19, {"Tillo"}),
      ("incident", 9, {"Ariha"}), ("incident", 6, {"Saraqib"})]),
    # negative: a breakdown by victim kind is no breakdown by place
    (RAIDS + "The raids killed 11 soldiers and 23 civilians, rights workers said.",
     [("incident", 34, {"Kaga"})]),
    # negative: a cumulative toll by place stays an aggregate of its own, the raids whole
    (RAIDS + "Since January, 40 people have been killed in Tillo and 30 in Ariha.",
     [("incident", 34, {"Kaga"}), ("aggregate", 40, {"Tillo", "Ariha"})]),
    # negative: one place named once is no breakdown
    ("Drone strikes killed 16 people in South Kordofan on Monday. The governor said 11 of them died at the cattle "
     "market in Kadugli.", [("incident", 16, {"South Kordofan"})]),
    # negative: the hospitals that took the wounded are no parts
    (LEAD + "The wounded were taken to hospitals: eight to the teaching hospital in Kadugli and five to the clinic "
     "in Dilling.", [("incident", 13, {"South Kordofan"})]),
    # negative: an earlier attack recalled with its own breakdown keeps it; the lead stays whole
    (LEAD + "In March, drone strikes killed 20 people: 12 at the cattle market in Kadugli and eight in Dilling.",
     [("incident", 13, {"South Kordofan"}), ("aggregate", 20, {"Dilling", "Kadugli"}),
      ("incident", 12, {"Kadugli"}), ("incident", 8, {"Dilling"})]),
]


def _rows(nlp, text: str) -> list[tuple]:
    return [(role, killed, set(places)) for role, killed, places in event_fields(nlp, text, "role killed places")]


@pytest.mark.parametrize("text,expected", ROWS)
def test_series_parts(nlp, text, expected):
    assert _rows(nlp, text) == expected


def test_later_breakdown_needs_the_rule(nlp):
    # without the rule the series keeps one event with the whole toll
    with disabled({"assemble.series-breakdown-later"}):
        assert _rows(nlp, ROWS[2][0]) == [("incident", 34, {"Ariha", "Tillo", "Kaga", "Saraqib"})]


def test_parts_point_at_the_total(nlp):

    x = extracted(nlp, ROWS[0][0], "2024-06-14")
    total = [v for v in x.events if v.role == "aggregate"]
    assert len(total) == 1
    assert sorted(v.killed for v in x.events if v.parent == total[0].id) == [5, 8]


# A part's sources: those of the breakdown sentence and of the sentences naming its own place;
# the series' sources stay on the total, and on the parts only when the breakdown names none.
SERIES_SOURCES = ("RSF drones struck two towns of South Kordofan on Monday, killing 13 people, the Sudan Doctors "
                  "Network said. ")
SOURCE_ROWS = [
    # the breakdown's own source on each part; the lead's source stays on the total only
    (SERIES_SOURCES + "The strikes killed eight in Kadugli and five in Dilling, the state government said.",
     [("aggregate", 13, {"Sudan Doctors Network", "Sudanese Armed Forces"}), ("incident", 8, {"Sudanese Armed Forces"}),
      ("incident", 5, {"Sudanese Armed Forces"})]),
    # a sentence naming one town cites its source for that town's part only
    (SERIES_SOURCES + "Residents of Kadugli said the market was hit at dawn, Human Rights Watch reported. The strikes "
     "killed eight in Kadugli and five in Dilling, the state government said.",
     [("aggregate", 13, {"Sudan Doctors Network", "Sudanese Armed Forces", "Human Rights Watch"}),
      ("incident", 8, {"Sudanese Armed Forces", "Human Rights Watch"}), ("incident", 5, {"Sudanese Armed Forces"})]),
    # a breakdown naming no source: the parts keep the series' own
    (SERIES_SOURCES + "The strikes killed eight in Kadugli and five in Dilling.",
     [("aggregate", 13, {"Sudan Doctors Network"}), ("incident", 8, {"Sudan Doctors Network"}),
      ("incident", 5, {"Sudan Doctors Network"})]),
]


@pytest.mark.parametrize("text,expected", SOURCE_ROWS)
def test_part_sources(nlp, text, expected):
    got = [(role, killed, set(by)) for role, killed, by in event_fields(nlp, text, "role killed claimed_by")]
    assert got == expected
