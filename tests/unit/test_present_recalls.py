"""A past recalled from the present (a feature's flashback) sets no story time; a lead told
in the past, or defined by an encyclopedia in the present, still does (present_recalls.py).
Every text here is written for these tests."""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.present_recalls import recalled_from_present

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

A = "Attack"


def incident_dates(nlp, text, published):
    """(kind, date) of each event extracted from `text`, in order."""
    x = extracted(nlp, text, published)
    return [(v.kind, v.date) for v in x.events]


ROWS = [
    # a scene today recalling a dated past: later weekdays and months count from the page
    ("Drones over the valley\n\nAmina still keeps the photographs of the day in March 2015 when militants burned "
     "the market of Tal Hamra, killing 30 traders. On Saturday, a drone struck a car near Tal Hamra, killing three "
     "men. In December, a drone hit a checkpoint near the town, killing two fighters.", "2024-04-22",
     [(A, "2015-03"), (A, "2024-04-20"), (A, "2023-12")]),
    ("The long road home\n\nNobody in Dar Salam has forgotten the night of 4 June 2016 when gunmen shot dead 12 "
     "farmers in the village. On Friday, a bomb exploded at the bus station of Dar Salam, killing five passengers.",
     "2023-11-16", [(A, "2016-06-04"), (A, "2023-11-10")]),
    ("The miners of Kalehe\n\nThe miners of Kalehe remember the morning in May 2019 when soldiers opened fire on "
     "the pit, killing nine diggers. On Sunday, gunmen raided the pit again and killed four miners.", "2023-11-16",
     [(A, "2019-05"), (A, "2023-11-12")]),
    # negatives: a weekday told inside the recalled story keeps the story's time
    ("Kocho attack\n\nGunmen shot dead 40 villagers in the school of Kocho on 3 August 2014. On the Sunday that "
     "followed, a drone struck a car near Sinune, killing three men.", "2023-11-16",
     [(A, "2014-08-03"), (A, "2014-08-03")]),
    # an encyclopedia defining its subject in the present tells a story all the same
    ("Tal Hamra massacre\n\nThe Tal Hamra massacre is an attack by militants on the village of Tal Hamra on 3 "
     "March 2015, in which 30 villagers were killed. On Saturday, gunmen shot dead two more villagers at the well.",
     "2023-11-16", [(A, "2015-03-03"), (A, "2015-02-28")]),
    ("Tal Hamra massacre\n\nThe Tal Hamra massacre refers to the killing of 30 villagers by militants in Tal Hamra "
     "on 3 March 2015. On Saturday, gunmen shot dead two more villagers at the well.", "2023-11-16",
     [(A, "2015-03-03"), (A, "2015-02-28")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROWS)
def test_incident_dates(nlp, text, published, expected):
    assert incident_dates(nlp, text, published) == expected


SENTENCES = [
    ("The walls still carry the marks of the day in August 2014 when fighters shot the men.", "2014-08", True),
    ("Her mother has never forgotten the night of 4 June 2016 when the shells fell.", "2016-06-04", True),
    ("Fighters shot the men of the village in August 2014.", "2014-08", False),
    ("The Kocho massacre is the killing of the men of Kocho in August 2014.", "2014-08", False),
    # the date governed by a past verb of its own clause: told, not recalled from today
    ("Rescuers still search for the men who were taken from the village in August 2014.", "2014-08", False),
]


@pytest.mark.parametrize(("sentence", "date", "expected"), SENTENCES)
def test_recalled_from_present(nlp, sentence, date, expected):
    sent = next(iter(nlp(sentence).sents))
    assert recalled_from_present(sent, date) is expected
